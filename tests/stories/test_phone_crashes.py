"""A laptop that dies while it takes submissions from phones leaves no half record.

The importer (phone_crasher.py) is killed with SIGKILL just after each database commit and in the
middle of each transaction, one moment per round, on a fresh copy of a real database; then the
same submissions come again (as a phone resends what got no answer). Every round must end with
exactly one draft per submission, each with its submission row and its photos, and nothing else."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.stories import collect_like as collect
from tests.stories.conftest import Run, init_office

CRASHER = Path(__file__).with_name("phone_crasher.py")
SURVEY = "khao_sat_ho_tro_thiet_bi"
ANSWERS = {"ke_hoach_khuyen_cong": "Kế hoạch 12/KH-UBND", "so_lao_dong": "12", "san_pham_chinh": "Gốm sứ Bát Tràng",
           "anh_co_so": "1700000000.jpg"}

pytestmark = pytest.mark.slow


def crasher(db: Path, action: str, target: object, point: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]), QT_QPA_PLATFORM="offscreen",
               KC_DESKTOP_DATA=str(db.parent / "data"))
    return subprocess.run([sys.executable, str(CRASHER), str(db), action, str(target), point], capture_output=True,
                          text=True, env=env, timeout=300)


def copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    for folder in ("attachments", "phone_submissions"):  # the files that live beside the database
        if (source.parent / folder).is_dir():
            shutil.copytree(source.parent / folder, target.parent / folder)
    return target


def rows(db: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def check_whole(db: Path, expected: dict[str, str], photos: dict[str, int]) -> None:
    """Each submission once, with its status; one draft per imported submission and no draft without one;
    each draft's photo answers name its live attachments, whose files are on disk."""
    submissions = {i: (s, r) for i, s, r in rows(db, "select instance_id, status, record_id from phone_submission")}
    assert {i: s for i, (s, _) in submissions.items()} == expected
    drafts = {r for (r,) in rows(db, "select id from field_record where deleted_at is null")}
    made = [r for s, r in submissions.values() if s == "imported"]  # an edit's draft is its original's
    assert sorted(made) == sorted(drafts) and len(set(made)) == len(made)
    for instance_id, (status, record_id) in submissions.items():
        if status == "replaced":
            assert record_id in made
        if status != "imported":
            assert status == "replaced" or record_id is None
            continue
        [(answers_text,)] = rows(db, f"select answers from field_record where id = '{record_id}'")
        answered = json.loads(answers_text).get("anh_co_so") or []
        live = rows(db, f"select id, sha256 from attachment where owner_id = '{record_id}' and deleted_at is null")
        assert sorted(answered) == sorted(a for a, _ in live) and len(live) == photos[instance_id]
        for _, digest in live:
            assert (db.parent / "attachments" / str(digest)[:2] / f"{digest}.jpg").exists()


@pytest.fixture
def pristine(run: Run, tmp_path: Path) -> tuple[Path, Path, dict[str, str], dict[str, int]]:
    """A database ready for phones, and an instances folder: a plain submission with a photo, an encrypted
    one with a photo, one with no photo, one for a version this laptop does not have."""
    from kc_desktop.db.engine import open_database
    from kc_desktop.phones import registry, xforms
    from kc_desktop.phones.crypto import public_key_base64
    from kc_desktop.services import installation
    from kc_desktop.sync import identity

    office = tmp_path / "office" / "kc.sqlite"
    init_office(run, office)
    db = open_database(office)
    registry.add(db, installation.current_actor(db), "Máy của An")  # type: ignore[arg-type]
    survey = next(f for f in xforms.published_forms(db, public_key_base64(identity.phone_keys(db)[0]))
                  if f.form_id == SURVEY)
    db.close()
    instances = tmp_path / "instances"
    plain_id, plain = collect.instance(survey.xml, ANSWERS)
    collect.instances_folder(instances, SURVEY, plain, {"1700000000.jpg": collect.photo(640, 480, 6)}, "a")
    secret_id, secret = collect.instance(survey.xml, {**ANSWERS, "san_pham_chinh": "Mây tre đan"})
    manifest, encrypted = collect.encrypt(survey.xml, secret, {"1700000000.jpg": collect.photo(480, 640, 1)})
    collect.instances_folder(instances, SURVEY, manifest, encrypted, "b")
    bare_id, bare = collect.instance(survey.xml, {k: v for k, v in ANSWERS.items() if k != "anh_co_so"})
    collect.instances_folder(instances, SURVEY, bare, {}, "c")
    aside_id, aside = collect.instance(survey.xml, ANSWERS, version="99")
    collect.instances_folder(instances, SURVEY, aside, {}, "d")
    expected = {plain_id: "imported", secret_id: "imported", bare_id: "imported", aside_id: "kept_aside"}
    photos = {plain_id: 1, secret_id: 1, bare_id: 0}
    return office, instances, expected, photos


@pytest.mark.parametrize("moment", ["commit", "flush"])
def test_an_import_killed_at_any_moment_then_sent_again_leaves_one_whole_draft_per_submission(
        pristine: tuple[Path, Path, dict[str, str], dict[str, int]], tmp_path: Path, moment: str) -> None:
    office, instances, expected, photos = pristine
    killed = 0
    for number in range(1, 200):
        db = copy_database(office, tmp_path / f"{moment}-{number}" / "kc.sqlite")
        crashed = crasher(db, "import", instances, f"{moment}:{number}")
        if crashed.returncode == 0:  # the import ended before that moment: every moment has been tried
            break
        assert crashed.returncode == -signal.SIGKILL, crashed.stderr
        killed += 1
        again = crasher(db, "import", instances, "none")
        assert again.returncode == 0, again.stderr
        check_whole(db, expected, photos)
        assert rows(db, "pragma integrity_check") == [("ok",)]
        third = crasher(db, "import", instances, "none")  # and once more: nothing changes
        assert third.returncode == 0 and rows(db, "select count(*) from field_record") == [(3,)]
    else:
        pytest.fail("the import never ended")
    assert killed >= 3  # one moment at least per submission taken


def test_an_edit_killed_at_any_moment_then_sent_again_updates_its_draft_once(
        pristine: tuple[Path, Path, dict[str, str], dict[str, int]], tmp_path: Path) -> None:
    """The same for an edit sent from the phone (meta/deprecatedID): its draft's answers and photo are
    replaced whole, once, or not at all."""
    office, instances, expected, photos = pristine
    assert crasher(office, "import", instances, "none").returncode == 0
    original = next(instances.glob("*_a"))
    plain_id = next(i for i in expected if original.joinpath(f"{original.name}.xml").read_bytes().count(i.encode()))
    [(record_id,)] = rows(office, f"select record_id from phone_submission where instance_id = '{plain_id}'")
    edit_id, edit = collect.edited((original / f"{original.name}.xml").read_bytes(), {"so_lao_dong": "15"})
    edits = tmp_path / "edits"
    collect.instances_folder(edits, SURVEY, edit, {"1700000000.jpg": collect.photo(480, 360, 1)}, "a")
    expected = {**expected, plain_id: "replaced", edit_id: "imported"}
    photos = {**photos, edit_id: 1}
    for moment in ("commit", "flush"):
        for number in range(1, 100):
            db = copy_database(office, tmp_path / f"edit-{moment}-{number}" / "kc.sqlite")
            crashed = crasher(db, "import", edits, f"{moment}:{number}")
            if crashed.returncode == 0:
                break
            assert crashed.returncode == -signal.SIGKILL, crashed.stderr
            assert crasher(db, "import", edits, "none").returncode == 0
            check_whole(db, expected, photos)
            [(answers,)] = rows(db, f"select answers from field_record where id = '{record_id}'")
            assert json.loads(str(answers))["so_lao_dong"] == 15
        assert number > 1  # killed at least once at that kind of moment


def test_the_form_server_killed_after_a_draft_is_committed_answers_the_resend_with_the_same_draft(
        pristine: tuple[Path, Path, dict[str, str], dict[str, int]], tmp_path: Path) -> None:
    """Over HTTP: the server dies right after committing a submission (the phone gets no answer, so it
    sends it again to the restarted server): still one draft, and the resend is answered as a success."""
    from tests.stories.test_phones import free_port

    office, instances, _, _ = pristine
    db = copy_database(office, tmp_path / "http" / "kc.sqlite")
    folder = next(instances.glob("*_a"))
    xml = (folder / f"{folder.name}.xml").read_bytes()
    files = {"1700000000.jpg": (folder / "1700000000.jpg").read_bytes()}
    token = _token(db)
    for point in ("commit:2", "none"):  # the first commit is the phone being seen, the second the submission
        port = free_port()
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]), KC_DESKTOP_DATA=str(db.parent / "data"))
        server = subprocess.Popen([sys.executable, str(CRASHER), str(db), "serve", str(port), point],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert (server.stdout.readline() or server.stderr.read()).startswith("ready")  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}/key/{token}"
        body, kind = collect.multipart(xml, files)
        try:
            status, _, answer = collect.http("POST", f"{url}/submission", body, {"Content-Type": kind})
        except OSError:  # the connection dropped with the server
            status, answer = 0, b""
        if point == "none":
            assert status == 201 and b"submit_success" in answer, answer
            server.terminate()
        _, errors = server.communicate(timeout=60)
        assert server.returncode in (-signal.SIGKILL, -signal.SIGTERM) and "Traceback" not in errors, errors
        if point != "none":  # killed after the commit, before answering: the draft is there, the phone not told
            assert server.returncode == -signal.SIGKILL and status != 201
            assert rows(db, "select count(*) from field_record") == [(1,)]
    assert rows(db, "select count(*) from field_record") == [(1,)]
    assert rows(db, "select count(*), min(status) from phone_submission") == [(1, "imported")]
    assert rows(db, "select count(*) from attachment where deleted_at is null") == [(1,)]


def _token(db: Path) -> str:
    """A new token for the phone (the fixture's was not kept): revoke-free, a second phone."""
    from kc_desktop.db.engine import open_database
    from kc_desktop.phones import registry
    from kc_desktop.services import installation

    database = open_database(db)
    try:
        return registry.add(database, installation.current_actor(database), "Máy dự phòng")  # type: ignore[arg-type]
    finally:
        database.close()
