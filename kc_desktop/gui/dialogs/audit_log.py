"""Nhật ký thay đổi: who changed which record, when, which fields from what to what, and why; filtered and
paged. The same dialog shows one record's history (Lịch sử thay đổi)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.enums import SiteLevel
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.trust_site import plain_table
from kc_desktop.gui.i18n import Context, core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.tables import Column, ListModel
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.widgets.notices import MUTED_COLOR, EmptyOverlay, fit_columns, heading
from kc_desktop.services import audit, audit_text
from kc_desktop.services.audit import AuditEntry, AuditFilter

PAGE = 100
CONTEXT = "AuditLog"


class AuditLog(Context):
    """Translation context of the change log."""


@dataclass(frozen=True)
class AuditRow:
    """One line of the list, read for an officer."""

    id: str
    when: str
    who: str
    action: str
    kind: str
    title: str
    summary: str
    reason: str
    source: str
    entry: AuditEntry


_COLOR = {audit.DELETE: "#b3261e", audit.RESTORE: "#1e6b34", audit.CREATE: "#1a4f8b"}
COLUMNS: list[Column[AuditRow]] = [
    Column("when", _N("AuditLog", "Thời gian"), lambda r: r.when, sample="22/11/2026 14:35"),
    Column("who", _N("AuditLog", "Người thực hiện"), lambda r: r.who, sample="Nguyễn Thị Phương Anh"),
    Column("action", _N("AuditLog", "Thao tác"), lambda r: r.action, sample="Khôi phục",
           color=lambda r: _COLOR.get(r.entry.action)),
    Column("kind", _N("AuditLog", "Loại dữ liệu"), lambda r: r.kind, sample="Biên bản nghiệm thu"),
    Column("title", _N("AuditLog", "Bản ghi"), lambda r: r.title, sample="Công ty TNHH Gốm sứ Minh Long"),
    Column("summary", _N("AuditLog", "Thay đổi"), lambda r: r.summary, sample="Tên cơ sở: Cơ sở gốm → Công ty"),
    Column("reason", _N("AuditLog", "Lý do"), lambda r: r.reason, sample="Đính chính biên bản 01/BB-ĐKS",
           tooltip=lambda r: r.reason or None),
]


class AuditModel(ListModel[AuditRow]):
    context = CONTEXT


def rows_of(ctx: AppContext, entries: list[AuditEntry], labels: dict[str, str]) -> list[AuditRow]:
    found = audit_text.names(ctx.db, entries)
    return [AuditRow(f"{e.site_id}:{e.seq}", f"{e.changed_at.astimezone():%d/%m/%Y %H:%M}",
                     e.changed_by_name or (AuditLog.tr("(chương trình)") if not e.changed_by else e.changed_by[:8]),
                     core(e.action_label), core(audit_text.table_label(e.table)),
                     audit_text.record_title(e, found), audit_text.summary(e, found), e.reason,
                     labels.get(e.site_id, ""), e)
            for e in entries]


class AuditDialog(FitsScreen, QDialog):
    """The change log with its filters; `record_id` narrows it to one record's history."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, record_id: str | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("AuditDialog")
        self._ctx = ctx
        self.record_id = record_id
        self.offset = 0
        self.total = 0
        self.sources = dict(audit.sources(ctx.db))
        self.setWindowTitle(self.tr("Lịch sử thay đổi — {title}").format(title=title) if record_id
                            else self.tr("Nhật ký thay đổi"))
        self._build(title)
        self.search()
        self.resize(1180, 720)

    # -- layout ------------------------------------------------------------------------------

    def _build(self, title: str) -> None:
        self.text = QLineEdit(self)
        self.text.setObjectName("text")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Tìm trong nội dung thay đổi, lý do, người thực hiện…"))
        self.table_filter = QComboBox(self)
        self.table_filter.setObjectName("table")
        self.table_filter.addItem(self.tr("Mọi loại dữ liệu"), None)
        for key, label in audit_text.TABLE_LABELS.items():
            self.table_filter.addItem(core(label), key)
        self.officer_filter = QComboBox(self)
        self.officer_filter.setObjectName("officer")
        self.officer_filter.addItem(self.tr("Mọi người thực hiện"), None)
        for officer_id, name in audit.officers(self._ctx.db):
            self.officer_filter.addItem(name, officer_id)
        self.source_filter = QComboBox(self)
        self.source_filter.setObjectName("source")
        self.source_filter.addItem(self.tr("Mọi đơn vị"), None)
        for site_id, label in self.sources.items():
            self.source_filter.addItem(label, site_id)
        city = self._ctx.office.level == SiteLevel.CITY.value
        self.source_filter.setVisible(city and len(self.sources) > 1)
        today = QDate.currentDate()
        self.since_on, self.since = self._date(self.tr("Từ &ngày"), today.addMonths(-1), "since")
        self.until_on, self.until = self._date(self.tr("đến ngà&y"), today, "until")

        self.model = AuditModel(COLUMNS, self)
        self.view = QTableView(self)
        self.view.setObjectName("entries")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        fit_columns(self.view, COLUMNS, stretch="summary", context=CONTEXT)
        self.view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.empty = EmptyOverlay(self.view)
        self.empty.setText(self.tr("Không có thay đổi nào khớp với bộ lọc."))

        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setObjectName("fields")
        self.fields.setHorizontalHeaderLabels([self.tr("Trường"), self.tr("Giá trị cũ"), self.tr("Giá trị mới")])
        plain_table(self.fields)
        self.fields.setWordWrap(False)  # long values are cut; the tooltip shows them whole
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.pages = QLabel(self)
        self.pages.setObjectName("pages")
        self.pages.setStyleSheet(f"color: {MUTED_COLOR};")
        self.previous_button = QPushButton(self.tr("‹ Trang t&rước"), self)
        self.previous_button.setObjectName("previous")
        self.next_button = QPushButton(self.tr("Trang &sau ›"), self)
        self.next_button.setObjectName("next")
        close = QPushButton(self.tr("Đón&g"), self)
        close.setAutoDefault(False)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.previous_button.clicked.connect(lambda: self.go(self.offset - PAGE))
        self.next_button.clicked.connect(lambda: self.go(self.offset + PAGE))
        close.clicked.connect(self.accept)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.search)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.table_filter, self.officer_filter, self.source_filter):
            combo.currentIndexChanged.connect(self.search)
        for check in (self.since_on, self.until_on):
            check.toggled.connect(self.search)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.search)

        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        for widget in (self.table_filter, self.officer_filter, self.source_filter, self.since_on, self.since,
                       self.until_on, self.until):
            filters.addWidget(widget)
        detail_box = QWidget(self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.detail)
        detail_layout.addWidget(self.fields, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pages, 1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(16)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Lịch sử thay đổi: {title}").format(title=title) if self.record_id
                                 else self.tr("Nhật ký thay đổi"), self, 1.2))
        intro = QLabel(self.tr("Mọi thay đổi dữ liệu được ghi lại cùng lúc với thay đổi: ai, lúc nào, "
                               "trường nào từ giá trị nào sang giá trị nào, và lý do."), self)
        intro.setStyleSheet(f"color: {MUTED_COLOR};")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        if self.record_id:  # one record: its kind and name are in the title already
            for widget in (self.table_filter, self.source_filter):
                widget.hide()
            for key in ("kind", "title"):
                self.view.setColumnHidden(self.model.column_of(key), True)

    def _date(self, text: str, value: QDate, name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text, self)
        check.setObjectName(f"{name}On")
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    # -- search ------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
            if not check.isChecked():
                return None
            value = edit.date()
            return dt.date(value.year(), value.month(), value.day())

        return AuditFilter(record_id=self.record_id, table=self.table_filter.currentData(),
                           officer_id=self.officer_filter.currentData(), since=day(self.since_on, self.since),
                           until=day(self.until_on, self.until), text=self.text.text().strip(),
                           site_id=self.source_filter.currentData())

    def search(self) -> None:
        self.go(0)

    def go(self, offset: int) -> None:
        """Show the page of the current filter starting at `offset`."""
        self._debounce.stop()
        page = audit.search(self._ctx.db, self.current_filter(), max(0, offset), PAGE)
        self.offset, self.total = page.offset, page.total
        self.model.set_rows(rows_of(self._ctx, page.entries, self.sources))
        self.empty.setVisible(not page.entries)
        shown = len(page.entries)
        self.pages.setText(self.tr("{first}–{last} trong {total} thay đổi").format(
            first=self.offset + 1 if shown else 0, last=self.offset + shown, total=self.total))
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + shown < self.total)
        if shown:
            self.view.selectRow(0)
        else:
            self._show_selected(QModelIndex())

    def _show_selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.model.record(index.row()) if index.isValid() else None
        self.fields.setRowCount(0)
        if row is None:
            self.detail.setText("")
            return
        entry = row.entry
        parts = [f"{row.kind}: {row.title}", f"{row.action} — {row.when} — {row.who}",
                 self.tr("phiên bản {n}").format(n=entry.version) if entry.version else ""]
        if row.source and len(self.sources) > 1:
            parts.append(row.source)
        text = " · ".join(p for p in parts if p)
        if entry.reason:
            text += "\n" + self.tr("Lý do: {reason}").format(reason=entry.reason)
        if entry.fields is None and entry.version == 1:
            text += "\n" + self.tr("Tạo hàng loạt khi nhập từ tệp: giá trị ban đầu là giá trị trong tệp đã nhập.")
        self.detail.setText(text)
        lines = audit_text.change_lines(entry, audit_text.names(self._ctx.db, [entry]))
        self.fields.setRowCount(len(lines))
        for number, (label, old, new) in enumerate(lines):
            for column, value in enumerate((core(label), old, new)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.fields.setItem(number, column, item)


def open_audit(parent: QWidget, ctx: AppContext, record_id: str | None = None, title: str = "") -> AuditDialog:
    """The change log (or one record's history) in a window of its own."""
    dialog = AuditDialog(ctx, parent, record_id, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
