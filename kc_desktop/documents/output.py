"""What every printed document shares: the issuing body's heading for this office, the place, and how a
PDF file is written (beside the target, then renamed)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from kc_desktop.documents.data import Agency
from kc_desktop.domain.text import fold
from kc_desktop.services.installation import OfficeInfo

CITY = "UBND THÀNH PHỐ HÀ NỘI"
DEPARTMENT = "SỞ CÔNG THƯƠNG HÀ NỘI"
PLACE = "Hà Nội"
PEOPLES_COMMITTEE = "Ủy ban nhân dân"
_COMMITTEE = re.compile(r"^\s*(?:UBND|[UỦ]y ban nhân dân)\s+", re.IGNORECASE)
# The commune, ward or (before 1/7/2025) district whose People's Committee a department belongs to.
# The last such word names it ("Phòng Văn hóa - Xã hội phường Hoàn Kiếm": phường Hoàn Kiếm).
_LOCAL = re.compile(r"\b(thị xã|xã|phường|đặc khu|huyện|quận)\s+", re.IGNORECASE)


def agency_for(office: OfficeInfo | None) -> Agency:
    """The one mapping from this office to the heading (ND 30/2020, Appendix I, II.3; DOMAIN.md §6).

    The parent line only for a body with a direct superior: the Trung tâm Khuyến công under the Sở Công
    Thương, the Sở under the city, a department of a commune or ward (or of a former district) under its
    People's Committee; none for a People's Committee itself. Only the parent line abbreviates "Ủy ban nhân
    dân": the issuing body's own name is written in full, "ỦY BAN NHÂN DÂN" above "XÃ BÁT TRÀNG" (a line
    break in `unit`).
    """
    name = " ".join((office.site_name if office else "").split())
    folded = fold(name)
    committee = _COMMITTEE.match(name)
    if committee:
        return Agency(parent="", unit=f"{PEOPLES_COMMITTEE}\n{name[committee.end():]}".upper())
    if "trung tam khuyen cong" in folded:
        parent = DEPARTMENT
    elif "so cong thuong" in folded:
        parent = CITY
    elif (local := [*_LOCAL.finditer(name)]) and office is not None and office.level != "city":
        parent = f"UBND {local[-1].group(1)} {name[local[-1].end():]}"
    else:
        parent = CITY
    return Agency(parent=parent.upper(), unit=name.upper())


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
