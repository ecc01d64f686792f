"""The catalogue of craft villages (làng nghề): add, rename, mark as recognised by the city."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.ui_forms.craft_villages_ui import Ui_CraftVillageDialog
from kc_desktop.services import reference
from kc_desktop.services.reference import CraftVillageRow


class CraftVillageDialog(FitsScreen, QDialog):
    """List on the left, the chosen village's fields on the right; saving refreshes the list. The layout is
    ui/craft_villages.ui."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[CraftVillageRow] = []
        self._current: str | None = None
        self.ui = Ui_CraftVillageDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.table = ui.table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.name = ui.name
        self.unit = ui.unit
        self.unit.set_choices(reference.admin_units(ctx.db))
        self.products = ui.products
        self.recognised = ui.recognised
        self.decision = ui.decision
        self.recognised.toggled.connect(self.decision.setEnabled)
        self.hint = ui.hint
        self.save_button = ui.save_button
        self.save_button.clicked.connect(self.save)
        ui.new_button.clicked.connect(self.new)
        ui.close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        ui.close.rejected.connect(self.reject)
        self.reload()
        self.new()

    def reload(self, select: str | None = None) -> None:
        self._rows = reference.craft_village_rows(self._ctx.db)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            cells = [row.name, row.admin_unit_name, self.tr("Có") if row.recognised else "", str(row.establishments)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
            if row.id == select:
                self.table.selectRow(index)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = self._rows[rows[0].row()]
        self._current = row.id
        self.name.setText(row.name)
        self.unit.set_code(row.admin_unit_code)
        self.products.setText(row.products)
        self.recognised.setChecked(row.recognised)
        self.decision.setText(row.recognition_decision)
        self.decision.setEnabled(row.recognised)

    def new(self) -> None:
        self.table.clearSelection()
        self._current = None
        for edit in (self.name, self.products, self.decision):
            edit.clear()
        self.unit.set_code(None)
        self.recognised.setChecked(False)
        self.decision.setEnabled(False)
        self.name.setFocus()

    def save(self) -> None:
        self.unit.resolve()
        try:
            village_id = reference.save_craft_village(
                self._ctx.db, self._ctx.actor, self._current, self.name.text(), self.unit.code(),
                self.products.text(), self.recognised.isChecked(), self.decision.text(),
            )
        except ValidationFailed as exc:
            messages.show_error(self, "\n".join(exc.errors.values()))
            return
        except KCError as exc:
            messages.show_error(self, exc.message)
            return
        self._current = village_id
        self.reload(select=village_id)
        self.changed.emit()
