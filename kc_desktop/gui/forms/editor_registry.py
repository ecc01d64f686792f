"""One editor window per record, and a signal that says a record changed (for lists to refresh)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from kc_desktop.gui.context import AppContext

E = TypeVar("E", bound=QWidget)


class RecordEvents(QObject):
    """Says that a record changed (saved, signed, finalized, corrected, discarded)."""

    changed = Signal(str)


class EditorRegistry(Generic[E]):
    """The open editor windows of one kind of record, by record id."""

    def __init__(self, factory: Callable[[AppContext, str, QWidget | None], E]) -> None:
        self._factory = factory
        self._open: dict[str, E] = {}
        self._events: RecordEvents | None = None

    def events(self) -> RecordEvents:
        if self._events is None:  # made on first use: a QObject needs the application first
            self._events = RecordEvents()
        return self._events

    def register(self, record_id: str, editor: E) -> None:
        self._open[record_id] = editor
        editor.destroyed.connect(lambda *_a, rid=record_id: self._open.pop(rid, None))

    def forget(self, record_id: str, editor: E) -> None:
        if self._open.get(record_id) is editor:
            del self._open[record_id]

    def open(self, ctx: AppContext, record_id: str, parent: QWidget | None = None) -> E:
        """Show the record's editor window (the one already open, if it is)."""
        editor = self._open.get(record_id)
        if editor is not None and isValid(editor):
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = self._factory(ctx, record_id, parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def editors(self) -> list[E]:
        return [e for e in self._open.values() if isValid(e)]

    def save_all(self) -> None:
        """Save what is typed in every open editor."""
        for editor in self.editors():
            editor.save_now()  # type: ignore[attr-defined]

    def close_all(self) -> None:
        """Close every editor window, each saving what was typed in it (the main window is closing)."""
        for editor in self.editors():
            editor.close()
