"""The acceptance council table: members, roles, and a "Ký…" button on each row for signing on the spot."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.acceptance import CouncilRole
from kc_desktop.gui.models.acceptances import SIGNATURE_HEIGHT, CouncilModel
from kc_desktop.gui.widgets.delegates import EditDelegate
from kc_desktop.gui.widgets.notices import MUTED_COLOR


def signature_thumbnail(path: Path, height: int = SIGNATURE_HEIGHT) -> QPixmap:
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return pixmap
    scaled = pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
    if scaled.width() > height * 4:
        scaled = pixmap.scaled(height * 4, height, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    return scaled


class CouncilTable(QWidget):
    """Who sits on the council; `sign_requested(row)` when a member's "Ký…" button is pressed."""

    changed = Signal()
    sign_requested = Signal(int)
    unsign_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CouncilModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("council")
        self.table.setModel(self.model)
        self.table.setItemDelegate(EditDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(max(self.fontMetrics().height() + 16, SIGNATURE_HEIGHT + 10))
        self.table.setIconSize(QSize(SIGNATURE_HEIGHT * 4, SIGNATURE_HEIGHT))
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(190)
        metrics = self.fontMetrics()
        header = self.table.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            text = max(spec.sample, self.model.headerData(column, Qt.Orientation.Horizontal) or "",
                       key=metrics.horizontalAdvance)
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(text) + 28, 80))
        header.setSectionResizeMode(self.model.column_of("unit"), QHeaderView.ResizeMode.Stretch)
        self.sign_column = self.model.column_of("sign")
        self.add_button = QPushButton(self.tr("Thêm thành &viên"), self)
        self.add_button.setObjectName("addMember")
        self.remove_button = QPushButton(self.tr("Xóa thà&nh viên"), self)
        self.remove_button.setObjectName("removeMember")
        self.unsign_button = QPushButton(self.tr("Bỏ &chữ ký"), self)
        self.unsign_button.setObjectName("unsign")
        # The "Ký…" buttons in the rows are for the mouse; this one signs for the selected member from the keyboard.
        self.sign_button = QPushButton(self.tr("Ký ch&o người đang chọn…"), self)
        self.sign_button.setObjectName("signSelected")
        self.sign_button.setToolTip(self.tr("Ký trên máy, hoặc đánh dấu đã ký trên giấy, cho thành viên đang chọn"))
        self.unsign_button.setToolTip(self.tr("Xóa chữ ký (hoặc dấu «đã ký trên giấy») của thành viên đang chọn "
                                              "để ký lại"))
        self.note = QLabel(self.tr("Vai trò: Chủ tịch hội đồng, Thư ký, Ủy viên, Đại diện cơ sở thụ hưởng. "
                                   "Mỗi người ký trên máy (bấm «Ký…») hoặc ký tay trên bản in."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED_COLOR};")
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(self.remove_selected)
        self.unsign_button.clicked.connect(self._unsign_selected)
        self.sign_button.clicked.connect(self._sign_selected)
        self.model.edited.connect(lambda *_: self.changed.emit())
        self.model.modelReset.connect(self._refresh_buttons)
        self.model.rowsInserted.connect(lambda *_: self._refresh_buttons())
        self.model.rowsRemoved.connect(lambda *_: self._refresh_buttons())
        self.model.dataChanged.connect(lambda *_: self._refresh_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.sign_button, self.unsign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self._read_only = False
        self.sign_buttons: list[QPushButton] = []
        self._update_buttons()

    def add(self, name: str = "", unit: str = "", title: str = "", role: str = CouncilRole.MEMBER.value) -> int:
        row = self.model.add_row({"name": name, "unit": unit, "title": title, "role": role, "signature_id": None,
                                  "signed_on_paper": False})
        self.changed.emit()
        if not name:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.edit(self.model.index(row, 0))
        return row

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.model.remove_row(row)
            self.changed.emit()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _sign_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.sign_requested.emit(row)

    def _unsign_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.unsign_requested.emit(row)

    def set_signature_images(self, paths: dict[str, Path]) -> None:
        self.model.signatures = {key: signature_thumbnail(path) for key, path in paths.items()}
        self.model.signatures = {k: v for k, v in self.model.signatures.items() if not v.isNull()}
        if self.model.rowCount():
            column = self.model.column_of("signature")
            self.model.dataChanged.emit(self.model.index(0, column),
                                        self.model.index(self.model.rowCount() - 1, column))

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        self.model.set_read_only(on)
        for button in (self.add_button, self.remove_button, self.sign_button, self.unsign_button):
            button.setVisible(not on)
        self.note.setVisible(not on)
        self.table.setColumnHidden(self.sign_column, on)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        """One "Ký…" button per member; kept (only relabelled) while the rows stay the same."""
        count = 0 if self._read_only else self.model.rowCount()
        while len(self.sign_buttons) > count:
            self.sign_buttons.pop().deleteLater()
        for row in range(count):
            if row >= len(self.sign_buttons):
                button = QPushButton(self.table)
                button.setObjectName(f"sign_{row}")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _c=False, r=row: self.sign_requested.emit(r))
                self.sign_buttons.append(button)
                self.table.setIndexWidget(self.model.index(row, self.sign_column), self._cell(button))
            data = self.model.row(row)
            signed = bool(data.get("signature_id")) or bool(data.get("signed_on_paper"))
            self.sign_buttons[row].setText(self.tr("Ký lại…") if signed else self.tr("Ký…"))
        self._update_buttons()

    def _cell(self, button: QPushButton) -> QWidget:
        box = QWidget(self.table)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(button)
        return box

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row is not None)
        self.sign_button.setEnabled(row is not None)
        signed = False
        if row is not None and row < self.model.rowCount():
            data = self.model.row(row)
            signed = bool(data.get("signature_id")) or bool(data.get("signed_on_paper"))
        self.unsign_button.setEnabled(signed)

    def index_of(self, row: int, key: str) -> QModelIndex:
        return self.model.index(row, self.model.column_of(key))

