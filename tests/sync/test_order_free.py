"""Packages in any order, twice, or only some of them: the city always reaches the same state."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kc_desktop.db.engine import open_database
from kc_desktop.db.models import AppSetting
from kc_desktop.services import establishments
from kc_desktop.sync import city
from kc_desktop.sync.export import ACKNOWLEDGED, export_changes
from tests.sync.sync_helpers import CITY, OFFICES, Site, add_establishment, introduce, make_site, snapshot


def _acknowledge(site: Site, last: int) -> None:
    with site.db.session() as session:
        session.merge(AppSetting(key=ACKNOWLEDGED, value=str(last)))


def _rename(site: Site, record_id: str, name: str) -> None:
    current, version, _ = establishments.load(site.db, record_id)
    establishments.update(site.db, site.actor, record_id, dataclasses.replace(current, name=name),
                          expected_version=version)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two offices' work over several exports: new records, edits, a deletion, edits of old records."""
    root = tmp_path_factory.mktemp("history")
    hq = make_site(root, CITY)
    bt, vp = make_site(root, OFFICES["BT01"]), make_site(root, OFFICES["VP02"])
    introduce(hq, bt, vp)
    packages: list[Path] = []
    ids = [add_establishment(bt, f"Cơ sở gốm Bát Tràng số {n}") for n in range(6)]
    vp_ids = [add_establishment(vp, f"Cơ sở lụa Hà Đông số {n}", unit="09556") for n in range(3)]
    for step in range(4):
        for office in (bt, vp):
            result = export_changes(office.db, root / "usb")
            packages.append(result.path)
            _acknowledge(office, result.last)
        _rename(bt, ids[step], f"Cơ sở gốm Bát Tràng số {step} (đổi tên lần {step + 1})")
        _rename(bt, ids[0], f"Cơ sở gốm Bát Tràng số 0, sửa lần {step + 1}")
        ids.append(add_establishment(bt, f"Cơ sở mới {step}"))
        _rename(vp, vp_ids[step % 3], f"Cơ sở lụa Hà Đông đổi tên {step}")
        if step == 2:
            establishments.delete(bt.db, bt.actor, ids[1])
    for office in (bt, vp):
        packages.append(export_changes(office.db, root / "usb").path)
    hq.db.close()
    return {"city_folder": hq.folder, "packages": packages, "offices": (bt, vp), "root": root}


def _fresh_city(history: dict, tmp: Path):  # noqa: ANN202
    folder = tmp / "city"
    shutil.copytree(history["city_folder"], folder)
    return open_database(folder / "kc.sqlite")


def _offices_state(history: dict) -> dict:
    state = {}
    for office in history["offices"]:
        state.update(snapshot(office.db, origin=office.actor.site_id))
    return state


def _city_state(db, history: dict) -> dict:  # noqa: ANN001
    state = {}
    for office in history["offices"]:
        state.update(snapshot(db, origin=office.actor.site_id))
    return state


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_order_with_duplicates_and_subsets(history: dict, tmp_path_factory, data) -> None:  # noqa: ANN001
    packages = history["packages"]
    chosen = data.draw(st.sets(st.sampled_from(range(len(packages))), min_size=1), label="subset")
    order = data.draw(st.permutations(sorted(chosen)), label="order")
    repeats = data.draw(st.lists(st.sampled_from(sorted(chosen)), max_size=3), label="repeats")
    tmp = tmp_path_factory.mktemp("order")
    first = _fresh_city(history, tmp / "a")
    second = _fresh_city(history, tmp / "b")
    try:
        for index in [*order, *repeats]:
            assert city.import_package(first, packages[index]).status in (city.IMPORTED, city.ALREADY)
        for index in sorted(chosen):  # the same subset, in the order written
            assert city.import_package(second, packages[index]).status == city.IMPORTED
        assert _city_state(first, history) == _city_state(second, history)
        if chosen == set(range(len(packages))):
            assert _city_state(first, history) == _offices_state(history)
    finally:
        first.close()
        second.close()


def test_every_package_in_reverse_order_gives_the_offices_data(history: dict, tmp_path: Path) -> None:
    db = _fresh_city(history, tmp_path)
    try:
        lines = [city.import_package(db, path) for path in reversed(history["packages"])]
        assert all(o.status == city.IMPORTED for o in lines), [o.line for o in lines]
        assert _city_state(db, history) == _offices_state(history)
        assert city.gaps(db) == []
    finally:
        db.close()


def test_a_missing_package_is_shown_as_a_gap(history: dict, tmp_path: Path) -> None:
    db = _fresh_city(history, tmp_path)
    try:
        bt_packages = [p for p in history["packages"] if "BT01" in p.name]
        for path in bt_packages[:1] + bt_packages[2:]:
            city.import_package(db, path)
        missing = bt_packages[1].stem.split("-")
        [gap] = city.gaps(db)
        assert (gap.first, gap.last) == (int(missing[2]), int(missing[3]))
        assert gap.message == f"Gói {gap.first}–{gap.last} từ UBND xã Bát Tràng chưa nhận được."
    finally:
        db.close()
