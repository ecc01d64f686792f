"""Languages of the interface: Vietnamese in the code, English from a Qt Linguist catalogue, the choice in settings.

The texts in the code are Vietnamese and are the catalogues' source texts. resources/translations/ holds one
catalogue per language (kc_desktop_vi.ts, kc_desktop_en.ts), refreshed by tools/update_translations.py. The
build compiles them to .qm; run from source, a missing or older .qm is compiled here on first use.

The core never imports Qt. Its labels (kinds of establishment, project statuses, field names …) are Vietnamese
data; the GUI shows them through `core()`, under the context "Core", and the tool lists them in core_texts.py so
the catalogues have them. Its error messages (KCError) are sentences built with values and are shown as they are.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kc_desktop import paths, user_settings

if TYPE_CHECKING:
    from kc_desktop.domain.enums import Labelled

log = logging.getLogger(__name__)

# Each language named in itself, as the menu shows it; the first is the source language and the default.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
SETTING = "language"
CATALOGUE = "kc_desktop"  # resources/translations/kc_desktop_<language>.ts

# Kept here as well as parented to the application: a translator that is collected stops translating.
_installed: list[QTranslator] = []


class Context:
    """A translation context for code outside a widget: `Backup.tr("…")` reads like a widget's `self.tr("…")`.

    lupdate files a `Name.tr("…")` call under "Name", the class name, which is the context looked up here.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


class Core(Context):
    """The core's labels, Vietnamese in kc_desktop/ outside gui/, listed for lupdate in gui/core_texts.py."""


def noop(context: str, text: str) -> str:
    """QT_TRANSLATE_NOOP with types: marks `text` for lupdate under `context` (modules call it `_N`) and
    returns it untranslated, to be translated where it is shown."""
    return text


def core(text: str) -> str:
    """A label that comes from the core (a field name, a status …) in the interface language."""
    return Core.tr(text) if text else text


def tr_or_core(context: str, text: str) -> str:
    """A text of `context`, or else a core label: for tables whose headers or choices mix both."""
    translated = QCoreApplication.translate(context, text)
    return translated if translated != text else core(text)


def label(member: Labelled | None, fallback: str = "") -> str:
    """The label of a member of one of the domain's lists in the interface language."""
    return core(member.label) if member is not None else fallback


def catalogue_dir() -> Path:
    return paths.resource("translations")


def ts_file(language: str) -> Path:
    return catalogue_dir() / f"{CATALOGUE}_{language}.ts"


def current_language() -> str:
    """The language chosen in settings; Vietnamese when none (or an unknown one) is chosen."""
    language = user_settings.get(SETTING)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Keep the choice for the next start (the open windows keep the language they were built in)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    user_settings.update(**{SETTING: language})


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install our catalogue and Qt's own texts for `language` (the chosen one by default), replacing those
    installed before; returns the translators, which must be kept."""
    language = language if language in LANGUAGES else current_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_folder)]
    compiled = compiled_catalogue(language)
    if compiled is not None:
        candidates.append((compiled.stem, str(compiled.parent)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith(CATALOGUE):
            log.warning("translation catalogue %s could not be loaded from %s", name, folder)
    return list(_installed)


def compiled_catalogue(language: str) -> Path | None:
    """The .qm of a language: built with the program, or compiled from the .ts when that is newer."""
    source = ts_file(language)
    beside = source.with_suffix(".qm")
    if getattr(sys, "frozen", False) or not source.exists():
        return beside if beside.exists() else None
    # A read-only checkout or installation compiles into the user's data folder instead.
    targets = (beside, paths.data_dir() / "translations" / beside.name)
    for target in targets:
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
    for target in targets:
        if compile_catalogue(source, target):
            return target
    return beside if beside.exists() else None


def compile_catalogue(source: Path, target: Path) -> bool:
    """lrelease `source` into `target`, replacing it whole (another process may be reading it)."""
    program = qt_tool("lrelease")
    if program is None:
        log.warning("lrelease not found; %s is not compiled", source.name)
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm", dir=target.parent)
        os.close(fd)
    except OSError:
        return False
    try:
        done = subprocess.run(
            [program, "-silent", "-removeidentical", str(source), "-qm", temporary],
            capture_output=True, text=True, timeout=60, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        if done.returncode != 0:
            log.warning("lrelease failed on %s: %s", source.name, (done.stderr or done.stdout).strip())
            return False
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the catalogue is for every user of the program
        os.replace(temporary, target)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", source.name, exc)
        return False
    finally:
        Path(temporary).unlink(missing_ok=True)


def qt_tool(name: str) -> str | None:
    """A Qt Linguist program (lrelease, lupdate) shipped inside PySide6, or the pyside6- wrapper on the PATH."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / f"{name}.exe", folder / name):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)
