"""The field-record editor (biên bản khảo sát / kiểm tra): the header, the template's questions, photos,
and the conclusion with its follow-up actions.

The shell (minutes_editor.py) owns the frame, autosave, finalizing and correcting; this class adds the four
pages and stores the answers and the follow-up actions besides the header fields.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from kc_desktop.domain import consistency
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.new_record import beneficiary_ids, place_of
from kc_desktop.gui.forms.acceptance_parts import TimeEdit
from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.forms.minutes_editor import MinutesEditor
from kc_desktop.gui.forms.record_panels import HEADER_LABELS, ClosingPanel, GeneralPanel, header_label
from kc_desktop.gui.forms.record_parts import PhotoStrip
from kc_desktop.gui.forms.record_photos import RecordPhotos
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.services import establishments, field_records, templates
from kc_desktop.services.field_records import Participant
from kc_desktop.services.minutes import MinutesKind

TAB_GENERAL, TAB_FORM, TAB_PHOTOS, TAB_CONCLUSION = range(4)
_TAB_OF = {"findings": TAB_CONCLUSION, "conclusion": TAB_CONCLUSION, "recommendation": TAB_CONCLUSION,
           "recipients": TAB_CONCLUSION}


class RecordEditor(MinutesEditor):
    """One survey or inspection."""

    kinds = (MinutesKind.SURVEY, MinutesKind.INSPECTION)

    def __init__(self, ctx: AppContext, record_id: str, kind: MinutesKind | None = None,
                 parent: QWidget | None = None) -> None:
        if kind is None:
            kind = MinutesKind(field_records.load(ctx.db, record_id).kind)
        super().__init__(ctx, record_id, kind, parent)

    # -- the kind's parts --------------------------------------------------------------------------
    def _init_kind_state(self) -> None:
        self._pending_answers: dict[str, Any] = {}
        self._recipients_edited = False  # "Nơi nhận" as typed; else the list that follows who is present
        self._filling_recipients = False

    def _load_context(self) -> None:
        self.definition = templates.definition(self._ctx.db, self.data.template_id)

    def _build_pages(self) -> list[QWidget]:
        # General: project, establishment, date, place, participants; then the closing part.
        self.general = GeneralPanel(self._ctx.db, self.definition, self.field_errors, self)
        self.closing = ClosingPanel(self.field_errors, self)
        g, c = self.general, self.closing
        self.project, self.establishment, self.record_date = g.project, g.establishment, g.record_date
        self.place, self.participants = g.place, g.participants
        self.start_time, self.end_time = g.start_time, g.end_time
        self.findings, self.conclusion = c.boxes["findings"], c.boxes["conclusion"]
        self.recommendation, self.follow_ups = c.boxes["recommendation"], c.follow_ups
        self.recipients, self.recipients_reset = c.recipients, c.recipients_reset
        office = self._ctx.office
        self.filler = FormFiller(self.definition, self, about={"username": office.officer_name,
                                                               "deviceid": self._ctx.actor.site_id})
        self.filler.setObjectName("filler")
        self.photos = PhotoStrip(self)
        self.photo_store = RecordPhotos(self._ctx, self.record_id, self.filler, self.photos, self,
                                        self._photos_changed)
        return [self.scrolled(self.general), self.filler, self.photos, self.scrolled(self.closing)]

    def _connect(self) -> None:
        self.project.currentIndexChanged.connect(lambda _i: self._project_changed())
        self.establishment.changed.connect(self._establishment_changed)
        self.record_date.changed.connect(lambda: self._changed("record_date", self.record_date.value()))
        self.place.textEdited.connect(lambda text: self._changed("place", text))
        for name, edit in (("start_time", self.start_time), ("end_time", self.end_time)):
            edit.textEdited.connect(lambda _t, n=name, e=edit: self._time_edited(n, e))
        self.participants.changed.connect(lambda: self._changed("participants", self.participants.values()))
        for name, box in (("findings", self.findings), ("conclusion", self.conclusion),
                          ("recommendation", self.recommendation)):
            box.textChanged.connect(lambda n=name, b=box: self._changed(n, b.toPlainText()))
        self.recipients.textChanged.connect(self._recipients_typed)
        self.recipients_reset.clicked.connect(self.reset_recipients)
        self.filler.edited.connect(self._answer_changed)
        self.filler.instance_removed.connect(self._instance_removed)
        self.filler.errors_changed.connect(lambda _e: self._show_errors())
        self.filler.photo_requested.connect(self.choose_photos)
        self.filler.photo_clicked.connect(self._show_photo)
        self.photos.add_requested.connect(lambda: self.choose_photos(""))
        self.photos.remove_requested.connect(self.remove_photo)
        self.photos.caption_edited.connect(self._caption_edited)
        self.follow_ups.row_edited.connect(self._action_edited)
        self.progress_button.clicked.connect(self.print_progress)
        self.follow_ups.row_removed.connect(self._action_removed)

    def _fill(self) -> None:
        data = self.data
        self.project.set_code(data.project_id)
        self.establishment.preferred = beneficiary_ids(self._ctx.db, data.project_id)
        self.establishment.set_value(data.establishment_id)
        self.record_date.set_value(data.record_date)
        self.start_time.setText(data.start_time)
        self.end_time.setText(data.end_time)
        self.place.setText(data.place)
        self.participants.model.set_rows([p.__dict__ for p in data.participants])
        self.filler.set_answers(data.answers)
        if self.draft:  # metadata (start, the officer, …) and calculations not stored yet
            filled = self.filler.fill_automatic()
            if filled:
                self._pending_answers.update(filled)
                self._timer.start()
        self.findings.setPlainText(data.findings)
        self.conclusion.setPlainText(data.conclusion)
        self.recommendation.setPlainText(data.recommendation)
        self._recipients_edited = bool(consistency.recipient_lines(data.recipients))
        self._show_recipients(data.recipients if self._recipients_edited else None)
        self.follow_ups.model.set_rows([
            {"id": a.id, "description": a.description, "responsible": a.responsible, "deadline": a.deadline,
             "state": a.state} for a in field_records.actions(self._ctx.db, self.record_id)])
        self._touched = {name for name in HEADER_LABELS if getattr(data, name, None)}
        self.photo_store.load()
        if self.draft:
            self._problems = self._read_problems()

    def _read_problems(self) -> dict[str, str]:
        """The header's problems as last saved (the questions' are the filler's, as typed)."""
        return {k: v for k, v in super()._read_problems().items() if k in HEADER_LABELS}

    def problems(self) -> dict[str, str]:
        if not self.draft:
            return {}
        return {**self._problems, **self.filler.errors()}

    def _validation_failed(self, errors: dict[str, str]) -> None:
        self._problems = {k: v for k, v in errors.items() if k in HEADER_LABELS}
        self.filler.set_errors({k: v for k, v in errors.items() if k not in HEADER_LABELS})
        self.filler.show_all_errors()

    # -- what was typed ----------------------------------------------------------------------------
    def _answer_changed(self, name: str) -> None:
        if self._loading or not self.draft:
            return
        self._pending_answers[name] = self.filler.answers().get(name)
        self._schedule()

    def _instance_removed(self, key: str) -> None:
        """The photos of a removed repeat instance go with it (the answers are saved first)."""
        if self._loading or not self.draft:
            return
        self.save_now()
        try:
            field_records.instance_removed(self._ctx.db, self._ctx.actor, self.record_id, key)
        except KCError as exc:
            messages.show_error(self, exc.message)
        self.photo_store.load()

    def _time_edited(self, name: str, edit: TimeEdit) -> None:
        """A time is stored once it reads as one (08:30); until then the line under it says so."""
        value = edit.value()
        label = self.field_errors[name]
        if value is None:
            self._pending.pop(name, None)  # a half-typed earlier value ("2" of "25:00") is not what was meant
            label.setText(self.tr("Giờ không đọc được; hãy gõ dạng 08:30."))
            label.setProperty("kc_unreadable", True)
            label.show()
            return
        label.setProperty("kc_unreadable", False)
        label.hide()
        self._changed(name, value)

    def _project_changed(self) -> None:
        project_id = self.project.code()
        self.establishment.preferred = beneficiary_ids(self._ctx.db, project_id)
        self._changed("project_id", project_id)
        preferred = self.establishment.preferred
        if not self._loading and self.draft and len(preferred) == 1 and self.establishment.value() is None:
            self.establishment.set_value(preferred[0])
            self._establishment_changed(preferred[0])

    def _establishment_changed(self, establishment_id: str) -> None:
        self._changed("establishment_id", establishment_id)
        if not self.place.text().strip():
            self.place.setText(place_of(self._ctx.db, establishment_id))
            self._changed("place", self.place.text())
        people = self.participants.values()
        if not any(p["side"] == "establishment" for p in people):
            data, _version, _deleted = establishments.load(self._ctx.db, establishment_id)
            if data.representative:
                self.participants.add("establishment", data.representative,
                                      data.representative_title or self.tr("Người đại diện"), data.name)
        self._update_title()

    @property
    def busy(self) -> bool:
        return self.photo_store.busy

    @property
    def pending(self) -> bool:
        return bool(self._pending or self._pending_answers or self._dirty_actions())

    def _dirty_actions(self) -> list[int]:
        return [i for i, row in enumerate(self.follow_ups.model.rows()) if row.get("dirty")]

    def _store(self, changes: dict[str, Any]) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        if self._pending_answers and self.draft:
            changes["answers"] = dict(self._pending_answers)
        if changes:
            if "participants" in changes:
                changes["participants"] = [Participant(**p) for p in changes["participants"]]
            field_records.save_draft(db, actor, self.record_id, changes)
        self._pending.clear()
        self._pending_answers.clear()
        if not self._recipients_edited and {"participants", "establishment_id", "recipients"} & set(changes):
            self._show_recipients()  # the list that follows who is present, as it now is
        for number in self._dirty_actions():
            row = self.follow_ups.model.row(number)
            if not str(row.get("description") or "").strip():
                continue  # kept on screen (in red) until it says what to do
            action_id = field_records.save_action(
                db, actor, self.record_id, row.get("id"), str(row["description"]),
                str(row.get("responsible") or ""), row.get("deadline"), str(row.get("state") or "open"))
            self.follow_ups.model.update_row(number, id=action_id, dirty=False)

    # -- "Nơi nhận" ---------------------------------------------------------------------------------
    def _show_recipients(self, typed: str | None = None) -> None:
        """Show the list as typed, or (None) the one the minutes print now: computed from who is present."""
        text = typed if typed is not None else "\n".join(field_records.recipients_of(self._ctx.db, self.record_id)[0])
        if self.recipients.toPlainText() != text:
            self._filling_recipients = True
            try:
                self.recipients.setPlainText(text)
            finally:
                self._filling_recipients = False
        self.recipients_reset.setEnabled(self._recipients_edited)

    def _recipients_typed(self) -> None:
        if self._loading or self._filling_recipients or not self.draft:
            return
        self._recipients_edited = True
        self.recipients_reset.setEnabled(True)
        self._changed("recipients", self.recipients.toPlainText())

    def reset_recipients(self) -> None:
        """Drop the edited list: "Nơi nhận" follows who is present again (the establishment, the team's units)."""
        if not self.draft:
            return
        self._recipients_edited = False
        self._changed("recipients", "")
        self.save_now()
        self._show_recipients()

    # -- where things are --------------------------------------------------------------------------
    def _label_of(self, name: str) -> str:
        if name in HEADER_LABELS:
            return header_label(name)
        if self.definition.has_question(name) or "/" in name:  # "may[2]/ten_may": "Máy móc 2 › Tên máy"
            label = self.filler.label_of(name)
            return label if len(label) <= 60 else label[:57] + "…"
        return name

    def _tab_of(self, name: str) -> int:
        if name in HEADER_LABELS:
            return _TAB_OF.get(name, TAB_GENERAL)
        return TAB_FORM

    def _tab_titles(self) -> dict[int, str]:
        return {TAB_GENERAL: self.tr("Thông tin chung"), TAB_FORM: self.tr("Nội dung phiếu"),
                TAB_PHOTOS: self.tr("Ảnh ({n})").format(n=self.photos.list.count()),
                TAB_CONCLUSION: self.tr("Kết luận, việc cần làm")}

    def go_to(self, name: str) -> None:
        if self._tab_of(name) == TAB_FORM:
            self.tabs.setCurrentIndex(TAB_FORM)
            self.filler.focus_question(name)
            return
        super().go_to(name)

    def _widget_for(self, name: str) -> QWidget | None:
        return {"project_id": self.project, "establishment_id": self.establishment.button,
                "record_date": self.record_date, "start_time": self.start_time, "end_time": self.end_time,
                "place": self.place, "participants": self.participants.table,
                "findings": self.findings, "conclusion": self.conclusion,
                "recommendation": self.recommendation, "recipients": self.recipients}.get(name)

    def _read_only_parts(self) -> list[Any]:
        return [self.general, self.filler, self.photos, self.closing]

    def _what(self) -> str:
        return (self.tr("Biên bản khảo sát, thẩm tra") if self.kind is MinutesKind.SURVEY
                else self.tr("Biên bản kiểm tra"))

    def _establishment_name(self) -> str:
        return self.establishment.line.text().split(" — ")[0]

    # -- photos ------------------------------------------------------------------------------------
    @property  # type: ignore[override]
    def photo_op(self) -> BackgroundOp | None:
        return self.photo_store.op

    @photo_op.setter
    def photo_op(self, _op: BackgroundOp | None) -> None:
        pass  # the photo store keeps its own operation

    def _cancel_background(self) -> None:
        if self.photo_store.op is not None:
            super()._cancel_background()
        self.photo_store.busy = False

    def _photos_changed(self) -> None:
        self._show_errors()
        if self.pending:
            self._timer.start()

    def choose_photos(self, question: str = "") -> BackgroundOp | None:
        if not self.draft:
            return None
        self.save_now()
        return self.photo_store.choose(question, self._label_of(question) if question else self.tr("biên bản"))

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

    # -- follow-up actions -------------------------------------------------------------------------
    def _has_progress(self) -> bool:
        return self.follow_ups.model.rowCount() > 0

    def print_progress(self) -> BackgroundOp | None:
        """Today's statuses of the follow-up actions on a sheet of their own (the signed minutes keep theirs)."""
        from kc_desktop.documents.render import PROGRESS
        from kc_desktop.gui.dialogs.pdf_preview import preview_record

        if self.draft:
            return None
        self.save_now()
        self.preview_op = preview_record(self, self._ctx, PROGRESS, self.record_id)
        return self.preview_op

    def _action_edited(self, row: int) -> None:
        if self._loading:
            return
        self.follow_ups.model.update_row(row, dirty=True)
        if self.draft:
            self._schedule()
        else:
            self.save_now()  # a finalized record: only the state of an action changes

    def _action_removed(self, action_id: str) -> None:
        try:
            field_records.remove_action(self._ctx.db, self._ctx.actor, action_id)
        except KCError as exc:
            messages.show_error(self, exc.message)
