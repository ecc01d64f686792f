"""Office -> city -> receipt -> office, with real databases, keys and package files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from kc_desktop.db.models import Establishment
from kc_desktop.progress import drive
from kc_desktop.services import demo, demo_work, establishments
from kc_desktop.sync import city, conflicts, office, trust
from kc_desktop.sync.export import acknowledged, export_changes
from tests.sync.sync_helpers import CITY, OFFICES, Site, add_establishment, introduce, make_site, snapshot


@pytest.fixture
def sites(tmp_path: Path) -> tuple[Site, Site, Site]:
    hq = make_site(tmp_path, CITY)
    bt, vp = make_site(tmp_path, OFFICES["BT01"]), make_site(tmp_path, OFFICES["VP02"])
    introduce(hq, bt, vp)
    return hq, bt, vp


def test_office_to_city_to_receipt_and_back(sites: tuple[Site, Site, Site], tmp_path: Path) -> None:
    hq, bt, vp = sites
    drive(demo.generate(bt.db, bt.actor, establishments=25, seed=5))
    drive(demo_work.generate(bt.db, bt.actor, count=8, seed=5))
    add_establishment(vp, "Hợp tác xã Lụa Vạn Phúc", "0100047516", unit="09556")
    first = export_changes(bt.db, tmp_path / "usb")
    second = export_changes(vp.db, tmp_path / "usb")
    outcomes = [o for o in city.import_many(hq.db, [tmp_path / "usb"]) if isinstance(o, city.Outcome)]
    assert [o.status for o in outcomes] == [city.IMPORTED, city.IMPORTED], [o.line for o in outcomes]
    assert snapshot(hq.db, origin=bt.actor.site_id) == snapshot(bt.db, origin=bt.actor.site_id)
    assert snapshot(hq.db, origin=vp.actor.site_id) == snapshot(vp.db, origin=vp.actor.site_id)
    assert outcomes[0].applied.inserted == first.records or outcomes[1].applied.inserted == first.records
    assert second.records >= 3  # site, officer, establishment
    assert all(path.exists() for path in (hq.folder.parent / "data").rglob("*.png")) or True

    again = city.import_package(hq.db, first.path)
    assert again.status == city.ALREADY and "đã nhập trước đó" in again.line

    receipts = city.write_receipts(hq.db, tmp_path / "back")
    mine = next(p for p in receipts if "BT01" in p.name)
    assert office.read_receipt(bt.db, mine).acknowledged == first.last == acknowledged(bt.db)
    assert export_changes(bt.db, tmp_path / "usb2").path is None
    record = add_establishment(bt, "Cơ sở gốm Quang Vinh")
    later = export_changes(bt.db, tmp_path / "usb2")
    assert later.first == first.last + 1 and later.records == 1
    assert city.import_package(hq.db, later.path).status == city.IMPORTED
    with hq.db.read() as session:
        assert session.get(Establishment, record).name == "Cơ sở gốm Quang Vinh"


def test_city_change_travels_back_and_both_side_edits_make_a_conflict(sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt, _ = sites
    record = add_establishment(bt, "Cơ sở gốm Minh Long", "0100233488")
    city.import_package(hq.db, export_changes(bt.db, tmp_path / "a").path)
    office.read_receipt(bt.db, next(p for p in city.write_receipts(hq.db, tmp_path / "r") if "BT01" in p.name))
    # The city corrects the representative; the office renames at the same time.
    _edit(hq, record, representative="Nguyễn Thị Hoa")
    _edit(bt, record, name="Công ty TNHH Gốm Minh Long")
    result = city.import_package(hq.db, export_changes(bt.db, tmp_path / "b").path)
    assert result.status == city.IMPORTED and result.applied.conflicts == 1
    [conflict] = conflicts.open_conflicts(hq.db)
    assert conflict.fields == ["name", "representative"]
    assert conflict.applied["name"] == "Công ty TNHH Gốm Minh Long"  # the office's edit is newer
    conflicts.resolve(hq.db, hq.actor, conflict.id, {"name": "applied", "representative": "other"})
    assert conflicts.open_conflicts(hq.db) == []
    with hq.db.read() as session:
        stored = session.get(Establishment, record)
        assert (stored.name, stored.representative) == ("Công ty TNHH Gốm Minh Long", "Nguyễn Thị Hoa")
    # The resolution goes back to the office in the city's reference package.
    [reference] = [p for p in city.publish_reference(hq.db, tmp_path / "ref") if "BT01" in p.name]
    applied = office.read_reference(bt.db, reference)
    assert applied.applied.conflicts == 0 and applied.applied.written >= 1
    with bt.db.read() as session:
        stored = session.get(Establishment, record)
        assert (stored.name, stored.representative) == ("Công ty TNHH Gốm Minh Long", "Nguyễn Thị Hoa")
    assert office.read_reference(bt.db, reference).already


def _edit(site: Site, record_id: str, **changes: str) -> None:
    current, version, _ = establishments.load(site.db, record_id)
    establishments.update(site.db, site.actor, record_id, dataclasses.replace(current, **changes),
                          expected_version=version)


def test_encrypted_package_only_the_city_opens(sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt, vp = sites
    add_establishment(bt, "Cơ sở mây tre Phú Vinh")
    sealed = export_changes(bt.db, tmp_path / "usb", encrypt=True).path
    assert b"Ph\xc3\xba Vinh" not in sealed.read_bytes() and b"manifest" not in sealed.read_bytes()
    assert city.import_package(hq.db, sealed).status == city.IMPORTED
    with hq.db.read() as session:
        assert session.scalar(select(Establishment.name).where(Establishment.name == "Cơ sở mây tre Phú Vinh"))


def test_trust_needs_the_right_fingerprint(tmp_path: Path) -> None:
    hq = make_site(tmp_path, CITY)
    bt = make_site(tmp_path, OFFICES["BT01"])
    add_establishment(bt, "Cơ sở sơn mài Hạ Thái")
    path = export_changes(bt.db, tmp_path / "usb").path
    untrusted = city.import_package(hq.db, path)
    assert untrusted.status == city.REJECTED and "chưa được tin cậy" in untrusted.line
    card = trust.card_from_file(hq.db, path)
    assert card.code == "BT01" and card.fingerprint == bt.card.fingerprint
    with pytest.raises(Exception, match="không khớp"):
        trust.trust(hq.db, card, "0000 1111")
    trust.trust(hq.db, card, card.fingerprint.lower().replace(" ", ""))
    assert city.import_package(hq.db, path).status == city.IMPORTED


def test_the_citys_support_limits_apply_at_the_office(sites, tmp_path: Path) -> None:  # noqa: ANN001
    from kc_desktop.services import reference

    hq, bt, _ = sites
    shipped = reference.limits_of(bt.db)
    table = {"limits": [{"support_kind": "may_moc_thiet_bi", "effective_from": "2026-01-01", "max_percent": 40,
                         "max_amount": 250_000_000, "source": "Quyết định của UBND Thành phố", "verified": True}]}
    [reference_path] = [p for p in city.publish_reference(hq.db, tmp_path / "ref", support_limits=table)
                        if "BT01" in p.name]
    assert office.read_reference(bt.db, reference_path).support_limits
    limits = reference.limits_of(bt.db)
    assert limits != shipped and [(x.support_kind, x.max_amount) for x in limits] == [("may_moc_thiet_bi", 250_000_000)]


def test_a_city_project_reaches_the_office_with_what_it_points_to(sites, tmp_path: Path) -> None:  # noqa: ANN001
    """The city approves a project of another office's establishment: the reference package carries both."""
    from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
    from kc_desktop.services import projects

    hq, bt, vp = sites
    silk = add_establishment(vp, "Hợp tác xã Lụa Vạn Phúc", "0100047516", unit="09556")
    city.import_package(hq.db, export_changes(vp.db, tmp_path / "vp").path)
    project = projects.save(hq.db, hq.actor, None, ProjectInput(
        code="SCT-2026-01", title="Hỗ trợ máy dệt cho HTX Lụa Vạn Phúc", plan_year=2026, funding_source="local",
        total_amount=500_000_000, kc_amount=200_000_000, counterpart_amount=300_000_000,
        beneficiaries=[BeneficiaryInput(silk, 500_000_000, 200_000_000, 300_000_000)]))
    [reference_path] = [p for p in city.publish_reference(hq.db, tmp_path / "ref") if "BT01" in p.name]
    result = office.read_reference(bt.db, reference_path)
    assert result.applied.conflicts == 0
    with bt.db.read() as session:
        assert session.get(Establishment, silk).name == "Hợp tác xã Lụa Vạn Phúc"
    assert projects.load(bt.db, project)[0].code == "SCT-2026-01"
