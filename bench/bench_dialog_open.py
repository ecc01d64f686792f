"""Opening the dialogs built from the Designer forms of ui/ (first run, sign-in, first account, backup passphrase,
new survey) against an empty QDialog opened the same way; and the first opening of the first-run dialog in a
fresh process (the program's first window), against an empty QDialog's."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from bench.common import ROOT, report, scratch, size

REPEAT = size(40, 3)
FRESH = size(7, 1)

# Run in a fresh process: the database is made first, then the import and the opening are timed together.
_FIRST_OPEN = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kc_desktop.db.engine import open_database
from kc_desktop.services import setup
db = open_database(Path(sys.argv[1]) / "first.sqlite")
setup.ensure_reference_data(db)
start = time.perf_counter()
if sys.argv[2] == "first_run":
    from kc_desktop.gui.dialogs.first_run import FirstRunDialog
    dialog = FirstRunDialog(db)
else:
    from PySide6.QtWidgets import QDialog
    dialog = QDialog()
dialog.show()
app.processEvents()
print(time.perf_counter() - start)
db.close()
"""


def _first_open_ms(which: str, folder: object) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KC_DESKTOP_DATA=str(folder))
    times = []
    for _ in range(FRESH):
        done = subprocess.run([sys.executable, "-c", _FIRST_OPEN, str(folder), which], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(times) * 1000


def _median(open_: Callable[[], object]) -> float:
    """Build, show and lay out the dialog, then close it; the first opening warms caches (fonts, styles)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    times = []
    for n in range(REPEAT + 1):
        start = time.perf_counter()
        dialog = open_()
        dialog.show()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[union-attr]
        elapsed = time.perf_counter() - start
        dialog.close()  # type: ignore[attr-defined]
        dialog.deleteLater()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[union-attr]
        if n:
            times.append(elapsed)
    return statistics.median(times) * 1000


def run() -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from kc_desktop.db.engine import open_database
    from kc_desktop.gui.context import AppContext
    from kc_desktop.services import accounts, passwords, setup

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    folder = scratch("dialog_open")
    office = setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583", "Nguyễn Văn An")
    cost, passwords.COST = passwords.COST, passwords.Cost(1024, 1, 1)  # the dialogs only open: no hashing timed
    fresh = open_database(folder / "fresh.sqlite")
    unset = open_database(folder / "unset.sqlite")
    db = open_database(folder / "kc.sqlite")
    try:
        setup.ensure_reference_data(fresh)
        setup.initialize(unset, office)
        setup.initialize(db, office)
        accounts.create_first_account(db, "an.nguyen", "gốm-sứ-2026")
        ctx = AppContext.load(db)
        assert ctx is not None

        from kc_desktop.gui.dialogs.backup_passphrase import ChoosePassphraseDialog
        from kc_desktop.gui.dialogs.first_run import FirstRunDialog
        from kc_desktop.gui.dialogs.login import FirstAccountDialog, LoginDialog
        from kc_desktop.gui.dialogs.new_record import NewRecordDialog

        baseline = _median(QDialog)
        report("dialog_open_first_run", _median(lambda: FirstRunDialog(fresh)), "ms", baseline, "ms")
        report("dialog_open_login", _median(lambda: LoginDialog(db)), "ms", baseline, "ms")
        report("dialog_open_first_account", _median(lambda: FirstAccountDialog(unset)), "ms", baseline, "ms")
        report("dialog_open_passphrase", _median(lambda: ChoosePassphraseDialog(ctx)), "ms", baseline, "ms")
        report("dialog_open_new_survey", _median(lambda: NewRecordDialog(ctx, "survey")), "ms", baseline, "ms")
        report("dialog_first_open_first_run", _first_open_ms("first_run", folder), "ms",
               _first_open_ms("empty", folder), "ms")
    finally:
        passwords.COST = cost
        for database in (fresh, unset, db):
            database.close()
        shutil.rmtree(folder, ignore_errors=True)
