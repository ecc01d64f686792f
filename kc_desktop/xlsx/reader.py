"""Reading office spreadsheets safely: open a workbook, find its header row by captions, read its rows."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any

from openpyxl.utils.cell import range_boundaries

from kc_desktop.domain.text import caption_key, fold, nfc
from kc_desktop.errors import SpreadsheetError
from kc_desktop.progress import Progress, Steps
from kc_desktop.xlsx.sheetxml import MAX_CELLS, BookError, XlsxBook

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
HEADER_SCAN_ROWS = 30
READ_CHUNK = 500
IGNORED = "_ignored"  # pseudo-field of columns that are recognised but carry nothing (STT)
# Short keys ("mst", "xa") only match a whole caption; longer ones also start a longer caption.
_PREFIX_MIN = 6
_PARENTHESES = re.compile(r"\([^)]*\)")
# A row of column numbers under the header: "(1) (2) (3)" or "A B 1 2".
_COLUMN_NUMBER = re.compile(r"^\(?\s*([0-9]{1,2}|[a-z])\s*\)?$", re.IGNORECASE)
# Rows below the data: totals, then the place and date, signature titles, "(Ký, ghi rõ họ tên)"…
_TOTAL = re.compile(r"^(tong cong|tong so|tong|cong)([\s]*[:.,\-]|\s+[0-9]|\s+(co so|ho|don vi|doanh nghiep)\b|$)")
_SIGNATURE = re.compile(
    r"^\(?\s*(nguoi (lap|ky|kiem tra|duyet)|thu truong|ke toan|(pho )?chu tich|(pho )?giam doc|"
    r"(pho )?truong (phong|ban)|t ?/ ?m\b|tm\b|kt\b|can bo\b|xac nhan|noi nhan|ky\b|da ky|ky ten|dong dau|"
    r"ubnd\b|uy ban nhan dan)"
)
_DATE_LINE = re.compile(r"^([^,]{1,40},\s*)?ngay\b.*\bthang\b.*\bnam\b")

Row = tuple[Any, ...]


class Captions:
    """Column captions recognised for each field, ignoring accents, case, spacing and punctuation."""

    def __init__(self, variants: Mapping[str, Iterable[str]]) -> None:
        self.variants = {name: tuple(texts) for name, texts in variants.items()}
        self._exact: dict[str, str] = {}
        for name, texts in self.variants.items():
            for text in texts:
                key = caption_key(text)
                if self._exact.setdefault(key, name) != name:
                    raise ValueError(f"caption {text!r} is given for both {self._exact[key]} and {name}")
        # Longest first, so that "Chủ cơ sở là nữ" wins over "Chủ cơ sở".
        self._prefixes = sorted(
            ((key, name) for key, name in self._exact.items() if len(key) >= _PREFIX_MIN), key=lambda kv: -len(kv[0])
        )

    def field_of(self, caption: object) -> str | None:
        """The field a header cell names, or None."""
        if not isinstance(caption, str):
            return None
        full = caption_key(caption)
        bare = caption_key(_PARENTHESES.sub(" ", caption))
        for key in (full, bare):
            if key in self._exact:
                return self._exact[key]
        for key in (full, bare):
            for prefix, name in self._prefixes:
                if key.startswith(prefix):
                    return name
        return None


@dataclass(frozen=True)
class Header:
    """Where the table starts: its header row(s) and which column holds which field."""

    row: int  # 1-based number of the (first) header row
    data_row: int  # 1-based number of the first row below the header
    columns: dict[str, int]  # field -> 0-based column index
    captions: dict[str, str]  # field -> caption as written in the sheet


@dataclass
class Table:
    """The rows below the header of the chosen sheet, with their Excel row numbers."""

    path: Path
    sheet: str
    header: Header
    rows: list[tuple[int, Row]] = field(default_factory=list)
    skipped_header_rows: int = 0


def cell_text(value: object) -> str:
    """A cell as text for caption and footer matching ('' for empty cells)."""
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def open_workbook(path: Path) -> tuple[Any, IO[bytes]]:
    """Open an .xlsx read-only with cached formula values; every failure is a SpreadsheetError.

    The caller closes both the workbook and the returned file handle.
    """
    name = path.name
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise SpreadsheetError(f"Không tìm thấy tệp «{name}».") from exc
    except IsADirectoryError as exc:
        raise SpreadsheetError(f"«{name}» là một thư mục, không phải tệp Excel.") from exc
    except OSError as exc:
        raise SpreadsheetError(
            f"Không mở được tệp «{name}» ({exc.strerror or exc}); "
            "nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại."
        ) from exc
    try:
        magic = handle.read(8)
        handle.seek(0)
        if not magic:
            raise SpreadsheetError(f"Tệp «{name}» rỗng (0 byte), không có dữ liệu để nhập.")
        if magic == OLE_MAGIC:
            raise SpreadsheetError(
                f"Tệp «{name}» được đặt mật khẩu hoặc là tệp Excel 97–2003 (.xls); "
                "hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại dạng Sổ làm việc Excel (.xlsx)."
            )
        if not magic.startswith(ZIP_MAGICS):
            raise SpreadsheetError(
                f"Tệp «{name}» không phải tệp Excel .xlsx (có thể là tệp .csv, .xls hoặc tài liệu khác); "
                "hãy mở bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx)."
            )
        return XlsxBook(handle), handle
    except SpreadsheetError:
        handle.close()
        raise
    except BookError as exc:
        handle.close()
        raise SpreadsheetError(
            f"Tệp «{name}» giải nén ra quá lớn so với kích thước tệp (có thể là tệp độc hại); không đọc."
        ) from exc
    except Exception as exc:
        # A damaged archive fails in many ways inside openpyxl (zip, XML, KeyError...): one message for all.
        handle.close()
        raise SpreadsheetError(
            f"Tệp «{name}» bị hỏng hoặc không phải sổ làm việc Excel (.xlsx); không đọc được."
        ) from exc


def find_header(rows: Sequence[Row], captions: Captions, required: str, first_row: int = 1) -> Header | None:
    """The header among `rows`: the row naming the most fields (`required` among them, plus one more).

    The row below may be a second header row (e.g. "Địa chỉ" merged over "Thôn" | "Xã/Phường"):
    its captions then override the ones above them.
    """
    best: Header | None = None
    best_score = 0
    for index, row in enumerate(rows):
        found = _fields_of(row, captions)
        below = _fields_of(rows[index + 1], captions) if index + 1 < len(rows) else {}
        two_rows = False
        if found and below and (required not in found or _value(rows[index + 1], found[required][0]) is None):
            merged = _overlay(found, below)
            # Both rows must add something; else the upper one is a title such as "Tên đơn vị: UBND xã …".
            if len(_named(merged)) > max(len(_named(found)), len(_named(below))):
                found, two_rows = merged, True
        named = _named(found)
        if required in named and len(named) >= 2 and len(named) > best_score:
            best_score = len(named)
            best = Header(
                row=first_row + index,
                data_row=first_row + index + (2 if two_rows else 1),
                columns={name: column for name, (column, _) in found.items() if name != IGNORED},
                captions={name: caption for name, (_, caption) in found.items() if name != IGNORED},
            )
    return best


def _fields_of(row: Row, captions: Captions) -> dict[str, tuple[int, str]]:
    """Field -> (column, caption) of the cells of a row that are captions; the first column wins."""
    found: dict[str, tuple[int, str]] = {}
    for column, value in enumerate(row):
        name = captions.field_of(value)
        if name is not None and name not in found:
            found[name] = (column, nfc(cell_text(value)))
    return found


def _overlay(top: dict[str, tuple[int, str]], below: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """Captions of a second header row replace the (merged) caption above them in the same column."""
    taken = {column for column, _ in below.values()}
    merged = {name: where for name, where in top.items() if where[0] not in taken and name not in below}
    merged.update(below)
    return merged


def _named(found: Mapping[str, object]) -> set[str]:
    return {name for name in found if name != IGNORED}


def _value(row: Row, column: int) -> object:
    value = row[column] if column < len(row) else None
    return None if is_blank(value) else value


def footer_kind(values: Sequence[object]) -> str:
    """'total' for a total row ("Tổng cộng", "Cộng: 12 cơ sở"), 'signature' for signature and date lines, else ''."""
    first_text = next((v for v in values if isinstance(v, str) and v.strip()), None)
    if first_text is None:
        return ""  # numbers only (or nothing): neither a caption nor a signature
    if _TOTAL.match(fold(first_text)):
        return "total"
    texts = (fold(cell_text(v)) for v in values if not is_blank(v))
    if all(_SIGNATURE.match(t) or _DATE_LINE.match(t) for t in texts):
        return "signature"
    return ""


def is_column_number_row(row: Row) -> bool:
    """True for the "(1) (2) (3)…" row some offices put under the header."""
    values = [cell_text(v) for v in row if not is_blank(v)]
    return len(values) >= 3 and all(_COLUMN_NUMBER.match(v) for v in values)


def read_table(path: Path, captions: Captions, required: str) -> Steps[Table]:
    """Read the first sheet with a recognisable header; yields progress, returns the table."""
    path = Path(path)
    workbook, handle = open_workbook(path)
    try:
        any_data = False
        for title, member in workbook.sheets:
            rows = workbook.rows(member)
            head = _chunk(path, rows, HEADER_SCAN_ROWS)
            any_data = any_data or any(not is_blank(v) for r in head for v in r)
            header = find_header(head, captions, required)
            if header is None:
                continue
            table = Table(path, title, header)
            start = header.data_row - 1
            table.rows = [(start + 1 + i, r) for i, r in enumerate(head[start:])]
            if table.rows and is_column_number_row(table.rows[0][1]):
                del table.rows[0]
                table.skipped_header_rows = 1
            number = len(head) + 1
            while chunk := _chunk(path, rows, READ_CHUNK):
                table.rows.extend((number + i, r) for i, r in enumerate(chunk))
                number += len(chunk)
                done = number - 1 - start
                yield Progress(done, done, f"Đang đọc tệp «{path.name}»…")
            _fill_merged_down(workbook.merged(member), table)
            return table
    finally:
        workbook.close()
        handle.close()
    if not any_data:
        raise SpreadsheetError(f"Tệp «{path.name}» không có dữ liệu: các trang tính đều trống.")
    raise SpreadsheetError(_no_header_message(path, captions, required))


def _chunk(path: Path, rows: Iterator[Row], size: int) -> list[Row]:
    """The next rows of a sheet; damage found while reading becomes a SpreadsheetError."""
    try:
        return list(islice(rows, size))
    except BookError as exc:
        raise SpreadsheetError(
            f"Tệp «{path.name}» bị hỏng hoặc quá lớn: có dòng, cột hoặc số ô vượt giới hạn của Excel; không đọc."
        ) from exc
    except Exception as exc:
        raise SpreadsheetError(f"Tệp «{path.name}» bị hỏng; không đọc được hết các dòng.") from exc


def _fill_merged_down(refs: list[str], table: Table) -> None:
    """Copy the value of a cell merged down over several data rows (e.g. one "Thôn" for a group) into each row.

    The ranges come from the sheet's XML, read with its rows.
    """
    if not refs or not table.rows:
        return
    first, last = table.rows[0][0], table.rows[-1][0]
    by_number = {number: index for index, (number, _) in enumerate(table.rows)}
    budget = MAX_CELLS  # cells filled; ranges never overlap in a sound file, a hostile one must not loop for ever
    for ref in refs:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            continue  # a damaged range only loses its filling down
        if min_col != max_col or max_row <= min_row or min_row < first or min_row not in by_number:
            continue
        column = min_col - 1
        top = by_number[min_row]
        value = _value(table.rows[top][1], column)
        if value is None:
            continue
        max_row = min(max_row, last)
        budget -= (max_row - min_row) * (column + 1)
        if budget < 0:
            raise SpreadsheetError(f"Tệp «{table.path.name}» bị hỏng: có quá nhiều ô gộp chồng lên nhau.")
        for number in range(min_row + 1, max_row + 1):
            index = by_number.get(number)
            if index is None or value is None:
                continue
            row = list(table.rows[index][1])
            row.extend([None] * (column + 1 - len(row)))
            if is_blank(row[column]):
                row[column] = value
                table.rows[index] = (number, tuple(row))


def _no_header_message(path: Path, captions: Captions, required: str) -> str:
    wanted = [captions.variants[required][0]] + [
        texts[0] for name, texts in captions.variants.items() if name not in (required, IGNORED)
    ][:6]
    listed = ", ".join(f"«{text}»" for text in wanted[1:])
    return (
        f"Không tìm thấy dòng tiêu đề trong tệp «{path.name}»: cần một dòng có cột «{wanted[0]}» "
        f"và ít nhất một cột khác như {listed}…"
    )
