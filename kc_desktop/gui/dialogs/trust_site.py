"""Trusting other sites' keys (DESIGN.md §4, site trust): the fingerprint is compared by phone first; the
table of the sites trusted so far."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.rights import gate
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, OK_COLOR, Banner, EmptyOverlay, heading
from kc_desktop.services.permissions import Action
from kc_desktop.sync import city, keys, trust
from kc_desktop.sync.trust import SiteCard


def card_filter() -> str:
    return QCoreApplication.translate("TrustSiteDialog", "Thẻ khóa hoặc gói dữ liệu (*.json *.kcpkg);;Mọi tệp (*)")


def fingerprint_font(base: QFont, scale: float = 1.5) -> QFont:
    """A fixed-width font, large enough to read four characters at a time over the phone."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(base.pointSizeF(), 9) * scale)
    font.setBold(True)
    return font


class TrustSiteDialog(FitsScreen, QDialog):
    """Who the site says it is, its fingerprint, and a box for the fingerprint the site read out."""

    trusted = Signal(str)  # the site id, once its key is trusted

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None, *,
                 expect_city: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("TrustSiteDialog")
        self.setWindowTitle(self.tr("Tin cậy khóa của đơn vị"))
        self._ctx = ctx
        self.card: SiteCard | None = None
        self.title = heading(self.tr("Xác nhận khóa của đơn vị"), self, 1.25)
        self.error = Banner(self)
        self.error.setObjectName("error")
        self.already = Banner(self)
        self.already.setObjectName("already")
        self.code = QLabel(self)
        self.name = QLabel(self)
        self.level = QLabel(self)
        for label in (self.code, self.name, self.level):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(fingerprint_font(self.font()))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid);"
                                       " border-radius: 4px; padding: 8px 12px; }")
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Mã đơn vị:"), self.code)
        form.addRow(self.tr("Tên đơn vị:"), self.name)
        form.addRow(self.tr("Cấp:"), self.level)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typed")
        self.typed.setFont(fingerprint_font(self.font(), 1.2))
        self.typed.setPlaceholderText(self.tr("Gõ dấu vân tay đơn vị kia đọc cho anh/chị"))
        self.typed.textChanged.connect(self._compare)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.trust_button = QPushButton(self.tr("Tin cậy"), self)
        self.trust_button.setObjectName("trust")
        self.trust_button.setEnabled(False)
        self.trust_button.setDefault(True)
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        # Who the file says it is and the comparison; hidden when the file holds no key at all.
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(10)
        details.addLayout(form)
        details.addWidget(QLabel(self.tr("Dấu vân tay khóa trong tệp:"), self.details))
        details.addWidget(self.fingerprint)
        details.addWidget(self.explain)
        details.addWidget(QLabel(self.tr("Dấu vân tay đơn vị kia đọc qua điện thoại:"), self.details))
        details.addWidget(self.typed)
        details.addWidget(self.verdict)
        details.addWidget(self.already)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self._load(Path(path), expect_city)

    def _load(self, path: Path, expect_city: bool) -> None:
        try:
            card = trust.card_from_file(self._ctx.db, path)
        except KCError as exc:
            self._refuse(exc.message)
            self.details.hide()
            return
        level = SiteLevel.parse(card.level)
        self.code.setText(card.code)
        self.name.setText(card.name or "—")
        self.level.setText(core(level.label) if level else card.level)
        self.fingerprint.setText(card.fingerprint)
        who = card.name or card.code
        self.explain.setText(self.tr(
            "Gọi điện cho cán bộ của {who} và nhờ họ đọc dấu vân tay khóa hiện trong KC Desktop của họ "
            "(mục Đồng bộ). Gõ lại dãy họ đọc vào ô dưới đây. Chỉ khi hai dãy trùng khớp mới bấm «Tin cậy»: "
            "nếu khác, tệp này có thể không do {who} gửi và không được nhập.").format(who=who))
        if card.site_id == self._ctx.office.site_id:
            self._refuse(self.tr("Đây là khóa của chính đơn vị này; không cần tin cậy."))
            return
        if expect_city and card.level != SiteLevel.CITY.value:
            self._refuse(self.tr("Tệp này chứa khóa của {code} ({level}), không phải khóa của Sở Công Thương.")
                         .format(code=card.code, level=self.level.text()))
            return
        self.card = card
        known = next((row for row in trust.trusted(self._ctx.db) if row.site_id == card.site_id and row.active), None)
        if known is not None and known.public_key == card.public_key:
            self.already.show_message(self.tr("Khóa này đã được tin cậy từ ngày {date}; xác nhận lại cũng không sao.")
                                      .format(date=f"{known.trusted_at.astimezone():%d/%m/%Y}"), "info")
        elif known is not None:
            self.already.show_message(self.tr(
                "{code} đã có một khóa khác được tin cậy (dấu vân tay {old}). Nếu đơn vị đã cài lại máy, hãy thu hồi "
                "khóa cũ trước khi tin cậy khóa mới.").format(code=card.code, old=known.fingerprint), "warning")
        self.typed.setFocus()

    def _refuse(self, text: str) -> None:
        self.card = None
        self.error.show_message(text, "error")
        self.typed.setEnabled(False)
        self.trust_button.setEnabled(False)

    def _compare(self, text: str) -> None:
        if self.card is None:
            return
        matches = keys.same_fingerprint(text, self.card.fingerprint)
        self.trust_button.setEnabled(matches)
        compact = "".join(ch for ch in text if ch.isalnum())
        if matches:
            self.verdict.setText(f"<span style=\"color:{OK_COLOR}\">"
                                 + self.tr("Trùng khớp: có thể tin cậy khóa này.") + "</span>")
        elif len(compact) >= 32:
            self.verdict.setText(f"<span style=\"color:{ERROR_COLOR}\"><b>"
                                 + self.tr("Không khớp.") + "</b> " + self.tr(
                                     "Hãy đọc lại từng nhóm bốn ký tự; nếu vẫn khác, đừng tin cậy tệp này.")
                                 + "</span>")
        else:
            self.verdict.setText(f"<span style=\"color:{MUTED_COLOR}\">"
                                 + self.tr("Đã gõ {n}/32 ký tự.").format(n=len(compact)) + "</span>")

    def confirm(self) -> None:
        """Register the key; on a refusal the reason is shown here and the dialog stays open."""
        if self.card is None or not self.trust_button.isEnabled():
            return
        try:
            trust.trust(self._ctx.db, self.card, self.typed.text(), self._ctx.office.officer_name,
                        actor=self._ctx.actor)
        except KCError as exc:
            self.error.show_message(exc.message, "error")
            return
        self.trusted.emit(self.card.site_id)
        self.accept()


def ranges_text(ranges: list[tuple[int, int]]) -> str:
    return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in ranges)


def plain_table(table: QTableWidget) -> None:
    """A read-only list of rows, one selected at a time."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class TrustedSitesPanel(QWidget):
    """The sites whose packages are accepted, what arrived from each; trust a new one, revoke one."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.site_ids: list[str] = []
        self._active: list[bool] = []
        self.dialog: TrustSiteDialog | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("sites")
        self.table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Tên đơn vị"), self.tr("Dấu vân tay khóa"),
                                              self.tr("Đã nhận (thay đổi số)"), self.tr("Tin cậy từ")])
        plain_table(self.table)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = EmptyOverlay(self.table)
        self.empty.setText(self.tr("Chưa tin cậy đơn vị nào: bấm «Tin cậy đơn vị mới…» và chọn thẻ khóa "
                                   "hoặc một gói đơn vị đó gửi."))
        self.trust_button = QPushButton(self.tr("T&in cậy đơn vị mới…"), self)
        self.trust_button.setObjectName("trust")
        self.trust_button.clicked.connect(self.ask_trust)
        self.revoke_button = QPushButton(self.tr("Thu &hồi"), self)
        self.revoke_button.setObjectName("revoke")
        self.revoke_button.clicked.connect(self.ask_revoke)
        gate(self.trust_button, self._ctx, Action.TRUST_SITE)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Đơn vị đã tin cậy"), self, 1.1), 1)
        head.addWidget(self.trust_button)
        head.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        rows = trust.trusted(self._ctx.db)
        received = city.received_ranges(self._ctx.db)
        self.site_ids = [row.site_id for row in rows]
        self._active = [row.active for row in rows]
        self.table.setRowCount(len(rows))
        fixed = fingerprint_font(self.font(), 1.0)
        fixed.setBold(False)
        for number, row in enumerate(rows):
            name = row.name if row.active else self.tr("{name} (đã thu hồi)").format(name=row.name)
            if row.level == SiteLevel.CITY.value:
                got = self.tr("— (khóa của Sở)")
            else:
                got = ranges_text(received.get(row.site_id, [])) or self.tr("chưa nhận gói nào")
            cells = (row.code, name, row.fingerprint, got, f"{row.trusted_at.astimezone():%d/%m/%Y %H:%M}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setFont(fixed)
                if not row.active:
                    item.setForeground(QColor(MUTED_COLOR))
                self.table.setItem(number, column, item)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        gate(self.revoke_button, self._ctx, Action.TRUST_SITE, 0 <= row < len(self.site_ids) and self._active[row])

    def ask_trust(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn thẻ khóa hoặc một gói của đơn vị"),
                                                str(Path.home()), card_filter())
        if chosen:
            self.trust_from_file(Path(chosen))

    def trust_from_file(self, path: Path) -> TrustSiteDialog:
        dialog = TrustSiteDialog(self._ctx, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.trusted.connect(self._trusted)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _trusted(self, _site: object) -> None:
        self.reload()
        self.changed.emit()

    def ask_revoke(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.site_ids):
            return
        code, name = (item.text() if (item := self.table.item(row, column)) is not None else ""
                      for column in (0, 1))
        site_id = self.site_ids[row]
        messages.confirm(self, self.tr("Thu hồi khóa của {code} — {name}?").format(code=code, name=name),
                         self.tr("Thu hồi"), lambda: self.revoke(site_id),
                         informative=self.tr("Sau khi thu hồi, không nhập gói của đơn vị này nữa cho tới khi "
                                             "tin cậy lại. Dữ liệu đã nhập vẫn được giữ."))

    def revoke(self, site_id: str) -> None:
        try:
            trust.revoke(self._ctx.db, site_id, actor=self._ctx.actor)
        except KCError as exc:
            messages.show_error(self, exc.message)
        self.reload()
        self.changed.emit()
