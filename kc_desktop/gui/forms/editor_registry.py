"""What the record editors share: one window per record, a record-changed signal, the version banners."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.widgets.notices import ERROR_COLOR, OK_COLOR, Banner, ask_text

E = TypeVar("E", bound=QWidget)


class RecordEvents(QObject):
    """Says that a record changed (saved, signed, finalized, corrected, discarded)."""

    changed = Signal(str)


class EditorRegistry(Generic[E]):
    """The open editor windows of one kind of record, by record id."""

    def __init__(self, factory: Callable[[AppContext, str, QWidget | None], E]) -> None:
        self._factory = factory
        self._open: dict[str, E] = {}
        self._events: RecordEvents | None = None

    def events(self) -> RecordEvents:
        if self._events is None:  # made on first use: a QObject needs the application first
            self._events = RecordEvents()
        return self._events

    def register(self, record_id: str, editor: E) -> None:
        self._open[record_id] = editor
        editor.destroyed.connect(lambda *_a, rid=record_id: self._open.pop(rid, None))

    def register_autosaving(self, record_id: str, editor: E, parent: QWidget | None) -> QWidget | None:
        """Register an editor whose typed text is saved whatever closes: itself, the main window (watched
        by the editor's event filter, returned) or the application; Ctrl+S saves at once too."""
        self.register(record_id, editor)
        watched = parent.window() if parent is not None else None
        if watched is not None:
            watched.installEventFilter(editor)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(editor.save_now)  # type: ignore[attr-defined]
        QShortcut(QKeySequence.StandardKey.Save, editor, activated=editor.save_now)  # type: ignore[attr-defined]
        return watched

    def forget(self, record_id: str, editor: E) -> None:
        if self._open.get(record_id) is editor:
            del self._open[record_id]

    def open(self, ctx: AppContext, record_id: str, parent: QWidget | None = None) -> E:
        """Show the record's editor window (the one already open, if it is)."""
        editor = self._open.get(record_id)
        if editor is not None and isValid(editor):
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = self._factory(ctx, record_id, parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def editors(self) -> list[E]:
        return [e for e in self._open.values() if isValid(e)]

    def save_all(self) -> None:
        """Save what is typed in every open editor."""
        for editor in self.editors():
            editor.save_now()  # type: ignore[attr-defined]

    def close_all(self) -> None:
        """Close every editor window, each saving what was typed in it (the main window is closing)."""
        for editor in self.editors():
            editor.close()


class RecordBanners(Context):
    """Translation context of the banners that say which version of the minutes is shown."""


class Corrections(Context):
    """Translation context of correcting finalized minutes and discarding drafts."""


class RecordStatus(Context):
    """Translation context of an editor's status line."""


def show_version_banners(correction_banner: Banner, banner: Banner, *, draft: bool, number_text: str,
                         supersedes_id: str | None, supersedes_number: str, correction_reason: str,
                         superseded_by: list[str]) -> None:
    """Say which version of the minutes this is: a correction of an older one, corrected, or final."""
    if supersedes_id:
        correction_banner.show_message(RecordBanners.tr(
            "Đây là bản đính chính của biên bản số {number}. Lý do đính chính: {reason} "
            "<a href=\"{id}\">Xem bản trước</a>").format(
            number=html.escape(supersedes_number), reason=html.escape(correction_reason), id=supersedes_id), "info")
    else:
        correction_banner.clear_message()
    if superseded_by:
        banner.show_message(RecordBanners.tr(
            "Biên bản này đã được đính chính; bản đang có hiệu lực là bản mới hơn. "
            "<a href=\"{id}\">Mở bản đính chính</a>").format(id=superseded_by[-1]), "warning")
    elif not draft:
        banner.show_message(RecordBanners.tr("Biên bản đã hoàn tất, <b>số {number}</b>. Nội dung được khóa; "
                                             "nếu cần sửa, hãy lập bản đính chính.").format(
            number=html.escape(number_text)), "ok")
    else:
        banner.clear_message()


class CorrectionActions:
    """Correct a finalized record and discard a draft: the same for every kind of minutes.

    The editor using it sets `service` (a module with `correct` and `discard_draft`) and
    `registry`, and has `_ctx`, `record_id`, `data`, `reload()` and `close()`.
    """

    service: Any
    registry: EditorRegistry[Any]
    discard_question = QT_TRANSLATE_NOOP("Corrections", "Xóa bản nháp này?")

    def ask_correction(self) -> QWidget:
        return ask_text(self, Corrections.tr("Lập bản đính chính"),  # type: ignore[arg-type]
                        Corrections.tr("Biên bản số {number} sẽ được giữ nguyên để đối chiếu; bản đính chính là "
                                       "một bản nháp mới thay thế nó.\n\nLý do đính chính:").format(
                            number=self.data.number_text),  # type: ignore[attr-defined]
                        self.correct, Corrections.tr("Lập bản đính chính"))

    def correct(self, reason: str) -> Any:
        ctx: AppContext = self._ctx  # type: ignore[attr-defined]
        try:
            new_id = self.service.correct(ctx.db, ctx.actor, self.record_id, reason)  # type: ignore[attr-defined]
        except KCError as exc:
            messages.show_error(self, exc.message)  # type: ignore[arg-type]
            return None
        self.reload()  # type: ignore[attr-defined]
        self.registry.events().changed.emit(new_id)
        return self.registry.open(ctx, new_id, self.parentWidget())  # type: ignore[attr-defined]

    def discard(self) -> None:
        messages.confirm(self, Corrections.tr(self.discard_question),  # type: ignore[arg-type]
                         Corrections.tr("Xóa bản nháp"), self._discard, title=Corrections.tr("Xóa bản nháp"),
                         informative=Corrections.tr("Bản nháp chưa có số nên xóa đi không ảnh hưởng số biên bản."))

    def _discard(self) -> None:
        ctx: AppContext = self._ctx  # type: ignore[attr-defined]
        try:
            self.service.discard_draft(ctx.db, ctx.actor, self.record_id)  # type: ignore[attr-defined]
        except KCError as exc:
            messages.show_error(self, exc.message)  # type: ignore[arg-type]
            return
        self._discarded = True
        self.registry.events().changed.emit(self.record_id)  # type: ignore[attr-defined]
        self.close()  # type: ignore[attr-defined]


def status_line(*, draft: bool, number_text: str, left_count: int, left_text: str,
                saved_at: dt.datetime | None) -> tuple[str, str]:
    """The editor's status line and its colour: finalized, or saved at … with what is still missing.

    `left_text` is the already translated "còn {n} lỗi"-style text for `left_count` > 0.
    """
    if not draft:
        text = RecordStatus.tr("Biên bản đã hoàn tất, số {number}; không sửa được nữa.").format(number=number_text)
        return text, OK_COLOR
    left = left_text if left_count else RecordStatus.tr("đủ thông tin, có thể hoàn tất")
    if saved_at is not None:
        text = RecordStatus.tr("Đã lưu nháp lúc {time} · {left}").format(time=f"{saved_at:%H:%M:%S}", left=left)
    else:
        text = RecordStatus.tr("Bản nháp được tự động lưu khi bạn gõ · {left}").format(left=left)
    return text, ERROR_COLOR if left_count else OK_COLOR
