"""Files shipped beside an XLSForm (select_one_from_file lists as CSV, ODK XML, images): kept with the
template version in a real SQLite database, offered as choices and filtered, printed by label,
exported back beside the workbook and served to phones over real HTTP with their md5 in the manifest."""

from __future__ import annotations

import hashlib
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.documents.template_parts import answer_text
from kc_desktop.forms.answers import check, choice_filters
from kc_desktop.forms.definition import FormDefinition, Problem, TemplateError
from kc_desktop.forms.xlsform import read_xlsform
from kc_desktop.phones import registry
from kc_desktop.phones.server import FormServer
from kc_desktop.services import templates

VILLAGES = ("name,label::Tiếng Việt (vi),label::English (en),commune\n"
            "thon_1,Thôn Một,Hamlet One,bat_trang\n"
            "thon_2,Thôn Hai,Hamlet Two,bat_trang\n"
            "xom_a,Xóm A,Quarter A,kim_lan\n")
PRODUCTS = ("<root><item><name>gom</name><label>Gốm sứ</label></item>"
            "<item><name>may</name><label>Mây tre đan</label></item></root>")
MANIFEST = "{http://openrosa.org/xforms/xformsManifest}"


def write_form(folder: Path, files: bool = True, villages: str = VILLAGES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label::Tiếng Việt (vi)", "label::English (en)", "choice_filter", "media::image"])
    survey.append(["select_one xa", "commune", "Xã", "Commune", "", ""])
    survey.append(["select_one_from_file villages.csv", "village", "Thôn", "Hamlet", "commune=${commune}", ""])
    survey.append(["select_multiple_from_file products.xml", "products", "Sản phẩm", "Products", "", "logo.png"])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label::Tiếng Việt (vi)", "label::English (en)"])
    choices.append(["xa", "bat_trang", "Bát Tràng", "Bat Trang"])
    choices.append(["xa", "kim_lan", "Kim Lan", "Kim Lan"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version", "form_title", "default_language"])
    settings.append(["khao_sat_thon", "3", "Khảo sát theo thôn", "Tiếng Việt (vi)"])
    path = folder / "khao_sat_thon.xlsx"
    book.save(path)
    if files:
        (folder / "villages.csv").write_text(villages, encoding="utf-8")
        (folder / "products.xml").write_text(PRODUCTS, encoding="utf-8")
        (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n fake logo")
    return path


@pytest.fixture
def stored(db: Database, actor: Actor, tmp_path: Path) -> tuple[str, FormDefinition]:
    template_id = templates.import_template(db, actor, write_form(tmp_path / "form"), "survey")
    templates.publish(db, actor, template_id)
    return template_id, templates.definition(db, template_id)


def test_the_files_are_stored_with_the_template_and_offered_filtered_and_printed(
        stored: tuple[str, FormDefinition]) -> None:
    _, definition = stored
    assert {f.name for f in definition.files} == {"villages.csv", "products.xml", "logo.png"}
    assert not definition.missing_files
    villages = definition.options("villages.csv")
    assert [o.name for o in villages] == ["thon_1", "thon_2", "xom_a"]
    assert villages[0].text("label", "English (en)") == "Hamlet One"
    assert [o.label for o in definition.options("products.xml")] == ["Gốm sứ", "Mây tre đan"]
    # choice_filter on the file's own columns: only the hamlets of the chosen commune.
    assert choice_filters(definition, {"commune": "kim_lan"})["village"] == frozenset({"xom_a"})
    assert choice_filters(definition, {"commune": "bat_trang"})["village"] == frozenset({"thon_1", "thon_2"})
    # An answer not in the file is wrong; printing shows the labels.
    assert "village" in check(definition, {"commune": "bat_trang", "village": "khong_co"})
    assert "village" not in check(definition, {"commune": "bat_trang", "village": "thon_2"})
    village, products = definition.question("village"), definition.question("products")
    assert answer_text(village, "thon_2", definition) == "Thôn Hai"
    assert answer_text(products, ["gom", "may"], definition) == "Gốm sứ, Mây tre đan"


def test_export_writes_the_files_back_beside_the_form(
        db: Database, stored: tuple[str, FormDefinition], tmp_path: Path) -> None:
    _, definition = stored
    out = tmp_path / "out" / "xuat.xlsx"
    out.parent.mkdir()
    templates.export_template(db, "khao_sat_thon", out)
    assert (out.parent / "villages.csv").read_text(encoding="utf-8") == VILLAGES
    assert (out.parent / "products.xml").read_text(encoding="utf-8") == PRODUCTS
    again = read_xlsform(out)
    assert again.files == definition.files and again.questions == definition.questions
    assert again.languages == definition.languages and definition.languages[:2] == ("Tiếng Việt (vi)", "English (en)")


def test_a_missing_list_file_is_named_with_its_row(tmp_path: Path) -> None:
    notes: list[Problem] = []
    definition = read_xlsform(write_form(tmp_path, files=False), notes)
    assert definition.missing_files == {"villages.csv": 3, "products.xml": 4}
    said = [str(n) for n in notes if "villages.csv" in str(n)]
    assert len(said) == 1 and "dòng 3" in said[0] and "thiếu tệp «villages.csv»" in said[0]
    assert definition.options("villages.csv") == ()


def test_a_list_file_without_codes_is_refused_with_the_file_and_the_row(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        read_xlsform(write_form(tmp_path, villages="ma,label\nthon_1,Thôn Một\n"))
    assert len(caught.value.problems) == 1
    text = str(caught.value.problems[0])
    assert "dòng 3" in text and "«villages.csv»" in text and "thiếu cột «name»" in text


def test_a_definition_with_files_survives_json(tmp_path: Path) -> None:
    definition = read_xlsform(write_form(tmp_path))
    again = FormDefinition.from_json(definition.to_json())
    assert again == definition and again.files == definition.files and len(again.files) == 3
    assert read_xlsform(tmp_path / "khao_sat_thon.xlsx", with_files=False).files == ()


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - a test server on 127.0.0.1
        assert response.status == 200 and response.headers["X-OpenRosa-Version"] == "1.0"
        return bytes(response.read())


def test_phones_get_the_files_in_the_manifest_with_their_md5_over_http(
        db: Database, actor: Actor, stored: tuple[str, FormDefinition]) -> None:
    template_id, definition = stored
    token = registry.add(db, actor, "Máy của An")
    server = FormServer(db, actor, "127.0.0.1", 0)
    server.start()
    try:
        prefix = f"{server.url}/key/{token}"
        manifest = ET.fromstring(_get(f"{prefix}/forms/{template_id}/manifest"))
        files = {m.findtext(f"{MANIFEST}filename"):
                 (m.findtext(f"{MANIFEST}hash"), m.findtext(f"{MANIFEST}downloadUrl"))
                 for m in manifest.iter(f"{MANIFEST}mediaFile")}
        assert set(files) == {"villages.csv", "products.xml", "logo.png"}
        for item in definition.files:
            digest, url = files[item.name]
            data = _get(str(url))
            assert data == item.data and digest == f"md5:{hashlib.md5(data).hexdigest()}"  # noqa: S324
        xform = _get(f"{prefix}/forms/{template_id}.xml").decode()
        assert "jr://file-csv/villages.csv" in xform and "jr://file/products.xml" in xform
    finally:
        server.stop()
