"""Reading office spreadsheets safely: open a workbook, find its header row by captions, read its rows."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any

from python_calamine import CalamineWorkbook, SheetTypeEnum

from kc_desktop.domain.text import caption_key, fold, nfc
from kc_desktop.errors import SpreadsheetError
from kc_desktop.progress import Progress, Steps
from kc_desktop.xlsx.bounds import (
    MAX_CELLS,
    MAX_UNCOMPRESSED,
    BookError,
    ExtentError,
    Merged,
    check_archive,
    check_extent,
    ods_merged,
    xls_extent,
    xlsx_extent,
)

# What the file chooser of an import offers: Excel's workbooks old and new, and LibreOffice's.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and also a password-protected .xlsx
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # .xlsx, .ods
OLE_SCAN = 1024 * 1024
# The stream an encrypted .xlsx keeps its key in, as its OLE directory names it (UTF-16).
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
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


class Book:
    """The worksheets of a workbook calamine opened, as rows of values the import reads."""

    def __init__(self, path: Path, book: CalamineWorkbook, merged: dict[str, list[Merged]]) -> None:
        self.path = path
        self._book = book
        self._merged = merged  # .ods only: calamine gives the merged ranges of .xlsx and .xls
        self._sheet_merged: dict[str, list[Merged]] = {}
        # Chart and macro sheets have nothing to import.
        self.sheets = [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]

    def close(self) -> None:
        self._book.close()

    def rows(self, name: str) -> Iterator[Row]:
        """Every row from the first, values as the import expects them.

        Empty cells are None and a row ends at its last value; whole numbers are ints (12.0 → 12), so
        codes read as they look; dates are date or datetime objects.
        """
        try:
            sheet = self._book.get_sheet_by_name(name)
            if sheet.height * sheet.width > MAX_CELLS:
                raise ExtentError("sheet spread over too many cells")
            merged = sheet.merged_cell_ranges
            table = sheet.to_python(skip_empty_area=False)
        except ExtentError:
            raise
        except BaseException as exc:
            if not _from_calamine(exc):
                raise
            raise SpreadsheetError(f"Tệp «{self.path.name}» bị hỏng; không đọc được trang «{name}».") from exc
        if merged is not None:
            self._sheet_merged[name] = [(c1 + 1, r1 + 1, c2 + 1, r2 + 1) for (r1, c1), (r2, c2) in merged]
        for values in table:
            yield _plain(values)

    def merged(self, name: str) -> list[Merged]:
        """Merged ranges of a sheet whose rows have been read."""
        return list(self._sheet_merged.get(name) or self._merged.get(name, []))


def _plain(values: list[Any]) -> Row:
    """A row of calamine values as the import reads them: None for empty cells, ints for whole numbers."""
    row = [None if v == "" else int(v) if type(v) is float and v.is_integer() else v for v in values]
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


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


def open_workbook(path: Path) -> tuple[Book, IO[bytes]]:
    """Open an .xlsx, .xls or .ods workbook (by its content, whatever its name); every failure is a SpreadsheetError.

    Cached formula values are read, not formulas. The caller closes both the workbook and the returned file handle.
    """
    name = path.name
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise SpreadsheetError(f"Không tìm thấy tệp «{name}».") from exc
    except IsADirectoryError as exc:
        raise SpreadsheetError(f"«{name}» là một thư mục, không phải tệp bảng tính.") from exc
    except OSError as exc:
        raise SpreadsheetError(
            f"Không mở được tệp «{name}» ({exc.strerror or exc}); "
            "nếu tệp đang mở trong Excel hoặc LibreOffice, hãy đóng lại rồi thử lại."
        ) from exc
    try:
        magic = handle.read(8)
        handle.seek(0)
        if not magic:
            raise SpreadsheetError(f"Tệp «{name}» rỗng (0 byte), không có dữ liệu để nhập.")
        if magic == OLE_MAGIC:
            return _open_ole(path, handle), handle
        if not magic.startswith(ZIP_MAGICS):
            raise SpreadsheetError(
                f"Tệp «{name}» không phải tệp Excel .xlsx, .xls hay LibreOffice .ods "
                "(có thể là tệp .csv, trang web hoặc tài liệu khác); "
                "hãy mở bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx)."
            )
        return _open_zip(path, handle), handle
    except SpreadsheetError:
        handle.close()
        raise
    except ExtentError as exc:
        handle.close()
        raise SpreadsheetError(_too_large(name)) from exc
    except BookError as exc:
        handle.close()
        raise SpreadsheetError(
            f"Tệp «{name}» giải nén ra quá lớn so với kích thước tệp (có thể là tệp độc hại); không đọc."
        ) from exc
    except Exception as exc:
        # A damaged archive fails in many ways (zip, XML, calamine's own errors...): one message for all.
        handle.close()
        raise SpreadsheetError(_damaged(name)) from exc


def _too_large(name: str) -> str:
    return (
        f"Tệp «{name}» bị hỏng hoặc quá lớn: có dòng, cột hoặc số ô vượt giới hạn của Excel "
        "(có thể do một ô lạ ở rất xa phía dưới hoặc bên phải); không đọc."
    )


def _damaged(name: str) -> str:
    return (
        f"Tệp «{name}» bị hỏng hoặc không phải sổ làm việc Excel (.xlsx, .xls) hay LibreOffice (.ods); không đọc được."
    )


def _open_ole(path: Path, handle: IO[bytes]) -> Book:
    """An Excel 97–2003 workbook; a password-protected .xlsx is an OLE file too, and so is a damaged one."""
    data = handle.read(MAX_UNCOMPRESSED + 1)
    handle.seek(0)
    refuse = SpreadsheetError(
        f"Tệp «{path.name}» được đặt mật khẩu hoặc bị hỏng; "
        "hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại dạng Sổ làm việc Excel (.xlsx)."
    )
    if _ENCRYPTED in data[:OLE_SCAN]:
        raise refuse
    if len(data) > MAX_UNCOMPRESSED:
        raise ExtentError("file too large")
    try:
        xls_extent(data)
    except ExtentError:
        raise
    except BookError:
        # Compound files have variants this short reader may not follow; calamine reads them or refuses them.
        pass
    try:
        return Book(path, _calamine(handle), {})
    except BaseException as exc:
        if not _from_calamine(exc):
            raise
        raise refuse from exc


def _open_zip(path: Path, handle: IO[bytes]) -> Book:
    """An .xlsx or an .ods: sizes and each sheet's extent are bounded before calamine unpacks anything."""
    with zipfile.ZipFile(handle) as archive:
        check_archive(archive)
        names = set(archive.namelist())
        if "content.xml" in names and "xl/workbook.xml" not in names:
            with archive.open("content.xml") as stream:
                merged = ods_merged(stream)
        else:
            for member in names:
                if member.endswith(".xml") and not member.startswith(("xl/sharedStrings", "xl/styles")):
                    data = archive.read(member)
                    if b"sheetData" in data:
                        check_extent(*xlsx_extent(data))
            merged = {}
    handle.seek(0)
    try:
        return Book(path, _calamine(handle), merged)
    except BaseException as exc:
        if not _from_calamine(exc):
            raise
        raise SpreadsheetError(_damaged(path.name)) from exc


def _calamine(handle: IO[bytes]) -> CalamineWorkbook:
    return CalamineWorkbook.from_filelike(handle)


def _from_calamine(exc: BaseException) -> bool:
    """True for calamine's errors, including a Rust panic (which Python sees as a BaseException)."""
    return isinstance(exc, Exception) or not isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit)


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
        for title in workbook.sheets:
            rows = workbook.rows(title)
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
            _fill_merged_down(workbook.merged(title), table)
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
    except SpreadsheetError:
        raise
    except ExtentError as exc:
        raise SpreadsheetError(_too_large(path.name)) from exc
    except Exception as exc:
        raise SpreadsheetError(f"Tệp «{path.name}» bị hỏng; không đọc được hết các dòng.") from exc


def _fill_merged_down(ranges: list[Merged], table: Table) -> None:
    """Copy the value of a cell merged down over several data rows (e.g. one "Thôn" for a group) into each row."""
    if not ranges or not table.rows:
        return
    first, last = table.rows[0][0], table.rows[-1][0]
    by_number = {number: index for index, (number, _) in enumerate(table.rows)}
    budget = MAX_CELLS  # cells filled; ranges never overlap in a sound file, a hostile one must not loop for ever
    for min_col, min_row, max_col, max_row in ranges:
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
