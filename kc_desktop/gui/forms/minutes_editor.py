"""The one editor shell for every kind of minutes (survey, inspection, acceptance).

The shell owns what every editor has: the heading, the version banners, the tabs with the list of what is
left to fix beside them, the status line and the buttons; autosave, finalizing, correcting, discarding,
previewing, and saving whatever closes. A kind adds its pages and says how its values are stored
(`RecordEditor` for surveys and inspections, `AcceptanceEditor`). One window per record: `open_editor`.

Screens do not need telling when a record changes: every save commits, and the change bus
(kc_desktop.gui.changes) tells them.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from types import ModuleType
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)
from shiboken6 import isValid

from kc_desktop.errors import ExplanationNeeded, KCError, ValidationFailed
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.rights import gate
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.ui_forms.minutes_editor_ui import Ui_MinutesEditor
from kc_desktop.gui.widgets.notices import ERROR_COLOR, OK_COLOR, TAB_STYLE, WARNING_COLOR, as_heading, ask_text
from kc_desktop.services import minutes, numbering
from kc_desktop.services.field_records import RecordState
from kc_desktop.services.minutes import MinutesKind
from kc_desktop.services.permissions import Action

log = logging.getLogger(__name__)
AUTOSAVE_MS = 700


class MinutesTexts(Context):
    """Translation context of what every minutes editor says."""


class MinutesEditor(FitsScreen, QWidget):
    """One record of minutes. Drafts autosave ~0.7 s after each change and on close; finalized minutes
    are read-only with their number and can be corrected by a new version."""

    kinds: ClassVar[tuple[MinutesKind, ...]] = ()  # the kinds this class edits (open_editor picks by kind)
    first_size: ClassVar[tuple[int, int]] = (1180, 800)
    minimum_size: ClassVar[tuple[int, int]] = (960, 640)
    side_width: ClassVar[int] = 280

    _classes: ClassVar[dict[MinutesKind, type[MinutesEditor]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for kind in cls.kinds:
            MinutesEditor._classes[kind] = cls

    def __init__(self, ctx: AppContext, record_id: str, kind: MinutesKind, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName(type(self).__name__)
        self._init_kind_state()
        self._ctx = ctx
        self.record_id = record_id
        self.kind = kind
        self.service: ModuleType = minutes.service(kind)
        self._pending: dict[str, Any] = {}
        self._problems: dict[str, str] = {}
        # What contradicts what (by field): shown with the problems, but finalizing despite them only asks for
        # an explanation (printed in the minutes as "Ý kiến khác / giải trình").
        self._contradictions: dict[str, str] = {}
        self.explanation_dialog: QWidget | None = None
        self._touched: set[str] = set()
        self._show_all = False
        self._loading = True
        self._busy = False
        self._discarded = False
        self.saved_at: dt.datetime | None = None
        self.save_error = ""
        self.photo_op: BackgroundOp | None = None
        self.preview_op: BackgroundOp | None = None
        self.data: Any = self.service.load(ctx.db, record_id)
        self.field_errors: dict[str, QLabel] = {}  # the red line under each field, by field name
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._load_context()
        self._build_frame()
        for page in self._build_pages():
            self.tabs.addTab(page, "")
        self._connect()
        self._fill()
        self._loading = False
        self._apply_state()
        self._watch_closing(parent)
        self.resize(*self.first_size)
        self.setMinimumSize(*self.minimum_size)

    # -- what a kind provides ----------------------------------------------------------------------
    def _init_kind_state(self) -> None:
        """Set the kind's own state, before anything is built."""

    def _load_context(self) -> None:
        """Read what the editor shows besides the record (its project, template …)."""

    def _build_pages(self) -> list[QWidget]:
        """Make the kind's widgets and return its tabs' pages, in order."""
        raise NotImplementedError

    def _connect(self) -> None:
        """Connect the kind's widgets to `_changed` and friends."""

    def _fill(self) -> None:
        """Show `self.data` in the widgets (signals are ignored while `_loading`)."""
        raise NotImplementedError

    def _store(self, changes: dict[str, Any]) -> None:
        """Write what was typed (`changes`: the pending values by name) to the database."""
        self.service.save_draft(self._ctx.db, self._ctx.actor, self.record_id, changes)

    def _read_problems(self) -> dict[str, str]:
        """What the service says is left to look at, from the stored draft (the contradictions are kept apart
        too: they do not block finalizing)."""
        self._contradictions = dict(self.service.contradictions(self._ctx.db, self.record_id))
        return dict(self.service.problems(self._ctx.db, self.record_id))

    def _validation_failed(self, errors: dict[str, str]) -> None:
        self._problems = dict(errors)

    def _label_of(self, name: str) -> str:
        return name

    def _tab_of(self, name: str) -> int:
        return 0

    def _tab_titles(self) -> dict[int, str]:
        raise NotImplementedError

    def _widget_for(self, name: str) -> QWidget | None:
        return None

    def _read_only_parts(self) -> list[Any]:
        """Widgets with set_read_only(bool)."""
        return []

    def _what(self) -> str:
        """What the minutes are called ("Biên bản nghiệm thu")."""
        raise NotImplementedError

    def _establishment_name(self) -> str:
        return ""

    def _has_progress(self) -> bool:
        """Whether finalized minutes have a "Tình hình thực hiện kiến nghị" sheet to print."""
        return False

    # -- the frame ---------------------------------------------------------------------------------
    def _build_frame(self) -> None:
        """The frame every kind shares; its layout is ui/minutes_editor.ui (the kind's pages are added later)."""
        self.ui = ui = Ui_MinutesEditor()
        ui.setupUi(self)
        self.title = as_heading(ui.title, 1.3)
        self.subtitle = ui.subtitle
        self.banner = ui.banner
        self.correction_banner = ui.correctionBanner
        self.tabs = ui.tabs
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        # What is left to fix, always in view beside the form.
        self.error_list = ui.errors
        self.error_title = ui.error_title
        self.side = ui.side
        self.splitter = ui.splitter
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([self.first_size[0] - self.side_width, self.side_width])
        self.status = ui.status
        self.preview_button = ui.preview
        self.progress_button = ui.progress  # shown by kinds whose signed minutes have follow-up actions
        self.progress_button.hide()
        self.finalize_button = ui.finalize
        self.discard_button = ui.discard
        self.correct_button = ui.correct
        self.close_button = ui.close

        self.banner.linkActivated.connect(self._link)
        self.correction_banner.linkActivated.connect(self._link)
        self.error_list.itemActivated.connect(self._error_clicked)
        self.error_list.itemClicked.connect(self._error_clicked)
        self.preview_button.clicked.connect(self.preview)
        self.finalize_button.clicked.connect(lambda: self.finalize())  # not `clicked(checked)` as the explanation
        self.discard_button.clicked.connect(self.discard)
        self.correct_button.clicked.connect(self.ask_correction)
        self.close_button.clicked.connect(self.close)
        self._make_shortcuts()

    def _make_shortcuts(self) -> None:
        """Ctrl+P previews, Ctrl+Enter finalizes (after asking), Esc closes (the draft is saved on close)."""
        preview = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        preview.activated.connect(self.preview)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.ask_finalize)
        # A cell or a popup being edited takes its Esc first (it cancels that edit), so this closes only the window.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

    def scrolled(self, widget: QWidget) -> QScrollArea:
        """A page that scrolls when the window is smaller than its content."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    # -- values ------------------------------------------------------------------------------------
    @property
    def draft(self) -> bool:
        return bool(self.data.state == RecordState.DRAFT)

    @property
    def busy(self) -> bool:
        """Photos are being stored in the background: saving waits for them."""
        return self._busy

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def _changed(self, name: str, value: Any) -> None:
        """A field was edited: remember it and save a moment later."""
        if self._loading or not self.draft:
            return
        self._pending[name] = value
        self._touched.add(name)
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()
        self._show_status(MinutesTexts.tr("Đang sửa… (tự lưu sau giây lát)"))

    def save_now(self) -> bool:
        """Store what was typed since the last save; True when nothing is left unsaved."""
        self._timer.stop()
        if self._discarded or not isValid(self):
            return True
        if self.busy:  # photos are being stored; save right after
            self._timer.start()
            return False
        if not self.pending:
            return True
        try:
            self._store(dict(self._pending) if self.draft else {})
        except KCError as exc:
            self.save_error = exc.message
            self._show_status(MinutesTexts.tr("Chưa lưu được: {why}").format(why=exc.message), ERROR_COLOR)
            return False
        except Exception as exc:  # noqa: BLE001 - what was typed stays on screen and is retried
            log.exception("autosave failed")
            self.save_error = unexpected_message(exc)
            self._show_status(MinutesTexts.tr("Chưa lưu được, sẽ thử lại: {why}").format(why=exc), ERROR_COLOR)
            self._timer.start(3000)
            return False
        self._pending.clear()
        self.save_error = ""
        self.saved_at = dt.datetime.now()
        if self.draft:
            self._problems = self._read_problems()
        self._show_errors()
        return True

    # -- what is left to fix -----------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """Everything left to look at before finalizing, by field or question name (contradictions included)."""
        return dict(self._problems) if self.draft else {}

    def contradictions(self) -> dict[str, str]:
        """The problems that are contradictions only: finalizing despite them asks for an explanation."""
        problems = self.problems()
        return {name: message for name, message in self._contradictions.items() if problems.get(name) == message}

    def _show_errors(self) -> None:
        if self._loading:
            return
        problems = self.problems()
        contradictions = self.contradictions()
        for name, label in self.field_errors.items():
            if label.property("kc_unreadable") and name not in problems:
                continue  # an unreadable value stays flagged until it is fixed
            # A contradiction shows at once: it comes from what was typed elsewhere as much as here.
            shown = self._show_all or name in self._touched or name in self._contradictions
            message = problems.get(name) if shown else None
            label.setText(message or "")
            label.setVisible(bool(message))
        self.error_list.clear()
        for name, message in problems.items():
            item = QListWidgetItem(f"• {self._label_of(name)}: {message}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            if name in contradictions:
                item.setText(MinutesTexts.tr("• Mâu thuẫn — {field}: {message}").format(
                    field=self._label_of(name), message=message))
                item.setForeground(QBrush(QColor(WARNING_COLOR)))
                item.setData(Qt.ItemDataRole.UserRole + 1, "contradiction")
            item.setToolTip(MinutesTexts.tr("Bấm để đến chỗ cần sửa"))
            self.error_list.addItem(item)
        count = len(problems)
        if count and len(contradictions) == count:
            title = MinutesTexts.tr("<b>Còn {n} vấn đề</b>: biên bản tự mâu thuẫn. Hãy sửa cho thống nhất; nếu vẫn "
                                    "hoàn tất thì phải ghi giải trình (bấm để đến chỗ đó):").format(n=count)
        elif count:
            title = MinutesTexts.tr("<b>Còn {n} vấn đề</b> trước khi hoàn tất (bấm để đến chỗ đó):").format(n=count)
        else:
            title = MinutesTexts.tr("<b>Đã đủ thông tin.</b> Có thể hoàn tất biên bản.")
        self.error_title.setText(title)
        wrong: dict[int, int] = {}
        for name in problems:
            wrong[self._tab_of(name)] = wrong.get(self._tab_of(name), 0) + 1
        for tab, title in self._tab_titles().items():
            self.tabs.setTabText(tab, MinutesTexts.tr("{title} · {n} lỗi").format(title=title, n=wrong[tab])
                                 if wrong.get(tab) else title)
        self._show_status()

    def _error_clicked(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole))

    def go_to(self, name: str) -> None:
        """Show the tab of a field and put the cursor in it."""
        self.tabs.setCurrentIndex(self._tab_of(name))
        widget = self._widget_for(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status(self, text: str | None = None, color: str | None = None) -> None:
        if text is None:
            count = len(self.problems()) if self.draft else 0
            if not self.draft:
                text, color = MinutesTexts.tr("Biên bản đã hoàn tất, số {number}; không sửa được nữa.").format(
                    number=self.data.number_text), OK_COLOR
            else:
                left = (MinutesTexts.tr("còn {n} vấn đề").format(n=count) if count
                        else MinutesTexts.tr("đủ thông tin, có thể hoàn tất"))
                text = (MinutesTexts.tr("Đã lưu nháp lúc {time} · {left}").format(
                    time=f"{self.saved_at:%H:%M:%S}", left=left) if self.saved_at is not None
                    else MinutesTexts.tr("Bản nháp được tự động lưu khi bạn gõ · {left}").format(left=left))
                color = ERROR_COLOR if count else OK_COLOR
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")

    # -- state -------------------------------------------------------------------------------------
    def _apply_state(self) -> None:
        read_only = not self.draft
        for part in self._read_only_parts():
            part.set_read_only(read_only)
        self.side.setVisible(not read_only)
        self.finalize_button.setVisible(not read_only)
        self.discard_button.setVisible(not read_only)
        self.correct_button.setVisible(read_only and not self.data.superseded_by)
        self.progress_button.setVisible(read_only and self._has_progress())
        gate(self.correct_button, self._ctx, Action.CORRECT_FINALIZED)
        self._show_banners()
        self._update_title()
        self._show_errors()

    def _update_title(self) -> None:
        what = self._what()
        name = self._establishment_name() or MinutesTexts.tr("(chưa chọn cơ sở)")
        number = (MinutesTexts.tr("Số: {number}").format(number=self.data.number_text) if self.data.number_text
                  else MinutesTexts.tr("Bản nháp — chưa có số"))
        self.title.setText(f"{what} — {name}")
        # A draft previews the symbol its number will have (the office's choice: BB-TTKC, or the body's).
        self.subtitle.setText(number if self.data.number_text else MinutesTexts.tr(
            "Bản nháp — chưa có số; khi hoàn tất sẽ có số …/{symbol}").format(
            symbol=numbering.draft_symbol(self._ctx.db, self.kind.value)))
        self.setWindowTitle(f"{what} — {name} — {number}")

    def _show_banners(self) -> None:
        """Say which version of the minutes this is: a correction of an older one, corrected, or final."""
        data = self.data
        if data.supersedes_id:
            older = self.service.load(self._ctx.db, data.supersedes_id).number_text
            self.correction_banner.show_message(MinutesTexts.tr(
                "Đây là bản đính chính của biên bản số {number}. Lý do đính chính: {reason} "
                "<a href=\"{id}\">Xem bản trước</a>").format(
                number=html.escape(older), reason=html.escape(data.correction_reason), id=data.supersedes_id), "info")
        else:
            self.correction_banner.clear_message()
        if data.superseded_by:
            self.banner.show_message(MinutesTexts.tr(
                "Biên bản này đã được đính chính; bản đang có hiệu lực là bản mới hơn. "
                "<a href=\"{id}\">Mở bản đính chính</a>").format(id=data.superseded_by[-1]), "warning")
        elif not self.draft:
            self.banner.show_message(MinutesTexts.tr("Biên bản đã hoàn tất, <b>số {number}</b>. Nội dung được khóa; "
                                                     "nếu cần sửa, hãy lập bản đính chính.").format(
                number=html.escape(data.number_text)), "ok")
        else:
            self.banner.clear_message()

    def _link(self, record_id: str) -> None:
        open_editor(self._ctx, record_id, self.parentWidget())

    def reload(self) -> None:
        self.data = self.service.load(self._ctx.db, self.record_id)
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        if self.draft:
            self._problems = self._read_problems()
        self._apply_state()

    def record(self) -> Any:
        return self.data

    # -- preview, finalize, correct, discard -------------------------------------------------------
    def preview(self) -> BackgroundOp | None:
        """Save what was typed, then show the minutes as they will print."""
        from kc_desktop.gui.dialogs.pdf_preview import preview_record

        if self.draft and not self.save_now():
            messages.show_error(self, MinutesTexts.tr("Chưa lưu được bản nháp nên chưa xem trước được: {why}").format(
                why=self.save_error))
            return None
        self.preview_op = preview_record(self, self._ctx, self.kind.value, self.record_id)
        return self.preview_op

    def ask_finalize(self) -> QWidget | None:
        """Ctrl+Enter: finalize after a yes (Enter) — a chord pressed while typing must not freeze the minutes.
        The «Hoàn tất biên bản» button finalizes without asking: pressing it is the decision."""
        if not self.draft or not self.finalize_button.isEnabled():
            return None
        box = messages.confirm(
            self, MinutesTexts.tr("Hoàn tất biên bản này?"), MinutesTexts.tr("&Hoàn tất"), self.finalize,
            title=MinutesTexts.tr("Hoàn tất biên bản"),
            informative=MinutesTexts.tr("Biên bản được cấp số và khóa lại; muốn sửa sau này phải lập bản đính chính."),
            yes_by_default=True)
        return box

    def finalize(self, explanation: str = "") -> str | None:
        """Check everything, give the official number and freeze the minutes. Minutes that contradict
        themselves are finalized only with an explanation: without one, a dialog asks for it."""
        if not self.save_now():
            messages.show_error(self, MinutesTexts.tr("Chưa lưu được bản nháp nên chưa hoàn tất được: {why}").format(
                why=self.save_error))
            return None
        try:
            number: str = self.service.finalize(self._ctx.db, self._ctx.actor, self.record_id,
                                                explanation=explanation)
        except ExplanationNeeded as exc:
            self._contradictions = dict(exc.errors)
            self._show_errors()
            self.explanation_dialog = self.ask_explanation(exc.errors)
            return None
        except ValidationFailed as exc:
            self._show_all = True
            self._validation_failed(dict(exc.errors))
            self._show_errors()
            self._show_status(MinutesTexts.tr("Chưa hoàn tất được: còn {n} chỗ cần sửa (xem danh sách bên phải).")
                              .format(n=len(exc.errors)), ERROR_COLOR)
            self.go_to(next(iter(exc.errors)))
            return None
        except KCError as exc:
            messages.show_error(self, exc.message)
            return None
        self.reload()
        return number

    def ask_explanation(self, contradictions: dict[str, str]) -> QWidget:
        """Ask why the minutes stand despite their contradictions; finalize with the answer."""
        listed = "\n".join(f"• {self._label_of(name)}: {message}" for name, message in contradictions.items())
        return ask_text(self, MinutesTexts.tr("Hoàn tất biên bản còn mâu thuẫn"),
                        MinutesTexts.tr("Biên bản còn {n} chỗ mâu thuẫn:\n{list}\n\nNếu vẫn hoàn tất, hãy ghi giải "
                                        "trình. Nội dung này được in vào biên bản, mục «Ý kiến khác / giải trình»:")
                        .format(n=len(contradictions), list=listed),
                        lambda text: self.finalize(text), MinutesTexts.tr("Hoàn tất kèm giải trình"))

    def ask_correction(self) -> QWidget:
        return ask_text(self, MinutesTexts.tr("Lập bản đính chính"),
                        MinutesTexts.tr("Biên bản số {number} sẽ được giữ nguyên để đối chiếu; bản đính chính là "
                                        "một bản nháp mới thay thế nó.\n\nLý do đính chính:").format(
                            number=self.data.number_text),
                        self.correct, MinutesTexts.tr("Lập bản đính chính"))

    def correct(self, reason: str) -> MinutesEditor | None:
        try:
            new_id: str = self.service.correct(self._ctx.db, self._ctx.actor, self.record_id, reason)
        except KCError as exc:
            messages.show_error(self, exc.message)
            return None
        self.reload()
        return open_editor(self._ctx, new_id, self.parentWidget())

    def discard(self) -> None:
        messages.confirm(self, self._discard_question(),
                         MinutesTexts.tr("Xóa bản nháp"), self._discard, title=MinutesTexts.tr("Xóa bản nháp"),
                         informative=MinutesTexts.tr("Bản nháp chưa có số nên xóa đi không ảnh hưởng số biên bản."))

    def _discard_question(self) -> str:
        return MinutesTexts.tr("Xóa bản nháp này?")

    def _discard(self) -> None:
        try:
            self.service.discard_draft(self._ctx.db, self._ctx.actor, self.record_id)
        except KCError as exc:
            messages.show_error(self, exc.message)
            return
        self._discarded = True
        self.close()

    # -- closing -----------------------------------------------------------------------------------
    def _watch_closing(self, parent: QWidget | None) -> None:
        """Typed text is saved whatever closes: this window, the main window (watched by this editor's
        event filter) or the application; Ctrl+S saves at once too."""
        _open[self.record_id] = self
        self.destroyed.connect(lambda *_a, rid=self.record_id: _open.pop(rid, None))
        self._watched = parent.window() if parent is not None else None
        if self._watched is not None:
            self._watched.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save_now)

    def _cancel_background(self) -> None:
        """Photos being stored when the window closes: those already stored stay, the rest are dropped."""
        if self.photo_op is not None:
            self.photo_op.cancel()
            QThreadPool.globalInstance().waitForDone(30_000)
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel_background()
        self.save_now()
        if _open.get(self.record_id) is self:
            del _open[self.record_id]
        super().closeEvent(event)


# -- one window per record ---------------------------------------------------------------------------
_open: dict[str, MinutesEditor] = {}


def open_editor(ctx: AppContext, record_id: str, parent: QWidget | None = None) -> MinutesEditor:
    """Show the record's editor window (the one already open, if it is), whatever its kind."""
    editor = _open.get(record_id)
    if editor is not None and isValid(editor):
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor
    kind = minutes.kind_of(ctx.db, record_id)
    editor = MinutesEditor._classes[kind](ctx, record_id, kind, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor


def open_editors() -> list[MinutesEditor]:
    return [e for e in _open.values() if isValid(e)]


def save_all() -> None:
    """Save what is typed in every open editor."""
    for editor in open_editors():
        editor.save_now()


def close_all() -> None:
    """Close every editor window, each saving what was typed in it (the main window is closing)."""
    for editor in open_editors():
        editor.close()
