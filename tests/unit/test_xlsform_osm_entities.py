"""An OpenStreetMap question with its osm sheet of tags, and ODK Central's entities sheet with save_to:
valid XLSForm, so the form imports, and export writes them back for pyxform and phones."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kc_desktop.forms.answers import check
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform


def _form(path: Path) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    for row in (["type", "name", "label", "save_to"],
                ["text", "ten_co_so", "Tên cơ sở", "ten"],
                ["osm nha_xuong", "nha_xuong", "Vẽ nhà xưởng", ""]):
        survey.append(row)
    osm = book.create_sheet("osm")
    for row in (["list_name", "name", "label"], ["nha_xuong", "building", "Loại nhà"],
                ["nha_xuong", "building:levels", "Số tầng"]):
        osm.append(row)
    entities = book.create_sheet("entities")
    for row in (["list_name", "label"], ["co_so", "${ten_co_so}"]):
        entities.append(row)
    settings = book.create_sheet("settings")
    for row in (["form_id", "version"], ["ban_do_co_so", "2"]):
        settings.append(row)
    book.save(path)
    return path


def test_osm_tags_and_entities_import_and_round_trip(tmp_path: Path) -> None:
    definition = read_xlsform(_form(tmp_path / "ban_do.xlsx"))
    question = definition.question("nha_xuong")
    assert (question.type, question.list_name, question.xlsform_type) == ("osm", "nha_xuong", "osm nha_xuong")
    assert [o.name for o in definition.osm_choices["nha_xuong"]] == ["building", "building:levels"]
    assert definition.entities == ((("list_name", "co_so"), ("label", "${ten_co_so}")),)
    assert ("bind::entities:saveto", "ten") in definition.question("ten_co_so").extra  # save_to, as pyxform reads it
    assert check(definition, {"nha_xuong": ["a1.osm"]}) == {}  # on the desktop: an attached .osm file
    out = tmp_path / "xuat.xlsx"
    write_xlsform(definition, out)
    again = read_xlsform(out)
    assert again == definition
    assert (again.osm_choices, again.entities) == (definition.osm_choices, definition.entities)
    assert FormDefinition.from_json(definition.to_json()).entities == definition.entities
    from pyxform.xls2xform import convert

    xform = convert(str(out), validate=False).xform
    assert 'mediatype="osm/*"' in xform and "building:levels" in xform and '<entity dataset="co_so"' in xform
