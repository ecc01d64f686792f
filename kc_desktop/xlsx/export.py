"""Export of the establishment register to a formatted .xlsx that imports back unchanged."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, CraftVillage, Establishment, Sector
from kc_desktop.db.search import EstablishmentFilter, establishment_ids_query
from kc_desktop.domain.enums import EstablishmentKind
from kc_desktop.domain.establishment import LABELS
from kc_desktop.domain.money import thousands
from kc_desktop.errors import SpreadsheetError
from kc_desktop.progress import Progress, Steps

TITLE = "DANH SÁCH CƠ SỞ CÔNG NGHIỆP NÔNG THÔN"
HEADER_ROW = 4
STEP = 500
# Column order of the export, with widths in characters; captions are the one LABELS of each field.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("_stt", 6),
    ("name", 40),
    ("kind", 16),
    ("tax_code", 17),
    ("representative", 24),
    ("representative_title", 14),
    ("phone", 13),
    ("email", 24),
    ("address", 30),
    ("village", 16),
    ("admin_unit_code", 20),
    ("former_district", 16),
    ("craft_village_id", 24),
    ("sector_code", 30),
    ("trade", 20),
    ("products", 30),
    ("employees", 10),
    ("women_owned", 10),
    ("ethnic_minority_owned", 14),
    ("latitude", 11),
    ("longitude", 11),
    ("notes", 30),
)
TEXT_CELLS = ("tax_code", "phone")  # stored as text so that Excel keeps the leading zero

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def export_establishments(db: Database, path: Path, flt: EstablishmentFilter | None = None) -> Steps[int]:
    """Write the establishments matching `flt` (all live ones by default); returns how many were written.

    The file is written beside the target and renamed at the end, so a cancelled or failed
    export leaves any previous file as it was.
    """
    path = Path(path)
    flt = flt or EstablishmentFilter()
    with db.read() as session:
        ids = list(session.execute(establishment_ids_query(session, flt)).scalars())
        units = {k: v for k, v in session.execute(select(AdminUnit.code, AdminUnit.name))}
        villages = {k: v for k, v in session.execute(select(CraftVillage.id, CraftVillage.name))}
        sectors = {k: v for k, v in session.execute(select(Sector.code, Sector.name))}
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Danh sách cơ sở")
        saved = False
        try:
            _layout(sheet, len(ids))
            yield Progress(0, len(ids), "Đang xuất danh sách cơ sở…")
            number = 0
            for start in range(0, len(ids), STEP):
                chunk = ids[start : start + STEP]
                query = select(Establishment).where(Establishment.id.in_(chunk))
                records = {r.id: r for r in session.scalars(query)}
                for record_id in chunk:
                    number += 1
                    sheet.append(_row(sheet, number, records[record_id], units, villages, sectors))
                yield Progress(number, len(ids), "Đang xuất danh sách cơ sở…")
            _save(book, path)
            saved = True
        finally:
            if not saved:
                _discard(sheet)
    return number


def _layout(sheet: Worksheet, count: int) -> None:
    """Title, header and sheet settings; the write-only sheet writes its top part on the first append."""
    last = get_column_letter(len(COLUMNS))
    for index, (_, width) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    sheet.merged_cells.add(f"A1:{last}1")
    sheet.merged_cells.add(f"A2:{last}2")
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(count, 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    title = WriteOnlyCell(sheet, TITLE)
    title.font = Font(bold=True, size=14)
    title.alignment = Alignment(horizontal="center")
    sheet.append([title])
    note = WriteOnlyCell(sheet, f"(Xuất ngày {dt.date.today():%d/%m/%Y}; {thousands(count)} cơ sở)")
    note.font = Font(italic=True)
    note.alignment = Alignment(horizontal="center")
    sheet.append([note])
    sheet.append([])
    header = []
    for name, _ in COLUMNS:
        cell = WriteOnlyCell(sheet, "STT" if name == "_stt" else LABELS[name])
        cell.font, cell.fill, cell.border, cell.alignment = _HEADER_FONT, _HEADER_FILL, _BORDER, _HEADER_ALIGN
        header.append(cell)
    sheet.append(header)


def _row(
    sheet: Worksheet,
    number: int,
    record: Establishment,
    units: dict[str, str],
    villages: dict[str, str],
    sectors: dict[str, str],
) -> list[object]:
    values: list[object] = []
    for name, _ in COLUMNS:
        if name == "_stt":
            value: object = number
        elif name == "kind":
            value = EstablishmentKind(record.kind).label
        elif name == "admin_unit_code":
            value = units.get(record.admin_unit_code, record.admin_unit_code)
        elif name == "craft_village_id":
            value = villages.get(record.craft_village_id or "")
        elif name == "sector_code":
            value = sectors.get(record.sector_code or "")
        elif name in ("women_owned", "ethnic_minority_owned"):
            value = "x" if getattr(record, name) else None
        else:
            value = getattr(record, name)
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value) or None
        if name in TEXT_CELLS or (isinstance(value, str) and value.startswith("=")):
            cell = WriteOnlyCell(sheet, value)
            if value is not None:
                cell.data_type = "s"  # never a formula or a number, even if it looks like one
            cell.number_format = "@"  # an empty cell too: what an officer types there later stays text
            value = cell
        values.append(value)
    return values


def _discard(sheet: Worksheet) -> None:
    """Close the half-written sheet of a cancelled or failed export and delete its scratch file."""
    with contextlib.suppress(Exception):
        sheet.close()
    scratch = getattr(getattr(sheet, "_writer", None), "out", None)
    if isinstance(scratch, str):
        with contextlib.suppress(OSError):
            os.unlink(scratch)


def _save(book: Workbook, path: Path) -> None:
    if not path.parent.is_dir():
        raise SpreadsheetError(f"Thư mục chứa tệp «{path.name}» không tồn tại.")
    refused = SpreadsheetError(
        f"Không ghi được tệp «{path.name}»: tệp đang mở trong Excel hoặc thư mục chỉ cho phép đọc; "
        "hãy đóng tệp rồi thử lại."
    )
    try:
        handle, temporary = tempfile.mkstemp(prefix=".kc-xuat-", suffix=".xlsx", dir=path.parent)
    except OSError as exc:
        raise refused from exc
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise refused from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
