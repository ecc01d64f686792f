"""Printed minutes read back as an official sees them: lines of text with their fonts and places, table rules.

`read(pdf)` gives the pages; the `*_faults` functions check one layout rule each over all pages and
return a description of every place that breaks it (an empty list when the document is clean).
Positions are PDF points from the bottom-left corner of the page.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from kc_desktop.documents.frame import BOTTOM, LEFT, PAGE_HEIGHT, TOP

MM = 72 / 25.4
BODY_SIZE = 13.0
CELL_SIZE = 11.0
SIGN_HINT = "(Ký, ghi rõ họ tên)"
PAPER_HINT = "đã ký trên bản giấy"
_INDENT = 1.27 / 2.54 * 72


@dataclass
class Line:
    """Characters on one baseline, left to right."""

    y: float
    chars: list[tuple[str, float, float, float, bool]] = field(default_factory=list)  # char, x0, x1, size, bold

    @property
    def text(self) -> str:
        out, last = "", None
        for char, x0, x1, _, _ in self.chars:
            if last is not None and x0 - last > 4 and not out.endswith(" ") and char != " ":
                out += " "
            out += char
            last = x1
        return " ".join(out.split())

    @property
    def x0(self) -> float:
        return min(c[1] for c in self.chars if c[0].strip())

    @property
    def size(self) -> float:
        return max(c[3] for c in self.chars if c[0].strip())

    @property
    def bold(self) -> bool:
        """Every letter bold (a heading, a group row, a table's header row, a signature heading)."""
        letters = [c for c in self.chars if c[0].strip() and c[0] not in ".,:;()-–…"]
        return bool(letters) and all(c[4] for c in letters)

    def words_in(self, x0: float, x1: float) -> str:
        return Line(self.y, [c for c in self.chars if x0 <= (c[1] + c[2]) / 2 < x1]).text if self.chars else ""


@dataclass
class Page:
    number: int
    lines: list[Line]  # the body, top to bottom (page number, footer and watermark left out)
    margin_lines: list[Line]  # footer and page number
    hrules: list[tuple[float, float, float]]  # y, x0, x1 of stroked horizontal lines
    vrules: list[tuple[float, float, float]]  # x, y0, y1 of stroked vertical lines
    forms: list[tuple[float, float, float, float]]  # left, bottom, right, top of placed forms (the QR code)
    images: list[tuple[float, float, float, float]]
    lowest_ink: float = 0.0  # the lowest point of anything drawn below the body

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _chars(page: pdfium.PdfPage) -> list[tuple[str, float, float, float, float, bool]]:
    textpage = page.get_textpage()
    out = []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if not char or char in "\r\n\ufffe":
            continue
        raw.FPDFText_GetCharOrigin(textpage, index, x, y)
        left, bottom, right, _top = textpage.get_charbox(index)
        size = raw.FPDFText_GetFontSize(textpage, index)
        raw.FPDFText_GetFontInfo(textpage, index, name, 128, flags)
        bold = b"Bold" in name.value
        if char == " " or not char.strip():
            left = right = x.value
        out.append((char, left, right, y.value, size, bold, bottom))  # type: ignore[arg-type]
    return out  # type: ignore[return-value]


Segment = tuple[float, float, float]
Box = tuple[float, float, float, float]


def _paths(page: pdfium.PdfPage) -> tuple[list[Segment], list[Segment], list[Box], list[Box], float]:
    hrules: list[Segment] = []
    vrules: list[Segment] = []
    forms: list[Box] = []
    images: list[Box] = []
    lowest = PAGE_HEIGHT
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    px, py = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            forms.append((left, bottom, right, top))
            lowest = min(lowest, bottom)
            continue
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            images.append((left, bottom, right, top))
            continue
        if obj.type != raw.FPDF_PAGEOBJ_PATH:
            continue
        raw.FPDFPath_GetDrawMode(obj.raw, fill, stroke)
        if not stroke.value:
            continue
        m = obj.get_matrix()
        points: list[tuple[int, float, float]] = []
        for index in range(raw.FPDFPath_CountSegments(obj.raw)):
            segment = raw.FPDFPath_GetPathSegment(obj.raw, index)
            raw.FPDFPathSegment_GetPoint(segment, px, py)
            kind = raw.FPDFPathSegment_GetType(segment)
            points.append((kind, m.a * px.value + m.c * py.value + m.e, m.b * px.value + m.d * py.value + m.f))
        for (_, x0, y0), (kind, x1, y1) in zip(points, points[1:], strict=False):
            if kind != raw.FPDF_SEGMENT_LINETO:
                continue
            if abs(y0 - y1) < 0.1 and abs(x1 - x0) > 3:
                hrules.append((y0, min(x0, x1), max(x0, x1)))
            elif abs(x0 - x1) < 0.1 and abs(y1 - y0) > 3:
                vrules.append((x0, min(y0, y1), max(y0, y1)))
    return hrules, vrules, forms, images, lowest


def read(data: bytes) -> list[Page]:
    document = pdfium.PdfDocument(data)
    pages = []
    try:
        for number in range(len(document)):
            page = document[number]
            chars = _chars(page)
            hrules, vrules, forms, images, lowest = _paths(page)
            lines: list[Line] = []
            for char, x0, x1, y, size, bold, bottom in sorted(chars, key=lambda c: (-round(c[3], 0), c[1])):
                if size > 40:  # the draft watermark
                    continue
                if not lines or abs(lines[-1].y - y) > 1.5:
                    lines.append(Line(y))
                lines[-1].chars.append((char, x0, x1, size, bold))
                if char.strip() and y < BOTTOM:
                    lowest = min(lowest, bottom)
            for line in lines:
                line.chars.sort(key=lambda c: c[1])
            body = [line for line in lines if BOTTOM - 3 <= line.y <= PAGE_HEIGHT - TOP and line.text]
            margin = [line for line in lines if line not in body and line.text]
            pages.append(Page(number + 1, body, margin, hrules, vrules, forms, images, lowest))
    finally:
        document.close()
    return pages


# --- tables ---------------------------------------------------------------------------------------------


@dataclass
class TablePart:
    """The part of a grid table on one page: its rows, top to bottom, each the lines it holds."""

    x0: float
    x1: float
    first_column: float  # x of the rule after the first column
    top: float
    bottom: float
    rows: list[list[Line]]


def tables(page: Page) -> list[TablePart]:
    """Grid tables found from their vertical rules (the outer frame and column rules)."""
    columns: dict[tuple[float, float], list[float]] = {}
    for x, y0, y1 in page.vrules:
        if y1 - y0 < 8:
            continue
        columns.setdefault((round(y0), round(y1)), []).append(x)
    # One frame: all vertical rules of a table share its bottom... rows make many short segments, so
    # group rules by the span of horizontal rules instead.
    parts: list[TablePart] = []
    spans = sorted({(round(x0), round(x1)) for _, x0, x1 in page.hrules if x1 - x0 > 200})
    for x0, x1 in spans:
        ys = sorted({round(y, 1) for y, a, b in page.hrules if abs(a - x0) < 1.5 and abs(b - x1) < 1.5}, reverse=True)
        # Consecutive rules belong to one table while lines of text (or nothing) lie between them and
        # vertical rules join them.
        groups: list[list[float]] = []
        for y in ys:
            if groups and any(abs(vx - x0) < 1.5 and vy0 <= y + 0.5 and vy1 >= groups[-1][-1] - 0.5
                              for vx, vy0, vy1 in page.vrules):
                groups[-1].append(y)
            else:
                groups.append([y])
        inner = sorted(vx for vx, _, _ in page.vrules if x0 + 2 < vx < x1 - 2)
        first = inner[0] if inner else x1
        for group in groups:
            if len(group) < 2:
                continue
            rows = []
            for upper, lower in zip(group, group[1:], strict=False):
                rows.append([line for line in page.lines if lower < line.y < upper and x0 - 1 < line.x0 < x1])
            parts.append(TablePart(x0, x1, first, group[0], group[-1], rows))
    return sorted(parts, key=lambda part: -part.top)


def _is_header(row: list[Line]) -> bool:
    return bool(row) and all(line.bold for line in row) and any(line.text.startswith("STT") for line in row)


# --- the rules ------------------------------------------------------------------------------------------


def _signature_start(pages: Sequence[Page]) -> tuple[int, float] | None:
    """(page index, y) of the first signature heading's hint line."""
    for index, page in enumerate(pages):
        for line in page.lines:
            if SIGN_HINT in line.text:
                return index, line.y
    return None


def _bold_page_ends(pages: Sequence[Page]) -> list[tuple[int, Line]]:
    """(page number, line) of each page before the signatures whose last line is bold."""
    start = _signature_start(pages)
    return [(page.number, page.lines[-1]) for index, page in enumerate(pages[:-1])
            if page.lines and (start is None or index < start[0]) and page.lines[-1].bold]


def heading_at_bottom_faults(pages: Sequence[Page]) -> list[str]:
    """A heading (body size, anywhere) ending a page while what it introduces goes on."""
    return [f"page {number}: ends with «{last.text[:60]}»" for number, last in _bold_page_ends(pages)
            if round(last.size) == BODY_SIZE]


def group_row_at_bottom_faults(pages: Sequence[Page]) -> list[str]:
    """A table's group row or header row (bold, from its first column) ending a page, its items on the next;
    not a table's bold total row, which ends what it belongs to."""
    return [f"page {number}: ends with «{last.text[:60]}»" for number, last in _bold_page_ends(pages)
            if round(last.size) != BODY_SIZE and last.x0 < LEFT + 40]


def split_row_faults(pages: Sequence[Page]) -> list[str]:
    """A table row broken across pages with fewer than two lines on either side."""
    faults = []
    for index in range(len(pages) - 1):
        here, there = tables(pages[index]), tables(pages[index + 1])
        if not here or not there:
            continue
        last, first = here[-1], there[0]
        if pages[index + 1].lines and first.rows and first.top < pages[index + 1].lines[0].y:
            continue  # the next page does not open with a table
        rows = first.rows[1:] if _is_header(first.rows[0]) else first.rows
        if not rows or not last.rows:
            continue
        opening = rows[0]
        # A continued row has nothing in its first column (the number stays with the row's start).
        if any(line.words_in(first.x0, first.first_column) for line in opening):
            continue
        before, after = len(last.rows[-1]), len(opening)
        if before < 2 or after < 2:
            faults.append(f"page {pages[index].number}/{pages[index + 1].number}: row split {before} + {after} lines")
    return faults


def repeated_header_faults(pages: Sequence[Page]) -> list[str]:
    """A table's header row printed anywhere but where the table (or its part on a page) begins.

    Mid-table means: the line just above the header row is a line of a table (a cell line).
    """
    faults = []
    for page in pages:
        for position, line in enumerate(page.lines):
            if not (line.bold and line.text.startswith("STT") and round(line.size) == CELL_SIZE):
                continue
            above = page.lines[position - 1] if position else None
            if above is not None and round(above.size) == CELL_SIZE and above.y - line.y < 40:
                faults.append(f"page {page.number}: header row again below «{above.text[:40]}»")
    return faults


def signature_alone_faults(pages: Sequence[Page]) -> list[str]:
    """The signatures start on a page with no line of the body above them."""
    start = _signature_start(pages)
    if start is None:
        return []
    index, y = start
    above = [line for line in pages[index].lines if line.y > y + 20 and not line.bold]
    if above:
        return []
    return [f"page {pages[index].number}: the signatures open the page, no text of the minutes above them"]


def short_last_line_faults(pages: Sequence[Page], sizes: tuple[float, ...] = (BODY_SIZE,)) -> list[str]:
    """The last line of a paragraph of several lines holds a single word.

    A paragraph's first line is indented (or a list line starting "- "); a line at the left margin
    continues the paragraph above it, on this page or the page before.
    """
    faults = []
    flat = [(page.number, line) for page in pages for line in page.lines if round(line.size) in sizes]
    for position, (number, line) in enumerate(flat):
        if abs(line.x0 - LEFT) > 1.5 or line.bold:
            continue  # an indented first line, a cell, a centred line
        following = flat[position + 1][1] if position + 1 < len(flat) else None
        continues = following is not None and abs(following.x0 - LEFT) <= 1.5 and not following.bold and (
            following.y < line.y - 1 and following.y > line.y - 20 or flat[position + 1][0] != number)
        if continues:
            continue
        words = line.text.split()
        if len(words) == 1:
            faults.append(f"page {number}: «{line.text}» alone on the last line of a paragraph")
    return faults


def margin_faults(pages: Sequence[Page], least_mm: float = 8.0) -> list[str]:
    """Footer and QR code must lie within the bottom margin and at least `least_mm` above the paper's edge."""
    faults = []
    for page in pages:
        if page.lowest_ink < least_mm * MM - 0.01:
            faults.append(f"page {page.number}: ink {page.lowest_ink / MM:.1f} mm from the bottom edge")
        for _, _, _, top in page.forms:
            if top > BOTTOM + 0.01:
                faults.append(f"page {page.number}: the QR code reaches into the body ({top / MM:.1f} mm)")
    return faults


def lowest_ink_mm(pages: Sequence[Page]) -> float:
    return min(page.lowest_ink for page in pages) / MM


def signature_faults(pages: Sequence[Page]) -> list[str]:
    """Never a drawn signature and the signed-on-paper note for the same person: the note is not printed."""
    return [f"page {page.number}: «{line.text}»" for page in pages for line in page.lines
            if re.search(PAPER_HINT, line.text, re.IGNORECASE)]


RULES = {
    "heading at page bottom": heading_at_bottom_faults,
    "group row at page bottom": group_row_at_bottom_faults,
    "row split leaving one line": split_row_faults,
    "header repeated mid-table": repeated_header_faults,
    "signatures alone on a page": signature_alone_faults,
    "one-word last line": short_last_line_faults,
    "footer/QR too near the edge": margin_faults,
    "signature and paper note": signature_faults,
}


def all_faults(pages: Sequence[Page]) -> dict[str, list[str]]:
    return {name: check(pages) for name, check in RULES.items()}
