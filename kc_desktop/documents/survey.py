"""Survey / appraisal minutes (biên bản khảo sát, thẩm tra)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from kc_desktop.documents import field_minutes
from kc_desktop.documents.data import SurveyDocument


def build_survey(doc: SurveyDocument, target: Path | IO[bytes]) -> int:
    """Write the minutes to a file or a binary buffer; returns the number of pages."""
    team, work = field_minutes.team_names("survey")
    return field_minutes.build("survey", doc, team, work, target)
