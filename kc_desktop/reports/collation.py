"""Vietnamese alphabetical order (a ă â b c d đ e ê …), tones after letters, for sorting report rows."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The Vietnamese alphabet with the Latin letters it lacks (f j w z) at their Latin places.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: 20 + index for index, letter in enumerate(_ALPHABET)}
# Marks that make another letter (ă â ê ô ơ ư), not a tone.
_LETTER_MARKS = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê", ("o", "\u0302"): "ô",
                 ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}
# Dictionary order of the tones: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]


@lru_cache(maxsize=4096)
def sort_key(text: str) -> SortKey:
    """A key that orders Vietnamese names as a dictionary does.

    Letters decide first (word by word: a space sorts before any letter, so "Phú Xuyên"
    comes before "Phúc Thọ"), then tones, then case; "Bắc" < "Bạch" < "Cầu" < "Đông".
    """
    letters: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if not letters:
                continue
            if char in _TONES:
                tones[-1] = _TONES[char]
                continue
            base = _ALPHABET[letters[-1] - 20] if letters[-1] >= 20 else ""
            combined = _LETTER_MARKS.get((base, char))
            if combined is not None:
                letters[-1] = _RANK[combined]
            continue
        lower = char.lower()
        cases.append(0 if char == lower else 1)
        tones.append(0)
        if lower in _RANK:
            letters.append(_RANK[lower])
        elif lower.isspace():
            letters.append(0)
        elif lower.isdigit():
            letters.append(2 + int(lower) if lower.isascii() else 12)
        elif lower.isalnum():
            letters.append(100 + ord(lower))
        else:
            letters.append(1)
    return tuple(letters), tuple(tones), tuple(cases), text
