"""Nothing typed is lost: close mid-edit (before the autosave fires), reopen, find the draft in Hôm nay."""
from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from work_helpers import no_editor_left_open, survey_template  # noqa: F401 - autouse fixture

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.editors import open_editors
from kc_desktop.gui.forms.inputs import SelectOneInput
from kc_desktop.gui.forms.record_editor import TAB_FORM, RecordEditor
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.gui.views.minutes import MinutesView
from kc_desktop.gui.views.today import TodayView
from kc_desktop.services import field_records


def _main(qtbot, db: Database) -> MainWindow:  # noqa: ANN001
    ctx = AppContext.load(db)
    assert ctx is not None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _type_mid_edit(qtbot, editor: RecordEditor) -> None:  # noqa: ANN001
    editor.place.clear()
    type_text(editor.place, "Xưởng số 2, thôn Giang Cao")
    editor.tabs.setCurrentIndex(TAB_FORM)
    type_text(editor.filler.input("san_pham_chinh").edit, "Bình gốm men lam")  # type: ignore[attr-defined]
    match = editor.filler.input("giay_dang_ky_khop")
    assert isinstance(match, SelectOneInput)
    qtbot.mouseClick(match.button("khong"), Qt.MouseButton.LeftButton)
    type_text(editor.findings, "Lò nung than đã cũ.")
    assert editor.pending and editor._timer.isActive()  # the autosave has not fired yet


def _check_reopened(qtbot, db: Database, record: str) -> None:  # noqa: ANN001
    window = _main(qtbot, db)
    today = window.pages.currentWidget()
    assert isinstance(today, TodayView) and window.navigation.currentItem().text() == "Hôm nay"
    assert [d.id for d in today.drafts.rows()] == [record]
    editor = today.continue_draft(0)
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.place.text() == "Xưởng số 2, thôn Giang Cao"
    assert editor.filler.answers()["san_pham_chinh"] == "Bình gốm men lam"
    assert editor.filler.answers()["giay_dang_ky_khop"] == "khong"
    assert editor.findings.toPlainText() == "Lò nung than đã cũ."
    assert editor.filler.row("thong_tin_chua_khop").isVisibleTo(editor.filler)


@pytest.mark.gui
def test_closing_the_editor_mid_edit_keeps_everything(qtbot, db: Database, sample: dict[str, str]) -> None:  # noqa: ANN001
    window = _main(qtbot, db)
    assert window.pages.currentWidget() is window.establishments  # no drafts yet
    window.show_area("surveys")
    view = window.pages.currentWidget()
    assert isinstance(view, MinutesView)
    dialog = view.new_record()
    dialog.establishment.set_value(sample["gom"])
    record = dialog.start()
    assert record is not None
    (editor,) = open_editors()
    _type_mid_edit(qtbot, editor)
    editor.close()
    window.close()
    assert field_records.load(db, record).answers["san_pham_chinh"] == "Bình gốm men lam"
    _check_reopened(qtbot, db, record)


@pytest.mark.gui
def test_closing_the_main_window_with_an_editor_open_keeps_everything(qtbot, db: Database, actor: Actor,  # noqa: ANN001
                                                                     sample: dict[str, str]) -> None:
    record = field_records.start(db, actor, "survey", survey_template(db), None, sample["gom"])
    window = _main(qtbot, db)
    assert isinstance(window.pages.currentWidget(), TodayView)  # a draft is waiting
    editor = window.today.continue_draft(0)
    assert editor is not None
    _type_mid_edit(qtbot, editor)
    window.close()  # the editor window goes with it, saving first
    assert not open_editors()
    _check_reopened(qtbot, db, record)
