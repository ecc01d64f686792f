"""Print many records into a folder in the background, with progress and Cancel, then say what was done."""
from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.pdf_preview import PrintedRecord, printed_record
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.progress import Progress

WORKERS = 2


class BatchPrint(Context):
    """Translation context of printing many minutes at once."""


def records_to_print(ctx: AppContext, kind: str, ids: Sequence[str]) -> list[PrintedRecord]:
    return [printed_record(ctx.db, kind, record_id) for record_id in ids]


def ask_folder(parent: QWidget) -> Path | None:
    title = BatchPrint.tr("Chọn thư mục để lưu các biên bản in ra")
    chosen = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(chosen) if chosen else None


def existing_files(records: Sequence[PrintedRecord], folder: Path) -> list[Path]:
    return [folder / r.file_name for r in records if (folder / r.file_name).exists()]


def print_batch(parent: QWidget, ctx: AppContext, records: Sequence[PrintedRecord], folder: Path,
                on_done: Callable[[int], None] | None = None, workers: int = WORKERS) -> BackgroundOp:
    """Render each record to `folder` in worker processes. Cancel (or any failure) removes every file of
    the batch; files already in the folder are replaced only when the whole batch has succeeded."""
    from kc_desktop.documents import render

    jobs = [(r.kind, r.record_id, folder / r.file_name) for r in records]
    url = ctx.db.url
    line = BatchPrint.tr("Đang in biên bản {n}/{total}: {name}")

    def steps() -> Any:
        inner = render.render_batch(jobs, url, workers=max(1, min(workers, len(jobs))))
        try:
            while True:
                try:
                    step = next(inner)
                except StopIteration as stop:
                    return stop.value
                yield Progress(step.done, step.total, line.format(n=step.done, total=step.total, name=step.message))
        finally:
            inner.close()  # on Cancel: the batch stops its workers and removes what it wrote

    drafts = sum(1 for r in records if r.draft)

    def done(count: int) -> None:
        summary(parent, count, drafts, folder)
        if on_done is not None:
            on_done(count)

    def failed(exc: BaseException) -> None:
        why = exc.message if isinstance(exc, KCError) else unexpected_message(exc)
        messages.show_error(parent, BatchPrint.tr("{why}\n\nKhông có tệp nào của lần in này được giữ lại; "
                                                  "các tệp có sẵn trong thư mục không bị thay đổi.").format(why=why),
                            BatchPrint.tr("Chưa in được"))

    def cancelled() -> None:
        messages.show_info(parent, BatchPrint.tr("Đã hủy in. Không có tệp nào của lần in này được giữ lại; "
                                                 "các tệp có sẵn trong thư mục không bị thay đổi."),
                           BatchPrint.tr("In hàng loạt"))

    return (BackgroundOp(parent, steps, label=BatchPrint.tr("Đang chuẩn bị in {n} biên bản…").format(n=len(jobs)),
                         title=BatchPrint.tr("In hàng loạt"), delay_ms=0)
            .success(done).failure(failed).on_cancel(cancelled).run_in_background())


def summary(parent: QWidget, count: int, drafts: int, folder: Path) -> QMessageBox:
    text = BatchPrint.tr("Đã in {n} biên bản vào thư mục:<br><b>{folder}</b>").format(
        n=count, folder=html.escape(str(folder)))
    if drafts:
        text += "<br><br>" + BatchPrint.tr("{n} biên bản còn là bản nháp: bản in có dòng chữ «BẢN NHÁP» và chưa có số, "
                                 "không dùng để ký chính thức.").format(n=drafts)
    box = QMessageBox(QMessageBox.Icon.Information, BatchPrint.tr("In hàng loạt"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("batchSummary")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    open_folder = box.addButton(BatchPrint.tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(BatchPrint.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.open()
    return box
