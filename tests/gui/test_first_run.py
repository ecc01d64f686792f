"""The first-run dialog (ui/first_run.ui) declares the office and its officer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kc_desktop.db.engine import Database
from kc_desktop.gui.dialogs.first_run import FirstRunDialog
from kc_desktop.services import setup


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
    assert not dialog.start.isEnabled()  # a commune office names its commune
    dialog.admin_unit.set_code("00583")
    assert dialog.start.isEnabled()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.errors["code"].isVisible() and "chỉ gồm chữ và số" in dialog.errors["code"].text()
    assert dialog.errors["name"].isHidden()
    assert setup.office_info(db) is None

    dialog.site_code.clear()
    qtbot.keyClicks(dialog.site_code, "bt01")
    dialog.officer_title.setText("Cán bộ khuyến công")
    dialog.admin_unit.lineEdit().selectAll()
    qtbot.keyClicks(dialog.admin_unit.lineEdit(), "bat trang")
    qtbot.keyClick(dialog.admin_unit.lineEdit(), Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    office = setup.office_info(db)
    assert office is not None and dialog.actor is not None
    assert (office.site_code, office.site_name, office.level, office.officer_name) == (
        "BT01",
        "UBND xã Bát Tràng",
        "commune",
        "Nguyễn Văn An",
    )
    assert dialog.actor.site_id == office.site_id


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
    assert dialog.submit() is True
    office = setup.office_info(db)
    assert office is not None and office.level == "city"
