"""Files shipped beside an XLSForm: the lists of select_one_from_file / select_multiple_from_file
(CSV, ODK's XML, GeoJSON), the CSV of pulldata() and the media of image/audio/video columns.

They are read from the form's folder when the form is imported and kept with the template version
(inside its definition, so that they travel with it to the city and back and never change once it is
published); the filler offers a list file's rows as choices, the phone server lists every file in the
form's manifest, and export writes them back beside the workbook.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kc_desktop.forms.choice_files import FileListError, read_list
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, FormFile, Problem, Question, search_of

MAX_FILE_BYTES = 10 * 1024 * 1024  # one file beside a form (a whole province's villages as CSV is ~1 MB)
MAX_TOTAL_BYTES = 30 * 1024 * 1024  # all of them: they travel inside the template, to the city and back
_MEDIA_COLUMNS = ("image", "big-image", "audio", "video")
_PULLDATA = re.compile(r"""pulldata\(\s*['"]([^'"]+)['"]""")
# Where ODK Central / pyxform users keep a form's files: beside it, or in "<form>-media" or "media".
_FOLDERS = ("", "{stem}-media", "media")


# ---- which files a form uses ---------------------------------------------------------------------


def _media_names(options: Iterable[ChoiceOption | Question]) -> Iterable[tuple[str, int]]:
    for item in options:
        row = item.row if isinstance(item, Question) else 0
        for column, _lang, text in item.translations:
            if column in _MEDIA_COLUMNS and text:
                yield text, row


def wanted(definition: FormDefinition) -> dict[str, tuple[str, int]]:
    """Every file the form refers to: name -> (what it is: "list", "pulldata" or "media", survey row)."""
    found: dict[str, tuple[str, int]] = {}
    for q in definition.questions:
        if q.file_name:
            found.setdefault(q.file_name, ("list", q.row))
        searched = search_of(q)
        if searched is not None:
            found.setdefault(searched[0], ("data", q.row))
        if q.type in ("csv-external", "xml-external") and q.name:
            # A secondary instance read by instance('name')/root/item[…] and pulldata('name', …).
            found.setdefault(f"{q.name}.{q.type.split('-')[0]}", ("data", q.row))
        for column in ("calculation", "constraint", "relevant", "default", "choice_filter", "required", "read_only"):
            for table in _PULLDATA.findall(getattr(q, column)):
                found.setdefault(f"{table}.csv", ("pulldata", q.row))
    for name, row in _media_names(definition.questions):
        found.setdefault(name, ("media", row))
    for options in (*definition.choices.values(), *definition.external_choices.values()):
        for name, row in _media_names(options):
            found.setdefault(name, ("media", row))
    return found


def _safe(name: str) -> bool:
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\:\0") and not name.startswith(".")


@dataclass
class Found:
    files: tuple[FormFile, ...]
    problems: list[Problem]
    notes: list[Problem]


def collect(definition: FormDefinition, form_path: Path) -> Found:
    """Read the files a form refers to from beside it; a list file that cannot be used is a problem,
    a missing one a note (the filler then says which file is missing)."""
    files: list[FormFile] = []
    problems: list[Problem] = []
    notes: list[Problem] = []
    missing_media: list[str] = []
    total = 0
    questions = {q.file_name: q for q in definition.questions if q.file_name}
    for name, (kind, row) in wanted(definition).items():
        path = _locate(form_path, name) if _safe(name) else None
        if path is None:
            if kind == "media":
                missing_media.append(name)
            else:
                notes.append(Problem("survey", row, "", missing_message(name)))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem("survey", row, "", f"không đọc được tệp «{name}» ({exc.strerror or exc})"))
            continue
        total += len(data)
        if len(data) > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
            problems.append(Problem("survey", row, "", f"tệp «{name}» quá lớn (tối đa {MAX_FILE_BYTES // 2**20} MB "
                                                         f"mỗi tệp, {MAX_TOTAL_BYTES // 2**20} MB cả mẫu phiếu)"))
            continue
        if kind == "list":
            try:
                read_list(name, data, questions[name].parameters if name in questions else "")
            except FileListError as exc:
                problems.append(Problem("survey", row, "", f"tệp «{name}» không dùng được: {exc}"))
                continue
        files.append(FormFile(name, data))
    if missing_media:
        shown = ", ".join(f"«{n}»" for n in missing_media[:5]) + (" …" if len(missing_media) > 5 else "")
        notes.append(Problem("", 0, "", f"không thấy tệp ảnh/âm thanh bên cạnh mẫu phiếu: {shown}; "
                                        "phiếu vẫn dùng được, chỉ thiếu các tệp này"))
    return Found(tuple(files), problems, notes)


def _locate(form_path: Path, name: str) -> Path | None:
    for folder in _FOLDERS:
        candidate = form_path.parent / folder.format(stem=form_path.stem) / name
        if candidate.is_file():
            return candidate
    return None


def missing_message(name: str, row: int = 0) -> str:
    where = f" (trang survey, dòng {row})" if row else ""
    return (f"thiếu tệp «{name}» bên cạnh tệp mẫu phiếu{where}: câu hỏi chọn từ tệp này chưa có lựa chọn; "
            "hãy đặt tệp cạnh tệp Excel rồi nhập lại mẫu phiếu")


def write_beside(definition: FormDefinition, form_path: Path) -> list[Path]:
    """Write the form's files beside an exported workbook; returns their paths."""
    written = []
    for item in definition.files:
        if not _safe(item.name):
            continue
        target = form_path.parent / item.name
        target.write_bytes(item.data)
        written.append(target)
    return written



def picture(definition: FormDefinition, item: Question | ChoiceOption) -> bytes | None:
    """The picture (media::image) of a question or a choice in the language the form is shown in, as
    stored with the template; None if it has none or the file was not shipped."""
    from kc_desktop.forms.language_codes import order_of, pick

    languages = definition.shown_languages or order_of(definition.languages, definition.default_language, "vi")
    name = pick(item.translations, "image", languages, "")
    if not name:
        return None
    return next((f.data for f in definition.files if f.name == name), None)
