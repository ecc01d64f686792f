"""Quản trị → Ký hiệu số biên bản: the head numbers the office's minutes with its own symbol; the editor's draft
previews it, the change is in the change log; an officer finds the entry disabled with the reason."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from work_helpers import complete_survey, no_editor_left_open, survey_template  # noqa: F401 - autouse fixture

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.minutes_symbol import MinutesSymbolDialog
from kc_desktop.gui.forms.record_editor import RecordEditor
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.services import accounts, audit, field_records, numbering, passwords


@pytest.mark.gui
def test_the_head_numbers_the_minutes_with_the_office_symbol(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                             actor: Actor, sample: dict[str, str]) -> None:
    record = field_records.start(db, actor, "survey", survey_template(db), None, sample["gom"], dt.date(2026, 5, 4))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.symbol_action.isEnabled() and window.symbol_action.text() == "&Ký hiệu số biên bản…"
    window.symbol_action.trigger()
    dialog: MinutesSymbolDialog = window.symbol_dialog
    qtbot.waitExposed(dialog)
    assert dialog.by_body.isChecked() and not dialog.symbol.isEnabled()
    assert "Số: 01/BB-ĐKS" in dialog.preview.text()

    # Typing in small letters shows capitals; a "BB-" prefix is refused with the one sentence, nothing stored.
    qtbot.mouseClick(dialog.by_office, Qt.MouseButton.LeftButton)
    assert dialog.by_office.isChecked() and dialog.symbol.isEnabled()
    type_text(dialog.symbol, "bb-ttkc")
    assert dialog.symbol.text() == "BB-TTKC" and "Số: 01/BB-…" in dialog.preview.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() == numbering.SYMBOL_RULE
    assert numbering.draft_symbol(db, "survey") == "BB-ĐKS"

    dialog.symbol.clear()
    type_text(dialog.symbol, "ttkc")
    assert dialog.symbol.text() == "TTKC" and not dialog.problem.isVisible()
    assert "Số: 01/BB-TTKC" in dialog.preview.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert {kind: numbering.draft_symbol(db, kind) for kind in numbering.BODIES} == dict.fromkeys(
        numbering.BODIES, "BB-TTKC")
    entry = next(e for e in audit.search(db).entries if e.table == "app_setting")
    assert entry.reason == "Đổi ký hiệu số biên bản: theo đơn vị, BB-TTKC" and entry.changed_by == actor.officer_id

    # The dialog opens on the choice made; the draft's editor previews the number to come, finalize gives it.
    again = MinutesSymbolDialog(ctx)
    qtbot.addWidget(again)
    assert again.by_office.isChecked() and again.symbol.text() == "TTKC"
    editor = RecordEditor(ctx, record)
    qtbot.addWidget(editor)
    assert editor.subtitle.text() == "Bản nháp — chưa có số; khi hoàn tất sẽ có số …/BB-TTKC"
    complete_survey(db, actor, record)
    assert field_records.finalize(db, actor, record, dt.date(2026, 5, 4)) == "01/BB-TTKC"

    # Back to numbering by the body: chosen in the dialog, the kind's own counter.
    qtbot.mouseClick(again.by_body, Qt.MouseButton.LeftButton)
    assert not again.symbol.isEnabled() and again.save()
    assert numbering.draft_symbol(db, "survey") == "BB-ĐKS"


@pytest.mark.gui
def test_an_officer_cannot_choose_the_symbol(qtbot, db: Database, actor: Actor,  # noqa: ANN001
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "COST", passwords.Cost(1024, 1, 1))
    head = accounts.create_first_account(db, "an.nguyen", "gốm-sứ-2026")
    officer = Actor(head.site_id, accounts.add_officer(db, head, "Lê Thị Hoa", "Cán bộ", "officer", "hoa.le",
                                                       "lụa-vạn-phúc-9"))
    context = AppContext.signed_in(db, officer)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not window.symbol_action.isEnabled()
    assert "Chỉ lãnh đạo đơn vị mới được chọn ký hiệu số biên bản" in window.symbol_action.toolTip()
    dialog = MinutesSymbolDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.by_office.isEnabled() and not dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled()
