"""«Nơi nhận» of survey and inspection minutes in the editor: pre-filled from who is present and following them,
edited as the officer types, laid out again on request, kept as signed once finalized."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from work_helpers import complete_survey, no_editor_left_open, survey_template  # noqa: F401 - autouse fixture

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.documents import render
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.record_editor import TAB_CONCLUSION, RecordEditor
from kc_desktop.services import field_records

ESTABLISHMENT = "Công ty TNHH Gốm sứ Minh Long"


@pytest.mark.gui
def test_the_officer_edits_the_recipients_of_field_minutes(qtbot, ctx: AppContext, db: Database, actor: Actor,  # noqa: ANN001
                                                           sample: dict[str, str], tmp_path: Path) -> None:
    record = field_records.start(db, actor, "survey", survey_template(db), None, sample["gom"], dt.date(2026, 5, 4))
    complete_survey(db, actor, record)  # the team is of UBND xã, the issuing office: its copy is the archive's
    editor = RecordEditor(ctx, record)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(TAB_CONCLUSION)
    box, reset = editor.recipients, editor.recipients_reset
    assert box.toPlainText() == f"{ESTABLISHMENT}\nLưu: VT" and not reset.isEnabled()
    assert reset.text() == "&Lập lại theo thành phần"

    # Not edited, the list follows who is present.
    editor.participants.add("office", "Trần Thị Thu", "Chuyên viên", "Trung tâm Khuyến công")
    assert editor.save_now()
    assert box.toPlainText() == f"Trung tâm Khuyến công\n{ESTABLISHMENT}\nLưu: VT"
    assert field_records.load(db, record).recipients == ""

    # Typed: stored as typed, printed as typed, counted.
    box.selectAll()
    for index, line in enumerate(("Sở Công Thương Hà Nội;", "Trung tâm Khuyến công;", f"{ESTABLISHMENT};",
                                  "Lưu: VT, KT.")):
        if index:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        type_text(box, line)
    assert reset.isEnabled()
    assert editor.save_now()
    assert field_records.recipients_of(db, record) == (
        ("Sở Công Thương Hà Nội", "Trung tâm Khuyến công", ESTABLISHMENT, "Lưu: VT, KT"), True)
    document = render.survey_document(db, record)
    assert document.recipients[0] == "Sở Công Thương Hà Nội" and document.copies == 4
    editor.participants.add("office", "Lê Văn Cường", "Chuyên viên", "Phòng Kinh tế")
    assert editor.save_now()
    assert box.toPlainText().startswith("Sở Công Thương Hà Nội;")  # what was typed is not replaced

    # Laid out again from who is present.
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert field_records.load(db, record).recipients == "" and not reset.isEnabled()
    assert box.toPlainText() == f"Trung tâm Khuyến công\nPhòng Kinh tế\n{ESTABLISHMENT}\nLưu: VT"

    # Finalized: the list is kept as signed, and can no longer be edited.
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    data = field_records.load(db, record)
    assert data.state == "finalized" and data.recipients == box.toPlainText()
    assert box.isReadOnly() and not reset.isVisible()
