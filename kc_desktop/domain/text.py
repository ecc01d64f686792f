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


_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_LONG_QUOTE = re.compile(r"«([^«»]{60})[^«»]{3,}»")
_LONG_WORD = re.compile(r"(\S{100})\S{20,}")
MAX_MESSAGE = 1000


def one_line(message: str) -> str:
    """A message fit for one line: line breaks and control characters (from quoted values) become
    spaces, lone surrogates (which no console can print) become '?', a long quoted value or word is cut
    short, and so is a message still too long."""
    message = message.encode("utf-8", "replace").decode("utf-8")
    message = _LONG_WORD.sub(r"\1…", _LONG_QUOTE.sub(r"«\1…»", _BREAKS.sub(" ", message)))
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"
