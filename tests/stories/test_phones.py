"""Phones as field instruments: ODK Collect fetches KC's forms from the laptop and sends submissions
back over real HTTP on 127.0.0.1 (or they come in from a folder copied off the phone), and each
becomes a draft of the right template version."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stories import collect_like as collect
from tests.stories.conftest import Run, init_office, one_error_line

FORMLIST = "{http://openrosa.org/xforms/xformsList}"
MANIFEST = "{http://openrosa.org/xforms/xformsManifest}"
SURVEY = "khao_sat_ho_tro_thiet_bi"
ANSWERS = {"ke_hoach_khuyen_cong": "Kế hoạch 12/KH-UBND", "so_lao_dong": "12", "doanh_thu": "1500.5",
           "uu_tien": "lang_nghe dan_toc", "san_pham_chinh": "Gốm sứ Bát Tràng", "anh_co_so": "1700000000.jpg"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def office(run: Run, tmp_path: Path) -> Path:
    db = tmp_path / "office" / "kc.sqlite"
    init_office(run, db)
    return db


@pytest.fixture
def serve(office: Path, tmp_path: Path) -> Iterator[int]:
    """`kc-desktop phones serve` on 127.0.0.1 in its own process; yields the port, stops it after."""
    port = free_port()
    env = dict(os.environ, KC_DESKTOP_DATA=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "kc_desktop", "--db", str(office), "phones", "serve",
                                "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = process.stdout.readline()  # type: ignore[union-attr]
    assert f"http://127.0.0.1:{port}" in line, line + process.stderr.read()  # type: ignore[union-attr]
    yield port
    process.terminate()
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Đã dừng" in out and "Traceback" not in err


def rows(db: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(query).fetchall()


def form_list(url: str) -> dict[str, dict[str, str]]:
    status, headers, body = collect.http("GET", f"{url}/formList")
    assert status == 200 and headers["X-OpenRosa-Version"] == "1.0"
    assert headers["Content-Type"].startswith("text/xml")
    root = ET.fromstring(body)
    return {x.findtext(f"{FORMLIST}formID"): {c.tag.split("}")[1]: c.text or "" for c in x}  # type: ignore[misc]
            for x in root.iter(f"{FORMLIST}xform")}


def test_a_phone_fetches_the_forms_and_sends_submissions_that_become_drafts(
        run: Run, office: Path, serve: int, tmp_path: Path) -> None:
    added = run("--db", office, "phones", "add", "Máy của An", "--host", "127.0.0.1", "--port", serve,
                "-o", tmp_path / "qr.png", check=True)
    lines = added.stdout.strip().splitlines()
    assert len(lines) == 1 and re.fullmatch(rf"http://127\.0\.0\.1:{serve}/key/[A-Za-z0-9_-]{{40,}}", lines[0])
    url = lines[0]

    # The QR code is ODK Collect's project configuration: the server URL with the token, a Vietnamese name.
    import zxingcpp
    from PIL import Image

    from kc_desktop.phones.setup_code import read_payload

    decoded = zxingcpp.read_barcodes(Image.open(tmp_path / "qr.png"))
    config = read_payload(decoded[0].text)
    assert config["general"]["server_url"] == url
    assert config["general"]["form_update_mode"] == "match_exactly"
    assert config["project"]["name"] == "KC Desktop – UBND xã Bát Tràng"

    # The form list: every published template, the XForm's version the template's; form and manifest download.
    forms = form_list(url)
    assert set(forms) == {SURVEY, "kiem_tra_thuc_hien"} and forms[SURVEY]["version"] == "1"
    status, _, xform = collect.http("GET", forms[SURVEY]["downloadUrl"])
    assert status == 200 and b'version="1"' in xform and b"base64RsaPublicKey=" in xform
    import hashlib

    assert forms[SURVEY]["hash"] == "md5:" + hashlib.md5(xform).hexdigest()
    status, _, manifest = collect.http("GET", forms[SURVEY]["manifestUrl"])
    assert status == 200 and ET.fromstring(manifest).tag == f"{MANIFEST}manifest"

    # A submission in two parts (Collect splits large ones): the XML first, then the photo.
    instance_id, xml = collect.instance(xform, ANSWERS)
    status, answer = collect.submit(url, xml, incomplete=True)
    assert status == 201, answer
    assert rows(office, "select count(*) from field_record")[0][0] == 0
    status, answer = collect.submit(url, xml, {"1700000000.jpg": collect.photo()})
    assert status == 201 and b"submit_success" in answer, answer
    [(record_id, answers_text)] = rows(office, "select id, answers from field_record")
    answers = json.loads(answers_text)
    assert answers["so_lao_dong"] == 12 and answers["doanh_thu"] == 1500.5
    assert answers["uu_tien"] == ["lang_nghe", "dan_toc"] and answers["san_pham_chinh"] == "Gốm sứ Bát Tràng"
    [(width, height, question)] = rows(office, "select width, height, question from attachment")
    assert (width, height, question) == (1365, 2048, "anh_co_so")  # upright (EXIF 6) and downscaled
    assert answers["anh_co_so"] and len(answers["anh_co_so"]) == 1
    [(state, kind)] = rows(office, "select state, kind from field_record")
    assert (state, kind) == ("draft", "survey")  # nothing finalized

    # The same submission again: the same answer, nothing changes.
    before = rows(office, "select count(*), max(version) from field_record")
    status, again = collect.submit(url, xml, {"1700000000.jpg": collect.photo()})
    assert status == 201 and again == answer
    assert rows(office, "select count(*), max(version) from field_record") == before
    # Different content under the same instanceID: refused as ODK Central does.
    _, changed = collect.instance(xform, {**ANSWERS, "so_lao_dong": "13"}, instance_id)
    status, conflict = collect.submit(url, changed)
    assert status == 409, conflict
    assert rows(office, "select count(*) from phone_submission") == [(1,)]

    # A version this laptop does not have is kept aside, with its reason, never dropped.
    other_id, unknown = collect.instance(xform, ANSWERS, version="99")
    status, answer = collect.submit(url, unknown)
    assert status == 201
    [(aside, reason, record)] = rows(office, "select status, reason, record_id from phone_submission "
                                             f"where instance_id = '{other_id}'")
    assert aside == "kept_aside" and "phiên bản 99" in reason and record is None

    # An encrypted submission (RSA + AES as Collect makes it) is decrypted on arrival.
    secret_id, plain = collect.instance(xform, {**ANSWERS, "san_pham_chinh": "Bí mật"})
    manifest_xml, encrypted = collect.encrypt(xform, plain, {"1700000000.jpg": collect.photo(800, 600, 1)})
    assert "Bí mật".encode() not in manifest_xml + b"".join(encrypted.values())
    status, answer = collect.submit(url, manifest_xml, encrypted)
    assert status == 201, answer
    [(secret_record,)] = rows(office, f"select record_id from phone_submission where instance_id = '{secret_id}'")
    [(secret_answers,)] = rows(office, f"select answers from field_record where id = '{secret_record}'")
    assert json.loads(secret_answers)["san_pham_chinh"] == "Bí mật"
    assert rows(office, f"select count(*) from attachment where owner_id = '{secret_record}'") == [(1,)]

    # The phone and the officer are recorded; Hôm nay shows the drafts as coming from a phone.
    listed = run("--db", office, "phones", "list", check=True).stdout
    assert "Máy của An" in listed and "3 bài gửi" in listed
    assert rows(office, "select count(distinct officer_id) from phone_submission where officer_id != ''") == [(1,)]
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import minutes

    drafts = minutes.drafts(open_database(office))
    assert len(drafts) == 2 and all("từ điện thoại" in d.title and "Máy của An" in d.title for d in drafts)
    assert record_id in {d.id for d in drafts}

    # A revoked phone is refused from then on.
    run("--db", office, "phones", "revoke", "Máy của An", check=True)
    status, _, _ = collect.http("GET", f"{url}/formList")
    assert status == 403
    status, _, _ = collect.http("GET", f"http://127.0.0.1:{serve}/key/not-a-token/formList")
    assert status == 401


def test_the_instances_folder_copied_off_a_phone_imports_under_the_same_rules(
        run: Run, office: Path, tmp_path: Path) -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.phones import xforms
    from kc_desktop.phones.crypto import public_key_base64
    from kc_desktop.sync import identity

    db = open_database(office)
    survey = next(f for f in xforms.published_forms(db, public_key_base64(identity.phone_keys(db)[0]))
                  if f.form_id == SURVEY)
    instances = tmp_path / "phone" / "instances"
    _, plain = collect.instance(survey.xml, ANSWERS)
    collect.instances_folder(instances, SURVEY, plain, {"1700000000.jpg": collect.photo(1200, 900, 1)},
                             "2026-03-02_09-15-00")
    _, secret = collect.instance(survey.xml, {**ANSWERS, "san_pham_chinh": "Mây tre đan"})
    manifest, encrypted = collect.encrypt(survey.xml, secret, {})
    collect.instances_folder(instances, SURVEY, manifest, encrypted, "2026-03-02_10-40-00")
    _, retired = collect.instance(survey.xml, ANSWERS, version="0")
    collect.instances_folder(instances, SURVEY, retired, {}, "2026-03-02_11-00-00")

    first = run("--db", office, "phones", "import", instances, check=True)
    assert "Đã nhập 2 bài thành bản nháp; 0 bài đã nhận trước đó; 1 bài để riêng" in first.stdout
    again = run("--db", office, "phones", "import", instances, check=True)
    assert "Đã nhập 0 bài thành bản nháp; 3 bài đã nhận trước đó" in again.stdout
    assert rows(office, "select count(*) from field_record") == [(2,)]
    products = {json.loads(a)["san_pham_chinh"] for (a,) in rows(office, "select answers from field_record")}
    assert products == {"Gốm sứ Bát Tràng", "Mây tre đan"}

    # A changed copy under an instanceID already imported: refused, one line, exit 1.
    changed = next(instances.glob("*09-15-00"))
    xml_file = changed / f"{changed.name}.xml"
    xml_file.write_bytes(xml_file.read_bytes().replace("Gốm sứ".encode(), "Gỗ".encode()))
    refused = run("--db", office, "phones", "import", instances)
    assert "bài gửi không nhận được" in one_error_line(refused)


def test_command_line_refusals_are_one_vietnamese_line(run: Run, office: Path, tmp_path: Path) -> None:
    assert "Không có điện thoại" in one_error_line(run("--db", office, "phones", "revoke", "Ai đó"))
    assert "công cộng" in one_error_line(run("--db", office, "phones", "serve", "--host", "8.8.8.8"))
    assert "mọi mạng" in one_error_line(run("--db", office, "phones", "serve", "--host", "0.0.0.0"))
    run("--db", office, "phones", "add", "Tổ 1", "--host", "127.0.0.1", check=True)
    assert "Đã có điện thoại" in one_error_line(run("--db", office, "phones", "add", "tổ 1", "--host", "127.0.0.1"))
    assert "không phải thư mục" in one_error_line(run("--db", office, "phones", "import", tmp_path / "none"))


def test_a_submission_with_repeats_becomes_one_draft_with_its_instances(
        run: Run, office: Path, serve: int, tmp_path: Path) -> None:
    from kc_desktop.forms.answers import check
    from kc_desktop.forms.xlsform import write_xlsform
    from tests.unit.repeat_form import ANSWERS as REPEATED
    from tests.unit.repeat_form import FORM_ID, repeat_definition

    write_xlsform(repeat_definition(), tmp_path / "lao_dong.xlsx")
    run("--db", office, "templates", "import", tmp_path / "lao_dong.xlsx", "--kind", "survey", "--publish",
        check=True)
    url = run("--db", office, "phones", "add", "Máy của Bình", "--host", "127.0.0.1", "--port", serve,
              "-o", tmp_path / "qr.png", check=True).stdout.strip()
    # The phone gets a real XForm repeat (pyxform converted the template) ...
    status, _, xform = collect.http("GET", form_list(url)[FORM_ID]["downloadUrl"])
    assert status == 200 and b'<repeat nodeset="/data/lao_dong">' in xform and b"jr:count=" in xform
    # ... and sends one element per instance, as Collect does.
    people = "".join(
        "<lao_dong>" + "".join(f"<{k}>{v}</{k}>" for k, v in person.items()) + "<thu_tu/></lao_dong>"
        for person in REPEATED["lao_dong"])  # type: ignore[attr-defined]
    machines = "".join(f"<may><ten_may>{m['ten_may']}</ten_may><cong_suat>{m['cong_suat']}</cong_suat></may>"
                       for m in REPEATED["may"])  # type: ignore[attr-defined]
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><data id="{FORM_ID}" version="1">'
           "<san_pham_chinh>Gốm sứ</san_pham_chinh><so_may>2</so_may>"
           f"{people}<tong_luong>13.5</tong_luong>{machines}"
           "<meta><instanceID>uuid:7d0c3a52-5d7e-4a51-9d0b-7a4f1b2c3d4e</instanceID></meta></data>").encode()
    status, answer = collect.submit(url, xml)
    assert status == 201 and b"submit_success" in answer, answer
    [(record_id, answers_text)] = rows(office, "select id, answers from field_record")
    answers = json.loads(answers_text)
    assert answers["lao_dong"] == REPEATED["lao_dong"]
    assert answers["may"] == REPEATED["may"]
    assert answers["so_may"] == 2 and answers["san_pham_chinh"] == "Gốm sứ"
    assert check(repeat_definition(), answers) == {}
    [(reason,)] = rows(office, "select reason from phone_submission")
    assert reason == ""  # nothing left out
    # The draft's minutes print each repeat as a table: a row per worker, a row per machine.
    run("--db", office, "print", "survey", record_id, "-o", tmp_path / "bien_ban.pdf", check=True)
    import pypdfium2 as pdfium

    text = "\n".join(" ".join(page.get_textpage().get_text_range().split())
                     for page in pdfium.PdfDocument(tmp_path / "bien_ban.pdf"))
    assert "STT Họ và tên Tuổi Công việc" in text
    assert "1 Nguyễn Văn An 34 Thợ chính 9,5" in text and "2 Lê Thị Bình 17 Học việc 4" in text
    assert "1 Lò nung gas 45" in text and "2 Máy nhào đất 7,5" in text


def test_photos_from_a_phone_are_kept_as_sent_when_upright_and_turned_when_not(
        run: Run, office: Path, serve: int, tmp_path: Path) -> None:
    """Three photo questions as Collect answers them after max-pixels: a landscape photo (orientation 1)
    kept byte for byte, a photo taken with the phone upright (orientation 6) turned, and that same file
    again under another name (chosen twice from the gallery) stored once; all keep their GPS position."""
    from openpyxl import Workbook
    from PIL import Image

    from kc_desktop.forms.answer_types import photo_point
    from tests.unit.photo_factory import HANOI, camera_jpeg, is_upright, scene

    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label", "parameters"])
    survey.append(["text", "ten_co_so", "Tên cơ sở", ""])
    for n in (1, 2, 3):
        survey.append(["image", f"anh_{n}", f"Ảnh {n}", "max-pixels=2048"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title", "version"])
    settings.append(["ba_anh", "Khảo sát có ba ảnh", "1"])
    book.save(tmp_path / "ba_anh.xlsx")
    run("--db", office, "templates", "import", tmp_path / "ba_anh.xlsx", "--kind", "survey", "--publish", check=True)
    url = run("--db", office, "phones", "add", "Máy của Chi", "--host", "127.0.0.1", "--port", serve,
              "-o", tmp_path / "qr.png", check=True).stdout.strip()
    status, _, xform = collect.http("GET", form_list(url)["ba_anh"]["downloadUrl"])
    assert status == 200 and b"max-pixels" in xform

    landscape = camera_jpeg(scene(2048, 1536), 1)
    upright_phone = camera_jpeg(scene(1536, 2048), 6)  # 2048×1536 in the file, on its side
    media = {"1700000001.jpg": landscape, "1700000002.jpg": upright_phone, "1700000003.jpg": upright_phone}
    _, plain = collect.instance(xform, {"ten_co_so": "Cơ sở gốm Chi", "anh_1": "1700000001.jpg",
                                        "anh_2": "1700000002.jpg", "anh_3": "1700000003.jpg"})
    manifest_xml, encrypted = collect.encrypt(xform, plain, media)
    status, answer = collect.submit(url, manifest_xml, encrypted)
    assert status == 201 and b"submit_success" in answer, answer

    stored = {str(q): (str(sha), w, h) for q, sha, w, h in rows(
        office, "select question, sha256, width, height from attachment where deleted_at is null")}
    assert set(stored) == {"anh_1", "anh_2", "anh_3"}
    folder = office.parent / "attachments"
    files = {q: folder / sha[:2] / f"{sha}.jpg" for q, (sha, _, _) in stored.items()}
    assert files["anh_1"].read_bytes() == landscape and stored["anh_1"][1:] == (2048, 1536)
    assert stored["anh_2"] == stored["anh_3"] and stored["anh_2"][1:] == (1536, 2048)
    with Image.open(files["anh_2"]) as turned:
        assert turned.size == (1536, 2048) and is_upright(turned)
    assert all(photo_point(path) == HANOI for path in files.values())
    assert len([p for p in folder.rglob("*") if p.is_file()]) == 2  # one file per distinct photo, no leftovers
