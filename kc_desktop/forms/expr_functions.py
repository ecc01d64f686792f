"""The XPath and ODK XForms functions that only read their arguments' values (getodk.github.io/xforms-spec).

Each takes the evaluated arguments and returns a value; those needing the form (jr:choice-name, position)
or the moment (now, random, uuid) are compiled in expr_eval.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
import random
import uuid
from collections.abc import Callable, Sequence

from kc_desktop.forms import answer_types as types
from kc_desktop.forms.expr_syntax import ExpressionError
from kc_desktop.forms.expr_values import (
    EPOCH,
    NAN,
    Value,
    is_number,
    to_date,
    to_number,
    to_string,
    truthy,
)

Args = Sequence[Value]
_WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _round(args: Args) -> int | float:
    number = to_number(args[0])
    digits = int(to_number(args[1])) if len(args) > 1 else 0
    if not math.isfinite(number):
        return number
    scale = 10.0**digits
    result = math.floor(number * scale + 0.5) / scale  # XPath rounds halves up, not to even
    return int(result) if digits <= 0 else result


def _substr(args: Args) -> str:
    """ODK substr(string, start[, end]): 0-based, end excluded."""
    text = to_string(args[0])
    start = int(to_number(args[1]))
    end = int(to_number(args[2])) if len(args) > 2 else len(text)
    return text[max(start, 0):max(end, 0)]


def _substring(args: Args) -> str:
    """XPath substring(string, start[, length]): 1-based, positions rounded."""
    text = to_string(args[0])
    first = to_number(args[1])
    if math.isnan(first):
        return ""
    start = math.floor(first + 0.5)
    end = math.inf if len(args) < 3 else start + math.floor(to_number(args[2]) + 0.5)
    return "".join(ch for i, ch in enumerate(text, 1) if start <= i < end)


def _translate(args: Args) -> str:
    text, source, target = (to_string(a) for a in args)
    table: dict[int, int | None] = {}
    for i, ch in enumerate(source):
        table.setdefault(ord(ch), ord(target[i]) if i < len(target) else None)
    return text.translate(table)


def _numbers(args: Args) -> list[float | int]:
    """Arguments as numbers; a space-separated list (a multiple answer) counts as its items."""
    found: list[float | int] = []
    for arg in args:
        if isinstance(arg, str) and len(arg.split()) > 1:
            found += [to_number(item) for item in arg.split()]
        else:
            found.append(to_number(arg))
    return found


def _selected_at(args: Args) -> str:
    items = to_string(args[0]).split()
    index = int(to_number(args[1]))
    return items[index] if 0 <= index < len(items) else ""


def _checklist(args: Args) -> bool:
    low, high = to_number(args[0]), to_number(args[1])
    count = sum(1 for a in args[2:] if truthy(a) and to_string(a) not in ("false", "0"))
    return (low < 0 or count >= low) and (high < 0 or count <= high)


def _weighted_checklist(args: Args) -> bool:
    low, high = to_number(args[0]), to_number(args[1])
    rest = args[2:]
    total = sum(to_number(rest[i + 1]) for i in range(0, len(rest) - 1, 2)
                if truthy(rest[i]) and to_string(rest[i]) not in ("false", "0"))
    return (low < 0 or total >= low) and (high < 0 or total <= high)


def _moment(value: Value) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        found = types.parse_datetime(value)
        if found is not None:
            return found
    day = to_date(value)
    if day is None:
        return None
    midnight = dt.datetime(day.year, day.month, day.day)
    if isinstance(value, int | float) and is_number(value) and math.isfinite(value):
        return midnight + dt.timedelta(days=value - math.floor(value))
    return midnight


def _date_time(args: Args) -> Value:
    if isinstance(args[0], str) and not args[0].strip():
        return ""
    moment = _moment(args[0])
    if moment is None:
        raise ExpressionError(f"không đổi được «{to_string(args[0])}» thành ngày giờ")
    return moment


def _decimal_date_time(args: Args) -> float:
    moment = _moment(args[0])
    if moment is None:
        return NAN
    return (moment - dt.datetime(EPOCH.year, EPOCH.month, EPOCH.day)).total_seconds() / 86400


def _decimal_time(args: Args) -> float:
    clock = types.time_text(to_string(args[0]))
    if clock is None:
        return NAN
    hour, minute, second = ([int(n) for n in clock.split(":")] + [0])[:3]
    return (hour * 3600 + minute * 60 + second) / 86400


def _format(args: Args) -> str:
    moment = _moment(args[0])
    if moment is None:
        return ""
    pattern, out, i = to_string(args[1]), [], 0
    codes: dict[str, Callable[[dt.datetime], str]] = {
        "Y": lambda m: f"{m.year:04d}", "y": lambda m: f"{m.year % 100:02d}", "m": lambda m: f"{m.month:02d}",
        "n": lambda m: str(m.month), "b": lambda m: f"thg {m.month}", "d": lambda m: f"{m.day:02d}",
        "e": lambda m: str(m.day), "H": lambda m: f"{m.hour:02d}", "h": lambda m: str(m.hour),
        "M": lambda m: f"{m.minute:02d}", "S": lambda m: f"{m.second:02d}", "3": lambda m: "000",
        "a": lambda m: _WEEKDAYS[m.weekday()],
    }
    while i < len(pattern):
        if pattern[i] == "%" and i + 1 < len(pattern) and pattern[i + 1] in codes:
            out.append(codes[pattern[i + 1]](moment))
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def _points(value: Value) -> list[types.Point]:
    points = types.parse_points(to_string(value))
    return [] if isinstance(points, str) else points


def _boolean_from_string(args: Args) -> bool:
    return to_string(args[0]).strip().lower() in ("true", "1")


def _math(function: Callable[[float], float]) -> Callable[[Args], float]:
    def run(args: Args) -> float:
        try:
            return function(to_number(args[0]))
        except (ValueError, OverflowError):
            return NAN
    return run


def _pow(args: Args) -> float | int:
    base, exponent = to_number(args[0]), to_number(args[1])
    try:
        result = base**exponent
    except (OverflowError, ZeroDivisionError):
        return NAN
    return NAN if isinstance(result, complex) else result


Nodes = Sequence[Sequence[Value]]  # each argument as the values of its nodes (one for a plain value)


def _texts(args: Nodes) -> list[str]:
    return [to_string(v) for arg in args for v in arg]


def _all_numbers(args: Nodes) -> list[float | int]:
    """A node-set's values as numbers; a single text of several words (a multiple answer) counts as its items."""
    # Unanswered nodes are left out (as the program has always summed an unfinished repeat).
    return _numbers([v for arg in args for v in arg if not (isinstance(v, str) and not v.strip())])


def _count(args: Nodes) -> int:
    """count(): the nodes of a node-set; of a plain value, its space-separated items (a multiple answer)."""
    total = 0
    for arg in args:
        if len(arg) == 1:
            total += len(to_string(arg[0]).split())
        else:
            total += len(arg)
    return total


def _distinct(args: Nodes) -> str:
    """distinct-values(): the distinct values, in order of first appearance, space-separated."""
    values = [t for arg in args for t in (to_string(v) for v in arg) if t != ""]
    if len(values) == 1:  # one multiple answer or a space-separated text: its items
        values = values[0].split()
    return " ".join(dict.fromkeys(values))


class _ParkMiller:
    """The seeded generator of randomize() (Park and Miller's minimal standard, as ODK's clients use)."""

    def __init__(self, seed: float) -> None:
        self.state = int(seed) % 2147483647
        if self.state <= 0:
            self.state += 2147483646

    def next_float(self) -> float:
        self.state = self.state * 16807 % 2147483647
        return (self.state - 1) / 2147483646


def _randomize(args: Nodes) -> str:
    """randomize(nodes[, seed]): the values shuffled (Fisher–Yates), the same order for the same seed;
    space-separated, as a multiple answer (selected-at(), count-selected(), join() read it)."""
    values = [to_string(v) for v in args[0] if to_string(v) != ""]
    if len(values) == 1:
        values = values[0].split()
    seed = to_number(args[1][0]) if len(args) > 1 and args[1] else NAN
    draw = _ParkMiller(seed).next_float if math.isfinite(seed) else random.random  # noqa: S311 - not for secrets
    for i in range(len(values) - 1, 0, -1):
        j = math.floor(draw() * (i + 1))
        values[i], values[j] = values[j], values[i]
    return " ".join(values)


def _sum(args: Nodes) -> float | int:
    """sum(): of the answered values; with none answered yet, nothing (NaN, stored as '') rather than 0."""
    numbers = _all_numbers(args)
    return sum(numbers) if numbers else NAN


def _join_nodes(args: Nodes) -> str:
    separator = to_string(args[0][0]) if args[0] else ""
    return separator.join(_texts(args[1:]))


def _extreme_nodes(pick: Callable[[list[float | int]], float | int]) -> Callable[[Nodes], float | int]:
    def run(args: Nodes) -> float | int:
        numbers = _all_numbers(args)
        return NAN if not numbers or any(math.isnan(n) for n in numbers) else pick(numbers)
    return run


_DIGESTS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512"}


def _digest(args: Args) -> str:
    """digest(data, algorithm[, 'base64'|'hex']): the hash of the UTF-8 text."""
    algorithm = _DIGESTS.get(to_string(args[1]).strip().upper())
    encoding = to_string(args[2]).strip().lower() if len(args) > 2 else "base64"
    if algorithm is None or encoding not in ("base64", "hex"):
        raise ExpressionError(f"digest() không hỗ trợ «{to_string(args[1])}», «{encoding}»")
    digest = hashlib.new(algorithm, to_string(args[0]).encode("utf-8"))
    return digest.hexdigest() if encoding == "hex" else base64.b64encode(digest.digest()).decode("ascii")


def _base64_decode(args: Args) -> str:
    """base64-decode(text): the UTF-8 text encoded; '' if it is not base64 of UTF-8 text."""
    try:
        return base64.b64decode(to_string(args[0]).strip(), validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


def _extract_signed(args: Args) -> str:
    """extract-signed(signed, key): the message of a base64 Ed25519-signed message (signature first, 64
    bytes) if the base64 public key signed it, else ''."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        signed = base64.b64decode(to_string(args[0]).strip(), validate=True)
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(to_string(args[1]).strip(), validate=True))
        key.verify(signed[:64], signed[64:])
        return signed[64:].decode("utf-8")
    except (ValueError, UnicodeDecodeError, InvalidSignature):
        return ""


# Functions over node-sets (a repeated question read from outside its repeat): each argument is a list.
NODESET: dict[str, Callable[[Nodes], Value]] = {
    "count": _count,
    "count-non-empty": lambda a: sum(1 for t in _texts(a) if t != ""),
    "sum": _sum,
    "min": _extreme_nodes(min),
    "max": _extreme_nodes(max),
    "join": _join_nodes,
    "distinct-values": _distinct,
    "randomize": _randomize,
    # Of a geoshape or geotrace, or of the geopoints of a repeat's instances (a node-set), in order.
    "area": lambda a: types.area(_points(";".join(t for t in _texts(a) if t.strip()))),
    "distance": lambda a: types.distance(_points(";".join(t for t in _texts(a) if t.strip()))),
}

# name -> implementation over the evaluated arguments.
PURE: dict[str, Callable[[Args], Value]] = {
    "round": _round,
    "floor": lambda a: math.floor(n) if math.isfinite(n := to_number(a[0])) else n,
    "ceiling": lambda a: math.ceil(n) if math.isfinite(n := to_number(a[0])) else n,
    "abs": lambda a: abs(to_number(a[0])),
    "pow": _pow,
    "sqrt": _math(math.sqrt),
    "exp": _math(math.exp),
    "exp10": _math(lambda x: 10.0**x),
    "log": _math(math.log),
    "log10": _math(math.log10),
    "sin": _math(math.sin),
    "cos": _math(math.cos),
    "tan": _math(math.tan),
    "asin": _math(math.asin),
    "acos": _math(math.acos),
    "atan": _math(math.atan),
    "atan2": lambda a: math.atan2(to_number(a[0]), to_number(a[1])),
    "boolean": lambda a: truthy(a[0]),
    "boolean-from-string": _boolean_from_string,
    "starts-with": lambda a: to_string(a[0]).startswith(to_string(a[1])),
    "ends-with": lambda a: to_string(a[0]).endswith(to_string(a[1])),
    "contains": lambda a: to_string(a[1]) in to_string(a[0]),
    "substr": _substr,
    "substring": _substring,
    "substring-before": lambda a: to_string(a[0]).partition(to_string(a[1]))[0]
    if to_string(a[1]) in to_string(a[0]) else "",
    "substring-after": lambda a: to_string(a[0]).partition(to_string(a[1]))[2]
    if to_string(a[1]) in to_string(a[0]) else "",
    "normalize-space": lambda a: " ".join(to_string(a[0]).split()),
    "translate": _translate,
    "selected-at": _selected_at,
    "checklist": _checklist,
    "weighted-checklist": _weighted_checklist,
    "date-time": _date_time,
    "decimal-date-time": _decimal_date_time,
    "decimal-time": _decimal_time,
    "format-date": _format,
    "format-date-time": _format,
    "random": lambda a: random.random(),  # noqa: S311 - not for secrets
    "uuid": lambda a: str(uuid.uuid4()),
    "pi": lambda a: math.pi,
    "digest": _digest,
    "base64-decode": _base64_decode,
    "extract-signed": _extract_signed,
}
