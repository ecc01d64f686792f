"""Vietnamese đồng: display with dot separators and amounts in words (bằng chữ)."""

from __future__ import annotations

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
_GROUPS = ["", "nghìn", "triệu", "tỷ"]


def thousands(value: int) -> str:
    """1234567 -> '1.234.567': the one way counts and amounts are grouped (Vietnamese dots)."""
    return f"{int(value):,}".replace(",", ".")


def format_vnd(amount: int, unit: str = "đ") -> str:
    """1234567 -> '1.234.567 đ'."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{thousands(abs(int(amount)))} {unit}".rstrip()


def _three_digits(n: int, full: bool) -> list[str]:
    """Read 0..999; `full` means a higher group precedes, so zero hundreds are read."""
    hundreds, tens, units = n // 100, (n // 10) % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units:
        if units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 5 and tens >= 1:
            words.append("lăm")
        else:
            words.append(_DIGITS[units])
    return words


def amount_in_words(amount: int, suffix: str = "đồng") -> str:
    """2024 -> 'Hai nghìn không trăm hai mươi bốn đồng'."""
    amount = int(amount)
    if amount == 0:
        return f"Không {suffix}"
    negative = amount < 0
    amount = abs(amount)
    words = _words(amount)
    text = " ".join(words + [suffix])
    if negative:
        text = "âm " + text
    return text[0].upper() + text[1:]


def _words(amount: int) -> list[str]:
    billions, rest = divmod(amount, 1_000_000_000)
    words: list[str] = []
    if billions:
        words += _words(billions) + ["tỷ"]
    groups = [(rest // 1_000_000) % 1000, (rest // 1000) % 1000, rest % 1000]
    higher = bool(billions)
    for index, group in enumerate(groups):
        if group:
            words += _three_digits(group, full=higher)
            name = _GROUPS[2 - index]
            if name:
                words.append(name)
            higher = True
    return words
