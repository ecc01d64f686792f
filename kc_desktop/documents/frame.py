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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kc_desktop.documents import fonts
from kc_desktop.documents.data import DocumentMeta

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM
WATERMARK = "BẢN NHÁP"

_FOOTER_SIZE = 7.5
_QR_SIZE = 15 * mm
_QR_BOTTOM = 3 * mm
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
        canvas.drawString(LEFT, _QR_BOTTOM + 2, self.footer)
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
    doc.build(list(story))
    return int(doc.page)
