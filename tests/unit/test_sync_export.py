"""Office side of sync: the latest state of every changed record, in one package the city can verify."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import SYNCED_TABLES, ChangeLog
from kc_desktop.progress import drive
from kc_desktop.services import demo, demo_work
from kc_desktop.sync import identity, package
from kc_desktop.sync.export import export_changes


def test_export_has_every_changed_record_once_and_verifies(db: Database, actor, tmp_path: Path) -> None:  # noqa: ANN001
    drive(demo.generate(db, actor, establishments=30, seed=3))
    drive(demo_work.generate(db, actor, count=16, seed=3))
    result = export_changes(db, tmp_path / "gui-so")
    assert result.path is not None and result.path.name.startswith("KC-BT01-1-")
    public = identity.signing_key(db).public_key()
    read = package.read(result.path,
                        lambda manifest: public if manifest["sender"]["site_id"] == actor.site_id else None)
    with db.read() as session:
        changed = set(session.execute(select(ChangeLog.table_name, ChangeLog.record_id)).all())
        # Built-in records (shipped templates and craft villages) are the same everywhere and never travel.
        distinct = sum(session.get(SYNCED_TABLES[t], i).origin_site_id == actor.site_id for t, i in changed)
        last = session.scalar(select(func.max(ChangeLog.seq)))
    assert len(read.changes) == distinct == result.records
    assert read.manifest["sequence"] == {"from": 1, "to": last}
    establishments = [c for c in read.changes if c["table"] == "establishment"]
    assert len(establishments) == 30
    assert all("search_text" not in c["fields"] and c["fields"]["origin_site_id"] == actor.site_id
               for c in establishments)
    signatures = [c for c in read.changes if c["table"] == "attachment"]
    assert signatures and len(read.attachments) == len({c["fields"]["sha256"] for c in signatures})


def test_nothing_new_means_no_package(db: Database, actor, tmp_path: Path) -> None:  # noqa: ANN001
    from kc_desktop.db.models import AppSetting

    first = export_changes(db, tmp_path)
    assert first.path is not None
    with db.session(actor) as session:
        session.merge(AppSetting(key="sync_acknowledged_seq", value=str(first.last)))
    again = export_changes(db, tmp_path)
    assert again.path is None and again.records == 0
    everything = export_changes(db, tmp_path, everything=True)
    assert everything.path is not None and everything.records == first.records
