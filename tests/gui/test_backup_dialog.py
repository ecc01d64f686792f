"""Backups in the GUI: Tệp → Sao lưu / Khôi phục, and the offer to restore when the start-up check fails."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gui_helpers import click_box_button, message_boxes
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from kc_desktop.app import run
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs import backup as backup_dialogs
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.services import backup_passphrase, backups, establishments

YESTERDAY = dt.datetime.now() - dt.timedelta(days=1)


def _damage_unread_table(path: Path) -> None:
    """Garbage in the pages of a table nothing reads: the database opens, an integrity check fails."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("VACUUM")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        first = connection.execute("PRAGMA page_count").fetchone()[0] + 2
        connection.execute("CREATE TABLE junk (x TEXT)")
        connection.executemany("INSERT INTO junk VALUES (?)", [("x" * 200,) for _ in range(400)])
        connection.commit()
        last = connection.execute("PRAGMA page_count").fetchone()[0]
    finally:
        connection.close()
    with path.open("r+b") as handle:
        for page in range(first, last + 1):
            handle.seek((page - 1) * page_size)
            handle.write(b"\xa5\x17" * (page_size // 2))


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def _show(ctx: AppContext) -> MainWindow:
    """A main window; not given to qtbot, which cannot close a window that a restore deleted."""
    main = MainWindow(ctx)
    main.show()
    return main


@pytest.fixture
def window(qtbot, ctx: AppContext, sample: dict[str, str]) -> Iterator[MainWindow]:  # noqa: ANN001
    main = _show(ctx)
    yield main
    if isValid(main):
        main.close()


@pytest.fixture(autouse=True)
def _close_boxes() -> Iterator[None]:
    """Message boxes left open would be found by the next test."""
    yield
    for box in message_boxes():
        box.close()


PASSWORD = "gốm-sứ-2026"
SECRET = "Bat-Trang-2026"


@pytest.fixture(autouse=True)
def _officer_signs_in() -> Iterator[None]:
    """A reopened database asks who works: create its first account, or sign in, as the officer would."""
    from kc_desktop.gui.dialogs.login import FirstAccountDialog, LoginDialog

    def answer() -> None:
        for dialog in QApplication.topLevelWidgets():
            if not dialog.isVisible():
                continue
            if isinstance(dialog, FirstAccountDialog):
                dialog.username.setText("an.nguyen")
                dialog.password.setText(PASSWORD)
                dialog.confirm.setText(PASSWORD)
                dialog.create_button.click()
            elif isinstance(dialog, LoginDialog):
                dialog.username.setText("an.nguyen")
                dialog.password.setText(PASSWORD)
                dialog.sign_in_button.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    yield
    timer.stop()


@pytest.fixture
def reopened() -> Iterator[list[MainWindow]]:
    """Windows a restore opened; their databases are closed after the test (no app quit in tests)."""
    windows: list[MainWindow] = []
    yield windows
    for window in _main_windows() + windows:
        window.close()
        window._ctx.db.close()


def _restored_window(qtbot, old: MainWindow, reopened: list[MainWindow]) -> MainWindow:  # noqa: ANN001
    qtbot.waitUntil(lambda: any(w is not old for w in _main_windows()), timeout=15_000)
    new = next(w for w in _main_windows() if w is not old)
    reopened.append(new)
    return new


@pytest.mark.gui
def test_file_menu_has_backup_and_restore(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Sao lưu dữ liệu…" in texts and "&Khôi phục từ bản sao lưu…" in texts
    assert window.backup_action.isEnabled() and window.restore_action.isEnabled()


@pytest.mark.gui
def test_backup_writes_a_copy_in_the_background_and_says_where(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, wait_box: Callable[[], QMessageBox]  # noqa: ANN001
) -> None:
    backup_passphrase.set_passphrase(ctx.db, SECRET)
    target = tmp_path / "usb" / "ban-sao.kcbak"
    target.parent.mkdir()
    backup_dialogs.back_up(window, ctx, target)
    box = wait_box()
    assert box.windowTitle() == "Sao lưu dữ liệu"
    assert f"Đã sao lưu dữ liệu vào «{target}»" in box.text() and "4 cơ sở" in box.text()
    assert backups.check(target, passphrase=SECRET).ok


@pytest.mark.gui
def test_the_first_backup_lets_the_head_choose_the_passphrase(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path, wait_box: Callable[[], QMessageBox]  # noqa: ANN001
) -> None:
    from kc_desktop.gui.dialogs.backup_passphrase import ChoosePassphraseDialog

    seen: list[str] = []

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ChoosePassphraseDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        dialog.grab().save(str(tmp_path / "passphrase-dialog.png"))
        dialog.first.setText("ngắn")
        dialog.again.setText("ngắn")
        dialog.save()
        seen.append(dialog.problem.text())
        dialog.first.setText(SECRET)
        dialog.again.setText(SECRET)
        dialog.save()

    QTimer.singleShot(0, answer)
    target = tmp_path / "ban-sao.kcbak"
    backup_dialogs.back_up(window, ctx, target)
    box = wait_box()
    assert seen == ["Mật khẩu sao lưu cần ít nhất 8 ký tự."]
    assert f"Đã sao lưu dữ liệu vào «{target}»" in box.text()
    assert backup_passphrase.has_passphrase(ctx.db.path) and backups.check(target, passphrase=SECRET).ok  # type: ignore[arg-type]


@pytest.mark.gui
def test_an_encrypted_backup_asks_its_passphrase_then_restores(
    qtbot, window: MainWindow, ctx: AppContext, actor: Actor, wait_box, reopened  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert ctx.db.path is not None
    backup_passphrase.set_passphrase(ctx.db, SECRET)
    saved = backups.backup_to(ctx.db.path, ctx.db.path.parent / "saved.kcbak")
    establishments.create(ctx.db, actor, EstablishmentInput(name="Nhập sau khi sao lưu", admin_unit_code="00583"))
    prompts: list[str] = []

    def answer() -> None:
        asked = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()),
                     None)
        if asked is None:
            QTimer.singleShot(20, answer)
            return
        prompts.append(asked.labelText())
        asked.setTextValue("sai-mat-khau" if len(prompts) == 1 else SECRET)
        asked.accept()
        if len(prompts) == 1:
            QTimer.singleShot(20, answer)

    backup_dialogs.restore_from(window, ctx, saved)
    box = wait_box()
    assert box.text() == "Khôi phục dữ liệu từ bản sao lưu «saved.kcbak»?" and "4 cơ sở" in box.informativeText()
    QTimer.singleShot(0, answer)
    click_box_button(box, "Khôi phục")
    new = _restored_window(qtbot, window, reopened)
    assert prompts[0].startswith("Nhập mật khẩu sao lưu") and prompts[1].startswith("Mật khẩu không đúng")
    assert new.count_label.text() == "4 cơ sở"


@pytest.mark.gui
def test_a_backup_of_another_office_names_both_before_replacing(
    window: MainWindow, ctx: AppContext, tmp_path: Path, wait_box: Callable[[], QMessageBox]
) -> None:
    from kc_desktop.services import setup

    other = open_database(tmp_path / "khac" / "kc.sqlite") if (tmp_path / "khac").mkdir() is None else None
    assert other is not None
    setup.initialize(other, setup.SiteIdentity("VP02", "UBND phường Hà Đông", "commune", "09556", "Lê Văn Cường"))
    backup_passphrase.set_passphrase(other, SECRET)
    theirs = backups.backup_to(other.path, tmp_path / "vp02.kcbak")  # type: ignore[arg-type]
    other.close()
    backup_dialogs.restore_from(window, ctx, theirs)
    box = wait_box()
    assert "VP02 – UBND phường Hà Đông" in box.text() and "BT01" in box.text()
    assert any(b.text() == "Thay bằng dữ liệu đơn vị khác" for b in box.buttons())
    click_box_button(box, "Hủy") if any(b.text() == "Hủy" for b in box.buttons()) else box.reject()
    assert window.isVisible()


@pytest.mark.gui
def test_backup_to_a_missing_folder_explains_it(
    window: MainWindow, ctx: AppContext, tmp_path: Path, wait_box: Callable[[], QMessageBox]
) -> None:
    backup_passphrase.set_passphrase(ctx.db, SECRET)
    backup_dialogs.back_up(window, ctx, tmp_path / "khong-co" / "ban-sao.kcbak")
    assert "không tồn tại" in wait_box().text()


@pytest.mark.gui
def test_restore_checks_asks_with_date_and_count_then_reopens(
    qtbot, window: MainWindow, ctx: AppContext, actor: Actor, wait_box, reopened  # noqa: ANN001
) -> None:
    assert ctx.db.path is not None
    saved = backups.copy_database(ctx.db.path, ctx.db.path.parent / "saved.sqlite")
    establishments.create(ctx.db, actor, EstablishmentInput(name="Nhập sau khi sao lưu", admin_unit_code="00583"))
    backup_dialogs.restore_from(window, ctx, saved)
    box = wait_box()
    assert box.text() == "Khôi phục dữ liệu từ bản sao lưu «saved.sqlite»?"
    assert "4 cơ sở" in box.informativeText() and "lập lúc" in box.informativeText()
    assert "được giữ lại" in box.informativeText()
    click_box_button(box, "Khôi phục")
    new = _restored_window(qtbot, window, reopened)
    assert new.count_label.text() == "4 cơ sở"
    qtbot.waitUntil(lambda: any("Đã khôi phục dữ liệu" in b.text() for b in message_boxes()))
    note = next(b for b in message_boxes() if "Đã khôi phục" in b.text()).text()
    kept = [b for b in backups.list_backups(ctx.db.path) if b.kind == backups.BEFORE_RESTORE]
    assert len(kept) == 1 and str(kept[0].path) in note
    assert backups.check(kept[0].path).establishments == 5
    assert not isValid(window)  # the old window is gone


@pytest.mark.gui
def test_restore_refuses_a_damaged_backup(
    window: MainWindow, ctx: AppContext, wait_box: Callable[[], QMessageBox]
) -> None:
    assert ctx.db.path is not None
    bad = backups.copy_database(ctx.db.path, ctx.db.path.parent / "hong.sqlite")
    _damage_unread_table(bad)
    backup_dialogs.restore_from(window, ctx, bad)
    box = wait_box()
    assert box.windowTitle() == "Không khôi phục được" and "«hong.sqlite» bị hỏng" in box.text()
    assert window.isVisible() and establishments.count(ctx.db) == 4


@pytest.mark.gui
def test_a_failed_start_check_offers_the_newest_good_backup(qtbot, db: Database, sample, reopened) -> None:  # noqa: ANN001
    path = db.path
    assert path is not None
    good = backups.daily_backup(path, now=YESTERDAY)
    assert good is not None
    db.close()
    _damage_unread_table(path)
    damaged = open_database(path)  # it opens: only the check sees the damage
    ctx = AppContext.load(damaged)
    assert ctx is not None
    window = _show(ctx)
    checks = backup_dialogs.StartChecks.start(damaged)
    assert checks is not None
    checks.attach(window, ctx)
    qtbot.waitUntil(lambda: any(b.windowTitle() == "Dữ liệu bị hỏng" for b in message_boxes()), timeout=15_000)
    box = message_boxes()[-1]
    assert box.text().startswith("Kiểm tra dữ liệu khi khởi động phát hiện lỗi: Tệp «kc.sqlite» bị hỏng")
    assert f"«{good.name}»" in box.text() and "4 cơ sở" in box.informativeText()
    assert [b.kind for b in backups.list_backups(path)] == [backups.AUTOMATIC]  # no backup of a damaged file
    click_box_button(box, "Khôi phục")
    new = _restored_window(qtbot, window, reopened)
    assert new.count_label.text() == "4 cơ sở"
    assert backups.check(path).ok
    kept = next(b for b in backups.list_backups(path) if b.kind == backups.BEFORE_RESTORE)
    assert not backups.check(kept.path).ok  # the damaged file is kept as it was


@pytest.mark.gui
def test_start_without_a_good_backup_says_so(qtbot, db: Database, sample) -> None:  # noqa: ANN001
    path = db.path
    assert path is not None
    db.close()
    _damage_unread_table(path)
    damaged = open_database(path)
    ctx = AppContext.load(damaged)
    assert ctx is not None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    checks = backup_dialogs.StartChecks.start(damaged)
    assert checks is not None
    checks.attach(window, ctx)
    qtbot.waitUntil(lambda: any(b.windowTitle() == "Dữ liệu bị hỏng" for b in message_boxes()), timeout=15_000)
    assert "Không có bản sao lưu tốt nào" in message_boxes()[-1].text()
    checks.wait()
    damaged.close()


@pytest.mark.gui
def test_run_makes_the_daily_backup_while_the_window_opens(qtbot, db: Database, sample) -> None:  # noqa: ANN001
    path = db.path
    assert path is not None
    db.close()
    messages: list[str] = []

    def look_and_quit() -> None:
        window = next(iter(_main_windows()), None)
        if window is None or "sao lưu tự động" not in window.statusBar().currentMessage():
            QTimer.singleShot(50, look_and_quit)
            return
        messages.append(window.statusBar().currentMessage())
        window.close()

    QTimer.singleShot(0, look_and_quit)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(20_000)
    assert run(str(path)) == 0
    safety.stop()
    [daily] = backups.list_backups(path)
    assert daily.kind == backups.AUTOMATIC and daily.taken_at.date() == dt.date.today()
    assert messages == [f"Đã sao lưu tự động vào «{daily.path.name}»."]


@pytest.mark.gui
def test_run_offers_a_restore_when_the_database_does_not_open(qtbot, db: Database, sample) -> None:  # noqa: ANN001
    path = db.path
    assert path is not None
    good = backups.daily_backup(path, now=YESTERDAY)
    assert good is not None
    db.close()
    path.write_bytes(b"\0" * 8192)  # the file was wiped
    seen: list[str] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        for box in boxes:
            seen.append(box.text())
            names = [b.text() for b in box.buttons()]
            box.buttons()[names.index("Khôi phục")].click() if "Khôi phục" in names else box.accept()
        windows = _main_windows()
        for window in windows:
            seen.append(window.count_label.text())
            window.close()
        if not windows:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(20_000)
    assert run(str(path)) == 0
    safety.stop()
    assert seen[0].startswith("Không mở được cơ sở dữ liệu: Tệp «kc.sqlite» không phải cơ sở dữ liệu KC Desktop")
    assert f"«{good.name}»" in seen[0]
    assert seen[1].startswith("Đã khôi phục dữ liệu từ")
    assert seen[-1] == "4 cơ sở"
    assert backups.check(path).ok
