"""The catalogue of craft villages (làng nghề): add, rename, mark as recognised by the city."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.services import reference
from kc_desktop.services.reference import CraftVillageRow


class CraftVillageDialog(QDialog):
    """List on the left, the chosen village's fields on the right; saving refreshes the list."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[CraftVillageRow] = []
        self._current: str | None = None
        self.setWindowTitle(self.tr("Danh mục làng nghề"))
        self.resize(1040, 560)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Làng nghề"), self.tr("Xã/Phường"), self.tr("TP công nhận"), self.tr("Số cơ sở")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        self.name = QLineEdit()
        self.unit = ChoiceCombo()
        self.unit.set_choices(reference.admin_units(ctx.db))
        self.products = QLineEdit()
        self.products.setPlaceholderText(self.tr("Ví dụ: Gốm sứ, sơn mài"))
        self.recognised = QCheckBox(self.tr("Được Thành phố công nhận là làng nghề"))
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("Số, ngày quyết định công nhận"))
        self.recognised.toggled.connect(self.decision.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Tên làng nghề *"), self.name)
        form.addRow(self.tr("Xã/Phường"), self.unit)
        form.addRow(self.tr("Sản phẩm"), self.products)
        form.addRow("", self.recognised)
        form.addRow(self.tr("Quyết định công nhận"), self.decision)
        self.hint = QLabel(
            self.tr("Theo Nghị định 235/2025/NĐ-CP, cơ sở ở phường chỉ được hỗ trợ khi thuộc làng nghề được "
                    "Thành phố công nhận.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        new_button = QPushButton(self.tr("Thêm làng nghề mới"))
        new_button.clicked.connect(self.new)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box = QGroupBox(self.tr("Thông tin làng nghề"))
        right = QVBoxLayout(box)
        right.addLayout(form)
        right.addWidget(self.hint)
        right.addStretch(1)
        right.addLayout(buttons)

        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(box, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
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
