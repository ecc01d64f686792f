"""The office's backup passphrase: chosen once by the head (with how to keep it), asked when a backup
file is opened. The passphrase itself is never stored (kc_desktop.services.backup_archive)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QWidget

from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.ui_forms.choose_passphrase_ui import Ui_ChoosePassphraseDialog
from kc_desktop.services import backup_passphrase as passphrases
from kc_desktop.services.backup_archive import MIN_PASSPHRASE, BackupPassphraseError
from kc_desktop.services.permissions import Action, refusal


class Passphrase(Context):
    """Translation context of the backup passphrase dialogs."""


class ChoosePassphraseDialog(FitsScreen, QDialog):
    """Two password fields and the advice on keeping the passphrase; sets it on OK. The layout is
    ui/choose_passphrase.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChoosePassphraseDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        changing = ctx.db.path is not None and passphrases.has_passphrase(ctx.db.path)
        self.setWindowTitle(Passphrase.tr("Đổi mật khẩu sao lưu") if changing
                            else Passphrase.tr("Đặt mật khẩu sao lưu"))
        ui = self.ui
        ui.advice.setText(ui.advice.text().format(n=MIN_PASSPHRASE))
        self.first = ui.passphrase
        self.again = ui.passphraseAgain
        self.problem = ui.problem
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(Passphrase.tr("Đặt mật khẩu"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(Passphrase.tr("Hủy"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        try:
            passphrases.set_passphrase(self._ctx.db, self.first.text(), self.again.text(), actor=self._ctx.actor)
        except KCError as exc:
            self.problem.setText(exc.message)
            return
        self.accept()


def choose_passphrase(parent: QWidget, ctx: AppContext) -> bool:
    """Let the head choose the passphrase (modal); False if cancelled or not allowed."""
    if not ctx.can(Action.SET_BACKUP_PASSPHRASE):
        messages.show_error(parent, Passphrase.tr("Chưa có mật khẩu sao lưu. {why}").format(
            why=refusal(Action.SET_BACKUP_PASSPHRASE)))
        return False
    return ChoosePassphraseDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted


def ask_passphrase(parent: QWidget | None, path: Path) -> str | None:
    """The passphrase that opens a backup file, asked until it is right (None: cancelled)."""
    prompt = Passphrase.tr("Nhập mật khẩu sao lưu để mở «{file}»:").format(file=path.name)
    while True:
        text, ok = QInputDialog.getText(parent, Passphrase.tr("Mật khẩu sao lưu"), prompt,
                                        QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            passphrases.check_passphrase(path, text)
        except BackupPassphraseError:
            prompt = Passphrase.tr("Mật khẩu không đúng. Nhập lại mật khẩu sao lưu để mở «{file}»:").format(
                file=path.name)
            continue
        except KCError as exc:
            messages.show_error(parent, exc.message)
            return None
        return text
