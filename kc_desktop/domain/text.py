"""Text normalisation for Vietnamese: NFC storage and accent-insensitive search keys."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[0-9a-z]+")


def nfc(value: str | None) -> str:
    """Return the text precomposed (NFC) with surrounding and repeated spaces removed."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()


def fold(value: str | None) -> str:
    """Fold text for search: lower case, no diacritics, đ -> d.

    "Đông Anh" and "dong anh" fold to the same key; NFD and NFC input fold alike.
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", str(value).lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # đ has no decomposition in Unicode, so it is mapped by hand.
    return _SPACES.sub(" ", stripped.replace("đ", "d")).strip()


def tokens(value: str | None) -> list[str]:
    """Folded alphanumeric words of a text, as the search index sees them."""
    return _TOKEN.findall(fold(value))


def caption_key(value: str | None) -> str:
    """A header caption reduced to letters and digits, for matching spreadsheet columns."""
    return "".join(tokens(value))
