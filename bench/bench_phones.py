"""Phones: 200 encrypted submissions with 3 photos each, sent over HTTP on 127.0.0.1 as ODK Collect sends
them (HEAD, then a multipart POST), accepted and turned into drafts (decrypted, photos turned upright,
downscaled and attached, one transaction each). The goal: under 60 s. The baseline is a bare server on
the same stack (Werkzeug's server and multipart parser) that only stores the bytes it receives.

The photos are what Collect sends for a photo question with max-pixels=2048: 2048×1536 JPEGs (quality 85,
about 800 KB: noise scaled up compresses about as a detailed scene does), EXIF date on every one. Of
every 20: 10 have EXIF orientation 6 (phone held upright: the file's pixels lie on their side), 8 are
upright landscape (orientation 1), 1 has orientation 3 (upside down) and 1 orientation 8; 4 in 5 carry a
GPS position. Upright ones are kept as received; the others are turned and encoded again."""

from __future__ import annotations

import io
import os
import random
import sqlite3
import urllib.request
from pathlib import Path
from typing import Any

from bench.common import report, scratch, size, timed

SUBMISSIONS = size(200, 3)
PHOTOS = 3
GOAL_SECONDS = 60
FORM_ID = "khao_sat_ba_anh"


def _template(path: Path) -> Path:
    """A survey with three photo questions, as an XLSForm."""
    from openpyxl import Workbook

    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    survey.append(["today", "ngay", "Ngày"])
    survey.append(["text", "ten_co_so", "Tên cơ sở"])
    survey.append(["integer", "so_lao_dong", "Số lao động"])
    for n in range(1, PHOTOS + 1):
        survey.append(["image", f"anh_{n}", f"Ảnh {n}"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title", "version"])
    settings.append([FORM_ID, "Khảo sát có ba ảnh", "1"])
    book.save(path)
    return path


_ORIENTATIONS = [6] * 10 + [1] * 8 + [3, 8]  # of every 20 photos, shuffled below


def _photo(rng: random.Random, orientation: int, gps: bool) -> bytes:
    """A 2048×1536 camera JPEG (noise scaled up compresses about as a real scene does) with its EXIF."""
    from PIL import Image

    image = Image.frombytes("RGB", (256, 192), rng.randbytes(256 * 192 * 3)).resize((2048, 1536))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "samsung", "SM-A325F"
    exif[0x0112] = orientation
    exif[0x0132] = "2026:11:18 09:30:00"
    exif.get_ifd(0x8769)[36867] = "2026:11:18 09:30:00"
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 0.0, rng.uniform(0, 59)), 3: "E",
                                     4: (105.0, 51.0, rng.uniform(0, 59)), 5: b"\x00", 6: 12.0})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def _send(url: str, body: bytes, kind: str) -> None:
    """What Collect does for one submission: HEAD, then the POST; 201 expected."""
    head = urllib.request.Request(f"{url}/submission", method="HEAD", headers={"X-OpenRosa-Version": "1.0"})
    with urllib.request.urlopen(head, timeout=120) as answer:
        assert answer.status == 204, answer.status
    post = urllib.request.Request(f"{url}/submission", data=body, method="POST",
                                  headers={"X-OpenRosa-Version": "1.0", "Content-Type": kind})
    with urllib.request.urlopen(post, timeout=120) as answer:
        assert answer.status == 201, answer.status
        answer.read()


def _bare_server(folder: Path) -> Any:
    """Werkzeug's server and multipart parser, storing each file's bytes and answering 201."""
    from werkzeug.serving import make_server
    from werkzeug.wrappers import Request, Response

    counter = iter(range(10**9))

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        if request.method == "HEAD":
            response = Response(b"", status=204, headers={"X-OpenRosa-Accept-Content-Length": str(10 * 1024 * 1024)})
        else:
            target = folder / str(next(counter))
            target.mkdir(parents=True)
            for storage in request.files.values():
                (target / Path(storage.filename or "file").name).write_bytes(storage.read())
            response = Response(b"<OpenRosaResponse xmlns='http://openrosa.org/http/response'/>", status=201,
                                content_type="text/xml")
        return response(environ, start_response)

    return make_server("127.0.0.1", 0, app, threaded=True)


def run() -> None:
    import logging
    import threading

    from kc_desktop.db.engine import open_database
    from kc_desktop.phones import registry
    from kc_desktop.phones.server import FormServer
    from kc_desktop.services import setup, templates
    from tests.stories import collect_like as collect

    folder = scratch("phones")
    os.environ["KC_DESKTOP_DATA"] = str(folder / "data")
    db = open_database(folder / "kc.sqlite")
    actor = setup.initialize(db, setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583", "Nguyễn Văn An"))
    template_id = templates.import_template(db, actor, _template(folder / f"{FORM_ID}.xlsx"), "survey")
    templates.publish(db, actor, template_id)
    token = registry.add(db, actor, "Máy của An")
    server = FormServer(db, actor, "127.0.0.1", 0)
    url = f"{server.start()}/key/{token}"
    status, _, xform = collect.http("GET", f"{url}/forms/{template_id}.xml")
    assert status == 200, status

    rng = random.Random(7)
    orientations = [o for _ in range(SUBMISSIONS * PHOTOS // len(_ORIENTATIONS) + 1) for o in _ORIENTATIONS]
    rng.shuffle(orientations)
    bodies = []
    for n in range(SUBMISSIONS):
        media = {f"{1700000000 + n * PHOTOS + k}.jpg": _photo(rng, orientations[n * PHOTOS + k], rng.random() < 0.8)
                 for k in range(PHOTOS)}
        answers = {"ten_co_so": f"Cơ sở gốm số {n}", "so_lao_dong": str(n % 50 + 1),
                   **{f"anh_{k + 1}": name for k, name in enumerate(media)}}
        _, plain = collect.instance(xform, answers)
        manifest, files = collect.encrypt(xform, plain, media)
        bodies.append(collect.multipart(manifest, files))
    megabytes = sum(len(body) for body, _ in bodies) / 1024 / 1024

    ours = timed(lambda: [_send(url, body, kind) for body, kind in bodies])
    server.stop()
    with sqlite3.connect(folder / "kc.sqlite") as connection:
        drafts = connection.execute("select count(*) from field_record where state = 'draft'").fetchone()[0]
        photos = connection.execute("select count(*) from attachment where deleted_at is null").fetchone()[0]
        imported = connection.execute("select count(*) from phone_submission where status = 'imported'").fetchone()[0]
    connection.close()
    db.close()
    assert (drafts, photos, imported) == (SUBMISSIONS, SUBMISSIONS * PHOTOS, SUBMISSIONS), (drafts, photos, imported)

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    bare = _bare_server(folder / "bare")
    thread = threading.Thread(target=bare.serve_forever, daemon=True)
    thread.start()
    bare_url = f"http://127.0.0.1:{bare.server_port}"
    baseline = timed(lambda: [_send(bare_url, body, kind) for body, kind in bodies])
    bare.shutdown()
    bare.server_close()

    report(f"phones_{SUBMISSIONS}x{PHOTOS}_photos", ours, "s", baseline, "s (bare Werkzeug server storing the bytes)")
    verdict = "met" if ours < GOAL_SECONDS else "NOT met"
    print(f"phones: {SUBMISSIONS} encrypted submissions, {SUBMISSIONS * PHOTOS} photos, {megabytes:.0f} MB sent; "
          f"{drafts} drafts with {photos} photos; goal under {GOAL_SECONDS} s {verdict}", flush=True)
