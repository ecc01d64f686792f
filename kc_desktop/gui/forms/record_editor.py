"""The field-record editor (biên bản khảo sát / kiểm tra): everything typed is saved as a draft at once."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.new_record import beneficiary_ids, place_of
from kc_desktop.gui.forms.editor_registry import (
    CorrectionActions,
    EditorRegistry,
    show_version_banners,
    status_line,
)
from kc_desktop.gui.forms.record_layout import RecordLayout
from kc_desktop.gui.forms.record_panels import HEADER_LABELS, header_label
from kc_desktop.gui.rights import gate
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.widgets.notices import ERROR_COLOR
from kc_desktop.services import establishments, field_records
from kc_desktop.services.field_records import FieldRecordData, Participant, RecordState
from kc_desktop.services.permissions import Action
from kc_desktop.services.templates import RecordKind

log = logging.getLogger(__name__)
AUTOSAVE_MS = 700
TAB_GENERAL, TAB_FORM, TAB_PHOTOS, TAB_CONCLUSION = range(4)
_TAB_OF = {"findings": TAB_CONCLUSION, "conclusion": TAB_CONCLUSION, "recommendation": TAB_CONCLUSION}


_registry: EditorRegistry[RecordEditor] = EditorRegistry(
    lambda ctx, record_id, parent: RecordEditor(ctx, record_id, parent)
)
events = _registry.events
open_editor = _registry.open
open_editors = _registry.editors
close_all = _registry.close_all
save_all = _registry.save_all


class RecordEditor(CorrectionActions, RecordLayout, QWidget):
    """One survey or inspection. Drafts autosave ~0.7 s after each change and on close; finalized
    records are read-only, keep their number, and can be corrected by a new version."""

    service = field_records
    registry = _registry

    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("RecordEditor")
        self._ctx = ctx
        self.record_id = record_id
        self._pending: dict[str, Any] = {}
        self._pending_answers: dict[str, Any] = {}
        self._header_problems: dict[str, str] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._loading = True
        self._discarded = False
        self.saved_at: dt.datetime | None = None
        self.save_error = ""
        self.data = field_records.load(ctx.db, record_id)
        from kc_desktop.services import templates

        self.definition = templates.definition(ctx.db, self.data.template_id)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        self._fill()
        self._loading = False
        self._apply_state()
        # Typed text is saved whatever closes: this window, the main window, or the application.
        self._watched = _registry.register_autosaving(record_id, self, parent)
        self.resize(1180, 800)
        self.setMinimumSize(960, 640)

    # -- construction ------------------------------------------------------------------------------
    def _fill(self) -> None:
        data = self.data
        self.project.set_code(data.project_id)
        self.establishment.preferred = beneficiary_ids(self._ctx.db, data.project_id)
        self.establishment.set_value(data.establishment_id)
        self.record_date.set_value(data.record_date)
        self.place.setText(data.place)
        self.participants.model.set_rows([p.__dict__ for p in data.participants])
        self.filler.set_answers(data.answers)
        self.findings.setPlainText(data.findings)
        self.conclusion.setPlainText(data.conclusion)
        self.recommendation.setPlainText(data.recommendation)
        self.actions.model.set_rows([
            {"id": a.id, "description": a.description, "responsible": a.responsible, "deadline": a.deadline,
             "state": a.state} for a in field_records.actions(self._ctx.db, self.record_id)])
        self._touched = {name for name in HEADER_LABELS if getattr(data, name, None)}
        self._load_photos()
        if self.draft:
            self._header_problems = self._problems()

    @property
    def draft(self) -> bool:
        return self.data.state == RecordState.DRAFT

    def _problems(self) -> dict[str, str]:
        return {k: v for k, v in field_records.problems(self._ctx.db, self.record_id).items() if k in HEADER_LABELS}

    def _header_changed(self, name: str, value: Any) -> None:
        if self._loading or not self.draft:
            return
        self._pending[name] = value
        self._touched.add(name)
        self._schedule()

    def _answer_changed(self, name: str) -> None:
        if self._loading or not self.draft:
            return
        self._pending_answers[name] = self.filler.answers().get(name)
        self._schedule()

    def _project_changed(self) -> None:
        project_id = self.project.code()
        self.establishment.preferred = beneficiary_ids(self._ctx.db, project_id)
        self._header_changed("project_id", project_id)
        preferred = self.establishment.preferred
        if not self._loading and self.draft and len(preferred) == 1 and self.establishment.value() is None:
            self.establishment.set_value(preferred[0])
            self._establishment_changed(preferred[0])

    def _establishment_changed(self, establishment_id: str) -> None:
        self._header_changed("establishment_id", establishment_id)
        if not self.place.text().strip():
            self.place.setText(place_of(self._ctx.db, establishment_id))
            self._header_changed("place", self.place.text())
        people = self.participants.values()
        if not any(p["side"] == "establishment" for p in people):
            data, _version, _deleted = establishments.load(self._ctx.db, establishment_id)
            if data.representative:
                self.participants.add("establishment", data.representative,
                                      data.representative_title or self.tr("Người đại diện"), data.name)
        self._update_title()

    def _schedule(self) -> None:
        self._timer.start()
        self._show_status(self.tr("Đang sửa… (tự lưu sau giây lát)"))

    @property
    def pending(self) -> bool:
        return bool(self._pending or self._pending_answers or self._dirty_actions())

    def _dirty_actions(self) -> list[int]:
        return [i for i, row in enumerate(self.actions.model.rows()) if row.get("dirty")]

    def preview(self) -> object:
        """Save what was typed, then show the minutes as they will print."""
        from kc_desktop.gui.dialogs.pdf_preview import preview_record

        self.save_now()
        return preview_record(self, self._ctx, self.data.kind, self.record_id)

    def save_now(self) -> bool:
        """Store what was typed since the last save; True when nothing is left unsaved."""
        self._timer.stop()
        if self._discarded or not isValid(self):
            return True
        if self.photo_store.busy:  # photos are being stored; save right after
            self._timer.start()
            return False
        if not self.pending:
            return True
        db, actor = self._ctx.db, self._ctx.actor
        changes: dict[str, Any] = dict(self._pending)
        if self._pending_answers:
            changes["answers"] = dict(self._pending_answers)
        try:
            if changes and self.draft:
                if "participants" in changes:
                    changes["participants"] = [Participant(**p) for p in changes["participants"]]
                field_records.save_draft(db, actor, self.record_id, changes)
            self._pending.clear()
            self._pending_answers.clear()
            for number in self._dirty_actions():
                row = self.actions.model.row(number)
                if not str(row.get("description") or "").strip():
                    continue  # kept on screen (in red) until it says what to do
                action_id = field_records.save_action(
                    db, actor, self.record_id, row.get("id"), str(row["description"]),
                    str(row.get("responsible") or ""), row.get("deadline"), str(row.get("state") or "open"))
                self.actions.model.update_row(number, id=action_id, dirty=False)
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
        self.save_error = ""
        self.saved_at = dt.datetime.now()
        if self.draft:
            self._header_problems = self._problems()
        self._show_errors()
        events().changed.emit(self.record_id)
        return True

    # -- errors ------------------------------------------------------------------------------------
    def errors(self) -> dict[str, str]:
        """Everything left to fix: the header (as last saved) and the questions (as typed)."""
        if not self.draft:
            return {}
        return {**self._header_problems, **self.filler.errors()}

    def _show_errors(self) -> None:
        if self._loading:
            return
        errors = self.errors()
        for name, label in self.header_errors.items():
            message = errors.get(name) if (self._show_all or name in self._touched) else None
            label.setText(message or "")
            label.setVisible(bool(message))
        self.error_list.clear()
        for name, message in errors.items():
            where = header_label(name) if name in HEADER_LABELS else self._question_label(name)
            item = QListWidgetItem(f"• {where}: {message}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self.tr("Bấm để đến chỗ cần sửa"))
            self.error_list.addItem(item)
        count = len(errors)
        self.error_title.setText(
            self.tr("<b>Còn {n} chỗ cần sửa</b> trước khi hoàn tất (bấm để đến chỗ đó):").format(n=count) if count
            else self.tr("<b>Đã đủ thông tin.</b> Có thể hoàn tất biên bản."))
        by_tab = {TAB_GENERAL: 0, TAB_FORM: 0, TAB_CONCLUSION: 0}
        for name in errors:
            by_tab[self._tab_of(name)] += 1
        titles = {TAB_GENERAL: self.tr("Thông tin chung"), TAB_FORM: self.tr("Nội dung phiếu"),
                  TAB_PHOTOS: self.tr("Ảnh ({n})").format(n=self.photos.list.count()),
                  TAB_CONCLUSION: self.tr("Kết luận, việc cần làm")}
        for tab, title in titles.items():
            wrong = by_tab.get(tab, 0)
            self.tabs.setTabText(tab, self.tr("{title} · {n} lỗi").format(title=title, n=wrong) if wrong else title)
        self._show_status()

    def _question_label(self, name: str) -> str:
        if self.definition.has_question(name):
            label = self.definition.question(name).label or name
            return label if len(label) <= 60 else label[:57] + "…"
        return name

    def _tab_of(self, name: str) -> int:
        if name in HEADER_LABELS:
            return _TAB_OF.get(name, TAB_GENERAL)
        return TAB_FORM

    def _error_clicked(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole))

    def go_to(self, name: str) -> None:
        """Show the tab of a field or question and put the cursor in it."""
        tab = self._tab_of(name)
        self.tabs.setCurrentIndex(tab)
        if tab == TAB_FORM:
            self.filler.focus_question(name)
            return
        widget = {"project_id": self.project, "establishment_id": self.establishment.button,
                  "record_date": self.record_date, "place": self.place, "participants": self.participants.table,
                  "findings": self.findings, "conclusion": self.conclusion,
                  "recommendation": self.recommendation}.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status(self, text: str | None = None, color: str | None = None) -> None:
        if text is None:
            count = len(self.errors()) if self.draft else 0
            text, color = status_line(draft=self.draft, number_text=self.data.number_text, left_count=count,
                                      left_text=self.tr("còn {n} lỗi").format(n=count), saved_at=self.saved_at)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")

    # -- state -------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        kind = RecordKind(self.data.kind)
        what = self.tr("Biên bản khảo sát, thẩm tra") if kind is RecordKind.SURVEY else self.tr("Biên bản kiểm tra")
        name = self.establishment.line.text().split(" — ")[0] or self.tr("(chưa chọn cơ sở)")
        number = (self.tr("Số: {number}").format(number=self.data.number_text) if self.data.number_text
                  else self.tr("Bản nháp"))
        self.title.setText(f"{what} — {name}")
        self.subtitle.setText(number)
        self.setWindowTitle(f"{what} — {name} — {number}")

    def _apply_state(self) -> None:
        read_only = not self.draft
        self.general.set_read_only(read_only)
        self.filler.set_read_only(read_only)
        self.photos.set_read_only(read_only)
        self.closing.set_read_only(read_only)
        self.side.setVisible(not read_only)
        self.finalize_button.setVisible(not read_only)
        self.discard_button.setVisible(not read_only)
        self.correct_button.setVisible(read_only and not self.data.superseded_by)
        gate(self.correct_button, self._ctx, Action.CORRECT_FINALIZED)
        self._show_banners()
        self._update_title()
        self._show_errors()

    def _show_banners(self) -> None:
        data = self.data
        older = field_records.load(self._ctx.db, data.supersedes_id).number_text if data.supersedes_id else ""
        show_version_banners(self.correction_banner, self.banner, draft=self.draft, number_text=data.number_text,
                             supersedes_id=data.supersedes_id, supersedes_number=older,
                             correction_reason=data.correction_reason, superseded_by=data.superseded_by)

    def _link(self, record_id: str) -> None:
        open_editor(self._ctx, record_id, self.parentWidget())

    def reload(self) -> None:
        self.data = field_records.load(self._ctx.db, self.record_id)
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        self._apply_state()

    # -- finalize, correct, discard ----------------------------------------------------------------
    def finalize(self) -> str | None:
        """Check everything, give the official number and freeze the record."""
        if not self.save_now():
            messages.show_error(self, self.tr("Chưa lưu được bản nháp nên chưa hoàn tất được: {why}").format(
                why=self.save_error))
            return None
        try:
            number = field_records.finalize(self._ctx.db, self._ctx.actor, self.record_id)
        except ValidationFailed as exc:
            self._show_all = True
            self._header_problems = {k: v for k, v in exc.errors.items() if k in HEADER_LABELS}
            self.filler.set_errors({k: v for k, v in exc.errors.items() if k not in HEADER_LABELS})
            self.filler.show_all_errors()
            self._show_errors()
            self._show_status(self.tr("Chưa hoàn tất được: còn {n} chỗ cần sửa (xem danh sách bên phải).").format(
                n=len(exc.errors)), ERROR_COLOR)
            first = next(iter(exc.errors))
            self.go_to(first)
            return None
        except KCError as exc:
            messages.show_error(self, exc.message)
            return None
        self.reload()
        events().changed.emit(self.record_id)
        return number


    # -- photos ------------------------------------------------------------------------------------
    @property
    def photo_op(self) -> BackgroundOp | None:
        return self.photo_store.op

    def _load_photos(self) -> None:
        self.photo_store.load()

    def _photos_changed(self) -> None:
        self._show_errors()
        events().changed.emit(self.record_id)
        if self.pending:
            self._timer.start()

    def choose_photos(self, question: str = "") -> BackgroundOp | None:
        if not self.draft:
            return None
        self.save_now()
        return self.photo_store.choose(question, self._question_label(question) if question else self.tr("biên bản"))

    def add_photos(self, files: list[Path], question: str = "") -> BackgroundOp | None:
        """Attach photos in the background (autosave waits for them)."""
        if not files or not self.draft:
            return None
        self.save_now()
        return self.photo_store.add(files, question)

    def remove_photo(self, attachment_id: str) -> None:
        if self.draft:
            self.save_now()
            self.photo_store.remove(attachment_id)

    def _caption_edited(self, attachment_id: str, caption: str) -> None:
        if self.draft:
            self.photo_store.set_caption(attachment_id, caption)

    def _show_photo(self, attachment_id: str) -> None:
        self.tabs.setCurrentIndex(TAB_PHOTOS)
        self.photos.select(attachment_id)

    # -- actions -----------------------------------------------------------------------------------
    def _action_edited(self, row: int) -> None:
        if self._loading:
            return
        self.actions.model.update_row(row, dirty=True)
        if self.draft:
            self._schedule()
        else:
            self.save_now()  # a finalized record: only the state of an action changes

    def _action_removed(self, action_id: str) -> None:
        try:
            field_records.remove_action(self._ctx.db, self._ctx.actor, action_id)
        except KCError as exc:
            messages.show_error(self, exc.message)

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
            # Photos already stored stay; the rest are dropped, then what was typed is saved.
            self.photo_op.cancel()
            QThreadPool.globalInstance().waitForDone(30_000)
        self.photo_store.busy = False
        self.save_now()
        _registry.forget(self.record_id, self)
        super().closeEvent(event)

    def record(self) -> FieldRecordData:
        return self.data
