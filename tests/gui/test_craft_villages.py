"""The craft-village catalogue: add one, mark it recognised, and the establishment filters know it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.craft_villages import CraftVillageDialog
from kc_desktop.services import reference

pytestmark = pytest.mark.gui


def test_add_and_recognise_a_craft_village(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    dialog = CraftVillageDialog(ctx)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()
    dialog.name.setText("Làng đúc đồng Đại Bái")
    dialog.unit.set_code("00583")
    dialog.products.setText("Đồ đồng")
    dialog.recognised.setChecked(True)
    dialog.decision.setText("QĐ 1234/QĐ-UBND ngày 02/03/2020")
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()
    assert dialog.table.rowCount() == before + 1
    saved = next(r for r in reference.craft_village_rows(ctx.db) if r.name == "Làng đúc đồng Đại Bái")
    assert saved.recognised and saved.recognition_decision.startswith("QĐ 1234")
    dialog.name.setText("")
    dialog.save_button.click()
    assert len(reference.craft_village_rows(ctx.db)) == before + 1


def test_enter_saves_the_village(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    """Lưu is the dialog's default button (built in code before ui/craft_villages.ui, «Thêm làng nghề mới»
    became the default when the dialog opened, so Enter in a field cleared the form)."""
    dialog = CraftVillageDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_button.isDefault()
    dialog.name.setText("Làng mây tre đan Phú Vinh")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert any(r.name == "Làng mây tre đan Phú Vinh" for r in reference.craft_village_rows(ctx.db))
