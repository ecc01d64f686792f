"""The screenshot gallery (`kc-desktop gallery`): every main screen, editor and dialog, one PNG each.

It runs offscreen on a screen whose available geometry is the size asked for, at the scale asked for (the
command line sets both up before Qt starts: kc_desktop.cli.gallery). Each window is shown as the program
shows it, fitted to the screen by kc_desktop.gui.screen_fit, given a moment to load, saved as a picture and
checked: its minimum size must fit the screen and its frame must lie inside the screen.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    Qt,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QWidget,
)
from shiboken6 import isValid

from kc_desktop.db.engine import Database
from kc_desktop.forms.definition import Problem, TemplateError
from kc_desktop.gui import i18n, screen_fit
from kc_desktop.gui.context import AppContext

log = logging.getLogger(__name__)

MAIN_AREAS = ("today", "establishments", "projects", "surveys", "inspections", "acceptance", "sync", "reports")


@dataclass
class Result:
    """What the gallery saved, and the windows that did not fit (name: why) or could not be opened."""

    saved: list[Path] = field(default_factory=list)
    misfits: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


def snake_case(name: str) -> str:
    """"ChoosePassphraseDialog" → "choose_passphrase"."""
    name = re.sub(r"(Dialog|Wizard)$", "", name) or name
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def settle(minimum_ms: int = 120, timeout_ms: int = 8000) -> None:
    """Let a window load: events for a moment, then until background work is done."""
    from kc_desktop.gui.tasks import BackgroundOp

    app = QCoreApplication.instance()
    assert app is not None
    began = time.monotonic()
    while True:
        app.processEvents()
        elapsed = (time.monotonic() - began) * 1000
        busy = bool(BackgroundOp._running) or QThreadPool.globalInstance().activeThreadCount() > 0
        if elapsed >= minimum_ms and not busy or elapsed >= timeout_ms:
            break
        time.sleep(0.01)
    app.processEvents()


class Gallery:
    def __init__(self, db: Database, folder: Path, work: Path) -> None:
        self.db = db
        self.folder = folder
        self.work = work  # a temporary folder for the files some dialogs show (a PDF, a key card)
        self.result = Result()
        loaded = AppContext.load(db)
        assert loaded is not None, "the gallery's database has an office"
        self.ctx = loaded

    # -- one window ------------------------------------------------------------------------------------
    def shoot(self, name: str, window: QWidget, *, check: bool = True) -> None:
        """Save the shown window as NAME.png and check that it fits its screen."""
        settle()
        path = self.folder / f"{name}.png"
        if not window.grab().save(str(path)):
            self.result.failures[name] = f"could not write {path.name}"
            return
        self.result.saved.append(path)
        problems = screen_fit.problems(window) + clipped(window) + unreachable(window) if check else []
        if problems:
            self.result.misfits[name] = "; ".join(problems)

    @contextlib.contextmanager
    def opened(self, name: str) -> Iterator[None]:
        """Build and show one window; what goes wrong is reported by name and the gallery goes on."""
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - one window that cannot open must not hide the others
            log.info("gallery: %s could not be shown", name, exc_info=True)  # the command says it in one line
            self.result.failures[name] = f"{type(exc).__name__}: {exc}"

    def dialog(self, name: str, make: Callable[[], QWidget]) -> None:
        with self.opened(f"dialog_{name}"):
            window = make()
            try:
                window.show()
                self.shoot(f"dialog_{name}", window)
            finally:
                close(window)

    # -- everything ------------------------------------------------------------------------------------
    def run(self) -> Result:
        from kc_desktop.gui.main_window import MainWindow

        window = MainWindow(self.ctx)
        try:
            window.show_sized()
            settle()
            for key in MAIN_AREAS:
                with self.opened(f"main_{key}"):
                    window.show_area(key)
                    if key == "reports":
                        window.reports.build()  # the report of the plan year, as after «Lập báo cáo»
                    self.shoot(f"main_{key}", window)
            with self.opened("main_project_page"):
                self._project_page(window)
            with self.opened("main_phones"):
                self._phones(window)
            self._editors(window)
            self._dialogs(window)
        finally:
            from kc_desktop.gui.tasks import BackgroundOp

            BackgroundOp.cancel_all_and_wait()
            close(window)
        return self.result

    def _project_page(self, window: QWidget) -> None:
        from kc_desktop.gui.main_window import MainWindow
        assert isinstance(window, MainWindow)
        window.show_area("projects")
        project = self._first_project()
        if project is None:
            raise RuntimeError("no project in the database")
        window.projects.open_project(project)
        self.shoot("main_project_page", window)
        window.projects.show_list()

    def _phones(self, window: QWidget) -> None:
        """Đồng bộ → Điện thoại with the server running on this machine only and a phone just added (its QR)."""
        from kc_desktop.gui.main_window import MainWindow
        from kc_desktop.phones import registry

        assert isinstance(window, MainWindow)
        window.show_area("sync")
        area = window.sync
        area.setCurrentWidget(area.phones)
        area.phones.start_server("127.0.0.1", 0)  # any free port: the picture never waits for one
        try:
            taken = {phone.name for phone in registry.list_phones(self.db)}  # a gallery run again on one database
            name = next(name for n in range(1, 1000)
                        if (name := "Điện thoại chị Hằng" + (f" ({n})" if n > 1 else "")) not in taken)
            if area.phones.add_phone(name) is None:
                raise RuntimeError("the phone could not be added")
            self.shoot("main_phones", window)
        finally:
            area.phones.stop_server()
            area.setCurrentIndex(0)

    def _first_project(self) -> str | None:
        """The project with the most minutes (its page shows the most)."""
        from sqlalchemy import func, select

        from kc_desktop.db.models_work import Acceptance, Project

        with self.db.read() as session:
            accepted = session.scalar(select(Acceptance.project_id).where(Acceptance.deleted_at.is_(None))
                                      .group_by(Acceptance.project_id).order_by(func.count().desc()).limit(1))
            return accepted or session.scalar(select(Project.id).where(Project.deleted_at.is_(None)).limit(1))

    def _editors(self, window: QWidget) -> None:
        from kc_desktop.gui.forms.minutes_editor import open_editor
        from kc_desktop.services import minutes

        for kind in ("survey", "inspection", "acceptance"):
            name = f"editor_{kind}"
            with self.opened(name):
                ids = minutes.search_ids(self.db, kind)  # drafts first: the work in hand
                if not ids:
                    raise RuntimeError(f"no {kind} minutes in the database")
                editor = open_editor(self.ctx, ids[0], window)
                try:
                    self.shoot(name, editor)
                    for index in range(1, editor.tabs.count()):  # the other tabs: editor_survey_2.png …
                        editor.tabs.setCurrentIndex(index)
                        self.shoot(f"{name}_{index + 1}", editor)
                finally:
                    editor.save_now()
                    close(editor)

    def _dialogs(self, window: QWidget) -> None:
        from kc_desktop.gui.dialogs import accounts, login
        from kc_desktop.gui.dialogs.accounts import Accounts
        from kc_desktop.gui.dialogs.audit_log import AuditDialog
        from kc_desktop.gui.dialogs.backup_passphrase import ChoosePassphraseDialog
        from kc_desktop.gui.dialogs.craft_villages import CraftVillageDialog
        from kc_desktop.gui.dialogs.establishment_form import EstablishmentDialog
        from kc_desktop.gui.dialogs.first_run import FirstRunDialog
        from kc_desktop.gui.dialogs.import_wizard import ImportWizard
        from kc_desktop.gui.dialogs.minutes_symbol import MinutesSymbolDialog
        from kc_desktop.gui.dialogs.new_acceptance import NewAcceptanceDialog
        from kc_desktop.gui.dialogs.new_record import NewRecordDialog
        from kc_desktop.gui.views.templates import PreviewDialog, ProblemsDialog, TemplateDialog
        from kc_desktop.gui.widgets.establishment_picker import EstablishmentPickerDialog
        from kc_desktop.gui.widgets.signature_pad import SignatureDialog

        ctx, db = self.ctx, self.db
        self.dialog("first_run", lambda: FirstRunDialog(db, True, window))
        self.dialog("login", lambda: login.LoginDialog(db, window))
        self.dialog("first_account", lambda: login.FirstAccountDialog(db, window))
        self.dialog("choose_passphrase", lambda: ChoosePassphraseDialog(ctx, window))
        self.dialog("minutes_symbol", lambda: MinutesSymbolDialog(ctx, window))
        self.dialog("new_record", lambda: NewRecordDialog(ctx, "survey", window))
        self.dialog("new_record_inspection", lambda: NewRecordDialog(ctx, "inspection", window))
        self.dialog("new_acceptance", lambda: NewAcceptanceDialog(ctx, window))
        self.dialog("establishment", lambda: EstablishmentDialog(ctx, self._first_establishment(), window))
        self.dialog("establishment_new", lambda: EstablishmentDialog(ctx, None, window))
        self.dialog("establishment_picker", lambda: EstablishmentPickerDialog(db, window))
        self.dialog("craft_villages", lambda: CraftVillageDialog(ctx, window))
        self.dialog("import_wizard", lambda: ImportWizard(ctx, window))
        self.dialog("accounts", lambda: accounts.AccountsDialog(ctx, window))
        self.dialog("officer", lambda: accounts.OfficerDialog(ctx, window))
        self.dialog("password", lambda: accounts.PasswordDialog(
            Accounts.tr("Đổi mật khẩu của bạn"), True, window))
        self.dialog("audit_log", lambda: AuditDialog(ctx, window))
        self.dialog("templates", lambda: TemplateDialog(ctx, window))
        self.dialog("template_preview", lambda: PreviewDialog(ctx, self._first_template(), window))
        self.dialog("template_problems", lambda: ProblemsDialog(sample_template_error(), "khao-sat.xlsx", window))
        self.dialog("signature", lambda: SignatureDialog("Nguyễn Văn Bình", "Đại diện cơ sở", window,
                                                         "Hộ kinh doanh Nguyễn Văn Bình"))
        self.dialog("pdf_preview", lambda: self._pdf_preview(window))
        self.dialog("trust_site", lambda: self._trust_site(window))
        self.dialog("confirm_restore", lambda: self._confirm_restore(window))

    def _first_establishment(self) -> str:
        from kc_desktop.services import establishments

        return str(establishments.search_ids(self.db)[0])

    def _first_template(self) -> str:
        from kc_desktop.services import templates

        return str(templates.published(self.db, "survey")[0].id)

    def _pdf_preview(self, window: QWidget) -> QWidget:
        from kc_desktop.documents import render
        from kc_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
        from kc_desktop.services import minutes

        record = minutes.search_ids(self.db, "survey")[0]
        path = self.work / "bien-ban.pdf"
        render.render_record(self.db, "survey", record, path)
        return PdfPreviewDialog(path, window, draft=True, title="Biên bản khảo sát", suggested_name="bien-ban.pdf")

    def _trust_site(self, window: QWidget) -> QWidget:
        from kc_desktop.db.engine import open_database
        from kc_desktop.gui.dialogs.trust_site import TrustSiteDialog
        from kc_desktop.services import setup
        from kc_desktop.sync import trust

        other = open_database(self.work / "commune.sqlite")
        try:
            setup.ensure_reference_data(other)
            setup.initialize(other, setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583",
                                                       "Lê Thị Thu Trang"))
            card = trust.write_card(other, self.work / "BT01.json")
        finally:
            other.close()
        return TrustSiteDialog(self.ctx, card, window)

    def _confirm_restore(self, window: QWidget) -> QWidget:
        from kc_desktop.gui.dialogs.backup import confirm_restore
        from kc_desktop.gui.main_window import MainWindow
        from kc_desktop.services import backups

        assert self.db.path is not None and isinstance(window, MainWindow)
        copy = backups.copy_database(self.db.path, self.work / f"kc-{backups.MANUAL}{backups.SUFFIX}")
        return confirm_restore(window, self.ctx, backups.check(copy, quick=True))


def clipped(window: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text, and forms that scroll sideways."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            # The text and icon, with a little padding (a style's minimum button width is not a clip).
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
            if not widget.icon().isNull():
                need += widget.iconSize().width() + 4
            if widget.width() < need:
                found.append(f"button «{widget.text()}» {widget.width()} < {need} px")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text():
            need = widget.minimumSizeHint().width()
            if widget.width() < need:
                found.append(f"label «{widget.text()[:40]}» {widget.width()} < {need} px")
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"form {widget.objectName() or type(widget.widget()).__name__} scrolls sideways")
    return found


def unreachable(window: QWidget) -> list[str]:
    """Buttons and check boxes with no mnemonic (&-accelerator), mnemonics no keyboard can type (Alt+Đ), and
    one letter used by two things in one window: buttons, labels with a buddy, tabs and the menu bar.

    Some need no letter: radio buttons (a group is one Tab stop, chosen with the arrow keys), the choices of a
    template's question (made from the template's own lists), buttons repeated on every row of a table (such
    as «Ký…», reached with the table's keys), and a button box's accept and reject buttons (Return and Esc).
    """
    found: list[str] = []
    letters: dict[str, str] = {}

    def take(text: str, *, needed: bool) -> None:
        letter = mnemonic(text)
        if letter is None:
            if needed:
                found.append(f"«{text}» has no mnemonic")
        elif not ("a" <= letter <= "z" or "0" <= letter <= "9"):
            found.append(f"«{text}»: Alt+{letter.upper()} cannot be typed on a keyboard")
        elif letters.setdefault(letter, text) != text:
            found.append(f"«{text}» and «{letters[letter]}» share Alt+{letter.upper()}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            take(action.text(), needed=True)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _generated(widget, window):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip() and not widget.inherits("QToolButton"):
            needed = any(c.isalnum() for c in widget.text()) and not isinstance(widget, QRadioButton) \
                and not _answered_by_keys(widget)  # a «+» or «−» button is reached by Tab and its shortcut
            take(widget.text(), needed=needed)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            take(widget.text(), needed=False)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                take(widget.tabText(index), needed=False)
    return found


def mnemonic(text: str) -> str | None:
    """The letter after a single & (a doubled && is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def _generated(widget: QWidget, window: QWidget) -> bool:
    """A button inside a table's rows or a template question's input."""
    from kc_desktop.gui.forms.inputs import QuestionInput

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractItemView | QuestionInput):
            return True
        parent = parent.parentWidget()
    return False


def _answered_by_keys(widget: QAbstractButton) -> bool:
    """A button box's accept or reject button, or a dialog's default button: Return and Esc press them."""
    box = widget.parentWidget()
    if isinstance(box, QDialogButtonBox) and box.buttonRole(widget) in (
            QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole,
            QDialogButtonBox.ButtonRole.YesRole, QDialogButtonBox.ButtonRole.NoRole):
        return True
    return isinstance(widget, QPushButton) and widget.isDefault()


def sample_template_error() -> TemplateError:
    return TemplateError([
        Problem("survey", 12, "E (relevant)", "biểu thức không hợp lệ: thiếu dấu ngoặc đóng"),
        Problem("choices", 4, "list_name", "danh sách «muc_do» được dùng nhưng không có lựa chọn nào"),
        Problem("settings", 2, "form_id", "thiếu mã mẫu phiếu"),
    ], "khao-sat.xlsx")


def close(window: QWidget) -> None:
    if not isValid(window):
        return
    if isinstance(window, QDialog):
        window.reject()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings go to the log, not to the terminal (the offscreen platform says a lot)."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        log.error("Qt: %s", message)
    else:
        log.debug("Qt: %s", message)


def run(db: Database, folder: Path, work: Path, language: str) -> Result:
    """Open every window of the program on `db` and save their pictures in `folder`."""
    from kc_desktop.app import make_application

    qInstallMessageHandler(_quiet)
    app = make_application(["kc-desktop"])
    app.setQuitOnLastWindowClosed(False)
    app.setProperty("kc_translators", len(i18n.install(app, language)))  # this run only: not kept in settings
    folder.mkdir(parents=True, exist_ok=True)
    return Gallery(db, folder, work).run()


def screen_size() -> tuple[int, int]:
    """The available size of the primary screen, in logical pixels (after `run` made the application)."""
    app = QApplication.instance()
    screen = app.primaryScreen() if isinstance(app, QApplication) else None
    area = screen.availableGeometry() if screen is not None else None
    return (area.width(), area.height()) if area is not None else (0, 0)
