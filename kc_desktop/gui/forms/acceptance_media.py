"""Signatures and photos of the acceptance editor: the pad for each council member, the photo strip."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from kc_desktop.domain.acceptance import CouncilRole
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.i18n import Context, core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.widgets.signature_pad import SignatureDialog
from kc_desktop.progress import Progress
from kc_desktop.services import acceptances, attachments

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget as _Base

    from kc_desktop.gui.context import AppContext
    from kc_desktop.gui.forms.acceptance_council import CouncilTable
    from kc_desktop.gui.forms.record_parts import PhotoStrip
    from kc_desktop.services.acceptances import AcceptanceData
else:
    _Base = object

PHOTO = "photo"
PHOTO_FILTER = _N("AcceptanceMedia", "Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)")


class AcceptanceMedia(Context):
    """Translation context of the acceptance's signatures and photos."""


class SignaturesAndPhotos(_Base):
    """Mixed into AcceptanceEditor: signing on the spot (or on paper) and the photos of the session."""

    if TYPE_CHECKING:  # what the editor provides
        _ctx: AppContext
        record_id: str
        data: AcceptanceData
        council: CouncilTable
        photos: PhotoStrip
        signature_dialog: SignatureDialog | None
        photo_op: BackgroundOp | None
        saved_at: dt.datetime | None
        save_error: str
        _busy: bool
        _timer: QTimer
        _touched: set[str]
        _problems: dict[str, str]

        @property
        def draft(self) -> bool: ...
        @property
        def pending(self) -> bool: ...
        def save_now(self) -> bool: ...
        def _show_errors(self) -> None: ...

    # -- signatures --------------------------------------------------------------------------------
    def sign_member(self, row: int) -> SignatureDialog | None:
        """Open the signature pad for a council member (saving the council first, so rows match)."""
        if not self.draft:
            return None
        members = self.council.model.members()
        if not 0 <= row < len(members):
            return None
        member = members[row]
        if not member.name:
            messages.show_error(self, AcceptanceMedia.tr("Hãy nhập họ tên thành viên trước khi ký."))
            return None
        if not self.save_now():
            messages.show_error(self, AcceptanceMedia.tr("Chưa lưu được hội đồng nên chưa ký được: {why}").format(
                why=self.save_error))
            return None
        role = CouncilRole.parse(member.role)
        dialog = SignatureDialog(member.name, core(role.label) if role else "", self, member.unit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.signed.connect(lambda path, r=row: self._store_signature(r, path, False))
        dialog.signed_on_paper.connect(lambda r=row: self._store_signature(r, None, True))
        self.signature_dialog = dialog
        dialog.open()
        return dialog

    def unsign_member(self, row: int) -> None:
        if self.draft and self.save_now():
            self._store_signature(row, None, False)

    def _store_signature(self, row: int, image: Path | None, on_paper: bool) -> None:
        try:
            acceptances.sign(self._ctx.db, self._ctx.actor, self.record_id, row, image, on_paper)
        except KCError as exc:
            messages.show_error(self, exc.message)
            return
        finally:
            if image is not None:
                shutil.rmtree(image.parent, ignore_errors=True)
        self.data = acceptances.load(self._ctx.db, self.record_id)
        for number, member in enumerate(self.data.council[: self.council.model.rowCount()]):
            self.council.model.update_row(number, signature_id=member.signature_id,
                                          signed_on_paper=member.signed_on_paper)
        self._touched.add("signatures")
        self._load_attachments()
        self._problems = acceptances.problems(self._ctx.db, self.record_id)
        self.saved_at = dt.datetime.now()
        self._show_errors()

    # -- photos ------------------------------------------------------------------------------------
    def _load_attachments(self) -> None:
        stored = attachments.for_owner(self._ctx.db, self.record_id)
        self.photos.set_photos([a for a in stored if a.question == PHOTO],
                               {PHOTO: AcceptanceMedia.tr("Ảnh nghiệm thu")})
        self.council.set_signature_images({a.id: a.path for a in stored if a.question.startswith("signature")})

    def choose_photos(self) -> BackgroundOp | None:
        files, _ = QFileDialog.getOpenFileNames(self, AcceptanceMedia.tr("Chọn ảnh buổi nghiệm thu"), str(Path.home()),
                                                AcceptanceMedia.tr(PHOTO_FILTER))
        return self.add_photos([Path(f) for f in files]) if files else None

    def add_photos(self, files: list[Path]) -> BackgroundOp | None:
        """Attach photos in the background: each is turned upright, downscaled and stored by its hash."""
        if not files or not self.draft:
            return None
        self.save_now()
        self._busy = True
        db, actor, record_id = self._ctx.db, self._ctx.actor, self.record_id
        message = AcceptanceMedia.tr("Đang xử lý ảnh {n}/{total}…")

        def steps() -> Any:
            added = []
            for number, path in enumerate(files):
                yield Progress(number, len(files), message.format(n=number + 1, total=len(files)))
                added.append(acceptances.attach_photo(db, actor, record_id, path))
            return added

        def finished(*_args: object) -> None:
            self._busy = False
            self.photo_op = None
            if not isValid(self):
                return
            self._load_attachments()
            self._show_errors()
            if self.pending:
                self._timer.start()

        def failed(exc: BaseException) -> None:
            finished()
            messages.show_error(self, exc.message if isinstance(exc, KCError) else unexpected_message(exc))

        self.photo_op = BackgroundOp(self, steps, label=AcceptanceMedia.tr("Đang thêm ảnh…"),
                                     title=AcceptanceMedia.tr("Thêm ảnh")) \
            .success(finished).failure(failed).on_cancel(finished).run_in_background()
        return self.photo_op

    def remove_photo(self, attachment_id: str) -> None:
        if self.draft:
            attachments.remove(self._ctx.db, self._ctx.actor, attachment_id)
            self._load_attachments()
            self._show_errors()

    def _caption_edited(self, attachment_id: str, caption: str) -> None:
        if self.draft:
            attachments.set_caption(self._ctx.db, self._ctx.actor, attachment_id, caption)
