"""How submissions travel, over real HTTP on 127.0.0.1 to `kc-desktop phones serve`: a large one in
several parts (OpenRosa's `*isIncomplete*`), and everything a broken phone or a hostile client may
send instead. Each bad request gets an OpenRosa XML answer in Vietnamese with a fitting status,
nothing half is kept, and the server goes on serving (its stderr holds no traceback)."""

from __future__ import annotations

import socket
import xml.etree.ElementTree as ET
from pathlib import Path

from kc_desktop.db.engine import open_database
from kc_desktop.phones import xforms
from kc_desktop.phones.crypto import public_key_base64
from kc_desktop.sync import identity
from tests.stories import collect_like as collect
from tests.stories import test_phones
from tests.stories.conftest import Run
from tests.stories.test_phones import ANSWERS, SURVEY, rows

PHOTO = "1700000000.jpg"
RESPONSE = "{http://openrosa.org/http/response}"
office, serve = test_phones.office, test_phones.serve  # the fixtures: an office database, its form server


def survey_xform(office: Path) -> bytes:
    db = open_database(office)
    try:
        return next(f for f in xforms.published_forms(db, public_key_base64(identity.phone_keys(db)[0]))
                    if f.form_id == SURVEY).xml
    finally:
        db.close()


def phone(run: Run, office: Path, port: int) -> str:
    return str(run("--db", office, "phones", "add", "Máy của An", "--host", "127.0.0.1", "--port", port,
                   check=True).stdout.strip())


def error_of(body: bytes) -> str:
    """The message of an OpenRosa error answer (it must be one, with its text in Vietnamese)."""
    root = ET.fromstring(body)
    assert root.tag == f"{RESPONSE}OpenRosaResponse", body
    message = root.find(f"{RESPONSE}message")
    assert message is not None and message.get("nature") == "error", body
    text = message.text or ""
    assert any(c in text for c in "ăâđêôơưạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửựỳỷ"), text
    return text


def raw(port: int, head: str, body: bytes = b"") -> tuple[int, bytes]:
    """A request written by hand on a socket; the sending side is closed after `body`, as a phone that
    drops (or a client that lied about its length); (status, body) of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as connection:
        try:
            connection.sendall(head.replace("\n", "\r\n").encode() + body)
            connection.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):  # the server answered and closed before the end
            pass
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


def post_head(path: str, kind: str, length: int | None, *extra: str) -> str:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "X-OpenRosa-Version: 1.0", f"Content-Type: {kind}",
             *([f"Content-Length: {length}"] if length is not None else []), *extra, "Connection: close", ""]
    return "\n".join(lines) + "\n"


def test_a_large_encrypted_submission_sent_in_parts_becomes_one_draft(
        run: Run, office: Path, serve: int) -> None:
    url = phone(run, office, serve)
    xform = survey_xform(office)
    instance_id, plain = collect.instance(xform, ANSWERS)
    media = {PHOTO: collect.photo(1600, 1200, 6), "so_do.jpg": collect.photo(1200, 900, 1),
             "ghi_chu.txt": "Ghi chú của cán bộ".encode()}
    manifest, files = collect.encrypt(xform, plain, media)
    parts = [{f"{PHOTO}.enc": files[f"{PHOTO}.enc"]}, {"ghi_chu.txt.enc": files["ghi_chu.txt.enc"]},
             {"so_do.jpg.enc": files["so_do.jpg.enc"], "submission.xml.enc": files["submission.xml.enc"]}]
    status_rows = f"select status from phone_submission where instance_id = '{instance_id}'"

    for part in parts[:2]:
        status, answer = collect.submit(url, manifest, part, incomplete=True)
        assert status == 201 and b"submit_success" in answer, answer
        assert rows(office, status_rows) == [("partial",)]
        assert rows(office, "select count(*) from field_record") == [(0,)]
    # A part sent twice (its answer was lost): the same answer, nothing more.
    assert collect.submit(url, manifest, parts[0], incomplete=True)[0] == 201
    # Another submission under the same instanceID, mid-way: refused as a conflict.
    other, other_files = collect.encrypt(xform, plain, media)
    status, answer = collect.submit(url, other, {f"{PHOTO}.enc": other_files[f"{PHOTO}.enc"]}, incomplete=True)
    assert status == 409 and "cùng mã" in error_of(answer)

    status, answer = collect.submit(url, manifest, parts[2])
    assert status == 201 and "bản nháp".encode() in answer, answer
    [(record_id, state)] = rows(office, "select record_id, status from phone_submission "
                                        f"where instance_id = '{instance_id}'")
    assert state == "imported" and rows(office, "select count(*) from field_record") == [(1,)]
    [(width, height)] = rows(office, f"select width, height from attachment where owner_id = '{record_id}'")
    assert (width, height) == (1200, 1600)  # the question's photo, turned upright (EXIF 6)
    # Every part again, as a phone that never got the answers: nothing changes.
    before = rows(office, "select id, version, answers from field_record")
    for index, part in enumerate(parts):
        assert collect.submit(url, manifest, part, incomplete=index < 2)[0] == 201
    assert rows(office, "select id, version, answers from field_record") == before

    # The last part arriving while a file of the submission never came: kept aside, with the reason.
    lost_id, lost_plain = collect.instance(xform, ANSWERS)
    lost, lost_files = collect.encrypt(xform, lost_plain, media)
    assert collect.submit(url, lost, {f"{PHOTO}.enc": lost_files[f"{PHOTO}.enc"]}, incomplete=True)[0] == 201
    assert collect.submit(url, lost, {"submission.xml.enc": lost_files["submission.xml.enc"]})[0] == 201
    [(state, reason)] = rows(office, f"select status, reason from phone_submission where instance_id = '{lost_id}'")
    assert state == "kept_aside" and "Thiếu tệp" in reason and "so_do.jpg.enc" in reason


def test_bad_requests_get_an_openrosa_error_and_leave_nothing_behind(
        run: Run, office: Path, serve: int, tmp_path: Path) -> None:
    url = phone(run, office, serve)
    path = url.split(f":{serve}", 1)[1] + "/submission"
    xform = survey_xform(office)
    _, good = collect.instance(xform, ANSWERS)
    boundary = "----kc-bad"
    kind = f"multipart/form-data; boundary={boundary}"

    def form(xml: bytes, *files: tuple[str, bytes]) -> bytes:
        body, _ = collect.multipart(xml, dict(files))
        return body

    # A declared length far beyond the limit (a zip bomb's first move): refused before a byte is read.
    status, answer = raw(serve, post_head(path, kind, 100 * 1024 ** 3), b"--" + boundary.encode())
    assert status == 413 and "quá lớn" in error_of(answer)
    # No length, a file part that never ends, in chunks: refused once past the limit.
    start = (f'--{boundary}\r\nContent-Disposition: form-data; name="f.jpg"; filename="f.jpg"\r\n'
             "Content-Type: image/jpeg\r\n\r\n").encode()
    chunks = [start, *[b"\xff" * 4 * 1024 * 1024] * 30]
    endless = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"
    status, answer = raw(serve, post_head(path, kind, None, "Transfer-Encoding: chunked"), endless)
    assert status == 413 and "quá lớn" in error_of(answer), answer

    # A phone that drops in the middle of its upload: the XML arrived whole, the photo half.
    body, real_kind = collect.multipart(good, {PHOTO: collect.photo(1200, 900, 1)})
    status, answer = raw(serve, post_head(path, real_kind, len(body)), body[: body.index(b"\xff\xd8") + 4000])
    assert status == 400 and "ngắt giữa chừng" in error_of(answer)
    # Not multipart at all, a multipart without its boundary, garbage between boundaries, no XML part.
    for head, payload in ((post_head(path, "text/plain", 5), b"hello"),
                          (post_head(path, "multipart/form-data", 5), b"hello"),
                          (post_head(path, kind, 40), b"\x00\xff" * 20),
                          (post_head(path, kind, 0), b"")):
        status, answer = raw(serve, head, payload)
        assert status == 400 and "xml_submission_file" in error_of(answer)

    xml_refusals = {
        b"this is not XML": "không phải XML",
        b"<data id='x'><unclosed></data>": "không phải XML",
        # Billion laughs: entities that expand a thousand million times.
        billion_laughs(): "DOCTYPE",
        # An external entity reading a file of the laptop.
        (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         b'<data id="khao_sat_ho_tro_thiet_bi"><san_pham_chinh>&x;</san_pham_chinh></data>'): "DOCTYPE",
        # The same in UTF-16, which a search for the bytes "<!DOCTYPE" would miss.
        ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         '<data id="khao_sat_ho_tro_thiet_bi">&x;</data>').encode("utf-16"): "DOCTYPE",
        b"<data><meta><instanceID>uuid:1</instanceID></meta></data>": "mã mẫu phiếu",
    }
    for xml, words in xml_refusals.items():
        body = form(xml)
        status, answer = raw(serve, post_head(path, f"multipart/form-data; boundary={_boundary(body)}", len(body)),
                             body)
        assert status == 400 and words in error_of(answer), (xml[:60], answer)

    # A file name with a control character is refused; one climbing out of its folder is kept inside it.
    status, answer = collect.submit(url, good, {"anh\x01.jpg": b"x"})
    assert status == 400 and "Tên tệp" in error_of(answer)
    sneaky_id, sneaky = collect.instance(xform, {**ANSWERS, "anh_co_so": "evil.jpg"})
    assert collect.submit(url, sneaky, {"../../evil.jpg": collect.photo(300, 200, 1)})[0] == 201
    outside = [p for p in office.parent.parent.rglob("evil.jpg") if "phone_submissions" not in p.parts]
    assert outside == [] and len(list(office.parent.rglob("evil.jpg"))) == 1
    # Too many files in one submission (all parts together): refused, nothing kept of it.
    many_id, many = collect.instance(xform, ANSWERS)
    status, answer = collect.submit(url, many, {f"f{i}.txt": b"x" for i in range(201)}, incomplete=True)
    assert status == 413 and "quá nhiều tệp" in error_of(answer)

    # Other methods and addresses: an OpenRosa answer too.
    status, _, answer = collect.http("PUT", f"{url}/submission", b"x")
    assert status == 405 and error_of(answer)
    status, _, answer = collect.http("GET", f"{url}/../../etc/passwd")
    assert status == 404 and error_of(answer)

    # Only the one good submission was kept; the server still serves.
    assert rows(office, "select instance_id from phone_submission") == [(sneaky_id,)]
    assert rows(office, f"select count(*) from phone_submission where instance_id = '{many_id}'") == [(0,)]
    assert collect.http("GET", f"{url}/formList")[0] == 200


def billion_laughs() -> bytes:
    entities = ['<!ENTITY a "aaaaaaaaaa">'] + [f'<!ENTITY {chr(98 + i)} "{f"&{chr(97 + i)};" * 10}">' for i in range(8)]
    return (f'<?xml version="1.0"?><!DOCTYPE d [{"".join(entities)}]>'
            '<data id="khao_sat_ho_tro_thiet_bi"><san_pham_chinh>&i;</san_pham_chinh></data>').encode()


def _boundary(body: bytes) -> str:
    return body.split(b"\r\n", 1)[0][2:].decode()
