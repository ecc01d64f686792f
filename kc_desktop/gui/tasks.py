"""Long work off the GUI thread, with a progress dialog and Cancel (after Anki's CollectionOp).

    BackgroundOp(parent, lambda: importer(db, actor, path), label=...) \\
        .success(on_done).failure(on_error).run_in_background()

The work callable runs in a pool thread and must never touch a widget. It returns a
result or a `Steps` generator (kc_desktop.progress); the generator is created and driven
in the worker thread, so its sessions and SQLite connections stay there, and Cancel
closes it there: its transaction rolls back and nothing is kept.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar, Self

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from kc_desktop.errors import Cancelled, KCError
from kc_desktop.gui import messages
from kc_desktop.progress import Progress, drive

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker arrive queued."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        # Python keeps the job (PySide's auto-deleted runnables corrupt reference counts); Qt reads
        # autoDelete() before run(), and run()'s own frame holds the job until it returns. The job
        # holds the relay, so late signals never hit a deleted object.
        self.setAutoDelete(False)
        self._work, self._relay, self._stop = work, relay, stop

    def run(self) -> None:
        def report(step: Progress) -> None:
            self._relay.progressed.emit(step.done, step.total, step.message)

        try:
            produced = self._work()
            result = (drive(produced, report, self._stop.is_set)  # type: ignore[arg-type]  # yields Progress
                      if inspect.isgenerator(produced) else produced)
        except Cancelled:
            self._relay.cancelled.emit()
        except KCError as exc:
            self._relay.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            log.exception("background work failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def unexpected_message(exc: BaseException) -> str:
    """What an officer reads when a bug, not their data, stopped the work."""
    return QCoreApplication.translate(
        "BackgroundOp",
        "Đã xảy ra lỗi không mong đợi ({kind}). Thao tác chưa hoàn tất; dữ liệu đã lưu trước đó "
        "không bị ảnh hưởng. Chi tiết đã được ghi vào nhật ký; hãy thử lại hoặc báo cho bộ phận hỗ trợ.",
    ).format(kind=type(exc).__name__)


class BackgroundOp(QObject):
    """One piece of background work, its progress dialog and what happens after it."""

    finished = Signal()
    _running: ClassVar[set[BackgroundOp]] = set()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[], Any],
        *,
        label: str,
        title: str = "",
        cancellable: bool = True,
        delay_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._work = work
        self._label = label
        self._title = title
        self._cancellable = cancellable
        self._delay_ms = delay_ms
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._stop = threading.Event()
        self._relay = _Relay()
        self._job: _Job | None = None
        self.dialog: QProgressDialog | None = None
        self.cancel_button: QPushButton | None = None
        self.last_progress: Progress | None = None
        # A dialog closed while its setValue runs (setValue processes events: the next progress, the end of
        # the work) is deleted only once the outermost setValue has returned: deleted inside it, it would
        # crash the program. `_updating` counts the setValue calls under way (they nest).
        self._updating = 0
        self._retired: QProgressDialog | None = None

    def success(self, callback: Callable[[Any], None]) -> Self:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Self:
        """Replace the default error message box."""
        self._on_failure = callback
        return self

    def on_cancel(self, callback: Callable[[], None]) -> Self:
        self._on_cancel = callback
        return self

    def run_in_background(self) -> Self:
        self.dialog = self._make_dialog()
        self._relay.progressed.connect(self._progressed)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._relay.cancelled.connect(self._cancelled)
        self._job = _Job(self._work, self._relay, self._stop)
        BackgroundOp._running.add(self)
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        """Ask the worker to stop at its next step; its transaction then rolls back."""
        if not self._cancellable or self._stop.is_set():
            return
        self._stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Đang hủy, đưa dữ liệu về như cũ…"))
            if self.cancel_button is not None:
                self.cancel_button.setEnabled(False)

    @classmethod
    def cancel_all_and_wait(cls, timeout_ms: int = 30_000) -> None:
        """On quit: stop every running job and let each roll back before the database closes."""
        for op in list(cls._running):
            op.cancel()
        QThreadPool.globalInstance().waitForDone(timeout_ms)

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._parent_widget)
        dialog.setLabelText(self._label)
        dialog.setRange(0, 0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setWindowTitle(self._title or self.tr("Đang xử lý"))
        dialog.setMinimumDuration(self._delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if self._cancellable:
            self.cancel_button = QPushButton(self.tr("Hủy"))
            self.cancel_button.setObjectName("cancelButton")
            dialog.setCancelButton(self.cancel_button)
        else:
            dialog.setCancelButton(None)
        # Qt's own Cancel hides the dialog at once; ours keeps it up until the rollback is done.
        dialog.canceled.disconnect(dialog.cancel)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.last_progress = Progress(done, total, message)
        if self.dialog is None or self._stop.is_set():
            return
        # setValue may process events, and with them the end of the work, which closes the dialog:
        # set the label first, and keep the dialog alive until setValue returns (see __init__).
        dialog = self.dialog
        if message:
            dialog.setLabelText(message)
        dialog.setMaximum(max(total, 0))
        self._updating += 1
        try:
            dialog.setValue(min(done, total) if total > 0 else 0)
        finally:
            self._updating -= 1
            if not self._updating and self._retired is not None:
                self._retired.deleteLater()
                self._retired = None

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.cancel()  # hides it and stops its show-after-delay timer; emits nothing
            if self._updating:
                self._retired = self.dialog  # deleted when its setValue returns (see _progressed)
            else:
                self.dialog.deleteLater()
            self.dialog = None
            self.cancel_button = None

    def _end(self) -> None:
        BackgroundOp._running.discard(self)
        self.finished.emit()

    def _succeeded(self, result: object) -> None:
        self._close_dialog()
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._end()

    def _failed(self, exc: BaseException) -> None:
        self._close_dialog()
        try:
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                text = exc.message if isinstance(exc, KCError) else unexpected_message(exc)
                messages.show_error(self._parent_widget, text)
        finally:
            self._end()

    def _cancelled(self) -> None:
        self._close_dialog()
        try:
            if self._on_cancel is not None:
                self._on_cancel()
        finally:
            self._end()
