"""The symbol of the office's minutes (DOMAIN.md §6, ND 30 Art. 15): by the body that held the session or by the
office itself; number and symbol together are unique in the year, across any switch of symbol."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import ChangeLog
from kc_desktop.documents import render
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import ProjectInput
from kc_desktop.errors import PermissionDenied, ValidationFailed
from kc_desktop.services import (
    accounts,
    audit,
    audit_text,
    establishments,
    field_records,
    numbering,
    passwords,
    templates,
)
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant

YEAR = 2026
TODAY = dt.date(2026, 11, 20)


def _number(db: Database, actor: Actor, kind: str, year: int = YEAR) -> str:
    """A number given as finalize gives it: in a transaction of its own."""
    with db.session(actor) as session:
        return numbering.next_number(session, actor.site_id, year, kind)[1]


@pytest.mark.parametrize("typed, stored", [("TTKC", "TTKC"), (" ttkc ", "TTKC"), ("UBND", "UBND"),
                                           ("SCT", "SCT"), ("HĐNT", "HĐNT"), ("đkt", "ĐKT"), ("AB", "AB"),
                                           ("ABCDEFGHIJ", "ABCDEFGHIJ")])
def test_an_office_symbol_is_two_to_ten_capital_letters(typed: str, stored: str) -> None:
    assert numbering.check_symbol(typed) == stored


@pytest.mark.parametrize("typed", ["BB-TTKC", "bb-ttkc", "NT", "KS", "kt", "T", "ABCDEFGHIJK", "TT KC", "TTKC1",
                                   "UBND-X", "ỦBND", "", "   "])
def test_anything_else_is_refused_with_one_sentence(typed: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        numbering.check_symbol(typed)
    assert caught.value.errors == {"symbol": numbering.SYMBOL_RULE}
    assert "2–10 chữ cái in hoa" in numbering.SYMBOL_RULE and "NT, KS, KT" in numbering.SYMBOL_RULE


def test_by_body_each_kind_counts_for_itself(db: Database, actor: Actor) -> None:
    assert numbering.draft_symbol(db, "survey") == "BB-ĐKS"
    numbers = [_number(db, actor, kind) for kind in ("survey", "survey", "inspection", "acceptance", "survey")]
    assert numbers == ["01/BB-ĐKS", "02/BB-ĐKS", "01/BB-ĐKT", "01/BB-HĐNT", "03/BB-ĐKS"]
    assert _number(db, actor, "survey", YEAR + 1) == "01/BB-ĐKS"  # a new year starts again


def test_with_the_office_symbol_every_kind_shares_one_counter(db: Database, actor: Actor) -> None:
    assert numbering.set_office_symbol(db, actor, "ttkc") == "TTKC"
    assert {kind: numbering.draft_symbol(db, kind) for kind in numbering.BODIES} == dict.fromkeys(
        numbering.BODIES, "BB-TTKC")
    numbers = [_number(db, actor, kind) for kind in ("survey", "inspection", "acceptance", "survey")]
    assert numbers == ["01/BB-TTKC", "02/BB-TTKC", "03/BB-TTKC", "04/BB-TTKC"]
    assert _number(db, actor, "acceptance", YEAR + 1) == "01/BB-TTKC"


def test_switching_mid_year_never_gives_a_number_and_symbol_twice(db: Database, actor: Actor) -> None:
    given = [_number(db, actor, "survey"), _number(db, actor, "acceptance")]  # 01/BB-ĐKS, 01/BB-HĐNT
    numbering.set_office_symbol(db, actor, "TTKC")
    given += [_number(db, actor, "survey"), _number(db, actor, "inspection")]  # 01/BB-TTKC, 02/BB-TTKC
    numbering.set_office_symbol(db, actor, "")  # back to the bodies: their counters resume
    given += [_number(db, actor, "survey"), _number(db, actor, "inspection")]  # 02/BB-ĐKS, 01/BB-ĐKT
    numbering.set_office_symbol(db, actor, "UBND")
    given.append(_number(db, actor, "acceptance"))  # 01/BB-UBND
    numbering.set_office_symbol(db, actor, "TTKC")  # back to TTKC: its counter resumes, 03
    given.append(_number(db, actor, "survey"))
    # An office symbol that is a body's shares that body's counter: HĐNT after 01/BB-HĐNT goes on at 02.
    numbering.set_office_symbol(db, actor, "HĐNT")
    given += [_number(db, actor, "survey"), _number(db, actor, "inspection")]
    numbering.set_office_symbol(db, actor, "")
    given.append(_number(db, actor, "acceptance"))
    assert given == ["01/BB-ĐKS", "01/BB-HĐNT", "01/BB-TTKC", "02/BB-TTKC", "02/BB-ĐKS", "01/BB-ĐKT", "01/BB-UBND",
                     "03/BB-TTKC", "02/BB-HĐNT", "03/BB-HĐNT", "04/BB-HĐNT"]
    assert len(set(given)) == len(given)


def test_only_a_head_chooses_the_symbol_and_the_change_is_audited(db: Database, actor: Actor,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "COST", passwords.Cost(1024, 1, 1))
    officer_id = accounts.add_officer(db, actor, "Lê Thị Hoa", "Cán bộ", "officer", "hoa.le", "lụa-vạn-phúc-9")
    with pytest.raises(PermissionDenied, match="ký hiệu số biên bản"):
        numbering.set_office_symbol(db, Actor(actor.site_id, officer_id), "TTKC")
    with pytest.raises(ValidationFailed):
        numbering.set_office_symbol(db, actor, "BB-TTKC")
    assert numbering.draft_symbol(db, "survey") == "BB-ĐKS"
    numbering.set_office_symbol(db, actor, "TTKC")
    numbering.set_office_symbol(db, actor, "TTKC")  # no change, no entry
    numbering.set_office_symbol(db, actor, "")
    with db.read() as session:
        entries = session.scalars(select(ChangeLog).where(ChangeLog.table_name == "app_setting",
                                                          ChangeLog.record_id == numbering.SETTING)).all()
    assert [e.reason for e in entries] == [
        "Đổi ký hiệu số biên bản: theo đơn vị, BB-TTKC",
        "Đổi ký hiệu số biên bản: theo đoàn, hội đồng (BB-ĐKS, BB-ĐKT, BB-HĐNT)"]
    assert {e.changed_by for e in entries} == {actor.officer_id}
    page = audit.search(db)
    mine = [e for e in page.entries if e.table == "app_setting"]
    assert len(mine) == 2
    assert audit_text.record_title(mine[0], {}) == "Ký hiệu số biên bản"
    assert {audit_text.summary(e) for e in mine} == {"Ký hiệu số biên bản: (trống) → TTKC",
                                                     "Ký hiệu số biên bản: TTKC → (trống)"}


def _text_of(path: Path) -> str:
    pages = PdfReader(path).pages
    text = " ".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in pages)
    return " ".join(text.split())


def test_drafts_preview_and_finalized_minutes_print_the_office_symbol(db: Database, actor: Actor,
                                                                      tmp_path: Path) -> None:
    establishment = establishments.create(db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long",
                                                                        admin_unit_code="00583"))
    ids = {}
    for kind in ("survey", "inspection"):
        template = templates.published(db, kind)[0].id
        project = None
        if kind == "inspection":
            from kc_desktop.services import projects

            project = projects.save(db, actor, None, ProjectInput(code="KC-2026-001", title="Hỗ trợ lò nung gas",
                                                                  plan_year=2026, planned_start=dt.date(2026, 3, 1)))
        record = field_records.start(db, actor, kind, template, project, establishment, TODAY)
        answers = sample_answers(templates.definition(db, template), random.Random(3))
        if "ngay_nhan_ho_so" in answers:
            answers["ngay_nhan_ho_so"] = "2025-12-15"
        field_records.save_draft(db, actor, record, {
            "place": "Tại xưởng của cơ sở", "start_time": "08:30", "end_time": "10:15", "answers": answers,
            "conclusion": "Đủ điều kiện hỗ trợ.", "participants": [
                Participant("Nguyễn Văn An", "Cán bộ", "UBND xã", role="chair"),
                Participant("Lê Thị Hoa", "Chuyên viên", "UBND xã", role="secretary"),
                Participant("Phạm Thị Hương", "Chủ cơ sở", "", "establishment")]})
        ids[kind] = record
    numbering.set_office_symbol(db, actor, "TTKC")
    draft = _text_of(render.render_record(db, "survey", ids["survey"], tmp_path / "nhap.pdf"))
    assert "Số: …/BB-TTKC" in draft and "BB-ĐKS" not in draft
    assert field_records.finalize(db, actor, ids["survey"], TODAY) == "01/BB-TTKC"
    assert field_records.finalize(db, actor, ids["inspection"], TODAY) == "02/BB-TTKC"
    final = _text_of(render.render_record(db, "survey", ids["survey"], tmp_path / "ks.pdf"))
    assert "Số: 01/BB-TTKC" in final and "BẢN NHÁP" not in final
    # A number already given never changes, whatever the office chooses later.
    numbering.set_office_symbol(db, actor, "")
    again = _text_of(render.render_record(db, "inspection", ids["inspection"], tmp_path / "kt.pdf"))
    assert "Số: 02/BB-TTKC" in again and field_records.load(db, ids["inspection"]).number_text == "02/BB-TTKC"
