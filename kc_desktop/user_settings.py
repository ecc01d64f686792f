"""The user's preferences on this computer (the interface language …): settings.json in the data folder."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from kc_desktop import paths

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"


def settings_path() -> Path:
    return paths.data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    """Every setting; a missing or damaged file reads as no settings (the defaults apply)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("settings file unreadable, defaults used: %s", exc)
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def update(**values: Any) -> None:
    """Change some settings and keep the others; the file is replaced whole, never left half-written."""
    data = load()
    data.update(values)
    path = settings_path()
    fd, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(data, file, ensure_ascii=False, indent=2)
            file.write("\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
