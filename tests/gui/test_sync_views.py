"""Đồng bộ screens on real databases: an office exports, the city imports, trusts, resolves a conflict."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from sqlalchemy import select

from kc_desktop.db.models import Establishment
from kc_desktop.db.models_sync import SyncImport
from kc_desktop.errors import Cancelled
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.trust_site import TrustSiteDialog
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.gui.views.conflicts import ConflictsView, SyncArea
from kc_desktop.gui.views.sync_city import PackageLine, SyncCityView, import_steps
from kc_desktop.gui.views.sync_office import SyncOfficeView
from kc_desktop.progress import drive
from kc_desktop.services import establishments
from kc_desktop.sync import city, conflicts, office, trust
from kc_desktop.sync.export import acknowledged, export_changes
from tests.sync.sync_helpers import CITY, OFFICES, Site, add_establishment, introduce, make_site

pytestmark = pytest.mark.gui


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    hq, bt = make_site(tmp_path, CITY), make_site(tmp_path, OFFICES["BT01"])
    introduce(hq, bt)
    yield hq, bt
    for site in (hq, bt):
        site.db.close()


def _ctx(site: Site) -> AppContext:
    ctx = AppContext.load(site.db)
    assert ctx is not None
    return ctx


def _run(qtbot, op: BackgroundOp) -> None:  # noqa: ANN001
    """Wait for work just started (its end is delivered through the event loop, not before this waits)."""
    with qtbot.waitSignal(op.finished, timeout=20_000):
        pass


def _results(view: SyncCityView) -> list[str]:
    return [view.results.item(row, 2).text() for row in range(view.results.rowCount())]


def test_office_exports_and_the_city_imports_once(qtbot, sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = sites
    add_establishment(bt, "Cơ sở gốm Minh Long", "0100233488")
    office_view = SyncOfficeView(_ctx(bt))
    qtbot.addWidget(office_view)
    assert "Chưa có biên nhận nào của Sở" in office_view.sent_label.text()
    assert "thay đổi chưa được Sở xác nhận" in office_view.sent_label.text()
    assert office_view.encrypt.isEnabled() and office_view.encrypt.isChecked()  # the city gave its key
    assert office_view.own_fingerprint.text() == bt.card.fingerprint
    assert "SCT-HN" in office_view.city_key.text()

    _run(qtbot, office_view.export_to(tmp_path / "usb"))
    exported = office_view.last_export
    assert exported is not None and exported.path is not None and exported.path.exists()
    assert exported.records >= 3  # site, officer, establishment
    assert not office_view.export_result.isHidden() and exported.path.name in office_view.export_result.text()

    city_view = SyncCityView(_ctx(hq))
    qtbot.addWidget(city_view)
    assert city_view.results.rowCount() == 0 and not city_view.results_empty.isHidden()
    changed: list[bool] = []
    city_view.data_changed.connect(lambda: changed.append(True))
    _run(qtbot, city_view.import_paths([tmp_path / "usb"]))
    assert _results(city_view)[0].startswith("Đã nhập"), _results(city_view)
    assert city_view.results.item(0, 1).text() == "BT01" and changed == [True]
    assert "1 đã nhập" in city_view.summary.text()
    with hq.db.read() as session:
        assert session.query(Establishment).filter_by(name="Cơ sở gốm Minh Long").count() == 1
    sites_table = city_view.sites.table
    row = next(r for r in range(sites_table.rowCount()) if sites_table.item(r, 0).text() == "BT01")
    assert sites_table.item(row, 2).text() == bt.card.fingerprint
    assert sites_table.item(row, 3).text() == f"1–{exported.last}"

    tampered = tmp_path / "sua" / exported.path.name
    tampered.parent.mkdir()
    data = bytearray(exported.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    _run(qtbot, city_view.import_paths([exported.path, tampered]))
    first, second = _results(city_view)
    assert "đã nhập trước đó" in first.lower()
    assert second.startswith("Bị từ chối"), second
    assert "1 đã có từ trước, 1 bị từ chối" in city_view.summary.text()
    assert city_view.lines[1].card is None and city_view.untrusted.isHidden()  # a broken file: nothing to trust

    # The receipt goes back; the office then has nothing new to send.
    receipts = city.write_receipts(hq.db, tmp_path / "back")
    _run(qtbot, office_view.read_paths(receipts))
    assert [r.status for r in office_view.results] == [city.IMPORTED]
    assert "Sở đã nhận đủ đến thay đổi số" in office_view.result_list.item(0).text()
    assert acknowledged(bt.db) == exported.last
    assert "Không có thay đổi nào chờ gửi" in office_view.sent_label.text()
    _run(qtbot, office_view.export_to(tmp_path / "usb2"))
    assert office_view.last_export.path is None
    assert "Không có thay đổi mới" in office_view.export_result.text()


def test_cancel_stops_between_packages_and_keeps_those_imported(qtbot, sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = sites
    add_establishment(bt, "Cơ sở gốm Minh Long")
    first = export_changes(bt.db, tmp_path / "usb").path
    add_establishment(bt, "Cơ sở mây tre Phú Vinh")
    second = export_changes(bt.db, tmp_path / "usb").path
    view = SyncCityView(_ctx(hq))
    qtbot.addWidget(view)
    found: list[PackageLine] = []
    with pytest.raises(Cancelled):  # Cancel pressed while the first package was being imported
        drive(import_steps(hq.db, [first, second], hq.actor.site_id, found), cancelled=lambda: bool(found))
    assert [line.outcome.path for line in found] == [first]
    assert [i.file_name for i in _imports(hq)] == [first.name]
    view.show_lines(found, stopped=True)
    assert "1 đã nhập" in view.summary.text() and "các gói còn lại chưa nhập" in view.summary.text()


def _imports(site: Site) -> list[SyncImport]:
    with site.db.read() as session:
        return list(session.scalars(select(SyncImport)))


def test_office_reads_a_reference_package_and_refuses_a_foreign_file(qtbot, sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = sites
    add_establishment(bt, "Cơ sở mây tre Phú Vinh")
    package = export_changes(bt.db, tmp_path / "usb").path
    city_view = SyncCityView(_ctx(hq))
    qtbot.addWidget(city_view)
    city_view.write_receipts(tmp_path / "back")
    assert city_view.notice.kind == "ok" and "1 biên nhận" in city_view.notice.text()
    _run(qtbot, city_view.publish_reference(tmp_path / "back"))
    [reference] = [p for p in city_view.written if "danh-muc" in p.name]
    office_view = SyncOfficeView(_ctx(bt))
    qtbot.addWidget(office_view)
    _run(qtbot, office_view.read_paths([reference, package]))
    lines = [office_view.result_list.item(i).text() for i in range(office_view.result_list.count())]
    assert "đã cập nhật danh mục của Sở" in lines[0] and "bảng mức hỗ trợ" in lines[0]
    assert [r.status for r in office_view.results] == [city.IMPORTED, city.REJECTED]
    assert "chỉ nhập được ở máy của Sở" in lines[1]
    _run(qtbot, office_view.read_paths([reference]))
    assert office_view.results[0].status == city.ALREADY


def test_trust_dialog_needs_the_fingerprint_read_out(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = make_site(tmp_path, CITY), make_site(tmp_path, OFFICES["BT01"])
    try:
        add_establishment(bt, "Cơ sở sơn mài Hạ Thái")
        package = export_changes(bt.db, tmp_path / "usb").path
        view = SyncCityView(_ctx(hq))
        qtbot.addWidget(view)
        _run(qtbot, view.import_paths([package]))
        assert _results(view)[0].startswith("Bị từ chối") and "chưa được tin cậy" in _results(view)[0]
        assert view.lines[0].card is not None and view.lines[0].card.code == "BT01"
        assert not view.untrusted.isHidden() and "BT01" in view.untrusted.text()

        dialog = view.trust_line(0)
        assert isinstance(dialog, TrustSiteDialog)
        assert dialog.fingerprint.text() == bt.card.fingerprint
        assert dialog.code.text() == "BT01" and dialog.name.text() == "UBND xã Bát Tràng"
        assert not dialog.trust_button.isEnabled()
        wrong = "0000 " * 8
        type_text(dialog.typed, wrong)
        assert not dialog.trust_button.isEnabled() and "Không khớp" in dialog.verdict.text()
        dialog.confirm()  # refused while it does not match: nothing registered
        assert trust.trusted(hq.db) == []
        dialog.typed.clear()
        type_text(dialog.typed, bt.card.fingerprint.lower().replace(" ", "-"))
        assert dialog.trust_button.isEnabled() and "Trùng khớp" in dialog.verdict.text()
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        assert [row.code for row in trust.trusted(hq.db)] == ["BT01"]
        # Trusting the office imports its refused packages again at once.
        qtbot.waitUntil(lambda: view.import_button.isEnabled() and view.lines[0].outcome.status == city.IMPORTED,
                        timeout=20_000)
        assert view.untrusted.isHidden()

        view.sites.table.selectRow(0)
        assert view.sites.revoke_button.isEnabled()
        view.sites.revoke(trust.trusted(hq.db)[0].site_id)
        assert not trust.trusted(hq.db)[0].active
        assert "(đã thu hồi)" in view.sites.table.item(0, 1).text()
    finally:
        hq.db.close()
        bt.db.close()


def test_trust_dialog_explains_a_file_that_is_not_a_card(qtbot, sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = sites
    junk = tmp_path / "rac.json"
    junk.write_text("{}", "utf-8")
    dialog = TrustSiteDialog(_ctx(hq), junk)
    qtbot.addWidget(dialog)
    assert not dialog.error.isHidden() and "không có khóa công khai hợp lệ" in dialog.error.text()
    assert not dialog.typed.isEnabled() and not dialog.trust_button.isEnabled()
    card = tmp_path / "bt.json"
    trust.write_card(bt.db, card)
    office_dialog = TrustSiteDialog(_ctx(hq), card, expect_city=True)
    qtbot.addWidget(office_dialog)
    assert "không phải khóa của Sở" in office_dialog.error.text()
    known = TrustSiteDialog(_ctx(hq), card)
    qtbot.addWidget(known)
    assert "đã được tin cậy" in known.already.text()


def _edit(site: Site, record_id: str, **changes: str) -> None:
    current, version, _ = establishments.load(site.db, record_id)
    establishments.update(site.db, site.actor, record_id, dataclasses.replace(current, **changes),
                          expected_version=version)


def _make_conflict(hq: Site, bt: Site, tmp_path: Path) -> str:
    record = add_establishment(bt, "Cơ sở gốm Minh Long", "0100233488")
    city.import_package(hq.db, export_changes(bt.db, tmp_path / "a").path)
    office.read_receipt(bt.db, next(p for p in city.write_receipts(hq.db, tmp_path / "r") if "BT01" in p.name))
    _edit(hq, record, representative="Nguyễn Thị Hoa")
    _edit(bt, record, name="Công ty TNHH Gốm Minh Long")
    assert city.import_package(hq.db, export_changes(bt.db, tmp_path / "b").path).applied.conflicts == 1
    return record


def test_conflicts_view_resolves_field_by_field(qtbot, sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = sites
    record = _make_conflict(hq, bt, tmp_path)
    view = ConflictsView(_ctx(hq))
    qtbot.addWidget(view)
    counts: list[int] = []
    view.count_changed.connect(counts.append)
    assert view.list.rowCount() == 1
    assert [view.list.item(0, c).text() for c in range(3)] == ["Công ty TNHH Gốm Minh Long", "Cơ sở", "BT01"]
    assert [view.fields.item(r, 0).text() for r in range(2)] == ["Tên cơ sở", "Người đại diện"]
    assert view.fields.item(0, 1).text() == "Công ty TNHH Gốm Minh Long"
    assert view.fields.item(0, 2).text() == "Cơ sở gốm Minh Long"
    assert view.fields.item(1, 2).text() == "Nguyễn Thị Hoa"
    assert view.choices() == {"name": "applied", "representative": "applied"}
    use = view.fields.cellWidget(1, 3).findChild(QRadioButton, "use_representative")
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert view.choices() == {"name": "applied", "representative": "other"}
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert conflicts.open_conflicts(hq.db) == [] and counts[-1] == 0
    assert view.list.rowCount() == 0 and not view.list_empty.isHidden()
    with hq.db.read() as session:
        stored = session.get(Establishment, record)
        assert (stored.name, stored.representative) == ("Công ty TNHH Gốm Minh Long", "Nguyễn Thị Hoa")


def test_city_window_says_chế_độ_sở_and_counts_conflicts(qtbot, sites, tmp_path: Path) -> None:  # noqa: ANN001
    hq, bt = sites
    _make_conflict(hq, bt, tmp_path)
    window = MainWindow(_ctx(hq))
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("Chế độ Sở") and window.mode_label.text() == "<b>Chế độ Sở</b>"
    window.show_area("sync")
    area = window.pages.currentWidget()
    assert isinstance(area, SyncArea) and isinstance(area.exchange, SyncCityView)
    sync_item = window.navigation.item(window.navigation.currentRow())
    assert sync_item.text() == "Đồng bộ (1)" and area.tabText(1) == "Xung đột (1)"
    area.setCurrentIndex(1)
    area.conflicts.save()
    assert sync_item.text() == "Đồng bộ" and area.tabText(1) == "Xung đột"

    office_window = MainWindow(_ctx(bt))
    qtbot.addWidget(office_window)
    assert "Chế độ Sở" not in office_window.windowTitle()
    assert isinstance(office_window.sync.exchange, SyncOfficeView)
