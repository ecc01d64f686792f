"""Who opens a main window for a database file: set by the main window's module, so that a dialog (a
restore reopening the restored database) opens one without importing the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

_opener: Callable[[Path], QWidget | None] | None = None


def set_opener(opener: Callable[[Path], QWidget | None]) -> None:
    global _opener
    _opener = opener


def open_window(db_path: Path) -> QWidget | None:
    """A new main window on the database at `db_path`, or None (cannot open, or nobody signed in)."""
    return _opener(db_path) if _opener is not None else None
