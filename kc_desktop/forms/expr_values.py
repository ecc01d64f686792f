"""How ODK's expressions see values: numbers, text, dates and truth, and the conversions between them.

Shared by the evaluator (expr_eval.py) and the function library (expr_functions.py).
"""

from __future__ import annotations

import datetime as dt
import math
import re

Value = str | int | float | bool | dt.date
EPOCH = dt.date(1970, 1, 1)
NAN = float("nan")
_NUMERIC = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_ISO_DATE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ].*)?", re.DOTALL)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def to_number(value: Value) -> int | float:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.datetime):
        midnight = dt.datetime(value.year, value.month, value.day)
        return (value.date() - EPOCH).days + (value - midnight).total_seconds() / 86400
    if isinstance(value, dt.date):
        return (value - EPOCH).days  # ODK counts dates as days since 1970-01-01
    text = value.strip()
    if _NUMERIC.fullmatch(text):
        return float(text) if "." in text else int(text)
    return NAN


def to_string(value: Value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def to_date(value: Value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.fullmatch(value.strip())
        if match is None:
            return None
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            return None
    if is_number(value) and math.isfinite(value):
        try:
            return EPOCH + dt.timedelta(days=math.floor(value))
        except OverflowError:
            return None
    return None


def truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0 and not math.isnan(value)
    if isinstance(value, str | list | tuple):
        return len(value) > 0
    return value is not None
