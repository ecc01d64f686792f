"""GUI composition root: the QApplication, fonts and translators, the database, the main window."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kc_desktop import APP_NAME, __version__, paths
from kc_desktop.db.engine import Database, open_database
from kc_desktop.errors import KCError
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.resources import icon
from kc_desktop.services import establishments, setup

log = logging.getLogger(__name__)

# Families that carry every Vietnamese letter, best first; the first one installed is used.
_FONTS = ("Segoe UI", "Noto Sans", "Roboto", "Ubuntu", "Cantarell", "DejaVu Sans", "Arial", "Tahoma")


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


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


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own strings and ours in the user's language; Vietnamese is the source and needs none."""
    installed: list[QTranslator] = []
    locale = QLocale()
    if locale.language() == QLocale.Language.Vietnamese:
        return installed
    folder = paths.resource("translations")
    translator = QTranslator(app)
    if translator.load(locale, "kc_desktop", "_", str(folder)):
        app.installTranslator(translator)
        installed.append(translator)
    return installed


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
    app.setProperty("kc_translators", len(install_translators(app)))
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
    logger = logging.getLogger("kc_desktop")
    if logger.handlers:
        return None
    try:
        folder = paths.data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / "kc-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only profile must not stop the program from opening
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return handler


def _stop_log(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger("kc_desktop").removeHandler(handler)
        handler.close()


def _fail(message: str) -> int:
    QMessageBox.critical(None, _tr("KC Desktop — không mở được dữ liệu"), message)
    return 1


def _first_run(db: Database, demo: bool) -> tuple[AppContext | None, bool]:
    from kc_desktop.gui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(db, demo)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, False
    return AppContext.load(db), dialog.wants_demo


def run(db: str | None, *, demo: bool = False, argv: list[str] | None = None) -> int:
    """Open the database `db` (a path, a URL, or None for the default) in the main window."""
    app = make_application(argv)
    log_handler = _start_log()
    try:
        return _run(app, db, demo)
    finally:
        _stop_log(log_handler)


def _run(app: QApplication, db: str | None, demo: bool) -> int:
    try:
        database = open_database(db)
    except KCError as exc:
        return _fail(exc.message)
    try:
        setup.ensure_reference_data(database)
        ctx = AppContext.load(database)
        make_demo = False
        if ctx is None:
            ctx, make_demo = _first_run(database, demo)
            if ctx is None:
                return 0
        from kc_desktop.gui.main_window import MainWindow

        previous_hook = _install_excepthook()
        try:
            window = MainWindow(ctx)
            window.show_sized()
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
        database.close()
