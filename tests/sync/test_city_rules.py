"""Forged but genuinely signed packages (an office's own database and key in an adversary's hands):
the city applies its own users' rules to every incoming change and refuses them, changing nothing."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from kc_desktop import __version__
from kc_desktop.db import migrate
from kc_desktop.db.models_work import Acceptance, Project
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.services import demo, demo_work, projects
from kc_desktop.sync import audit_log, city, identity, package, trust
from kc_desktop.sync.export import export_changes, record_state
from tests.sync.sync_helpers import CITY, OFFICES, Site, add_establishment, introduce, make_site
from tests.sync.test_city_bad_input import dump


def _drive(steps: object) -> None:
    for _ in steps:  # type: ignore[attr-defined]
        pass


@pytest.fixture
def world(tmp_path: Path) -> dict:
    hq = make_site(tmp_path, CITY)
    bt, vp = make_site(tmp_path, OFFICES["BT01"]), make_site(tmp_path, OFFICES["VP02"])
    introduce(hq, bt, vp)
    _drive(demo.generate(bt.db, bt.actor, establishments=20, seed=4))
    _drive(demo_work.generate(bt.db, bt.actor, count=14, seed=4))
    own = add_establishment(bt, "Cơ sở gốm Quang Vinh")
    proposed = projects.save(bt.db, bt.actor, None, ProjectInput(
        code="KC-2026-99", title="Hỗ trợ máy nhào đất", total_amount=300_000_000, kc_amount=200_000_000,
        counterpart_amount=100_000_000, beneficiaries=[BeneficiaryInput(own, 300_000_000, 200_000_000, 100_000_000)]))
    theirs = add_establishment(vp, "Hợp tác xã Lụa Vạn Phúc", "0100047516", unit="09556")
    for site in (vp, bt):
        assert city.import_package(hq.db, export_changes(site.db, tmp_path / site.actor.site_id).path).status \
            == city.IMPORTED
    return {"hq": hq, "bt": bt, "vp": vp, "tmp": tmp_path, "proposed": proposed, "theirs": theirs}


def _state(site: Site, model: type, record_id: str) -> dict:
    with site.db.read() as session:
        return record_state(session.get(model, record_id))


def _forge(w: dict, lines: list[dict], *, audit: bool = True) -> Path:
    """A package signed with BT01's real key, carrying `lines` and (unless told) a plausible audit line each."""
    bt: Site = w["bt"]
    header = {"kind": "changes", "sender": trust.sender_block(bt.db), "schema": migrate.head_revision(),
              "program": __version__, "created_at": dt.datetime.now(dt.UTC).isoformat(),
              "sequence": {"from": 9000, "to": 9000 + len(lines)}}
    entries = [{"seq": 9000 + n, "table": line["table"], "id": line["id"], "version": line["version"],
                "deleted": False, "changed_at": dt.datetime.now(dt.UTC).isoformat(), "changed_by": bt.actor.officer_id,
                "changed_by_name": "Nguyễn Văn An", "fields": {}, "reason": None} for n, line in enumerate(lines, 1)]
    extra = {package.AUDIT: audit_log.to_bytes(entries)} if audit else {}
    return package.write(w["tmp"] / f"forged-{uuid.uuid4().hex[:6]}.kcpkg", identity.signing_key(bt.db), header,
                         lines, extra=extra)


def _refused(w: dict, path: Path, *words: str) -> str:
    before = dump(w["hq"])
    outcome = city.import_package(w["hq"].db, path)
    assert outcome.status == city.REJECTED, outcome.message
    for word in words:
        assert word.lower() in outcome.message.lower(), outcome.message
    assert dump(w["hq"]) == before
    return outcome.message


def _finalized_acceptance(bt: Site) -> str:
    with bt.db.read() as session:
        found = session.scalars(select(Acceptance.id).where(Acceptance.state == "finalized",
                                                            Acceptance.origin_site_id == bt.actor.site_id)).first()
    assert found is not None
    return found


def test_a_finalized_minutes_turned_back_into_a_draft_is_refused(world: dict) -> None:
    line = _state(world["bt"], Acceptance, _finalized_acceptance(world["bt"]))
    number = line["fields"]["number_text"]
    line["fields"].update(state="draft", number=None, number_text="", finalized_at=None,
                          conclusion_text="Nội dung đã được viết lại sau khi ký.")
    line["version"] += 1
    line["fields"]["version"] = line["version"]
    message = _refused(world, _forge(world, [line]), "Biên bản nghiệm thu", "đã hoàn tất nên không sửa được")
    assert number in message


def test_a_correction_must_replace_a_finalized_record_and_say_why(world: dict) -> None:
    original = _finalized_acceptance(world["bt"])
    line = _state(world["bt"], Acceptance, original)
    line["id"] = str(uuid.uuid4())
    line["fields"].update(state="draft", number=None, number_text="", supersedes_id=original, correction_reason="")
    line["version"] = line["fields"]["version"] = 1
    _refused(world, _forge(world, [line]), "lý do đính chính")


def test_a_project_jumping_to_settled_with_a_huge_settlement_is_refused(world: dict) -> None:
    line = _state(world["bt"], Project, world["proposed"])
    line["fields"].update(status="settled", settled_amount=10**12)
    line["version"] += 1
    line["fields"]["version"] = line["version"]
    _refused(world, _forge(world, [line]), "Đề án KC-2026-99", "số quyết toán", "lớn hơn kinh phí khuyến công")
    line["fields"].update(settled_amount=150_000_000)
    _refused(world, _forge(world, [line]), "từ «Đề xuất» sang «Đã quyết toán»", "từng bước")


def test_a_beneficiary_attached_to_another_offices_establishment_is_refused(world: dict) -> None:
    with world["bt"].db.read() as session:
        from kc_desktop.db.models_work import ProjectBeneficiary

        beneficiary = session.scalars(select(ProjectBeneficiary.id).where(
            ProjectBeneficiary.project_id == world["proposed"])).one()
        line = record_state(session.get(ProjectBeneficiary, beneficiary))
    line["id"] = str(uuid.uuid4())
    line["fields"]["establishment_id"] = world["theirs"]
    line["version"] = line["fields"]["version"] = 1
    _refused(world, _forge(world, [line]), "Cơ sở thụ hưởng đề án", "của một đơn vị khác")


def test_changes_without_an_audit_line_are_refused(world: dict) -> None:
    add_establishment(world["bt"], "Cơ sở mộc Thiết Úng")
    genuine = export_changes(world["bt"].db, world["tmp"] / "late").path
    read = package.read(genuine, lambda manifest: identity.signing_key(world["bt"].db).public_key())
    _refused(world, _forge(world, [dict(c) for c in read.changes], audit=False), "không kèm dòng nhật ký")
    # The genuine package, with its audit, goes in.
    assert city.import_package(world["hq"].db, genuine).status == city.IMPORTED


def test_genuine_work_of_every_kind_still_imports(world: dict) -> None:
    """The demo's projects in every status, finalized minutes and corrections are what offices really send."""
    hq: Site = world["hq"]
    with hq.db.read() as session:
        statuses = set(session.scalars(select(Project.status)
                                       .where(Project.origin_site_id == world["bt"].actor.site_id)))
    assert len(statuses) >= 4, statuses


def test_an_older_reference_package_never_rolls_the_office_back(world: dict, tmp_path: Path) -> None:
    from kc_desktop.db.models import AppSetting
    from kc_desktop.services.reference import SUPPORT_LIMITS
    from kc_desktop.sync import office

    hq, bt = world["hq"], world["bt"]
    limits = city.current_support_limits(hq.db)
    [older] = [p for p in city.publish_reference(hq.db, tmp_path / "r1") if "BT01" in p.name]
    changed = json.loads(json.dumps(limits))
    changed["limits"][0]["max_amount"] = int(changed["limits"][0].get("max_amount") or 0) + 1_000_000
    [newer] = [p for p in city.publish_reference(hq.db, tmp_path / "r2", support_limits=changed) if "BT01" in p.name]
    assert office.read_reference(bt.db, newer).number == 2
    with bt.db.read() as session:
        before = session.get(AppSetting, SUPPORT_LIMITS).value
    with pytest.raises(package.PackageRejected, match=r"đã có gói danh mục mới hơn \(số 2\)"):
        office.read_reference(bt.db, older)
    with bt.db.read() as session:
        assert session.get(AppSetting, SUPPORT_LIMITS).value == before
    assert office.read_reference(bt.db, newer).already
