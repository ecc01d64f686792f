"""Bounds on a workbook checked before calamine reads it: archive sizes, and how far each sheet spreads.

calamine holds a sheet as the rectangle from its first to its last cell; a stray value far down and
to the right, or a hostile file, would make it allocate gigabytes (or abort the program). Each format's
cell positions are read cheaply here first.
"""

from __future__ import annotations

import re
import struct
import zipfile
from typing import IO
from xml.etree.ElementTree import iterparse

Merged = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row, 1-based as Excel numbers them

MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 250
# Excel's own limits: a cell or row beyond them only comes from a damaged or hostile file.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# calamine holds a sheet as the rectangle from A1 to its last cell: a stray value far down and to the
# right makes it huge, so the rectangle is bounded before the sheet is read (10 million cells ≈ 400 MB).
MAX_CELLS = 10_000_000


class BookError(Exception):
    """The archive is not a readable workbook (the caller words the message for the user)."""


class ExtentError(BookError):
    """A sheet spreads beyond Excel's limits or over more cells than MAX_CELLS."""


def check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse an archive that would unpack to too much, in all or for its size (a zip bomb)."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > MAX_UNCOMPRESSED or info.file_size > MAX_RATIO * max(info.compress_size, 1) + 1024 * 1024:
            raise BookError("archive too large when uncompressed")


# References of any length: calamine reads "AAAAAAAAAAAA2" too, as a column far beyond Excel's last one.
_XLSX_REF = re.compile(rb"<c\b[^>]*?\sr=\"([A-Za-z]+)([0-9]+)\"")
_XLSX_ROW = re.compile(rb"<row\b[^>]*?\sr=\"([0-9]+)\"")
_XLSX_CELL = re.compile(rb"<c[\s/>]")


def _column_number(letters: bytes) -> int:
    if len(letters) > 4:  # beyond XFD whatever the letters
        return MAX_COLUMNS + 1
    number = 0
    for char in letters.upper():
        number = number * 26 + char - 64
    return number


def _row_number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 8 else MAX_ROWS + 1


def xlsx_extent(data: bytes) -> tuple[int, int]:
    """(rows, columns) a sheet's XML spreads over, from its cell and row references, counted cheaply.

    Cells or rows without a reference follow the one before; they are bounded by how many there are.
    """
    refs = _XLSX_REF.findall(data)
    columns = max((_column_number(letters) for letters in {letters for letters, _ in refs}), default=0)
    rows = max((_row_number(number) for _, number in refs), default=0)
    rows = max(rows, max((_row_number(n) for n in _XLSX_ROW.findall(data)), default=0))
    cells = len(_XLSX_CELL.findall(data))
    if cells > len(refs):  # some cells lack a reference: each may add a column
        columns += max(len(_XLSX_CELL.findall(row)) for row in data.split(b"<row"))
    row_tags = data.count(b"<row")
    if row_tags > len(_XLSX_ROW.findall(data)):
        rows += row_tags
    return rows, columns


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODS_TABLE, _ODS_ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
_ODS_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_REPEAT_ROWS, _REPEAT_COLUMNS = f"{{{_TABLE}}}number-rows-repeated", f"{{{_TABLE}}}number-columns-repeated"
_SPAN_ROWS, _SPAN_COLUMNS = f"{{{_TABLE}}}number-rows-spanned", f"{{{_TABLE}}}number-columns-spanned"
_VALUE_TYPE, _NAME = f"{{{_OFFICE}}}value-type", f"{{{_TABLE}}}name"


def ods_merged(stream: IO[bytes]) -> dict[str, list[Merged]]:
    """Each sheet's cells merged down over rows in an .ods content.xml (calamine does not give them).

    Walking the XML also bounds the sheets: a repeated cell or row with a value beyond Excel's limits,
    or spread over more than MAX_CELLS, raises ExtentError before calamine expands it.
    """
    merged: dict[str, list[Merged]] = {}
    spans: list[Merged] = []
    row = column = rows = columns = repeat = 0
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == _ODS_TABLE:
                spans = merged.setdefault(element.get(_NAME, ""), [])
                row = rows = columns = 0
            elif tag == _ODS_ROW:
                repeat, column = _count(element.get(_REPEAT_ROWS)), 0
            continue
        if tag in _ODS_CELLS:
            width = _count(element.get(_REPEAT_COLUMNS))
            if element.get(_VALUE_TYPE) is not None or len(element):
                rows, columns = max(rows, row + repeat), max(columns, column + width)
                check_extent(rows, columns)
            down = _count(element.get(_SPAN_ROWS))
            if down > 1 and _count(element.get(_SPAN_COLUMNS)) == 1:
                spans.append((column + 1, row + 1, column + 1, row + down))
            column += width
            element.clear()
        elif tag == _ODS_ROW:
            row += repeat
            element.clear()
    return {name: found for name, found in merged.items() if found}


def _count(text: str | None) -> int:
    """A repeat or span count; absent, damaged or absurd ones count as one (Excel's limits bound the rest)."""
    if text is None or not text.isdecimal():
        return 1
    return max(1, min(int(text), MAX_ROWS + 1))


def check_extent(rows: int, columns: int) -> None:
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise ExtentError("cells beyond Excel's last row or column")
    if rows * columns > MAX_CELLS:
        raise ExtentError("sheet spread over too many cells")


# An Excel 97–2003 file is an OLE compound file; its "Workbook" stream is a list of BIFF records.
_END_OF_CHAIN = 0xFFFFFFFE
_BOF, _EOF = 0x0809, 0x000A
# Records of one cell (row, column first) and of a run of cells (row, first column, ..., last column last).
_CELL_RECORDS = frozenset({0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6, 0x0406})
_RUN_RECORDS = frozenset({0x00BD, 0x00BE})


class _Ole:
    """Just enough of the compound-file format to read one stream, refusing loops and out-of-file sectors."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size: int = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        if self.size not in (512, 4096):
            raise BookError("unknown sector size")
        self.mini_size: int = 1 << struct.unpack_from("<H", data, 0x20)[0]
        fat_count, self.directory = struct.unpack_from("<II", data, 0x2C)
        self.cutoff, mini_fat, _, difat, difat_count = struct.unpack_from("<IIIII", data, 0x38)
        sectors = list(struct.unpack_from("<109I", data, 0x4C))
        per_sector = self.size // 4
        for _ in range(difat_count):
            if difat >= self.sectors_in_file():
                break
            entries = struct.unpack_from(f"<{per_sector}I", data, self.offset(difat))
            sectors.extend(entries[:-1])
            difat = entries[-1]
        fat = bytearray()
        for sector in sectors[:fat_count]:
            fat += self.sector(sector)
        self.fat = struct.unpack(f"<{len(fat) // 4}I", fat)
        self.mini_fat_start = mini_fat

    def sectors_in_file(self) -> int:
        return len(self.data) // self.size - 1

    def offset(self, sector: int) -> int:
        return (sector + 1) * self.size

    def sector(self, sector: int) -> bytes:
        if sector >= self.sectors_in_file():
            raise BookError("sector beyond the end of the file")
        return self.data[self.offset(sector) : self.offset(sector) + self.size]

    def chain(self, start: int, fat: tuple[int, ...]) -> list[int]:
        chain: list[int] = []
        while start != _END_OF_CHAIN:
            if start >= len(fat) or len(chain) > len(fat):
                raise BookError("broken sector chain")
            chain.append(start)
            start = fat[start]
        return chain

    def stream(self, *names: str) -> bytes:
        """The first stream of one of these names (the root's own data holds the small streams)."""
        directory = b"".join(self.sector(s) for s in self.chain(self.directory, self.fat))
        root_start = struct.unpack_from("<I", directory, 116)[0]
        for at in range(0, len(directory) - 127, 128):
            length = struct.unpack_from("<H", directory, at + 64)[0]
            name = directory[at : at + max(0, min(length, 64) - 2)].decode("utf-16-le", "replace")
            if directory[at + 66] != 2 or name not in names:
                continue
            start, size = struct.unpack_from("<IQ", directory, at + 116)
            if size >= self.cutoff:
                return b"".join(self.sector(s) for s in self.chain(start, self.fat))[:size]
            mini_fat_bytes = b"".join(self.sector(s) for s in self.chain(self.mini_fat_start, self.fat))
            mini_fat = struct.unpack(f"<{len(mini_fat_bytes) // 4}I", mini_fat_bytes)
            mini = b"".join(self.sector(s) for s in self.chain(root_start, self.fat))
            parts = [mini[s * self.mini_size : (s + 1) * self.mini_size] for s in self.chain(start, mini_fat)]
            return b"".join(parts)[:size]
        raise BookError("no workbook stream")


def xls_extent(data: bytes) -> None:
    """Refuse an Excel 97–2003 workbook with a sheet spread beyond Excel's limits or over MAX_CELLS.

    The cells' positions are read from the records of the workbook stream; calamine reads the values.
    """
    try:
        stream = _Ole(data).stream("Workbook", "Book")
    except (struct.error, IndexError, ValueError) as exc:
        raise BookError("not a readable compound file") from exc
    rows = columns = 0
    at, end = 0, len(stream) - 4
    unpack = struct.unpack_from
    while at <= end:
        kind, length = unpack("<HH", stream, at)
        body = at + 4
        at = body + length
        if kind in _CELL_RECORDS and length >= 4:
            row, column = unpack("<HH", stream, body)
        elif kind in _RUN_RECORDS and length >= 6:
            row = unpack("<H", stream, body)[0]
            column = unpack("<H", stream, at - 2)[0]
        elif kind == _BOF:
            check_extent(rows, columns)
            rows = columns = 0
            continue
        else:
            continue
        if row >= rows:
            rows = row + 1
        if column >= columns:
            columns = column + 1
    check_extent(rows, columns)
