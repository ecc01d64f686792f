"""Text normalisation for Vietnamese: NFC storage and accent-insensitive search keys."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[0-9a-z]+")


def _fold_table() -> dict[int, str]:
    """Each accented Latin letter -> its base letter; đ has no decomposition, so it is mapped by hand."""
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = "".join(ch for ch in unicodedata.normalize("NFD", char) if not unicodedata.combining(ch))
        if base != char and base.isascii():
            table[code] = base.lower()
    return table


_FOLD_TABLE = _fold_table()


def nfc(value: str | None) -> str:
    """Return the text precomposed (NFC) with surrounding and repeated spaces removed."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()


def nfc_text(value: str | None) -> str:
    """Like `nfc` for text typed over several lines: each line is tidied, the line breaks stay."""
    if value is None:
        return ""
    lines = [nfc(line) for line in unicodedata.normalize("NFC", str(value)).splitlines()]
    return "\n".join(lines).strip("\n")


def fold(value: str | None) -> str:
    """Fold text for search: lower case, no diacritics, đ -> d.

    "Đông Anh" and "dong anh" fold to the same key; NFD and NFC input fold alike.
    """
    if not value:
        return ""
    text = str(value).lower()
    if not text.isascii():
        # Precomposed letters map through a table (fast); anything left decomposed is stripped.
        text = unicodedata.normalize("NFC", text).translate(_FOLD_TABLE)
        if not text.isascii():
            text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


def tokens(value: str | None) -> list[str]:
    """Folded alphanumeric words of a text, as the search index sees them."""
    return _TOKEN.findall(fold(value))


def caption_key(value: str | None) -> str:
    """A header caption reduced to letters and digits, for matching spreadsheet columns."""
    return "".join(tokens(value))
