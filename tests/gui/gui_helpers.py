"""Helpers for GUI tests: typing Vietnamese, finding the message boxes that opened."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kc_desktop.db.engine import Database
from kc_desktop.services import reference


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Vietnamese included (QTest.keyClicks only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def message_boxes() -> list[QMessageBox]:
    """Message boxes now on screen (the program opens them without blocking)."""
    widgets = [w for top in QApplication.topLevelWidgets() for w in [top, *top.findChildren(QMessageBox)]]
    return [w for w in widgets if isinstance(w, QMessageBox) and w.isVisible()]


def click_box_button(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def village_id(db: Database, name: str) -> str:
    return next(c.code for c in reference.craft_villages(db) if c.label == name)
