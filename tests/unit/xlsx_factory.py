"""Builds spreadsheets shaped like the ones commune offices keep: title rows, merged cells, footers."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

# The usual columns of a commune's list, with "Địa chỉ" over "Thôn" | "Xã/Phường" in a second header row.
HEADER = ["STT", "Tên cơ sở", "Mã số thuế", "Người đại diện", "Điện thoại", "Địa chỉ", None, "Ngành nghề",
          "Số lao động", "Chủ là nữ", "Ghi chú"]
SUB_HEADER = [None, None, None, None, None, "Thôn", "Xã/Phường", None, None, None, None]


def office_workbook(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    header: Sequence[object | None] = tuple(HEADER),
    sub_header: Sequence[object | None] | None = tuple(SUB_HEADER),
    footer: bool = True,
    sheet_title: str = "DS co so",
    before: Sequence[str] = (),
) -> Path:
    """Write `rows` under an office header; `before` names empty sheets placed ahead of the list."""
    book = Workbook()
    first = book.active
    for title in before:
        book.create_sheet(title, 0).append(["Ghi chú: danh sách ở trang sau"])
    sheet = first
    sheet.title = sheet_title
    width = len(header)
    last = get_column_letter(width)
    if width >= 8:
        sheet.append(["UBND XÃ BÁT TRÀNG", None, None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        sheet.merge_cells("A1:D1")
        sheet.merge_cells(f"G1:{last}1")
    else:
        sheet.append(["UBND XÃ BÁT TRÀNG"])
    sheet.append(["DANH SÁCH CƠ SỞ CNNT NĂM 2025"])
    sheet.merge_cells(f"A2:{last}2")
    sheet["A2"].font = Font(bold=True)
    sheet.append([])
    sheet.append(list(header))
    top = sheet.max_row
    if sub_header is not None:
        sheet.append(list(sub_header))
        for column, (caption, below) in enumerate(zip(header, sub_header, strict=True), 1):
            letter = get_column_letter(column)
            if caption is not None and below is None:
                sheet.merge_cells(f"{letter}{top}:{letter}{top + 1}")  # caption spans both header rows
        spans = [c for c, (above, below) in enumerate(zip(header, sub_header, strict=True), 1) if below]
        if spans:
            sheet.merge_cells(f"{get_column_letter(spans[0])}{top}:{get_column_letter(spans[-1])}{top}")
    for row in rows:
        sheet.append(list(row))
    if footer:
        sheet.append(["Tổng cộng", None, None, None, None, None, None, None, 99])
        sheet.merge_cells(f"A{sheet.max_row}:B{sheet.max_row}")
        sheet.append([])
        sheet.append([None, None, None, None, None, None, None, "Bát Tràng, ngày 05 tháng 02 năm 2026"])
        sheet.append([None, "Người lập biểu", None, None, None, None, None, "Thủ trưởng đơn vị"])
        sheet.append([None, "(Ký, ghi rõ họ tên)", None, None, None, None, None, "(Ký tên, đóng dấu)"])
        sheet.append([])
        sheet.append([None, "Nguyễn Văn An", None, None, None, None, None, "Lê Thị Bình"])
    return save_as(book, path)


def check_digit_tax_code(seed: int) -> str:
    """A valid 10-digit tax code (DOMAIN.md §4) made from a number, for bulk test data."""
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    for offset in range(100):
        head = f"{(seed + offset) % 10**9:09d}"
        remainder = sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11
        if remainder != 0:
            return head + str(10 - remainder)
    raise ValueError(seed)


# The formats an office's list comes in; tests of the import run over all three.
FORMATS = ("xlsx", "xls", "ods")


def save_as(book: Workbook, path: Path) -> Path:
    """Save an openpyxl workbook as .xlsx, or copy its values and merged ranges into an .xls or an .ods.

    .xls files are written with xlwt (BIFF8, as Excel 97–2003 saves them); .ods files are written here
    as the OpenDocument XML that LibreOffice saves, since no maintained writer of .ods is needed elsewhere.
    """
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        book.save(path)
    elif suffix == ".xls":
        _save_xls(book, path)
    elif suffix == ".ods":
        _save_ods(book, path)
    else:
        raise ValueError(f"no writer for {path.name}")
    return path


def _cells(sheet: Worksheet) -> list[list[object]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _merges(sheet: Worksheet) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 0-based, of each merged range."""
    return [(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in sheet.merged_cells.ranges]


def _save_xls(book: Workbook, path: Path) -> None:
    import xlwt

    dates = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    times = xlwt.easyxf(num_format_str="dd/mm/yyyy hh:mm")
    out = xlwt.Workbook(encoding="utf-8")
    for sheet in book.worksheets:
        target = out.add_sheet(sheet.title, cell_overwrite_ok=True)
        for r, row in enumerate(_cells(sheet)):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, dt.datetime):
                    target.write(r, c, value, times)
                elif isinstance(value, dt.date):
                    target.write(r, c, value, dates)
                else:
                    target.write(r, c, value)
        for r1, c1, r2, c2 in _merges(sheet):
            target.merge(r1, r2, c1, c2)
    out.save(str(path))


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)
_ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


def _ods_cell(value: object, spans: tuple[int, int] | None) -> str:
    attributes = ""
    if spans is not None:
        attributes = f' table:number-rows-spanned="{spans[0]}" table:number-columns-spanned="{spans[1]}"'
    if value is None:
        return f"<table:table-cell{attributes}/>"
    if isinstance(value, bool):
        typed = f'office:value-type="boolean" office:boolean-value="{str(value).lower()}"'
    elif isinstance(value, int | float):
        typed = f'office:value-type="float" office:value="{value!r}"'
    elif isinstance(value, dt.date):  # and datetime
        typed = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    else:
        typed = 'office:value-type="string"'
    return f"<table:table-cell {typed}{attributes}><text:p>{escape(str(value))}</text:p></table:table-cell>"


def _save_ods(book: Workbook, path: Path) -> None:
    tables = []
    for sheet in book.worksheets:
        merges = _merges(sheet)
        tops = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in merges}
        covered = {(r, c) for r1, c1, r2, c2 in merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        rows = []
        for r, row in enumerate(_cells(sheet)):
            cells = []
            for c, value in enumerate(row):
                if (r, c) in covered and (r, c) not in tops:
                    cells.append("<table:covered-table-cell/>")
                else:
                    cells.append(_ods_cell(value, tops.get((r, c))))
            rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        if not rows:
            rows.append("<table:table-row><table:table-cell/></table:table-row>")
        name = escape(sheet.title, {'"': "&quot;"})
        tables.append(f'<table:table table:name="{name}">{"".join(rows)}</table:table>')
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:body>'
        f'<office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body></office:document-content>'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_TYPE}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS_TYPE)  # first and stored, as the format requires
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
