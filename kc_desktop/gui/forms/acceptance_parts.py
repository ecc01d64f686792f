"""Parts of the acceptance editor: items approved vs delivered, the money panel, the paperwork checks, times."""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.acceptance import CHECKS, Money
from kc_desktop.domain.money import amount_in_words, format_vnd
from kc_desktop.domain.rules import SupportLimit
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.acceptance_items import DIFFERENCE_BACKGROUND, AcceptanceItemsModel
from kc_desktop.gui.widgets.notices import MUTED_COLOR, Banner
from kc_desktop.gui.widgets.value_edits import MoneyEdit, OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex


_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:hg.]\s*(\d{1,2})?)?\s*(?:p|phút)?\s*$", re.IGNORECASE)


def normal_time(text: str) -> str | None:
    """'8h30', '8:30', '0830', '8' -> '08:30' / '08:00'; '' -> ''; None when it is not a time."""
    raw = text.strip()
    if not raw:
        return ""
    if raw.isdigit() and len(raw) in (3, 4):
        raw = f"{raw[:-2]}:{raw[-2:]}"
    match = _TIME.match(raw)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


class TimeEdit(QLineEdit):
    """A time of day typed freely (8h30, 8:30, 0830) and shown as 08:30; may stay empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("08:30")
        self.setMaxLength(8)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 34)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editingFinished.connect(self._tidy)

    def value(self) -> str | None:
        return normal_time(self.text())

    def _tidy(self) -> None:
        value = self.value()
        if value is not None and value != self.text():
            self.setText(value)


class ItemDelegate(QStyledItemDelegate):
    """Editors of the item cells (amounts in đồng, dates, text) and a rule under each item's pair of rows."""

    def __init__(self, model: AcceptanceItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.row() % 2 == 1:
            painter.save()
            painter.setPen(QPen(QColor("#9aa0a6"), 1))
            rect = option.rect  # type: ignore[attr-defined]
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self._model.columns[index.column()].kind
        if kind == "money":
            return MoneyEdit(parent)
        if kind == "date":
            editor = OptionalDateEdit(parent)
            editor.setAutoFillBackground(True)
            return editor
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, MoneyEdit):
            editor.set_value(int(value or 0))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, MoneyEdit | OptionalDateEdit):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(editor, OptionalDateEdit):
            rect = rect.adjusted(0, 0, max(0, 170 - rect.width()), 0)
        editor.setGeometry(rect)


class ItemsTable(QWidget):
    """Each item as approved and as delivered, one above the other; what differs is amber."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AcceptanceItemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("items")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ItemDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.verticalHeader().setMinimumWidth(26)
        self.table.setMinimumHeight(200)
        metrics = self.fontMetrics()
        for column, spec in enumerate(self.model.columns):
            header = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            text = max(spec.sample, header, key=metrics.horizontalAdvance)
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(text) + 24, 60))
        self.add_button = QPushButton(self.tr("&Thêm hạng mục"), self)
        self.add_button.setObjectName("addItem")
        self.remove_button = QPushButton(self.tr("Xó&a hạng mục"), self)
        self.remove_button.setObjectName("removeItem")
        swatch = QLabel(self)
        swatch.setFixedSize(16, 16)
        swatch.setStyleSheet(f"background: {DIFFERENCE_BACKGROUND}; border: 1px solid #d9b25f;")
        legend = QLabel(self.tr("khác với được duyệt (di chuột lên ô để xem chi tiết)"), self)
        self.hint = QLabel(self.tr("Dòng «Được duyệt» ghi theo quyết định phê duyệt; dòng «Thực tế» (thiết bị "
                                   "bàn giao) tự lấy theo, chỉ sửa chỗ khác và ghi số sê-ri, hóa đơn, tình trạng."),
                           self)
        self.hint.setWordWrap(True)
        for label in (legend, self.hint):
            label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.edited.connect(self.changed)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(16)
        buttons.addWidget(swatch)
        buttons.addWidget(legend)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._read_only = False
        self._update_buttons()

    def add(self) -> int:
        number = self.model.add_item()
        index = self.model.index(2 * number, self.model.column_of("name"))
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.edit(index)
        return number

    def remove_selected(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.remove_item(current.row() // 2)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentIndex().isValid() and not self._read_only)

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        self.model.set_read_only(on)
        self.add_button.setVisible(not on)
        self.remove_button.setVisible(not on)
        self.hint.setVisible(not on)


class MoneyPanel(QGroupBox):
    """Total, khuyến công share and counterpart share in figures and in words, with the limits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MoneyPanel", "Kinh phí"), parent)
        self.setObjectName("money")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(2, 1)
        self.figures: dict[str, QLabel] = {}
        self.words: dict[str, QLabel] = {}
        lines = (
            ("total", self.tr("Tổng giá trị thực tế bàn giao")),
            ("kc", self.tr("Kinh phí khuyến công hỗ trợ")),
            ("counterpart", self.tr("Vốn đối ứng của cơ sở")),
        )
        for row, (key, title) in enumerate(lines):
            grid.addWidget(QLabel(title + ":", self), row, 0)
            figure = QLabel(self)
            figure.setObjectName(f"money_{key}")
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = figure.font()
            font.setBold(True)
            figure.setFont(font)
            figure.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.000.000.000 đ") + 16)
            words = QLabel(self)
            words.setObjectName(f"words_{key}")
            words.setWordWrap(True)
            words.setStyleSheet(f"color: {MUTED_COLOR}; font-style: italic;")
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures[key], self.words[key] = figure, words
            grid.addWidget(figure, row, 1)
            grid.addWidget(words, row, 2)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(rule, 3, 0, 1, 3)
        self.approved_total = QLabel(self)
        self.approved_total.setObjectName("approved_total")
        self.approved_kc = QLabel(self)
        self.approved_kc.setObjectName("approved_kc")
        self.limit = QLabel(self)
        self.limit.setObjectName("limit")
        self.limit.setWordWrap(True)
        for row, (title, label) in enumerate(((self.tr("Giá trị được duyệt (theo hạng mục)"), self.approved_total),
                                              (self.tr("Kinh phí khuyến công được duyệt"), self.approved_kc),
                                              (self.tr("Mức hỗ trợ tối đa"), self.limit)), start=4):
            grid.addWidget(QLabel(title + ":", self), row, 0)
            if label is self.limit:
                grid.addWidget(label, row, 1, 1, 2)
            else:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, 1)
        self.warnings = Banner(self)
        self.warnings.setObjectName("moneyWarnings")
        grid.addWidget(self.warnings, 7, 0, 1, 3)

    def show_money(self, money: Money, approved_kc: int, limit: SupportLimit | None, problem: str = "") -> None:
        for key, amount in (("total", money.total), ("kc", money.kc), ("counterpart", money.counterpart)):
            self.figures[key].setText(format_vnd(amount))
            self.words[key].setText(self.tr("(Bằng chữ: {words})").format(words=amount_in_words(amount)))
        self.approved_total.setText(format_vnd(money.approved_total))
        self.approved_kc.setText(format_vnd(approved_kc) if approved_kc else self.tr("chưa có"))
        self.limit.setText(limit_text(limit))
        notes = money_notes(money, approved_kc, limit)
        if problem:
            notes.insert(0, problem)
        if notes:
            self.warnings.show_message("<br>".join(f"• {n}" for n in notes), "error" if problem else "warning")
        else:
            self.warnings.clear_message()

    def notes(self) -> str:
        return self.warnings.text() if self.warnings.isVisible() else ""


def limit_text(limit: SupportLimit | None) -> str:
    if limit is None:
        return QCoreApplication.translate("MoneyPanel", "không có mức giới hạn cho loại hỗ trợ này")
    parts = []
    if limit.max_percent is not None:
        parts.append(QCoreApplication.translate("MoneyPanel", "{p:g}% giá trị").format(p=limit.max_percent))
    if limit.max_amount is not None:
        parts.append(QCoreApplication.translate("MoneyPanel",
                "không quá {amount}").format(amount=format_vnd(limit.max_amount)))
    text = ", ".join(parts) or QCoreApplication.translate("MoneyPanel", "không giới hạn")
    if limit.source:
        text += f" ({limit.source})"
    if not limit.verified:
        text += QCoreApplication.translate("MoneyPanel", " — mức chưa được xác minh")
    return text


def money_notes(money: Money, approved_kc: int, limit: SupportLimit | None) -> list[str]:
    """What the officer should know about the money: limits that cut the share, totals that differ."""
    notes: list[str] = []
    if not approved_kc:
        notes.append(QCoreApplication.translate("MoneyPanel",
                "Chưa có kinh phí khuyến công được duyệt cho cơ sở này; hãy kiểm tra đề án."))
    wanted = min(approved_kc, money.total)
    if limit is not None and money.kc < wanted:
        if limit.max_amount is not None and money.kc == limit.max_amount:
            notes.append(QCoreApplication.translate("MoneyPanel",
                    "Kinh phí khuyến công được giới hạn ở mức tối đa {amount}.").format(
                amount=format_vnd(limit.max_amount)))
        elif limit.max_percent is not None:
            notes.append(QCoreApplication.translate("MoneyPanel",
                    "Kinh phí khuyến công được giới hạn ở {p:g}% giá trị thực tế ({amount}).")
                         .format(p=limit.max_percent, amount=format_vnd(money.kc)))
    elif approved_kc and money.total < approved_kc:
        notes.append(QCoreApplication.translate("MoneyPanel",
                "Giá trị thực tế thấp hơn kinh phí khuyến công được duyệt; khuyến công chỉ hỗ trợ "
                             "tới {amount}.").format(amount=format_vnd(money.kc)))
    if money.approved_total and money.total > money.approved_total:
        notes.append(QCoreApplication.translate("MoneyPanel",
                "Giá trị thực tế vượt giá trị được duyệt {amount}; phần vượt do cơ sở tự chi trả.")
                     .format(amount=format_vnd(money.total - money.approved_total)))
    elif money.total and money.total < money.approved_total:
        notes.append(QCoreApplication.translate("MoneyPanel",
                "Giá trị thực tế thấp hơn giá trị được duyệt {amount}.").format(
            amount=format_vnd(money.approved_total - money.total)))
    return notes


class ChecksPanel(QWidget):
    """The conformity and paperwork checks (one source: CHECKS): đạt / không đạt and a note each."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        for column, title in enumerate((self.tr("Nội dung kiểm tra"), self.tr("Đạt"), self.tr("Không đạt"),
                                        self.tr("Ghi chú"))):
            label = QLabel(f"<b>{title}</b>", self)
            grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignLeft if column in (0, 3)
                           else Qt.AlignmentFlag.AlignHCenter)
        self.groups: dict[str, QButtonGroup] = {}
        self.notes: dict[str, QLineEdit] = {}
        self._loading = False
        for row, (key, question) in enumerate(CHECKS.items(), start=1):
            label = QLabel(core(question), self)
            label.setWordWrap(True)
            group = QButtonGroup(self)
            yes, no = QRadioButton(self), QRadioButton(self)
            yes.setObjectName(f"check_{key}_yes")
            no.setObjectName(f"check_{key}_no")
            yes.setToolTip(self.tr("Đạt"))
            no.setToolTip(self.tr("Không đạt"))
            group.addButton(yes, 1)
            group.addButton(no, 0)
            note = QLineEdit(self)
            note.setObjectName(f"check_{key}_note")
            note.setPlaceholderText(self.tr("Ghi chú (số, ngày chứng từ…)"))
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(no, row, 2, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(note, row, 3)
            self.groups[key], self.notes[key] = group, note
            group.idClicked.connect(lambda _id, k=key: self._changed(k))
            note.textEdited.connect(lambda _t, k=key: self._changed(k))

    def _changed(self, key: str) -> None:
        if not self._loading:
            self.changed.emit(key)

    def value(self, key: str) -> dict[str, Any]:
        checked = self.groups[key].checkedId()
        return {"ok": None if checked < 0 else bool(checked), "note": self.notes[key].text().strip()}

    def values(self) -> dict[str, dict[str, Any]]:
        return {key: self.value(key) for key in self.groups}

    def set_values(self, checks: dict[str, dict[str, Any]]) -> None:
        self._loading = True
        try:
            for key, group in self.groups.items():
                value = checks.get(key) or {}
                ok = value.get("ok")
                group.setExclusive(False)
                for button in group.buttons():
                    button.setChecked(False)
                group.setExclusive(True)
                if ok is not None:
                    group.button(1 if ok else 0).setChecked(True)
                self.notes[key].setText(str(value.get("note") or ""))
        finally:
            self._loading = False

    def set_read_only(self, on: bool) -> None:
        for key, group in self.groups.items():
            for button in group.buttons():
                button.setEnabled(not on)
            self.notes[key].setReadOnly(on)
