"""A chooser over a reference list where typing filters it without accents ("bat tr" finds Bát Tràng)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget
from shiboken6 import isValid

from kc_desktop.domain.text import fold, tokens
from kc_desktop.services.reference import Choice

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
_ARRIVALS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class _FoldedFilter(QSortFilterProxyModel):
    """Keeps the items where every typed word starts a word of the folded label or code."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tokens(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(FOLDED_ROLE) or ""
        words = key.split()
        return all(any(w.startswith(typed) for w in words) for typed in self._words)


class ChoiceCombo(QComboBox):
    """Editable combo box: pick with the mouse, or type part of a name and press Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._has_empty = False
        self._proxy = _FoldedFilter(self)
        self._proxy.setSourceModel(self.model())
        completer = QCompleter(self._proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # an editable combo box has its line edit
        line.textEdited.connect(self._filter)
        line.returnPressed.connect(self._pick_first)
        line.editingFinished.connect(self.resolve)

    def line(self) -> QLineEdit:
        """The line edit typed into (an editable combo box always has one)."""
        line = self.lineEdit()
        assert line is not None
        return line

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Clicking or tabbing into "Tất cả" or a chosen name selects it, so typing replaces it;
        # not when the completion popup gives the focus back in the middle of typing.
        if event.reason() in _ARRIVALS:
            QTimer.singleShot(0, self._select_text)

    def _select_text(self) -> None:
        line = self.lineEdit() if isValid(self) else None
        if line is not None:
            line.selectAll()

    def set_choices(
        self, choices: Sequence[Choice], empty_label: str | None = None, label_of: Callable[[Choice], str] | None = None
    ) -> None:
        """Fill the list; `empty_label` (e.g. "Tất cả") is a first entry whose code is None."""
        current = self.code()
        self.blockSignals(True)
        try:
            self.clear()
            self._has_empty = empty_label is not None
            if empty_label is not None:
                self.addItem(empty_label, None)
                self.setItemData(0, "", FOLDED_ROLE)
            for choice in choices:
                label = label_of(choice) if label_of else choice.label
                self.addItem(label, choice.code)
                self.setItemData(self.count() - 1, f"{fold(label)} {choice.code.lower()}", FOLDED_ROLE)
        finally:
            self.blockSignals(False)
        self.set_code(current)

    def code(self) -> str | None:
        """The chosen entry's code, or None for the empty entry or nothing chosen."""
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index < 0:
            index = 0 if self._has_empty else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def _popup_choosing(self) -> bool:
        """The list is open with an entry highlighted: Return takes that entry (QCompleter does, right
        after the line edit has seen the key), so the filter must not change under it."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        return popup is not None and popup.isVisible() and popup.currentIndex().isValid()

    def resolve(self) -> None:
        """Leaving the box: take the entry the typed text names, or put the chosen one back."""
        if self._popup_choosing():
            return
        text = self.currentText()
        index = self.currentIndex()
        if index >= 0 and text == self.itemText(index):
            return
        if not tokens(text):
            self.setCurrentIndex(0 if self._has_empty else -1)
            if not self._has_empty:
                self.setEditText("")
            return
        folded = fold(text)
        exact = [i for i in range(self.count()) if fold(self.itemText(i)) == folded]
        self._proxy.set_query(text)
        if exact:
            self.setCurrentIndex(exact[0])
        elif self._proxy.rowCount() == 1:
            self.setCurrentIndex(self._proxy.mapToSource(self._proxy.index(0, 0)).row())
        else:
            self.setEditText(self.itemText(index) if index >= 0 else "")
        self._proxy.set_query("")

    def _filter(self, text: str) -> None:
        chosen = self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""
        if chosen and text.startswith(chosen) and len(text) > len(chosen):
            # Typed after a whole entry («(không gắn với xã/phường)bat»): the typing replaces it.
            text = text[len(chosen):].lstrip()
            self.line().setText(text)
        self._proxy.set_query(text)
        completer = self.completer()
        if completer is None:
            return
        if self._proxy.rowCount() == 0:
            popup = completer.popup()
            if popup is not None:
                popup.hide()
            return
        completer.complete()

    def _pick_first(self) -> None:
        """Enter after typing part of a name takes the first entry that matches it."""
        if self._popup_choosing():
            return
        text = self.currentText()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            return
        self._proxy.set_query(text)
        if tokens(text) and self._proxy.rowCount() > 0:
            self.setCurrentIndex(self._proxy.mapToSource(self._proxy.index(0, 0)).row())
        self._proxy.set_query("")
