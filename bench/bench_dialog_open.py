"""Opening the dialogs built from the Designer forms of ui/ (first run, sign-in, first account, backup passphrase,
new survey) against an empty QDialog opened the same way."""
from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable

from bench.common import report, scratch, size

REPEAT = size(40, 3)


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
    finally:
        passwords.COST = cost
        for database in (fresh, unset, db):
            database.close()
        shutil.rmtree(folder, ignore_errors=True)
