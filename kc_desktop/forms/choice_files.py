"""Reading the list files of select_one_from_file / select_multiple_from_file: CSV (name, label,
label::language and other columns), ODK's XML (<root><item><name/><label/>…</item></root>) and GeoJSON
(features with properties id and title). Plain data out, so that forms/definition.py can use it.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import unicodedata

Translations = tuple[tuple[str, str, str], ...]  # (column, language, text), as in forms/definition.py
Pairs = tuple[tuple[str, str], ...]



class FileListError(ValueError):
    """A list file that cannot be read; the message is in Vietnamese and names what is wrong."""


def _nfc(value: object) -> str:
    return unicodedata.normalize("NFC", str(value)).strip() if value is not None else ""


def _parameters(parameters: str) -> dict[str, str]:
    pairs = (part.split("=", 1) for part in parameters.replace(",", " ").split() if "=" in part)
    return {key.strip(): value.strip() for key, value in pairs}


Row = tuple[str, str, Translations, Pairs]  # name, label shown, every language of the label, other columns


def _option(record: dict[str, str], name_key: str, label_key: str) -> Row | None:
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
    return name, shown or name, done, tuple(extra)


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


def read_list(name: str, data: bytes, parameters_text: str = "") -> tuple[Row, ...]:
    """The choices of a list file (`parameters_text`: the question's parameters, e.g. "value=id label=name");
    FileListError (in Vietnamese, with the line) if it cannot be used."""
    lowered = name.lower()
    parameters = _parameters(parameters_text)
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
    options: list[Row] = []
    seen: set[str] = set()
    for number, record in records:
        option = _option(record, name_key, label_key)
        if option is None:
            continue
        if " " in option[0]:
            raise FileListError(f"dòng {number}: mã «{option[0]}» có dấu cách")
        if option[0] not in seen:  # ODK shows a repeated code once
            seen.add(option[0])
            options.append(option)
    return tuple(options)


@functools.lru_cache(maxsize=32)
def table(name: str, data: bytes) -> tuple[dict[str, str], ...]:
    """The rows of a data file shipped with the form (.csv, .xml, .geojson) as column -> text, for
    pulldata() and instance('…')/root/item lookups; () if it cannot be read."""
    lowered = name.lower()
    reader = (_csv_records if lowered.endswith(".csv") else _xml_records if lowered.endswith(".xml")
              else _geojson_records if lowered.endswith(".geojson") else None)
    if reader is None:
        return ()
    try:
        return tuple(record for _n, record in reader(data))
    except FileListError:
        return ()
