"""Signing in (wrong password, lock), the first account, the audit view and its filters, rights in the GUI."""

from __future__ import annotations

import dataclasses

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.errors import SignInFailed
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs import audit_log
from kc_desktop.gui.dialogs.accounts import AccountsDialog, OfficerDialog
from kc_desktop.gui.dialogs.audit_log import AuditDialog
from kc_desktop.gui.dialogs.establishment_form import EstablishmentDialog
from kc_desktop.gui.dialogs.login import FirstAccountDialog, LoginDialog, sign_in
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.services import accounts, establishments, installation, passwords

PASSWORD = "gốm-sứ-2026"


@pytest.fixture(autouse=True)
def _fast_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "COST", passwords.Cost(1024, 1, 1))


@pytest.fixture
def head(db: Database, actor: Actor) -> Actor:
    return accounts.create_first_account(db, "an.nguyen", PASSWORD)


@pytest.fixture
def officer(db: Database, head: Actor) -> Actor:
    return Actor(head.site_id, accounts.add_officer(db, head, "Lê Thị Hoa", "Cán bộ khuyến công", "officer",
                                                    "hoa.le", "lụa-vạn-phúc-9"))


def _try(qtbot, dialog: LoginDialog, password: str) -> None:  # noqa: ANN001
    dialog.password.clear()
    type_text(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


@pytest.mark.gui
def test_sign_in_says_wrong_password_then_locked_until_when(qtbot, db: Database, head: Actor) -> None:  # noqa: ANN001
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "an.nguyen"  # the last one used on this machine
    assert "BT01 – UBND xã Bát Tràng" in dialog.findChild(type(dialog.error), "office").text()
    _try(qtbot, dialog, "sai-mật-khẩu")
    assert dialog.error.isVisible() and dialog.error.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.password.text() == "" and dialog.result() == 0
    for _ in range(3):
        _try(qtbot, dialog, "sai-mật-khẩu")
    assert "Nhập sai thêm 1 lần nữa, tài khoản sẽ bị khóa 15 phút" in dialog.error.text()
    _try(qtbot, dialog, "sai-mật-khẩu")
    assert "bị khóa đến" in dialog.error.text() and "lãnh đạo đơn vị mở khóa" in dialog.error.text()
    _try(qtbot, dialog, PASSWORD)  # the right password waits for the lock too
    assert "bị khóa đến" in dialog.error.text() and dialog.actor is None

    accounts.unlock(db, head, head.officer_id)  # as another head would from Quản trị
    with qtbot.waitSignal(dialog.accepted):
        _try(qtbot, dialog, PASSWORD)
    assert dialog.actor == head


@pytest.mark.gui
def test_an_older_installation_makes_its_first_account(qtbot, db: Database, actor: Actor) -> None:  # noqa: ANN001
    assert accounts.needs_first_account(db)
    dialog = FirstAccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "an.nguyen")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.confirm, "khác-hẳn-2026")
    assert dialog.submit() is False
    assert dialog.errors["confirm"].text() == "Hai lần nhập mật khẩu không giống nhau."
    dialog.confirm.clear()
    type_text(dialog.confirm, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.actor == actor and not accounts.needs_first_account(db)
    context = AppContext.signed_in(db, dialog.actor)
    assert context is not None and context.role == "head" and context.office.officer_name == "Nguyễn Văn An"


def _edits(db: Database, who: Actor, record_id: str, count: int) -> None:
    for number in range(count):
        data, version, _ = establishments.load(db, record_id)
        establishments.update(db, who, record_id, dataclasses.replace(data, employees=40 + number), version)


@pytest.mark.gui
def test_audit_view_filters_pages_and_shows_old_and_new(qtbot, qtmodeltester, ctx: AppContext,  # noqa: ANN001
                                                        sample: dict[str, str], officer: Actor,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _edits(ctx.db, officer, sample["gom"], 3)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model, force_py=True)
    headers = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(dialog.model.columnCount())]
    assert headers == ["Thời gian", "Người thực hiện", "Thao tác", "Loại dữ liệu", "Bản ghi", "Thay đổi", "Lý do"]
    everything = dialog.total
    assert everything > 7 and dialog.pages.text().startswith(f"1–{min(everything, 100)} trong {everything}")

    type_text(dialog.text, "Lê Thị Hoa")
    qtbot.waitUntil(lambda: dialog.total == 3 + 1, timeout=3000)  # three edits and the account made for her
    dialog.table_filter.setCurrentIndex(dialog.table_filter.findData("establishment"))
    assert dialog.total == 3
    first = dialog.model.record(0)
    assert (first.who, first.action, first.kind, first.title) == ("Lê Thị Hoa", "Sửa", "Cơ sở",
                                                                 "Công ty TNHH Gốm sứ Minh Long")
    assert first.summary == "Số lao động: 41 → 42"
    assert dialog.fields.rowCount() == 1
    assert [dialog.fields.item(0, c).text() for c in range(3)] == ["Số lao động", "41", "42"]

    dialog.text.clear()
    dialog.officer_filter.setCurrentIndex(dialog.officer_filter.findData(ctx.actor.officer_id))
    qtbot.waitUntil(lambda: dialog.total == 4, timeout=3000)  # the four establishments the head created
    assert {row.action for row in dialog.model.rows()} == {"Tạo mới"}

    tomorrow = QDate.currentDate().addDays(1)
    dialog.since.setDate(tomorrow)
    dialog.since_on.setChecked(True)
    assert dialog.total == 0 and dialog.empty.isVisible() and dialog.fields.rowCount() == 0
    dialog.since.setDate(QDate.currentDate())
    assert dialog.total == 4

    monkeypatch.setattr(audit_log, "PAGE", 3)
    dialog.search()
    assert dialog.model.rowCount() == 3 and dialog.next_button.isEnabled()
    assert not dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.pages.text() == "4–4 trong 4 thay đổi"
    assert dialog.previous_button.isEnabled() and not dialog.next_button.isEnabled()


@pytest.mark.gui
def test_history_of_one_establishment_from_its_form(qtbot, ctx: AppContext, sample: dict[str, str],  # noqa: ANN001
                                                    officer: Actor) -> None:
    _edits(ctx.db, officer, sample["gom"], 2)
    establishments.delete(ctx.db, ctx.actor, sample["lua"])
    form = EstablishmentDialog(ctx, sample["gom"])
    qtbot.addWidget(form)
    form.show()
    assert form.history_button.isVisible()
    qtbot.mouseClick(form.history_button, Qt.MouseButton.LeftButton)
    history: AuditDialog = form.history
    qtbot.addWidget(history)
    assert history.record_id == sample["gom"] and history.total == 3
    assert [row.action for row in history.model.rows()] == ["Sửa", "Sửa", "Tạo mới"]
    assert history.view.isColumnHidden(history.model.column_of("title"))
    assert "Lịch sử thay đổi" in history.windowTitle() and "Gốm sứ Minh Long" in history.windowTitle()
    new = EstablishmentDialog(ctx)
    qtbot.addWidget(new)
    assert not new.history_button.isVisibleTo(new)


@pytest.mark.gui
def test_an_officer_sees_what_needs_a_head_disabled_with_the_reason(qtbot, db: Database, officer: Actor,  # noqa: ANN001
                                                                    sample: dict[str, str]) -> None:
    context = AppContext.signed_in(db, officer)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.audit_action.isEnabled()
    assert not window.accounts_action.isEnabled()
    assert "Chỉ lãnh đạo đơn vị mới được quản lý tài khoản" in window.accounts_action.toolTip()
    trust_button = window.sync.exchange.trust_button
    assert not trust_button.isEnabled() and "tin cậy" in trust_button.toolTip()
    assert not window.sync.conflicts.save_button.isEnabled()

    accounts_dialog = AccountsDialog(context)
    qtbot.addWidget(accounts_dialog)
    assert not any(button.isEnabled() for button in accounts_dialog.buttons.values())


@pytest.mark.gui
def test_a_head_adds_an_officer_and_unlocks_an_account(qtbot, ctx: AppContext, head: Actor) -> None:  # noqa: ANN001
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.buttons["add"].isEnabled() and dialog.model.rowCount() == 1
    form: OfficerDialog = dialog.add_officer()  # deletes itself when it closes
    type_text(form.name, "Lê Thị Hoa")
    form.role.setCurrentIndex(form.role.findData("officer"))
    qtbot.keyClicks(form.username, "hoa.le")
    type_text(form.password, "ngắn")
    assert form.submit() is False and "ít nhất 8 ký tự" in form.errors["password"].text()
    form.password.clear()
    type_text(form.password, "lụa-vạn-phúc-9")
    type_text(form.confirm, "lụa-vạn-phúc-9")
    with qtbot.waitSignal(form.accepted):
        assert form.submit() is True
    assert [row.username for row in dialog.model.rows()] == ["an.nguyen", "hoa.le"]
    assert dialog.current().username == "hoa.le"  # the new officer is selected
    assert not dialog.buttons["unlock"].isEnabled()
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(SignInFailed):
            accounts.authenticate(ctx.db, "hoa.le", "sai-mật-khẩu")
    dialog.reload()
    assert dialog.model.record(1).locked() and dialog.buttons["unlock"].isEnabled()
    dialog.unlock()
    assert not dialog.model.record(1).locked()
    assert installation.office_info(ctx.db, dialog.model.record(1).officer_id).role == "officer"


def _when_shown(kind: type, act) -> None:  # noqa: ANN001
    """Once a dialog of `kind` is on screen (it runs its own event loop), do `act` with it."""

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            act(shown[0])
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


@pytest.mark.gui
def test_sign_in_at_start_asks_for_the_first_account_then_signs_in(qtbot, db: Database, actor: Actor) -> None:  # noqa: ANN001
    def first(dialog: FirstAccountDialog) -> None:
        dialog.username.setText("an.nguyen")
        dialog.password.setText(PASSWORD)
        dialog.confirm.setText(PASSWORD)
        dialog.create_button.click()

    _when_shown(FirstAccountDialog, first)
    context = sign_in(db)
    assert context is not None and context.actor == actor and context.can("manage_accounts")

    def wrong_then_right(dialog: LoginDialog) -> None:
        dialog.password.setText("sai-mật-khẩu")
        dialog.sign_in_button.click()
        assert dialog.isVisible() and dialog.error.text().startswith("Sai")
        dialog.password.setText(PASSWORD)
        dialog.sign_in_button.click()

    _when_shown(LoginDialog, wrong_then_right)
    again = sign_in(db)
    assert again is not None and again.actor == actor and again.office.officer_name == "Nguyễn Văn An"

    _when_shown(LoginDialog, lambda dialog: dialog.reject())
    assert sign_in(db) is None  # Thoát: the program closes
