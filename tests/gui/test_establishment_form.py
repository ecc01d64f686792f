"""The establishment form: errors shown as the officer types, saving, duplicates, stale edits."""

from __future__ import annotations

import unicodedata

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.establishment_form import EstablishmentDialog
from kc_desktop.services import establishments


@pytest.fixture
def form(qtbot, ctx: AppContext) -> EstablishmentDialog:  # noqa: ANN001
    dialog = EstablishmentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _edit(dialog: EstablishmentDialog, name: str) -> QLineEdit:
    widget = dialog.fields.inputs[name]
    assert isinstance(widget, QLineEdit)
    return widget


def _leave(qtbot, edit: QLineEdit) -> None:  # noqa: ANN001
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # ends editing like Tab would, without depending on focus


@pytest.mark.gui
def test_invalid_tax_code_is_shown_inline_and_blocks_saving(
    qtbot,
    form: EstablishmentDialog,  # noqa: ANN001
    ctx: AppContext,
) -> None:
    assert not form.save_button.isEnabled()  # name and ward/commune are required
    assert form.fields.errors["name"].isHidden()  # nothing is shouted before the officer has typed
    assert "Tên cơ sở" in form.hint.text() and "Xã/Phường" in form.hint.text()
    tax = _edit(form, "tax_code")
    qtbot.keyClicks(tax, "0100233489")
    _leave(qtbot, tax)
    error = form.fields.errors["tax_code"]
    assert error.isVisible()
    assert "0100233489" in error.text() and "không hợp lệ" in error.text()
    assert not form.save_button.isEnabled()
    assert form.save() is False
    assert establishments.count(ctx.db) == 0
    tax.selectAll()
    qtbot.keyClicks(tax, "0100233488")
    assert error.isHidden()  # fixed while typing: the error goes at once


@pytest.mark.gui
def test_valid_form_saves_nfc_text(qtbot, form: EstablishmentDialog, ctx: AppContext) -> None:  # noqa: ANN001
    name = unicodedata.normalize("NFD", "Cơ sở gốm Nguyễn Thị Hằng")
    type_text(_edit(form, "name"), name)
    qtbot.keyClicks(_edit(form, "tax_code"), "100233488")  # Excel dropped the leading zero
    qtbot.keyClicks(_edit(form, "phone"), "+84912345678")
    unit = form.fields.choice("admin_unit_code").lineEdit()
    qtbot.keyClicks(unit, "bat trang")
    qtbot.keyClick(unit, Qt.Key.Key_Return)
    form.fields.inputs["employees"].setValue(12)
    form.fields.inputs["women_owned"].setChecked(True)
    assert form.fields.choice("admin_unit_code").code() == "00583"
    assert form.save_button.isEnabled()
    saved: list[str] = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(saved) == 1 and not form.isVisible()
    data, version, deleted = establishments.load(ctx.db, saved[0])
    assert data.name == "Cơ sở gốm Nguyễn Thị Hằng" == unicodedata.normalize("NFC", name)
    assert (data.tax_code, data.phone, data.admin_unit_code) == ("0100233488", "0912345678", "00583")
    assert (data.employees, data.women_owned, version, deleted) == (12, True, 1, False)


@pytest.mark.gui
def test_duplicate_tax_code_links_to_the_record_already_there(
    qtbot,
    form: EstablishmentDialog,  # noqa: ANN001
    ctx: AppContext,
    sample: dict[str, str],
) -> None:
    type_text(_edit(form, "name"), "Công ty Gốm Mới")
    qtbot.keyClicks(_edit(form, "tax_code"), "0100233488")
    form.fields.choice("admin_unit_code").set_code("00583")
    assert form.save_button.isEnabled()
    opened: list[str] = []
    form.open_record.connect(opened.append)
    assert form.save() is False
    error = form.fields.errors["tax_code"]
    assert error.isVisible() and "Công ty TNHH Gốm sứ Minh Long" in error.text()
    link = form.fields.duplicate
    assert link.isVisible() and "Mở hồ sơ đã có" in link.text()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(8, link.height() // 2))
    assert opened == [sample["gom"]]
    assert establishments.count(ctx.db) == 4
    tax = _edit(form, "tax_code")
    tax.selectAll()
    qtbot.keyClicks(tax, "0100109106")
    assert link.isHidden() and error.isHidden()


@pytest.mark.gui
def test_editing_keeps_the_version_and_refuses_stale_saves(
    qtbot,
    ctx: AppContext,  # noqa: ANN001
    sample: dict[str, str],
) -> None:
    dialog = EstablishmentDialog(ctx, sample["lua"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sửa cơ sở — Hợp tác xã Lụa Vạn Phúc"
    assert dialog.fields.choice("admin_unit_code").code() == "09556"
    data = establishments.load(ctx.db, sample["lua"])[0]
    establishments.update(ctx.db, ctx.actor, sample["lua"], EstablishmentInput(**{**vars(data), "employees": 9}))
    _edit(dialog, "representative").setText("Nguyễn Văn Đông")
    assert dialog.save() is False
    assert dialog.banner.isVisible() and "vừa được người khác sửa" in dialog.banner.text()
    assert establishments.load(ctx.db, sample["lua"])[0].representative == "Nguyễn Văn Đức"
    dialog.banner.linkActivated.emit("reload")  # the officer clicks "Tải lại"
    assert dialog.fields.inputs["employees"].value() == 9
    _edit(dialog, "representative").setText("Nguyễn Văn Đông")
    assert dialog.save() is True
    assert establishments.load(ctx.db, sample["lua"])[0].representative == "Nguyễn Văn Đông"


@pytest.mark.gui
def test_deleted_record_opens_read_only(qtbot, ctx: AppContext, sample: dict[str, str]) -> None:  # noqa: ANN001
    establishments.delete(ctx.db, ctx.actor, sample["moc"])
    dialog = EstablishmentDialog(ctx, sample["moc"])
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert not dialog.fields.inputs["name"].isEnabled()
    assert "thùng rác" in dialog.banner.text()
