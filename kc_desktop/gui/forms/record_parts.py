"""Parts of the field-record editor: participants, follow-up actions and the photo strip."""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.editable import EditableModel, EditColumn
from kc_desktop.gui.widgets.delegates import EditDelegate
from kc_desktop.services.attachments import AttachmentInfo
from kc_desktop.services.field_records import ActionState, TeamRole

PHOTO_SIZE = 150
ID_ROLE = Qt.ItemDataRole.UserRole

SIDES = (("office", _N("Lists", "Cán bộ")), ("establishment", _N("Lists", "Cơ sở")))
PARTICIPANT_COLUMNS = (
    EditColumn("name", _N("Lists", "Họ và tên"), sample="Nguyễn Thị Phương Thảo", placeholder=_N("Lists", "(gõ tên)")),
    EditColumn("title", _N("Lists", "Chức vụ"), sample="Chuyên viên khuyến công"),
    EditColumn("unit", _N("Lists", "Đơn vị"), sample="Trung tâm Khuyến công Hà Nội"),
    EditColumn("side", _N("Lists", "Bên"), "choice", SIDES, sample="Cán bộ"),
    # Mẫu 1.9: one officer chairs, one writes the minutes (the establishment's people have no role here).
    EditColumn("role", _N("Lists", "Vai trò"), "choice", tuple((r.value, r.label) for r in TeamRole),
               sample="Thành viên"),
)
FIELDS = tuple(c.key for c in PARTICIPANT_COLUMNS)
ACTION_COLUMNS = (
    EditColumn("description", _N("Lists", "Việc cần làm"), sample="Bổ sung hóa đơn giá trị gia tăng của thiết bị",
               placeholder=_N("Lists", "(gõ nội dung việc cần làm)")),
    EditColumn("responsible", _N("Lists", "Người thực hiện"), sample="Chủ cơ sở"),
    EditColumn("deadline", _N("Lists", "Hạn"), "date", sample="20/11/2026  ×"),
    EditColumn("state", _N("Lists", "Tình trạng"), "choice", tuple((s.value, s.label) for s in ActionState),
               sample="Chưa thực hiện"),
)

_thumbnails: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()


def thumbnail(path: Path, size: int) -> QPixmap:
    """A small picture of a stored photo, decoded at that size (fast on big JPEGs) and cached."""
    key = (str(path), size)
    cached = _thumbnails.get(key)
    if cached is not None:
        return cached
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and original.width() > 0 and original.height() > 0:
        reader.setScaledSize(original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
    _thumbnails[key] = pixmap
    while len(_thumbnails) > 400:
        _thumbnails.popitem(last=False)
    return pixmap


def _table(model: EditableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setItemDelegate(EditDelegate(model, table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                          & ~QAbstractItemView.EditTrigger.CurrentChanged)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for column, spec in enumerate(model.columns):
        text = max(spec.sample, spec.header, key=metrics.horizontalAdvance)
        table.setColumnWidth(column, max(metrics.horizontalAdvance(text) + 28, 90))
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ParticipantsTable(QWidget):
    """Who was present: officers and the establishment's people, with their titles and units."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EditableModel(PARTICIPANT_COLUMNS, self)
        self.table = _table(self.model, self)
        self.table.setObjectName("participants")
        self.table.setMinimumHeight(150)
        self.add_office = QPushButton(self.tr("Thêm cán &bộ"), self)
        self.add_establishment = QPushButton(self.tr("Thêm &người của cơ sở"), self)
        self.remove = QPushButton(self.tr("Xóa &dòng"), self)
        self.add_office.clicked.connect(lambda: self.add("office"))
        self.add_establishment.clicked.connect(lambda: self.add("establishment"))
        self.remove.clicked.connect(self.remove_selected)
        self.model.edited.connect(self._edited)
        buttons = QHBoxLayout()
        for button in (self.add_office, self.add_establishment, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _edited(self, row: int, key: str) -> None:
        """One chair: choosing another makes the former one a member; the establishment's people have no role."""
        values = self.model.row(row)
        if key == "side" and values.get("side") == "establishment":
            self.model.update_row(row, role=TeamRole.MEMBER.value)
        elif key == "role" and values.get("role") == TeamRole.CHAIR.value:
            for other, data in enumerate(self.model.rows()):
                if other != row and data.get("role") == TeamRole.CHAIR.value:
                    self.model.update_row(other, role=TeamRole.MEMBER.value)
        self.changed.emit()

    def _free_role(self) -> str:
        """The role a new officer takes: chair, then secretary, while the team has none."""
        taken = {r.get("role") for r in self.model.rows() if r.get("side") != "establishment"}
        for role in (TeamRole.CHAIR.value, TeamRole.SECRETARY.value):
            if role not in taken:
                return role
        return TeamRole.MEMBER.value

    def add(self, side: str, name: str = "", title: str = "", unit: str = "", role: str = "") -> int:
        if side == "establishment":
            role = TeamRole.MEMBER.value
        row = self.model.add_row({"name": name, "title": title, "unit": unit, "side": side,
                                  "role": role or self._free_role()})
        self.changed.emit()
        if not name:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.edit(self.model.index(row, 0))
        return row

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())
            self.changed.emit()

    def values(self) -> list[dict[str, str]]:
        return [{k: str(r.get(k) or "") for k in FIELDS} for r in self.model.rows()]

    def set_read_only(self, on: bool) -> None:
        self.model.set_read_only(on)
        for button in (self.add_office, self.add_establishment, self.remove):
            button.setVisible(not on)


class ActionsTable(QWidget):
    """Follow-up actions: what, who, by when and how far. `row_edited(row)` for each change."""

    row_edited = Signal(int)
    row_removed = Signal(str)  # the id of a stored action taken back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EditableModel(ACTION_COLUMNS, self)
        self.model.cell_error = self._cell_error
        self.table = _table(self.model, self)
        self.table.setObjectName("actions")
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton(self.tr("Thêm &việc cần làm"), self)
        self.remove_button = QPushButton(self.tr("Xóa &dòng"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.edited.connect(lambda row, _key: self.row_edited.emit(row))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #5f6368;")
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _cell_error(self, row: dict[str, object], key: str) -> str | None:
        if key == "description" and not str(row.get("description") or "").strip() and (
                row.get("responsible") or row.get("deadline")):
            return self.tr("Chưa nhập nội dung việc cần làm; dòng này chưa được lưu.")
        return None

    def add(self, description: str = "", responsible: str = "", deadline: dt.date | None = None) -> int:
        row = self.model.add_row({"description": description, "responsible": responsible, "deadline": deadline,
                                  "state": ActionState.OPEN.value, "id": None})
        if description:
            self.row_edited.emit(row)
        else:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.edit(self.model.index(row, 0))
        return row

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        removed = self.model.remove_row(rows[0].row())
        if removed.get("id"):
            self.row_removed.emit(str(removed["id"]))

    def set_read_only(self, on: bool) -> None:
        """A finalized record keeps its actions; only how far each one got can still change."""
        self.model.set_read_only(on)
        self.model.editable_keys = {"state"} if on else None
        self.add_button.setVisible(not on)
        self.remove_button.setVisible(not on)
        self.note.setText(self.tr("Biên bản đã hoàn tất: chỉ cập nhật được tình trạng thực hiện.") if on else "")


class PhotoStrip(QWidget):
    """The photos of a record: thumbnails with their captions (double-click to edit one)."""

    add_requested = Signal()
    remove_requested = Signal(str)
    caption_edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("photos")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(PHOTO_SIZE, PHOTO_SIZE))
        self.list.setGridSize(QSize(PHOTO_SIZE + 40, PHOTO_SIZE + 64))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(self._item_changed)
        self.empty = QLabel(self.tr("Chưa có ảnh. Bấm «Thêm ảnh…» để chọn ảnh chụp tại cơ sở; ảnh được xoay đúng "
                                    "chiều, thu nhỏ và lưu cùng biên bản."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6368; padding: 12px;")
        self.add_button = QPushButton(self.tr("&Thêm ảnh…"), self)
        self.add_button.setObjectName("addPhoto")
        self.caption_button = QPushButton(self.tr("Sửa &chú thích"), self)
        self.remove_button = QPushButton(self.tr("Xó&a ảnh"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.caption_button.clicked.connect(self._edit_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.caption_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._read_only = False
        self._loading = False
        self._update_buttons()

    def set_photos(self, photos: list[AttachmentInfo], question_labels: dict[str, str]) -> None:
        self._loading = True
        current = self.current_id()
        try:
            self.list.clear()
            for photo in photos:
                item = QListWidgetItem(QIcon(thumbnail(photo.path, PHOTO_SIZE)), photo.caption)
                item.setData(ID_ROLE, photo.id)
                taken = f"{photo.taken_at.astimezone():%d/%m/%Y %H:%M}" if photo.taken_at else ""
                tip = [photo.caption or self.tr("(chưa có chú thích — bấm đúp để ghi)")]
                if photo.question:
                    tip.append(self.tr("Câu hỏi: {q}").format(q=question_labels.get(photo.question, photo.question)))
                if taken:
                    tip.append(self.tr("Chụp lúc: {t}").format(t=taken))
                tip.append(f"{photo.width}×{photo.height}")
                item.setToolTip("\n".join(tip))
                flags = item.flags() | Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags if not self._read_only else flags & ~Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if photo.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._loading = False
        self.empty.setVisible(not photos)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, attachment_id: str) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(ID_ROLE) == attachment_id:
                self.list.setCurrentRow(index)
                self.list.scrollToItem(self.list.item(index))

    def captions(self) -> dict[str, str]:
        return {self.list.item(i).data(ID_ROLE): self.list.item(i).text() for i in range(self.list.count())}

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._loading:
            self.caption_edited.emit(item.data(ID_ROLE), item.text())

    def _edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _remove_current(self) -> None:
        chosen = self.current_id()
        if chosen:
            self.remove_requested.emit(chosen)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.caption_button.setEnabled(has and not self._read_only)
        self.remove_button.setEnabled(has and not self._read_only)

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        for button in (self.add_button, self.caption_button, self.remove_button):
            button.setVisible(not on)
        for index in range(self.list.count()):
            item = self.list.item(index)
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEditable if on else flags | Qt.ItemFlag.ItemIsEditable)
