"""The binding's emit() must not lose references to True (PySide6 6.12.0 aborts after a few thousand)."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from kc_desktop.gui import qt_fixes


class _Typing(QObject):
    edited = Signal(str)


@pytest.mark.gui
def test_many_emits_keep_true_alive(qapp) -> None:  # noqa: ANN001
    qt_fixes.install()
    assert not qt_fixes.emit_loses_references()
    source = _Typing()
    seen: list[str] = []
    source.edited.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(5000):  # more than the references True has in a fresh interpreter
        source.edited.emit("san_pham_chinh")
    assert sys.getrefcount(True) >= before and len(seen) == 5000
