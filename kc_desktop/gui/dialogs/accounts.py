"""Tài khoản cán bộ: the officers of this office and their accounts (add, unlock, reset a password, change a
role, stop an account), and each officer's own password change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.enums import Role, SiteLevel
from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.login import show_error
from kc_desktop.gui.i18n import Context, core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.tables import Column, ListModel
from kc_desktop.gui.rights import gate
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.ui_forms.officer_ui import Ui_OfficerDialog
from kc_desktop.gui.ui_forms.password_ui import Ui_PasswordDialog
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, as_heading, fit_columns, heading
from kc_desktop.services import accounts
from kc_desktop.services.accounts import AccountRow
from kc_desktop.services.permissions import Action

CONTEXT = "Accounts"


class Accounts(Context):
    """Translation context of the accounts dialogs."""


def _state(row: AccountRow) -> str:
    if not row.username:
        return Accounts.tr("Chưa có tài khoản")
    if not row.active:
        return Accounts.tr("Ngừng hoạt động")
    if row.locked() and row.locked_until is not None:
        return Accounts.tr("Bị khóa đến {time}").format(time=f"{row.locked_until.astimezone():%H:%M %d/%m}")
    return Accounts.tr("Đang hoạt động")


def _role(row: AccountRow) -> str:
    role = Role.parse(row.role)
    return core(role.label) if role else row.role


COLUMNS = [
    Column("name", _N("Accounts", "Họ và tên"), lambda r: r.officer_name, sample="Nguyễn Thị Phương Anh"),
    Column("title", _N("Accounts", "Chức vụ"), lambda r: r.title, sample="Cán bộ khuyến công"),
    Column("role", _N("Accounts", "Vai trò"), _role, sample="Lãnh đạo đơn vị"),
    Column("username", _N("Accounts", "Tên đăng nhập"), lambda r: r.username, sample="phuonganh.nguyen"),
    Column("state", _N("Accounts", "Tình trạng"), _state, sample="Bị khóa đến 14:35 22/11",
           color=lambda r: ERROR_COLOR if (r.locked() or not r.active) and r.username else None),
    Column("last", _N("Accounts", "Đăng nhập gần nhất"),
           lambda r: f"{r.last_sign_in_at.astimezone():%d/%m/%Y %H:%M}" if r.last_sign_in_at else "",
           sample="22/11/2026 14:35"),
]


class AccountModel(ListModel[AccountRow]):
    context = CONTEXT

    def id_at(self, row: int) -> str | None:
        record = self.record(row)
        return record.officer_id if record is not None else None


def roles_for(ctx: AppContext) -> list[Role]:
    """Roles a head may give here: administrators exist only at the city, made by an administrator."""
    city = ctx.office.level == SiteLevel.CITY.value and ctx.role == Role.CITY_ADMIN.value
    return [Role.OFFICER, Role.HEAD] + ([Role.CITY_ADMIN] if city else [])


class AccountsDialog(FitsScreen, QDialog):
    """The office's officers and their accounts; changing them needs a head (the buttons say so)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccountsDialog")
        self.setWindowTitle(self.tr("Tài khoản cán bộ"))
        self._ctx = ctx
        self.model = AccountModel(COLUMNS, self)
        self.view = QTableView(self)
        self.view.setObjectName("accounts")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        fit_columns(self.view, COLUMNS, stretch="name", context=CONTEXT)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (("add", self.tr("&Thêm cán bộ…"), self.add_officer),
                                ("unlock", self.tr("&Mở khóa"), self.unlock),
                                ("reset", self.tr("Đặt lại mật &khẩu…"), self.reset_password),
                                ("role", self.tr("Đổi &vai trò…"), self.change_role),
                                ("active", self.tr("&Ngừng tài khoản"), self.toggle_active)):
            button = QPushButton(text, self)
            button.setObjectName(key)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Đón&g"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        note = QLabel(self.tr("Tài khoản chỉ có trên máy này, không gửi kèm dữ liệu lên Sở. Tài khoản bị khóa "
                              "15 phút sau 5 lần nhập sai mật khẩu liên tiếp; lãnh đạo đơn vị mở khóa được ngay."),
                      self)
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_COLOR};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(heading(self.tr("Tài khoản cán bộ"), self, 1.2))
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reload()
        self.resize(980, 460)

    def current(self) -> AccountRow | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def reload(self, select: str | None = None) -> None:
        current = self.current()
        keep = select or (current.officer_id if current is not None else None)
        self.model.set_rows(accounts.list_accounts(self._ctx.db))
        rows = self.model.rows()
        number = next((i for i, r in enumerate(rows) if r.officer_id == keep), 0)
        if rows:
            self.view.selectRow(number)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.current()
        has = row is not None and bool(row.username)
        other = row is not None and row.officer_id != self._ctx.actor.officer_id
        gate(self.buttons["add"], self._ctx, Action.MANAGE_ACCOUNTS)
        gate(self.buttons["unlock"], self._ctx, Action.MANAGE_ACCOUNTS,
             has and row is not None and (row.locked() or row.failed_attempts > 0))
        gate(self.buttons["reset"], self._ctx, Action.MANAGE_ACCOUNTS, has)
        gate(self.buttons["role"], self._ctx, Action.MANAGE_ACCOUNTS, other)
        gate(self.buttons["active"], self._ctx, Action.MANAGE_ACCOUNTS, has and other)
        self.buttons["active"].setText(self.tr("Cho hoạt độ&ng lại") if row is not None and has and not row.active
                                       else self.tr("&Ngừng tài khoản"))

    def _run(self, work: Callable[[], object], done: str) -> bool:
        try:
            work()
        except KCError as exc:
            messages.show_error(self, exc.message)
            return False
        self.reload()
        messages.show_info(self, done)
        return True

    def add_officer(self) -> QDialog:
        dialog = OfficerDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda officer_id: self.reload(officer_id))
        dialog.open()
        return dialog

    def unlock(self) -> None:
        row = self.current()
        if row is not None:
            self._run(lambda: accounts.unlock(self._ctx.db, self._ctx.actor, row.officer_id),
                      self.tr("Đã mở khóa tài khoản «{name}».").format(name=row.username))

    def reset_password(self) -> QDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = PasswordDialog(self.tr("Đặt lại mật khẩu cho {name}").format(name=row.officer_name), False, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submit = lambda old, new, confirm: accounts.reset_password(  # type: ignore[method-assign]
            self._ctx.db, self._ctx.actor, row.officer_id, new, confirm)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def change_role(self) -> None:
        row = self.current()
        if row is None:
            return
        roles = roles_for(self._ctx)
        labels = [core(role.label) for role in roles]
        current = next((i for i, role in enumerate(roles) if role.value == row.role), 0)
        chosen, ok = QInputDialog.getItem(self, self.tr("Đổi vai trò"), self.tr("Vai trò của {name}:").format(
            name=row.officer_name), labels, current, False)
        if ok:
            role = roles[labels.index(chosen)]
            self._run(lambda: accounts.set_role(self._ctx.db, self._ctx.actor, row.officer_id, role.value),
                      self.tr("{name} giờ là {role}.").format(name=row.officer_name, role=chosen.lower()))

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.active:
            messages.confirm(self, self.tr("Ngừng tài khoản «{name}»?").format(name=row.username),
                             self.tr("Ngừng tài khoản"),
                             lambda: self._stop(row),
                             informative=self.tr("Cán bộ này không đăng nhập được nữa; những gì họ đã làm vẫn "
                                                 "được giữ trong nhật ký."))
        else:
            self._run(lambda: accounts.set_active(self._ctx.db, self._ctx.actor, row.officer_id, True),
                      self.tr("Tài khoản «{name}» hoạt động trở lại.").format(name=row.username))

    def _stop(self, row: AccountRow) -> None:
        self._run(lambda: accounts.set_active(self._ctx.db, self._ctx.actor, row.officer_id, False),
                  self.tr("Đã ngừng tài khoản «{name}».").format(name=row.username))


class OfficerDialog(FitsScreen, QDialog):
    """A new officer of this office, with the role and account a head gives them. The layout is ui/officer.ui."""

    added = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OfficerDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        ui = self.ui
        as_heading(ui.heading, 1.1)
        self.name = ui.name
        self.title = ui.title
        self.role = ui.role
        for role in roles_for(ctx):
            self.role.addItem(core(role.label), role.value)
        self.username = ui.username
        self.password = ui.password
        self.confirm = ui.confirm
        self.errors: dict[str, QLabel] = {"name": ui.error_name, "role": ui.error_role, "username": ui.error_username,
                                          "password": ui.error_password, "confirm": ui.error_confirm,
                                          "general": ui.error_general}
        for label in self.errors.values():
            label.hide()
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm cán bộ"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)

    def submit(self) -> bool:
        for label in self.errors.values():
            show_error(label, "")
        try:
            officer_id = accounts.add_officer(self._ctx.db, self._ctx.actor, self.name.text(), self.title.text(),
                                              self.role.currentData(), self.username.text(), self.password.text(),
                                              self.confirm.text())
        except ValidationFailed as exc:
            for name, text in exc.errors.items():
                show_error(self.errors.get(name, self.errors["general"]), text)
            return False
        except KCError as exc:
            show_error(self.errors["general"], exc.message)
            return False
        self.added.emit(officer_id)
        self.accept()
        return True


class PasswordDialog(FitsScreen, QDialog):
    """A new password typed twice (and the current one, for one's own); `submit(old, new, confirm)` saves it.
    The layout is ui/password.ui."""

    def __init__(self, title: str, ask_old: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        ui = self.ui
        ui.heading.setText(title)
        as_heading(ui.heading, 1.1)
        self.old = ui.old
        self.new = ui.new
        self.confirm = ui.confirm
        self.errors: dict[str, QLabel] = {"old": ui.error_old, "password": ui.error_password,
                                          "confirm": ui.error_confirm, "general": ui.error_general}
        for label in self.errors.values():
            label.hide()
        if not ask_old:  # a head setting someone else's password
            ui.form.setRowVisible(ui.old, False)
            ui.form.setRowVisible(ui.error_old, False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu mật khẩu"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

    def submit(self, old: str, new: str, confirm: str) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        for label in self.errors.values():
            show_error(label, "")
        try:
            self.submit(self.old.text(), self.new.text(), self.confirm.text())
        except ValidationFailed as exc:
            for name, text in exc.errors.items():
                show_error(self.errors.get(name, self.errors["general"]), text)
            return False
        except KCError as exc:
            show_error(self.errors["general"], exc.message)
            return False
        self.accept()
        return True


def change_own_password(parent: QWidget, ctx: AppContext) -> PasswordDialog:
    dialog = PasswordDialog(Accounts.tr("Đổi mật khẩu của bạn"), True, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.submit = lambda old, new, confirm: accounts.change_password(  # type: ignore[method-assign]
        ctx.db, ctx.actor, old, new, confirm)
    dialog.accepted.connect(lambda: messages.show_info(parent, Accounts.tr("Đã đổi mật khẩu.")))
    dialog.open()
    return dialog
