"""Set up KC Desktop in a local virtual environment, then open it or test it.

    python3 dev.py run [--demo] [program options]   set up and open the application
    python3 dev.py test [pytest options]            set up and run the whole test suite
    python3 dev.py build                            build dist/KCDesktop/ with PyInstaller and self-test it
    python3 dev.py guide                            make the user guide's screenshots (the build does it too)
    python3 dev.py check                            ruff, mypy (strict outside gui/) and the compiled ui/ forms
    python3 dev.py bench [--smoke] [names]          the benchmarks in bench/, each beside its baseline
    python3 dev.py ui [--check]                     compile the Designer forms of ui/ (tools/compile_ui.py)

Needs only Python 3.11+. The first call creates .venv and installs the program with
its test dependencies; later calls reinstall only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".kc-installed"
GUIDE = ROOT / "resources" / "guide"
GUIDE_LANGUAGES = ("vi", "en")
GUIDE_SIZE, GUIDE_SCALE = "1280x680", "1.0"
GUIDE_IMAGE = re.compile(r'<img\b[^>]*\bsrc="images/([^"]+)"')  # the pictures a page of the guide shows


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under whatever python3 the user has
        sys.exit("KC Desktop needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print("Creating the virtual environment (.venv)…", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing KC Desktop and its dependencies…", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "build", "guide", "ui", "check", "bench"):
        print(__doc__)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "kc_desktop", *rest], env=env, cwd=ROOT)
    if command == "build":
        return build(env)
    if command == "guide":
        return guide_images(env)
    if command == "check":
        return check(env)
    if command == "bench":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(PYTHON), str(ROOT / "bench" / "run.py"), *rest], env=env, cwd=ROOT)
    if command == "ui":
        return subprocess.call([str(PYTHON), str(ROOT / "tools" / "compile_ui.py"), *rest], env=env, cwd=ROOT)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], env=env, cwd=ROOT)


def check(env: dict[str, str]) -> int:
    """The static checks CI runs: lint, types, and the compiled forms up to date with ui/."""
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    steps = (["-m", "ruff", "check", "."], ["-m", "mypy"], [str(ROOT / "tools" / "compile_ui.py"), "--check"])
    failed = 0
    for step in steps:
        print(f"$ {' '.join(step)}", flush=True)
        failed |= subprocess.call([str(PYTHON), *step], env=env, cwd=ROOT)
    return 1 if failed else 0


def build(env: dict[str, str]) -> int:
    """The one-folder program for this system (Windows when run on Windows), then its own checks."""
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", f"{ROOT}[build]"], check=True)
    # The translation catalogues are compiled here, so the bundle needs no lrelease.
    subprocess.run([str(PYTHON), str(ROOT / "tools" / "update_translations.py"), "--compile-only"], check=True)
    # The guide's screenshots are made from the program being built, so they show what it shows.
    if guide_images(env):
        print("The user guide's screenshots could not be made; nothing was built.", flush=True)
        return 1
    built = subprocess.call([str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"], cwd=ROOT)
    if built:
        return built
    program = ROOT / "dist" / "KCDesktop" / ("kc-desktop.exe" if os.name == "nt" else "kc-desktop")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for check in ("--version", "--self-test"):
        print(f"$ {program.relative_to(ROOT)} {check}", flush=True)
        if subprocess.call([str(program), check], env=env, cwd=ROOT / "dist"):
            return 1
    return 0


def guide_images(env: dict[str, str]) -> int:
    """resources/guide/<language>/images/: the screenshots each language's guide shows, made afresh by the
    program's gallery (`kc-desktop gallery`) in that language; any other is removed, so none is ever stale."""
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    for language in GUIDE_LANGUAGES:
        wanted = sorted({name for page in sorted((GUIDE / language).glob("*.html"))
                         for name in GUIDE_IMAGE.findall(page.read_text(encoding="utf-8"))})
        with tempfile.TemporaryDirectory(prefix="kc-guide-") as work:
            shots = Path(work) / "shots"
            # A database and a data folder of its own: the gallery never touches the developer's data or settings.
            command = [str(PYTHON), "-m", "kc_desktop", "--db", str(Path(work) / "gallery.sqlite"), "gallery",
                       "-o", str(shots), "--lang", language, "--size", GUIDE_SIZE, "--scale", GUIDE_SCALE]
            print(f"$ kc-desktop gallery --lang {language} --size {GUIDE_SIZE} --scale {GUIDE_SCALE}", flush=True)
            if subprocess.call(command, env=dict(env, KC_DESKTOP_DATA=str(Path(work) / "data")), cwd=ROOT):
                print(f"The gallery failed for the {language} guide.", flush=True)
                return 1
            missing = [name for name in wanted if not (shots / name).is_file()]
            if missing:
                print(f"The gallery did not make {', '.join(missing)} for the {language} guide.", flush=True)
                return 1
            images = GUIDE / language / "images"
            shutil.rmtree(images, ignore_errors=True)
            images.mkdir(parents=True)
            for name in wanted:
                shutil.copy2(shots / name, images / name)
        print(f"{len(wanted)} screenshots in {images.relative_to(ROOT)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
