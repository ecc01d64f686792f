"""Đồng bộ at the city office (chế độ Sở): packages of the offices in, receipts and reference packages out."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs import site_keys
from kc_desktop.gui.dialogs.trust_site import TrustedSitesPanel, TrustSiteDialog, fingerprint_font, plain_table
from kc_desktop.gui.rights import gate
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.views.sync_office import package_filter, status_look
from kc_desktop.gui.widgets.notices import MUTED_COLOR, Banner, EmptyOverlay, heading
from kc_desktop.progress import Progress
from kc_desktop.services.permissions import Action
from kc_desktop.sync import city, trust
from kc_desktop.sync.city import ALREADY, IMPORTED, REJECTED, Outcome
from kc_desktop.sync.trust import SiteCard


@dataclass(frozen=True)
class PackageLine:
    """One package's outcome; `card` is its sender when it was refused only for not being trusted yet."""

    outcome: Outcome
    card: SiteCard | None = None


def _untrusted_sender(db: Database, outcome: Outcome, own_site: str) -> SiteCard | None:
    if outcome.status != REJECTED:
        return None
    try:
        card = trust.card_from_file(db, outcome.path)
    except KCError:
        return None  # unreadable, or not sent to this office: trusting would not help
    known = {row.site_id: row.public_key for row in trust.trusted(db) if row.active}
    if known.get(card.site_id) == card.public_key or card.site_id == own_site:
        return None  # refused for another reason
    return card


def import_steps(db: Database, items: Sequence[Path], own_site: str, found: list[PackageLine],
                 actor: Actor | None = None) -> Iterator[Progress]:
    """city.import_many with its outcomes collected in `found`; Cancel stops before the next package."""
    for step in city.import_many(db, items, actor):
        if isinstance(step, Progress):
            if step.done < step.total:  # not the closing "Xong.": the result comes right after it
                yield step
        else:
            found.append(PackageLine(step, _untrusted_sender(db, step, own_site)))


def _why(exc: BaseException, folder: Path) -> str:
    if isinstance(exc, KCError):
        return exc.message
    if isinstance(exc, OSError):
        return QCoreApplication.translate("SyncCityView", "Không ghi được vào thư mục «{folder}» ({why}). "
                               "Hãy kiểm tra USB hoặc chọn thư mục khác.").format(
            folder=folder, why=exc.strerror or type(exc).__name__)
    return unexpected_message(exc)


def _box(parent: QWidget, title: str, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(heading(title, box, 1.1))
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QAbstractItemView) else 0)
    return box


class SyncCityView(QWidget):
    """Nhập gói của các đơn vị, gói còn thiếu, đơn vị đã tin cậy, biên nhận và gói danh mục."""

    data_changed = Signal()  # records were imported (and conflicts may have opened)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncCityView")
        self._ctx = ctx
        self.lines: list[PackageLine] = []
        self.import_op: BackgroundOp | None = None
        self.publish_op: BackgroundOp | None = None
        self.written: list[Path] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        self.own_fingerprint = QLabel(self)
        self.own_fingerprint.setObjectName("ownFingerprint")
        self.own_fingerprint.setFont(fingerprint_font(self.font(), 1.15))
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save_card = QPushButton(self.tr("Lưu thẻ &khóa của Sở…"), self)
        save_card.setToolTip(self.tr("Các đơn vị dùng thẻ khóa này (hoặc bất kỳ tệp nào Sở gửi) để tin cậy Sở."))
        save_card.clicked.connect(self.ask_save_card)
        self.rotate_button = QPushButton(self.tr("Đổi khóa của &Sở…"), self)
        self.rotate_button.setObjectName("rotateKey")
        self.rotate_button.setToolTip(self.tr("Khóa mới được báo cho các đơn vị bằng thông báo ký bằng khóa cũ."))
        self.rotate_button.clicked.connect(lambda: site_keys.rotate(self, self._ctx, self.tr("các đơn vị")))
        gate(self.rotate_button, self._ctx, Action.TRUST_SITE)
        buttons = {}
        for key, text, slot in (("import", self.tr("&Nhập gói…"), self.ask_import),
                                ("importFolder", self.tr("Nhập cả thư &mục…"), self.ask_import_folder),
                                ("receipts", self.tr("Ghi &biên nhận cho các đơn vị…"), self.ask_receipts),
                                ("reference", self.tr("Xuất gói &danh mục…"), self.ask_reference),
                                ("recovery", self.tr("Gói khôi phục cho đơn &vị…"), self.ask_recovery)):
            buttons[key] = QPushButton(text, self)
            buttons[key].setObjectName(key)
            buttons[key].clicked.connect(slot)
        self.import_button, self.folder_button = buttons["import"], buttons["importFolder"]
        self.receipts_button, self.reference_button = buttons["receipts"], buttons["reference"]
        self.recovery_button = buttons["recovery"]
        self.recovery_button.setToolTip(self.tr(
            "Mọi dữ liệu Sở đang giữ của một đơn vị, để đơn vị mất máy lấy lại bằng "
            "«Đọc biên nhận / gói danh mục của Sở…»."))
        for button in (self.receipts_button, self.reference_button, self.recovery_button):
            gate(button, self._ctx, Action.PUBLISH_REFERENCE)
        self.notice = Banner(self)
        self.notice.setObjectName("notice")
        self.notice.linkActivated.connect(self._link)
        self.untrusted = Banner(self)
        self.untrusted.setObjectName("untrusted")
        self.untrusted.linkActivated.connect(self._link)

        self.summary = QLabel(self.tr("Chưa nhập gói nào trong lần làm việc này."), self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
        self.results = QTableWidget(0, 3, self)
        self.results.setHorizontalHeaderLabels([self.tr("Gói"), self.tr("Đơn vị"), self.tr("Kết quả")])
        plain_table(self.results)
        self.results.setObjectName("results")
        self.results.setWordWrap(True)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.results.doubleClicked.connect(lambda index: self.trust_line(index.row()))
        self.results_empty = EmptyOverlay(self.results)
        self.results_empty.setText(self.tr("Bấm «Nhập gói…» hoặc «Nhập cả thư mục…» để nhập gói các đơn vị gửi."))
        self.results_empty.setVisible(True)
        self.gaps = QListWidget(self)
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.gaps_empty = EmptyOverlay(self.gaps)
        self.gaps_empty.setText(self.tr("Không thiếu gói nào."))

        key_row = QHBoxLayout()
        key_row.addWidget(QLabel(self.tr("Dấu vân tay khóa của Sở:"), self))
        key_row.addWidget(self.own_fingerprint)
        key_row.addWidget(save_card)
        key_row.addWidget(self.rotate_button)
        key_row.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.folder_button)
        actions.addStretch(1)
        actions.addWidget(buttons["receipts"])
        actions.addWidget(buttons["reference"])
        actions.addWidget(buttons["recovery"])
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(_box(top, self.tr("Kết quả nhập"), self.summary, self.results))
        top.addWidget(_box(top, self.tr("Gói còn thiếu"), self.gaps))
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setChildrenCollapsible(False)
        self.sites = TrustedSitesPanel(self._ctx, self)
        self.sites.changed.connect(self.reload)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.sites)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Nhận dữ liệu từ các đơn vị"), self))
        layout.addLayout(key_row)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.untrusted)
        layout.addWidget(splitter, 1)

    # -- state -------------------------------------------------------------------------------

    def reload(self) -> None:
        """The trusted sites with what arrived from each, and the gaps (small tables: read whole)."""
        db = self._ctx.db
        try:
            self.own_fingerprint.setText(trust.own_card(db).fingerprint)
        except KCError as exc:
            self.own_fingerprint.setText(exc.message)
        self.sites.reload()
        self.gaps.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for gap in city.gaps(db):
            QListWidgetItem(warning, gap.message, self.gaps)
        self.gaps_empty.setVisible(self.gaps.count() == 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    # -- import ------------------------------------------------------------------------------

    def ask_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn các gói dữ liệu của đơn vị"), str(Path.home()),
                                                 package_filter())
        if chosen:
            self.import_paths([Path(p) for p in chosen])

    def ask_import_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa các gói (ví dụ USB)"),
                                                  str(Path.home()))
        if chosen:
            self.import_paths([Path(chosen)])

    def import_paths(self, items: Sequence[Path]) -> BackgroundOp | None:
        """Import files, and the packages inside folders, one transaction each, in the background."""
        if not site_keys.unlock(self, self._ctx):  # the city's keys may ask their passphrase, here
            return None
        db, found, items, own_site = self._ctx.db, list[PackageLine](), list(items), self._ctx.office.site_id
        self.import_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.notice.clear_message()

        def done(_result: object = None, stopped: bool = False) -> None:
            self.show_lines(found, stopped)
            self.reload()
            if any(line.outcome.status == IMPORTED for line in found):
                self.data_changed.emit()

        def enable() -> None:
            self.import_button.setEnabled(True)
            self.folder_button.setEnabled(True)

        self.import_op = (BackgroundOp(self, lambda: import_steps(db, items, own_site, found, self._ctx.actor),
                                       label=self.tr("Đang nhập gói…"), title=self.tr("Nhập gói của đơn vị"))
                          .success(done).on_cancel(lambda: done(stopped=True)).run_in_background())
        self.import_op.finished.connect(enable)
        return self.import_op

    def show_lines(self, lines: list[PackageLine], stopped: bool = False) -> None:
        self.lines = list(lines)
        self.results.setRowCount(len(lines))
        for number, line in enumerate(lines):
            outcome = line.outcome
            icon, color = status_look(self, outcome.status)
            name = QTableWidgetItem(icon, outcome.path.name)
            name.setToolTip(str(outcome.path))
            site = QTableWidgetItem(outcome.site_code or (line.card.code if line.card else ""))
            text = outcome.message[:1].upper() + outcome.message[1:]
            if line.card is not None:
                text += " " + self.tr("(Nhấn đúp để tin cậy đơn vị {code}.)").format(code=line.card.code)
            result = QTableWidgetItem(text)
            result.setForeground(color)
            result.setToolTip(text)
            for column, item in enumerate((name, site, result)):
                self.results.setItem(number, column, item)
        self.results.resizeRowsToContents()
        self.results_empty.setVisible(not lines)
        count = {s: sum(1 for line in lines if line.outcome.status == s) for s in (IMPORTED, ALREADY, REJECTED)}
        text = self.tr("Lần nhập lúc {time}: {n} gói — {ok} đã nhập, {already} đã có từ trước, {bad} bị từ chối."
                       ).format(time=f"{dt.datetime.now():%H:%M}", n=len(lines), ok=count[IMPORTED],
                                already=count[ALREADY], bad=count[REJECTED])
        if stopped:
            text += " " + self.tr("Đã dừng theo yêu cầu: các gói còn lại chưa nhập; các gói đã nhập được giữ.")
        self.summary.setText(text)
        self._offer_trust(lines)

    def _offer_trust(self, lines: list[PackageLine]) -> None:
        """Packages refused only because their office is not trusted yet: a link to trust it from that file."""
        senders: dict[str, tuple[int, SiteCard]] = {}
        for number, line in enumerate(lines):
            if line.card is not None:
                senders.setdefault(line.card.site_id, (number, line.card))
        if not senders:
            self.untrusted.clear_message()
            return
        links = ", ".join(f"<a href=\"trust:{number}\">{html.escape(card.code)} — {html.escape(card.name)}</a>"
                          for number, card in senders.values())
        self.untrusted.show_message(self.tr(
            "Có gói của đơn vị chưa được tin cậy: {links}. Bấm vào tên đơn vị để xác nhận khóa của đơn vị qua điện "
            "thoại; sau khi tin cậy, các gói của đơn vị đó được nhập lại ngay.").format(links=links), "warning")

    def _link(self, url: str) -> None:
        if url.startswith("trust:"):
            self.trust_line(int(url.removeprefix("trust:")))
        else:
            QDesktopServices.openUrl(QUrl(url))

    def trust_line(self, row: int) -> TrustSiteDialog | None:
        """Open the trust dialog for the sender of a refused package; once trusted, import its packages again."""
        card = self.lines[row].card if 0 <= row < len(self.lines) else None
        if card is None:
            return None
        site_id = card.site_id
        again = [line.outcome.path for line in self.lines if line.card is not None and line.card.site_id == site_id]
        dialog = self.sites.trust_from_file(self.lines[row].outcome.path)
        dialog.trusted.connect(lambda _site: self.import_paths(again))
        return dialog

    def ask_save_card(self) -> None:
        code = self._ctx.office.site_code
        suggested = str(Path.home() / f"the-khoa-{code}.json")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu thẻ khóa của Sở"), suggested,
                                                self.tr("Thẻ khóa (*.json)"))
        if chosen:
            try:
                trust.write_card(self._ctx.db, Path(chosen))
            except (KCError, OSError) as exc:
                messages.show_error(self, _why(exc, Path(chosen).parent))
                return
            self.notice.show_message(self.tr("Đã lưu thẻ khóa của Sở vào «{path}».").format(
                path=html.escape(chosen)), "ok")

    # -- receipts and reference packages -----------------------------------------------------

    def ask_receipts(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục để ghi biên nhận"), str(Path.home()))
        if chosen:
            self.write_receipts(Path(chosen))

    def write_receipts(self, folder: Path) -> list[Path]:
        if not site_keys.unlock(self, self._ctx):
            return []
        try:
            self.written = city.write_receipts(self._ctx.db, folder, actor=self._ctx.actor)
        except (KCError, OSError) as exc:
            self.notice.show_message(html.escape(_why(exc, folder)), "error")
            return []
        self._show_written(folder, self.written, self.tr("biên nhận"))
        return self.written

    def ask_reference(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục để ghi gói danh mục"), str(Path.home()))
        if chosen:
            self.publish_reference(Path(chosen))

    def publish_reference(self, folder: Path) -> BackgroundOp | None:
        if not site_keys.unlock(self, self._ctx):
            return None
        db, actor = self._ctx.db, self._ctx.actor

        def done(paths: list[Path]) -> None:
            self.written = paths
            self._show_written(folder, paths, self.tr("gói danh mục"))

        def failed(exc: BaseException) -> None:
            self.notice.show_message(html.escape(_why(exc, folder)), "error")

        self.publish_op = (BackgroundOp(self, lambda: city.publish_reference(db, folder, actor=actor),
                                        label=self.tr("Đang ghi gói danh mục cho các đơn vị…"),
                                        title=self.tr("Xuất gói danh mục"), cancellable=False)
                           .success(done).failure(failed).run_in_background())
        return self.publish_op

    def ask_recovery(self) -> None:
        codes = [f"{row.code} – {row.name}" for row in trust.trusted(self._ctx.db)
                 if row.level != SiteLevel.CITY.value]
        if not codes:
            self.notice.show_message(self.tr("Chưa có đơn vị nào được tin cậy."), "warning")
            return
        chosen, ok = QInputDialog.getItem(self, self.tr("Gói khôi phục"), self.tr("Đơn vị cần lấy lại dữ liệu:"),
                                          codes, 0, False)
        if not ok:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục để ghi gói khôi phục"),
                                                  str(Path.home()))
        if folder:
            self.write_recovery(chosen.split(" – ")[0], Path(folder))

    def write_recovery(self, code: str, folder: Path) -> Path | None:
        """Everything the city holds of one office's own records, signed (and sealed to the office)."""
        if not site_keys.unlock(self, self._ctx):
            return None
        try:
            made = city.write_recovery(self._ctx.db, code, folder, actor=self._ctx.actor)
        except (KCError, OSError) as exc:
            self.notice.show_message(html.escape(_why(exc, folder)), "error")
            return None
        text = self.tr("Đã ghi gói khôi phục cho {code} ({n} bản ghi, {files} tệp đính kèm) vào <b>{path}</b>. "
                       "Đơn vị đọc gói này sau khi khôi phục bản sao lưu.").format(
            code=html.escape(code), n=made.records, files=made.attachments, path=html.escape(str(made.path)))
        if made.missing:
            text += "<br>" + "<br>".join(html.escape(line) for line in made.missing)
        self.notice.show_message(text, "warning" if made.missing else "ok")
        return made.path

    def _show_written(self, folder: Path, paths: list[Path], what: str) -> None:
        if not paths:
            self.notice.show_message(self.tr("Chưa có đơn vị nào được tin cậy, nên chưa có {what} nào để ghi.").format(
                what=what), "warning")
            return
        url = QUrl.fromLocalFile(str(folder)).toString()
        self.notice.show_message(self.tr(
            "Đã ghi {n} {what} vào thư mục <b>{folder}</b>: {names}. Gửi mỗi đơn vị tệp mang mã của đơn vị đó."
        ).format(n=len(paths), what=what, folder=html.escape(str(folder)),
                 names=", ".join(html.escape(p.name) for p in paths))
            + " <a href=\"{url}\">{text}</a>".format(url=url, text=self.tr("Mở thư mục")), "ok")
