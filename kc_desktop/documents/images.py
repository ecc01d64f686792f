"""Photos and signature images in documents: upright whatever their EXIF says, scaled to fit, with captions."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kc_desktop.documents import fonts
from kc_desktop.documents.data import PhotoRef

_ORIENTATION = 0x0112
_LONG_SIDE = 1600
_VIETNAM = dt.timezone(dt.timedelta(hours=7))


class Picture(Flowable):  # type: ignore[misc]  # reportlab ships no type hints (the base class is Any)
    """An image drawn at a fixed size; the source is a file path or an upright re-encoded copy."""

    def __init__(self, source: str | ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.source, self.width, self.height = source, width, height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.source, 0, 0, self.width, self.height, mask="auto")


def _source(path: Path) -> tuple[str | ImageReader, int, int] | None:
    """What to draw and its upright pixel size; None when the file is not a readable image."""
    try:
        with Image.open(path) as image:
            orientation = image.getexif().get(_ORIENTATION, 1)
            if orientation in (None, 1):
                # An upright file is embedded as it is (a JPEG is copied, not decoded again).
                return str(path), image.width, image.height
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((_LONG_SIDE, _LONG_SIDE))
            buffer = io.BytesIO()
            if upright.mode in ("RGBA", "LA", "P"):
                upright.save(buffer, "PNG")
            else:
                upright.convert("RGB").save(buffer, "JPEG", quality=85)
            buffer.seek(0)
            return ImageReader(buffer), upright.width, upright.height
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def fitted(path: Path | None, max_width: float, max_height: float) -> Picture | None:
    """The image scaled to fit the box, keeping its aspect; None when it cannot be read."""
    if path is None:
        return None
    found = _source(Path(path))
    if found is None or not found[1] or not found[2]:
        return None
    source, width, height = found
    scale = min(max_width / width, max_height / height)
    return Picture(source, width * scale, height * scale)


def caption_text(index: int, photo: PhotoRef) -> str:
    """"Ảnh 3. Lò nung mới (chụp 14:05 ngày 05/02/2026)"."""
    words = f"Ảnh {index}."
    if photo.caption.strip():
        words += " " + " ".join(photo.caption.split())[:400]
    if photo.taken_at is not None:
        taken = photo.taken_at.astimezone(_VIETNAM) if photo.taken_at.tzinfo else photo.taken_at
        words += f" (chụp {taken:%H:%M} ngày {taken:%d/%m/%Y})"
    return words


def photo_grid(photos: Sequence[PhotoRef], width: float, caption_style: ParagraphStyle, per_row: int = 2) -> Table:
    """Photos two per row, each scaled into its cell with its caption beneath; rows never split."""
    column = width / per_row
    box_width, box_height = column - 12, 200.0
    rows: list[list[object]] = []
    for start in range(0, len(photos), per_row):
        row: list[object] = []
        for offset, photo in enumerate(photos[start : start + per_row]):
            picture = fitted(photo.path, box_width, box_height)
            index = start + offset + 1
            shown: Flowable = picture if picture is not None else Paragraph(
                f"(Không đọc được tệp ảnh {escape(photo.path.name)})", caption_style)
            row.append([shown, Paragraph(escape(caption_text(index, photo)), caption_style)])
        row += [""] * (per_row - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[column] * per_row)
    table.setStyle(TableStyle([
        # Empty cells are drawn as text too; the default Helvetica would be an unembedded font.
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    return table
