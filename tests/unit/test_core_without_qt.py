"""The core never imports Qt (DESIGN.md §1)."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import kc_desktop


def test_core_modules_do_not_load_pyside6() -> None:
    names = [m.name for m in pkgutil.walk_packages(kc_desktop.__path__, "kc_desktop.")
             if not m.name.startswith(("kc_desktop.gui", "kc_desktop.app", "kc_desktop.__main__",
                                       "kc_desktop.db.migrations"))]
    assert "kc_desktop.cli" in names and "kc_desktop.services.establishments" in names
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(','.join(loaded))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core loaded Qt: {result.stdout}"
