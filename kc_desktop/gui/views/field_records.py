"""The survey (Khảo sát) and inspection (Kiểm tra) areas: drafts and finalized records of one kind."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.new_record import NewRecordDialog
from kc_desktop.gui.forms.record_editor import RecordEditor, events, open_editor
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.field_records import RecordTableModel
from kc_desktop.gui.resources import icon, thousands
from kc_desktop.gui.widgets.notices import EmptyOverlay, fit_columns, heading
from kc_desktop.services.field_records import RecordState
from kc_desktop.services.templates import RecordKind

SEARCH_DELAY_MS = 150


class FieldRecordView(QWidget):
    """Every record of one kind, drafts first; "Lập biên bản mới" asks template, project, establishment."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = RecordKind(kind)
        self.setObjectName(f"FieldRecordView_{kind}")
        self._ctx = ctx
        self.model = RecordTableModel(ctx.db, kind, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        # Saves come while typing; the list follows a moment later, not on every keystroke.
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(400)
        self._refresh.timeout.connect(self.run_search)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Tìm theo tên cơ sở, mã đề án hoặc số biên bản… "
                                                   "(gõ không dấu cũng được)"))
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("filter_state")
        self.state_filter.addItem(self.tr("Tất cả"), None)
        for state in RecordState:
            self.state_filter.addItem(core(state.label), state.value)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.count_label.setMinimumWidth(120)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.new_button = QPushButton(icon("add"), self.tr("Lập biên bản mới…"), self)
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton(icon("edit"), self.tr("Mở biên bản"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.templates_button = QPushButton(self.tr("Quản lý mẫu phiếu…"), self)
        self.templates_button.setObjectName("templates")
        self.templates_button.clicked.connect(self.manage_templates)
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        fit_columns(self.table, self.model.columns, stretch="establishment")
        self.table.setToolTip(self.tr("Bản nháp được tự động lưu khi gõ; cột «Lỗi» cho biết còn bao nhiêu chỗ phải "
                                      "sửa trước khi hoàn tất. Bấm đúp để mở biên bản."))
        self.empty_label = EmptyOverlay(self.table)

        title = (self.tr("Khảo sát, thẩm tra tại cơ sở") if self.kind is RecordKind.SURVEY
                 else self.tr("Kiểm tra thực hiện đề án"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(heading(title, self))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(QLabel(self.tr("Tình trạng:"), self))
        top.addWidget(self.state_filter)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.templates_button)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        events().changed.connect(self._record_changed)  # a bound method: dropped with the view
        self.run_search()

    def _record_changed(self, _record_id: str) -> None:
        self._refresh.start()

    def run_search(self) -> None:
        self._timer.stop()
        self._refresh.stop()
        selected = self.selected_id()
        self.model.text = self.search_box.text()
        self.model.state = self.state_filter.currentData()
        self.model.search()
        count = self.model.rowCount()
        self.count_label.setText(self.tr("{n} biên bản").format(n=thousands(count)))
        searching = bool(self.search_box.text().strip() or self.state_filter.currentData())
        self.empty_label.setText(self.tr("Không có biên bản nào khớp với điều kiện tìm.") if searching
                                 else self.tr("Chưa có biên bản nào. Bấm «Lập biên bản mới…» để bắt đầu."))
        self.empty_label.setVisible(count == 0)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.table.selectRow(self.model.row_of(selected))
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def open_selected(self) -> RecordEditor | None:
        chosen = self.selected_id()
        return open_editor(self._ctx, chosen, self.window()) if chosen else None

    def new_record(self) -> NewRecordDialog:
        dialog = NewRecordDialog(self._ctx, self.kind.value, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, record_id: str) -> None:
        self.run_search()
        self.table.selectRow(max(self.model.row_of(record_id), 0))
        open_editor(self._ctx, record_id, self.window())

    def manage_templates(self) -> QWidget:
        from kc_desktop.gui.views.templates import TemplateDialog

        dialog = TemplateDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
