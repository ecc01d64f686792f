"""Báo cáo: the annual city report of a year, built in the background, shown as tables and charts, saved to Excel."""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.project import ProjectStatus
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.tables import Column, ListModel
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.gui.widgets.notices import MUTED_COLOR, TAB_STYLE, EmptyOverlay, fit_columns, heading
from kc_desktop.gui.widgets.report_chart import BarSeries, ReportChart
from kc_desktop.reports import city
from kc_desktop.reports.city import CityReport, Measures, ReportRow, ReportTable

TOTAL = ("__total__",)
CHART_ROWS = 12  # the chart shows the rows with the most approved support


def percent(value: float | None) -> str:
    """0.148 -> '14,8 %' (Vietnamese decimal comma); '' when there is nothing to divide by."""
    return "" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def _n(value: int) -> str:
    return thousands(value) if value else "0"


def _measure_columns() -> list[Column[ReportRow]]:
    def by_status(i: int) -> Callable[[ReportRow], str]:
        return lambda r: _n(r.measures.by_status[i])

    statuses = [Column(f"status_{s.value}", s.label, by_status(i), "right", "00.000")
                for i, s in enumerate(city.REPORTED_STATUSES)]
    return [
        Column("projects", _N("Reports", "Số đề án"), lambda r: _n(r.measures.projects), "right", "00.000"),
        Column("establishments", _N("Reports", "Số cơ sở"), lambda r: _n(r.measures.establishments), "right", "00.000"),
        Column("approved", _N("Reports", "Được duyệt (đồng)"), lambda r: _n(r.measures.approved), "right",
               "000.000.000.000"),
        Column("advanced", _N("Reports", "Đã tạm ứng (đồng)"), lambda r: _n(r.measures.advanced), "right",
               "000.000.000.000"),
        Column("settled", _N("Reports", "Đã quyết toán (đồng)"), lambda r: _n(r.measures.settled), "right",
               "000.000.000.000"),
        Column("rate", _N("Reports", "Tỷ lệ giải ngân"), lambda r: percent(r.measures.disbursement_rate), "right"),
        Column("counterpart", _N("Reports", "Vốn đối ứng (đồng)"), lambda r: _n(r.measures.counterpart), "right",
               "000.000.000.000"),
        *statuses,
        Column("women", _N("Reports", "Nữ làm chủ"), lambda r: percent(r.measures.women_share), "right", "100,0 %"),
        Column("ethnic", _N("Reports", "Dân tộc thiểu số làm chủ"),
               lambda r: percent(r.measures.ethnic_minority_share), "right", "100,0 %"),
    ]


class ReportModel(ListModel[ReportRow]):
    """The rows of one table of the report and its "Tổng cộng" row (bold, last)."""

    context = "Reports"

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        def label(i: int) -> Callable[[ReportRow], str]:
            return lambda r: core(r.labels[i])

        keys = [Column(f"key{i}", header, label(i), sample=_sample(table, i))
                for i, header in enumerate(table.key_headers)]
        columns = [*keys, *_measure_columns()]
        bold = lambda r: r.keys == TOTAL  # noqa: E731
        note = self.tr("Tổng các dòng: một đề án (hay cơ sở) có ở nhiều dòng được đếm ở mỗi dòng; "
                       "số không trùng ở phần tổng hợp phía trên.")
        tip = lambda r, c: note if r.keys == TOTAL and c.key in ("projects", "establishments") else c.text(r) or None  # noqa: E731
        def tooltip(c: Column[ReportRow]) -> Callable[[ReportRow], str | None]:
            return lambda r: tip(r, c)

        super().__init__([Column(c.key, c.header, c.text, c.align, c.sample, bold=bold, tooltip=tooltip(c))
                          for c in columns], parent)
        total = ReportRow(TOTAL, ("",) * (len(keys) - 1) + (self.tr("Tổng cộng"),), table.total)
        self.set_rows([*table.rows, total] if table.rows else [])


def _sample(table: ReportTable, index: int) -> str:
    texts = [r.labels[index] for r in table.rows[:200]] or [table.key_headers[index]]
    return max(texts, key=len)[:40]


class ReportsView(QWidget):
    """Choose a year (and whose data), build the report in the background, read it, save it to Excel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsView")
        self._ctx = ctx
        self.report: CityReport | None = None
        self.op: BackgroundOp | None = None
        self.models: dict[str, ReportModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.charts: dict[str, ReportChart] = {}
        self.empty: dict[str, EmptyOverlay] = {}

        years = city.report_years(ctx.db)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setMinimumWidth(self.year.fontMetrics().horizontalAdvance("20000") + 40)
        self.year.setValue(years[0] if years else dt.date.today().year)
        self.scope = QComboBox(self)
        self.scope.setObjectName("scope")
        self.scope.setMinimumContentsLength(28)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.addItem(self.tr("Tất cả các đơn vị"), None)
        for site_id, code, name in city.report_offices(ctx.db):
            self.scope.addItem(f"{name} ({code})", site_id)
        self.build_button = QPushButton(self.tr("Lập báo cáo"), self)
        self.build_button.setObjectName("build")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.save_button = QPushButton(self.tr("Lưu &Excel…"), self)
        self.save_button.setObjectName("saveExcel")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_excel())
        self.status = QLabel(self.tr("Chọn năm kế hoạch rồi bấm «Lập báo cáo»."), self)
        self.status.setObjectName("status")
        self.status.setStyleSheet(f"color: {MUTED_COLOR};")
        self.summary: dict[str, QLabel] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        self._lay_out()

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Năm kế hoạch:"), self))
        controls.addWidget(self.year)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Số liệu của:"), self))
        controls.addWidget(self.scope)
        controls.addStretch(1)
        controls.addWidget(self.build_button)
        controls.addWidget(self.save_button)
        figures = QGridLayout()
        figures.setHorizontalSpacing(20)
        figures.setVerticalSpacing(2)
        captions = (("projects", self.tr("Đề án")), ("establishments", self.tr("Cơ sở được hỗ trợ")),
                    ("approved", self.tr("Kinh phí được duyệt")), ("advanced", self.tr("Đã tạm ứng")),
                    ("settled", self.tr("Đã quyết toán")), ("rate", self.tr("Tỷ lệ giải ngân")),
                    ("women", self.tr("Cơ sở do nữ làm chủ")), ("ethnic", self.tr("Dân tộc thiểu số làm chủ")))
        for column, (key, caption) in enumerate(captions):
            name = QLabel(caption, self)
            name.setStyleSheet(f"color: {MUTED_COLOR};")
            name.setWordWrap(True)  # two lines rather than a window wider than a 1280-pixel screen
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            value = heading("–", self, 1.15)
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(False)
            figures.addWidget(name, 0, column)
            figures.addWidget(value, 1, column)
            self.summary[key] = value
        figures.setColumnStretch(len(captions), 1)
        for key, sheet, _title, _headers in city.TABLES:
            self.tabs.addTab(self._page(key), core(sheet))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Báo cáo tổng hợp kết quả khuyến công"), self))
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(figures)
        layout.addWidget(self.tabs, 1)

    def _page(self, key: str) -> QWidget:
        table = QTableView(self)
        table.setObjectName(f"table_{key}")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self.tables[key] = table
        self.empty[key] = EmptyOverlay(table)
        if key == "cross":
            return table
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(table)
        chart = ReportChart(splitter)
        chart.setObjectName(f"chart_{key}")
        self.charts[key] = chart
        splitter.addWidget(chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    # -- building ----------------------------------------------------------------------------------
    def build(self) -> BackgroundOp:
        """Build the report of the chosen year off the GUI thread; the tables follow when it is done."""
        db, year, site_id = self._ctx.db, self.year.value(), self.scope.currentData()
        self.build_button.setEnabled(False)
        self.op = (
            BackgroundOp(self, lambda: city.report_steps(db, year, site_id=site_id),
                         label=self.tr("Đang lập báo cáo năm {year}…").format(year=year), title=self.tr("Báo cáo"))
            .success(self.show_report)
        )
        self.op.finished.connect(lambda: self.build_button.setEnabled(True))
        return self.op.run_in_background()

    def show_report(self, report: CityReport) -> None:
        self.report = report
        for key, table in self.tables.items():
            model = ReportModel(report.table(key), self)
            old = self.models.get(key)
            table.setModel(model)
            if old is not None:
                old.deleteLater()
            self.models[key] = model
            stretch = "key1" if key == "wards" else "key0"
            fit_columns(table, model.columns, stretch="" if key == "cross" else stretch, context="Reports")
            self.empty[key].setText(self.tr("Không có đề án đã phê duyệt nào của năm {year}.").format(
                year=report.year))
            self.empty[key].setVisible(model.rowCount() == 0)
            if key in self.charts:
                self._chart(key, report.table(key))
        self._show_summary(report.summary)
        left_out = sum(report.left_out.values())
        text = self.tr("Báo cáo năm {year} · {scope} · lập ngày {day}.").format(
            year=report.year, scope=core(report.scope), day=f"{report.made_on:%d/%m/%Y}")
        if left_out:
            statuses = ", ".join(f"{n} {core(ProjectStatus(s).label).lower()}" for s, n in report.left_out.items())
            text += " " + self.tr("Không tính các đề án chưa phê duyệt hoặc đã hủy ({list}).").format(list=statuses)
        self.status.setText(text)
        self.save_button.setEnabled(True)

    def _show_summary(self, s: Measures) -> None:
        values = {"projects": _n(s.projects), "establishments": _n(s.establishments),
                  "approved": f"{_n(s.approved)} đ", "advanced": f"{_n(s.advanced)} đ",
                  "settled": f"{_n(s.settled)} đ", "rate": percent(s.disbursement_rate) or "–",
                  "women": percent(s.women_share) or "–", "ethnic": percent(s.ethnic_minority_share) or "–"}
        for key, label in self.summary.items():
            label.setText(values[key])

    def _chart(self, key: str, table: ReportTable) -> None:
        rows = sorted(table.rows, key=lambda r: -r.measures.approved)[:CHART_ROWS]
        rows.sort(key=lambda r: table.rows.index(r))
        title = self.tr("Kinh phí khuyến công {what}").format(what=core(table.title).lower())
        if len(table.rows) > CHART_ROWS:
            title += " " + self.tr("({n} dòng nhiều nhất)").format(n=CHART_ROWS)
        million = 1_000_000
        series = [
            BarSeries(self.tr("Được duyệt"), tuple(r.measures.approved / million for r in rows)),
            BarSeries(self.tr("Đã tạm ứng"), tuple(r.measures.advanced / million for r in rows)),
            BarSeries(self.tr("Đã quyết toán"), tuple(r.measures.settled / million for r in rows)),
        ]
        self.charts[key].set_data(title, [r.labels[-1] for r in rows], series, self.tr("triệu đồng"))

    # -- saving ------------------------------------------------------------------------------------
    def save_excel(self, path: str | Path | None = None) -> BackgroundOp | None:
        """Write the report on screen to an .xlsx file (asked for when not given), in the background."""
        report = self.report
        if report is None:
            return None
        if path is None:
            suggested = Path.home() / f"bao-cao-khuyen-cong-{report.year}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo ra Excel"), str(suggested),
                                                    self.tr("Tệp Excel (*.xlsx)"))
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx"
        target = Path(path)

        def done(_result: object) -> None:
            self.status.setText(self.tr("Đã lưu báo cáo năm {year} vào tệp «{file}».").format(
                year=report.year, file=html.escape(target.name)))

        self.op = (
            BackgroundOp(self, lambda: city.save_report(report, target), label=self.tr("Đang ghi tệp Excel…"),
                         title=self.tr("Lưu Excel"), cancellable=False)
            .success(done)
        )
        return self.op.run_in_background()
