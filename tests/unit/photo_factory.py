"""Photos as phones write them, for the tests: a scene whose way up can be checked, as the camera stores it
(pixels on their side, an EXIF orientation to turn them back), with the date and GPS position."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from kc_desktop.forms.answer_types import Point

RED, GREEN, BLUE, WHITE = (220, 30, 30), (30, 200, 60), (30, 60, 220), (245, 245, 245)
# What turns a scene into the pixels a camera writes with this EXIF orientation (the file is shown turned back).
_AS_WRITTEN = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}
HANOI = Point(21.0034722, 105.8508333, 12.0, 0.0)


def scene(width: int, height: int) -> Image.Image:
    """Upright: the top third red with a green square at its left, the bottom third blue, white between."""
    image = Image.new("RGB", (width, height), WHITE)
    image.paste(RED, (0, 0, width, height // 3))
    image.paste(BLUE, (0, height - height // 3, width, height))
    image.paste(GREEN, (0, 0, width // 4, height // 3))
    return image


def camera_jpeg(upright: Image.Image, orientation: int | None, *, gps: bool = True, quality: int = 90) -> bytes:
    """The JPEG a phone writes for this scene: pixels as the sensor saw them, EXIF orientation, date, GPS."""
    turn = _AS_WRITTEN[orientation or 1]
    pixels = upright if turn is None else upright.transpose(turn)
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    exif[0x0132] = "2026:11:18 09:30:00"
    exif.get_ifd(0x8769)[36867] = "2026:11:18 09:30:00"
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 0.0, 12.5), 3: "E", 4: (105.0, 51.0, 3.0), 5: b"\x00",
                                     6: 12.0})
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=quality, exif=exif.tobytes())
    return out.getvalue()


def camera_file(path: Path, upright: Image.Image, orientation: int | None, *, gps: bool = True,
                quality: int = 90) -> Path:
    path.write_bytes(camera_jpeg(upright, orientation, gps=gps, quality=quality))
    return path


def colour(image: Image.Image, x: float, y: float) -> tuple[int, ...]:
    """The colour at a point given as a fraction of the width and height."""
    return tuple(image.convert("RGB").getpixel((int(x * (image.width - 1)), int(y * (image.height - 1)))))


def near(found: tuple[int, ...], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(found, expected, strict=True))


def is_upright(image: Image.Image) -> bool:
    """The scene the right way up: green top left, red top right, white in the middle, blue at the bottom."""
    return (near(colour(image, 0.1, 0.15), GREEN) and near(colour(image, 0.8, 0.15), RED)
            and near(colour(image, 0.5, 0.5), WHITE) and near(colour(image, 0.5, 0.9), BLUE))
