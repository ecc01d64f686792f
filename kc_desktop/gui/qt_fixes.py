"""Work-arounds for bugs of the installed Qt binding, each applied only where the bug shows.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference, so every
signal emitted from Python takes one reference away from `True`. After a few thousand
emits (a few minutes of typing in a form) CPython frees `True` and the process aborts with
"Fatal Python error: bool_dealloc". The fix gives back the missing reference after each emit,
and only if a probe at start shows the loss.
"""
from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 8


def install() -> bool:
    """Patch `SignalInstance.emit` if (and only if) it loses references; True when patched."""
    global _installed
    if _installed:
        return True
    if not emit_loses_references():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        incref(ctypes.py_object(result))  # the reference emit() should have given us
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
