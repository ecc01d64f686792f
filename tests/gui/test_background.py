"""The background runner: progress, result, errors in words, and Cancel that leaves nothing behind."""

from __future__ import annotations

import threading

import pytest
from gui_helpers import click_box_button
from PySide6.QtWidgets import QWidget

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.errors import KCError
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.progress import Progress, Steps
from kc_desktop.services import establishments


def _adding(
    db: Database, actor: Actor, count: int, gate: threading.Event | None = None, threads: list[str] | None = None
) -> Steps[int]:
    """Add `count` establishments in one transaction, reporting each; waits on `gate` after the first."""
    if threads is not None:
        threads.append(threading.current_thread().name)
    with db.session(actor) as session:
        for n in range(count):
            session.add(Establishment(name=f"Cơ sở thử {n}", kind="household", admin_unit_code="00583"))
            session.flush()
            yield Progress(n + 1, count, f"Đã thêm {n + 1}/{count}")
            if gate is not None:
                assert gate.wait(10)
    return count


@pytest.mark.gui
def test_reports_progress_and_result_off_the_gui_thread(qtbot, db: Database, actor: Actor) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, int, str]] = []
    results: list[object] = []
    threads: list[str] = []
    op = BackgroundOp(parent, lambda: _adding(db, actor, 3, threads=threads), label="Đang thêm…")
    op._relay.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.success(results.append).run_in_background()
    assert results == [3]
    assert seen == [(1, 3, "Đã thêm 1/3"), (2, 3, "Đã thêm 2/3"), (3, 3, "Đã thêm 3/3")]
    assert threads and threads[0] != threading.main_thread().name
    assert establishments.count(db) == 3
    assert op.dialog is None  # closed when done


@pytest.mark.gui
def test_cancel_rolls_back_everything(qtbot, db: Database, actor: Actor) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    before = establishments.count(db)
    gate = threading.Event()
    outcome: list[str] = []
    op = BackgroundOp(parent, lambda: _adding(db, actor, 5, gate), label="Đang thêm…", delay_ms=0)
    op.success(lambda _r: outcome.append("success")).on_cancel(lambda: outcome.append("cancelled"))
    op.run_in_background()
    qtbot.waitUntil(lambda: op.last_progress is not None and op.dialog is not None and op.dialog.isVisible())
    assert op.last_progress == Progress(1, 5, "Đã thêm 1/5")
    assert op.dialog.maximum() == 5 and op.dialog.value() == 1
    assert op.cancel_button is not None and op.cancel_button.text() == "Hủy"
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.cancel_button.click()
        gate.set()  # the worker goes on to its next step, sees the cancel and closes the generator
    assert outcome == ["cancelled"]
    assert establishments.count(db) == before


@pytest.mark.gui
def test_errors_are_shown_in_words(qtbot, wait_box, db: Database) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def failing() -> Steps[None]:
        yield Progress(0, 1)
        raise KCError("Tệp «a.xlsx» không đọc được; không có gì bị thay đổi.")

    with qtbot.waitSignal(BackgroundOp(parent, failing, label="…").run_in_background().finished):
        pass
    box = wait_box()
    assert box.text() == "Tệp «a.xlsx» không đọc được; không có gì bị thay đổi."
    click_box_button(box, "Đóng")


@pytest.mark.gui
def test_unexpected_errors_get_a_plain_message(qtbot, wait_box, caplog) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def broken() -> int:
        return 1 // 0

    errors: list[BaseException] = []
    op = BackgroundOp(parent, broken, label="…")
    with qtbot.waitSignal(op.finished):
        op.run_in_background()
    box = wait_box()
    assert "lỗi không mong đợi (ZeroDivisionError)" in box.text()
    assert "dữ liệu đã lưu trước đó không bị ảnh hưởng" in box.text()
    assert "background work failed" in caplog.text
    click_box_button(box, "Đóng")
    op2 = BackgroundOp(parent, broken, label="…").failure(errors.append)
    with qtbot.waitSignal(op2.finished):
        op2.run_in_background()
    assert isinstance(errors[0], ZeroDivisionError)


@pytest.mark.gui
def test_a_dialog_closed_inside_its_own_set_value_lives_until_that_returns(qtbot) -> None:  # noqa: ANN001
    """setValue processes events: the next progress and the end of the work may come inside it, nested.
    The dialog closed there must not be deleted before the outermost setValue returns (it crashed the gallery)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    parent = QWidget()
    qtbot.addWidget(parent)
    op = BackgroundOp(parent, lambda: 0, label="Đang lập báo cáo…")
    op.dialog = dialog = op._make_dialog()
    real = dialog.setValue
    alive: list[bool] = []

    def set_value(value: int) -> None:
        if value == 1:  # inside: the next progress, then the end of the work, then deferred deletions
            op._progressed(2, 3, "")
            op._succeeded(None)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        alive.append(shiboken6.isValid(dialog))
        if alive[-1]:
            real(value)

    dialog.setValue = set_value  # type: ignore[method-assign]
    op._progressed(1, 3, "")
    assert alive == [True, True] and op.dialog is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)  # deleted once the outermost setValue returned
