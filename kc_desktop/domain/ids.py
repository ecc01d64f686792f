"""Identifiers of establishments: tax code (mã số thuế), personal ID (CCCD), phone numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from stdnum.exceptions import ValidationError
from stdnum.vn import mst

from kc_desktop.errors import InvalidValue

_NON_DIGIT = re.compile(r"[^0-9]")
_MOBILE = re.compile(r"^0[35789][0-9]{8}$")
_LANDLINE = re.compile(r"^02[0-9]{9}$")


def _digits_of(value: object) -> str:
    """Digits of a cell value; numbers that Excel stored as floats lose their '.0'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def normalize_tax_code(value: object) -> str:
    """Return a valid tax code or personal ID in its canonical form, or raise InvalidValue."""
    if isinstance(value, str | int | float):
        return _normalize_tax_code(value)
    return _normalize_tax_code(str(value))


@lru_cache(maxsize=65536)  # imports check each code twice: matching rows, then cleaning them
def _normalize_tax_code(value: object) -> str:
    """Return a valid tax code or personal ID in its canonical form, or raise InvalidValue.

    Accepts 10-digit tax codes, 13-digit ones written ``XXXXXXXXXX-YYY`` (dependent
    units), 12-digit personal IDs used as tax codes since 1/7/2025, and the same with
    the leading zero that spreadsheets drop when they store the code as a number.
    """
    text = _digits_of(value)
    if not text:
        return ""
    compact = re.sub(r"[\s.]", "", text)
    if not re.fullmatch(r"[0-9]+(-[0-9]+)?", compact):
        raise InvalidValue(
            f"Mã số thuế «{text}» chỉ được gồm chữ số (dạng 10 số, 10 số-3 số, hoặc số định danh 12 số)."
        )
    head, _, branch = compact.partition("-")
    # A number in a spreadsheet loses its leading zero: 9 -> 10 digits, and a 13-digit
    # code typed without its dash becomes 12 digits (a typed 12-digit text is a personal ID).
    numeric = isinstance(value, int | float)
    if len(head) == 9 or (len(head) == 12 and not branch and numeric):
        head = "0" + head
    if branch or len(head) == 13:
        if len(head) == 13 and not branch:
            head, branch = head[:10], head[10:]
        candidate = f"{head}-{branch.zfill(3)}"
        if len(head) == 10 and len(branch) <= 3 and _valid_mst(candidate):
            return candidate
        raise InvalidValue(f"Mã số thuế đơn vị phụ thuộc «{text}» không hợp lệ (dạng 0100233488-001).")
    if len(head) == 10:
        if _valid_mst(head):
            return head
        if numeric and 1 <= int(head[:1]) <= 9:
            # A personal ID of province 001-009 stored as a number lost two zeros.
            return normalize_personal_id(head.zfill(12))
        raise InvalidValue(f"Mã số thuế «{text}» không hợp lệ: sai chữ số kiểm tra.")
    if len(head) == 11:
        head = "0" + head
    if len(head) == 12:
        return normalize_personal_id(head)
    raise InvalidValue(
        f"Mã số thuế «{text}» có {len(head)} chữ số; cần 10 số, 13 số (dạng 0100233488-001) "
        "hoặc số định danh cá nhân 12 số."
    )


def _valid_mst(code: str) -> bool:
    try:
        mst.validate(code)
    except ValidationError:
        return False
    return True


def normalize_personal_id(value: object) -> str:
    """Validate a 12-digit personal ID (số định danh / CCCD): province 001-096, no checksum."""
    text = _NON_DIGIT.sub("", _digits_of(value))
    if len(text) == 11:
        text = "0" + text
    if len(text) != 12:
        raise InvalidValue(f"Số định danh cá nhân «{value}» phải có 12 chữ số.")
    province = int(text[:3])
    if not 1 <= province <= 96:
        raise InvalidValue(f"Số định danh cá nhân «{value}» có mã tỉnh {text[:3]} không tồn tại.")
    return text


def normalize_phone(value: object) -> str:
    """Return a phone number as 10 or 11 digits starting with 0, or raise InvalidValue.

    '+84 912 345 678', '84912345678' and '912345678' (Excel dropped the zero) all
    become '0912345678'; Hanoi landlines are '024' + 8 digits.
    """
    text = _digits_of(value)
    if not text:
        return ""
    digits = _NON_DIGIT.sub("", text)
    if text.lstrip().startswith("+") and not digits.startswith("84"):
        raise InvalidValue(f"Số điện thoại «{text}» không phải số Việt Nam (+84).")
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    elif len(digits) in (9, 10) and not digits.startswith("0"):
        digits = "0" + digits
    if _MOBILE.match(digits) or _LANDLINE.match(digits):
        return digits
    raise InvalidValue(
        f"Số điện thoại «{text}» không hợp lệ: cần 10 số di động (09x, 03x, 05x, 07x, 08x) hoặc số cố định 024 + 8 số."
    )
