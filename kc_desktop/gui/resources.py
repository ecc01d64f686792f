"""Where the GUI finds its Designer forms and icons, from source or a PyInstaller bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from kc_desktop import paths
from kc_desktop.domain import money
from kc_desktop.errors import KCError
from kc_desktop.gui.i18n import Context


class Resources(Context):
    """Translation context of the messages about the program's own files."""


def ui_path(name: str) -> Path:
    """A Designer form under the top-level ui/ folder (beside resources/)."""
    return paths.resource().parent / "ui" / name


def load_ui(name: str, parent: QWidget | None = None, custom: tuple[type[QWidget], ...] = ()) -> QWidget:
    """Build the widget tree of a .ui file; `custom` lists promoted widget classes it uses."""
    loader = QUiLoader()
    for cls in custom:
        loader.registerCustomWidget(cls)
    file = QFile(str(ui_path(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise KCError(Resources.tr("Thiếu tệp giao diện «{name}»; hãy cài lại chương trình.").format(name=name))
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise KCError(Resources.tr("Tệp giao diện «{name}» bị hỏng: {why}").format(name=name, why=loader.errorString()))
    return widget


def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (an empty icon if it is missing)."""
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


thousands = money.thousands  # 1234 -> '1.234', the way Vietnamese officers write counts
