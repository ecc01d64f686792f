"""Signing in at start: the sign-in dialog, and the first account of an installation set up before accounts
(their layouts are ui/login.ui and ui/first_account.ui)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.enums import Role
from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.resources import icon
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.ui_forms.first_account_ui import Ui_FirstAccountDialog
from kc_desktop.gui.ui_forms.login_ui import Ui_LoginDialog
from kc_desktop.gui.widgets.notices import as_heading
from kc_desktop.services import accounts, installation, setup


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _Busy:
    """A wait cursor while a password is checked (Argon2id takes a moment on purpose)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class LoginDialog(FitsScreen, QDialog):
    """User name and password; wrong ones and locked accounts are explained in the dialog. `actor` on success.
    The layout is ui/login.ui."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self._db = db
        self.actor: Actor | None = None
        ui = self.ui
        as_heading(ui.title)
        office = installation.office_info(db)
        ui.office.setText(f"{office.site_code} – {office.site_name}" if office else "")
        self.username = ui.username
        self.password = ui.password
        self.error = ui.error
        self.error.hide()
        known = accounts.usernames(db)
        if known:
            self.username.setText(known[0])  # the last officer who signed in on this machine
        self.sign_in_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Đăng nhập"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        quit_button = ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("Thoát"))
        quit_button.setObjectName("quit")
        self.sign_in_button.clicked.connect(self.submit)
        quit_button.clicked.connect(self.reject)
        (self.password if known else self.username).setFocus()

    def submit(self) -> bool:
        if not self.username.text().strip() or not self.password.text():
            show_error(self.error, self.tr("Hãy nhập tên đăng nhập và mật khẩu."))
            return False
        try:
            with _Busy():
                self.actor = accounts.authenticate(self._db, self.username.text(), self.password.text())
        except KCError as exc:
            self.password.clear()
            self.password.setFocus()
            show_error(self.error, exc.message)
            self.adjustSize()  # room for a longer message (a lock says until when)
            return False
        self.accept()
        return True


class FirstAccountDialog(FitsScreen, QDialog):
    """An installation set up before accounts (or by `kc-desktop init`): its current officer makes the first
    account, and runs the installation from then on. The layout is ui/first_account.ui."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstAccountDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self._db = db
        self.actor: Actor | None = None
        ui = self.ui
        as_heading(ui.title)
        office = installation.office_info(db)
        role = Role.parse(setup.first_role(office.level if office else ""))
        ui.intro.setText(ui.intro.text().format(name=office.officer_name if office else "",
                                                role=core(role.label).lower() if role else "",
                                                office=office.site_name if office else ""))
        self.username = ui.username
        self.password = ui.password
        self.confirm = ui.confirm
        self.errors: dict[str, QLabel] = {"username": ui.error_username, "password": ui.error_password,
                                          "confirm": ui.error_confirm, "general": ui.error_general}
        for label in self.errors.values():
            label.hide()
        self.create_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Tạo tài khoản và đăng nhập"))
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        quit_button = ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("Thoát"))
        self.create_button.clicked.connect(self.submit)
        quit_button.clicked.connect(self.reject)

    def submit(self) -> bool:
        for label in self.errors.values():
            show_error(label, "")
        try:
            with _Busy():
                self.actor = accounts.create_first_account(self._db, self.username.text(), self.password.text(),
                                                           self.confirm.text())
        except ValidationFailed as exc:
            for name, text in exc.errors.items():
                show_error(self.errors.get(name, self.errors["general"]), text)
            self.adjustSize()
            return False
        except KCError as exc:
            show_error(self.errors["general"], exc.message)
            self.adjustSize()
            return False
        self.accept()
        return True


def sign_in(db: Database, parent: QWidget | None = None) -> AppContext | None:
    """Who works in this session: the sign-in dialog, or the first account where there is none yet.
    None when the officer quits. Call it once the database is open and its office is set up."""
    dialog: LoginDialog | FirstAccountDialog
    dialog = FirstAccountDialog(db, parent) if accounts.needs_first_account(db) else LoginDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return AppContext.signed_in(db, dialog.actor)
