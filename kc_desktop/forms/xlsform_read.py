"""Reading XLSForm workbooks the way the reference implementation (pyxform) does.

pyxform reads the workbook, normalises headers, aliases and quotes, and decides whether the form
is valid (short of ODK Validate, which needs Java); this module then builds KC's FormDefinition
from the same normalised rows, so that nothing pyxform understands is lost, and adds the checks
that stand in for ODK Validate (expressions) and those of this program (features it cannot honour).
"""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kc_desktop.domain.text import fold
from kc_desktop.forms import form_files
from kc_desktop.forms.definition import (
    LIST_TYPES,
    TRANSLATABLE,
    ChoiceOption,
    FormDefinition,
    Pairs,
    Problem,
    Question,
    TemplateError,
    Translations,
)
from kc_desktop.forms.validate import problems as definition_problems
from kc_desktop.xlsx.sheetxml import BookError, check_archive

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls both start so
_SHEET_ORDER = {"survey": 0, "choices": 1, "external_choices": 2, "settings": 3, "osm": 4, "entities": 5}
_MAX_MESSAGE = 300  # characters of one message taken from pyxform (some quote a whole row)
_ROW = re.compile(r"^\s*\[row\s*:\s*(\d+)\]\s*")
# pyxform's commonest refusals, in Vietnamese; the others are quoted as pyxform words them.
_TRANSLATED_ERRORS = (
    (re.compile(r"You must have a sheet named 'survey'"), "thiếu trang survey (danh sách câu hỏi)"),
    (re.compile(r"Unknown question type '(.*?)'"), "loại câu hỏi «{}» không có trong XLSForm"),
    (re.compile(r"Duplicate column header: (.*)"), "cột «{}» có hai lần ở dòng tiêu đề; hãy xoá một cột"),
    (re.compile(r"List name not in choices sheet: (\S+)"), "danh sách lựa chọn «{}» không có trong trang choices"),
    (re.compile(r"Choice names must be unique"), "tên lựa chọn bị trùng trong cùng một danh sách"),
    (re.compile(r"missing.*?column.*?'(\w+)'", re.IGNORECASE), "thiếu cột {}"),
)
_SMART_QUOTES = "\u2018\u2019\u201c\u201d"

# Survey columns with a field of their own in Question, by pyxform's grouped key.
_BIND = {
    "required": "required",
    "relevant": "relevant",
    "constraint": "constraint",
    "calculate": "calculation",
    "readonly": "read_only",
}
_BIND_TRANSLATED = {"jr:constraintMsg": "constraint_message", "jr:requiredMsg": "required_message"}
_CONTROL = {"appearance": "appearance", "jr:count": "repeat_count"}
_PLAIN = ("default", "choice_filter", "parameters", "trigger")
_SHOWN = ("label", "hint", "constraint_message", "required_message")  # translatable columns with a field
_TRANSLATION_ORDER = {column: index for index, column in enumerate(
    ("label", "hint", "guidance_hint", "required_message", "constraint_message", "image", "big-image", "audio",
     "video"))}
_TYPE_ALIASES = {
    "photo": "image",
    "int": "integer",
    "datetime": "datetime",
    "phone number": "phonenumber",
    "phone_number": "phonenumber",
    "uri:deviceid": "deviceid",
    "imei": "deviceid",
    "uri:subscriberid": "subscriberid",
    "uri:simserial": "simserial",
    "uri:phonenumber": "phonenumber",
    "uri:username": "username",
    "uri:email": "email",
    "add note prompt": "note",
    "add text prompt": "text",
    "add integer prompt": "integer",
    "add decimal prompt": "decimal",
    "add date prompt": "date",
    "add time prompt": "time",
    "add datetime prompt": "datetime",
    "add dateTime prompt": "datetime",
    "add barcode prompt": "barcode",
    "add location prompt": "geopoint",
    "location": "geopoint",
    "gps": "geopoint",
    "add audio prompt": "audio",
    "add video prompt": "video",
    "add file prompt": "file",
    "q picture": "image",
    "qr code": "barcode",
}
# The program cannot honour these; a form that uses them is refused, naming the feature.
_UNSUPPORTED_TYPES: dict[str, str] = {}
_OLD_SELECTS = ("select one from", "select all that apply from", "add select one prompt using",
                "add select multiple prompt using", "select1")


def _text(value: object) -> str:
    """A pyxform cell as text: NFC, stripped; nested values (translations) are handled by callers."""
    return unicodedata.normalize("NFC", str(value)).strip() if value is not None else ""


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _flatten(prefix: str, value: object) -> list[tuple[str, str]]:
    """A grouped pyxform value back to (header, text) pairs, e.g. ("bind::orx:max-pixels", "1024")."""
    if isinstance(value, Mapping):
        out: list[tuple[str, str]] = []
        for key, inner in value.items():
            out += _flatten(f"{prefix}::{key}", inner)
        return out
    text = _text(value)
    return [(prefix, text)] if text else []


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []
        self.default_language = "default"

    def add(self, sheet: str, row: int, message: str) -> None:
        self.problems.append(Problem(sheet, row, "", message))

    def note(self, sheet: str, row: int, message: str) -> None:
        self.notes.append(Problem(sheet, row, "", message))

    # ---- pyxform, the reference ----------------------------------------------------------

    def pyxform_error(self, exc: Exception, book: Any = None) -> None:
        text = str(exc)
        match = _ROW.match(text)
        row = int(match.group(1)) if match else 0
        text = _ROW.sub("", text)
        unknown = re.search(r"Unknown question type '(.*?)'", text)
        if unknown and not row and book is not None:  # pyxform does not say where; the first row so typed
            rows = enumerate(book.survey or [], start=2)
            row = next((n for n, r in rows if _text(r.get("type")) == unknown.group(1)), 0)
        sheet = "survey" if row else ""
        for name in _SHEET_ORDER:
            if f"'{name}' sheet" in text or f"sheet named '{name}'" in text:
                sheet = name
        for pattern, message in _TRANSLATED_ERRORS:
            if found := pattern.search(text):
                self.add(sheet, row, message.format(*(_short(g) for g in found.groups())))
                return
        self.add(sheet, row, f"mẫu phiếu không hợp lệ theo chuẩn XLSForm (pyxform): {_short(text)}")

    def run_pyxform(self, data: bytes, fallback_name: str) -> tuple[Any, bool]:
        """The workbook as pyxform reads it (None if unreadable) and whether pyxform accepts the form."""
        from pyxform.builder import create_survey_element_from_dict
        from pyxform.errors import PyXFormError
        from pyxform.xls2json import workbook_to_json
        from pyxform.xls2json_backends import get_xlsform

        found: list[str] = []
        book = None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # openpyxl warns about Excel features it skips
                book = get_xlsform(io.BytesIO(data), file_type=".xlsx")
                pyxform_json = workbook_to_json(copy.deepcopy(book), fallback_form_name=fallback_name, warnings=found)
                survey = create_survey_element_from_dict(pyxform_json)
                survey.to_xml(validate=False, warnings=found)
        except PyXFormError as exc:
            if "not recognized as a supported type" in str(exc):
                self.add("", 0, f"tệp «{self.path.name}» không phải tệp Excel .xlsx hoặc đã bị hỏng")
            else:
                self.pyxform_error(exc, book)
            return book, False
        except Exception as exc:  # noqa: BLE001 - a damaged workbook fails inside openpyxl in many ways
            self.add("", 0, f"tệp «{self.path.name}» đã bị hỏng, không đọc được ({type(exc).__name__})")
            return None, False
        for warning in found:
            match = _ROW.match(warning)
            self.note("", int(match.group(1)) if match else 0, f"pyxform lưu ý: {_short(_ROW.sub('', warning))}")
        return book, True

    # ---- the model -------------------------------------------------------------------------

    def translations(self, column: str, value: object) -> Translations:
        if not isinstance(value, Mapping):
            return ()
        out = []
        for lang, text in value.items():
            shown = _text(text)
            if shown:
                out.append((column, "" if lang == "default" else str(lang), shown))
        return tuple(out)

    def shown(self, translations: Translations, column: str, plain: object, languages: tuple[str, ...]) -> str:
        """The text this program shows: Vietnamese, else the default language, else any."""
        if not isinstance(plain, Mapping):
            return _text(plain)
        texts = {lang: text for col, lang, text in translations if col == column}
        for lang in languages:
            if lang in texts:
                return texts[lang]
        return next(iter(texts.values()), "")

    def language_order(self, rows: list[dict[str, Any]]) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for row in rows:
            for value in (row.get("label"), row.get("hint")):
                if isinstance(value, Mapping):
                    found.update((("" if k == "default" else str(k)), None) for k in value)
        vietnamese = [lang for lang in found if _vietnamese(lang)]
        default = "" if self.default_language == "default" else self.default_language
        return tuple(dict.fromkeys([*vietnamese, default, "", *found]))

    def question(self, row: dict[str, Any], number: int, languages: tuple[str, ...]) -> Question | None:
        type_text = " ".join(_text(row.get("type")).split())
        parsed = self.parse_type(type_text, number)
        if parsed is None:
            return None
        kind, list_name, container, or_other = parsed
        fields: dict[str, Any] = {}
        translations: list[tuple[str, str, str]] = []
        extra: list[tuple[str, str]] = []
        for key in ("label", "hint", "guidance_hint"):
            value = row.get(key)
            translations += self.translations(key, value)
            if key in _SHOWN:
                fields[key] = value
        for key in _PLAIN:
            if key in row:
                fields[key] = _text(row[key])
        for key, value in dict(row.get("bind") or {}).items():
            if key in _BIND:
                fields[_BIND[key]] = _text(value)
            elif key in _BIND_TRANSLATED:
                translations += self.translations(_BIND_TRANSLATED[key], value)
                fields[_BIND_TRANSLATED[key]] = value
            else:
                extra += _flatten(f"bind::{key}", value)
        for key, value in dict(row.get("control") or {}).items():
            if key in _CONTROL:
                fields[_CONTROL[key]] = _text(value)
            else:
                extra += _flatten(f"body::{key}", value)
        for key, value in dict(row.get("media") or {}).items():
            if isinstance(value, Mapping):
                translations += self.translations(key, value)
            elif _text(value):
                translations.append((key, "", _text(value)))
        for key in ("instance", "sms_field", "actions"):
            if key in row:
                extra += _flatten(key, row[key])
        # In the order export writes the columns, so that a form read back equals the form written.
        done = tuple(sorted(translations, key=lambda t: _TRANSLATION_ORDER.get(t[0], len(_TRANSLATION_ORDER))))
        for key in _SHOWN:
            fields[key] = self.shown(done, key, fields.get(key), languages)
        return Question(
            name=_text(row.get("name")),
            type=kind,
            list_name=list_name,
            container=container,
            or_other=or_other,
            translations=done,
            extra=tuple(extra),
            row=number,
            **{k: v for k, v in fields.items() if isinstance(v, str)},
        )

    def parse_type(self, text: str, number: int) -> tuple[str, str, str, bool] | None:
        """(type, list name, container, or_other) as this program stores it; None if refused."""
        from pyxform import aliases
        from pyxform.xls2json import RE_BEGIN_CONTROL, RE_END_CONTROL, RE_OSM, RE_SELECT

        if begin := RE_BEGIN_CONTROL.search(text):
            container = {"group": "", "repeat": "repeat", "loop": "loop"}[aliases.control[begin.group("type")]]
            return "begin_group", begin.group("list_name") or "", container, False
        if end := RE_END_CONTROL.search(text):
            container = {"group": "", "repeat": "repeat", "loop": "loop"}[aliases.control[end.group("type")]]
            return "end_group", "", container, False
        if osm := RE_OSM.search(text):
            return "osm", osm.group("list_name") or "", "", False
        if select := RE_SELECT.search(text):
            command = select.group("select_command")
            if command in aliases.select_from_file:
                one = aliases.select[command] == "select one"
                kind = "select_one_from_file" if one else "select_multiple_from_file"
            elif command == "select_one_external":
                kind = "select_one_external"
            elif command == "rank":
                kind = "rank"
            else:
                kind = "select_one" if aliases.select[command] == "select one" else "select_multiple"
            list_name = select.group("list_name")
            if command in _OLD_SELECTS:
                self.note("survey", number, f"«{text}» là cú pháp cũ; đã đọc như «{kind} {list_name}»")
            return kind, list_name, "", bool(select.group("specify_other"))
        if text in _UNSUPPORTED_TYPES:
            self.add("survey", number, f"chương trình chưa hỗ trợ {_UNSUPPORTED_TYPES[text]}")
            return None
        lowered = text.lower()
        kind = _TYPE_ALIASES.get(text) or _TYPE_ALIASES.get(lowered) or lowered
        return kind, "", "", False

    def choices(self, rows: list[dict[str, Any]], languages: tuple[str, ...]) -> dict[str, tuple[ChoiceOption, ...]]:
        lists: dict[str, list[ChoiceOption]] = {}
        for row in rows:
            list_name, name = _text(row.get("list name")), _text(row.get("name"))
            if not list_name or not name:
                continue  # pyxform skips such rows (with a warning)
            translations = list(self.translations("label", row.get("label")))
            extra: list[tuple[str, str]] = []
            for key, value in row.items():
                if key in ("list name", "name", "label", "__row"):
                    continue
                if key == "media" and isinstance(value, Mapping):
                    for media, inner in value.items():
                        if isinstance(inner, Mapping):
                            translations += self.translations(media, inner)
                        elif _text(inner):
                            translations.append((media, "", _text(inner)))
                else:
                    extra += _flatten(key, value)
            done = tuple(translations)
            label = self.shown(done, "label", row.get("label"), languages)
            lists.setdefault(list_name, []).append(ChoiceOption(name, label, done, tuple(extra)))
        return {name: tuple(options) for name, options in lists.items()}

    def settings(self, book: Any) -> dict[str, Any]:
        from pyxform import aliases
        from pyxform.parsing.sheet_headers import dealias_and_group_headers
        from pyxform.survey import Survey

        if not book.settings:
            return {}
        sheet = dealias_and_group_headers(
            sheet_name="settings",
            sheet_data=book.settings,
            sheet_header=book.settings_header,
            header_aliases=aliases.settings_header,
            header_columns=set(Survey.get_slot_names()),
        )
        return dict(sheet.data[0]) if sheet.data else {}

    def build(self, book: Any) -> FormDefinition:
        from pyxform import aliases
        from pyxform.parsing.sheet_headers import dealias_and_group_headers
        from pyxform.question import MultipleChoiceQuestion, Option

        settings = self.settings(book)
        self.default_language = _text(settings.get("default_language")) or "default"
        clean_text = aliases.yes_no.get(settings.get("clean_text_values", "yes"), True)
        survey = dealias_and_group_headers(
            sheet_name="survey",
            sheet_data=book.survey or [],
            sheet_header=book.survey_header or [],
            header_aliases=aliases.survey_header,
            header_columns=set(MultipleChoiceQuestion.get_slot_names()),
            headers_required={"type"},
            default_language=self.default_language,
            strip_whitespace=clean_text,
        ).data
        rows = [dict(r) for r in survey]
        languages = self.language_order(rows)
        questions = []
        for number, row in enumerate(rows, start=2):
            if not row.get("type") or aliases.yes_no.get(_text(row.get("disabled")), False):
                continue
            if _text(row.get("type")) == "note" and not _text(row.get("name")):
                row["name"] = f"generated_note_name_{number}"  # as pyxform names a note left without one
            question = self.question(row, number, languages)
            if question is not None:
                questions.append(question)
        lists: dict[str, dict[str, tuple[ChoiceOption, ...]]] = {}
        for sheet in ("choices", "external_choices", "osm"):
            data = getattr(book, sheet)
            if data:
                grouped = dealias_and_group_headers(
                    sheet_name=sheet,
                    sheet_data=data,
                    sheet_header=getattr(book, f"{sheet}_header") or [],
                    header_aliases=aliases.list_header,
                    header_columns=set(Option.get_slot_names()),
                    default_language=self.default_language,
                )
                lists[sheet] = self.choices([dict(r) for r in grouped.data], languages)
        entities = tuple(
            tuple((_text(key), _text(value)) for key, value in row.items() if _text(key) and _text(value))
            for row in book.entities or ())
        self.header_notes(book)
        stem = re.sub(r"[^a-z0-9]+", "_", fold(self.path.stem)).strip("_")
        stem = stem if stem[:1].isalpha() else f"mau_phieu_{stem}".rstrip("_")
        known = {"id_string", "version", "title", "default_language", "instance_name", "style"}
        others: Pairs = tuple(
            pair for key, value in settings.items() if key not in known for pair in _flatten(key, value)
        )
        return FormDefinition(
            _text(settings.get("id_string")) or stem,
            _text(settings.get("version")) or "1",
            _first_text(settings.get("title")) or self.path.stem,
            tuple(questions),
            lists.get("choices", {}),
            default_language=_text(settings.get("default_language")),
            instance_name=_text(settings.get("instance_name")),
            style=_text(settings.get("style")),
            settings=others,
            external_choices=lists.get("external_choices", {}),
            osm_choices=lists.get("osm", {}),
            entities=tuple(row for row in entities if row),
        )

    def header_notes(self, book: Any) -> None:
        """Old header syntax (label:English, bind:required), ignored columns, curly quotes."""
        from pyxform import aliases
        from pyxform.parsing.sheet_headers import process_header
        from pyxform.question import MultipleChoiceQuestion, Option

        for sheet, header_aliases, columns in (
            ("survey", aliases.survey_header, set(MultipleChoiceQuestion.get_slot_names())),
            ("choices", aliases.list_header, set(Option.get_slot_names())),
        ):
            header_rows = getattr(book, f"{sheet}_header") or [{}]
            headers = [h for h in header_rows[0] if h]
            double = any("::" in h for h in headers)
            ignored = []
            for header in headers:
                _, tokens = process_header(header, double, header_aliases, columns)
                if not double and ":" in header and len(tokens) > 1 and not header.startswith("jr:"):
                    modern = "::".join(header.split(":"))
                    self.note(sheet, 1, f"cột «{header}» viết theo cú pháp cũ; đã đọc như «{modern}»")
                if sheet == "survey" and tokens[0] not in columns:
                    ignored.append(header)
            if ignored:
                shown = ", ".join(f"«{h}»" for h in ignored)
                self.note(sheet, 1, f"bỏ qua các cột không thuộc XLSForm: {shown}")
            for number, row in enumerate(getattr(book, sheet) or [], start=2):
                if any(isinstance(v, str) and any(q in v for q in _SMART_QUOTES) for v in row.values()):
                    self.note(sheet, number, "đã đổi dấu nháy cong (‘ ’ “ ”) thành dấu nháy thẳng, như pyxform")


def _first_text(value: object) -> str:
    if isinstance(value, Mapping):
        return next((t for t in map(_text, value.values()) if t), "")
    return _text(value)


_FIELD_OF = {
    ("bind", "relevant"): "relevant",
    ("bind", "required"): "required",
    ("bind", "constraint"): "constraint",
    ("bind", "calculate"): "calculation",
    ("bind", "readonly"): "read_only",
    ("bind", "jr:constraintMsg"): "constraint_message",
    ("bind", "jr:requiredMsg"): "required_message",
    ("control", "appearance"): "appearance",
    ("control", "jr:count"): "repeat_count",
}


def _survey_columns(data: bytes) -> dict[str, str]:
    """How each survey column is shown in messages, e.g. {"relevant": "D (relevant)"}."""
    import openpyxl
    from openpyxl.utils import get_column_letter
    from pyxform import aliases
    from pyxform.parsing.sheet_headers import process_header
    from pyxform.question import MultipleChoiceQuestion

    columns = set(MultipleChoiceQuestion.get_slot_names())
    shown: dict[str, str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = next((ws for ws in book.worksheets if ws.title.strip().lower() == "survey"), None)
            first = next(sheet.iter_rows(max_row=1, values_only=True), ()) if sheet is not None else ()
        finally:
            book.close()
    except Exception:  # noqa: BLE001 - only for messages; pyxform has read the file already
        return shown
    headers = [_text(v) for v in first]
    double = any("::" in h for h in headers)
    for index, header in enumerate(headers):
        if not header:
            continue
        _, tokens = process_header(header, double, aliases.survey_header, columns)
        key = _FIELD_OF.get(tokens[:2], tokens[0]) if len(tokens) > 1 else tokens[0]
        shown.setdefault(key, f"{get_column_letter(index + 1)} ({header})")
    return shown


def _vietnamese(language: str) -> bool:
    lang = fold(language)
    return lang == "vi" or "(vi)" in lang or "vietnam" in lang or "tieng viet" in lang


def _load(path: Path) -> bytes:
    """The file's bytes; a missing, unreadable or non-.xlsx file becomes a TemplateError naming it."""

    def refuse(message: str) -> TemplateError:
        return TemplateError([Problem("", 0, "", message)], path.name)

    try:
        data = path.read_bytes()
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            reason = "tệp không tồn tại"
        elif isinstance(exc, PermissionError):
            reason = "không có quyền đọc tệp"
        elif isinstance(exc, IsADirectoryError):
            reason = "đây là một thư mục"
        else:
            reason = "lỗi khi đọc đĩa"
        raise refuse(f"không mở được tệp «{path.name}»: {reason}") from exc
    if data[:8] == _OLE_MAGIC:
        return _as_xlsx(path)  # Excel 97–2003 (or a password-protected .xlsx, which calamine refuses)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive)
            names = set(archive.namelist())
        if "content.xml" in names and "xl/workbook.xml" not in names:
            return _as_xlsx(path)  # LibreOffice's .ods
    except BookError as exc:
        raise refuse(f"tệp «{path.name}» giải nén ra quá lớn so với kích thước tệp (có thể là tệp độc hại)") from exc
    except Exception as exc:  # noqa: BLE001 - not a zip at all, or a cut-off one
        raise refuse(f"tệp «{path.name}» không phải tệp Excel .xlsx hoặc đã bị hỏng") from exc
    return data


def _as_xlsx(path: Path) -> bytes:
    """An .xls or .ods XLSForm, read with calamine under the same bounds as an office's lists
    (kc_desktop/xlsx/reader.py), written as an in-memory .xlsx of the same sheets and values: pyxform
    reads .xlsx, and every message then names rows and columns as the officer sees them."""
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from kc_desktop.errors import SpreadsheetError
    from kc_desktop.xlsx.reader import open_workbook

    def refuse(exc: SpreadsheetError) -> TemplateError:
        message = exc.message.rstrip(".")
        return TemplateError([Problem("", 0, "", message[:1].lower() + message[1:])], path.name)

    try:
        book, handle = open_workbook(path)
    except SpreadsheetError as exc:
        raise refuse(exc) from exc
    out = openpyxl.Workbook(write_only=True)
    try:
        for name in book.sheets:
            sheet = out.create_sheet(title=name[:31])
            for row in book.rows(name):
                sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    except SpreadsheetError as exc:
        raise refuse(exc) from exc
    finally:
        book.close()
        handle.close()
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def read_xlsform(path: Path | str, notes: list[Problem] | None = None, *, with_files: bool = True) -> FormDefinition:
    """Read an XLSForm workbook as pyxform does; every problem found is reported in one TemplateError.

    `notes` receives what was accepted but deserves a word: old syntax, ignored columns, curly
    quotes, pyxform's warnings, files the form refers to that are not beside it. With `with_files`
    the files the form refers to (lists of *_from_file questions, pulldata() tables, media) are read
    from beside it (forms/form_files.py).
    """
    path = Path(path)
    data = _load(path)
    reader = _Reader(path)
    book, accepted = reader.run_pyxform(data, re.sub(r"\W+", "_", path.stem).strip("_") or "data")
    definition = None
    if accepted:
        definition = reader.build(book)
        reader.problems += definition_problems(definition, _survey_columns(data))
    elif book is not None:
        # pyxform stops at its first error; this program's own checks list the others at once.
        refused = list(reader.problems)
        try:
            found = definition_problems(reader.build(book), _survey_columns(data))
        except Exception:  # noqa: BLE001 - the form is refused anyway; pyxform's message stands
            found = []
        places = {(p.sheet, p.row) for p in found}
        reader.problems = [p for p in refused if (p.sheet, p.row) not in places or not p.row] + found
    if reader.problems:
        reader.problems.sort(key=lambda p: (_SHEET_ORDER.get(p.sheet, 9), p.row))
        raise TemplateError(reader.problems, path.name)
    assert definition is not None
    if with_files:
        shipped = form_files.collect(definition, path)
        if shipped.problems:
            raise TemplateError(shipped.problems, path.name)
        reader.notes += shipped.notes
        definition = dataclasses.replace(definition, files=shipped.files)
    if notes is not None:
        notes += sorted(reader.notes, key=lambda p: (_SHEET_ORDER.get(p.sheet, 9), p.row))
    return definition


__all__ = ["LIST_TYPES", "TRANSLATABLE", "read_xlsform"]
