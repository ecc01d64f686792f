"""GUI composition root: the QApplication, fonts and translators, the database, the main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kc_desktop import APP_NAME, __version__
from kc_desktop.db.engine import Database, open_database
from kc_desktop.errors import KCError
from kc_desktop.gui import i18n
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.resources import icon
from kc_desktop.services import establishments, installation, setup

if TYPE_CHECKING:
    from kc_desktop.gui.dialogs.backup import StartChecks

log = logging.getLogger(__name__)

# The check on start and the daily backup begin this long after the window shows (not competing with it).
START_CHECKS_DELAY_MS = 300

# Families that carry every Vietnamese letter, best first; the first one installed is used.
_FONTS = ("Segoe UI", "Noto Sans", "Roboto", "Ubuntu", "Cantarell", "DejaVu Sans", "Arial", "Tahoma")


def vietnamese_font(base: QFont) -> QFont:
    """The default font, swapped for one that shows ư, ơ, ặ, ễ … when it cannot."""
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
    font = QFont(base)
    if base.family() not in families:
        chosen = next((f for f in _FONTS if f in families), None)
        if chosen is not None:
            font.setFamily(chosen)
    if 0 < font.pointSizeF() < 9:
        font.setPointSizeF(9)
    return font


def make_application(argv: list[str] | None = None) -> QApplication:
    from kc_desktop.gui import qt_fixes

    qt_fixes.install()  # before any signal is emitted from Python
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("KCDesktop")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    app.setFont(vietnamese_font(app.font()))
    # Kept on the application: a translator that is garbage-collected stops translating.
    app.setProperty("kc_translators", len(i18n.install(app, i18n.current_language())))
    from kc_desktop.gui import gc_guard

    gc_guard.install(app)  # cycles are freed on this thread only: never a widget in a worker
    return app


def _install_excepthook() -> object:
    """A bug in a slot is logged and explained instead of silently printed to a console nobody sees."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        from kc_desktop.gui import messages
        from kc_desktop.gui.tasks import unexpected_message

        messages.show_error(QApplication.activeWindow(), unexpected_message(value))

    sys.excepthook = hook
    return previous


def _start_log() -> logging.Handler | None:
    """Unexpected errors go to a log file beside the user's data, where support can read them."""
    from kc_desktop.logs import start_file_log

    return start_file_log()


def _stop_log(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger("kc_desktop").removeHandler(handler)
        handler.close()


def _fail(message: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("App", "KC Desktop — không mở được dữ liệu"), message)
    return 1


def _first_run(db: Database, demo: bool) -> tuple[AppContext | None, bool]:
    from kc_desktop.gui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(db, demo)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, False
    ctx = AppContext.signed_in(db, dialog.actor) if dialog.actor is not None else AppContext.load(db)
    return ctx, dialog.wants_demo


def run(db: str | None, *, demo: bool = False, argv: list[str] | None = None) -> int:
    """Open the database `db` (a path, a URL, or None for the default) in the main window."""
    app = make_application(argv)
    log_handler = _start_log()
    try:
        return _run(app, db, demo)
    finally:
        _stop_log(log_handler)


def _open(db: str | None) -> Database:
    """Open the database; one that is damaged may be restored from its newest good backup first."""
    try:
        return open_database(db)
    except KCError:
        from kc_desktop.gui.dialogs import backup as backup_dialogs

        path = backup_dialogs.sqlite_path(db)
        if path is None or not path.is_file() or not backup_dialogs.offer_restore_before_open(path):
            raise
    return open_database(db)


def _run(app: QApplication, db: str | None, demo: bool) -> int:
    from kc_desktop.gui.dialogs.site_keys import ask_city_passphrase
    from kc_desktop.sync import identity

    identity.set_passphrase_prompt(ask_city_passphrase)  # a city whose keys have a passphrase asks it here
    try:
        database = _open(db)
    except KCError as exc:
        return _fail(exc.message)
    checks: StartChecks | None = None
    try:
        setup.ensure_reference_data(database)
        make_demo = False
        first_run = installation.office_info(database) is None
        if first_run:
            ctx, make_demo = _first_run(database, demo)
        else:
            from kc_desktop.gui.dialogs.login import sign_in

            ctx = sign_in(database)  # the first account is made here on an installation that has none
        if ctx is None:
            return 0
        from kc_desktop.gui.main_window import MainWindow

        previous_hook = _install_excepthook()
        try:
            window = MainWindow(ctx)
            window.show_sized()
            if not first_run:
                from kc_desktop.gui.dialogs import backup as backup_dialogs

                # Integrity check and daily backup in a worker thread, once the window is up and filled.
                checks = backup_dialogs.StartChecks.start(database, delay_ms=START_CHECKS_DELAY_MS)
                if checks is not None:
                    checks.attach(window, ctx)
            if make_demo and establishments.count(database) == 0:
                window.generate_demo()
            return app.exec()
        finally:
            sys.excepthook = previous_hook  # type: ignore[assignment]
    except KCError as exc:
        return _fail(exc.message)
    finally:
        from kc_desktop.gui.tasks import BackgroundOp

        BackgroundOp.cancel_all_and_wait()
        if checks is not None:
            checks.wait()
        database.close()
