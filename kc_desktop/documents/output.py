"""What every printed document shares: the issuing body's heading for this office, the place, and how a
PDF file is written (beside the target, then renamed)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kc_desktop.documents.data import Agency
from kc_desktop.services.installation import OfficeInfo

CITY = "UBND THÀNH PHỐ HÀ NỘI"
PLACE = "Hà Nội"


def agency_for(office: OfficeInfo | None) -> Agency:
    """The one mapping from this office to the heading: the city above, the office's own name below."""
    return Agency(parent=CITY, unit=(office.site_name if office else "").upper(), abbreviation="")


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Write beside the target and rename, so a reader never sees half a PDF."""
    path = Path(path)
    partial = path.with_name(path.name + ".tmp")
    try:
        write(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
