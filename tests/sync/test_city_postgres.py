"""City mode on a real PostgreSQL server: import, idempotence, refusal leaving nothing, several staff at once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.sync import city, conflicts, office
from kc_desktop.sync.export import export_changes
from tests.sync.sync_helpers import CITY, OFFICES, add_establishment, introduce, make_site, snapshot

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(tmp_path: Path, pg_url: str):  # noqa: ANN201
    hq = make_site(tmp_path, CITY, url=pg_url)
    bt, vp = make_site(tmp_path, OFFICES["BT01"]), make_site(tmp_path, OFFICES["VP02"])
    introduce(hq, bt, vp)
    yield hq, bt, vp, tmp_path
    hq.db.close()


def _rows(db: Database) -> dict[str, list]:
    """Every row of every table of the city database, in a stable order."""
    tables = {}
    with db.engine.connect() as connection:
        names = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
        for name in sorted(names):
            tables[name] = sorted(map(repr, connection.execute(text(f'SELECT * FROM "{name}"')).all()))
    return tables


def test_round_trip_and_same_package_twice(world) -> None:  # noqa: ANN001
    hq, bt, vp, tmp = world
    for n in range(5):
        add_establishment(bt, f"Cơ sở gốm Bát Tràng {n}")
    add_establishment(vp, "Hợp tác xã Lụa Vạn Phúc", "0100047516", unit="09556")
    packages = [export_changes(site.db, tmp / "usb").path for site in (bt, vp)]
    assert [city.import_package(hq.db, p).status for p in reversed(packages)] == [city.IMPORTED] * 2
    for site in (bt, vp):
        assert snapshot(hq.db, origin=site.actor.site_id) == snapshot(site.db, origin=site.actor.site_id)
    before = _rows(hq.db)
    assert city.import_package(hq.db, packages[0]).status == city.ALREADY
    assert _rows(hq.db) == before
    receipt = next(p for p in city.write_receipts(hq.db, tmp / "back") if "BT01" in p.name)
    assert office.read_receipt(bt.db, receipt).acknowledged > 0


def test_a_refused_package_leaves_the_database_as_it_was(world) -> None:  # noqa: ANN001
    hq, bt, vp, tmp = world
    add_establishment(bt, "Cơ sở gốm Minh Long")
    good = export_changes(bt.db, tmp / "usb").path
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    (bad := tmp / "bad.kcpkg").write_bytes(bytes(data))
    before = _rows(hq.db)
    assert city.import_package(hq.db, bad).status == city.REJECTED
    assert _rows(hq.db) == before


def test_conflict_and_resolution_on_postgresql(world) -> None:  # noqa: ANN001
    import dataclasses

    from kc_desktop.services import establishments

    hq, bt, _, tmp = world
    record = add_establishment(bt, "Cơ sở gốm Minh Long")
    city.import_package(hq.db, export_changes(bt.db, tmp / "a").path)
    office.read_receipt(bt.db, next(p for p in city.write_receipts(hq.db, tmp / "r") if "BT01" in p.name))
    for site, change in ((hq, {"phone": "0912345678"}), (bt, {"name": "Công ty Gốm Minh Long"})):
        current, version, _ = establishments.load(site.db, record)
        establishments.update(site.db, site.actor, record, dataclasses.replace(current, **change),
                              expected_version=version)
    assert city.import_package(hq.db, export_changes(bt.db, tmp / "b").path).applied.conflicts == 1
    [conflict] = conflicts.open_conflicts(hq.db)
    conflicts.resolve(hq.db, hq.actor, conflict.id, {f: "other" if f == "phone" else "applied"
                                                     for f in conflict.fields})
    assert establishments.load(hq.db, record)[0].phone == "0912345678"


def test_several_staff_import_at_the_same_time(world) -> None:  # noqa: ANN001
    hq, bt, vp, tmp = world
    for n in range(40):
        add_establishment(bt, f"Cơ sở gốm số {n}")
        add_establishment(vp, f"Cơ sở lụa số {n}", unit="09556")
    packages = [export_changes(site.db, tmp / "usb").path for site in (bt, vp)]
    outcomes: list[city.Outcome] = []
    barrier = threading.Barrier(4)

    def staff(path: Path) -> None:
        barrier.wait()
        outcomes.append(city.import_package(hq.db, path))

    threads = [threading.Thread(target=staff, args=(p,)) for p in (*packages, *packages)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(o.status for o in outcomes)
    assert statuses == [city.ALREADY, city.ALREADY, city.IMPORTED, city.IMPORTED], [o.line for o in outcomes]
    with hq.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Establishment)) == 80
