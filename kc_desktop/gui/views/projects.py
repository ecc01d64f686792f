"""The projects area (Đề án): the lazy list with search, status and year filters, and the project page."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.project import ProjectStatus
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.projects import ProjectFilter, ProjectTableModel
from kc_desktop.gui.resources import icon, thousands
from kc_desktop.gui.views.project_page import ProjectPage
from kc_desktop.gui.widgets.notices import MUTED_COLOR, EmptyOverlay, fit_columns, heading, list_table
from kc_desktop.services import projects

SEARCH_DELAY_MS = 150


class ProjectListView(QWidget):
    """Projects newest plan year first; the warning column counts what the rules say about each."""

    open_project = Signal(object)  # a project id, or None for a new project

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectListView")
        self._ctx = ctx
        self.model = ProjectTableModel(ctx.db, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Tìm theo mã hoặc tên đề án… (gõ không dấu cũng được)"))
        self.search_box.setToolTip(self.tr("Tìm trong danh sách (Ctrl+F)"))
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("filter_status")
        self.status_filter.addItem(self.tr("Tất cả trạng thái"), None)
        for status in ProjectStatus:
            self.status_filter.addItem(core(status.label), status.value)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("filter_year")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setMinimumWidth(120)
        self.add_button = QPushButton(icon("add"), self.tr("&Thêm đề án"), self)
        self.add_button.setToolTip(self.tr("Thêm đề án mới (Ctrl+N)"))
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(lambda: self.open_project.emit(None))
        self.open_button = QPushButton(icon("edit"), self.tr("&Mở đề án"), self)
        self.open_button.clicked.connect(self.open_selected)

        self.table = list_table(self, self.model, name="table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(50)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        opening = QAction(self.table)  # Enter on the list opens the selected project, as a double click does
        opening.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        opening.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        opening.triggered.connect(lambda _c=False: self.open_selected())
        self.table.addAction(opening)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = EmptyOverlay(self.table)
        fit_columns(self.table, self.model.columns, stretch="title")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Đề án khuyến công"), self))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        for text, chooser in ((self.tr("T&rạng thái:"), self.status_filter), (self.tr("&Năm:"), self.year_filter)):
            label = QLabel(text, self)
            label.setBuddy(chooser)
            top.addWidget(label)
            top.addWidget(chooser)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        legend = QLabel(self.tr("Cột «Cảnh báo»: số điều cần lưu ý theo quy định (điều kiện hỗ trợ, mức hỗ trợ, "
                                "kinh phí); không chặn việc lưu."), self)
        legend.setStyleSheet(f"color: {MUTED_COLOR};")
        actions.addWidget(legend)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.reload_years()
        self.run_search()

    def reload_years(self) -> None:
        current = self.year_filter.currentData()
        rows = projects.rows(self._ctx.db, projects.search_ids(self._ctx.db), with_warnings=False)
        years = sorted({r.plan_year for r in rows}, reverse=True)
        self.year_filter.blockSignals(True)
        try:
            self.year_filter.clear()
            self.year_filter.addItem(self.tr("Tất cả các năm"), None)
            for year in years:
                self.year_filter.addItem(str(year), year)
            self.year_filter.setCurrentIndex(max(self.year_filter.findData(current), 0) if current else 0)
        finally:
            self.year_filter.blockSignals(False)

    def current_filter(self) -> ProjectFilter:
        return ProjectFilter(self.search_box.text(), self.status_filter.currentData(), self.year_filter.currentData())

    def run_search(self) -> None:
        self._timer.stop()
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        count = self.model.rowCount()
        self.count_label.setText(self.tr("{n} đề án").format(n=thousands(count)))
        filtered = self.current_filter() != ProjectFilter()
        self.empty_label.setText(self.tr("Không có đề án nào khớp với điều kiện tìm.") if filtered
                                 else self.tr("Chưa có đề án nào. Bấm «Thêm đề án» để bắt đầu."))
        self.empty_label.setVisible(count == 0)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.table.selectRow(self.model.row_of(selected))
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.open_project.emit(chosen)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()


class ProjectsArea(QStackedWidget):
    """The list, and the page of the project opened from it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectsArea")
        self._ctx = ctx
        self.list = ProjectListView(ctx, self)
        self.addWidget(self.list)
        self.page: ProjectPage | None = None
        self.list.open_project.connect(self.open_project)

    def open_project(self, project_id: str | None) -> ProjectPage:
        if self.page is not None:
            self.removeWidget(self.page)
            self.page.deleteLater()
        self.page = ProjectPage(self._ctx, project_id, self)
        self.page.back.connect(self.show_list)
        self.page.saved.connect(lambda _id: self._changed())
        self.addWidget(self.page)
        self.setCurrentWidget(self.page)
        return self.page

    # -- keyboard (the main window's Ctrl+N and Ctrl+F call these; they act on the list, not on a project page,
    # whose unsaved changes are asked about by its own «Danh sách đề án» button) ---------------------------
    def start_new(self) -> None:
        if self.currentWidget() is self.list:
            self.list.open_project.emit(None)

    def focus_search(self) -> None:
        if self.currentWidget() is self.list:
            self.list.focus_search()

    def _changed(self) -> None:
        self.list.reload_years()
        self.list.run_search()

    def show_list(self) -> None:
        self.setCurrentWidget(self.list)
        if self.page is not None:
            page, self.page = self.page, None
            self.removeWidget(page)
            page.deleteLater()
        self.list.run_search()
