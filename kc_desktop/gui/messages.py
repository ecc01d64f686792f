"""Message boxes that do not block the event loop (open(), not exec()), so work keeps flowing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kc_desktop.gui.i18n import Context


class Messages(Context):
    """Translation context of the message boxes' titles and buttons."""


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning, title or Messages.tr("Không thực hiện được"), text)
    box.addButton(Messages.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title or Messages.tr("Thông báo"), text)
    box.addButton(Messages.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


def confirm(
    parent: QWidget | None,
    text: str,
    yes: str,
    on_yes: Callable[[], object],
    title: str | None = None,
    informative: str = "",
    yes_by_default: bool = False,
) -> QMessageBox:
    """Ask before doing something; `on_yes` runs only if the user presses the `yes` button (Enter presses
    «Không» unless `yes_by_default`; Esc always does)."""
    box = _box(parent, QMessageBox.Icon.Question, title or Messages.tr("Xác nhận"), text)
    if informative:
        box.setInformativeText(informative)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(Messages.tr("Không"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ok if yes_by_default else cancel)
    box.setEscapeButton(cancel)

    def done() -> None:
        if box.clickedButton() is ok:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box
