"""Photos of a record in its editor: per record or per question, added in the background, captioned, removed."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from kc_desktop.errors import KCError
from kc_desktop.forms.answers import answer_at, change_at, split_key
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.forms.inputs import THUMBNAIL, ImageInput
from kc_desktop.gui.forms.record_parts import PhotoStrip, thumbnail
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.progress import Progress
from kc_desktop.services import attachments, field_records

PHOTO_FILTER = _N("RecordEditor", "Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)")


class RecordPhotos(QObject):
    """Keeps the photo strip and the image questions of one record in step with what is stored.

    While photos are being stored in the background, `busy` is set: the editor holds its autosave
    until they are done, so that two writers never race on the same record.
    """

    def __init__(self, ctx: AppContext, record_id: str, filler: FormFiller, strip: PhotoStrip, window: QWidget,
                 changed: Callable[[], None]) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._record_id = record_id
        self._filler = filler
        self._strip = strip
        self._window = window
        self._changed = changed
        self.busy = False
        self.op: BackgroundOp | None = None
        self._labels = {q.name: q.label for q in filler.definition.fields() if q.type == "image"}

    def load(self) -> None:
        photos = attachments.for_owner(self._ctx.db, self._record_id)
        self._strip.set_photos(photos, self._labels)
        for name, field in self._filler.inputs().items():
            if isinstance(field, ImageInput):
                label = self._labels.get(split_key(name)[1], "")  # "may[2]/anh": a photo of one repeat instance
                field.set_thumbnails([(p.id, thumbnail(p.path, THUMBNAIL), p.caption or label)
                                      for p in photos if p.question == name])

    def choose(self, question: str, what: str) -> BackgroundOp | None:
        title = QCoreApplication.translate("RecordEditor", "Chọn ảnh cho: {what}").format(what=what)
        files, _ = QFileDialog.getOpenFileNames(self._window, title, str(Path.home()),
                                                QCoreApplication.translate("RecordEditor", PHOTO_FILTER))
        return self.add([Path(f) for f in files], question) if files else None

    def add(self, files: list[Path], question: str = "") -> BackgroundOp:
        """Each photo is turned upright, downscaled and stored by its hash, off the GUI thread."""
        self.busy = True
        db, actor, record_id = self._ctx.db, self._ctx.actor, self._record_id
        message = QCoreApplication.translate("RecordEditor", "Đang xử lý ảnh {n}/{total}…")

        def steps() -> Any:
            added = []
            for number, path in enumerate(files):
                yield Progress(number, len(files), message.format(n=number + 1, total=len(files)))
                added.append(field_records.attach_photo(db, actor, record_id, path, question))
            return added

        def finished(*_args: object) -> None:
            self.busy = False
            self.op = None
            if question:
                stored = answer_at(field_records.load(db, record_id).answers, question)  # "may[2]/anh" too
                self._filler.set_answer(question, stored or [])
            self.load()
            self._changed()

        def failed(exc: BaseException) -> None:
            finished()
            messages.show_error(self._window, exc.message if isinstance(exc, KCError) else unexpected_message(exc))

        self.op = BackgroundOp(self._window, steps, label=QCoreApplication.translate("RecordEditor", "Đang thêm ảnh…"),
                               title=QCoreApplication.translate("RecordEditor", "Thêm ảnh")) \
            .success(finished).failure(failed).on_cancel(finished).run_in_background()
        return self.op

    def remove(self, attachment_id: str) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        photo = next((p for p in attachments.for_owner(db, self._record_id) if p.id == attachment_id), None)
        if photo is None:
            return
        attachments.remove(db, actor, attachment_id)
        if photo.question:
            answers = self._filler.answers()
            listed = answer_at(answers, photo.question)
            kept = [i for i in (listed if isinstance(listed, list) else []) if i != attachment_id]
            field_records.save_draft(db, actor, self._record_id, {"answers": change_at(answers, photo.question, kept)})
            self._filler.set_answer(photo.question, kept)
        self.load()
        self._changed()

    def set_caption(self, attachment_id: str, caption: str) -> None:
        attachments.set_caption(self._ctx.db, self._ctx.actor, attachment_id, caption)
