"""Photos and signatures: checked, auto-rotated, downscaled, stored once by content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.base import new_id, utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models_work import Attachment
from kc_desktop.domain.text import nfc
from kc_desktop.errors import InvalidValue

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_PIXELS = 120_000_000
LONG_SIDE = 2048
_EXIF_DATETIME_ORIGINAL = 36867
_EXIF_ORIENTATION = 0x0112
_APP1_LIMIT = 65_000  # a JPEG's APP1 segment holds 65,533 bytes


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    sha256: str
    question: str
    caption: str
    width: int
    height: int
    taken_at: dt.datetime | None
    path: Path


def _prepared(source: Path) -> tuple[bytes, int, int, dt.datetime | None, str]:
    """JPEG (or PNG for signatures with transparency) bytes, upright and at most LONG_SIDE px.

    A JPEG that is already upright (EXIF orientation 1 or none) and within LONG_SIDE, as ODK Collect sends
    a landscape photo after max-pixels, is kept as its own bytes once it is seen to decode (at 1/8 scale,
    which still reads every coded block): decoding and encoding it again would cost ~40 ms and some
    quality for nothing. Any other image is decoded (a large JPEG at a reduced DCT scale, never below
    twice the stored size), downscaled, turned upright and encoded again. Either way the file keeps its
    EXIF (the date and GPS position it was taken at; a re-encoded one without its orientation tag), and
    the same source always gives the same bytes (with the same Pillow), so a photo sent again is stored
    under the same name."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # only when a photo is added: ~60 ms to import

    name = source.name
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise InvalidValue(f"Không đọc được tệp ảnh «{name}»: {exc.strerror}.") from exc
    if size > MAX_FILE_BYTES:
        raise InvalidValue(f"Ảnh «{name}» quá lớn ({size // (1024 * 1024)} MB; tối đa 60 MB).")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise InvalidValue(f"Ảnh «{name}» có kích thước điểm ảnh quá lớn ({image.width}×{image.height}).")
                exif = image.getexif()
                taken = _taken_at(exif.get_ifd(0x8769).get(_EXIF_DATETIME_ORIGINAL) or exif.get(306))
                if _kept_as_it_is(image, exif.get(_EXIF_ORIENTATION), size):
                    # The draft decode reads the whole file: a truncated or broken one fails here as below.
                    width, height = image.size
                    image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
                    image.load()
                    return source.read_bytes(), width, height, taken, "image/jpeg"
                image.thumbnail((LONG_SIDE, LONG_SIDE))  # before turning: a JPEG decodes at a reduced scale
                upright = ImageOps.exif_transpose(image)
                keep_alpha = upright.mode in ("RGBA", "LA", "P") and source.suffix.lower() == ".png"
                out = io.BytesIO()
                if keep_alpha:
                    upright.save(out, "PNG", optimize=True)
                    media = "image/png"
                else:
                    rgb = upright if upright.mode == "RGB" else upright.convert("RGB")  # no copy when RGB already
                    # Standard Huffman tables (no optimize=True): the same pixels, a file 2-6 % larger, and
                    # 35-40 % less time per turned photo (the optimizing pass needs a second pass over
                    # every block; measured on 2048×1536 photos, bench/bench_phones.py).
                    rgb.save(out, "JPEG", quality=85, exif=_exif_kept(upright.getexif()))
                    media = "image/jpeg"
                return out.getvalue(), upright.width, upright.height, taken, media
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InvalidValue(f"Tệp «{name}» không phải ảnh hoặc ảnh quá lớn, không dùng được.") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise InvalidValue(f"Ảnh «{name}» bị hỏng, không đọc được.") from exc


def _kept_as_it_is(image: Any, orientation: object, size: int) -> bool:
    """A plain JPEG (not MPO, not CMYK), upright, within LONG_SIDE, ending where its image ends (a motion
    photo's video after it is not kept)."""
    if image.format != "JPEG" or image.mode not in ("RGB", "L") or orientation not in (None, 1):
        return False
    if max(image.size) > LONG_SIDE or size > image.width * image.height * 3:
        return False
    handle = image.fp
    if handle is None:
        return False
    position = handle.tell()
    try:
        handle.seek(-2, os.SEEK_END)
        return bool(handle.read(2) == b"\xff\xd9")
    finally:
        handle.seek(position)


def _exif_kept(exif: Any) -> bytes:
    """The EXIF of a re-encoded photo (its orientation already removed by turning it): all of it when it
    fits a JPEG's APP1 segment, else only its dates and GPS position; nothing when it had none."""
    if not len(exif):
        return b""
    data: bytes = exif.tobytes()
    if len(data) <= _APP1_LIMIT:
        return data
    from PIL import Image

    small = Image.Exif()
    if 306 in exif:  # DateTime
        small[306] = exif[306]
    dates = exif.get_ifd(0x8769)
    if _EXIF_DATETIME_ORIGINAL in dates:
        small.get_ifd(0x8769)[_EXIF_DATETIME_ORIGINAL] = dates[_EXIF_DATETIME_ORIGINAL]
    gps = exif.get_ifd(0x8825)
    if gps:
        small.get_ifd(0x8825).update(gps)
    data = small.tobytes()
    return data if len(data) <= _APP1_LIMIT else b""


def _taken_at(value: object) -> dt.datetime | None:
    try:
        local = dt.datetime.strptime(str(value), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=7))).astimezone(dt.UTC)


def store(db: Database, payload: bytes, media: str) -> tuple[str, Path]:
    digest = hashlib.sha256(payload).hexdigest()
    folder = paths.attachments_dir(db.path) / digest[:2]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (digest + (".png" if media == "image/png" else ".jpg"))
    if not target.exists():
        partial = target.with_suffix(".part")
        with partial.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    return digest, target


@dataclass(frozen=True)
class StoredImage:
    """A photo prepared and written to its place (by content hash), not yet attached to a record."""

    sha256: str
    media_type: str
    width: int
    height: int
    taken_at: dt.datetime | None


def prepare(db: Database, source: Path) -> StoredImage:
    """Check, turn upright, downscale and store a photo's file. Storing is idempotent (the file is named by
    its content) and an unused file harms nothing, so this may run before the transaction that attaches it."""
    payload, width, height, taken, media = _prepared(Path(source))
    digest, _ = store(db, payload, media)
    return StoredImage(digest, media, width, height, taken)


def attach(session: Session, image: StoredImage, owner_table: str, owner_id: str, question: str = "",
           caption: str = "") -> str:
    """Attach a stored photo to a record inside the caller's transaction."""
    attachment = Attachment(
        id=new_id(),
        sha256=image.sha256,
        owner_table=owner_table,
        owner_id=owner_id,
        question=question,
        media_type=image.media_type,
        width=image.width,
        height=image.height,
        taken_at=image.taken_at or utcnow(),
        caption=nfc(caption),
    )
    session.add(attachment)
    return attachment.id


def add_image(
    db: Database, actor: Actor, owner_table: str, owner_id: str, source: Path, question: str = "", caption: str = ""
) -> str:
    """Attach a photo (or a signature image) to a record; the file is kept once whatever its uses."""
    image = prepare(db, source)
    with db.session(actor) as session:
        attachment_id = attach(session, image, owner_table, owner_id, question, caption)
        session.flush()
        return attachment_id


def for_owner(db: Database, owner_id: str) -> list[AttachmentInfo]:
    with db.read() as session:
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.owner_id == owner_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at)
        )
        folder = paths.attachments_dir(db.path)
        return [
            AttachmentInfo(
                a.id,
                a.sha256,
                a.question,
                a.caption,
                a.width,
                a.height,
                a.taken_at,
                folder / a.sha256[:2] / (a.sha256 + (".png" if a.media_type == "image/png" else ".jpg")),
            )
            for a in rows
        ]


def set_caption(db: Database, actor: Actor, attachment_id: str, caption: str) -> None:
    with db.session(actor) as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is not None:
            attachment.caption = nfc(caption)


def remove(db: Database, actor: Actor, attachment_id: str) -> None:
    with db.session(actor) as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is not None and attachment.deleted_at is None:
            attachment.deleted_at = utcnow()


def instance_removed(db: Database, actor: Actor, owner_id: str, removed: str) -> None:
    """The photos of a repeat instance that was removed ("may[2]") go with it; those of the later
    instances follow their renumbering ("may[3]/anh" becomes "may[2]/anh")."""
    from kc_desktop.forms.answers import renumbered

    prefix = removed.rpartition("[")[0] + "["
    with db.session(actor) as session:
        rows = session.scalars(select(Attachment).where(
            Attachment.owner_id == owner_id, Attachment.deleted_at.is_(None),
            Attachment.question.startswith(prefix, autoescape=True)))
        for attachment in rows:
            key = renumbered(removed, attachment.question)
            if not key:
                attachment.deleted_at = utcnow()
            elif key != attachment.question:
                attachment.question = key
