"""Answers of the question types beyond text, numbers, dates and choices: times, places, ranges, ranks…

Each `*_value` returns (typed value, '') or (the raw value, what is wrong with it), as answers.convert does.
Places are stored as ODK writes them: "lat lon alt acc", points of a line or shape joined by ";".
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
EARTH_RADIUS = 6378137.0  # metres, as ODK computes area() and distance()
TIME_MESSAGE = "Giờ không hợp lệ (cần dạng giờ:phút, ví dụ 08:30)."
DATETIME_MESSAGE = "Ngày giờ không hợp lệ (cần dạng năm-tháng-ngày giờ:phút, ví dụ 2025-10-15 08:30)."
POINT_HELP = "vĩ độ, kinh độ, độ cao (m), sai số (m), ví dụ 21.0285 105.8542 12 5"
ACKNOWLEDGED = "OK"
# Metadata filled by the program: which ones hold a moment, which a day.
MOMENT_TYPES = ("start", "end")
FILE_TYPES = ("file", "audio", "video", "background-audio", "osm")


def time_text(text: str) -> str | None:
    """'8:30', '08:30:15', '08:30:00.000+07:00' -> '08:30' / '08:30:15'; None when it is not a time."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes, seconds = int(match.group(1)), match.group(2), match.group(3)
    return f"{hours:02d}:{minutes}" + (f":{seconds}" if seconds and seconds != "00" else "")


def time_value(value: object) -> tuple[object, str]:
    found = time_text(value) if isinstance(value, str) else None
    return (found, "") if found is not None else (value, TIME_MESSAGE)


def parse_datetime(text: str) -> dt.datetime | None:
    """'2025-10-15T08:30', '2025-10-15 08:30:00.000+07:00' -> a naive datetime (the wall clock written)."""
    parts = re.split(r"[T ]", text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    try:
        day = dt.date.fromisoformat(parts[0])
    except ValueError:
        return None
    clock = time_text(parts[1])
    if clock is None:
        return None
    hour, minute, second = ([int(n) for n in clock.split(":")] + [0])[:3]
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


def datetime_text(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M" + (":%S" if moment.second else ""))


def datetime_value(value: object) -> tuple[object, str]:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0), ""
    found = parse_datetime(value) if isinstance(value, str) else None
    return (found, "") if found is not None else (value, DATETIME_MESSAGE)


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    alt: float = 0.0
    acc: float = 0.0

    def text(self) -> str:
        return " ".join(_number_text(n) for n in (self.lat, self.lon, self.alt, self.acc))


def _number_text(number: float) -> str:
    return str(int(number)) if number.is_integer() else repr(number)


def parse_point(text: str) -> Point | str:
    """A point typed as "lat lon [alt [acc]]" (a comma and a space may separate them), or what is wrong."""
    words = re.sub(r",\s+", " ", text.strip()).split()
    if not 2 <= len(words) <= 4 or not all(_NUMBER.fullmatch(w) for w in words):
        return f"Tọa độ «{text.strip()}» không đọc được: cần {POINT_HELP}."
    numbers = [float(w) for w in words]
    point = Point(*numbers)
    if not -90 <= point.lat <= 90:
        return f"Vĩ độ {words[0]} phải nằm trong khoảng -90 đến 90."
    if not -180 <= point.lon <= 180:
        return f"Kinh độ {words[1]} phải nằm trong khoảng -180 đến 180."
    if point.acc < 0:
        return "Sai số không được âm."
    return point


def parse_points(text: str) -> list[Point] | str:
    """Points joined by ';' or one per line; what is wrong with the first bad one otherwise."""
    points: list[Point] = []
    for part in re.split(r"[;\n]", text):
        if not part.strip():
            continue
        point = parse_point(part)
        if isinstance(point, str):
            return point
        points.append(point)
    return points


def geo_value(kind: str, value: object) -> tuple[object, str]:
    """geopoint: one point; geotrace: a line of two points or more; geoshape: a closed shape of three or more."""
    if not isinstance(value, str):
        return value, "Tọa độ phải là chữ."
    points = parse_points(value)
    if isinstance(points, str):
        return value, points
    if kind == "geopoint":
        if len(points) != 1:
            return value, f"Cần đúng một điểm: {POINT_HELP}."
        return points[0].text(), ""
    if kind == "geoshape":
        if len(points) > 1 and points[0] == points[-1]:
            points = points[:-1]
        if len(points) < 3:
            return value, "Vùng cần ít nhất 3 điểm (mỗi dòng một điểm)."
        points.append(points[0])  # ODK closes a shape on its first point
    elif len(points) < 2:
        return value, "Đường đi cần ít nhất 2 điểm (mỗi dòng một điểm)."
    return ";".join(p.text() for p in points), ""


def distance(points: list[Point]) -> float:
    """Length in metres of the line through the points (great circles)."""
    total = 0.0
    for a, b in zip(points, points[1:], strict=False):
        phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
        dphi, dlam = phi2 - phi1, math.radians(b.lon - a.lon)
        h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
        total += 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(h)))
    return total


def area(points: list[Point]) -> float:
    """Area in square metres of the shape (spherical polygon, as ODK computes it)."""
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    if len(points) < 3:
        return 0.0
    total = 0.0
    for i, a in enumerate(points):
        b = points[(i + 1) % len(points)]
        total += math.radians(b.lon - a.lon) * (2 + math.sin(math.radians(a.lat)) + math.sin(math.radians(b.lat)))
    return abs(total * EARTH_RADIUS * EARTH_RADIUS / 2)


@dataclass(frozen=True)
class Range:
    start: float = 1
    end: float = 10
    step: float = 1

    def text(self) -> str:
        return f"từ {_number_text(float(self.start))} đến {_number_text(float(self.end))}" + (
            f", bước {_number_text(float(self.step))}" if self.step != 1 else "")


def range_of(parameters: str) -> Range:
    """The range of a range question from its parameters ("start=0 end=100 step=5"); ODK's defaults 1, 10, 1."""
    found: dict[str, float] = {}
    for word in re.split(r"[\s;,]+", parameters.strip()):
        key, _eq, text = word.partition("=")
        if key.strip() in ("start", "end", "step") and _NUMBER.fullmatch(text.strip()):
            found[key.strip()] = float(text)
    return Range(found.get("start", 1), found.get("end", 10), found.get("step", 1) or 1)


def range_value(parameters: str, value: object) -> tuple[object, str]:
    if isinstance(value, bool):
        return value, "Phải là số."
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip().replace(",", ".")):
        value = float(value.strip().replace(",", "."))
    if not isinstance(value, int | float) or not math.isfinite(value):
        return value, "Phải là số."
    bounds = range_of(parameters)
    low, high = sorted((bounds.start, bounds.end))
    steps = (value - bounds.start) / abs(bounds.step)
    if not low <= value <= high or abs(steps - round(steps)) > 1e-9:
        return value, f"Phải là số {bounds.text()}."
    return (int(value) if float(value).is_integer() else value), ""


def rank_value(value: object, names: Collection[str]) -> tuple[object, str]:
    items = value.split() if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(v, str) for v in items):
        return value, "Câu trả lời phải là thứ tự các lựa chọn."
    unknown = [v for v in items if v not in names]
    if unknown:
        return value, f"Lựa chọn «{', '.join(unknown)}» không có trong danh sách."
    if len(set(items)) != len(items):
        return value, "Mỗi lựa chọn chỉ được xếp một lần."
    return list(items), ""


def acknowledge_value(value: object) -> tuple[object, str]:
    if value is True or (isinstance(value, str) and value.strip().upper() in ("OK", "1", "TRUE")):
        return ACKNOWLEDGED, ""
    return value, "Câu trả lời phải là xác nhận (OK)."


def files_value(value: object) -> tuple[object, str]:
    """A file's name, or the ids of attachments."""
    if isinstance(value, str) or (isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)):
        return value, ""
    return value, "Tệp đính kèm không hợp lệ."


def _degrees(value: object) -> float:
    """EXIF degrees, minutes, seconds (rationals) as decimal degrees."""
    parts = [float(v) for v in value] if isinstance(value, tuple | list) else [float(str(value))]
    parts += [0.0] * (3 - len(parts))
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def photo_point(path: Path) -> Point | None:
    """The place a photo was taken, from its EXIF GPS tags; None when it has none or cannot be read."""
    from PIL import Image, UnidentifiedImageError  # only when asked: the import takes a while

    try:
        with Image.open(path) as image:
            gps = image.getexif().get_ifd(0x8825)
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    try:
        lat, lon = _degrees(gps[2]), _degrees(gps[4])
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    try:
        alt = float(gps.get(6, 0.0)) * (-1 if gps.get(5) in (1, b"\x01") else 1)
    except (TypeError, ValueError, ZeroDivisionError):
        alt = 0.0
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Point(round(lat, 7), round(lon, 7), round(alt, 1), 0.0)
