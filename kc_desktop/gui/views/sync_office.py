"""Đồng bộ at an office: export to the city, read what the city sends back, the keys of both sides."""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.db.engine import Database
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs import site_keys
from kc_desktop.gui.dialogs.trust_site import TrustSiteDialog, card_filter, fingerprint_font
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.rights import gate
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, OK_COLOR, Banner, heading
from kc_desktop.progress import Progress
from kc_desktop.services.permissions import Action
from kc_desktop.sync import office, package, trust
from kc_desktop.sync.city import ALREADY, IMPORTED, REJECTED
from kc_desktop.sync.export import ExportResult, acknowledged, export_changes, pending_changes


def package_filter() -> str:
    return QCoreApplication.translate("SyncOfficeView", "Gói dữ liệu KC Desktop (*.kcpkg);;Mọi tệp (*)")


def status_look(widget: QWidget, status: str) -> tuple[QIcon, QColor]:
    """The icon and colour of a result line: imported, already there, or rejected."""
    pixmap, color = {IMPORTED: (QStyle.StandardPixmap.SP_DialogApplyButton, OK_COLOR),
                     ALREADY: (QStyle.StandardPixmap.SP_MessageBoxInformation, MUTED_COLOR)}.get(
        status, (QStyle.StandardPixmap.SP_MessageBoxCritical, ERROR_COLOR))
    return widget.style().standardIcon(pixmap), QColor(color)


@dataclass(frozen=True)
class CityFileResult:
    """What reading one file from the city did."""

    path: Path
    status: str
    message: str

    @property
    def line(self) -> str:
        return f"{self.path.name}: {self.message}"


def read_city_file(db: Database, path: Path) -> CityFileResult:
    """A receipt or a reference package, told apart by the kind its manifest declares; never raises."""
    path = Path(path)
    try:
        kind = package.read_unverified_manifest(path, trust.own_encryption_keys(db))[0].get("kind")
        if kind == "receipt":
            receipt = office.read_receipt(db, path)
            text = QCoreApplication.translate("SyncOfficeView",
                    "biên nhận: Sở đã nhận đủ đến thay đổi số {n}.").format(n=receipt.acknowledged)
            if receipt.acknowledged <= receipt.previous:
                return CityFileResult(path, ALREADY,
                                      text + " " + QCoreApplication.translate("SyncOfficeView",
                                              "Không có gì mới so với biên nhận trước."))
            return CityFileResult(path, IMPORTED,
                                  text + " " + QCoreApplication.translate("SyncOfficeView",
                                          "Lần xuất tới chỉ gồm các thay đổi sau số này."))
        if kind == "reference":
            return _reference_line(path, office.read_reference(db, path))
        if kind == "recovery":
            return _recovery_line(path, office.recover(db, path))
        if kind == "changes":
            return CityFileResult(path, REJECTED, QCoreApplication.translate("SyncOfficeView",
                "đây là gói dữ liệu của một đơn vị, không phải tệp của Sở; gói này chỉ nhập được ở máy của Sở."))
        return CityFileResult(path, REJECTED, QCoreApplication.translate("SyncOfficeView",
                "không phải biên nhận hay gói danh mục của Sở."))
    except KCError as exc:
        return CityFileResult(path, REJECTED, QCoreApplication.translate("SyncOfficeView",
                "không đọc được: {why} Không có gì thay đổi.").format(
            why=exc.message))


def _recovery_line(path: Path, result: office.RecoveryResult) -> CityFileResult:
    if result.already:
        return CityFileResult(path, ALREADY,
                              QCoreApplication.translate("SyncOfficeView",
                                      "gói khôi phục này đã đọc trước đó, không có gì thay đổi."))
    return CityFileResult(path, IMPORTED, result.summary)


def _reference_line(path: Path, result: office.ReferenceResult) -> CityFileResult:
    if result.already:
        return CityFileResult(path, ALREADY,
                              QCoreApplication.translate("SyncOfficeView",
                                      "gói danh mục này đã đọc trước đó, không có gì thay đổi."))
    applied = result.applied
    parts = [QCoreApplication.translate("SyncOfficeView",
            "đã cập nhật danh mục của Sở: {n} bản ghi ({new} mới, {changed} thay đổi, "
                               "{same} không đổi)").format(
        n=applied.records, new=applied.inserted, changed=applied.updated, same=applied.unchanged)]
    if applied.conflicts:
        parts.append(QCoreApplication.translate("SyncOfficeView",
                "{n} xung đột cần xem xét ở thẻ «Xung đột»").format(n=applied.conflicts))
    if result.city_keys:
        parts.append(QCoreApplication.translate("SyncOfficeView", "{n} khóa mới của Sở").format(n=result.city_keys))
    if result.support_limits:
        parts.append(QCoreApplication.translate("SyncOfficeView", "bảng mức hỗ trợ"))
    return CityFileResult(path, IMPORTED, ", ".join(parts) + ".")


def read_city_files(db: Database, paths: Sequence[Path], found: list[CityFileResult]) -> Iterator[Progress]:
    """Read files one by one (each in its own transaction); Cancel stops between two files."""
    for number, path in enumerate(paths):
        yield Progress(number, len(paths), QCoreApplication.translate("SyncOfficeView",
                "Đang đọc {name}…").format(name=Path(path).name))
        found.append(read_city_file(db, path))


class SyncOfficeView(QWidget):
    """Xuất dữ liệu gửi Sở, đọc biên nhận và danh mục của Sở, tin cậy khóa của Sở."""

    data_changed = Signal()  # a reference package may have changed records or opened conflicts

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncOfficeView")
        self._ctx = ctx
        self.export_op: BackgroundOp | None = None
        self.read_op: BackgroundOp | None = None
        self.last_export: ExportResult | None = None
        self.results: list[CityFileResult] = []
        self.trust_dialog: TrustSiteDialog | None = None
        self._could_encrypt: bool | None = None
        self.intro = QLabel(self.tr("Dữ liệu đi và về bằng tệp có chữ ký số, mang bằng USB hoặc gửi thư điện tử; "
                                    "không cần mạng. Sở chỉ nhận gói của đơn vị đã được Sở tin cậy."), self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {MUTED_COLOR};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Trao đổi dữ liệu với Sở Công Thương"), self))
        layout.addWidget(self.intro)
        layout.addWidget(self._send_box())
        layout.addWidget(self._receive_box(), 1)
        layout.addWidget(self._keys_box())
        self.reload()

    # -- construction ------------------------------------------------------------------------

    def _send_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gửi dữ liệu cho Sở"), self)
        self.sent_label = QLabel(box)
        self.sent_label.setObjectName("sent")
        self.sent_label.setWordWrap(True)
        self.everything = QCheckBox(self.tr("Xuất lại toàn bộ (kể cả dữ liệu Sở đã nhận)"), box)
        self.everything.setObjectName("everything")
        self.encrypt = QCheckBox(self.tr("Mã hóa cho Sở"), box)
        self.encrypt.setObjectName("encrypt")
        self.export_button = QPushButton(self.tr("Xuất dữ liệu gửi Sở…"), box)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.ask_export)
        self.export_result = Banner(box)
        self.export_result.setObjectName("exportResult")
        self.export_result.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addSpacing(12)
        row.addWidget(self.everything)
        row.addSpacing(12)
        row.addWidget(self.encrypt)
        row.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.sent_label)
        inner.addLayout(row)
        inner.addWidget(self.export_result)
        return box

    def _receive_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nhận từ Sở"), self)
        self.read_button = QPushButton(self.tr("Đọc biên nhận / gói danh mục của Sở…"), box)
        self.read_button.setObjectName("read")
        self.read_button.clicked.connect(self.ask_read)
        hint = QLabel(self.tr("Biên nhận cho biết Sở đã nhận đến đâu; gói danh mục mang đề án được duyệt, mẫu phiếu, "
                              "mức hỗ trợ và khóa của Sở; gói khôi phục trả lại dữ liệu của đơn vị sau khi mất máy."),
                      box)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        self.result_list = QListWidget(box)
        self.result_list.setObjectName("cityResults")
        self.result_list.setWordWrap(True)
        self.result_list.setAlternatingRowColors(True)
        self.result_list.setMinimumHeight(90)
        self.result_list.setIconSize(QSize(16, 16))
        row = QHBoxLayout()
        row.addWidget(self.read_button)
        row.addWidget(hint, 1)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(self.result_list, 1)
        return box

    def _keys_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Khóa của đơn vị và của Sở"), self)
        self.own_fingerprint = QLabel(box)
        self.own_fingerprint.setObjectName("ownFingerprint")
        self.own_fingerprint.setFont(fingerprint_font(self.font(), 1.3))
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_card_button = QPushButton(self.tr("Lưu thẻ khóa…"), box)
        self.save_card_button.setObjectName("saveCard")
        self.save_card_button.setToolTip(self.tr("Lưu khóa công khai của đơn vị thành tệp nhỏ để gửi Sở đăng ký."))
        self.save_card_button.clicked.connect(self.ask_save_card)
        read_out = QLabel(self.tr("Khi cán bộ của Sở gọi điện xác nhận, hãy đọc dãy này cho họ."), box)
        read_out.setStyleSheet(f"color: {MUTED_COLOR};")
        self.city_key = QLabel(box)
        self.city_key.setObjectName("cityKey")
        self.city_key.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("Tin cậy khóa của Sở…"), box)
        self.trust_button.setObjectName("trustCity")
        self.trust_button.clicked.connect(self.ask_trust_city)
        gate(self.trust_button, self._ctx, Action.TRUST_SITE)
        self.rotate_button = QPushButton(self.tr("Đổi khóa…"), box)
        self.rotate_button.setObjectName("rotateKey")
        self.rotate_button.setToolTip(self.tr("Khóa mới được báo cho Sở bằng thông báo ký bằng khóa cũ."))
        self.rotate_button.clicked.connect(lambda: site_keys.rotate(self, self._ctx, self.tr("Sở")))
        gate(self.rotate_button, self._ctx, Action.TRUST_SITE)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        grid.addWidget(QLabel(self.tr("Dấu vân tay khóa của đơn vị này:"), box), 0, 0)
        grid.addWidget(self.own_fingerprint, 0, 1)
        grid.addWidget(self.save_card_button, 0, 2)
        grid.addWidget(read_out, 1, 1)
        grid.addWidget(self.rotate_button, 1, 2)
        grid.addWidget(QLabel(self.tr("Khóa của Sở:"), box), 2, 0)
        grid.addWidget(self.city_key, 2, 1)
        grid.addWidget(self.trust_button, 2, 2)
        grid.setColumnStretch(1, 1)
        return box

    # -- state -------------------------------------------------------------------------------

    def reload(self) -> None:
        """What the city has acknowledged, what is waiting, and the keys (a few small queries)."""
        db = self._ctx.db
        ack = acknowledged(db)
        waiting, last = pending_changes(db, ack)
        if ack:
            text = self.tr("Theo biên nhận gần nhất, Sở đã nhận đủ đến thay đổi số <b>{ack}</b>.").format(
                ack=thousands(ack))
        else:
            text = self.tr("Chưa có biên nhận nào của Sở.")
        if waiting:
            text += " " + self.tr("<b>{n}</b> thay đổi chưa được Sở xác nhận (đến số {last}).").format(
                n=thousands(waiting), last=thousands(last))
        else:
            text += " " + self.tr("Không có thay đổi nào chờ gửi.")
        self.sent_label.setText(text)
        try:
            self.own_fingerprint.setText(trust.own_card(db).fingerprint)
        except KCError as exc:
            self.own_fingerprint.setText(exc.message)
        city = next((row for row in trust.trusted(db) if row.active and row.level == SiteLevel.CITY.value), None)
        if city is None:
            self.city_key.setText(f"<span style=\"color:{ERROR_COLOR}\">" + self.tr(
                "Chưa tin cậy khóa của Sở: chưa đọc được biên nhận, danh mục của Sở và chưa mã hóa được gói gửi Sở."
            ) + "</span>")
        else:
            self.city_key.setText(self.tr("{name} ({code}) · dấu vân tay {fingerprint} · tin cậy từ {date}").format(
                name=html.escape(city.name), code=html.escape(city.code), fingerprint=city.fingerprint,
                date=f"{city.trusted_at.astimezone():%d/%m/%Y}"))
        can_encrypt = trust.city_encryption_key(db) is not None
        if can_encrypt != self._could_encrypt:  # on by default once possible: a lost USB stick exposes nothing
            self.encrypt.setChecked(can_encrypt)
        self._could_encrypt = can_encrypt
        self.encrypt.setEnabled(can_encrypt)
        self.encrypt.setToolTip(self.tr("Chỉ Sở mở được gói; mất USB cũng không lộ dữ liệu.") if can_encrypt else
                                self.tr("Cần tin cậy khóa của Sở (có khóa mã hóa) trước."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    # -- export ------------------------------------------------------------------------------

    def ask_export(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục (ví dụ USB) để lưu gói gửi Sở"),
                                                  str(Path.home()))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, folder: Path) -> BackgroundOp:
        db, everything, encrypt = self._ctx.db, self.everything.isChecked(), self.encrypt.isChecked()
        self.export_result.clear_message()
        self.export_button.setEnabled(False)
        self.export_op = (BackgroundOp(self, lambda: export_changes(db, folder, everything=everything, encrypt=encrypt),
                                       label=self.tr("Đang xuất dữ liệu gửi Sở…"), title=self.tr("Xuất dữ liệu"),
                                       cancellable=False)
                          .success(self._exported).failure(self._export_failed).run_in_background())
        self.export_op.finished.connect(lambda: self.export_button.setEnabled(True))
        return self.export_op

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self.reload()
        if result.path is None:
            self.export_result.show_message(self.tr(
                "Không có thay đổi mới để gửi Sở: Sở đã có mọi dữ liệu đến thay đổi số {n}. Muốn gửi lại tất cả, "
                "chọn «Xuất lại toàn bộ».").format(n=thousands(result.last)), "info")
            return
        folder = QUrl.fromLocalFile(str(result.path.parent)).toString()
        text = self.tr("Đã ghi gói <b>{path}</b>: {n} bản ghi, {files} tệp đính kèm (thay đổi số {first}–{last}). "
                       "Mang tệp này đến Sở hoặc gửi qua thư điện tử.").format(
            path=html.escape(str(result.path)), n=thousands(result.records), files=result.attachments,
            first=result.first, last=result.last)
        open_folder = self.tr("Mở thư mục")
        self.export_result.show_message(f"{text} <a href=\"{folder}\">{open_folder}</a>", "ok")

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KCError):
            why = exc.message + " " + self.tr("Chưa ghi tệp nào.")
        elif isinstance(exc, OSError):
            why = self.tr("Không ghi được vào thư mục đã chọn ({why}). Dữ liệu trong máy không thay đổi; hãy kiểm "
                          "tra USB hoặc chọn thư mục khác rồi xuất lại.").format(why=exc.strerror or type(exc).__name__)
        else:
            why = unexpected_message(exc)
        self.export_result.show_message(html.escape(why), "error")

    # -- from the city -----------------------------------------------------------------------

    def ask_read(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn biên nhận hoặc gói danh mục của Sở"),
                                                 str(Path.home()), package_filter())
        if chosen:
            self.read_paths([Path(p) for p in chosen])

    def read_paths(self, paths: Sequence[Path]) -> BackgroundOp:
        db, found = self._ctx.db, list[CityFileResult]()
        paths = list(paths)

        def finish(_result: object = None) -> None:
            self._show_results(found)
            self.reload()
            if any(r.status == IMPORTED for r in found):
                self.data_changed.emit()

        self.read_button.setEnabled(False)
        self.read_op = (BackgroundOp(self, lambda: read_city_files(db, paths, found),
                                     label=self.tr("Đang đọc tệp của Sở…"), title=self.tr("Nhận từ Sở"))
                        .success(finish).on_cancel(finish).run_in_background())
        self.read_op.finished.connect(lambda: self.read_button.setEnabled(True))
        return self.read_op

    def _show_results(self, found: list[CityFileResult]) -> None:
        self.results = list(found)
        self.result_list.clear()
        for result in found:
            icon, color = status_look(self, result.status)
            item = QListWidgetItem(icon, result.line, self.result_list)
            item.setForeground(color)
            item.setToolTip(str(result.path))

    # -- keys --------------------------------------------------------------------------------

    def ask_save_card(self) -> None:
        code = self._ctx.office.site_code
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu thẻ khóa của đơn vị"),
                                                str(Path.home() / f"the-khoa-{code}.json"),
                                                self.tr("Thẻ khóa (*.json)"))
        if chosen:
            self.save_card(Path(chosen))

    def save_card(self, path: Path) -> Path | None:
        try:
            written = trust.write_card(self._ctx.db, path)
        except (KCError, OSError) as exc:
            messages.show_error(self, exc.message if isinstance(exc, KCError) else self.tr(
                "Không ghi được tệp «{name}»: {why}").format(name=Path(path).name, why=exc.strerror or exc))
            return None
        messages.show_info(self, self.tr("Đã lưu thẻ khóa vào «{path}». Gửi tệp này cho Sở, rồi đọc dấu vân tay "
                                         "cho cán bộ của Sở khi họ gọi điện xác nhận.").format(path=written),
                           self.tr("Thẻ khóa"))
        return written

    def ask_trust_city(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn thẻ khóa hoặc một tệp của Sở"), str(Path.home()),
                                                card_filter())
        if chosen:
            self.trust_from_file(Path(chosen))

    def trust_from_file(self, path: Path) -> TrustSiteDialog:
        dialog = TrustSiteDialog(self._ctx, path, self, expect_city=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.trusted.connect(lambda _site: self.reload())
        dialog.open()
        self.trust_dialog = dialog
        return dialog
