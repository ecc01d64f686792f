"""Backups in the GUI: Tệp → «Sao lưu dữ liệu…» and «Khôi phục từ bản sao lưu…», the check and
daily backup on start (off the GUI thread), and the offer to restore the newest good backup when
that check finds the database damaged.

A restore closes the main window (editors save their drafts), closes the database, replaces the
file in the background, then opens the restored database in a new main window.
"""

from __future__ import annotations

import gc
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from kc_desktop import paths
from kc_desktop.db.engine import Database, database_url
from kc_desktop.errors import KCError
from kc_desktop.gui import messages, windows
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs import backup_passphrase as passphrase_dialogs
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.services import backup_passphrase, backups

log = logging.getLogger(__name__)


class Backup(Context):
    """Translation context of the backup and restore dialogs and the checks on start."""


def _filter() -> str:
    return Backup.tr("Bản sao lưu KC Desktop (*.kcbak *.sqlite *.db);;Tất cả tệp (*)")


def sqlite_path(db: str | Path | None) -> Path | None:
    """The file of a SQLite database given as on the command line (path, URL or None); None for a server."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url(db))
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def _no_file(parent: QWidget | None) -> None:
    messages.show_error(
        parent,
        Backup.tr("Sao lưu và khôi phục ở đây chỉ dành cho cơ sở dữ liệu trên máy này; "
            "với máy chủ PostgreSQL hãy dùng công cụ sao lưu của máy chủ."),
    )


# Manual backup


def back_up(window: QWidget, ctx: AppContext, target: str | Path | None = None) -> BackgroundOp | None:
    """Copy the open database to a file the user chooses, in the background, and read the copy back."""
    db_path = ctx.db.path
    if db_path is None:
        _no_file(window)
        return None
    if not backup_passphrase.has_passphrase(db_path) and not passphrase_dialogs.choose_passphrase(window, ctx):
        return None
    if target is None:
        suggested = paths.backup_dir(db_path) / backups.backup_name(db_path, backups.MANUAL, suffix=backups.ARCHIVE)
        chosen, _ = QFileDialog.getSaveFileName(window, Backup.tr("Sao lưu dữ liệu"), str(suggested), _filter())
        if not chosen:
            return None
        target = chosen if Path(chosen).suffix else chosen + backups.ARCHIVE
    destination = Path(target)

    def work() -> backups.CheckResult:
        written = backups.backup_to(db_path, destination)
        result = backups.check(written, quick=True)
        if not result.ok:
            raise KCError(Backup.tr("Bản sao lưu vừa ghi không đọc lại được: {why}").format(why=result.problem))
        return result

    def done(result: backups.CheckResult) -> None:
        messages.show_info(
            window,
            Backup.tr("Đã sao lưu dữ liệu vào «{file}» ({what}).").format(file=result.path, what=result.describe()),
            Backup.tr("Sao lưu dữ liệu"),
        )

    return (
        BackgroundOp(
            window,
            work,
            label=Backup.tr("Đang sao lưu dữ liệu…"),
            title=Backup.tr("Sao lưu dữ liệu"),
            cancellable=False,
        )
        .success(done)
        .run_in_background()
    )


# Restore


def restore_from(window: QMainWindow, ctx: AppContext, source: str | Path | None = None) -> BackgroundOp | None:
    """Check a backup the user chooses, ask with its date and record count, then restore it."""
    db_path = ctx.db.path
    if db_path is None:
        _no_file(window)
        return None
    if source is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, Backup.tr("Khôi phục từ bản sao lưu"), str(paths.backup_dir(db_path)), _filter()
        )
        if not chosen:
            return None
        source = chosen
    backup = Path(source)

    def checked(result: backups.CheckResult) -> None:
        if not result.ok:
            messages.show_error(window, result.problem or "", Backup.tr("Không khôi phục được"))
            return
        confirm_restore(window, ctx, result)

    return (
        BackgroundOp(
            window,
            lambda: backups.check(backup),
            label=Backup.tr("Đang kiểm tra bản sao lưu…"),
            title=Backup.tr("Khôi phục dữ liệu"),
            cancellable=False,
        )
        .success(checked)
        .run_in_background()
    )


def confirm_restore(window: QMainWindow, ctx: AppContext, backup: backups.CheckResult,
                    problem: str = "") -> QMessageBox:
    """Ask before replacing the data: which backup, from when, how many records, what is kept."""
    if problem:
        text = Backup.tr("Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}\n\n"
                   "Khôi phục từ bản sao lưu tốt gần nhất «{file}»?").format(problem=problem, file=backup.path.name)
    else:
        text = Backup.tr("Khôi phục dữ liệu từ bản sao lưu «{file}»?").format(file=backup.path.name)
    informative = Backup.tr(
        "Bản sao lưu {what}. Dữ liệu đang dùng được giữ lại thành một bản sao lưu trong thư mục «{folder}» "
        "trước khi thay; những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu khôi phục. Sau khi "
        "khôi phục, hãy đọc gói khôi phục của Sở (Đồng bộ → «Đọc biên nhận / gói danh mục của Sở…») "
        "để lấy lại những gì "
        "đã gửi Sở sau lần sao lưu này."
    ).format(what=backup.describe(), folder=paths.backup_dir(ctx.db.path) if ctx.db.path else "")
    other = backups.site_of_backup(backup.path)
    other_site = other is not None and ctx.office is not None and other.get("site_id") != ctx.office.site_id
    if other_site:
        assert other is not None
        text = Backup.tr("Bản sao lưu «{file}» là của đơn vị {backup_code} – {backup_name}, không phải của đơn vị "
                         "đang dùng {code} – {name}. Vẫn thay dữ liệu của {code} bằng dữ liệu của {backup_code}?"
                         ).format(
            file=backup.path.name, backup_code=other.get("code"), backup_name=other.get("name"),
            code=ctx.office.site_code, name=ctx.office.site_name)

    def proceed() -> None:
        passphrase = None
        if backup.encrypted:
            passphrase = passphrase_dialogs.ask_passphrase(window, backup.path)
            if passphrase is None:
                return
        perform_restore(window, ctx, backup.path, passphrase=passphrase, other_site=other_site)

    return messages.confirm(
        window,
        text,
        Backup.tr("Thay bằng dữ liệu đơn vị khác") if other_site else Backup.tr("Khôi phục"),
        # Later, not inside the message box's own signal: the window (its parent) is about to close.
        lambda: QTimer.singleShot(0, proceed),
        Backup.tr("Dữ liệu bị hỏng") if problem else Backup.tr("Khôi phục dữ liệu"),
        informative,
    )


def perform_restore(window: QMainWindow, ctx: AppContext, source: Path, *, passphrase: str | None = None,
                    other_site: bool = False) -> BackgroundOp | None:
    """Close the window and the database, restore in the background, reopen in a new window."""
    db_path = ctx.db.path
    assert db_path is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    window.close()  # cancels background work, editors save their drafts
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # views and models that held sessions are gone before the file is replaced
    ctx.db.close()

    def reopen(note: str, error: bool) -> None:
        try:
            new = windows.open_window(db_path)
        finally:
            app.setQuitOnLastWindowClosed(True)
        if new is None:
            app.quit()
            return
        (messages.show_error if error else messages.show_info)(new, note, None)

    def done(result: backups.RestoreResult) -> None:
        note = Backup.tr("Đã khôi phục dữ liệu từ «{file}» ({what}).").format(
            file=result.source.path, what=result.source.describe()
        )
        if result.kept is not None:
            note += " " + Backup.tr("Dữ liệu trước khi khôi phục được giữ lại tại «{kept}».").format(kept=result.kept)
        reopen(note, False)

    def failed(exc: BaseException) -> None:
        reopen(exc.message if isinstance(exc, KCError) else unexpected_message(exc), True)

    return (
        BackgroundOp(
            None,
            lambda: backups.restore(db_path, source, passphrase=passphrase, other_site=other_site),
            label=Backup.tr("Đang khôi phục dữ liệu…"),
            title=Backup.tr("Khôi phục dữ liệu"),
            cancellable=False,
        )
        .success(done)
        .failure(failed)
        .run_in_background()
    )


# Start-up


class StartChecks(QObject):
    """`backups.on_start` (quick integrity check, then the daily backup) in a worker thread.

    Started a moment after the main window shows, so that it does not compete with building and
    filling the window; its report reaches the GUI thread through a queued signal and is shown
    in the window attached to it.
    """

    finished = Signal(object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.report: backups.StartReport | None = None
        self._window: QMainWindow | None = None
        self._ctx: AppContext | None = None
        self._thread = threading.Thread(target=self._work, name="kc-start-checks", daemon=True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._begin)
        self.finished.connect(self._arrived)

    @classmethod
    def start(cls, db: Database, delay_ms: int = 0) -> StartChecks | None:
        """Run the checks on this database, after `delay_ms` of the event loop; None for a server database."""
        if db.path is None:
            return None
        checks = cls(db.path)
        if delay_ms > 0:
            checks._timer.start(delay_ms)
        else:
            checks._begin()
        return checks

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    def _begin(self) -> None:
        if not self.started:
            self._thread.start()

    def _work(self) -> None:
        try:
            report = backups.on_start(self.db_path)
        except Exception as exc:  # noqa: BLE001 - a failed check must not stop the program
            log.exception("start-up check failed")
            report = backups.StartReport(backups.CheckResult(self.db_path), None, unexpected_message(exc))
        self.finished.emit(report)

    def wait(self, timeout_s: float = 60) -> None:
        """On quit: a check not started yet is dropped; one under way is let finish."""
        self._timer.stop()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def attach(self, window: QMainWindow, ctx: AppContext) -> None:
        self._window, self._ctx = window, ctx
        if self.report is not None:
            self._show()

    def _arrived(self, report: backups.StartReport) -> None:
        self.report = report
        if self._window is not None:
            self._show()

    def _show(self) -> None:
        report, window, ctx = self.report, self._window, self._ctx
        assert report is not None and window is not None and ctx is not None
        self._window = None  # shown once
        if not isValid(window):  # replaced meanwhile (a restore from the menu)
            return
        if not report.check.ok:
            log.warning("start-up check failed: %s", report.check.problem)
            offer_restore(window, ctx, report.check.problem or "")
        elif report.backup_error:
            log.warning("daily backup failed: %s", report.backup_error)
            messages.show_error(
                window,
                Backup.tr("Không sao lưu tự động được: {why}").format(why=report.backup_error),
                Backup.tr("Sao lưu tự động"),
            )
        elif report.backup is not None:
            window.statusBar().showMessage(
                Backup.tr("Đã sao lưu tự động vào «{file}».").format(file=report.backup.name), 8000
            )


def offer_restore(window: QMainWindow, ctx: AppContext, problem: str) -> BackgroundOp | None:
    """The check found the open database damaged: find the newest good backup and offer it."""
    db_path = ctx.db.path
    if db_path is None:
        return None

    def found(good: backups.CheckResult | None) -> None:
        if good is None:
            messages.show_error(
                window,
                Backup.tr("Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}\n\nKhông có bản sao lưu tốt nào để "
                    "khôi phục. Hãy sao lưu ngay dữ liệu hiện tại (Tệp → Sao lưu dữ liệu…) và liên hệ bộ phận "
                    "hỗ trợ.").format(problem=problem),
                Backup.tr("Dữ liệu bị hỏng"),
            )
            return
        confirm_restore(window, ctx, good, problem)

    return (
        BackgroundOp(
            window,
            lambda: backups.newest_good_backup(db_path),
            label=Backup.tr("Đang tìm bản sao lưu tốt gần nhất…"),
            title=Backup.tr("Dữ liệu bị hỏng"),
            cancellable=False,
        )
        .success(found)
        .run_in_background()
    )


def offer_restore_before_open(db_path: Path) -> bool:
    """The database does not even open: if it is damaged and a good backup exists, offer to restore it.

    Runs before any window (a modal box). True when the backup was restored.
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        current = backups.check(db_path, quick=True)
        good = backups.newest_good_backup(db_path) if current.damaged else None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if good is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, Backup.tr("Dữ liệu bị hỏng"), Backup.tr(
        "Không mở được cơ sở dữ liệu: {problem}\n\nKhôi phục từ bản sao lưu tốt gần nhất «{file}»?"
    ).format(problem=current.problem, file=good.path.name))
    box.setInformativeText(Backup.tr(
        "Bản sao lưu {what}. Tệp hỏng được giữ lại trong thư mục «{folder}»; những gì nhập sau thời điểm "
        "sao lưu sẽ không có trong dữ liệu khôi phục."
    ).format(what=good.describe(), folder=paths.backup_dir(db_path)))
    yes = box.addButton(Backup.tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(Backup.tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    if box.clickedButton() is not yes:
        return False
    passphrase = None
    if good.encrypted:
        passphrase = passphrase_dialogs.ask_passphrase(None, good.path)
        if passphrase is None:
            return False
    try:
        result = backups.restore(db_path, good.path, passphrase=passphrase)
    except KCError as exc:
        QMessageBox.critical(None, Backup.tr("Không khôi phục được"), exc.message)
        return False
    note = Backup.tr("Đã khôi phục dữ liệu từ «{file}» ({what}).").format(file=good.path, what=good.describe())
    if result.kept is not None:
        note += " " + Backup.tr("Tệp hỏng được giữ lại tại «{kept}».").format(kept=result.kept)
    QMessageBox.information(None, Backup.tr("Khôi phục dữ liệu"), note)
    return True
