"""Message boxes that do not block the event loop (open(), not exec()), so work keeps flowing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning, title or _tr("Không thực hiện được"), text)
    box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title or _tr("Thông báo"), text)
    box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


def confirm(
    parent: QWidget | None,
    text: str,
    yes: str,
    on_yes: Callable[[], None],
    title: str | None = None,
    informative: str = "",
) -> QMessageBox:
    """Ask before doing something; `on_yes` runs only if the user presses the `yes` button."""
    box = _box(parent, QMessageBox.Icon.Question, title or _tr("Xác nhận"), text)
    if informative:
        box.setInformativeText(informative)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("Không"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)

    def done() -> None:
        if box.clickedButton() is ok:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box
