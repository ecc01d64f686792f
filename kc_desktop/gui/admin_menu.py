"""The Quản trị menu: the change log, the officers' accounts, the symbol of the minutes' numbers, one's own
password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from kc_desktop.domain.enums import Role
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import Context, core
from kc_desktop.gui.rights import gate
from kc_desktop.services.permissions import Action


class AdminMenu(Context):
    """Translation context of the Quản trị menu."""


def install(window: QMainWindow, ctx: AppContext) -> QMenu:
    """Add the menu to the window's menu bar; its actions are kept on the window (audit_action, …)."""
    menu = window.menuBar().addMenu(AdminMenu.tr("&Quản trị"))
    menu.setToolTipsVisible(True)  # a disabled entry says why in its tooltip

    def show_audit() -> None:
        from kc_desktop.gui.dialogs.audit_log import open_audit

        window.audit_dialog = open_audit(window, ctx)  # type: ignore[attr-defined]

    def show_accounts() -> None:
        from kc_desktop.gui.dialogs.accounts import AccountsDialog

        dialog = AccountsDialog(ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        window.accounts_dialog = dialog  # type: ignore[attr-defined]

    def choose_symbol() -> None:
        from kc_desktop.gui.dialogs.minutes_symbol import MinutesSymbolDialog

        dialog = MinutesSymbolDialog(ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        window.symbol_dialog = dialog  # type: ignore[attr-defined]

    def change_password() -> None:
        from kc_desktop.gui.dialogs.accounts import change_own_password

        window.password_dialog = change_own_password(window, ctx)  # type: ignore[attr-defined]

    audit_action = QAction(AdminMenu.tr("&Nhật ký thay đổi…"), window)
    audit_action.setObjectName("auditAction")
    audit_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    audit_action.triggered.connect(show_audit)
    gate(audit_action, ctx, Action.VIEW_AUDIT)
    accounts_action = QAction(AdminMenu.tr("&Tài khoản cán bộ…"), window)
    accounts_action.setObjectName("accountsAction")
    accounts_action.triggered.connect(show_accounts)
    gate(accounts_action, ctx, Action.MANAGE_ACCOUNTS)
    symbol_action = QAction(AdminMenu.tr("&Ký hiệu số biên bản…"), window)
    symbol_action.setObjectName("symbolAction")
    symbol_action.triggered.connect(choose_symbol)
    gate(symbol_action, ctx, Action.SET_MINUTES_SYMBOL)
    password_action = QAction(AdminMenu.tr("Đổi &mật khẩu…"), window)
    password_action.setObjectName("passwordAction")
    password_action.triggered.connect(change_password)
    for action in (audit_action, accounts_action, symbol_action):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(password_action)
    role = Role.parse(ctx.role)
    who = QAction(AdminMenu.tr("Đang làm việc: {name} ({role})").format(
        name=ctx.office.officer_name, role=core(role.label) if role else ctx.role), window)
    who.setEnabled(False)
    menu.addSeparator()
    menu.addAction(who)
    window.audit_action, window.accounts_action = audit_action, accounts_action  # type: ignore[attr-defined]
    window.password_action = password_action  # type: ignore[attr-defined]
    window.symbol_action = symbol_action  # type: ignore[attr-defined]
    return menu
