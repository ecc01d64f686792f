"""Where the GUI finds its icons, from source or a PyInstaller bundle. (The Designer forms of ui/ are compiled
to modules in kc_desktop/gui/ui_forms/ by tools/compile_ui.py.)"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kc_desktop import paths
from kc_desktop.domain import money


def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (an empty icon if it is missing)."""
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


thousands = money.thousands  # 1234 -> '1.234', the way Vietnamese officers write counts
