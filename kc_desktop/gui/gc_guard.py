"""Python's cyclic garbage collector runs only on the GUI thread.

CPython collects cycles in whichever thread happens to allocate when a threshold is crossed. A worker of
kc_desktop.gui.tasks allocates a lot (sessions, rows), so a cycle holding a widget that was closed on the GUI
thread could be freed there, and a QWidget destroyed outside the GUI thread crashes the program (a
segfault inside Qt's event processing, seen once in a few runs of the GUI tests). The same recipe as
qutebrowser's: automatic collection is switched off and a timer on the GUI thread collects each generation
when its threshold is crossed. Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    """Collects on the GUI thread, generation by generation, as CPython would have on its own."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("garbageCollector")
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number of objects freed."""
        young, middle, old = gc.get_count()
        freed = 0
        if young > self.threshold[0]:
            freed = gc.collect(0)
            if middle > self.threshold[1]:
                freed = gc.collect(1)
                if old > self.threshold[2]:
                    freed = gc.collect(2)
        return freed


def install(app: QObject) -> GarbageCollector:
    """Move cycle collection to the GUI thread for the life of `app` (once)."""
    existing = app.findChild(GarbageCollector, "garbageCollector")
    return existing if isinstance(existing, GarbageCollector) else GarbageCollector(app)
