"""The QR code that sets a phone up: ODK Collect's project configuration (JSON, zlib-compressed, base64),
as ODK Central shows for an app user. Scanning it in Collect adds a project that fetches KC's forms
from the laptop and keeps them exactly as published."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path
from typing import Any

PROJECT_COLOR = "#1565C0"


def settings(server_url: str, project_name: str) -> dict[str, Any]:
    return {
        "general": {
            "server_url": server_url,
            # The phone's forms follow the laptop's published templates: new versions come, retired ones go.
            "form_update_mode": "match_exactly",
            "periodic_form_updates_check": "every_fifteen_minutes",
        },
        "admin": {},
        "project": {"name": project_name, "icon": "K", "color": PROJECT_COLOR},
    }


def payload(server_url: str, project_name: str) -> str:
    """The text of the QR code: what Collect's "Configure with QR code" reads."""
    text = json.dumps(settings(server_url, project_name), ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(zlib.compress(text.encode("utf-8"))).decode("ascii")


def read_payload(text: str) -> dict[str, Any]:
    """The settings a QR code holds (the inverse of `payload`)."""
    data: dict[str, Any] = json.loads(zlib.decompress(base64.b64decode(text)).decode("utf-8"))
    return data


def write_png(server_url: str, project_name: str, path: Path, scale: int = 6) -> None:
    import segno

    segno.make(payload(server_url, project_name), error="m", micro=False).save(str(path), kind="png", scale=scale,
                                                                             border=4)


def png_bytes(server_url: str, project_name: str, scale: int = 6) -> bytes:
    import io

    import segno

    out = io.BytesIO()
    segno.make(payload(server_url, project_name), error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def project_name(office_name: str | None) -> str:
    return f"KC Desktop – {office_name}" if office_name else "KC Desktop – Khuyến công"
