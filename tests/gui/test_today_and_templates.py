"""Hôm nay (drafts with their errors, actions due, overdue in red) and template management."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from work_helpers import click_in_box, complete_survey, no_editor_left_open, survey_template  # noqa: F401 - autouse fixture

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.editors import open_editors
from kc_desktop.gui.views.minutes import MinutesView
from kc_desktop.gui.views.templates import ProblemsDialog, TemplatesView
from kc_desktop.gui.views.today import TodayView
from kc_desktop.gui.widgets.notices import ERROR_COLOR
from kc_desktop.services import field_records, templates


@pytest.mark.gui
def test_today_lists_drafts_with_errors_and_overdue_actions_in_red(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                                  actor: Actor, sample: dict[str, str]) -> None:
    draft = field_records.start(db, actor, "survey", survey_template(db), None, sample["gom"])
    done = field_records.start(db, actor, "survey", survey_template(db), None, sample["lua"])
    complete_survey(db, actor, done)
    today = dt.date.today()
    late = field_records.save_action(db, actor, draft, None, "Nộp hóa đơn thiết bị", "Chủ cơ sở",
                                     today - dt.timedelta(days=4))
    field_records.save_action(db, actor, draft, None, "Gắn biển hỗ trợ", "Chủ cơ sở", today + dt.timedelta(days=5))
    field_records.save_action(db, actor, draft, None, "Báo cáo năm", "", today + dt.timedelta(days=30))
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    rows = {r.id: r for r in view.drafts.rows()}
    assert set(rows) == {draft, done}
    errors = view.drafts.column_of("errors")
    assert view.drafts.index(view.drafts.row_of(draft), errors).data().endswith("lỗi")
    assert view.drafts.index(view.drafts.row_of(done), errors).data() == "Đủ thông tin"
    assert [a.action.description for a in view.due_actions.rows()] == ["Nộp hóa đơn thiết bị", "Gắn biển hỗ trợ"]
    deadline = view.due_actions.index(0, view.due_actions.column_of("deadline"))
    assert deadline.data() == f"{today - dt.timedelta(days=4):%d/%m/%Y} (quá hạn 4 ngày)"
    assert deadline.data(Qt.ItemDataRole.ForegroundRole) == QBrush(ERROR_COLOR)
    assert view.due_actions.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 việc quá hạn" in view.summary.text() and "2 bản nháp đang dở (1 bản còn lỗi)" in view.summary.text()
    # Double-click continues a draft; the action is marked done from here.
    rect = view.draft_table.visualRect(view.drafts.index(view.drafts.row_of(draft), 0))
    qtbot.mouseClick(view.draft_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.draft_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [e.record_id for e in open_editors()] == [draft]
    for editor in open_editors():
        editor.close()
    view.action_table.selectRow(0)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert next(a for a in field_records.actions(db, draft) if a.id == late).state == "done"
    assert [a.action.description for a in view.due_actions.rows()] == ["Gắn biển hỗ trợ"]


def _broken_xlsform(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(["type", "name", "label", "relevant"])
    sheet.append(["text", "ten", "Tên", "${khong_co} = 1"])
    sheet.append(["integer", "ten", "Tên lần hai", "(("])
    book.save(path)
    return path


@pytest.mark.gui
def test_broken_template_shows_its_problems_and_changes_nothing(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                               tmp_path: Path) -> None:
    view = TemplatesView(ctx)
    qtbot.addWidget(view)
    view.show()
    before = templates.list_templates(db)
    assert view.model.rowCount() == len(before) == 2
    dialog = view.import_file(_broken_xlsform(tmp_path / "mau-loi.xlsx"))
    assert isinstance(dialog, ProblemsDialog)
    qtbot.addWidget(dialog)
    problems = [(dialog.model.index(r, 0).data(), dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data())
                for r in range(dialog.model.rowCount())]
    assert ("survey", "2", "D (relevant)") in problems and ("survey", "3", "B (name)") in problems
    assert all(dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount()))
    assert templates.list_templates(db) == before
    assert view.banner.kind == "error" and "mau-loi.xlsx" in view.banner.text()


@pytest.mark.gui
def test_import_preview_publish_retire_export(qtbot, ctx: AppContext, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    view = TemplatesView(ctx)
    qtbot.addWidget(view)
    view.show()
    current = next(t for t in templates.list_templates(db) if t.kind == "survey")
    source = tmp_path / "khao-sat.xlsx"
    templates.export_template(db, current.code, source)
    definition = read_xlsform(source)
    write_xlsform(definition.__class__(definition.form_id, "2", definition.title + " (sửa đổi)",
                                       definition.questions, definition.choices), source)
    new_id = view.import_file(source)
    assert isinstance(new_id, str) and view.selected_id() == new_id
    assert view.publish_button.isEnabled() and not view.retire_button.isEnabled()
    preview = view.preview()
    assert preview is not None and preview.filler.read_only
    qtbot.addWidget(preview)
    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    click_in_box(qtbot, "Phát hành")
    statuses = {t.id: t.status for t in templates.list_templates(db)}
    assert statuses[new_id] == "published" and statuses[current.id] == "retired"
    assert templates.published(db, "survey")[0].id == new_id
    assert view.retire_button.isEnabled()
    target = tmp_path / "xuat.xlsx"
    assert view.export_to(target) and read_xlsform(target).version == "2"


@pytest.mark.gui
def test_survey_area_lists_drafts_first_and_starts_a_new_record(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                                actor: Actor, sample: dict[str, str]) -> None:
    final = field_records.start(db, actor, "survey", survey_template(db), None, sample["gom"], dt.date(2026, 3, 1))
    complete_survey(db, actor, final)
    field_records.finalize(db, actor, final)
    view = MinutesView(ctx, "survey")
    qtbot.addWidget(view)
    view.show()
    assert view.model.ids() == [final] and view.count_label.text() == "1 biên bản"
    dialog = view.new_record()  # deletes itself once the record is started
    assert dialog.template.count() == 1
    dialog.establishment.set_value(sample["lua"])
    record = dialog.start()
    assert view.model.ids() == [record, final]
    assert [e.record_id for e in open_editors()] == [record]
    for editor in open_editors():
        editor.close()
    view.search_box.setText("01/bb")
    view.run_search()
    assert view.model.ids() == [final]


@pytest.mark.gui
def test_import_notes_are_shown_one_per_line(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    view = TemplatesView(ctx)
    qtbot.addWidget(view)
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(["type", "name", "label:English", "label:Tiếng Việt", "ghi_chu_rieng"])
    sheet.append(["text", "ten", "Name", "Tên", "cho người soạn"])
    path = tmp_path / "cu.xlsx"
    book.save(path)
    assert isinstance(view.import_file(path), str)
    text = view.banner.text()
    assert view.banner.kind == "ok" and "Lưu ý khi đọc tệp" in text
    assert "«label:English»" in text and "«ghi_chu_rieng»" in text and text.count("<br>") >= 3
