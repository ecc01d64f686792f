"""Who may do what, checked through the real services: finalize, correct finalized minutes, trust keys, publish."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AppSetting
from kc_desktop.domain.acceptance import AcceptanceItem, CouncilMember, ItemSide
from kc_desktop.domain.enums import Role
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.errors import KCError, PermissionDenied, ValidationFailed
from kc_desktop.services import (
    acceptances,
    accounts,
    establishments,
    field_records,
    installation,
    passwords,
    projects,
    templates,
)
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant
from kc_desktop.services.permissions import RULES, Action, allowed, refusal, require
from kc_desktop.sync import city, conflicts, trust
from tests.sync.sync_helpers import CITY, OFFICES, make_site

TODAY = dt.date(2026, 11, 20)
EXPECTED = {
    Action.FINALIZE: {"officer", "head", "city_admin"},
    Action.CORRECT_FINALIZED: {"head", "city_admin"},
    Action.TRUST_SITE: {"head", "city_admin"},
    Action.PUBLISH_REFERENCE: {"city_admin"},
    Action.RESOLVE_CONFLICT: {"head", "city_admin"},
    Action.MANAGE_ACCOUNTS: {"head", "city_admin"},
    Action.VIEW_AUDIT: {"officer", "head", "city_admin"},
    Action.SET_BACKUP_PASSPHRASE: {"head", "city_admin"},
    Action.SET_MINUTES_SYMBOL: {"head", "city_admin"},
}


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "COST", passwords.Cost(1024, 1, 1))


def _with_officer(db: Database, head: Actor, role: str = "officer", username: str = "hoa.le") -> Actor:
    officer_id = accounts.add_officer(db, head, "Lê Thị Hoa", "Cán bộ", role, username, "lụa-vạn-phúc-9")
    return Actor(head.site_id, officer_id)


def test_every_action_has_its_roles_and_a_reason() -> None:
    assert set(RULES) == set(Action) == set(EXPECTED)
    for action, roles in EXPECTED.items():
        assert {role.value for role in Role if allowed(role.value, action)} == roles, action
        assert refusal(action).endswith(".")
    assert not allowed(None, Action.VIEW_AUDIT) and not allowed("nobody", Action.FINALIZE)
    assert refusal(Action.CORRECT_FINALIZED).startswith("Chỉ lãnh đạo đơn vị mới được sửa biên bản đã hoàn tất")


def test_the_first_officer_runs_the_installation(db: Database, actor: Actor) -> None:
    assert installation.office_info(db).role == "head"
    require(db, actor, Action.CORRECT_FINALIZED)


def _finalized_survey(db: Database, officer: Actor, head: Actor) -> str:
    establishment = establishments.create(db, head, EstablishmentInput(name="Cơ sở gốm Minh Long",
                                                                       admin_unit_code="00583"))
    template = templates.published(db, "survey")[0].id
    record = field_records.start(db, officer, "survey", template, None, establishment, TODAY)
    field_records.save_draft(db, officer, record, {
        "place": "Tại xưởng", "conclusion": "Đủ điều kiện.", "start_time": "08:30", "end_time": "10:15",
        "answers": sample_answers(templates.definition(db, template), random.Random(3)),
        "participants": [Participant("Lê Thị Hoa", "Cán bộ", role="chair"),
                         Participant("Nguyễn Văn An", "Cán bộ", role="secretary"),
                         Participant("Phạm Thị Hương", side="establishment")],
    })
    assert field_records.finalize(db, officer, record, TODAY)  # every officer finalizes on the spot
    return record


def test_an_officer_cannot_correct_a_finalized_record_a_head_can(db: Database, actor: Actor) -> None:
    officer = _with_officer(db, actor)
    record = _finalized_survey(db, officer, actor)
    with pytest.raises(PermissionDenied, match="Chỉ lãnh đạo đơn vị mới được sửa biên bản đã hoàn tất"):
        field_records.correct(db, officer, record, "Ghi nhầm số lao động")
    assert field_records.load(db, record).superseded_by == []
    copy = field_records.correct(db, actor, record, "Ghi nhầm số lao động")
    assert field_records.load(db, copy).supersedes_id == record


def test_acceptance_minutes_follow_the_same_rule(db: Database, actor: Actor) -> None:
    officer = _with_officer(db, actor)
    establishment = establishments.create(db, actor, EstablishmentInput(name="Cơ sở gốm", admin_unit_code="00583"))
    project = projects.save(db, actor, None, ProjectInput(
        code="KC-2026-001", title="Hỗ trợ lò nung gas", plan_year=2026, support_kind_code="may_moc_thiet_bi",
        approval_decision_no="125/QĐ-SCT", approval_date=dt.date(2026, 3, 2), total_amount=700_000_000,
        kc_amount=300_000_000, counterpart_amount=400_000_000,
        beneficiaries=[BeneficiaryInput(establishment, 700_000_000, 300_000_000, 400_000_000)]))
    record = acceptances.start(db, officer, project, establishment, TODAY)
    side = ItemSide(name="Lò nung", model="LG", origin="Việt Nam", year_made=2026, quantity=1, unit="cái",
                    unit_price=400_000_000)
    acceptances.save_draft(db, officer, record, {
        "council": [CouncilMember("Trần Văn Quyết", "Trung tâm", "Phó Giám đốc", "chair"),
                    CouncilMember("Lê Thu Trang", "Trung tâm", "Chuyên viên", "secretary"),
                    CouncilMember("Phạm Thị Hương", "Cơ sở", "Chủ cơ sở", "beneficiary")],
        "place": "Xưởng gốm", "conclusion": "accepted", "items": [AcceptanceItem(side, side)],
        "start_time": "08:30", "end_time": "10:15", "council_decision_no": "31/QĐ-TTKC",
        "council_decision_date": dt.date(2026, 3, 20)})
    for member in range(3):
        acceptances.sign(db, officer, record, member, None, on_paper=True)
    assert acceptances.finalize(db, officer, record, TODAY) == "01/BB-HĐNT"
    with pytest.raises(PermissionDenied):
        acceptances.correct(db, officer, record, "Sai số sê-ri")
    assert acceptances.load(db, acceptances.correct(db, actor, record, "Sai số sê-ri")).supersedes_id == record


def test_only_heads_resolve_conflicts(db: Database, actor: Actor) -> None:
    officer = _with_officer(db, actor)
    with pytest.raises(PermissionDenied, match="xung đột"):
        conflicts.resolve(db, officer, 12345, {})
    with pytest.raises(KCError, match="không còn"):
        conflicts.resolve(db, actor, 12345, {})


@pytest.fixture
def city_and_office(tmp_path: Path):  # noqa: ANN201
    hq, bt = make_site(tmp_path, CITY), make_site(tmp_path, OFFICES["BT01"])
    yield hq, bt
    hq.db.close()
    bt.db.close()


def test_an_office_officer_cannot_trust_a_key_its_head_can(city_and_office) -> None:  # noqa: ANN001
    hq, bt = city_and_office
    officer = _with_officer(bt.db, bt.actor)
    card = hq.card
    with pytest.raises(PermissionDenied, match="tin cậy"):
        trust.trust(bt.db, card, card.fingerprint, "Lê Thị Hoa", actor=officer)
    assert trust.trusted(bt.db) == []
    trust.trust(bt.db, card, card.fingerprint, "Nguyễn Văn An", actor=bt.actor)
    with pytest.raises(PermissionDenied):
        trust.revoke(bt.db, hq.actor.site_id, actor=officer)
    # The command line acts as the installation's current officer.
    with bt.db.session() as session:
        session.merge(AppSetting(key=installation.CURRENT_OFFICER, value=officer.officer_id))
    with pytest.raises(PermissionDenied):
        trust.revoke(bt.db, hq.actor.site_id)
    assert [row.active for row in trust.trusted(bt.db)] == [True]


def test_only_the_city_administrator_publishes(city_and_office, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = city_and_office
    trust.trust(hq.db, bt.card, bt.card.fingerprint, actor=hq.actor)
    trust.trust(bt.db, hq.card, hq.card.fingerprint, actor=bt.actor)
    assert installation.office_info(hq.db).role == "city_admin"
    city_head = _with_officer(hq.db, hq.actor, role="head", username="lanh.dao")
    city_officer = _with_officer(hq.db, hq.actor, role="officer", username="chuyen.vien")
    for who in (city_head, city_officer):
        with pytest.raises(PermissionDenied, match="Chỉ quản trị của Sở"):
            city.publish_reference(hq.db, tmp_path / "out", actor=who)
        with pytest.raises(PermissionDenied):
            city.write_receipts(hq.db, tmp_path / "out", actor=who)
        with pytest.raises(PermissionDenied):
            city.set_support_limits(hq.db, tmp_path / "limits.json", actor=who)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    with pytest.raises(PermissionDenied):
        trust.trust(hq.db, bt.card, bt.card.fingerprint, actor=city_officer)
    trust.trust(hq.db, bt.card, bt.card.fingerprint, actor=city_head)  # a head of the city trusts offices
    assert len(city.publish_reference(hq.db, tmp_path / "out", actor=hq.actor)) == 1
    assert len(city.write_receipts(hq.db, tmp_path / "out", actor=hq.actor)) == 1
    # Only an administrator makes another one.
    with pytest.raises(ValidationFailed, match="Chỉ quản trị của Sở mới giao"):
        accounts.add_officer(hq.db, city_head, "Người khác", "", "city_admin", "nguoi.khac", "mật-khẩu-dài-1")
    assert accounts.add_officer(hq.db, hq.actor, "Phó phòng", "", "city_admin", "pho.phong", "mật-khẩu-dài-1")
