"""Photos as stored, whatever path they take: upright, at most 2048 px, their EXIF date and GPS position kept,
named by their content; an upright JPEG within the size is kept byte for byte once it is seen to decode."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from kc_desktop import paths
from kc_desktop.db.engine import Database
from kc_desktop.errors import InvalidValue
from kc_desktop.forms.answer_types import photo_point
from kc_desktop.services import attachments
from tests.unit.photo_factory import GREEN, HANOI, camera_file, colour, is_upright, near, scene


def _stored(db: Database, source: Path) -> tuple[attachments.StoredImage, Path]:
    image = attachments.prepare(db, source)
    suffix = ".png" if image.media_type == "image/png" else ".jpg"
    return image, paths.attachments_dir(db.path) / image.sha256[:2] / (image.sha256 + suffix)


@pytest.mark.parametrize("orientation", [3, 6, 8])
@pytest.mark.parametrize("size", [(640, 480), (4000, 3000)])
def test_a_turned_photo_is_stored_the_right_way_up(db: Database, tmp_path: Path, orientation: int,
                                                   size: tuple[int, int]) -> None:
    seen = scene(*size)  # how the officer saw it: landscape
    source = camera_file(tmp_path / f"anh-{orientation}.jpg", seen, orientation)
    with Image.open(source) as written:
        assert written.size == (size if orientation == 3 else size[::-1])  # on its side in the file
    image, path = _stored(db, source)
    with Image.open(path) as kept:
        expected = size if max(size) <= 2048 else (2048, 1536)
        assert kept.size == (image.width, image.height) == expected
        assert kept.getexif().get(0x0112) in (None, 1)  # nothing left to turn it again
        assert is_upright(kept)
    assert photo_point(path) == HANOI
    assert image.taken_at == dt.datetime(2026, 11, 18, 2, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(("size", "orientation", "expected"), [
    ((4000, 3000), 1, (2048, 1536)),
    ((3000, 4000), None, (1536, 2048)),
    ((2049, 1000), 1, (2048, 1000)),
    ((3000, 4000), 6, (1536, 2048)),
])
def test_no_stored_photo_is_larger_than_2048_pixels(db: Database, tmp_path: Path, size: tuple[int, int],
                                                    orientation: int | None, expected: tuple[int, int]) -> None:
    source = camera_file(tmp_path / "lon.jpg", scene(*size), orientation)
    image, path = _stored(db, source)
    with Image.open(path) as kept:
        assert kept.size == (image.width, image.height) == expected
        assert is_upright(kept)
    assert photo_point(path) == HANOI


def test_a_large_png_signature_keeps_its_transparency_within_2048_pixels(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "chu-ky.png"
    Image.new("RGBA", (5000, 1000), (0, 0, 0, 0)).save(source)
    image, path = _stored(db, source)
    with Image.open(path) as kept:
        assert image.media_type == "image/png" and kept.size == (2048, 410) and kept.mode == "RGBA"


@pytest.mark.parametrize("orientation", [None, 1])
@pytest.mark.parametrize("gps", [True, False])
def test_an_upright_jpeg_within_the_size_is_kept_byte_for_byte(db: Database, tmp_path: Path,
                                                               orientation: int | None, gps: bool) -> None:
    source = camera_file(tmp_path / "1700000000.jpg", scene(2048, 1536), orientation, gps=gps, quality=92)
    image, path = _stored(db, source)
    original = source.read_bytes()
    assert path.read_bytes() == original
    assert image.sha256 == hashlib.sha256(original).hexdigest()
    assert (image.media_type, image.width, image.height) == ("image/jpeg", 2048, 1536)
    assert image.taken_at == dt.datetime(2026, 11, 18, 2, 30, tzinfo=dt.UTC)
    assert photo_point(path) == (HANOI if gps else None)
    again, _ = _stored(db, source)  # sent again: the same file, nothing new beside it
    assert again == image and sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_turned_photo_sent_again_gives_the_same_file(db: Database, tmp_path: Path) -> None:
    source = camera_file(tmp_path / "doc.jpg", scene(2048, 1536), 6)
    first, path = _stored(db, source)
    again, _ = _stored(db, source)
    assert again == first and path.read_bytes() != source.read_bytes()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_broken_upright_jpeg_is_refused_not_kept(db: Database, tmp_path: Path) -> None:
    whole = camera_file(tmp_path / "whole.jpg", scene(1600, 1200), 1).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) * 2 // 3])  # the transfer stopped two thirds of the way
    headers_only = tmp_path / "headers.jpg"  # ends as a JPEG ends, but holds no picture after its headers
    headers_only.write_bytes(whole[: whole.index(b"\xff\xda")] + b"\xff\xd9")
    for broken in (cut, headers_only):
        with Image.open(broken) as looks_fine:
            assert looks_fine.size == (1600, 1200)  # its headers say nothing wrong
        with pytest.raises(InvalidValue, match="bị hỏng"):
            attachments.prepare(db, broken)
    folder = paths.attachments_dir(db.path)
    assert not folder.exists() or not any(folder.rglob("*.jpg"))


def test_what_is_not_a_plain_upright_jpeg_is_encoded_again(db: Database, tmp_path: Path) -> None:
    """A motion photo (a video after the picture) and a CMYK JPEG are stored as plain RGB JPEGs."""
    picture = camera_file(tmp_path / "picture.jpg", scene(1600, 1200), 1).read_bytes()
    motion = tmp_path / "motion.jpg"
    motion.write_bytes(picture + b"\x00\x00\x00\x18ftypmp42" + bytes(200_000))
    image, path = _stored(db, motion)
    stored = path.read_bytes()
    assert stored != motion.read_bytes() and len(stored) < len(picture) + 100_000
    assert stored.endswith(b"\xff\xd9") and (image.width, image.height) == (1600, 1200)
    assert photo_point(path) == HANOI
    cmyk = tmp_path / "cmyk.jpg"
    scene(800, 600).convert("CMYK").save(cmyk, "JPEG")
    image, path = _stored(db, cmyk)
    with Image.open(path) as kept:
        assert kept.mode == "RGB" and kept.size == (800, 600)
        assert near(colour(kept, 0.1, 0.15), GREEN)


def test_a_photo_with_too_much_exif_to_copy_keeps_its_date_and_place(db: Database, tmp_path: Path) -> None:
    """EXIF a maker filled to the brim (APP1 holds 64 KB): turned, it keeps what the program reads."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8769).update({36867: "2026:11:18 09:30:00", 0x927C: bytes(65_100)})  # a large maker note
    exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 0.0, 12.5), 3: "E", 4: (105.0, 51.0, 3.0), 5: b"\x00", 6: 12.0})
    source = tmp_path / "day.jpg"
    buffer = io.BytesIO()
    scene(640, 480).transpose(Image.Transpose.ROTATE_90).save(buffer, "JPEG", exif=exif.tobytes())
    source.write_bytes(buffer.getvalue())
    image, path = _stored(db, source)
    with Image.open(path) as kept:
        assert kept.size == (640, 480) and near(colour(kept, 0.1, 0.15), GREEN)
        assert 0x927C not in kept.getexif().get_ifd(0x8769)
    assert photo_point(path) == HANOI
    assert image.taken_at == dt.datetime(2026, 11, 18, 2, 30, tzinfo=dt.UTC)
