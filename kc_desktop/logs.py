"""The log file beside the user's data (`logs/kc-desktop.log`), where support reads what went wrong:
the GUI and the command line write an unexpected error's details there and show one line."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kc_desktop import paths


def log_file() -> Path:
    return paths.data_dir() / "logs" / "kc-desktop.log"


def start_file_log() -> logging.Handler | None:
    """Attach the log file to the program's logger (once); None if it has one already or cannot write."""
    logger = logging.getLogger("kc_desktop")
    if logger.handlers:
        return None
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only profile must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return handler
