"""Signing in at start: the sign-in dialog, and the first account of an installation set up before accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.enums import Role
from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.resources import icon
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, heading
from kc_desktop.services import accounts, installation, setup


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class _Busy:
    """A wait cursor while a password is checked (Argon2id takes a moment on purpose)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class LoginDialog(QDialog):
    """User name and password; wrong ones and locked accounts are explained in the dialog. `actor` on success."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("KC Desktop — Đăng nhập"))
        self.setWindowIcon(icon("app"))
        self._db = db
        self.actor: Actor | None = None
        office = installation.office_info(db)
        title = heading(self.tr("Đăng nhập"), self)
        where = QLabel(f"{office.site_code} – {office.site_name}" if office else "", self)
        where.setObjectName("office")
        where.setStyleSheet(f"color: {MUTED_COLOR};")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(self.tr("Ví dụ an.nguyen"))
        known = accounts.usernames(db)
        if known:
            self.username.setText(known[0])  # the last officer who signed in on this machine
        self.password = password_edit(self, "password")
        self.error = error_label(self, "error")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Mật khẩu"), self.password)
        hint = QLabel(self.tr("Quên mật khẩu? Nhờ lãnh đạo đơn vị đặt lại trong «Quản trị → Tài khoản cán bộ»."),
                      self)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Đăng nhập"), self)
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        self.sign_in_button.clicked.connect(self.submit)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        (self.password if known else self.username).setFocus()
        self.setMinimumWidth(460)

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


class FirstAccountDialog(QDialog):
    """An installation set up before accounts (or by `kc-desktop init`): its current officer makes the first
    account, and runs the installation from then on."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstAccountDialog")
        self.setWindowTitle(self.tr("KC Desktop — Tạo tài khoản đăng nhập"))
        self.setWindowIcon(icon("app"))
        self._db = db
        self.actor: Actor | None = None
        office = installation.office_info(db)
        role = Role.parse(setup.first_role(office.level if office else ""))
        intro = QLabel(self.tr(
            "Từ phiên bản này, mỗi cán bộ đăng nhập bằng tài khoản riêng, để nhật ký ghi rõ ai đã sửa gì. "
            "Hãy tạo tài khoản cho <b>{name}</b> — {role} của {office}. Tài khoản này thêm được tài khoản cho "
            "các cán bộ khác.").format(name=office.officer_name if office else "",
                                      role=core(role.label).lower() if role else "",
                                      office=office.site_name if office else ""), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(self.tr("Ví dụ an.nguyen"))
        self.password = password_edit(self, "password")
        self.password.setPlaceholderText(self.tr("Ít nhất 8 ký tự"))
        self.confirm = password_edit(self, "confirm")
        self.errors = {name: error_label(self, f"error_{name}") for name in ("username", "password", "confirm",
                                                                             "general")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow("", self.errors["username"])
        form.addRow(self.tr("Mật khẩu"), self.password)
        form.addRow("", self.errors["password"])
        form.addRow(self.tr("Nhập lại mật khẩu"), self.confirm)
        form.addRow("", self.errors["confirm"])
        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("Tạo tài khoản và đăng nhập"), self)
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.submit)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Tạo tài khoản đăng nhập"), self))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)

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
