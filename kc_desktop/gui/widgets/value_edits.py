"""Inputs for values Qt has no widget for: a date that may be empty, and an amount in đồng."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from kc_desktop.domain.money import amount_in_words
from kc_desktop.gui.resources import thousands

NO_DATE = QDate(1900, 1, 1)  # the minimum date shows as empty: "not answered"
_DIGITS = re.compile(r"\D")


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> dt.date | None:
    if value == NO_DATE or not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


class _DateEdit(QDateEdit):
    """A QDateEdit whose empty state opens its calendar on today and takes a typed day."""

    def _empty(self) -> bool:
        return self.date() == NO_DATE

    def mousePressEvent(self, event: QMouseEvent) -> None:
        empty = self._empty()
        super().mousePressEvent(event)
        if empty and self.calendarWidget() is not None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing a digit into the blank field starts from today, so the sections exist to type into.
        if self._empty() and not self.isReadOnly() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """dd/MM/yyyy with a calendar, that can also be left empty (a × button clears it)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(NO_DATE)
        self.edit.setMinimumWidth(130)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Xóa ngày"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.edit.setDate(NO_DATE))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())  # so a label's mnemonic (its buddy) reaches the date too
        self.edit.dateChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.clear_button.setVisible(self.edit.date() != NO_DATE and not self.edit.isReadOnly())
        self.changed.emit()

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date())

    def set_value(self, value: dt.date | None) -> None:
        """Show a date (None for empty) without emitting `changed`."""
        self.blockSignals(True)
        try:
            self.edit.setDate(to_qdate(value))
        finally:
            self.blockSignals(False)

    def set_read_only(self, on: bool) -> None:
        self.edit.setReadOnly(on)
        self.edit.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.NoButtons if on else QAbstractSpinBox.ButtonSymbols.UpDownArrows
        )
        self.clear_button.setVisible(not on and self.edit.date() != NO_DATE)


class MoneyEdit(QLineEdit):
    """An amount in đồng typed as digits and shown as 1.234.567; the tooltip reads it in words."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.setMaxLength(21)
        self.textEdited.connect(self._reformat)
        self._update_tooltip()

    def value(self) -> int:
        digits = _DIGITS.sub("", self.text())
        return int(digits) if digits else 0

    def set_value(self, amount: int | None) -> None:
        self.setText(thousands(amount) if amount else "")
        self._update_tooltip()

    def _reformat(self, text: str) -> None:
        digits_before = len(_DIGITS.sub("", text[: self.cursorPosition()]))
        digits = _DIGITS.sub("", text)[:15]
        formatted = thousands(int(digits)) if digits else ""
        self.setText(formatted)
        position, seen = 0, 0
        while position < len(formatted) and seen < digits_before:
            if formatted[position].isdigit():
                seen += 1
            position += 1
        self.setCursorPosition(position)
        self._update_tooltip()
        self.value_changed.emit()

    def _update_tooltip(self) -> None:
        amount = self.value()
        self.setToolTip(self.tr("Bằng chữ: {words}").format(words=amount_in_words(amount)) if amount else "")
