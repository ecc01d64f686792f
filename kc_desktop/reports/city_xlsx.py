"""The city report as an .xlsx workbook: a summary with native charts, then one formatted sheet per table.

Totals and rates are formulas, so that a figure corrected by hand in Excel carries through.
Charts are Excel's own (openpyxl), drawn from the sheets' cells, not pictures.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference, Series
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from kc_desktop.errors import SpreadsheetError
from kc_desktop.reports.model import LEFT_OUT_STATUSES, REPORTED_STATUSES, CityReport, Measures, ReportTable

VND = "#,##0"
PERCENT = "0.0%"
HEADER_ROW = 5  # two header rows: groups, then columns
FIRST_ROW = HEADER_ROW + 2
SUMMARY_SHEET = "Tổng hợp"

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
_TOTAL_FILL = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")
_BOLD = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=14)
_SUBTITLE_FONT = Font(bold=True, size=12)
_ITALIC = Font(italic=True)
_NOTE_FONT = Font(italic=True, size=10)
_MIDDLE = Alignment(horizontal="center", vertical="center")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="center", wrap_text=True)
_KEY_WIDTHS = {"Mã": 8, "Phường, xã": 26, "Huyện cũ": 22, "Nội dung hỗ trợ": 38, "Nguồn kinh phí": 22}


@dataclass(frozen=True)
class _Col:
    """One measure column: its field in Measures (or a rate), its group and caption, format and width."""

    key: str
    group: str
    caption: str
    number_format: str = VND
    width: float = 16
    rate_of: tuple[str, str] | None = None  # (numerator, denominator) keys: the cell is a formula


_COLUMNS: tuple[_Col, ...] = (
    _Col("projects", "Số đề án", "", width=9),
    _Col("establishments", "Số cơ sở được hỗ trợ", "", width=10),
    _Col("approved", "Kinh phí khuyến công (đồng)", "Được duyệt"),
    _Col("advanced", "Kinh phí khuyến công (đồng)", "Đã tạm ứng"),
    _Col("settled", "Kinh phí khuyến công (đồng)", "Đã quyết toán"),
    _Col("rate", "Kinh phí khuyến công (đồng)", "Tỷ lệ giải ngân (quyết toán / được duyệt)", PERCENT, 12,
         ("settled", "approved")),
    _Col("counterpart", "Vốn đối ứng của cơ sở (đồng)", "", width=17),
    *(_Col(f"status_{s.value}", "Số đề án theo trạng thái", s.label, width=11) for s in REPORTED_STATUSES),
    _Col("women_owned", "Cơ sở do nữ làm chủ", "Số cơ sở", width=9),
    _Col("women_share", "Cơ sở do nữ làm chủ", "Tỷ lệ", PERCENT, 9, ("women_owned", "establishments")),
    _Col("ethnic_minority_owned", "Cơ sở do người dân tộc thiểu số làm chủ", "Số cơ sở", width=10),
    _Col("ethnic_share", "Cơ sở do người dân tộc thiểu số làm chủ", "Tỷ lệ", PERCENT, 10,
         ("ethnic_minority_owned", "establishments")),
)


def _value(measures: Measures, key: str) -> int:
    if key.startswith("status_"):
        index = [s.value for s in REPORTED_STATUSES].index(key.removeprefix("status_"))
        return measures.by_status[index]
    return int(getattr(measures, key))


def _cell(sheet: Any, value: object, *, font: Font | None = None, fill: PatternFill | None = None,
          align: Alignment | None = None, number_format: str | None = None, border: bool = True) -> WriteOnlyCell:
    """A styled cell; the style objects are the module's constants (their ids key the style cache)."""
    if isinstance(value, str) and not value.startswith("="):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value)
    # Setting a style hashes it into the workbook's tables (most of the time of a report); each
    # combination is done once per workbook and its index array copied to the next cells.
    styles: dict[tuple[object, ...], Any] = sheet.parent.kc_styles
    key = (id(font), id(fill), id(align), number_format, border)
    known = styles.get(key)
    if known is not None:
        cell._style = copy(known)
        return cell
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    if number_format is not None:
        cell.number_format = number_format
    if border:
        cell.border = _BORDER
    styles[key] = copy(cell._style)
    return cell


def _title_block(sheet: Any, report: CityReport, subtitle: str, width: int) -> None:
    """Report name, what the sheet shows and for whom, who made it and when; then a blank row."""
    last = get_column_letter(width)
    for row in (1, 2, 3):
        sheet.merged_cells.add(f"A{row}:{last}{row}")
    sheet.row_dimensions[1].height = 22
    sheet.append([_cell(sheet, report.title, font=_TITLE_FONT, align=_MIDDLE, border=False)])
    sheet.append([_cell(sheet, f"{subtitle} — Phạm vi: {report.scope}", font=_SUBTITLE_FONT,
                        align=_MIDDLE, border=False)])
    made = f"Đơn vị lập báo cáo: {report.unit or '…'} · Ngày lập: {report.made_on:%d/%m/%Y} · Đơn vị tính: đồng"
    sheet.append([_cell(sheet, made, font=_ITALIC, align=_MIDDLE, border=False)])
    sheet.append([])


def _table_sheet(book: Workbook, report: CityReport, table: ReportTable) -> tuple[Any, int, int]:
    """Write one table; returns the sheet, its first and last data rows."""
    sheet = book.create_sheet(table.sheet)
    keys = len(table.key_headers)
    first_measure = 2 + keys  # column of the first measure (after STT and the keys)
    letter = {c.key: get_column_letter(first_measure + i) for i, c in enumerate(_COLUMNS)}
    width = 1 + keys + len(_COLUMNS)
    sheet.column_dimensions["A"].width = 5
    for index, header in enumerate(table.key_headers, 2):
        sheet.column_dimensions[get_column_letter(index)].width = _KEY_WIDTHS.get(header, 24)
    for column in _COLUMNS:
        sheet.column_dimensions[letter[column.key]].width = column.width
    sheet.row_dimensions[HEADER_ROW].height = 32
    sheet.row_dimensions[HEADER_ROW + 1].height = 48
    sheet.freeze_panes = f"{get_column_letter(first_measure)}{FIRST_ROW}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    _title_block(sheet, report, table.title, width)
    _header(sheet, table.key_headers)
    rows = table.rows
    first, last = FIRST_ROW, FIRST_ROW + max(len(rows), 1) - 1
    if not rows:
        sheet.merged_cells.add(f"B{first}:{get_column_letter(1 + keys)}{first}")
        empty = f"Không có đề án đã phê duyệt nào của năm {report.year}."
        cells = [_cell(sheet, "", align=_CENTER), _cell(sheet, empty, font=_ITALIC)]
        cells += [_cell(sheet, None) for _ in range(keys - 1 + len(_COLUMNS))]
        sheet.append(cells)
    for number, row in enumerate(rows, 1):
        at = first + number - 1
        cells = [_cell(sheet, number, align=_CENTER)]
        cells += [_cell(sheet, label, align=_WRAP) for label in row.labels]
        for column in _COLUMNS:
            if column.rate_of:
                top, bottom = (f"{letter[k]}{at}" for k in column.rate_of)
                value: object = f'=IF({bottom}>0,{top}/{bottom},"")'
            else:
                value = _value(row.measures, column.key)
            cells.append(_cell(sheet, value, number_format=column.number_format))
        sheet.append(cells)
    total_row = last + 1
    sheet.merged_cells.add(f"A{total_row}:{get_column_letter(1 + keys)}{total_row}")
    cells = [_cell(sheet, "Tổng cộng", font=_BOLD, fill=_TOTAL_FILL, align=_CENTER)]
    cells += [_cell(sheet, None, fill=_TOTAL_FILL) for _ in range(keys)]
    for column in _COLUMNS:
        if column.rate_of:
            top, bottom = (f"{letter[k]}{total_row}" for k in column.rate_of)
            value = f'=IF({bottom}>0,{top}/{bottom},"")'
        else:
            value = f"=SUM({letter[column.key]}{first}:{letter[column.key]}{last})"
        cells.append(_cell(sheet, value, font=_BOLD, fill=_TOTAL_FILL, number_format=column.number_format))
    sheet.append(cells)
    sheet.append([])
    for note in _notes(table):
        sheet.append([_cell(sheet, note, font=_NOTE_FONT, border=False)])
    return sheet, first, last


def _header(sheet: Any, key_headers: tuple[str, ...]) -> None:
    """Two header rows: groups over the columns they gather; single columns span both rows."""
    top_row, sub_row = HEADER_ROW, HEADER_ROW + 1
    top = [_cell(sheet, "STT", font=_BOLD, fill=_HEADER_FILL, align=_CENTER)]
    sub = [_cell(sheet, None, fill=_HEADER_FILL)]
    for header in key_headers:
        top.append(_cell(sheet, header, font=_BOLD, fill=_HEADER_FILL, align=_CENTER))
        sub.append(_cell(sheet, None, fill=_HEADER_FILL))
    for index in range(1 + len(key_headers)):
        column = get_column_letter(index + 1)
        sheet.merged_cells.add(f"{column}{top_row}:{column}{sub_row}")
    start = 2 + len(key_headers)
    groups: list[tuple[str, int, int]] = []
    for offset, column in enumerate(_COLUMNS):
        if groups and groups[-1][0] == column.group and column.caption:
            groups[-1] = (column.group, groups[-1][1], start + offset)
        else:
            groups.append((column.group, start + offset, start + offset))
    for offset, column in enumerate(_COLUMNS):
        group = next(g for g in groups if g[1] <= start + offset <= g[2])
        is_first = group[1] == start + offset
        top.append(_cell(sheet, column.group if is_first else None, font=_BOLD, fill=_HEADER_FILL, align=_CENTER))
        sub.append(_cell(sheet, column.caption or None, font=_BOLD, fill=_HEADER_FILL, align=_CENTER))
    for name, begin, end in groups:
        span = f"{get_column_letter(begin)}{top_row}:{get_column_letter(end)}"
        single = begin == end and not next(c for c in _COLUMNS if c.group == name).caption
        sheet.merged_cells.add(f"{span}{sub_row}" if single else f"{span}{top_row}")
    sheet.append(top)
    sheet.append(sub)


def _notes(table: ReportTable) -> list[str]:
    notes = [
        "Ghi chú: kinh phí của một đề án được chia cho các cơ sở thụ hưởng theo tỷ lệ kinh phí khuyến công "
        "(vốn đối ứng theo tỷ lệ vốn đối ứng) của từng cơ sở, làm tròn đến đồng; "
        "tổng mỗi bảng bằng tổng của các đề án.",
    ]
    if table.key != "sources":
        notes.append(
            "Đề án có cơ sở thụ hưởng ở nhiều dòng được đếm ở mỗi dòng, nên số đề án, số cơ sở ở dòng Tổng cộng "
            f"có thể lớn hơn số không trùng ở sheet «{SUMMARY_SHEET}»."
        )
    return notes


def _summary_sheet(book: Workbook, report: CityReport) -> Any:
    """Key figures of the year (distinct counts), rates as formulas, what was left out."""
    sheet = book.create_sheet(SUMMARY_SHEET, 0)
    for column, width in zip("ABCD", (6, 58, 12, 20), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    _title_block(sheet, report, "Tổng hợp", 4)
    sheet.append([_cell(sheet, text, font=_BOLD, fill=_HEADER_FILL, align=_CENTER)
                  for text in ("STT", "Chỉ tiêu", "Đơn vị tính", "Giá trị")])
    s = report.summary
    at: dict[str, int] = {}
    lines: list[tuple[str, str, str, object]] = [
        ("1", "Số đề án đã được phê duyệt (không trùng)", "đề án", s.projects),
        ("2", "Số cơ sở được hỗ trợ (không trùng)", "cơ sở", s.establishments),
        ("3", "Kinh phí khuyến công được duyệt", "đồng", s.approved),
        ("4", "Kinh phí khuyến công đã tạm ứng", "đồng", s.advanced),
        ("5", "Kinh phí khuyến công đã quyết toán", "đồng", s.settled),
        ("6", "Tỷ lệ giải ngân (quyết toán / được duyệt)", "%", ("settled", "approved")),
        ("7", "Vốn đối ứng của cơ sở", "đồng", s.counterpart),
        ("8", "Số đề án theo trạng thái:", "", None),
        *((f"8.{i}", f"– {status.label}", "đề án", s.by_status[i - 1])
          for i, status in enumerate(REPORTED_STATUSES, 1)),
        ("9", "Cơ sở do nữ làm chủ", "cơ sở", s.women_owned),
        ("10", "Tỷ lệ cơ sở do nữ làm chủ", "%", ("women", "establishments")),
        ("11", "Cơ sở do người dân tộc thiểu số làm chủ", "cơ sở", s.ethnic_minority_owned),
        ("12", "Tỷ lệ cơ sở do người dân tộc thiểu số làm chủ", "%", ("ethnic", "establishments")),
        ("13", "Đề án của năm chưa tính vào báo cáo:", "", None),
        *((f"13.{i}", f"– {status.label}", "đề án", report.left_out.get(status.value, 0))
          for i, status in enumerate(LEFT_OUT_STATUSES, 1)),
    ]
    names = {"1": "projects", "2": "establishments", "3": "approved", "5": "settled", "9": "women", "11": "ethnic"}
    for offset, (number, text, unit, value) in enumerate(lines):
        row = HEADER_ROW + 1 + offset
        if number in names:
            at[names[number]] = row
        if isinstance(value, tuple):
            top, bottom = (f"D{at[k]}" for k in value)
            value, number_format = f'=IF({bottom}>0,{top}/{bottom},"")', PERCENT
        else:
            number_format = VND
        bold = _BOLD if "." not in number else None
        sheet.append([_cell(sheet, number, align=_CENTER), _cell(sheet, text, font=bold, align=_WRAP),
                      _cell(sheet, unit, align=_CENTER), _cell(sheet, value, font=bold, number_format=number_format)])
    sheet.append([])
    for note in _notes(report.tables[-1])[:1]:
        sheet.append([None, _cell(sheet, note, font=_NOTE_FONT, align=_WRAP, border=False)])
    return sheet


def _chart(title: str, sheet: Any, table: ReportTable, first: int, last: int) -> BarChart:
    """Horizontal bars of approved, advanced and settled support per row of a table sheet."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = title
    label_column = 1 + len(table.key_headers)
    measures = 2 + len(table.key_headers)
    for offset, caption in ((2, "Được duyệt"), (3, "Đã tạm ứng"), (4, "Đã quyết toán")):
        values = Reference(sheet, min_col=measures + offset, min_row=first, max_row=last)
        chart.series.append(Series(values, title=caption))
    chart.set_categories(Reference(sheet, min_col=label_column, min_row=first, max_row=last))
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top, as in the table
    chart.y_axis.number_format = VND
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = False  # openpyxl 3.1 otherwise leaves the axes out in Excel
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.width = 18
    chart.height = max(7.0, 1.1 * (last - first + 1) + 3.5)
    return chart


def build_workbook(report: CityReport) -> Workbook:
    book = Workbook(write_only=True)
    book.kc_styles = {}  # see _cell
    book.calculation.fullCalcOnLoad = True  # no cached values: Excel and LibreOffice compute the formulas on opening
    summary = _summary_sheet(book, report)
    anchor = HEADER_ROW
    for table in report.tables:
        sheet, first, last = _table_sheet(book, report, table)
        if table.key in ("sources", "kinds", "wards") and table.rows:
            chart = _chart(f"Kinh phí khuyến công {table.title.lower()}", sheet, table, first, last)
            summary.add_chart(chart, f"F{anchor}")
            anchor += math.ceil(chart.height / 0.53) + 2
    return book


def save_report(report: CityReport, path: Path) -> None:
    """Write the workbook beside `path` and rename it over `path`: never a half-written file."""
    if not path.parent.is_dir():
        raise SpreadsheetError(f"Thư mục để lưu báo cáo «{path.parent}» không tồn tại; hãy chọn thư mục khác.")
    refused = SpreadsheetError(
        f"Không ghi được tệp «{path.name}»: tệp đang mở trong Excel hoặc thư mục chỉ cho phép đọc; "
        "hãy đóng tệp hoặc chọn thư mục khác rồi thử lại."
    )
    book = build_workbook(report)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".kc-bao-cao-", suffix=".xlsx", dir=path.parent)
    except OSError as exc:
        _discard(book)
        raise refused from exc
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise refused from exc
    finally:
        _discard(book)
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _discard(book: Workbook) -> None:
    """Delete the scratch files of write-only sheets that were not saved."""
    for sheet in book.worksheets:
        scratch = getattr(getattr(sheet, "_writer", None), "out", None)
        if isinstance(scratch, str) and os.path.exists(scratch):
            with contextlib.suppress(Exception):
                sheet.close()
            with contextlib.suppress(OSError):
                os.unlink(scratch)

