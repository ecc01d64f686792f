"""Flowables of ND 30 documents: header, date line, title, body text, tables, money in figures and words."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kc_desktop.documents import fonts
from kc_desktop.documents.data import DocumentMeta
from kc_desktop.documents.frame import CONTENT_WIDTH
from kc_desktop.domain.money import amount_in_words, format_vnd, thousands

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
INDENT = 1.27 * cm
SHADE = Color(0.93, 0.93, 0.93)
HIGHLIGHT = Color(1.0, 0.95, 0.75)
_RIGHT_COLUMN = 270.0  # wide enough for the Quốc hiệu at 12 pt bold (250 pt)
_MIN_ROW_LINES = 2  # lines of a row that must stay on each side where it breaks across pages
_CELL_LEADING = 13.5


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document, by role."""

    body: ParagraphStyle
    line: ParagraphStyle
    money: ParagraphStyle
    heading: ParagraphStyle
    table_heading: ParagraphStyle
    centred_heading: ParagraphStyle
    kind: ParagraphStyle
    subject: ParagraphStyle
    parent: ParagraphStyle
    unit: ParagraphStyle
    number: ParagraphStyle
    quoc_hieu: ParagraphStyle
    tieu_ngu: ParagraphStyle
    date: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    sign_title: ParagraphStyle
    sign_hint: ParagraphStyle
    sign_name: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle
    caption: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """Paragraph styles, made once per process (they are immutable in use)."""
    fonts.register()

    def style(name: str, font: str = fonts.REGULAR, size: float = 13, **kw: object) -> ParagraphStyle:
        kw.setdefault("leading", round(size * 1.2, 1))  # "single" spacing of Times in a word processor
        return ParagraphStyle(name, fontName=font, fontSize=size, textColor=black, **kw)

    centre = {"alignment": TA_CENTER}
    return Styles(
        # ND 30 asks for at least 6 pt between paragraphs.
        body=style("body", firstLineIndent=INDENT, alignment=TA_JUSTIFY, spaceAfter=6, allowWidows=0),
        # Lines of a list (attendees, identity) sit closer than paragraphs.
        line=style("line", firstLineIndent=INDENT, alignment=TA_JUSTIFY, spaceAfter=2, allowWidows=0),
        money=style("money", leftIndent=INDENT, alignment=TA_LEFT, spaceAfter=6),
        heading=style("heading", fonts.BOLD, firstLineIndent=INDENT, spaceBefore=6, spaceAfter=6, keepWithNext=1),
        table_heading=style("table_heading", fonts.BOLD, firstLineIndent=INDENT, spaceBefore=6, spaceAfter=6,
                            keepWithNext=1),
        centred_heading=style("centred_heading", fonts.BOLD, spaceBefore=6, spaceAfter=6, keepWithNext=1, **centre),
        kind=style("kind", fonts.BOLD, 14, spaceBefore=16, **centre),
        subject=style("subject", fonts.BOLD, 14, **centre),
        parent=style("parent", fonts.REGULAR, 12, leading=14, **centre),
        unit=style("unit", fonts.BOLD, 12, leading=14, **centre),
        number=style("number", fonts.REGULAR, 13, **centre),
        quoc_hieu=style("quoc_hieu", fonts.BOLD, 12, leading=14, **centre),
        tieu_ngu=style("tieu_ngu", fonts.BOLD, 13, leading=15, **centre),
        date=style("date", fonts.ITALIC, 13, **centre),
        cell=style("cell", fonts.REGULAR, 11, leading=13.5),
        cell_head=style("cell_head", fonts.BOLD, 11, leading=13.5, **centre),
        cell_right=style("cell_right", fonts.REGULAR, 11, leading=13.5, alignment=TA_RIGHT),
        cell_centre=style("cell_centre", fonts.REGULAR, 11, leading=13.5, **centre),
        sign_title=style("sign_title", fonts.BOLD, 13, leading=15.5, **centre),
        sign_hint=style("sign_hint", fonts.ITALIC, 12, leading=14, **centre),
        sign_name=style("sign_name", fonts.BOLD, 13, leading=15.5, **centre),
        recipients_head=style("recipients_head", fonts.BOLD_ITALIC, 12, leading=14, spaceBefore=14),
        recipients=style("recipients", fonts.REGULAR, 11, leading=13),
        caption=style("caption", fonts.ITALIC, 11, leading=13, **centre),
    )


def text(value: object) -> str:
    """Paragraph markup of plain text: escaped, line breaks kept."""
    return escape(str(value)).replace("\r\n", "\n").replace("\n", "<br/>")


def clip(value: str, limit: int) -> str:
    """Text for places that cannot grow (header, signature, caption): cut with an ellipsis."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def vn_day(date: dt.date | None) -> str:
    """"ngày 05 tháng 02 năm 2026": a leading zero for days 1–9 and for months 1 and 2 (ND 30)."""
    if date is None:
        return "ngày … tháng … năm …"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {date.year}"


def vn_date_line(place: str, date: dt.date | None) -> str:
    """"Hà Nội, ngày 05 tháng 02 năm 2026", the place and date line of the heading."""
    return f"{place.strip() or '…'}, {vn_day(date)}"


def vn_date(date: dt.date | None) -> str:
    """05/02/2026 (dates inside the text are written in full digits)."""
    return f"{date:%d/%m/%Y}" if date else "…/…/……"


def vn_time(time: dt.time | None) -> str:
    return f"{time.hour:02d} giờ {time.minute:02d} phút" if time else "… giờ … phút"


def vn_number(value: object) -> str:
    """1234567 -> 1.234.567; 12.5 -> 12,5 (Vietnamese separators)."""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int):
        return thousands(value)
    try:
        number = float(str(value))
    except ValueError:
        return str(value)
    if number.is_integer():
        return vn_number(int(number))
    whole, _, fraction = f"{number:,.6f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + fraction if fraction else "")


class Rule(Flowable):  # type: ignore[misc]  # reportlab ships no type hints (the base class is Any)
    """A thin horizontal rule of a given length, centred in the space it is given."""

    def __init__(self, length: float, space_before: float = 1.5, space_after: float = 2, width: float = 0.6) -> None:
        super().__init__()
        self.length, self.space_before, self.space_after, self.line_width = length, space_before, space_after, width
        self.avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.space_before + self.space_after + self.line_width

    def draw(self) -> None:
        x = (self.avail - self.length) / 2
        y = self.space_after
        self.canv.setLineWidth(self.line_width)
        self.canv.line(x, y, x + self.length, y)


def header(meta: DocumentMeta, abbreviation: str) -> Table:
    """The two-column heading: agency and number on the left, Quốc hiệu, Tiêu ngữ and date on the right."""
    s = styles()
    left_width = CONTENT_WIDTH - _RIGHT_COLUMN
    # The issuing body may take two lines ("ỦY BAN NHÂN DÂN" above "XÃ BÁT TRÀNG"); no parent, no parent line.
    # A note in brackets ("(DỮ LIỆU MẪU)") wraps as one piece, never split between two lines.
    units = [re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(" ", "\u00a0"), clip(line.strip().upper(), 160))
             for line in meta.agency.unit.splitlines() if line.strip()] or [""]
    unit_width = min(max(fonts.width(line, fonts.BOLD, 12) for line in units), left_width - 4)
    number = f"Số: {meta.number_text}" if not meta.is_draft and meta.number_text else f"Số: …/{abbreviation}"
    parent = clip(meta.agency.parent.strip().upper(), 160)
    left = [
        *([Paragraph(text(parent), s.parent)] if parent else []),
        Paragraph("<br/>".join(text(line) for line in units), s.unit),
        Rule(max(unit_width * 0.4, 1.5 * cm)),
    ]
    right = [
        Paragraph(QUOC_HIEU, s.quoc_hieu),
        Paragraph(TIEU_NGU, s.tieu_ngu),
        Rule(fonts.width(TIEU_NGU, fonts.BOLD, 13)),
    ]
    second = [Paragraph(text(number), s.number), Paragraph(text(vn_date_line(meta.place, meta.date)), s.date)]
    table = Table([[left, right], second], colWidths=[left_width, _RIGHT_COLUMN])
    table.setStyle(TableStyle([
        # Empty cells are drawn as text too; the default Helvetica would be an unembedded font.
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
    ]))
    return table


def title(kind: str, subject: str) -> list[Flowable]:
    """"BIÊN BẢN" and the subject below it, with the short rule of ND 30."""
    s = styles()
    subject = clip(subject, 400)
    return [
        Paragraph(text(kind.upper()), s.kind),
        Paragraph(text(subject), s.subject),
        Rule(min(fonts.width(subject, fonts.BOLD, 14), CONTENT_WIDTH) * 0.35, 4, 10),
    ]


def paragraphs(value: str, style: ParagraphStyle | None = None) -> list[Paragraph]:
    """Body paragraphs, one per line of the text typed (empty lines dropped)."""
    style = style or styles().body
    return [Paragraph(text(line), style) for line in str(value).splitlines() if line.strip()]


def place_words(place: str) -> str:
    """Where, after "tại": "Tại xưởng của cơ sở" typed by an officer loses its own "Tại"."""
    place = " ".join(place.split())
    return place[4:] if place.lower().startswith("tại ") else place


def para(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """One body paragraph from markup the caller has escaped."""
    return Paragraph(markup, style or styles().body)


def heading(value: str) -> Paragraph:
    """A bold heading kept on the page of what follows it."""
    return Paragraph(text(value), styles().heading)


def headed_table(headings: Sequence[str], table: Table) -> list[Flowable]:
    """Headings, then a table; the page frame keeps the headings with the table's header and first row."""
    s = styles()
    out: list[Flowable] = [Paragraph(text(v), s.heading) for v in headings[:-1]]
    out += [Paragraph(text(headings[-1]), s.table_heading), table] if headings else [table]
    return out


def labelled(label: str, value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """"Label: value" as a body line (a question's own "?" or ":" gives way to the colon)."""
    return Paragraph(f"{text(label.rstrip().rstrip('?:').rstrip())}: {text(value)}", style or styles().body)


def cell(value: object, style: ParagraphStyle | None = None, bold: bool = False) -> Paragraph:
    markup = text(value)
    return Paragraph(f"<b>{markup}</b>" if bold else markup, style or styles().cell)


def _lines(value: object, width: float) -> int:
    """Lines of text a cell holds (its paragraphs wrapped to the cell's width)."""
    if isinstance(value, list | tuple):
        return sum(_lines(v, width) for v in value)
    if isinstance(value, Paragraph):
        value.wrap(width, 0xFFFFFF)
        return len(getattr(value.blPara, "lines", ())) or 0
    if isinstance(value, Flowable):
        return max(1, round(float(value.wrap(width, 0xFFFFFF)[1]) / _CELL_LEADING))
    return len(str(value).splitlines()) if str(value).strip() else 0


def _keeps_with_next(row: Sequence[object]) -> bool:
    """Whether a row is a group row (ReportLab holds a cell's flowable in a tuple once laid out)."""
    first = row[0] if row else None
    while isinstance(first, list | tuple) and first:
        first = first[0]
    return bool(getattr(first, "keep_with_next", False))


class GridTable(Table):  # type: ignore[misc]  # reportlab ships no type hints (the base class is Any)
    """A grid that splits across pages by the rules of an official document.

    - Where it splits, the rows before are not a group row (a group row stays with its first item).
    - A row breaks inside only where at least two lines stay on each side; else it moves whole.
    - The header row is repeated at the top of every following part, which starts a page.
    The frame and the header line are drawn on every part, however it splits (where a row breaks
    across pages ReportLab leaves the grid open at the break and under the repeated header).
    """

    continued = False  # the part after a split: it opens the next page, headed by the repeated header row

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = self._split(avail_width, avail_height)
        if len(parts) == 2:
            parts[1].continued = True
        return parts

    def _split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if self.continued and frame is not None and not getattr(frame, "_atTop", True):
            # What is left of a table after a split goes to the top of the next page, never under its own
            # first part: its repeated header would stand mid-page.
            return []
        self._calc(avail_width, avail_height)
        heights = self._rowHeights
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        # Between rows: the last row that fits whole, moved up past group rows.
        used = sum(heights[:header])
        fits = header
        while fits < len(heights) and used + heights[fits] <= avail_height:
            used += heights[fits]
            fits += 1
        if fits >= len(heights):
            return [self]  # it fits (the frame asks to split only what does not)
        end = fits
        while end > header:
            if _keeps_with_next(self._cellvalues[end - 1]):
                end -= 1
                continue
            # ReportLab's own split keeps rows joined by NOSPLIT and row spans together.
            parts: list[Flowable] = self._splitRows(sum(heights[:end]) + 0.01, doInRowSplit=0)
            if len(parts) != 2:
                break
            end = len(parts[0]._rowHeights)
            if not _keeps_with_next(parts[0]._cellvalues[-1]):
                return parts
            end -= 1
        # Inside the first row that does not fit, when two lines stay on each side.
        row = fits
        if row < len(heights) and not _keeps_with_next(self._cellvalues[row]):
            lines = self._row_lines(self._cellvalues[row])
            room = avail_height
            while lines >= 2 * _MIN_ROW_LINES:
                parts = list(self._splitRows(room, doInRowSplit=1))
                if len(parts) != 2:
                    return []
                before = self._row_lines(parts[0]._cellvalues[-1])
                after = self._row_lines(parts[1]._cellvalues[header])
                if before < _MIN_ROW_LINES:
                    break
                if after >= _MIN_ROW_LINES:
                    return parts
                room -= _CELL_LEADING * (_MIN_ROW_LINES - after)
        return []

    def _row_lines(self, row: Sequence[object]) -> int:
        widths = self._colWidths
        return max((_lines(value, (width or 0) - 6) for value, width in zip(row, widths, strict=False)), default=0)

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(black)
        canvas.rect(0, 0, self._width, self._height, stroke=1, fill=0)
        if self.repeatRows and len(self._rowHeights) > 1:
            y = self._height - self._rowHeights[0]
            canvas.line(0, y, self._width, y)
        canvas.restoreState()


def data_table(header_row: Sequence[str], rows: Sequence[Sequence[object]], col_widths: Sequence[float],
               align: str = "", emphasis: Iterable[tuple[int, int]] = (), spans: Iterable[int] = (),
               extra_style: Sequence[tuple[object, ...]] = ()) -> Table:
    """A grid with a bold header row repeated on every page the table runs over.

    Cells are text (wrapped) or flowables. `align` has one letter per column (L, C, R);
    `emphasis` (column, row) cells print on a highlighted ground; `spans` are row indexes whose first
    cell spans the whole row (group headings, shaded).
    """
    s = styles()
    by_letter = {"L": s.cell, "C": s.cell_centre, "R": s.cell_right}
    aligns = align.ljust(len(col_widths), "L")
    data: list[list[object]] = [[Paragraph(text(h), s.cell_head) for h in header_row]]
    for row in rows:
        out: list[object] = []
        for index, value in enumerate(row):
            if isinstance(value, Flowable | list):
                out.append(value)
            else:
                out.append(Paragraph(text(value), by_letter[aligns[index]]))
        data.append(out)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ]
    for row_index in spans:
        first = data[row_index + 1][0]
        if isinstance(first, Flowable):
            first.keep_with_next = True  # a group row stays on the page of its first item
        commands += [("SPAN", (0, row_index + 1), (-1, row_index + 1)),
                     ("BACKGROUND", (0, row_index + 1), (-1, row_index + 1), SHADE)]
    for column, row_index in emphasis:
        commands.append(("BACKGROUND", (column, row_index + 1), (column, row_index + 1), HIGHLIGHT))
    commands += list(extra_style)
    # As in a word processor, a row may break across pages, but only where at least two lines of it
    # stay on each side: whole rows move to the next page first (GridTable.split).
    table = GridTable(data, colWidths=list(col_widths), repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def money(amount: int) -> str:
    """"90.002.000 đ" that never breaks before its "đ" (for table cells)."""
    return format_vnd(amount).replace(" ", "\xa0")


def money_lines(label: str, amount: int) -> list[Paragraph]:
    """"Label: 125.000.000 đồng" and under it "(Bằng chữ: Một trăm hai mươi lăm triệu đồng)".

    One paragraph, so that the words never go to another page than the figures.
    """
    return [Paragraph(f"{text(label)}: <b>{format_vnd(amount, 'đồng')}</b><br/>"
                      f"<i>(Bằng chữ: {text(amount_in_words(amount))})</i>", styles().money)]
