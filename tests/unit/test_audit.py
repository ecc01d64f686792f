"""The audit in the change log: field by field old → new, the reason, deletions and restores, and the search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from sqlalchemy import select

from kc_desktop.db.changelog import Actor, insert_rows, set_reason
from kc_desktop.db.engine import Database
from kc_desktop.db.models import ChangeLog, Establishment
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import ProjectInput
from kc_desktop.services import audit, audit_text, establishments, field_records, passwords, projects, templates
from kc_desktop.services.audit import AuditFilter
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def gom(db: Database, actor: Actor) -> str:
    return establishments.create(db, actor, EstablishmentInput(
        name="Cơ sở gốm Minh Long", kind="enterprise", tax_code="0100233488", admin_unit_code="00583", employees=12))


def _edit(db: Database, actor: Actor, record_id: str, **changes: object) -> None:
    data, version, _ = establishments.load(db, record_id)
    establishments.update(db, actor, record_id, dataclasses.replace(data, **changes), version)


def test_an_edit_records_each_field_from_what_to_what(db: Database, actor: Actor, gom: str) -> None:
    _edit(db, actor, gom, name="Công ty TNHH Gốm Minh Long", employees=15, women_owned=True)
    created, edited = audit.history(db, gom)
    assert created.action == audit.CREATE and created.version == 1
    assert created.fields["name"] == [None, "Cơ sở gốm Minh Long"] and created.fields["employees"] == [None, 12]
    assert "search_text" not in created.fields and "version" not in created.fields  # local and bookkeeping
    assert edited.action == audit.EDIT and edited.version == 2 and edited.changed_by_name == "Nguyễn Văn An"
    assert edited.fields == {"name": ["Cơ sở gốm Minh Long", "Công ty TNHH Gốm Minh Long"],
                             "employees": [12, 15], "women_owned": [False, True]}
    lines = audit_text.change_lines(edited, audit_text.names(db, [edited]))
    assert ("Tên cơ sở", "Cơ sở gốm Minh Long", "Công ty TNHH Gốm Minh Long") in lines
    assert ("Chủ cơ sở là nữ", "Không", "Có") in lines
    shown = {label: (old, new) for label, old, new in audit_text.change_lines(created, audit_text.names(db, [created]))}
    assert shown["Xã/Phường"] == ("(trống)", "Xã Bát Tràng")
    assert shown["Loại hình"] == ("(trống)", "Doanh nghiệp")


def test_deletions_and_restores(db: Database, actor: Actor, gom: str) -> None:
    establishments.delete(db, actor, gom)
    establishments.restore(db, actor, gom)
    entries = audit.history(db, gom)
    assert [e.action for e in entries] == [audit.CREATE, audit.DELETE, audit.RESTORE]
    assert entries[1].fields["deleted_at"][0] is None and entries[2].fields["deleted_at"][1] is None
    assert [e.action_label for e in entries] == ["Tạo mới", "Xóa", "Khôi phục"]


def test_a_value_set_without_being_read_first_still_has_its_old_value(db: Database, actor: Actor, gom: str) -> None:
    with db.session(actor) as session:
        record = session.get(Establishment, gom)
        session.expire(record, ["phone"])  # as after a refresh of some columns only
        record.phone = "0912345678"
    assert audit.history(db, gom)[-1].fields == {"phone": ["", "0912345678"]}


def test_reasons_cancellations_finalize_and_corrections(db: Database, actor: Actor, gom: str) -> None:
    project = projects.save(db, actor, None, ProjectInput(code="KC-2026-001", title="Lò nung gas", plan_year=2026))
    projects.transition(db, actor, project, "cancelled", "Cơ sở rút đơn")
    cancelled = audit.history(db, project)[-1]
    assert cancelled.reason == "Cơ sở rút đơn" and cancelled.fields["status"] == ["proposed", "cancelled"]
    assert audit_text.change_lines(cancelled)[-1] == ("Trạng thái", "Đề xuất", "Đã hủy")

    template = templates.published(db, "survey")[0].id
    record = field_records.start(db, actor, "survey", template, None, gom, TODAY)
    answers = sample_answers(templates.definition(db, template), random.Random(3))
    field_records.save_draft(db, actor, record, {
        "place": "Tại xưởng", "conclusion": "Đủ điều kiện.", "answers": answers,
        "start_time": "08:30", "end_time": "10:15",
        "participants": [Participant("Nguyễn Văn An", "Cán bộ", role="chair"),
                         Participant("Lê Thị Hoa", "Cán bộ", role="secretary"),
                         Participant("Phạm Thị Hương", side="establishment")]})
    question = next(iter(answers))
    field_records.save_draft(db, actor, record, {"answers": {question: "giá trị mới"}})
    autosave = audit.history(db, record)[-1]
    # One answer changed: one answer recorded, not the whole form twice.
    assert autosave.fields == {f"answers.{question}": [answers[question], "giá trị mới"]}
    assert audit_text.field_label("field_record", f"answers.{question}") == f"Câu trả lời – {question}"
    number = field_records.finalize(db, actor, record, TODAY)
    finalized = audit.history(db, record)[-1]
    assert finalized.reason == f"Hoàn tất biên bản, cấp số {number}"
    assert finalized.fields["state"] == ["draft", "finalized"]
    copy = field_records.correct(db, actor, record, "Ghi nhầm số lao động")
    (correction,) = audit.history(db, copy)
    assert correction.action == audit.CREATE
    assert correction.reason == f"Đính chính biên bản {number}: Ghi nhầm số lao động"
    assert correction.fields["supersedes_id"] == [None, record]
    assert audit.search(db, AuditFilter(text="nhầm số lao")).total >= 1


def test_bulk_imports_are_recorded_compactly_with_their_reason(db: Database, actor: Actor) -> None:
    with db.session(actor) as session:
        set_reason(session, "Nhập từ Excel «co-so.xlsx»")
        ids = insert_rows(session, Establishment, [{"name": f"Cơ sở {n}", "kind": "household",
                                                    "admin_unit_code": "00583"} for n in range(3)])
    entry = audit.history(db, ids[0])[0]
    assert entry.fields is None and entry.reason == "Nhập từ Excel «co-so.xlsx»" and entry.action == audit.CREATE
    assert audit_text.summary(entry) == "Tạo hàng loạt (nhập từ tệp)"
    assert audit.search(db, AuditFilter(text="co-so.xlsx")).total == 3


def test_filters_and_pages(db: Database, actor: Actor, gom: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from kc_desktop.services import accounts

    monkeypatch.setattr(passwords, "COST", passwords.Cost(1024, 1, 1))
    accounts.create_first_account(db, "an.nguyen", "gốm-sứ-2026")
    other = Actor(actor.site_id, accounts.add_officer(db, actor, "Lê Thị Hoa", "", "officer", "hoa.le",
                                                      "lụa-vạn-phúc-9"))
    for employees in range(20, 25):
        _edit(db, other, gom, employees=employees)
    everything = audit.search(db)
    assert everything.total == len(list(_all_log(db)))
    mine = audit.search(db, AuditFilter(record_id=gom))
    assert mine.total == 6 and [e.version for e in mine.entries] == [6, 5, 4, 3, 2, 1]  # newest first
    assert audit.search(db, AuditFilter(record_id=gom, officer_id=other.officer_id)).total == 5
    assert audit.search(db, AuditFilter(table="establishment")).total == 6
    assert audit.search(db, AuditFilter(table="account")).total == 2  # the two accounts made
    page = audit.search(db, AuditFilter(record_id=gom), offset=2, limit=2)
    assert page.total == 6 and [e.version for e in page.entries] == [4, 3]
    today = dt.date.today()
    assert audit.search(db, AuditFilter(record_id=gom, since=today, until=today)).total == 6
    assert audit.search(db, AuditFilter(record_id=gom, until=today - dt.timedelta(days=1))).total == 0
    assert audit.search(db, AuditFilter(record_id=gom, since=today + dt.timedelta(days=1))).total == 0
    assert audit.search(db, AuditFilter(text="Lê Thị Hoa", table="establishment")).total == 5  # by who
    assert audit.search(db, AuditFilter(text="50%_")).total == 0  # wildcards are plain text
    assert audit.search(db, AuditFilter(site_id=actor.site_id)).total == everything.total
    assert audit.search(db, AuditFilter(site_id="another-site")).total == 0
    assert (other.officer_id, "Lê Thị Hoa") in audit.officers(db)
    assert audit.sources(db)[0][0] == actor.site_id
    found = audit_text.names(db, mine.entries)
    assert audit_text.record_title(mine.entries[0], found) == "Cơ sở gốm Minh Long"
    assert audit_text.summary(mine.entries[0], found) == "Số lao động: 23 → 24"


def _all_log(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(ChangeLog.seq)))
