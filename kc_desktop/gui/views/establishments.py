"""The establishment register (Cơ sở): search as you type, filters, trash, add/edit/delete, Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.establishment_form import EstablishmentDialog
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.establishments import COLUMNS, FIELD_COLUMN, EstablishmentTableModel
from kc_desktop.gui.resources import icon, thousands
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.gui.widgets.column_fitter import ColumnFitter
from kc_desktop.gui.widgets.establishment_filters import EstablishmentFilters
from kc_desktop.gui.widgets.notices import list_table
from kc_desktop.services import establishments

SEARCH_DELAY_MS = 150
# Each column starts as wide as a typical value; the name column takes whatever room is left.
_SAMPLES = {
    "name": "Công ty cổ phần Gốm sứ Bảo Ngọc",
    "kind": "Hộ kinh doanh",
    "tax_code": "0100233488-001",
    "representative": "Nguyễn Thị Hương",
    "phone": "02438251234",
    "admin_unit_code": "Phường Hoàng Mai",
    "craft_village_id": "Làng gốm Bát Tràng",
    "trade": "Chế biến thực phẩm",
    "employees": "Số lao động",
}


class EstablishmentView(QWidget):
    """The list of establishments and everything an officer does from it."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EstablishmentView")
        self._ctx = ctx
        self.model = EstablishmentTableModel(ctx.db, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._build()
        self.reload_choices()
        self.run_search()

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Tìm theo tên, mã số thuế, người đại diện, làng nghề… (gõ không dấu cũng được)")
        )
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.count_label.setMinimumWidth(150)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)

        self.filters = EstablishmentFilters(self)
        self.filters.changed.connect(self.run_search)
        self.trash = QCheckBox(self.tr("Thùng &rác (cơ sở đã xóa)"), self)
        self.trash.setObjectName("trash")
        self.trash.toggled.connect(self._trash_toggled)

        self.table = list_table(self, self.model, name="table", several=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        # Shown over the empty table, so the column headers stay in view.
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5f6368; padding: 24px;")
        self.empty_label.hide()
        # Names come first; identifiers are read digit by digit: these keep their full width.
        self.columns = ColumnFitter(
            self.table,
            [core(_SAMPLES[name]) for name, _ in COLUMNS],  # the kind's label is longer in English
            keep=[FIELD_COLUMN[n] for n in ("name", "kind", "tax_code", "phone", "employees")],
            overlay=self.empty_label,
        )

        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        title = QLabel(self.tr("Danh sách cơ sở công nghiệp nông thôn"), self)
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        title.setFont(title_font)
        layout.addWidget(title)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar, 1)
        actions.addWidget(self.trash)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    def _make_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)

        def make(
            name: str, text: str, slot: object,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, table_only: bool = False
        ) -> QAction:
            action = QAction(icon(name), text, self)
            action.setObjectName(f"action_{name}")
            action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                # Return and Delete belong to the search box while it has the focus.
                action.setShortcutContext(
                    Qt.ShortcutContext.WidgetShortcut if table_only else Qt.ShortcutContext.WidgetWithChildrenShortcut
                )
            (self.table if table_only else self).addAction(action)
            return action

        self.add_action = make("add", self.tr("Thêm"), self.add)
        self.edit_action = make("edit", self.tr("Sửa"), self.edit, "Return", table_only=True)
        self.delete_action = make(
            "delete", self.tr("Xóa"), self.delete_selected, QKeySequence.StandardKey.Delete, table_only=True
        )
        self.restore_action = make("restore", self.tr("Khôi phục"), self.restore_selected, table_only=True)
        self.import_action = make("import", self.tr("&Nhập từ Excel…"), self.import_excel)
        self.export_action = make("export", self.tr("&Xuất Excel…"), self.export_excel)
        # Ctrl+N and Ctrl+F are the main window's (Công việc menu), which calls start_new and focus_search.
        self.add_action.setToolTip(self.tr("Thêm cơ sở mới (Ctrl+N)"))
        for action in (self.add_action, self.edit_action, self.delete_action, self.restore_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def reload_choices(self) -> None:
        """Fill the filter choosers again (an import may have added craft villages)."""
        self.filters.reload(self._ctx.db)

    # -- searching ---------------------------------------------------------------------------

    def current_filter(self) -> EstablishmentFilter:
        return EstablishmentFilter(text=self.search_box.text(), deleted=self.trash.isChecked(), **self.filters.values())

    def run_search(self) -> None:
        """Search again now, keeping the selected record selected when it still matches."""
        self._timer.stop()
        keep = self.selected_ids()
        self.model.search(self.current_filter())
        self._reselect(keep)
        self._update_count()
        self._update_actions()

    def _reselect(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            if first:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                first = False
            selection.select(index, flags)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.trash.isChecked():
            self.count_label.setText(self.tr("{n} cơ sở trong thùng rác").format(n=thousands(n)))
        else:
            self.count_label.setText(self.tr("{n} cơ sở").format(n=thousands(n)))
        if n:
            self.empty_label.hide()
            return
        flt = self.model.filter
        if flt.deleted:
            text = self.tr("Thùng rác trống.")
        elif flt != EstablishmentFilter():
            text = self.tr("Không có cơ sở nào khớp với điều kiện tìm. Hãy bớt từ tìm hoặc chọn «Tất cả».")
        else:
            text = self.tr("Chưa có cơ sở nào. Bấm «Thêm» để nhập một cơ sở, hoặc «Nhập từ Excel…».")
        self.empty_label.setText(text)
        self.empty_label.show()

    def _trash_toggled(self, _on: bool) -> None:
        self.table.clearSelection()
        self.run_search()

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search box, its text selected to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def start_new(self) -> None:
        """Ctrl+N: a new establishment."""
        if self.add_action.isEnabled():
            self.add()

    # -- selection and actions ---------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def _update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        in_trash = self.trash.isChecked()
        self.edit_action.setEnabled(count == 1)
        self.delete_action.setEnabled(count > 0 and not in_trash)
        self.restore_action.setEnabled(count > 0 and in_trash)

    def add(self) -> EstablishmentDialog:
        return self.open_form(None)

    def edit(self) -> EstablishmentDialog | None:
        ids = self.selected_ids()
        return self.open_form(ids[0]) if len(ids) == 1 else None

    def open_form(self, record_id: str | None, parent: QWidget | None = None) -> EstablishmentDialog:
        """Open the form non-modally for the rest of the program, modal for this window."""
        dialog = EstablishmentDialog(self._ctx, record_id, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open_record.connect(lambda other: self.open_form(other, dialog))
        dialog.open()
        return dialog

    def _saved(self, record_id: str) -> None:
        self.run_search()
        self._reselect([record_id])
        row = establishments.rows(self._ctx.db, [record_id])
        if row:
            self.status_message.emit(self.tr("Đã lưu «{name}».").format(name=row[0].name))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.trash.isChecked():
            return
        if len(ids) == 1:
            record = self.model.record(self.model.row_of(ids[0]))
            question = self.tr("Xóa cơ sở «{name}»?").format(name=record.name if record else "")
        else:
            question = self.tr("Xóa {n} cơ sở đã chọn?").format(n=thousands(len(ids)))
        messages.confirm(
            self,
            question,
            self.tr("Xóa"),
            lambda: self._delete(ids),
            title=self.tr("Xóa cơ sở"),
            informative=self.tr("Cơ sở được chuyển vào thùng rác; có thể khôi phục bất cứ lúc nào."),
        )

    def _delete(self, ids: list[str]) -> None:
        self._apply(ids, establishments.delete, self.tr("Đã chuyển {n} cơ sở vào thùng rác."))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.trash.isChecked():
            self._apply(ids, establishments.restore, self.tr("Đã khôi phục {n} cơ sở."))

    def _apply(self, ids: list[str], change: object, done_text: str) -> None:
        done = 0
        try:
            for record_id in ids:
                change(self._ctx.db, self._ctx.actor, record_id)  # type: ignore[operator]
                done += 1
        except KCError as exc:
            messages.show_error(self, exc.message)
        finally:
            if done:
                self.table.clearSelection()
                self.run_search()
                self.status_message.emit(done_text.format(n=thousands(done)))

    # -- Excel -------------------------------------------------------------------------------

    def import_excel(self) -> QWidget:
        from kc_desktop.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self._ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        wizard.open()
        return wizard

    def _imported(self, summary: str) -> None:
        self.reload_choices()
        self.run_search()
        self.status_message.emit(summary)

    def export_excel(self, path: str | Path | None = None) -> BackgroundOp | None:
        """Write the establishments of the current search to an .xlsx file, in the background."""
        if path is None:
            suggested = Path.home() / f"danh-sach-co-so-{dt.date.today():%Y-%m-%d}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Xuất danh sách cơ sở"), str(suggested), self.tr("Tệp Excel (*.xlsx)")
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        target = Path(path)
        flt, db = self.current_filter(), self._ctx.db

        def work() -> object:
            from kc_desktop.xlsx.establishments import export_establishments

            return export_establishments(db, target, flt)

        def done(count: object) -> None:
            self.status_message.emit(
                self.tr("Đã xuất {n} cơ sở ra tệp «{file}».").format(
                    n=thousands(int(count)) if isinstance(count, int) else count, file=target.name
                )
            )

        return (
            BackgroundOp(self, work, label=self.tr("Đang xuất danh sách cơ sở ra Excel…"), title=self.tr("Xuất Excel"))
            .success(done)
            .run_in_background()
        )
