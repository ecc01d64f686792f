"""Files shipped beside an XLSForm: the lists of select_one_from_file / select_multiple_from_file
(CSV, ODK's XML, GeoJSON), the CSV of pulldata() and the media of image/audio/video columns.

They are read from the form's folder when the form is imported and kept with the template version
(inside its definition, so that they travel with it to the city and back and never change once it is
published); the filler offers a list file's rows as choices, the phone server lists every file in the
form's manifest, and export writes them back beside the workbook.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kc_desktop.forms.definition import ChoiceOption, FormDefinition, FormFile, Problem, Question, Translations

MAX_FILE_BYTES = 20 * 1024 * 1024  # one file beside a form
MAX_TOTAL_BYTES = 60 * 1024 * 1024  # all of them
LIST_SUFFIXES = (".csv", ".xml", ".geojson")
_MEDIA_COLUMNS = ("image", "big-image", "audio", "video")
_PULLDATA = re.compile(r"""pulldata\(\s*['"]([^'"]+)['"]""")
# Where ODK Central / pyxform users keep a form's files: beside it, or in "<form>-media" or "media".
_FOLDERS = ("", "{stem}-media", "media")


class FileListError(ValueError):
    """A list file that cannot be read; the message is in Vietnamese and names what is wrong."""


def _nfc(value: object) -> str:
    return unicodedata.normalize("NFC", str(value)).strip() if value is not None else ""


def _parameters(question: Question) -> dict[str, str]:
    pairs = (part.split("=", 1) for part in question.parameters.replace(",", " ").split() if "=" in part)
    return {key.strip(): value.strip() for key, value in pairs}


def _option(record: dict[str, str], name_key: str, label_key: str) -> ChoiceOption | None:
    name = record.get(name_key, "")
    if not name:
        return None
    translations: list[tuple[str, str, str]] = []
    extra: list[tuple[str, str]] = []
    for key, text in record.items():
        if key == name_key or not text:
            continue
        if key == label_key:
            translations.append(("label", "", text))
        elif key.startswith(f"{label_key}::"):
            translations.append(("label", key.split("::", 1)[1], text))
        else:
            extra.append((key, text))
    shown = next((t for _c, lang, t in translations if not lang), "") or next((t for _c, _l, t in translations), "")
    # The unlabelled column first, then every language: the option's text falls back the same way as a sheet's.
    done: Translations = tuple(translations) if any(lang for _c, lang, _t in translations) else ()
    return ChoiceOption(name, shown or name, done, tuple(extra))


def _csv_records(data: bytes) -> list[tuple[int, dict[str, str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileListError("không phải văn bản UTF-8 (hãy lưu lại dạng «CSV UTF-8»)") from exc
    sample = text[:4096]
    # Excel in a Vietnamese locale saves "CSV" with semicolons; a tab-separated export also happens.
    delimiter = max((",", ";", "\t"), key=lambda d: (sample.split("\n", 1)[0].count(d), d == ","))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        raise FileListError("tệp rỗng")
    headers = [_nfc(h) for h in rows[0]]
    return [(number, {h: _nfc(v) for h, v in zip(headers, row, strict=False) if h})
            for number, row in enumerate(rows[1:], start=2) if any(v.strip() for v in row)]


def _xml_records(data: bytes) -> list[tuple[int, dict[str, str]]]:
    # The standard library's parser, as intake.py: it never fetches external entities, and the expat it
    # is built on (2.4.1 and later) refuses entity expansion bombs.
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise FileListError(f"không đọc được XML ({exc})") from exc
    items = [element for element in root.iter() if element.tag == "item"]
    return [(number, {child.tag: _nfc(child.text or "") for child in item})
            for number, item in enumerate(items, start=1)]


def _geojson_records(data: bytes) -> list[tuple[int, dict[str, str]]]:
    try:
        features = json.loads(data.decode("utf-8-sig")).get("features")
    except (ValueError, AttributeError) as exc:
        raise FileListError("không đọc được GeoJSON") from exc
    if not isinstance(features, list):
        raise FileListError("GeoJSON không có danh sách features")
    out = []
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict):
            continue
        properties = feature.get("properties") or {}
        record = {str(k): _nfc(v) for k, v in properties.items() if not isinstance(v, dict | list)}
        if "id" in feature and "id" not in record:
            record["id"] = _nfc(feature["id"])
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Point" and isinstance(geometry.get("coordinates"), list):
            lon, lat, *_ = geometry["coordinates"] + [0, 0]
            record.setdefault("geometry", f"{lat} {lon}")
        out.append((number, record))
    return out


def read_list(name: str, data: bytes, question: Question | None = None) -> tuple[ChoiceOption, ...]:
    """The choices of a list file; FileListError (in Vietnamese, with the line) if it cannot be used."""
    lowered = name.lower()
    parameters = _parameters(question) if question is not None else {}
    if lowered.endswith(".csv"):
        records, name_key, label_key = _csv_records(data), "name", "label"
    elif lowered.endswith(".xml"):
        records, name_key, label_key = _xml_records(data), "name", "label"
    elif lowered.endswith(".geojson"):
        records, name_key, label_key = _geojson_records(data), "id", "title"
    else:
        raise FileListError("chỉ dùng được tệp .csv, .xml hoặc .geojson làm danh sách lựa chọn")
    name_key = parameters.get("value", name_key)
    label_key = parameters.get("label", label_key)
    if records and not any(name_key in record for _n, record in records):
        raise FileListError(f"thiếu cột «{name_key}» (mã của lựa chọn)")
    options: list[ChoiceOption] = []
    seen: set[str] = set()
    for number, record in records:
        option = _option(record, name_key, label_key)
        if option is None:
            continue
        if " " in option.name:
            raise FileListError(f"dòng {number}: mã «{option.name}» có dấu cách")
        if option.name not in seen:  # ODK shows a repeated code once
            seen.add(option.name)
            options.append(option)
    return tuple(options)


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
                read_list(name, data, questions.get(name))
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

