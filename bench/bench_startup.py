"""Application start to a usable window on the 100,000-record database (a new process each time).

Baseline: a bare PySide6 program in a new process showing a main window with a 200-row table.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from bench.common import BIG, ROOT, big_database, report, scratch

OURS = """
import sys
from PySide6.QtWidgets import QApplication, QTableView
from kc_desktop.app import make_application
from kc_desktop.db.engine import open_database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.services.setup import ensure_reference_data
app = make_application([])
db = open_database(sys.argv[1])
ensure_reference_data(db)
window = MainWindow(AppContext.load(db))
window.show()
app.processEvents()
table = max(window.findChildren(QTableView), key=lambda t: t.model().rowCount() if t.model() else 0)
assert table.model().rowCount() >= int(sys.argv[2]), table.model().rowCount()
assert table.model().index(0, 0).data()
app.processEvents()
import os; os._exit(0)  # the window is usable: shutting down is not part of starting
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication([])
window = QMainWindow()
table = QTableWidget(200, 9)
for row in range(200):
    for column in range(9):
        table.setItem(row, column, QTableWidgetItem(f"Cơ sở {row} {column}"))
window.setCentralWidget(table)
window.show()
app.processEvents()
import os; os._exit(0)
"""


def _median_seconds(code: str, *args: str, repeat: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> None:
    path = big_database()
    os.environ.setdefault("KC_DESKTOP_DATA", str(scratch("startup")))
    _median_seconds(OURS, str(path), str(BIG), repeat=1)  # a first run migrates and warms the disk cache
    report("startup_100k", _median_seconds(OURS, str(path), str(BIG)), "s", _median_seconds(BARE), "s")
