"""The audit travels: an office package carries audit.jsonl, the city keeps it and shows every office's history."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kc_desktop.db.models import Establishment
from kc_desktop.db.models_sync import SyncAudit
from kc_desktop.errors import KCError
from kc_desktop.services import audit, audit_text, establishments
from kc_desktop.services.audit import AuditFilter
from kc_desktop.sync import city, conflicts, identity, package
from kc_desktop.sync.export import export_changes
from tests.sync.sync_helpers import CITY, OFFICES, Site, add_establishment, introduce, make_site


@pytest.fixture
def sites(tmp_path: Path) -> tuple[Site, Site]:
    hq, bt = make_site(tmp_path, CITY), make_site(tmp_path, OFFICES["BT01"])
    introduce(hq, bt)
    yield hq, bt
    hq.db.close()
    bt.db.close()


def _rename(site: Site, record_id: str, name: str) -> None:
    data, version, _ = establishments.load(site.db, record_id)
    establishments.update(site.db, site.actor, record_id, dataclasses.replace(data, name=name), version)


def _stored(site: Site) -> int:
    with site.db.read() as session:
        return session.scalar(select(func.count()).select_from(SyncAudit)) or 0


def test_the_audit_survives_the_trip_to_the_city(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, bt = sites
    record = add_establishment(bt, "Cơ sở gốm Minh Long", "0100233488")
    _rename(bt, record, "Công ty TNHH Gốm Minh Long")
    establishments.delete(bt.db, bt.actor, record)
    establishments.restore(bt.db, bt.actor, record)
    result = export_changes(bt.db, tmp_path / "usb")
    public = identity.signing_key(bt.db).public_key()
    read = package.read(result.path, lambda site: public)
    assert package.AUDIT in read.manifest["members"]  # listed, hashed and signed like the records
    lines = [json.loads(line) for line in read.extra[package.AUDIT].splitlines()]
    carried = {(c["table"], c["id"]) for c in read.changes}
    assert lines and all((line["table"], line["id"]) in carried for line in lines)
    assert all(result.first <= line["seq"] <= result.last for line in lines)
    mine = [line for line in lines if line["id"] == record]
    assert [line["version"] for line in mine] == [1, 2, 3, 4]
    assert mine[1]["fields"] == {"name": ["Cơ sở gốm Minh Long", "Công ty TNHH Gốm Minh Long"]}
    assert mine[1]["changed_by_name"] == "Nguyễn Văn An" and mine[1]["changed_by"] == bt.actor.officer_id

    outcome = city.import_package(hq.db, result.path)
    assert outcome.status == city.IMPORTED, outcome.line
    assert _stored(hq) == len(lines)
    history = audit.history(hq.db, record)
    assert [e.action for e in history] == [audit.CREATE, audit.EDIT, audit.DELETE, audit.RESTORE]
    assert all(e.site_id == bt.actor.site_id and e.changed_by_name == "Nguyễn Văn An" for e in history)
    assert history[1].fields == mine[1]["fields"]
    assert audit.search(hq.db, AuditFilter(site_id=bt.actor.site_id)).total == len(lines)
    assert audit.search(hq.db, AuditFilter(site_id=bt.actor.site_id, text="Công ty TNHH")).total >= 1
    assert any(site == bt.actor.site_id and "BT01" in label for site, label in audit.sources(hq.db))
    assert audit_text.record_title(history[0], audit_text.names(hq.db, history)) == "Công ty TNHH Gốm Minh Long"

    # The same package again, then a full re-export overlapping it: nothing is kept twice.
    assert city.import_package(hq.db, result.path).status == city.ALREADY
    _rename(bt, record, "Công ty TNHH Gốm sứ Minh Long")
    again = export_changes(bt.db, tmp_path / "usb2", everything=True)
    assert city.import_package(hq.db, again.path).status == city.IMPORTED
    assert _stored(hq) == len(lines) + 1
    assert audit.history(hq.db, record)[-1].fields["name"][1] == "Công ty TNHH Gốm sứ Minh Long"


def test_a_package_without_an_audit_is_refused(sites: tuple[Site, Site], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    hq, bt = sites
    add_establishment(bt, "Cơ sở gốm Quang Vinh")
    original = package.write

    def old_format(path, key, header, changes, attachments=None, extra=None):  # noqa: ANN001, ANN202
        return original(path, key, header, changes, attachments)  # as a program before the audit travelled

    monkeypatch.setattr(package, "write", old_format)
    result = export_changes(bt.db, tmp_path / "old")
    with package.open_archive(result.path)[0] as archive:
        assert package.AUDIT not in archive.namelist()
    # Every change has a person behind it: a change without its audit line is refused (issue 11).
    outcome = city.import_package(hq.db, result.path)
    assert outcome.status == city.REJECTED and "không kèm dòng nhật ký" in outcome.message
    assert _stored(hq) == 0


def test_a_bad_audit_line_refuses_the_whole_package(sites: tuple[Site, Site], tmp_path: Path) -> None:
    hq, bt = sites
    record = add_establishment(bt, "Cơ sở gốm Quang Vinh")
    good = export_changes(bt.db, tmp_path / "good")
    read = package.read(good.path, lambda site: identity.signing_key(bt.db).public_key())
    header = {k: v for k, v in read.manifest.items() if k not in ("format", "format_version", "counts", "members")}
    for bad in (b"not json\n", b'{"seq": 999999, "table": "establishment"}\n',
                json.dumps({"seq": good.first, "table": "bí mật", "id": record, "version": 1,
                            "changed_at": "2026-11-20T01:00:00+00:00"}).encode() + b"\n"):
        path = package.write(tmp_path / "bad.kcpkg", identity.signing_key(bt.db), header, read.changes,
                             extra={package.AUDIT: bad})
        outcome = city.import_package(hq.db, path)
        assert outcome.status == city.REJECTED and "nhật ký thay đổi" in outcome.message, outcome.line
        with hq.db.read() as session:
            assert session.get(Establishment, record) is None
    assert _stored(hq) == 0


def test_extra_members_cannot_take_reserved_or_unsafe_names(sites: tuple[Site, Site], tmp_path: Path) -> None:
    _, bt = sites
    header = {"kind": "receipt", "sender": bt.card.header(), "sequence": {"from": 0, "to": 0}}
    for name in (package.CHANGES, package.MANIFEST, "attachments/x", "../x", ".hidden", "a/b"):
        with pytest.raises(KCError, match="không dùng được"):
            package.write(tmp_path / "x.kcpkg", identity.signing_key(bt.db), header, [], extra={name: b"x"})


def test_the_city_sees_the_office_history_and_its_own_conflict_decision(sites: tuple[Site, Site],
                                                                        tmp_path: Path) -> None:
    hq, bt = sites
    record = add_establishment(bt, "Cơ sở gốm Minh Long", "0100233488")
    city.import_package(hq.db, export_changes(bt.db, tmp_path / "a").path)
    _rename(hq, record, "Cơ sở gốm Minh Long (Sở sửa)")
    _rename(bt, record, "Công ty TNHH Gốm Minh Long")
    assert city.import_package(hq.db, export_changes(bt.db, tmp_path / "b").path).applied.conflicts == 1
    [conflict] = conflicts.open_conflicts(hq.db)
    conflicts.resolve(hq.db, hq.actor, conflict.id, {"name": "other"})
    history = audit.history(hq.db, record)
    sources = [(e.site_id == hq.actor.site_id, e.changed_by_name) for e in history]
    assert sources == [(False, "Nguyễn Văn An"), (True, "Trần Thị Bình"), (False, "Nguyễn Văn An"),
                       (True, "Trần Thị Bình")]
    decision = history[-1]
    assert decision.reason == "Giải quyết xung đột đồng bộ: lấy lại giá trị bên kia cho Tên cơ sở"
    assert decision.fields == {"name": ["Công ty TNHH Gốm Minh Long", "Cơ sở gốm Minh Long (Sở sửa)"]}
