"""Projects: lifecycle transitions with history, beneficiaries, and the rules shown as warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from kc_desktop.db.engine import Database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput, ProjectStatus, allowed_transitions, rules_for
from kc_desktop.domain.rules import limit_for
from kc_desktop.errors import ValidationFailed
from kc_desktop.services import establishments, projects, reference
from kc_desktop.services.projects import TransitionRefused


@pytest.fixture
def places(db: Database, actor) -> dict[str, str]:  # noqa: ANN001
    village = next(c.code for c in reference.craft_villages(db) if c.label == "Làng lụa Vạn Phúc")
    make = lambda name, unit, cv=None: establishments.create(  # noqa: E731
        db, actor, EstablishmentInput(name=name, admin_unit_code=unit, craft_village_id=cv)
    )
    return {
        "commune": make("Cơ sở gốm Bát Tràng", "00583"),
        "ward": make("Cơ sở may Cầu Giấy", "00167"),
        "ward_village": make("Cơ sở lụa Vạn Phúc", "09556", village),
    }


def _project(code: str = "KCĐP-2026-01", **changes: object) -> ProjectInput:
    data = ProjectInput(
        code=code,
        title="Hỗ trợ máy nhào đất và lò nung gas",
        plan_year=2026,
        funding_source="local",
        support_kind_code="may_moc_thiet_bi",
        approval_date=dt.date(2026, 3, 2),
        total_amount=600_000_000,
        kc_amount=300_000_000,
        counterpart_amount=300_000_000,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_every_status_moves_only_one_step_or_to_cancelled() -> None:
    order = list(ProjectStatus)[:-1]
    for current, following in zip(order, order[1:], strict=False):
        assert allowed_transitions(current) == [following, ProjectStatus.CANCELLED]
    assert allowed_transitions(ProjectStatus.SETTLED) == []
    assert allowed_transitions(ProjectStatus.CANCELLED) == []


def test_lifecycle_is_kept_in_history(db: Database, actor) -> None:  # noqa: ANN001
    project_id = projects.save(db, actor, None, _project())
    for status in ("surveyed", "approved", "in_progress", "inspected", "accepted", "settled"):
        projects.transition(db, actor, project_id, status)
    steps = projects.history(db, project_id)
    assert [(h.from_status, h.to_status) for h in steps] == [
        (None, "proposed"),
        ("proposed", "surveyed"),
        ("surveyed", "approved"),
        ("approved", "in_progress"),
        ("in_progress", "inspected"),
        ("inspected", "accepted"),
        ("accepted", "settled"),
    ]
    assert all(h.changed_by == "Nguyễn Văn An" for h in steps)
    with pytest.raises(TransitionRefused, match="Đã quyết toán"):
        projects.transition(db, actor, project_id, "cancelled", "muộn")


def test_skipping_a_step_is_refused(db: Database, actor) -> None:  # noqa: ANN001
    project_id = projects.save(db, actor, None, _project())
    with pytest.raises(TransitionRefused, match="Đề xuất"):
        projects.transition(db, actor, project_id, "approved")
    assert projects.load(db, project_id)[1] == "proposed"


def test_cancelling_needs_a_reason(db: Database, actor) -> None:  # noqa: ANN001
    project_id = projects.save(db, actor, None, _project())
    with pytest.raises(ValidationFailed):
        projects.transition(db, actor, project_id, "cancelled", "  ")
    projects.transition(db, actor, project_id, "cancelled", "Cơ sở rút đơn")
    assert projects.history(db, project_id)[-1].reason == "Cơ sở rút đơn"


def test_rules_version_follows_the_approval_date() -> None:
    assert rules_for(dt.date(2025, 10, 14)).value == "nd45"
    assert rules_for(dt.date(2025, 10, 15)).value == "nd235"
    assert rules_for(None).value == "nd235"


def test_decree_235_eligibility_warnings(db: Database, actor, places: dict[str, str]) -> None:  # noqa: ANN001
    beneficiaries = [BeneficiaryInput(places[k], 200_000_000, 100_000_000, 100_000_000) for k in places]
    project_id = projects.save(db, actor, None, _project(beneficiaries=beneficiaries))
    codes = [(w.code, w.where) for w in projects.warnings(db, project_id)]
    assert ("ineligible_ward", "Cơ sở may Cầu Giấy") in codes
    assert not any(
        where in ("Cơ sở gốm Bát Tràng", "Cơ sở lụa Vạn Phúc") for code, where in codes if code == "ineligible_ward"
    )
    old_rules = projects.save(
        db, actor, None, _project("KCĐP-2025-07", approval_date=dt.date(2025, 6, 1), beneficiaries=beneficiaries)
    )
    assert projects.load(db, old_rules)[0].rules_version == "nd45"
    assert not [w for w in projects.warnings(db, old_rules) if w.code == "ineligible_ward"]


def test_support_limits_and_shares(db: Database, actor, places: dict[str, str]) -> None:  # noqa: ANN001
    over = BeneficiaryInput(places["commune"], 700_000_000, 350_000_000, 350_000_000)
    project_id = projects.save(
        db,
        actor,
        None,
        _project(beneficiaries=[over], total_amount=700_000_000, kc_amount=350_000_000, counterpart_amount=300_000_000),
    )
    found = {w.code: w.message for w in projects.warnings(db, project_id)}
    assert "shares_total" in found
    assert "limit_amount" in found and "300.000.000 đ" in found["limit_amount"]
    assert "limit_percent" not in found
    share = BeneficiaryInput(places["commune"], 400_000_000, 240_000_000, 160_000_000)
    projects.save(
        db,
        actor,
        project_id,
        _project(
            beneficiaries=[share], total_amount=400_000_000, kc_amount=240_000_000, counterpart_amount=160_000_000
        ),
    )
    found = {w.code: w.message for w in projects.warnings(db, project_id)}
    assert set(found) == {"limit_percent"}
    assert "60.0%" in found["limit_percent"]
    assert limit_for("may_moc_thiet_bi", dt.date(2017, 1, 1)) is None


def test_beneficiaries_are_saved_replaced_and_listed(db: Database, actor, places: dict[str, str]) -> None:  # noqa: ANN001
    first = [BeneficiaryInput(places["commune"], 100, 50, 50), BeneficiaryInput(places["ward"], 100, 50, 50)]
    project_id = projects.save(
        db, actor, None, _project(beneficiaries=first, total_amount=200, kc_amount=100, counterpart_amount=100)
    )
    projects.save(
        db, actor, project_id, _project(beneficiaries=first[:1], total_amount=100, kc_amount=50, counterpart_amount=50)
    )
    data, _, _ = projects.load(db, project_id)
    assert [b.establishment_id for b in data.beneficiaries] == [places["commune"]]
    (row,) = projects.rows(db, projects.search_ids(db, "may nhao"))
    assert (row.code, row.beneficiary_count, row.status_label) == ("KCĐP-2026-01", 1, "Đề xuất")


def test_project_validation(db: Database, actor) -> None:  # noqa: ANN001
    projects.save(db, actor, None, _project())
    with pytest.raises(ValidationFailed) as caught:
        projects.save(
            db,
            actor,
            None,
            _project(title="", planned_start=dt.date(2026, 5, 1), planned_end=dt.date(2026, 4, 1), kc_amount=-1),
        )
    assert set(caught.value.errors) == {"code", "title", "planned_end", "kc_amount"}
