"""A submission edited on the phone after it was sent (ODK Collect: a new instanceID, and
meta/deprecatedID naming the one it replaces) updates its draft while the draft is a draft, as ODK
Central replaces the submission; once the record is finalized, or when the submission it edits never
arrived, the edit is kept aside with its reason. Over real HTTP, encrypted or not, and from a folder."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from kc_desktop.db.engine import Database, open_database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.phones import xforms
from kc_desktop.phones.crypto import public_key_base64
from kc_desktop.services import establishments, field_records, installation, minutes, templates
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant
from kc_desktop.sync import identity
from tests.stories import collect_like as collect
from tests.stories import test_phones
from tests.stories.conftest import Run
from tests.stories.test_phones import ANSWERS, SURVEY, rows

PHOTO = "1700000000.jpg"
office, serve = test_phones.office, test_phones.serve  # the fixtures: an office database, its form server


def survey_xform(db: Database) -> bytes:
    return next(f for f in xforms.published_forms(db, public_key_base64(identity.phone_keys(db)[0]))
                if f.form_id == SURVEY).xml


def record_of(office: Path, instance_id: str) -> tuple[str, str | None, str]:
    [(status, record_id, reason)] = rows(office, "select status, record_id, reason from phone_submission "
                                                 f"where instance_id = '{instance_id}'")
    return str(status), record_id, str(reason)  # type: ignore[return-value]


def answers_of(office: Path, record_id: str) -> dict[str, object]:
    [(text,)] = rows(office, f"select answers from field_record where id = '{record_id}'")
    return json.loads(str(text))  # type: ignore[no-any-return]


def live_photos(office: Path, record_id: str) -> list[str]:
    return [str(a) for (a,) in rows(office, f"select id from attachment where owner_id = '{record_id}' "
                                            "and deleted_at is null")]


def test_an_edit_from_the_phone_updates_its_draft_and_never_a_finalized_record(
        run: Run, office: Path, serve: int, tmp_path: Path) -> None:
    url = run("--db", office, "phones", "add", "Máy của An", "--host", "127.0.0.1", "--port", serve,
              check=True).stdout.strip()
    db = open_database(office)
    actor = installation.current_actor(db)
    assert actor is not None
    xform = survey_xform(db)

    # Sent once: a draft. The officer then types the place on the laptop.
    first_id, first = collect.instance(xform, ANSWERS)
    assert collect.submit(url, first, {PHOTO: collect.photo(800, 600, 1)})[0] == 201
    status, record_id, _ = record_of(office, first_id)
    assert status == "imported" and record_id is not None
    field_records.save_draft(db, actor, record_id, {"place": "Tại xưởng gốm"})
    [old_photo] = live_photos(office, record_id)

    # Edited on the phone and sent again: the same draft, its answers and photo replaced, the place kept.
    edit_id, edit = collect.edited(first, {"so_lao_dong": "15"})
    status_code, answer = collect.submit(url, edit, {PHOTO: collect.photo(600, 800, 1)})
    assert status_code == 201 and "bài sửa".encode() in answer, answer
    assert rows(office, "select count(*) from field_record") == [(1,)]
    assert record_of(office, edit_id)[:2] == ("imported", record_id)
    assert "Bài sửa của bài gửi" in record_of(office, edit_id)[2]
    assert record_of(office, first_id)[0] == "replaced"
    answers = answers_of(office, record_id)
    [new_photo] = live_photos(office, record_id)
    assert answers["so_lao_dong"] == 15 and answers["anh_co_so"] == [new_photo] and new_photo != old_photo
    assert field_records.load(db, record_id).place == "Tại xưởng gốm"
    # The history keeps what was there: the old photo is marked removed, not erased, and the change says why.
    assert rows(office, f"select deleted_at is not null from attachment where id = '{old_photo}'") == [(1,)]
    [(fields, reason)] = rows(office, "select fields, reason from change_log where record_id = "
                                      f"'{record_id}' and reason like 'Bài sửa%'")
    assert "so_lao_dong" in str(fields) and first_id in str(reason)
    # Hôm nay and the phones list tell the officer.
    [draft] = minutes.drafts(db)
    assert "đã sửa trên điện thoại" in draft.title and "Máy của An" in draft.title

    # Resends are answered as before and change nothing: the edit, and the original it replaced.
    before = rows(office, "select version, answers from field_record")
    assert collect.submit(url, edit, {PHOTO: collect.photo(600, 800, 1)}) == (status_code, answer)
    status_code, again = collect.submit(url, first, {PHOTO: collect.photo(800, 600, 1)})
    assert status_code == 201 and "bài sửa".encode() in again
    assert rows(office, "select version, answers from field_record") == before
    assert rows(office, "select count(*) from phone_submission") == [(2,)]

    # An edit of the original (already replaced by the edit above) is kept aside, never applied.
    stale_id, stale = collect.edited(first, {"so_lao_dong": "99"})
    assert collect.submit(url, stale)[0] == 201
    assert record_of(office, stale_id)[0] == "kept_aside" and "bài sửa khác" in record_of(office, stale_id)[2]
    # An edit of a submission this laptop never received is kept aside, never dropped, no draft made.
    _, unknown_original = collect.instance(xform, ANSWERS)
    orphan_id, orphan = collect.edited(unknown_original, {"so_lao_dong": "7"})
    assert collect.submit(url, orphan)[0] == 201
    status, orphan_record, why = record_of(office, orphan_id)
    assert status == "kept_aside" and orphan_record is None and "chưa nhận bài gửi đó" in why
    assert rows(office, "select count(*) from field_record") == [(1,)]
    assert answers_of(office, record_id)["so_lao_dong"] == 15

    # Finalized on the laptop: a later edit from the phone changes nothing and says why.
    template_id = templates.published(db, "survey")[0].id
    complete = sample_answers(templates.definition(db, template_id), random.Random(3))
    complete.pop("anh_co_so", None)
    place = establishments.create(db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long", admin_unit_code="00583"))
    field_records.save_draft(db, actor, record_id, {
        "establishment_id": place, "start_time": "08:30", "end_time": "10:15", "answers": complete,
        "conclusion": "Đủ điều kiện hỗ trợ.",
        "participants": [Participant("Nguyễn Văn An", "Cán bộ", "UBND xã", role="chair"),
                         Participant("Lê Thị Hoa", "Chuyên viên", "UBND xã", role="secretary"),
                         Participant("Phạm Thị Hương", "Chủ cơ sở", "", "establishment")]})
    problems = field_records.problems(db, record_id, dt.date.today())
    assert not problems, problems
    number = field_records.finalize(db, actor, record_id, dt.date.today())
    finalized = rows(office, f"select version, answers, state from field_record where id = '{record_id}'")
    late_id, late = collect.edited(edit, {"so_lao_dong": "20"})
    status_code, answer = collect.submit(url, late, {PHOTO: collect.photo(640, 480, 1)})
    assert status_code == 201 and "để riêng".encode() in answer
    status, late_record, why = record_of(office, late_id)
    assert status == "kept_aside" and late_record == record_id and "đã hoàn tất" in why and str(number) in why
    assert rows(office, f"select version, answers, state from field_record where id = '{record_id}'") == finalized
    assert rows(office, "select count(*) from field_record") == [(1,)]
    assert len(live_photos(office, record_id)) == 1
    # The same late edit again: the same answer (idempotent), still nothing changed.
    assert collect.submit(url, late, {PHOTO: collect.photo(640, 480, 1)}) == (status_code, answer)

    # Encrypted as Collect sends them: the edit's deprecatedID is read once the submission is decrypted.
    secret_id, secret = collect.instance(xform, {**ANSWERS, "san_pham_chinh": "Mây tre đan"})
    manifest, files = collect.encrypt(xform, secret, {PHOTO: collect.photo(640, 480, 1)})
    assert collect.submit(url, manifest, files)[0] == 201
    _, secret_record, _ = record_of(office, secret_id)
    assert secret_record is not None
    secret_edit_id, secret_edit = collect.edited(secret, {"san_pham_chinh": "Mây tre đan xuất khẩu"})
    manifest, files = collect.encrypt(xform, secret_edit, {PHOTO: collect.photo(480, 640, 1)})
    assert b"deprecatedID" not in manifest and "xuất khẩu".encode() not in manifest
    status_code, answer = collect.submit(url, manifest, files)
    assert status_code == 201 and "bài sửa".encode() in answer, answer
    assert record_of(office, secret_edit_id)[:2] == ("imported", secret_record)
    assert answers_of(office, secret_record)["san_pham_chinh"] == "Mây tre đan xuất khẩu"
    assert len(live_photos(office, secret_record)) == 1
    assert rows(office, "select count(*) from field_record") == [(2,)]

    listed = run("--db", office, "phones", "list", check=True).stdout
    assert "Máy của An" in listed


def test_an_edited_form_in_the_instances_folder_updates_its_draft(run: Run, office: Path, tmp_path: Path) -> None:
    """Collect edits a sent form in place: the folder copied later holds the edit, which updates the draft."""
    db = open_database(office)
    xform = survey_xform(db)
    instances = tmp_path / "instances"
    first_id, first = collect.instance(xform, ANSWERS)
    folder = collect.instances_folder(instances, SURVEY, first, {PHOTO: collect.photo(800, 600, 1)},
                                      "2026-03-02_09-15-00")
    assert "Đã nhập 1 bài thành bản nháp" in run("--db", office, "phones", "import", instances, check=True).stdout
    _, record_id, _ = record_of(office, first_id)

    edit_id, edit = collect.edited(first, {"san_pham_chinh": "Gốm men rạn"})
    (folder / f"{folder.name}.xml").write_bytes(edit)
    (folder / PHOTO).write_bytes(collect.photo(600, 800, 1))
    done = run("--db", office, "phones", "import", instances, check=True).stdout
    assert "1 bài sửa đã cập nhật bản nháp" in done and record_id in done, done
    assert record_of(office, edit_id)[:2] == ("imported", record_id)
    assert answers_of(office, record_id)["san_pham_chinh"] == "Gốm men rạn"
    assert rows(office, "select count(*) from field_record") == [(1,)]
    again = run("--db", office, "phones", "import", instances, check=True).stdout
    assert "Đã nhập 0 bài thành bản nháp; 1 bài đã nhận trước đó" in again

    # An edit whose original was never imported here: kept aside with its reason.
    other = tmp_path / "other"
    _, never_sent = collect.instance(xform, ANSWERS)
    _, orphan = collect.edited(never_sent, {"so_lao_dong": "3"})
    collect.instances_folder(other, SURVEY, orphan, {}, "2026-03-03_08-00-00")
    kept = run("--db", office, "phones", "import", other, check=True).stdout
    assert "để riêng" in kept and "chưa nhận bài gửi đó" in kept and "1 bài để riêng" in kept
    assert rows(office, "select count(*) from field_record") == [(1,)]
