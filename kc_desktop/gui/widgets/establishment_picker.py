"""Choose one establishment by searching the lazy list (never a combo box of 100,000 names)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.db.engine import Database
from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.gui.models.establishments import COLUMNS, EstablishmentTableModel
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.widgets.notices import list_table
from kc_desktop.services import establishments

_SHOWN = ("name", "kind", "tax_code", "representative", "admin_unit_code", "craft_village_id")
_WIDTHS = {"name": 300, "kind": 120, "tax_code": 130, "representative": 170, "admin_unit_code": 150}


def establishment_label(db: Database, establishment_id: str | None) -> str:
    """'Name — Xã/Phường' of an establishment, '' if there is none."""
    if not establishment_id:
        return ""
    found = establishments.rows(db, [establishment_id])
    if not found:
        return ""
    row = found[0]
    return f"{row.name} — {row.admin_unit_name}" if row.admin_unit_name else row.name


class EstablishmentPickerDialog(FitsScreen, QDialog):
    """Search box over the establishment list; `preferred` (a project's beneficiaries) are one click away."""

    picked = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None, preferred: Sequence[str] = (),
                 text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("EstablishmentPicker")
        self.setWindowTitle(self.tr("Chọn cơ sở"))
        self._db = db
        self.model = EstablishmentTableModel(db, self)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Tìm theo tên, mã số thuế, người đại diện, xã/phường… "
                                                   "(gõ không dấu cũng được)"))
        self.count_label = QLabel(self)
        self.table = list_table(self, self.model, name="table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, (name, _label) in enumerate(COLUMNS):
            self.table.setColumnHidden(column, name not in _SHOWN)
            if name in _WIDTHS:
                self.table.setColumnWidth(column, _WIDTHS[name])
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Chọn cơ sở này"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.buttons.addButton(self.tr("Thôi"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _i: self._accept())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        if preferred:
            quick = QHBoxLayout()
            quick.addWidget(QLabel(self.tr("Cơ sở thụ hưởng của đề án:"), self))
            for establishment_id in preferred:
                button = QPushButton(establishment_label(db, establishment_id), self)
                button.setObjectName("preferred")
                button.clicked.connect(lambda _c=False, i=establishment_id: self._choose(i))
                quick.addWidget(button)
            quick.addStretch(1)
            layout.addLayout(quick)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self.search_box.setText(text)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self.model.search(EstablishmentFilter(text=self.search_box.text()))
        self.count_label.setText(self.tr("{n} cơ sở").format(n=thousands(self.model.rowCount())))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _accept(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self._choose(chosen)

    def _choose(self, establishment_id: str) -> None:
        self.picked.emit(establishment_id)
        self.accept()


class EstablishmentField(QWidget):
    """The chosen establishment's name and a "Chọn…" button that opens the search dialog."""

    changed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._id: str | None = None
        self.preferred: list[str] = []
        self.line = QLineEdit(self)
        self.line.setReadOnly(True)
        self.line.setPlaceholderText(self.tr("Chưa chọn cơ sở"))
        self.button = QPushButton(self.tr("&Chọn…"), self)
        self.button.setObjectName("choose")
        self.button.clicked.connect(self.open_picker)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.dialog: EstablishmentPickerDialog | None = None

    def value(self) -> str | None:
        return self._id

    def set_value(self, establishment_id: str | None) -> None:
        self._id = establishment_id
        text = establishment_label(self._db, establishment_id)
        self.line.setText(text)
        self.line.setToolTip(text)
        self.line.setCursorPosition(0)

    def set_read_only(self, on: bool) -> None:
        self.button.setVisible(not on)

    def open_picker(self) -> EstablishmentPickerDialog:
        dialog = EstablishmentPickerDialog(self._db, self, self.preferred)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.picked.connect(self._picked)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _picked(self, establishment_id: str) -> None:
        if establishment_id != self._id:
            self.set_value(establishment_id)
            self.changed.emit(establishment_id)
