"""The establishment register as an officer uses it: search as you type, filters, delete and restore."""

from __future__ import annotations

import pytest
from gui_helpers import click_box_button, village_id
from PySide6.QtCore import Qt

from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.views.establishments import EstablishmentView
from kc_desktop.services import establishments


@pytest.fixture
def view(qtbot, ctx: AppContext, sample: dict[str, str]) -> EstablishmentView:  # noqa: ANN001
    widget = EstablishmentView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _expected(ctx: AppContext, **filters: object) -> int:
    return len(establishments.search_ids(ctx.db, EstablishmentFilter(**filters)))  # type: ignore[arg-type]


@pytest.mark.gui
@pytest.mark.parametrize("typed", ["bat trang", "dong anh", "0100"])
def test_typing_in_the_search_box_filters_the_list(
    qtbot,
    view: EstablishmentView,
    ctx: AppContext,  # noqa: ANN001
    typed: str,
) -> None:
    assert view.model.rowCount() == 4
    expected = _expected(ctx, text=typed)
    assert 0 < expected < 4
    qtbot.keyClicks(view.search_box, typed)
    qtbot.waitUntil(lambda: view.model.rowCount() == expected)
    assert view.count_label.text() == f"{expected} cơ sở"
    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)


@pytest.mark.gui
def test_filters_narrow_the_list(qtbot, view: EstablishmentView, ctx: AppContext) -> None:  # noqa: ANN001
    unit = view.filters.unit
    view.activateWindow()
    qtbot.mouseClick(unit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unit.lineEdit().selectedText() == "Tất cả")  # clicking in selects it
    qtbot.keyClicks(unit.lineEdit(), "bat trang")
    qtbot.keyClick(unit.lineEdit(), Qt.Key.Key_Return)
    assert unit.code() == "00583"
    assert view.model.rowCount() == _expected(ctx, admin_unit_code="00583") == 2
    view.filters.kind.setCurrentIndex(view.filters.kind.findData("enterprise"))
    assert view.model.rowCount() == 1
    view.filters.kind.setCurrentIndex(0)  # Tất cả
    view.filters.village.set_code(village_id(ctx.db, "Làng gốm Bát Tràng"))
    assert view.model.rowCount() == 1
    assert view.model.record(0).name == "Công ty TNHH Gốm sứ Minh Long"
    unit.set_code(None)
    view.filters.village.set_code(None)
    assert view.model.rowCount() == 4
    assert view.filters.unit.currentText() == "Tất cả"


@pytest.mark.gui
def test_delete_asks_first_then_restore_from_the_trash(
    qtbot,
    wait_box,
    view: EstablishmentView,  # noqa: ANN001
    ctx: AppContext,
    sample: dict[str, str],
) -> None:
    row = view.model.row_of(sample["lua"])
    view.table.selectRow(row)
    assert view.delete_action.isEnabled() and not view.restore_action.isEnabled()
    view.delete_action.trigger()
    box = wait_box()
    assert box.text() == "Xóa cơ sở «Hợp tác xã Lụa Vạn Phúc»?"
    click_box_button(box, "Không")
    assert establishments.load(ctx.db, sample["lua"])[2] is False
    view.delete_action.trigger()
    click_box_button(wait_box(), "Xóa")
    assert establishments.load(ctx.db, sample["lua"])[2] is True
    assert view.model.rowCount() == 3
    assert view.model.row_of(sample["lua"]) == -1

    qtbot.mouseClick(view.trash, Qt.MouseButton.LeftButton)
    assert view.trash.isChecked()
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "1 cơ sở trong thùng rác"
    assert not view.delete_action.isEnabled()
    view.table.selectRow(0)
    assert view.restore_action.isEnabled()
    view.restore_action.trigger()
    assert establishments.load(ctx.db, sample["lua"])[2] is False
    assert view.model.rowCount() == 0
    assert view.empty_label.isVisible() and view.empty_label.text() == "Thùng rác trống."
    view.trash.setChecked(False)
    assert view.model.rowCount() == 4


@pytest.mark.gui
def test_double_click_opens_the_form(qtbot, view: EstablishmentView, sample: dict[str, str]) -> None:  # noqa: ANN001
    from kc_desktop.gui.dialogs.establishment_form import EstablishmentDialog

    row = view.model.row_of(sample["gom"])
    view.table.scrollTo(view.model.index(row, 0))
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(EstablishmentDialog)))
    dialog = next(d for d in view.findChildren(EstablishmentDialog) if d.isVisible())
    assert dialog.record_id == sample["gom"]
    assert dialog.fields.inputs["name"].text() == "Công ty TNHH Gốm sứ Minh Long"
    dialog.reject()


@pytest.mark.gui
def test_saving_a_new_record_refreshes_the_list(qtbot, view: EstablishmentView, ctx: AppContext) -> None:  # noqa: ANN001
    dialog = view.add()
    dialog.fields.inputs["name"].setText("Cơ sở mây tre đan Phú Vinh")
    dialog.fields.choice("admin_unit_code").set_code("10030")
    dialog._validate()
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 5
    new_id = view.selected_ids()[0]
    assert establishments.load(ctx.db, new_id)[0].name == "Cơ sở mây tre đan Phú Vinh"
