"""The first-run dialog (ui/first_run.ui) declares the office, its officer and that officer's account."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kc_desktop.db.engine import Database
from kc_desktop.gui.dialogs.first_run import FirstRunDialog
from kc_desktop.services import accounts, installation, passwords, setup


@pytest.fixture(autouse=True)
def _fast_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "COST", passwords.Cost(1024, 1, 1))


@pytest.mark.gui
def test_first_run_creates_the_site(qtbot, db: Database) -> None:  # noqa: ANN001
    setup.ensure_reference_data(db)
    dialog = FirstRunDialog(db, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo.isChecked() and dialog.wants_demo
    assert [dialog.level.itemText(i) for i in range(dialog.level.count())][0] == "Cấp xã/phường"

    assert not dialog.start.isEnabled()  # nothing filled in yet
    qtbot.keyClicks(dialog.site_code, "bt 01")
    dialog.site_name.setText("UBND xã Bát Tràng")
    dialog.officer_name.setText("Nguyễn Văn An")
    dialog.admin_unit.set_code("00583")
    assert not dialog.start.isEnabled()  # the officer's account too
    qtbot.keyClicks(dialog.username, "an.nguyen")
    dialog.password.setText("gốm-sứ-2026")
    dialog.confirm.setText("gốm-sứ-2026")
    assert dialog.start.isEnabled()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.errors["code"].isVisible() and "chỉ gồm chữ và số" in dialog.errors["code"].text()
    assert dialog.errors["name"].isHidden()
    assert installation.office_info(db) is None

    dialog.site_code.clear()
    qtbot.keyClicks(dialog.site_code, "bt01")
    dialog.officer_title.setText("Cán bộ khuyến công")
    dialog.admin_unit.lineEdit().selectAll()
    qtbot.keyClicks(dialog.admin_unit.lineEdit(), "bat trang")
    qtbot.keyClick(dialog.admin_unit.lineEdit(), Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    office = installation.office_info(db)
    assert office is not None and dialog.actor is not None
    assert (office.site_code, office.site_name, office.level, office.officer_name) == (
        "BT01",
        "UBND xã Bát Tràng",
        "commune",
        "Nguyễn Văn An",
    )
    assert dialog.actor.site_id == office.site_id
    assert office.role == "head"  # whoever sets the office up runs it, with the first account
    assert accounts.authenticate(db, "an.nguyen", "gốm-sứ-2026") == dialog.actor


@pytest.mark.gui
def test_a_weak_password_stops_the_first_run_before_anything_is_written(qtbot, db: Database) -> None:  # noqa: ANN001
    setup.ensure_reference_data(db)
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.site_code.setText("BT01")
    dialog.site_name.setText("UBND xã Bát Tràng")
    dialog.officer_name.setText("Nguyễn Văn An")
    dialog.admin_unit.set_code("00583")
    dialog.username.setText("an nguyen")
    dialog.password.setText("12345678")
    dialog.confirm.setText("12345678")
    assert dialog.submit() is False
    assert "Tên đăng nhập" in dialog.errors["username"].text() and dialog.errors["username"].isVisible()
    assert "quá dễ đoán" in dialog.errors["password"].text()
    assert installation.office_info(db) is None


@pytest.mark.gui
def test_city_office_needs_no_ward(qtbot, db: Database) -> None:  # noqa: ANN001
    setup.ensure_reference_data(db)
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.demo.isChecked()
    dialog.site_code.setText("SCT")
    dialog.site_name.setText("Trung tâm Khuyến công Hà Nội")
    dialog.level.setCurrentIndex(dialog.level.findData("city"))
    dialog.officer_name.setText("Trần Thị Bình")
    dialog.username.setText("binh.tran")
    dialog.password.setText("trung-tâm-kc-1")
    dialog.confirm.setText("trung-tâm-kc-1")
    assert dialog.submit() is True
    office = installation.office_info(db)
    assert office is not None and office.level == "city" and office.role == "city_admin"


@pytest.mark.gui
def test_typing_a_ward_then_down_and_return_takes_it(qtbot, db: Database) -> None:  # noqa: ANN001
    """"bat trang", Down, Return: the ward highlighted in the list is chosen, not the empty entry."""
    setup.ensure_reference_data(db)
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.admin_unit.line()
    line.setFocus()
    qtbot.keyClicks(line, "bat trang")
    popup = dialog.admin_unit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.admin_unit.code() == "00583" and dialog.admin_unit.currentText().startswith("Xã Bát Tràng")
