"""The ND 30/2020 page: A4, margins, page numbers from page 2, the footer with its QR code, the draft watermark."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Table
from reportlab.platypus.doctemplate import FrameBreak

from kc_desktop.documents import fonts
from kc_desktop.documents.data import DocumentMeta

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM
WATERMARK = "BẢN NHÁP"

_FOOTER_SIZE = 7.5
# Footer and QR code lie wholly inside the bottom margin and at least 8 mm above the paper's edge,
# the last 4-5 mm of which most printers cannot print. The code keeps a quiet zone of more than
# four modules below the body; at 0.27 mm a module it still reads from a 300 dpi scan.
_INK_FLOOR = 9 * mm
_QR_SIZE = 10 * mm
_QR_BOTTOM = _INK_FLOOR
_FOOTER_BASELINE = _INK_FLOOR + 2
_QR_MASK = 0
_PAGE_NUMBER_SIZE = 13
_WATERMARK_GREY = Color(0.55, 0.55, 0.55, alpha=0.22)

# Binary streams instead of ASCII85 text: the embedded font subsets made a short document spend a
# sixth of its time encoding, and the files a fifth larger. (A process-wide ReportLab setting; the
# program makes no other PDFs.)
rl_config.useA85 = 0


def footer_text(meta: DocumentMeta, content_hash: str) -> str:
    return f"Mã hồ sơ {meta.record_id} · phiên bản {meta.version} · {content_hash}"


def _qr_runs(text: str) -> tuple[int, list[tuple[int, int, int]]]:
    """Module count and the dark runs (row, first column, length) of the QR code of `text`."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    # A fixed mask instead of trying all eight (a third of the time of a short document): every
    # mask gives a valid code that readers decode; the search only lowers a cosmetic penalty score.
    code.version = code.calculate_version()
    code.makeImpl(False, _QR_MASK)
    runs: list[tuple[int, int, int]] = []
    for row, modules in enumerate(code.modules):
        column = 0
        while column < len(modules):
            if modules[column]:
                start = column
                while column < len(modules) and modules[column]:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return code.getModuleCount(), runs


class _Page:
    """Draws what every page carries, before the page's content so that the text stays on top."""

    def __init__(self, meta: DocumentMeta, content_hash: str) -> None:
        self.meta = meta
        self.footer = footer_text(meta, content_hash)
        self.count, self.runs = _qr_runs(self.footer)
        self.form_name = ""

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if self.meta.is_draft:
            self._watermark(canvas)
        page = canvas.getPageNumber()
        if page >= 2:
            canvas.setFont(fonts.REGULAR, _PAGE_NUMBER_SIZE)
            canvas.setFillColor(black)
            canvas.drawCentredString(LEFT + CONTENT_WIDTH / 2, PAGE_HEIGHT - TOP / 2 - 4, str(page))
        canvas.setFont(fonts.REGULAR, _FOOTER_SIZE)
        canvas.setFillColor(black)
        canvas.drawString(LEFT, _FOOTER_BASELINE, self.footer)
        self._qr(canvas)
        canvas.restoreState()

    def _qr(self, canvas: Canvas) -> None:
        # The code is the same on every page: drawn once into a form XObject, then placed.
        if not self.form_name:
            self.form_name = "kcFooterQR"
            canvas.beginForm(self.form_name, 0, 0, _QR_SIZE, _QR_SIZE)
            module = _QR_SIZE / self.count
            path = canvas.beginPath()
            for row, column, length in self.runs:
                path.rect(column * module, _QR_SIZE - (row + 1) * module, length * module, module)
            canvas.setFillColor(black)
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(LEFT + CONTENT_WIDTH - _QR_SIZE, _QR_BOTTOM)
        canvas.doForm(self.form_name)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
        canvas.setFillColor(_WATERMARK_GREY)
        canvas.setFont(fonts.BOLD, 96)
        canvas.drawCentredString(0, -34, WATERMARK)
        canvas.restoreState()


class Lead(Flowable):  # type: ignore[misc]  # reportlab ships no type hints (the base class is Any)
    """Flowables that stay on the page of the start of what follows them (headings, a closing paragraph).

    Unlike ReportLab's keepWithNext, which keeps them with the whole of what follows (a long table
    then moves to the next page whole, leaving half a page empty), they go to the next page only
    when what follows cannot start under them: a table with at least its header and first row, a
    paragraph with at least two lines.
    """

    def __init__(self, heads: Sequence[Flowable], follower: Flowable) -> None:
        super().__init__()
        self.heads, self.follower = list(heads), follower
        for head in self.heads:
            head.__dict__["keepWithNext"] = 0  # this flowable does the keeping

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # always split (as KeepTogether does), see `split`

    def getKeepWithNext(self) -> bool:  # noqa: N802  (ReportLab's name)
        return False

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        canvas = self.canv
        used = 0.0
        for head in self.heads:
            used += head.wrapOn(canvas, avail_width, avail_height)[1] + head.getSpaceBefore() + head.getSpaceAfter()
        room = avail_height - used - self.follower.getSpaceBefore()
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if room > 0:
            height = self.follower.wrapOn(canvas, avail_width, room)[1]
            if height <= room:
                return [*self.heads, self.follower]
            parts = self.follower.splitOn(canvas, avail_width, room)
            if parts:
                return [*self.heads, *parts]
        if at_top:  # a fresh page cannot do better: let them flow
            return [*self.heads, self.follower]
        return [FrameBreak(), *self.heads, self.follower]


def keep_leads(story: Sequence[Flowable]) -> list[Flowable]:
    """Every run of keep-with-next flowables (headings) becomes a Lead of the flowable after it."""
    out: list[Flowable] = []
    run: list[Flowable] = []
    for flowable in story:
        if flowable.getKeepWithNext():
            run.append(flowable)
        elif run:
            out.append(Lead(run, flowable))
            run = []
        else:
            out.append(flowable)
    return out + run


_PAIR_SHARE = 0.45  # the last two words are kept together when they take less than this share of a line


def _tie_fragments(fragments: Sequence[object], width: float) -> None:
    """Join the last two words of each line-broken piece with a no-break space (a one-word last line
    is then impossible: the word before comes down with it)."""
    end = len(fragments)
    for start in range(len(fragments) - 1, -2, -1):
        if start >= 0 and not getattr(fragments[start], "lineBreak", False):
            continue
        _tie_piece(fragments[start + 1 : end], width)
        end = start


def _tie_piece(fragments: Sequence[object], width: float) -> None:
    places: list[tuple[object, int]] = []
    chars: list[str] = []
    for fragment in fragments:
        value = getattr(fragment, "text", "")
        if not isinstance(value, str):
            return
        places += [(fragment, index) for index in range(len(value))]
        chars.append(value)
    joined = "".join(chars)
    words = joined.split(" ")
    last = len(joined.rstrip())
    space = joined.rfind(" ", 0, last)
    if space <= 0 or not joined[:space].strip():
        return  # one word, nothing to tie
    pair = " ".join(joined[:last].split()[-2:])
    fragment, index = places[space]
    size = getattr(fragment, "fontSize", 13)
    font = getattr(fragment, "fontName", fonts.REGULAR)
    if len(words) < 3 or stringWidth(pair, font, size) > width * _PAIR_SHARE:
        return
    value = fragment.text  # type: ignore[attr-defined]
    fragment.text = value[:index] + "\xa0" + value[index + 1 :]  # type: ignore[attr-defined]


def rebalance(flowable: object, width: float) -> None:
    """Tie the last words of every paragraph, in the story, in tables' cells and kept groups."""
    if isinstance(flowable, Paragraph):
        style = flowable.style
        _tie_fragments(flowable.frags, width - style.leftIndent - style.rightIndent)
    elif isinstance(flowable, list | tuple):
        for item in flowable:
            rebalance(item, width)
    elif isinstance(flowable, Table):
        widths = flowable._colWidths  # noqa: SLF001  (ReportLab keeps them private)
        for row in flowable._cellvalues:  # noqa: SLF001
            for value, column_width in zip(row, widths, strict=False):
                if not isinstance(value, str):
                    rebalance(value, (column_width or width) - 6)
    elif isinstance(flowable, Lead):
        rebalance(flowable.heads, width)
        rebalance(flowable.follower, width)
    elif isinstance(flowable, KeepTogether):
        rebalance(flowable._content, width)  # noqa: SLF001


class _Template(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type hints (the base class is Any)
    def __init__(self, target: str | IO[bytes], title: str, author: str) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=title,
            author=author,
            creator="KC Desktop",
            # Without this the canvas would open every page with Helvetica, a font that is not embedded.
            initialFontName=fonts.REGULAR,
            invariant=True,
            pageCompression=1,
        )


def build(story: Sequence[Flowable], meta: DocumentMeta, content_hash: str, target: Path | IO[bytes],
          title: str) -> int:
    """Lay out `story` on ND 30 pages into a file or a binary buffer; returns the number of pages."""
    fonts.register()
    page = _Page(meta, content_hash)
    doc = _Template(str(target) if isinstance(target, Path) else target, title, meta.agency.unit)
    frame = Frame(LEFT, BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="nd30", frames=[frame], onPage=page, pagesize=A4)])
    laid = keep_leads(story)
    rebalance(laid, CONTENT_WIDTH)
    doc.build(laid)
    return int(doc.page)
