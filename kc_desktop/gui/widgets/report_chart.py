"""Horizontal bar chart of the report's amounts per row: Qt Charts when installed, else drawn with QPainter."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kc_desktop.domain.money import thousands

try:  # Qt Charts is an add-on module; a trimmed installation may lack it
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
except ImportError:  # pragma: no cover - depends on the installation
    QChart = None  # type: ignore[assignment,misc]

from kc_desktop.gui.widgets.notices import MUTED_COLOR

COLORS = ("#2e5e8c", "#f2a93b", "#3a9b5c")  # approved, advanced, settled


@dataclass(frozen=True)
class BarSeries:
    name: str
    values: tuple[float, ...]  # one per category, in millions of đồng


class ReportChart(QWidget):
    """Bars per category (top to bottom in the order given) for two or three series, with a legend."""

    def __init__(self, parent: QWidget | None = None, *, painted: bool = False) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[BarSeries] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.uses_qt_charts = QChart is not None and not painted
        self.view: QWidget = _ChartsView(self) if self.uses_qt_charts else _PaintedBars(self)
        layout.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, categories: list[str], series: list[BarSeries], unit: str) -> None:
        self.categories, self.series = list(categories), list(series)
        self.view.show_bars(title, self.categories, self.series, unit)  # type: ignore[attr-defined]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 320)


class _ChartsView(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart.setBackgroundRoundness(0)
        # Axis numbers as officers write them: 2.000, 1.500,5 (Vietnamese separators).
        self.chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.chart.setLocalizeNumbers(True)
        view = QChartView(self.chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.chart_view = view

    def show_bars(self, title: str, categories: list[str], series: list[BarSeries], unit: str) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        bars = QHorizontalBarSeries(chart)
        for color, item in zip(COLORS, series, strict=False):
            bar_set = QBarSet(item.name)
            bar_set.setColor(QColor(color))
            bar_set.append(list(reversed(item.values)))  # Qt draws the first category at the bottom
            bars.append(bar_set)
        chart.addSeries(bars)
        names = QBarCategoryAxis(chart)
        names.append([_short(c) for c in reversed(categories)])
        values = QValueAxis(chart)
        values.setLabelFormat("%.0f")
        values.setTitleText(unit)
        top = max((max(s.values, default=0) for s in series), default=0)
        values.setRange(0, top * 1.05 if top > 0 else 1)
        values.applyNiceNumbers()
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(names)
        bars.attachAxis(values)


class _PaintedBars(QWidget):
    """The same chart drawn by hand, for installations without Qt Charts."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = ""
        self.unit = ""
        self.categories: list[str] = []
        self.series: list[BarSeries] = []
        self.setMinimumHeight(160)

    def show_bars(self, title: str, categories: list[str], series: list[BarSeries], unit: str) -> None:
        self.title, self.categories, self.series, self.unit = title, categories, series, unit
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.drawText(QRectF(0, 4, self.width(), line + 4), Qt.AlignmentFlag.AlignCenter, self.title)
        if not self.categories or not self.series:
            painter.end()
            return
        label_width = min(max(metrics.horizontalAdvance(_short(c)) for c in self.categories) + 12, self.width() // 3)
        top, bottom = line * 2 + 8, self.height() - line * 2 - 8
        left, right = label_width, self.width() - 16
        peak = max((max(s.values, default=0) for s in self.series), default=0) or 1
        slot = (bottom - top) / len(self.categories)
        bar = max(2.0, slot * 0.8 / len(self.series))
        for row, category in enumerate(self.categories):
            y = top + row * slot
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_width - 6, slot), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(_short(category),
                                                                               Qt.TextElideMode.ElideRight,
                                                                               label_width - 8))
            for index, item in enumerate(self.series):
                width = (right - left) * item.values[row] / peak
                painter.fillRect(QRectF(left, y + slot * 0.1 + index * bar, width, bar - 1), QColor(COLORS[index]))
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawLine(int(left), int(top), int(left), int(bottom))
        painter.drawText(QRectF(left, bottom + 2, right - left, line), Qt.AlignmentFlag.AlignRight,
                         f"{thousands(round(peak))} {self.unit}")
        x = left
        for index, item in enumerate(self.series):
            painter.fillRect(QRectF(x, bottom + line + 6, 10, 10), QColor(COLORS[index]))
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x + 14), int(bottom + line + 15), item.name)
            x += metrics.horizontalAdvance(item.name) + 34
        painter.end()


def _short(text: str) -> str:
    """Axis labels stay on one line: long kinds of support are cut at a word."""
    if len(text) <= 34:
        return text
    return text[:33].rsplit(" ", 1)[0] + "…"
