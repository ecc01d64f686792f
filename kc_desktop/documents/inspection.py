"""Inspection minutes (biên bản kiểm tra): checklist table, findings, follow-up actions."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from kc_desktop.documents import field_minutes
from kc_desktop.documents.data import InspectionDocument


def build_inspection(doc: InspectionDocument, target: Path | IO[bytes]) -> int:
    """Write the minutes to a file or a binary buffer; returns the number of pages."""
    team, work = field_minutes.team_names("inspection")
    return field_minutes.build("inspection", doc, team, work, target)
