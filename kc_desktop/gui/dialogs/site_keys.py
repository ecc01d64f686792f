"""This site's own keys in the GUI: rotating them (the other side follows the signed notice) and,
for the city, asking the passphrase that protects its keys (KC_CITY_PASSPHRASE) on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import Context
from kc_desktop.services.permissions import Action, refusal
from kc_desktop.sync import identity


class SiteKeys(Context):
    """Translation context of key rotation and the city's passphrase."""


def rotate(parent: QWidget, ctx: AppContext, other: str) -> QMessageBox | None:
    """Ask, then replace this site's keys; `other` names who follows the notice ("Sở", "các đơn vị")."""
    if not ctx.can(Action.TRUST_SITE):
        return messages.show_error(parent, refusal(Action.TRUST_SITE))

    def go() -> None:
        try:
            before, after = identity.rotate(ctx.db, ctx.actor)
        except KCError as exc:
            messages.show_error(parent, exc.message)
            return
        messages.show_info(parent, SiteKeys.tr(
            "Đã đổi khóa. Dấu vân tay cũ: {before}; mới: {after}.\n\nCác gói gửi đi từ nay ký bằng khóa mới, kèm "
            "thông báo ký bằng khóa cũ: {other} nhận khóa mới khi đọc gói đầu tiên, không cần gọi điện đối chiếu."
        ).format(before=before, after=after, other=other), SiteKeys.tr("Đổi khóa"))
        refresh = getattr(parent, "reload", None)
        if callable(refresh):
            refresh()

    return messages.confirm(
        parent, SiteKeys.tr("Đổi khóa ký và khóa mã hóa của đơn vị?"), SiteKeys.tr("Đổi khóa"), go,
        SiteKeys.tr("Đổi khóa"), SiteKeys.tr(
            "Nên đổi khóa định kỳ, hoặc khi thay máy. {other} nhận khóa mới qua thông báo ký bằng khóa cũ. "
            "Nếu máy bị mất hay bị đánh cắp, đổi khóa thôi chưa đủ: hãy báo {other} thu hồi khóa cũ, rồi gửi "
            "thẻ khóa mới để đối chiếu dấu vân tay qua điện thoại.").format(other=other))


def unlock(parent: QWidget, ctx: AppContext) -> bool:
    """Open the site's private keys now, on the GUI thread (the city's may ask its passphrase), so that
    work in the background can use them; False with a message if they cannot be opened."""
    try:
        identity.signing_key(ctx.db)
        identity.encryption_keys(ctx.db)
    except KCError as exc:
        messages.show_error(parent, exc.message)
        return False
    return True


def ask_city_passphrase(why: str) -> str | None:
    """The prompt kc_desktop.sync.identity uses in the GUI (never from a worker thread)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    text, ok = QInputDialog.getText(None, SiteKeys.tr("Mật khẩu khóa của Sở"),
                                    why + "\n" + SiteKeys.tr("Mật khẩu bảo vệ khóa của Sở:"),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None
