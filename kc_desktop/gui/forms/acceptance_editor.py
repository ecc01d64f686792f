"""The acceptance editor (biên bản nghiệm thu): council and signatures, items, money, checks, conclusion.

Everything typed is saved as a draft moments later; finalize gives the number and freezes the minutes.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget
from shiboken6 import isValid

from kc_desktop.domain.acceptance import compute_money
from kc_desktop.domain.rules import limit_for
from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.pdf_preview import preview_record
from kc_desktop.gui.forms.acceptance_layout import build
from kc_desktop.gui.forms.acceptance_media import SignaturesAndPhotos
from kc_desktop.gui.forms.editor_registry import (
    CorrectionActions,
    EditorRegistry,
    show_version_banners,
    status_line,
)
from kc_desktop.gui.rights import gate
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.widgets.notices import ERROR_COLOR
from kc_desktop.gui.widgets.signature_pad import SignatureDialog
from kc_desktop.services import acceptances, establishments, projects, reference
from kc_desktop.services.acceptances import AcceptanceData
from kc_desktop.services.permissions import Action

log = logging.getLogger(__name__)
AUTOSAVE_MS = 700
_N = QT_TRANSLATE_NOOP
TAB_GENERAL, TAB_ITEMS, TAB_CLOSING, TAB_PHOTOS = range(4)
FIELD_LABELS = {
    "acceptance_date": _N("AcceptanceEditor", "Ngày nghiệm thu"),
    "start_time": _N("AcceptanceEditor", "Giờ bắt đầu"),
    "end_time": _N("AcceptanceEditor", "Giờ kết thúc"),
    "place": _N("AcceptanceEditor", "Địa điểm"),
    "council": _N("AcceptanceEditor", "Hội đồng nghiệm thu"),
    "signatures": _N("AcceptanceEditor", "Chữ ký"),
    "items": _N("AcceptanceEditor", "Hạng mục"),
    "money": _N("AcceptanceEditor", "Kinh phí"),
    "conclusion": _N("AcceptanceEditor", "Kết luận"),
}
_TAB_OF = {"items": TAB_ITEMS, "money": TAB_ITEMS, "conclusion": TAB_CLOSING}


_registry: EditorRegistry[AcceptanceEditor] = EditorRegistry(
    lambda ctx, record_id, parent: AcceptanceEditor(ctx, record_id, parent)
)
events = _registry.events
open_editor = _registry.open
open_editors = _registry.editors
close_all = _registry.close_all


class AcceptanceEditor(CorrectionActions, SignaturesAndPhotos, QWidget):
    """One acceptance session. Drafts autosave ~0.7 s after each change and on close; finalized
    minutes are read-only with their number and can be corrected by a new version."""

    service = acceptances
    registry = _registry
    discard_question = QT_TRANSLATE_NOOP("Corrections", "Xóa bản nháp biên bản nghiệm thu này?")

    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("AcceptanceEditor")
        self._ctx = ctx
        self.record_id = record_id
        self._pending: dict[str, Any] = {}
        self._problems: dict[str, str] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._loading = True
        self._busy = False
        self._discarded = False
        self.saved_at: dt.datetime | None = None
        self.save_error = ""
        self.photo_op: BackgroundOp | None = None
        self.preview_op: BackgroundOp | None = None
        self.signature_dialog: SignatureDialog | None = None
        self.data = acceptances.load(ctx.db, record_id)
        self.project, _status, _version = projects.load(ctx.db, self.data.project_id)
        self.limit = limit_for(self.project.support_kind_code or "", self.project.approval_date,
                               reference.limits_of(ctx.db))
        found = establishments.rows(ctx.db, [self.data.establishment_id])
        self.establishment = found[0] if found else None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        build(self)
        self._connect()
        self._fill()
        self._loading = False
        self._apply_state()
        # Typed text is saved whatever closes: this window, the main window, or the application.
        self._watched = _registry.register_autosaving(record_id, self, parent)
        self.resize(1240, 840)
        self.setMinimumSize(980, 640)

    # -- construction ------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.banner.linkActivated.connect(self._link)
        self.correction_banner.linkActivated.connect(self._link)
        self.error_list.itemActivated.connect(self._error_clicked)
        self.error_list.itemClicked.connect(self._error_clicked)
        self.heading_section.edited.connect(self._changed)
        self.heading_section.bad_time.connect(self._bad_time)
        self.closing.edited.connect(self._changed)
        self.council.changed.connect(lambda: self._changed("council", None))
        self.council.sign_requested.connect(self.sign_member)
        self.council.unsign_requested.connect(self.unsign_member)
        self.items.changed.connect(self._items_changed)
        self.photos.add_requested.connect(self.choose_photos)
        self.photos.remove_requested.connect(self.remove_photo)
        self.photos.caption_edited.connect(self._caption_edited)
        self.preview_button.clicked.connect(self.preview)
        self.finalize_button.clicked.connect(self.finalize)
        self.discard_button.clicked.connect(self.discard)
        self.correct_button.clicked.connect(self.ask_correction)
        self.close_button.clicked.connect(self.close)

    # -- values ------------------------------------------------------------------------------------
    def _fill(self) -> None:
        data = self.data
        self.heading_section.show_record(data, self.project, self.establishment)
        self.council.model.set_members(data.council)
        self.items.model.set_items(data.items)
        self.closing.show_record(data)
        self._touched = {name for name in FIELD_LABELS if getattr(data, name, None)}
        self._load_attachments()
        self._show_money()
        if self.draft:
            self._problems = acceptances.problems(self._ctx.db, self.record_id)

    @property
    def draft(self) -> bool:
        return self.data.state == "draft"

    def _changed(self, name: str, value: Any) -> None:
        if self._loading or not self.draft:
            return
        if name == "checks":
            value = {**self._pending.get("checks", {}), **value}
        self._pending[name] = value
        self._touched.add(name)
        if name in ("start_time", "end_time"):
            self.errors[name].hide()
        self._schedule()

    def _bad_time(self, name: str) -> None:
        self._pending.pop(name, None)  # a half-typed earlier value ("2" of "25:00") is not what was meant
        label = self.errors[name]
        label.setText(self.tr("Giờ không đọc được; hãy gõ dạng 08:30."))
        label.show()

    def _items_changed(self) -> None:
        self._show_money()
        self._changed("items", None)

    def _show_money(self) -> None:
        money = compute_money(self.items.model.items(), self.data.approved_kc, self.limit)
        problem = self._problems.get("money", "") if (self._show_all or "money" in self._touched) else ""
        self.money.show_money(money, self.data.approved_kc, self.limit, problem)

    def _schedule(self) -> None:
        self._timer.start()
        self._show_status(self.tr("Đang sửa… (tự lưu sau giây lát)"))

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def save_now(self) -> bool:
        """Store what was typed since the last save; True when nothing is left unsaved."""
        self._timer.stop()
        if self._discarded or not isValid(self):
            return True
        if self._busy:  # photos are being stored; save right after
            self._timer.start()
            return False
        if not self._pending or not self.draft:
            return True
        changes = dict(self._pending)
        if "council" in changes:
            changes["council"] = self.council.model.members()
        if "items" in changes:
            changes["items"] = self.items.model.items()
        try:
            acceptances.save_draft(self._ctx.db, self._ctx.actor, self.record_id, changes)
        except KCError as exc:
            self.save_error = exc.message
            self._show_status(self.tr("Chưa lưu được: {why}").format(why=exc.message), ERROR_COLOR)
            return False
        except Exception as exc:  # noqa: BLE001 - what was typed stays on screen and is retried
            log.exception("autosave failed")
            self.save_error = unexpected_message(exc)
            self._show_status(self.tr("Chưa lưu được, sẽ thử lại: {why}").format(why=exc), ERROR_COLOR)
            self._timer.start(3000)
            return False
        self._pending.clear()
        self.save_error = ""
        self.saved_at = dt.datetime.now()
        self._problems = acceptances.problems(self._ctx.db, self.record_id)
        self._show_errors()
        events().changed.emit(self.record_id)
        return True

    # -- errors ------------------------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        return dict(self._problems) if self.draft else {}

    def _show_errors(self) -> None:
        if self._loading:
            return
        problems = self.problems()
        for name, label in self.errors.items():
            if name in ("start_time", "end_time") and label.isVisible() and name not in problems:
                continue  # an unreadable time stays flagged until it is fixed
            message = problems.get(name) if (self._show_all or name in self._touched) else None
            label.setText(message or "")
            label.setVisible(bool(message))
        self._show_money()
        self.error_list.clear()
        for name, message in problems.items():
            where = self.tr(FIELD_LABELS.get(name, name))
            item = QListWidgetItem(f"• {where}: {message}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self.tr("Bấm để đến chỗ cần sửa"))
            self.error_list.addItem(item)
        count = len(problems)
        self.error_title.setText(
            self.tr("<b>Còn {n} vấn đề</b> trước khi hoàn tất (bấm để đến chỗ đó):").format(n=count) if count
            else self.tr("<b>Đã đủ thông tin.</b> Có thể hoàn tất biên bản."))
        by_tab = {TAB_GENERAL: 0, TAB_ITEMS: 0, TAB_CLOSING: 0}
        for name in problems:
            by_tab[_TAB_OF.get(name, TAB_GENERAL)] += 1
        photo_count = self.photos.list.count()
        titles = {TAB_GENERAL: self.tr("Thông tin chung, hội đồng"), TAB_ITEMS: self.tr("Hạng mục, kinh phí"),
                  TAB_CLOSING: self.tr("Hồ sơ, kết luận"), TAB_PHOTOS: self.tr("Ảnh ({n})").format(n=photo_count)}
        for tab, title in titles.items():
            wrong = by_tab.get(tab, 0)
            self.tabs.setTabText(tab, self.tr("{title} · {n} lỗi").format(title=title, n=wrong) if wrong else title)
        self._show_status()

    def _error_clicked(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole))

    def go_to(self, name: str) -> None:
        """Show the tab of a field and put the cursor in it."""
        self.tabs.setCurrentIndex(_TAB_OF.get(name, TAB_GENERAL))
        widget = {"council": self.council.table, "signatures": self.council.table, "items": self.items.table,
                  "money": self.items.table, "conclusion": self.closing.conclusion_text}.get(name)
        widget = widget or self.heading_section.widget_for(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status(self, text: str | None = None, color: str | None = None) -> None:
        if text is None:
            count = len(self.problems()) if self.draft else 0
            text, color = status_line(draft=self.draft, number_text=self.data.number_text, left_count=count,
                                      left_text=self.tr("còn {n} vấn đề").format(n=count), saved_at=self.saved_at)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")

    # -- state -------------------------------------------------------------------------------------
    def _apply_state(self) -> None:
        read_only = not self.draft
        self.heading_section.set_read_only(read_only)
        self.council.set_read_only(read_only)
        self.items.set_read_only(read_only)
        self.closing.set_read_only(read_only)
        self.photos.set_read_only(read_only)
        self.side.setVisible(not read_only)
        self.finalize_button.setVisible(not read_only)
        self.discard_button.setVisible(not read_only)
        self.correct_button.setVisible(read_only and not self.data.superseded_by)
        gate(self.correct_button, self._ctx, Action.CORRECT_FINALIZED)
        self._show_banners()
        self._update_title()
        self._show_errors()

    def _update_title(self) -> None:
        name = self.establishment.name if self.establishment else ""
        what = self.tr("Biên bản nghiệm thu")
        number = (self.tr("Số: {number}").format(number=self.data.number_text) if self.data.number_text
                  else self.tr("Bản nháp — chưa có số"))
        self.title.setText(f"{what} — {name}")
        self.subtitle.setText(number)
        self.setWindowTitle(f"{what} — {name} — {number}")

    def _show_banners(self) -> None:
        data = self.data
        older = acceptances.load(self._ctx.db, data.supersedes_id).number_text if data.supersedes_id else ""
        show_version_banners(self.correction_banner, self.banner, draft=self.draft, number_text=data.number_text,
                             supersedes_id=data.supersedes_id, supersedes_number=older,
                             correction_reason=data.correction_reason, superseded_by=data.superseded_by)

    def _link(self, record_id: str) -> None:
        open_editor(self._ctx, record_id, self.parentWidget())

    def reload(self) -> None:
        self.data = acceptances.load(self._ctx.db, self.record_id)
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        self._apply_state()

    def _record_changed(self) -> None:
        events().changed.emit(self.record_id)

    # -- preview, finalize, correct, discard -------------------------------------------------------
    def preview(self) -> BackgroundOp | None:
        if self.draft and not self.save_now():
            messages.show_error(self, self.tr("Chưa lưu được bản nháp nên chưa xem trước được: {why}").format(
                why=self.save_error))
            return None
        self.preview_op = preview_record(self, self._ctx, "acceptance", self.record_id)
        return self.preview_op

    def finalize(self) -> str | None:
        """Check everything, give the official number and freeze the minutes."""
        if not self.save_now():
            messages.show_error(self, self.tr("Chưa lưu được bản nháp nên chưa hoàn tất được: {why}").format(
                why=self.save_error))
            return None
        try:
            number = acceptances.finalize(self._ctx.db, self._ctx.actor, self.record_id)
        except ValidationFailed as exc:
            self._show_all = True
            self._problems = dict(exc.errors)
            self._show_errors()
            self._show_status(self.tr("Chưa hoàn tất được: còn {n} vấn đề (xem danh sách bên phải).").format(
                n=len(exc.errors)), ERROR_COLOR)
            self.go_to(next(iter(exc.errors)))
            return None
        except KCError as exc:
            messages.show_error(self, exc.message)
            return None
        self.reload()
        events().changed.emit(self.record_id)
        return number


    # -- closing -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.photo_op is not None:
            self.photo_op.cancel()  # photos already stored stay; the rest are dropped
            QThreadPool.globalInstance().waitForDone(30_000)
        self._busy = False
        self.save_now()
        _registry.forget(self.record_id, self)
        super().closeEvent(event)

    def record(self) -> AcceptanceData:
        return self.data
