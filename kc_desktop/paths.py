"""Where the program keeps its data, backups and logs, and where its resources are."""

from __future__ import annotations

import os
import stat
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


def phone_submissions_dir(database: Path | None = None) -> Path:
    """The files of submissions from phones, as received (encrypted ones stay encrypted), beside the database."""
    base = database.parent if database is not None else data_dir()
    path = base / "phone_submissions"
    path.mkdir(parents=True, exist_ok=True)
    return path


def is_regular_file(path: Path) -> bool:
    """A plain file, not a folder, a device or a pipe (opening a pipe waits forever): asked without opening."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file (one sentence naming it), or None when it is a plain file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return f"Không tìm thấy tệp «{path}»."
    except (OSError, ValueError) as exc:
        return f"Không đọc được «{path}»: {getattr(exc, 'strerror', None) or exc}."
    if stat.S_ISDIR(mode):
        return f"«{path}» là một thư mục, không phải tệp."
    if not stat.S_ISREG(mode):
        return f"«{path}» không phải tệp thường (là thiết bị hoặc ống dẫn); không đọc."
    return None


def starts_with(path: Path, prefix: bytes) -> bool:
    """Whether a file begins with `prefix` (a format's magic line); False when it cannot be read."""
    if not is_regular_file(path):
        return False
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
