"""Set up KC Desktop in a local virtual environment, then open it or test it.

    python3 dev.py run [--demo] [program options]   set up and open the application
    python3 dev.py test [pytest options]            set up and run the whole test suite
    python3 dev.py build                            build dist/KCDesktop/ with PyInstaller and self-test it
    python3 dev.py check                            ruff, mypy (strict outside gui/) and the compiled ui/ forms
    python3 dev.py bench [--smoke] [names]          the benchmarks in bench/, each beside its baseline
    python3 dev.py ui [--check]                     compile the Designer forms in ui/
    python3 dev.py ui [--check]                     compile the Designer forms of ui/ (tools/compile_ui.py)

Needs only Python 3.11+. The first call creates .venv and installs the program with
its test dependencies; later calls reinstall only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".kc-installed"


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
    if not argv or argv[0] not in ("run", "test", "build", "ui", "check", "bench"):
        print(__doc__)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "kc_desktop", *rest], env=env, cwd=ROOT)
    if command == "build":
        return build(env)
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
