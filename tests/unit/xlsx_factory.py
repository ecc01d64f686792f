"""Builds spreadsheets shaped like the ones commune offices keep: title rows, merged cells, footers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

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
    book.save(path)
    return path


def check_digit_tax_code(seed: int) -> str:
    """A valid 10-digit tax code (DOMAIN.md §4) made from a number, for bulk test data."""
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    for offset in range(100):
        head = f"{(seed + offset) % 10**9:09d}"
        remainder = sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11
        if remainder != 0:
            return head + str(10 - remainder)
    raise ValueError(seed)
