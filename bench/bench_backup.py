"""Backups on the 100,000-record database: the daily backup, the start-up check, and start-up on a day
the daily backup is due (to a usable window, and until the backup is written).

Baselines: a plain file copy of the same database; SQLite's own `PRAGMA quick_check`; a bare PySide6
program showing a 200-row table and copying the database with sqlite3's backup API.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import BIG, ROOT, big_database, report, scratch, timed

OURS = """
import sys
from PySide6.QtWidgets import QTableView
from kc_desktop.app import START_CHECKS_DELAY_MS, make_application
from kc_desktop.db.engine import open_database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.backup import StartChecks
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.services.setup import ensure_reference_data
app = make_application([])
db = open_database(sys.argv[1])
ensure_reference_data(db)
ctx = AppContext.load(db)
window = MainWindow(ctx)
window.show()
checks = StartChecks.start(db, delay_ms=START_CHECKS_DELAY_MS)  # as kc_desktop.app does
checks.attach(window, ctx)
app.processEvents()
table = max(window.findChildren(QTableView), key=lambda t: t.model().rowCount() if t.model() else 0)
assert table.model().rowCount() >= int(sys.argv[3]), table.model().rowCount()
assert table.model().index(0, 0).data()
app.processEvents()
if sys.argv[2] == "written":  # wait for today's backup, with the event loop running as in the program
    import time
    while checks.report is None:
        app.processEvents()
        time.sleep(0.005)
    assert checks.report.check.ok and checks.report.backup is not None, checks.report
import os; os._exit(0)
"""

BARE = """
import sqlite3, sys
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
source = sqlite3.connect(sys.argv[1])
target = sqlite3.connect(sys.argv[2])
source.backup(target)
target.close()
import os; os._exit(0)
"""


def _clear(folder: Path) -> None:
    shutil.rmtree(folder / "backups", ignore_errors=True)
    for stray in folder.glob("bare-copy.sqlite*"):
        stray.unlink()


def _median_process_seconds(code: str, args: list[str], folder: Path, repeat: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(repeat):
        _clear(folder)  # no backup yet today: every start makes one
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import backups

    folder = scratch("backup")
    path = folder / "kc.sqlite"
    shutil.copy(big_database(), path)
    open_database(path).close()  # migrated, as the program leaves it

    def daily() -> None:
        _clear(folder)
        assert backups.daily_backup(path) is not None

    def plain_copy() -> None:
        shutil.copyfile(path, folder / "bare-copy.sqlite")

    daily()  # warm the disk cache for both
    ours = statistics.median(timed(daily) for _ in range(5))
    bare = statistics.median(timed(plain_copy) for _ in range(5))
    report("daily_backup_100k", ours, "s", bare, "s")

    def start_check() -> None:
        assert backups.check(path, quick=True, details=False).ok

    def raw_quick_check() -> None:
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        connection.close()

    check_ours = statistics.median(timed(start_check) for _ in range(5))
    check_bare = statistics.median(timed(raw_quick_check) for _ in range(5))
    report("start_check_100k", check_ours, "s", check_bare, "s")

    _median_process_seconds(OURS, [str(path), "written", str(BIG)], folder, repeat=1)  # warm
    usable = _median_process_seconds(OURS, [str(path), "usable", str(BIG)], folder)
    written = _median_process_seconds(OURS, [str(path), "written", str(BIG)], folder)
    baseline = _median_process_seconds(BARE, [str(path), str(folder / "bare-copy.sqlite")], folder)
    # The window is usable before the backup starts; the backup is written a moment later, off the GUI thread.
    report("startup_100k_with_backup", usable, "s", baseline, "s")
    report("startup_100k_backup_written", written, "s", baseline, "s")
    _clear(folder)
