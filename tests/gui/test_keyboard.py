"""Keyboard-only work: one acceptance from the main window to its number, with nothing but key presses.

Every key goes to the widget that has the focus, as a real keyboard's would; the test only reads state.
"""
from __future__ import annotations

import datetime as dt

import pytest
from acceptance_helpers import approved_project, ready_draft
from gui_helpers import message_boxes, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from work_helpers import no_editor_left_open  # noqa: F401 - closes the editor windows a test leaves open

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.acceptance import CouncilRole
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.new_acceptance import NewAcceptanceDialog
from kc_desktop.gui.forms.acceptance_editor import TAB_CLOSING, TAB_GENERAL, TAB_ITEMS, AcceptanceEditor
from kc_desktop.gui.forms.editors import open_editors
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.gui.views.minutes import MinutesView
from kc_desktop.gui.widgets.signature_pad import SignatureDialog
from kc_desktop.services import acceptances

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Press a key (with a modifier) on whatever has the focus."""
    for _ in range(times):
        QTest.keyClick(focus(), key, modifier)


def back_to(window: QWidget) -> None:
    """A closed dialog gives the keyboard back to the window under it. That is the window manager's doing, which
    the offscreen platform of the tests does not have: its part is played here (only when it is missing)."""
    if QApplication.activeWindow() is None:
        window.activateWindow()


def write(text: str) -> None:
    """Type text (Vietnamese too) where the cursor is."""
    type_text(focus(), text)


@pytest.mark.gui
def test_one_acceptance_from_creation_to_finalize_with_the_keyboard_only(  # noqa: ANN001
        qtbot, ctx: AppContext, db: Database, actor: Actor, sample: dict[str, str]) -> None:
    approved_project(db, actor, [sample["gom"]])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Nghiệm thu is the sixth area: Ctrl+6, and the cursor is in its list's search box.
    press(Qt.Key.Key_6, CTRL)
    view = window.current_page()
    assert isinstance(view, MinutesView) and view.kind.value == "acceptance"
    assert view.isAncestorOf(focus())
    press(Qt.Key.Key_F, CTRL)
    assert focus() is view.search_box

    # Ctrl+N: the new-acceptance dialog; its one project and beneficiary are chosen already.
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewAcceptanceDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewAcceptanceDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focus()))
    press(Qt.Key.Key_C, ALT)  # «Cơ sở thụ hưởng»
    assert focus() is dialog.beneficiary
    press(Qt.Key.Key_Down)
    assert dialog.beneficiary.currentData() == sample["gom"]
    press(Qt.Key.Key_N, ALT)  # «Ngày nghiệm thu»: the day before today
    assert dialog.day.isAncestorOf(focus())
    press(Qt.Key.Key_Down)
    day = dialog.day.value()
    assert day is not None and day < dt.date.today()
    press(Qt.Key.Key_Return)  # «Lập biên bản», the default button

    qtbot.waitUntil(lambda: len(open_editors()) == 1)
    editor = open_editors()[0]
    assert isinstance(editor, AcceptanceEditor) and editor.draft
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    record = editor.record_id
    assert acceptances.load(db, record).acceptance_date == day

    # The session: times and place, by the labels' mnemonics.
    press(Qt.Key.Key_B, ALT)
    assert focus() is editor.heading_section.start_time
    write("8h30")
    press(Qt.Key.Key_K, ALT)
    assert focus() is editor.heading_section.end_time
    write("10:15")
    press(Qt.Key.Key_A, ALT)
    assert focus() is editor.heading_section.place
    write("Tại xưởng sản xuất của cơ sở")  # the text was selected: it is typed over

    # The legal basis: the decision forming the council, by its label's mnemonic; Tab goes on to its date, typed
    # as digits (a week before the session).
    press(Qt.Key.Key_E, ALT)
    assert focus() is editor.heading_section.council_decision_no
    write("31/QĐ-TTKC")
    press(Qt.Key.Key_Tab)
    assert editor.heading_section.council_decision_date.isAncestorOf(focus())
    decided = day - dt.timedelta(days=7)
    write(f"{decided:%d%m%Y}")
    assert editor.heading_section.council_decision_date.value() == decided

    # The council: the secretary and the beneficiary's representative are there; add the chair.
    council = editor.council
    chair = council.model.rowCount()
    press(Qt.Key.Key_V, ALT)  # «Thêm thành viên» (a button's mnemonic clicks it a moment later)
    qtbot.waitUntil(lambda: council.model.rowCount() == chair + 1 and council.table.isAncestorOf(focus()))
    write("Trần Văn Quyết")
    press(Qt.Key.Key_Tab)
    write("Trung tâm Khuyến công Hà Nội")
    press(Qt.Key.Key_Tab)
    write("Phó Giám đốc")
    press(Qt.Key.Key_Tab)  # the role: a list to pick from
    press(Qt.Key.Key_Home)  # Chủ tịch hội đồng, the first role
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: council.table.state() != council.table.State.EditingState)
    members = council.model.members()
    assert members[chair].name == "Trần Văn Quyết" and members[chair].unit == "Trung tâm Khuyến công Hà Nội"
    assert members[chair].title == "Phó Giám đốc" and members[chair].role == CouncilRole.CHAIR.value

    # Each member signs the printed minutes by hand: «Ký cho người đang chọn…», then «Đã ký trên giấy».
    for row in range(council.model.rowCount()):
        press(Qt.Key.Key_T, ALT)  # «Hội đồng nghiệm thu»: the cursor in the council table
        assert focus() is council.table
        press(Qt.Key.Key_Home, CTRL)  # the first member
        press(Qt.Key.Key_Down, times=row)
        assert council.selected_row() == row
        press(Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SignatureDialog))
        signature = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: signature.isAncestorOf(focus()))  # noqa: B023 - waited for at once
        press(Qt.Key.Key_G, ALT)  # «Đã ký trên giấy»
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        back_to(editor)
        qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()))
        qtbot.waitUntil(lambda: council.model.row(row)["signed_on_paper"])  # noqa: B023
    assert all(m.signed_on_paper for m in acceptances.load(db, record).council)

    # Items: Alt+M shows the page, «Thêm hạng mục» starts a row; Tab goes from cell to cell.
    press(Qt.Key.Key_M, ALT)
    assert editor.tabs.currentIndex() == TAB_ITEMS
    items = editor.items.model
    press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: items.rowCount() == 2 and editor.items.table.isAncestorOf(focus()))
    write("Lò nung gas")
    press(Qt.Key.Key_Tab)
    write("LGN-3M3")
    press(Qt.Key.Key_Tab)
    write("Dung tích 3 m³")
    press(Qt.Key.Key_Tab)
    write("1")
    press(Qt.Key.Key_Tab)
    write("bộ")
    press(Qt.Key.Key_Tab)
    write("400000000")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.items.table.state() != editor.items.table.State.EditingState)
    delivered = items.items()[0].delivered
    assert delivered.name == "Lò nung gas" and delivered.quantity == 1 and delivered.unit_price == 400_000_000

    # The conclusion: Alt+S shows the page, Alt+K the choices; Space picks, Tab goes on to the text.
    press(Qt.Key.Key_S, ALT)
    assert editor.tabs.currentIndex() == TAB_CLOSING
    press(Qt.Key.Key_K, ALT)
    assert focus() is editor.closing.conclusion_buttons["accepted"]
    press(Qt.Key.Key_Space)
    assert editor.closing.conclusion() == "accepted"
    press(Qt.Key.Key_Tab)
    assert focus() is editor.closing.conclusion_text
    write("Thiết bị hoạt động ổn định.")

    # Everything is there: Ctrl+Enter asks, Enter says yes.
    press(Qt.Key.Key_U, ALT)
    assert editor.tabs.currentIndex() == TAB_GENERAL
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(message_boxes()))
    box = message_boxes()[-1]
    assert box.defaultButton() is not None and "Hoàn tất" in box.defaultButton().text()
    qtbot.waitUntil(lambda: box.isAncestorOf(focus()))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.draft)
    data = acceptances.load(db, record)
    assert data.state == "finalized" and data.number_text == "01/BB-HĐNT"
    assert data.start_time == "08:30" and data.end_time == "10:15" and data.place == "Tại xưởng sản xuất của cơ sở"
    assert (data.council_decision_no, data.council_decision_date) == ("31/QĐ-TTKC", decided)
    assert data.conclusion == "accepted" and data.conclusion_text == "Thiết bị hoạt động ổn định."
    assert editor.subtitle.text() == "Số: 01/BB-HĐNT"

    # Esc closes the editor; the list shows the number.
    back_to(editor)
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()))
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_editors())
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.record(0).number_text == "01/BB-HĐNT")


@pytest.mark.gui
def test_esc_cancels_the_question_and_a_cell_edit_before_it_closes_the_editor(  # noqa: ANN001
        qtbot, ctx: AppContext, db: Database, actor: Actor, sample: dict[str, str]) -> None:
    record = ready_draft(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"])
    editor = AcceptanceEditor(ctx, record)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    press(Qt.Key.Key_Return, CTRL)  # Ctrl+Enter asks; Esc says no
    qtbot.waitUntil(lambda: bool(message_boxes()))
    box = message_boxes()[-1]
    qtbot.waitUntil(lambda: box.isAncestorOf(focus()))
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not message_boxes())
    assert editor.draft and acceptances.load(db, record).state == "draft" and editor.isVisible()

    back_to(editor)
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()))
    press(Qt.Key.Key_T, ALT)  # the council table; F2 edits the current cell, Esc gives the edit up
    press(Qt.Key.Key_Home, CTRL)
    press(Qt.Key.Key_F2)
    assert editor.council.table.state() == editor.council.table.State.EditingState
    press(Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.council.table.state() != editor.council.table.State.EditingState
    press(Qt.Key.Key_Escape)  # now Esc closes the window
    qtbot.waitUntil(lambda: not editor.isVisible())
