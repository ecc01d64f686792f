"""The office's backup passphrase: chosen once by the head (with how to keep it), asked when a backup
file is opened. The passphrase itself is never stored (kc_desktop.services.backup_archive)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import Context
from kc_desktop.services import backup_passphrase as passphrases
from kc_desktop.services.backup_archive import MIN_PASSPHRASE, BackupPassphraseError
from kc_desktop.services.permissions import Action, refusal


class Passphrase(Context):
    """Translation context of the backup passphrase dialogs."""


class ChoosePassphraseDialog(QDialog):
    """Two password fields and the advice on keeping the passphrase; sets it on OK."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        changing = ctx.db.path is not None and passphrases.has_passphrase(ctx.db.path)
        self.setWindowTitle(Passphrase.tr("Đổi mật khẩu sao lưu") if changing
                            else Passphrase.tr("Đặt mật khẩu sao lưu"))
        advice = QLabel(Passphrase.tr(
            "Bản sao lưu chứa toàn bộ dữ liệu, khóa của đơn vị và mọi ảnh, chữ ký, nên được mã hóa bằng mật khẩu "
            "này. Sao lưu tự động hằng ngày không cần nhập lại; chỉ khi khôi phục mới cần.\n\n"
            "• Dùng ít nhất {n} ký tự, dễ đọc khi cần (ví dụ một câu ngắn có số).\n"
            "• Ghi ra giấy, cho vào phong bì niêm phong, cất trong tủ của đơn vị, không để cùng máy tính hay "
            "cùng USB sao lưu.\n"
            "• Mật khẩu không được lưu ở đâu trong chương trình: mất mật khẩu thì không mở được bản sao lưu.\n"
            "• Các bản sao lưu cũ vẫn mở bằng mật khẩu đã dùng khi lập chúng.").format(n=MIN_PASSPHRASE), self)
        advice.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("passphrase")
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setObjectName("passphraseAgain")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(Passphrase.tr("Mật khẩu sao lưu:"), self.first)
        form.addRow(Passphrase.tr("Nhập lại:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(Passphrase.tr("Đặt mật khẩu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(Passphrase.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
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
