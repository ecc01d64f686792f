"""Where the program keeps its data, backups and logs, and where its resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

_APP = "KCDesktop"


def data_dir() -> Path:
    """The user data dir; KC_DESKTOP_DATA overrides it (tests, portable installs)."""
    override = os.environ.get("KC_DESKTOP_DATA")
    path = Path(override) if override else Path(platformdirs.user_data_dir(_APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "kc_desktop.sqlite"


def backup_dir(database: Path | None = None) -> Path:
    """Backups sit beside the database they protect, in a `backups` folder."""
    base = database.parent if database is not None else data_dir()
    path = base / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def attachments_dir(database: Path | None = None) -> Path:
    """Photos and signatures, stored by content hash beside the database they belong to."""
    base = database.parent if database is not None else data_dir()
    path = base / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def starts_with(path: Path, prefix: bytes) -> bool:
    """Whether a file begins with `prefix` (a format's magic line); False when it cannot be read."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(prefix)) == prefix
    except OSError:
        return False


def resource(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def package_dir() -> Path:
    return Path(__file__).resolve().parent
