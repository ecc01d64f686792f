"""The embedded Times-compatible font with full Vietnamese (Liberation Serif), registered once."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kc_desktop import paths

FAMILY = "KCSerif"
REGULAR = "KCSerif"
BOLD = "KCSerif-Bold"
ITALIC = "KCSerif-Italic"
BOLD_ITALIC = "KCSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register() -> str:
    """Register the family (parsing four TTF files costs ~0.1 s, so only once per process)."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            for name, file in _FILES.items():
                # ReportLab embeds a subset of each TrueType font it draws with, so the PDF
                # prints the same on a computer without Times New Roman or Vietnamese fonts.
                pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", file))))
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
            _registered = True
    return FAMILY


def width(text: str, font: str, size: float) -> float:
    """Printed width of one line of text in points."""
    register()
    points: float = pdfmetrics.stringWidth(text, font, size)  # reportlab ships no type hints
    return points
