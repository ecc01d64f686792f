"""Xung đột: records both sides changed, resolved field by field; and the Đồng bộ area that holds them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain import establishment
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.changes import follow
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.trust_site import plain_table
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.rights import gate
from kc_desktop.gui.views.sync_city import SyncCityView
from kc_desktop.gui.views.sync_office import SyncOfficeView
from kc_desktop.gui.widgets.notices import MUTED_COLOR, TAB_STYLE, EmptyOverlay, heading
from kc_desktop.gui.widgets.project_form import LABELS as PROJECT_LABELS
from kc_desktop.services.audit_text import date_text
from kc_desktop.services.permissions import Action
from kc_desktop.sync import conflicts
from kc_desktop.sync.conflicts import APPLIED, OTHER, ConflictView

TABLE_LABELS = {
    "site": _N("ConflictsView", "Đơn vị"),
    "officer": _N("ConflictsView", "Cán bộ"),
    "craft_village": _N("ConflictsView", "Làng nghề"),
    "establishment": _N("ConflictsView", "Cơ sở"),
    "project": _N("ConflictsView", "Đề án"),
    "project_beneficiary": _N("ConflictsView", "Cơ sở thụ hưởng đề án"),
    "project_status_change": _N("ConflictsView", "Trạng thái đề án"),
    "form_template": _N("ConflictsView", "Mẫu phiếu"),
    "field_record": _N("ConflictsView", "Biên bản khảo sát, kiểm tra"),
    "follow_up_action": _N("ConflictsView", "Việc cần làm"),
    "attachment": _N("ConflictsView", "Tệp đính kèm"),
    "acceptance": _N("ConflictsView", "Nghiệm thu"),
}
# Columns many tables share, for tables without labels of their own.
COMMON_LABELS = {
    "name": _N("ConflictsView", "Tên"),
    "code": _N("ConflictsView", "Mã"),
    "title": _N("ConflictsView", "Tiêu đề"),
    "status": _N("ConflictsView", "Trạng thái"),
    "notes": _N("ConflictsView", "Ghi chú"),
    "phone": _N("ConflictsView", "Điện thoại"),
    "email": _N("ConflictsView", "Email"),
    "address": _N("ConflictsView", "Địa chỉ"),
    "deleted_at": _N("ConflictsView", "Đã xóa lúc"),
}


def table_label(table: str) -> str:
    return QCoreApplication.translate("ConflictsView", TABLE_LABELS[table]) if table in TABLE_LABELS else table


def field_label(table: str, field: str) -> str:
    """The label officers know a field by (the form's label), or its name when there is none."""
    if table == "establishment" and field in establishment.LABELS:
        return core(establishment.LABELS[field])
    if table == "project" and field in PROJECT_LABELS:
        return QCoreApplication.translate("ProjectFields", PROJECT_LABELS[field])
    return QCoreApplication.translate("ConflictsView", COMMON_LABELS[field]) if field in COMMON_LABELS else field


def value_text(value: object) -> str:
    """A stored value as an officer reads it: dates day first, yes/no, '(trống)' for nothing."""
    if value is None or value == "":
        return QCoreApplication.translate("ConflictsView", "(trống)")
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictsView",
                "Có") if value else QCoreApplication.translate("ConflictsView", "Không")
    if isinstance(value, str):
        return date_text(value) or value
    return str(value)


class ConflictsView(QWidget):
    """Open conflicts above; the selected one's differing fields below, each with its choice."""

    count_changed = Signal(int)
    resolved = Signal()  # a record was changed by a decision

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsView")
        self._ctx = ctx
        self.items: list[ConflictView] = []
        self.choice_buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        intro = QLabel(self.tr("Khi cả hai bên cùng sửa một bản ghi từ lần đồng bộ trước, chương trình áp dụng thay "
                               "đổi mới hơn và giữ giá trị kia ở đây. Với mỗi trường, chọn giá trị giữ lại rồi bấm "
                               "«Lưu quyết định»; quyết định được gửi đi ở lần đồng bộ sau."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED_COLOR};")
        self.list = QTableWidget(0, 4, self)
        self.list.setObjectName("conflicts")
        self.list.setHorizontalHeaderLabels([self.tr("Bản ghi"), self.tr("Loại dữ liệu"), self.tr("Từ đơn vị"),
                                             self.tr("Thời điểm")])
        plain_table(self.list)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.list_empty = EmptyOverlay(self.list)
        self.list_empty.setText(self.tr("Không có xung đột nào cần giải quyết."))
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.fields = QTableWidget(0, 4, self)
        self.fields.setObjectName("fields")
        self.fields.setHorizontalHeaderLabels([self.tr("Trường"), self.tr("Giá trị đang áp dụng"),
                                               self.tr("Giá trị kia"), self.tr("Quyết định")])
        plain_table(self.fields)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.setWordWrap(True)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.save_button = QPushButton(self.tr("Lưu quyết định"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.fields, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Xung đột cần giải quyết"), self))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self.reload()

    def reload(self) -> None:
        """Read the open conflicts again (a handful: loaded whole), keeping the selection if it is still open."""
        current = self.current()
        self.items = conflicts.open_conflicts(self._ctx.db)
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (item.title, table_label(item.table_name), item.site_code,
                     f"{item.created_at.astimezone():%d/%m/%Y %H:%M}")
            for column, text in enumerate(cells):
                self.list.setItem(row, column, QTableWidgetItem(text))
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.blockSignals(False)
        self.list_empty.setVisible(not self.items)
        ids = [item.id for item in self.items]
        self.list.selectRow(ids.index(current.id) if current is not None and current.id in ids else 0)
        self._show_selected()
        self.count_changed.emit(len(self.items))

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_selected(self) -> None:
        conflict = self.current()
        self.choice_buttons = {}
        self.fields.setRowCount(0)
        gate(self.save_button, self._ctx, Action.RESOLVE_CONFLICT, conflict is not None)
        if conflict is None:
            self.detail.setText("")
            return
        self.detail.setText(self.tr("<b>{kind} «{title}»</b>: {n} trường khác nhau.").format(
            kind=table_label(conflict.table_name), title=html.escape(conflict.title), n=len(conflict.fields)))
        self.fields.setRowCount(len(conflict.fields))
        for row, name in enumerate(conflict.fields):
            label = QTableWidgetItem(field_label(conflict.table_name, name))
            label.setToolTip(name)
            self.fields.setItem(row, 0, label)
            for column, state in ((1, conflict.applied), (2, conflict.other)):
                text = value_text(state.get(name))
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if state.get(name) in (None, ""):
                    cell.setForeground(QColor(MUTED_COLOR))
                self.fields.setItem(row, column, cell)
            self.fields.setCellWidget(row, 3, self._choice(name))
        self.fields.resizeRowsToContents()

    def _choice(self, name: str) -> QWidget:
        box = QWidget(self.fields)
        keep = QRadioButton(self.tr("Giữ giá trị đang áp dụng"), box)
        keep.setObjectName(f"keep_{name}")
        use = QRadioButton(self.tr("Dùng giá trị kia"), box)
        use.setObjectName(f"use_{name}")
        group = QButtonGroup(box)
        group.addButton(keep)
        group.addButton(use)
        keep.setChecked(True)
        self.choice_buttons[name] = (keep, use)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(14)
        layout.addWidget(keep)
        layout.addWidget(use)
        return box

    def choices(self) -> dict[str, str]:
        return {name: OTHER if use.isChecked() else APPLIED for name, (_keep, use) in self.choice_buttons.items()}

    def save(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            conflicts.resolve(self._ctx.db, self._ctx.actor, conflict.id, self.choices())
        except KCError as exc:
            messages.show_error(self, exc.message)
            self.reload()
            return
        self.resolved.emit()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()


class SyncArea(QTabWidget):
    """The Đồng bộ area: the exchange (an office's, or the city's in chế độ Sở) and the conflicts tab."""

    conflicts_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncArea")
        self.setDocumentMode(True)
        self.setStyleSheet(TAB_STYLE)
        if ctx.office.level == SiteLevel.CITY.value:
            self.exchange: SyncCityView | SyncOfficeView = SyncCityView(ctx, self)
        else:
            self.exchange = SyncOfficeView(ctx, self)
        self.conflicts = ConflictsView(ctx, self)
        self.addTab(self.exchange, self.tr("Trao đổi dữ liệu"))
        self.addTab(self.conflicts, self.tr("Xung đột"))
        from kc_desktop.gui.views.phones import PhonesView

        self.phones = PhonesView(ctx, self)
        self.addTab(self.phones, self.tr("Điện thoại"))
        # Whoever writes (an import here, an editor's save, a background job), the page shows it: the
        # conflicts when one opens or is decided, the exchange when there is something new to send.
        follow(self.conflicts, ctx.db, {"sync_conflict"}, self.conflicts.reload, delay_ms=100)
        follow(self.exchange, ctx.db, {"change_log", "sync_import", "sync_audit", "site_key", "sync_trusted_key",
                                       "sync_revoked_key"}, self.exchange.reload)
        self.conflicts.count_changed.connect(self._count)
        self._count(len(self.conflicts.items))

    def _count(self, count: int) -> None:
        self.setTabText(1, self.tr("Xung đột ({n})").format(n=count) if count else self.tr("Xung đột"))
        self.conflicts_changed.emit(count)
