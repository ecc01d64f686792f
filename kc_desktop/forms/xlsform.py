"""Form templates as XLSForm workbooks (survey, choices, settings), so ODK and Kobo forms come in and go out.

Reading follows the reference implementation, pyxform (xlsform_read.py); writing puts back every
language, every column this program keeps and the settings, so that pyxform converts the file and
ODK Validate passes it.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question, Translations
from kc_desktop.forms.form_files import write_beside
from kc_desktop.forms.xlsform_read import read_xlsform

__all__ = ["read_xlsform", "write_xlsform"]

# Survey columns in the order they are written; translatable ones get one column per language.
_SURVEY_ORDER = (
    "type",
    "name",
    "label",
    "hint",
    "guidance_hint",
    "required",
    "required_message",
    "constraint",
    "constraint_message",
    "relevant",
    "default",
    "appearance",
    "calculation",
    "choice_filter",
    "parameters",
    "repeat_count",
    "read_only",
    "trigger",
    "image",
    "big-image",
    "audio",
    "video",
)
_PLAIN_SURVEY = (
    "required",
    "constraint",
    "relevant",
    "default",
    "appearance",
    "calculation",
    "choice_filter",
    "parameters",
    "repeat_count",
    "read_only",
    "trigger",
)
_SHOWN = ("label", "hint", "constraint_message", "required_message")

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
_WIDTHS = {
    "type": 24,
    "name": 26,
    "label": 60,
    "hint": 40,
    "required": 22,
    "constraint": 30,
    "constraint_message": 36,
    "relevant": 34,
    "default": 14,
    "appearance": 14,
    "calculation": 34,
    "list_name": 22,
    "form_id": 30,
    "version": 12,
    "form_title": 70,
}
_WRAPPED = {"label", "hint", "constraint_message", "required_message", "guidance_hint", "form_title"}


def _header(column: str, language: str) -> str:
    return f"{column}::{language}" if language else column


def _texts(translations: Translations, plain: dict[str, str]) -> dict[str, str]:
    """Header -> text for the translatable columns: every language, else the plain text."""
    out: dict[str, str] = {}
    translated = {column for column, _l, _t in translations}
    for column, language, text in translations:
        out[_header(column, language)] = text
    for column, text in plain.items():
        if text and column not in translated:
            out[column] = text
    return out


def _question_row(q: Question) -> dict[str, str]:
    row = {"type": q.xlsform_type, "name": q.name}
    row |= _texts(q.translations, {key: getattr(q, key) for key in _SHOWN})
    row |= {key: getattr(q, key) for key in _PLAIN_SURVEY if getattr(q, key)}
    row |= dict(q.extra)
    return row


def _choice_row(list_name: str, option: ChoiceOption) -> dict[str, str]:
    row = {"list_name": list_name, "name": option.name}
    row |= _texts(option.translations, {"label": option.label})
    row |= dict(option.extra)
    return row


def _headers(rows: list[dict[str, str]], order: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    rank = {name: index for index, name in enumerate(order)}

    def key(header: str) -> tuple[int, int]:
        base = header.split("::")[0]
        return rank.get(base, len(order)), 0

    return tuple(sorted(seen, key=key))  # stable: languages and extra columns keep their first-seen order


def _sheet(ws: Worksheet, headers: tuple[str, ...], rows: list[dict[str, str]], shaded: set[int]) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for number, values in enumerate(rows, start=2):
        for index, header in enumerate(headers, start=1):
            text = ILLEGAL_CHARACTERS_RE.sub("", values.get(header, ""))
            if not text:
                continue
            cell = ws.cell(number, index, text)
            cell.data_type = "s"  # a label starting with "=" stays text, never becomes a formula
            if header.split("::")[0] in _WRAPPED:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if number in shaded:
                cell.fill = _GROUP_FILL
                cell.font = _HEADER_FONT
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(header.split("::")[0], 16)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"


def _settings_row(definition: FormDefinition) -> dict[str, str]:
    row = {"form_id": definition.form_id, "version": definition.version, "form_title": definition.title}
    for key in ("default_language", "instance_name", "style"):
        if getattr(definition, key):
            row[key] = getattr(definition, key)
    row |= dict(definition.settings)
    return row


def write_xlsform(definition: FormDefinition, path: Path | str) -> None:
    """Write a clean XLSForm workbook that read_xlsform reads back to an equal definition, and the
    files shipped with the form (lists of choices, media) beside it."""
    path = Path(path)
    workbook = openpyxl.Workbook()
    survey = workbook.active
    assert survey is not None  # a new workbook always has one sheet
    survey.title = "survey"
    workbook.properties.creator = "KC Desktop"
    workbook.properties.title = definition.title
    rows = [_question_row(q) for q in definition.questions]
    groups = {number for number, q in enumerate(definition.questions, start=2) if q.type.endswith("_group")}
    _sheet(survey, _headers(rows, _SURVEY_ORDER) or ("type", "name", "label"), rows, groups)
    for title, lists in (("choices", definition.choices), ("external_choices", definition.external_choices),
                         ("osm", definition.osm_choices)):
        if title != "choices" and not lists:
            continue
        choice_rows = [_choice_row(name, o) for name, options in lists.items() for o in options]
        headers = _headers(choice_rows, ("list_name", "name", "label", "image", "big-image", "audio", "video"))
        _sheet(workbook.create_sheet(title), headers or ("list_name", "name", "label"), choice_rows, set())
    settings = [_settings_row(definition)]
    _sheet(workbook.create_sheet("settings"), tuple(settings[0]), settings, set())
    if definition.entities:
        entity_rows = [dict(row) for row in definition.entities]
        _sheet(workbook.create_sheet("entities"), _headers(entity_rows, ("list_name", "dataset", "label")),
               entity_rows, set())
    # Written beside the target and renamed over it, so a failure never leaves half a file.
    # (A plain new file rather than mkstemp, whose 0600 mode would make exported files private.)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    write_beside(definition, path)
