"""The acceptance area (Nghiệm thu): every acceptance minutes, new sessions, preview and batch printing."""
from __future__ import annotations

from pathlib import Path

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

from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs import batch_print
from kc_desktop.gui.dialogs.new_acceptance import NewAcceptanceDialog
from kc_desktop.gui.dialogs.pdf_preview import preview_record
from kc_desktop.gui.forms.acceptance_editor import AcceptanceEditor, events, open_editor
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.acceptances import AcceptanceListModel
from kc_desktop.gui.resources import icon, thousands
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.gui.widgets.notices import MUTED_COLOR, EmptyOverlay, fit_columns, heading
from kc_desktop.services import acceptance_list
from kc_desktop.services.field_records import RecordState

SEARCH_DELAY_MS = 150


class AcceptanceView(QWidget):
    """Acceptance minutes, drafts first, with filters by state and round; batch printing of what is listed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AcceptanceView")
        self._ctx = ctx
        self.model = AcceptanceListModel(ctx.db, self)
        self.batch_op: BackgroundOp | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._refresh = QTimer(self)  # saves come while typing; the list follows a moment later
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(400)
        self._refresh.timeout.connect(self.run_search)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Tìm theo mã, tên đề án, tên cơ sở hoặc số biên bản… "
                                                   "(gõ không dấu cũng được)"))
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("filter_state")
        self.state_filter.addItem(self.tr("Tất cả"), None)
        for state in RecordState:
            self.state_filter.addItem(core(state.label), state.value)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.round_filter = QComboBox(self)
        self.round_filter.setObjectName("filter_round")
        self.round_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.count_label.setMinimumWidth(110)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.new_button = QPushButton(icon("add"), self.tr("Lập biên bản nghiệm thu…"), self)
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_acceptance)
        self.open_button = QPushButton(icon("edit"), self.tr("Mở biên bản"), self)
        self.open_button.setObjectName("open")
        self.open_button.clicked.connect(self.open_selected)
        self.preview_button = QPushButton(self.tr("Xem trước / In"), self)
        self.preview_button.setObjectName("preview")
        self.preview_button.clicked.connect(self.preview_selected)
        self.batch_button = QPushButton(self.tr("In hàng loạt…"), self)
        self.batch_button.setObjectName("batch")
        self.batch_button.setToolTip(self.tr("In các biên bản đang chọn (hoặc tất cả biên bản đang liệt kê) ra tệp "
                                             "PDF vào một thư mục"))
        self.batch_button.clicked.connect(self.ask_batch_print)

        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        fit_columns(self.table, self.model.columns, stretch="establishment")
        self.empty_label = EmptyOverlay(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Nghiệm thu đề án"), self))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(QLabel(self.tr("Tình trạng:"), self))
        top.addWidget(self.state_filter)
        top.addWidget(QLabel(self.tr("Đợt:"), self))
        top.addWidget(self.round_filter)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.preview_button, self.batch_button):
            actions.addWidget(button)
        actions.addStretch(1)
        hint = QLabel(self.tr("Bản nháp được tự động lưu; cột «Vấn đề» cho biết còn gì phải xử lý."), self)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        actions.addWidget(hint)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        events().changed.connect(self._record_changed)  # a bound method: dropped with the view
        self.reload_rounds()
        self.run_search()

    # -- search ------------------------------------------------------------------------------------
    def reload_rounds(self) -> None:
        chosen = self.round_filter.currentData()
        self.round_filter.blockSignals(True)
        try:
            self.round_filter.clear()
            self.round_filter.addItem(self.tr("Tất cả"), None)
            for year, number in acceptance_list.rounds(self._ctx.db):
                self.round_filter.addItem(self.tr("Năm {year} — đợt {n}").format(year=year, n=number), (year, number))
            index = self.round_filter.findData(chosen) if chosen else 0
            self.round_filter.setCurrentIndex(max(index, 0))
        finally:
            self.round_filter.blockSignals(False)

    def _record_changed(self, _record_id: str) -> None:
        self._refresh.start()

    def run_search(self) -> None:
        self._timer.stop()
        self._refresh.stop()
        selected = set(self.selected_ids())
        self.model.text = self.search_box.text()
        self.model.state = self.state_filter.currentData()
        self.model.plan_round = self.round_filter.currentData()
        self.model.search()
        count = self.model.rowCount()
        self.count_label.setText(self.tr("{n} biên bản").format(n=thousands(count)))
        searching = bool(self.search_box.text().strip() or self.state_filter.currentData()
                         or self.round_filter.currentData())
        self.empty_label.setText(self.tr("Không có biên bản nào khớp với điều kiện tìm.") if searching
                                 else self.tr("Chưa có biên bản nghiệm thu nào. Bấm «Lập biên bản nghiệm thu…» "
                                              "để bắt đầu."))
        self.empty_label.setVisible(count == 0)
        for record_id in selected:
            row = self.model.row_of(record_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.id_at(r) for r in rows) if i]

    def _update_buttons(self) -> None:
        chosen = len(self.selected_ids())
        self.open_button.setEnabled(chosen == 1)
        self.preview_button.setEnabled(chosen == 1)
        self.batch_button.setEnabled(self.model.rowCount() > 0)
        self.batch_button.setText(self.tr("In {n} biên bản đã chọn…").format(n=chosen) if chosen > 1
                                  else self.tr("In hàng loạt…"))

    # -- records -----------------------------------------------------------------------------------
    def open_selected(self) -> AcceptanceEditor | None:
        chosen = self.selected_ids()
        return open_editor(self._ctx, chosen[0], self.window()) if chosen else None

    def new_acceptance(self) -> NewAcceptanceDialog:
        dialog = NewAcceptanceDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, record_id: str) -> None:
        self.reload_rounds()
        self.run_search()
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
        open_editor(self._ctx, record_id, self.window())

    def preview_selected(self) -> BackgroundOp | None:
        chosen = self.selected_ids()
        return preview_record(self, self._ctx, "acceptance", chosen[0]) if chosen else None

    # -- batch printing ----------------------------------------------------------------------------
    def ids_to_print(self) -> list[str]:
        """The selected minutes when several are selected, else every one the list shows."""
        chosen = self.selected_ids()
        return chosen if len(chosen) > 1 else self.model.ids()

    def ask_batch_print(self) -> BackgroundOp | None:
        ids = self.ids_to_print()
        if not ids:
            return None
        folder = batch_print.ask_folder(self)
        if folder is None:
            return None
        records = batch_print.records_to_print(self._ctx, "acceptance", ids)
        existing = batch_print.existing_files(records, folder)
        if existing:
            messages.confirm(self, self.tr("Thư mục đã có {n} tệp cùng tên; in lại sẽ thay các tệp đó.").format(
                n=len(existing)), self.tr("In và thay tệp cũ"), lambda: self.print_batch(folder, ids),
                title=self.tr("In hàng loạt"))
            return None
        return self.print_batch(folder, ids)

    def print_batch(self, folder: Path, ids: list[str] | None = None) -> BackgroundOp:
        """Print the given acceptances (default: what the list shows) into `folder`, in the background."""
        chosen = ids if ids is not None else self.ids_to_print()
        records = batch_print.records_to_print(self._ctx, "acceptance", chosen)
        self.batch_op = batch_print.print_batch(self, self._ctx, records, folder)
        return self.batch_op
