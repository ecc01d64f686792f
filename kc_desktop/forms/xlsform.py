"""Form templates as XLSForm workbooks (survey, choices, settings), so ODK and Kobo forms come in."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
import uuid
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kc_desktop.domain.text import fold
from kc_desktop.forms.definition import SELECT_TYPES, ChoiceOption, FormDefinition, Problem, Question, TemplateError
from kc_desktop.forms.expr_syntax import NAME
from kc_desktop.forms.validate import problems as definition_problems
from kc_desktop.xlsx.sheetxml import MAX_ROWS, BookError, check_archive

SURVEY_COLUMNS = (
    "type",
    "name",
    "label",
    "hint",
    "required",
    "constraint",
    "constraint_message",
    "relevant",
    "default",
    "appearance",
)
_TRANSLATED = ("label", "hint", "constraint_message")
_PLAIN = ("required", "constraint", "relevant", "default", "appearance")
_CHOICE_MEDIA = ("media", "image", "audio", "video", "big-image")
_TYPE_ALIASES = {
    "text": "text",
    "integer": "integer",
    "int": "integer",
    "decimal": "decimal",
    "date": "date",
    "note": "note",
    "image": "image",
    "photo": "image",
    "begin group": "begin_group",
    "begin_group": "begin_group",
    "end group": "end_group",
    "end_group": "end_group",
}
_SUPPORTED = "text, integer, decimal, date, select_one, select_multiple, note, image, begin_group, end_group"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls both start so
_SHEET_ORDER = {"survey": 0, "choices": 1, "settings": 2}
# Cells (blank ones included) a template's sheets may spread over: real templates use a few thousand.
MAX_CELLS = 2_000_000


class _TooLarge(Exception):
    """A sheet goes beyond Excel's rows or beyond MAX_CELLS (a damaged or hostile file)."""


def _text(value: object) -> str:
    """A cell as text: numbers without '.0', booleans as yes/no, dates as ISO, text NFC and stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


@dataclass(frozen=True)
class _Column:
    index: int
    header: str
    base: str  # "label" for "label::Vietnamese (vi)"
    lang: str

    @property
    def shown(self) -> str:
        return f"{get_column_letter(self.index + 1)} ({self.header})"

    @property
    def vietnamese(self) -> bool:
        lang = fold(self.lang)
        return lang == "vi" or "(vi)" in lang or "vietnam" in lang or "tieng viet" in lang


class _Table:
    """A sheet: its header columns and its non-empty rows with their Excel row numbers."""

    def __init__(self, ws: Any) -> None:
        self.title: str = ws.title
        self.header_row = 0
        self.columns: list[_Column] = []
        self.rows: list[tuple[int, tuple[object, ...]]] = []
        ws.reset_dimensions()  # some writers store a wrong sheet size; read what is really there
        cells = 0
        for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            cells += len(values)
            if number > MAX_ROWS or cells > MAX_CELLS:
                raise _TooLarge(self.title)
            if not any(_text(v) for v in values):
                continue
            if not self.header_row:
                self.header_row = number
                for index, value in enumerate(values):
                    header = _text(value)
                    base, _, lang = header.partition("::")
                    self.columns.append(_Column(index, header, base.strip().lower(), lang.strip()))
            else:
                self.rows.append((number, tuple(values)))

    def find(self, *keys: str) -> _Column | None:
        return next((c for c in self.columns if not c.lang and c.base in keys), None)

    def translated(self, base: str) -> list[_Column]:
        """Columns of one translatable field, Vietnamese first, then the others in sheet order."""
        found = [c for c in self.columns if c.base == base]
        return sorted(found, key=lambda c: not c.vietnamese)

    @staticmethod
    def get(values: tuple[object, ...], column: _Column | None) -> str:
        if column is None or column.index >= len(values):
            return ""
        return _text(values[column.index])

    def first(self, values: tuple[object, ...], columns: list[_Column]) -> str:
        return next((text for c in columns if (text := self.get(values, c))), "")


def _parse_type(text: str) -> tuple[str, str] | str:
    """(base type, list name) for a survey `type` cell, or why it is refused."""
    words = text.split()
    lowered = [w.lower() for w in words]
    head, rest = lowered[0], words[1:]
    if head == "select" and len(lowered) > 1 and lowered[1] in ("one", "multiple"):
        head, rest = f"select_{lowered[1]}", words[2:]
    if head in SELECT_TYPES:
        if not rest:
            return f"{head} cần tên danh sách lựa chọn, ví dụ «{head} co_khong»"
        if len(rest) > 1:
            if rest[1].lower() == "or_other":
                return "«or_other» chưa được hỗ trợ; hãy thêm lựa chọn «Khác» vào danh sách"
            return f"sau {head} chỉ được có một tên danh sách lựa chọn"
        return head, rest[0]
    joined = " ".join(lowered)
    if joined in _TYPE_ALIASES:
        return _TYPE_ALIASES[joined], ""
    if "repeat" in joined:
        return f"nhóm lặp ({text}) chưa được hỗ trợ"
    if head.endswith("_from_file"):
        return f"chọn từ tệp ({head}) chưa được hỗ trợ"
    return f"loại câu hỏi «{text}» chưa được hỗ trợ (dùng được: {_SUPPORTED})"


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def add(self, sheet: str, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(sheet, row, column, message))

    def survey(self, table: _Table) -> tuple[list[Question], dict[str, str], set[str]]:
        """Questions, how each survey column is shown ("E (relevant)"), and names of refused rows."""
        type_col, name_col = table.find("type"), table.find("name")
        translated = {base: table.translated(base) for base in _TRANSLATED}
        plain = {key: table.find(key) for key in _PLAIN}
        for key, col in (("type", type_col), ("name", name_col), ("label", next(iter(translated["label"]), None))):
            if col is None:
                self.add(table.title, table.header_row, "", f"thiếu cột {key}")
        if type_col is None or name_col is None:
            return [], {}, set()
        used = {type_col, name_col, *(c for cols in translated.values() for c in cols)}
        used |= {c for c in plain.values() if c is not None}
        unsupported = [c for c in table.columns if c not in used and c.header and not c.header.startswith("$")]
        shown = {"type": type_col.shown, "name": name_col.shown}
        shown |= {key: cols[0].shown for key, cols in translated.items() if cols}
        shown |= {key: col.shown for key, col in plain.items() if col is not None}
        questions: list[Question] = []
        refused: set[str] = set()
        for row, values in table.rows:
            for col in unsupported:
                if table.get(values, col):
                    self.add(table.title, row, col.shown, f"cột «{col.header}» chưa được hỗ trợ; hãy xoá giá trị ô này")
            type_text, name = table.get(values, type_col), table.get(values, name_col)
            parsed = _parse_type(type_text) if type_text else "thiếu loại câu hỏi (type)"
            if isinstance(parsed, str):
                self.add(table.title, row, type_col.shown, parsed)
                refused.add(name)
                continue
            texts = {key: table.first(values, cols) for key, cols in translated.items()}
            texts |= {key: table.get(values, col) for key, col in plain.items()}
            questions.append(Question(name=name, type=parsed[0], list_name=parsed[1], row=row, **texts))
        return questions, shown, refused

    def choices(self, table: _Table) -> dict[str, tuple[ChoiceOption, ...]]:
        list_col, name_col = table.find("list_name", "list name"), table.find("name")
        label_cols = table.translated("label")
        for key, col in (("list_name", list_col), ("name", name_col), ("label", next(iter(label_cols), None))):
            if col is None:
                self.add(table.title, table.header_row, "", f"thiếu cột {key}")
        if list_col is None or name_col is None:
            return {}
        media = [c for c in table.columns if c.base in _CHOICE_MEDIA]
        lists: dict[str, list[ChoiceOption]] = {}
        seen: dict[tuple[str, str], int] = {}
        for row, values in table.rows:
            for col in media:
                if table.get(values, col):
                    self.add(table.title, row, col.shown, f"cột «{col.header}» chưa được hỗ trợ; hãy xoá giá trị ô này")
            list_name, name = table.get(values, list_col), table.get(values, name_col)
            label = table.first(values, label_cols)
            if not list_name:
                self.add(table.title, row, list_col.shown, "thiếu tên danh sách (list_name)")
            elif not NAME.fullmatch(list_name):
                self.add(table.title, row, list_col.shown, f"tên danh sách «{list_name}» không hợp lệ")
            elif not name:
                self.add(table.title, row, name_col.shown, "thiếu tên lựa chọn (name)")
            elif any(ch.isspace() for ch in name):
                self.add(table.title, row, name_col.shown, f"tên lựa chọn «{name}» không được có dấu cách")
            elif (list_name, name) in seen:
                self.add(
                    table.title,
                    row,
                    name_col.shown,
                    f"lựa chọn «{name}» trùng trong danh sách «{list_name}» (dòng {seen[list_name, name]})",
                )
            else:
                seen[list_name, name] = row
                if not label and label_cols:
                    self.add(table.title, row, label_cols[0].shown, "thiếu nhãn (label) của lựa chọn")
                lists.setdefault(list_name, []).append(ChoiceOption(name, label))
        return {name: tuple(options) for name, options in lists.items()}

    def settings(self, table: _Table | None) -> tuple[str, str, str]:
        """form_id, version, title; without a settings sheet they come from the file name, version "1"."""
        stem = re.sub(r"[^a-z0-9]+", "_", fold(self.path.stem)).strip("_")
        stem = stem if stem[:1].isalpha() else f"mau_phieu_{stem}".rstrip("_")
        if table is None or not table.rows:
            return stem, "1", self.path.stem
        row, values = table.rows[0]
        id_col, version_col = table.find("form_id"), table.find("version")
        title_col = table.find("form_title", "title")
        form_id = table.get(values, id_col) or stem
        if not NAME.fullmatch(form_id):
            where = id_col.shown if id_col and table.get(values, id_col) else ""
            self.add(table.title, row if where else 0, where, f"mã mẫu phiếu (form_id) «{form_id}» không hợp lệ")
        return form_id, table.get(values, version_col) or "1", table.get(values, title_col) or self.path.stem


def _open(path: Path) -> tuple[Any, Any]:
    """The workbook and its open file; unreadable files become a TemplateError naming the file."""

    def refuse(message: str) -> TemplateError:
        return TemplateError([Problem("", 0, "", message)], path.name)

    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by read_xlsform once the sheets are read
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
    try:
        magic = handle.read(8)
        handle.seek(0)
        if magic == _OLE_MAGIC:
            raise refuse(
                f"tệp «{path.name}» được đặt mật khẩu hoặc là tệp Excel cũ (.xls); "
                "hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx"
            )
        with zipfile.ZipFile(handle) as archive:
            check_archive(archive)
        handle.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about Excel features it skips
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        return workbook, handle
    except TemplateError:
        handle.close()
        raise
    except BookError as exc:
        handle.close()
        raise refuse(f"tệp «{path.name}» giải nén ra quá lớn so với kích thước tệp (có thể là tệp độc hại)") from exc
    except Exception as exc:  # openpyxl fails on a damaged file in many ways; all mean the same to the user
        handle.close()
        raise refuse(f"tệp «{path.name}» không phải tệp Excel .xlsx hoặc đã bị hỏng") from exc


def read_xlsform(path: Path | str) -> FormDefinition:
    """Read an XLSForm workbook; every problem found is reported together in one TemplateError."""
    path = Path(path)
    workbook, handle = _open(path)
    reader = _Reader(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sheets = {ws.title.strip().lower(): _Table(ws) for ws in workbook.worksheets}
    except _TooLarge as exc:
        message = f"trang {exc} của tệp «{path.name}» có quá nhiều dòng hoặc ô (tệp bị hỏng hoặc không phải mẫu phiếu)"
        raise TemplateError([Problem("", 0, "", message)], path.name) from exc
    except Exception as exc:  # a damaged sheet inside a readable zip (bad XML, cut-off data)
        raise TemplateError([Problem("", 0, "", f"tệp «{path.name}» đã bị hỏng, không đọc được")], path.name) from exc
    finally:
        workbook.close()
        handle.close()
    survey = sheets.get("survey")
    if survey is None:
        reader.add("survey", 0, "", "thiếu trang survey (danh sách câu hỏi)")
        raise TemplateError(reader.problems, path.name)
    questions, shown, refused = reader.survey(survey)
    choices_table = sheets.get("choices")
    choices = reader.choices(choices_table) if choices_table is not None else {}
    needs_lists = any(q.type in SELECT_TYPES for q in questions)
    if choices_table is None and needs_lists:
        reader.add("choices", 0, "", "thiếu trang choices (danh sách lựa chọn cho các câu select_one/select_multiple)")
    form_id, version, title = reader.settings(sheets.get("settings"))
    definition = FormDefinition(form_id, version, title, tuple(questions), choices)
    if shown:
        reader.problems += definition_problems(
            definition, shown, survey.title, refused, check_lists=choices_table is not None
        )
    if reader.problems:
        reader.problems.sort(key=lambda p: (_SHEET_ORDER.get(p.sheet.strip().lower(), 3), p.row))
        raise TemplateError(reader.problems, path.name)
    return definition


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
    "list_name": 22,
    "form_id": 30,
    "version": 12,
    "form_title": 70,
}
_WRAPPED = {"label", "hint", "constraint_message", "form_title"}


def _sheet(ws: Worksheet, headers: tuple[str, ...], rows: list[list[str]], shaded: set[int]) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for number, values in enumerate(rows, start=2):
        for index, value in enumerate(values, start=1):
            text = ILLEGAL_CHARACTERS_RE.sub("", value)
            if not text:
                continue
            cell = ws.cell(number, index, text)
            cell.data_type = "s"  # a label starting with "=" stays text, never becomes a formula
            if headers[index - 1] in _WRAPPED:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if number in shaded:
                cell.fill = _GROUP_FILL
                cell.font = _HEADER_FONT
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(header, 16)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"


def write_xlsform(definition: FormDefinition, path: Path | str) -> None:
    """Write a clean XLSForm workbook that read_xlsform reads back to an equal definition."""
    path = Path(path)
    workbook = openpyxl.Workbook()
    survey = workbook.active
    assert survey is not None  # a new workbook always has one sheet
    survey.title = "survey"
    workbook.properties.creator = "KC Desktop"
    workbook.properties.title = definition.title
    rows = [[q.xlsform_type, *(getattr(q, key) for key in SURVEY_COLUMNS[1:])] for q in definition.questions]
    groups = {number for number, q in enumerate(definition.questions, start=2) if q.type.endswith("_group")}
    _sheet(survey, SURVEY_COLUMNS, rows, groups)
    choice_rows = [[name, o.name, o.label] for name, options in definition.choices.items() for o in options]
    _sheet(workbook.create_sheet("choices"), ("list_name", "name", "label"), choice_rows, set())
    settings = [[definition.form_id, definition.version, definition.title]]
    _sheet(workbook.create_sheet("settings"), ("form_id", "version", "form_title"), settings, set())
    # Written beside the target and renamed over it, so a failure never leaves half a file.
    # (A plain new file rather than mkstemp, whose 0600 mode would make exported files private.)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
