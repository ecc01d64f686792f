"""Cycles are collected on the GUI thread only (kc_desktop.gui.gc_guard)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from kc_desktop.gui import gc_guard


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_collector_frees_cycles_on_the_gui_thread_and_never_in_a_worker(qapp) -> None:  # noqa: ANN001
    owner = QObject()
    collector = gc_guard.install(owner)
    assert gc_guard.install(owner) is collector  # once
    assert not gc.isenabled()
    gc.collect()
    node = _Node()
    alive = weakref.ref(node)
    del node
    # A worker allocating far past every threshold does not free the cycle: nothing collects there.
    def allocate() -> None:
        for _ in range(50_000):
            _Node()
    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert alive() is not None
    collector.threshold = (0, 0, 0)  # every generation is due
    assert collector.check() > 0
    assert alive() is None
    collector.timer.stop()
    owner.deleteLater()


def test_the_program_installs_it(qapp) -> None:  # noqa: ANN001
    from kc_desktop.app import make_application

    app = make_application([])
    collector = app.findChild(gc_guard.GarbageCollector, "garbageCollector")
    assert isinstance(collector, gc_guard.GarbageCollector) and collector.timer.isActive()
