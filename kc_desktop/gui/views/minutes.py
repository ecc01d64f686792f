"""The areas of minutes: Khảo sát, Kiểm tra and Nghiệm thu are one view class over one list model, with
per-kind words, the dialog that starts a record, and (for surveys and inspections) the templates."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from kc_desktop.gui import messages
from kc_desktop.gui.changes import follow
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs import batch_print
from kc_desktop.gui.dialogs.new_acceptance import NewAcceptanceDialog
from kc_desktop.gui.dialogs.new_record import NewRecordDialog
from kc_desktop.gui.dialogs.pdf_preview import preview_record
from kc_desktop.gui.forms.editors import MinutesEditor, open_editor
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.minutes import MinutesListModel
from kc_desktop.gui.resources import icon, thousands
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.gui.ui_forms.minutes_view_ui import Ui_MinutesView
from kc_desktop.gui.widgets.notices import EmptyOverlay, as_heading, fit_columns
from kc_desktop.services import minutes
from kc_desktop.services.field_records import RecordState
from kc_desktop.services.minutes import MinutesKind

SEARCH_DELAY_MS = 150


class MinutesView(QWidget):
    """Every record of one kind of minutes, drafts first, with filters by state and plan round; new records,
    preview and batch printing of what is listed."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = MinutesKind(kind)
        self.setObjectName(f"MinutesView_{self.kind.value}")
        self._ctx = ctx
        self.model = MinutesListModel(ctx.db, self.kind, self)
        self.batch_op: BackgroundOp | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        # Saves come while typing, from any window: the list follows a moment later.
        self.follower = follow(self, ctx.db, minutes.TABLES | {"establishment", "project"}, self._changed)

        # The layout is ui/minutes_view.ui; what differs by kind is set here.
        self.ui = ui = Ui_MinutesView()
        ui.setupUi(self)
        acceptance = self.kind is MinutesKind.ACCEPTANCE
        titles = {MinutesKind.SURVEY: self.tr("Khảo sát, thẩm tra tại cơ sở"),
                  MinutesKind.INSPECTION: self.tr("Kiểm tra thực hiện đề án"),
                  MinutesKind.ACCEPTANCE: self.tr("Nghiệm thu đề án")}
        ui.title.setText(titles[self.kind])
        as_heading(ui.title)
        self.search_box = ui.search
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.state_filter = ui.filter_state
        self.state_filter.addItem(self.tr("Tất cả"), None)
        for state in RecordState:
            self.state_filter.addItem(core(state.label), state.value)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.round_filter = ui.filter_round
        self.round_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.count_label = ui.count

        self.new_button = ui.new
        self.new_button.setIcon(icon("add"))
        self.new_button.setText(self.tr("&Lập biên bản nghiệm thu…") if acceptance else self.tr("&Lập biên bản mới…"))
        self.new_button.setToolTip(self.tr("Lập biên bản mới (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.open_button = ui.open
        self.open_button.setIcon(icon("edit"))
        self.open_button.clicked.connect(self.open_selected)
        self.preview_button = ui.preview
        self.preview_button.clicked.connect(self.preview_selected)
        self.batch_button = ui.batch
        self.batch_button.clicked.connect(self.ask_batch_print)
        # Surveys and inspections have templates; acceptances a hint in their place.
        self.templates_button = ui.templates
        self.templates_button.setVisible(not acceptance)
        self.templates_button.clicked.connect(self.manage_templates)
        ui.hint.setVisible(acceptance)

        self.table = ui.table
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        opening = QAction(self.table)  # Enter on the list opens the selected record, as a double click does
        opening.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        opening.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        opening.triggered.connect(lambda _c=False: self.open_selected())
        self.table.addAction(opening)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        fit_columns(self.table, self.model.columns, stretch="establishment")
        self.empty_label = EmptyOverlay(self.table)
        self.reload_rounds()
        self.run_search()

    # -- search ------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.reload_rounds()
        self.run_search()

    def reload_rounds(self) -> None:
        chosen = self.round_filter.currentData()
        self.round_filter.blockSignals(True)
        try:
            self.round_filter.clear()
            self.round_filter.addItem(self.tr("Tất cả"), None)
            for year, number in minutes.rounds(self._ctx.db, self.kind):
                self.round_filter.addItem(self.tr("Năm {year} — đợt {n}").format(year=year, n=number), (year, number))
            index = self.round_filter.findData(chosen) if chosen else 0
            self.round_filter.setCurrentIndex(max(index, 0))
        finally:
            self.round_filter.blockSignals(False)

    def run_search(self) -> None:
        self._timer.stop()
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
                                 else self.tr("Chưa có biên bản nào. Bấm «{button}» để bắt đầu.").format(
                                     button=self.new_button.text().replace("&", "")))
        self.empty_label.setVisible(count == 0)
        selection = self.table.selectionModel()
        for record_id in selected:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.id_at(r) for r in rows) if i]

    def _update_buttons(self) -> None:
        chosen = len(self.selected_ids())
        self.open_button.setEnabled(chosen == 1)
        self.preview_button.setEnabled(chosen == 1)
        self.batch_button.setEnabled(self.model.rowCount() > 0)
        self.batch_button.setText(self.tr("In {n} biên bản đã c&họn…").format(n=chosen) if chosen > 1
                                  else self.tr("In &hàng loạt…"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follower.now()

    # -- keyboard (the main window's Ctrl+F, Ctrl+N, Ctrl+P call these) --------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def start_new(self) -> QDialog:
        return self.new_record()

    # -- records -----------------------------------------------------------------------------------
    def open_selected(self) -> MinutesEditor | None:
        chosen = self.selected_ids()
        return open_editor(self._ctx, chosen[0], self.window()) if chosen else None

    def new_record(self) -> QDialog:
        """Ask what the new record is about (template, project, establishment), then open it."""
        dialog: QDialog
        if self.kind is MinutesKind.ACCEPTANCE:
            dialog = NewAcceptanceDialog(self._ctx, self)
        else:
            dialog = NewRecordDialog(self._ctx, self.kind.value, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)  # type: ignore[attr-defined]
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
        return preview_record(self, self._ctx, self.kind.value, chosen[0]) if chosen else None

    def manage_templates(self) -> QWidget:
        from kc_desktop.gui.views.templates import TemplateDialog

        dialog = TemplateDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
        records = batch_print.records_to_print(self._ctx, self.kind.value, ids)
        existing = batch_print.existing_files(records, folder)
        if existing:
            messages.confirm(self, self.tr("Thư mục đã có {n} tệp cùng tên; in lại sẽ thay các tệp đó.").format(
                n=len(existing)), self.tr("In và thay tệp cũ"), lambda: self.print_batch(folder, ids),
                title=self.tr("In hàng loạt"))
            return None
        return self.print_batch(folder, ids)

    def print_batch(self, folder: Path, ids: list[str] | None = None) -> BackgroundOp:
        """Print the given minutes (default: what the list shows) into `folder`, in the background."""
        chosen = ids if ids is not None else self.ids_to_print()
        records = batch_print.records_to_print(self._ctx, self.kind.value, chosen)
        self.batch_op = batch_print.print_batch(self, self._ctx, records, folder)
        return self.batch_op
