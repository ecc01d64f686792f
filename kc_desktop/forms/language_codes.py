"""Language columns of a form told apart by code or name, and the text shown from a column's languages.

Plain functions on plain data (forms/languages.py applies them to a whole form definition).
"""

from __future__ import annotations

import re

from kc_desktop.domain.text import fold

Translations = tuple[tuple[str, str, str], ...]  # (column, language, text), as in forms/definition.py

# Names a language column may carry besides its code in parentheses, folded (no diacritics, lower case).
_NAMES = {
    "vi": ("vi", "vie", "tieng viet", "vietnamese", "viet", "viet nam", "vietnam"),
    "en": ("en", "eng", "english", "tieng anh"),
}
_CODE = re.compile(r"\(\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*\)\s*$")


def code_of(language: str) -> str:
    """The language code of a column's language: "Tiếng Việt (vi)" -> "vi", "English" -> "en", else ""."""
    folded = fold(language).strip()
    found = _CODE.search(folded)
    if found:
        return found.group(1)
    for code, names in _NAMES.items():
        if folded in names:
            return code
    return ""


def order_of(languages: tuple[str, ...], default_language: str, code: str) -> tuple[str, ...]:
    """A form's languages in the order texts are looked for when showing it in language `code`."""
    wanted = [lang for lang in languages if lang and code_of(lang) == code]
    default = default_language
    if default and default not in languages:  # "English" as default of columns named "English (en)"
        default = next((lang for lang in languages if lang and code_of(lang) == code_of(default) != ""), default)
    return tuple(dict.fromkeys([*wanted, default, "", *languages]))


def pick(translations: Translations, column: str, languages: tuple[str, ...], plain: str) -> str:
    """A column's text in the first of `languages` that has one; `plain` when the column has no language."""
    texts = {lang: text for col, lang, text in translations if col == column and text}
    if not texts:
        return plain
    return next((texts[lang] for lang in languages if lang in texts), plain or next(iter(texts.values())))
