"""Every table model of the field work passes qtmodeltester; the lazy ones build rows a page at a time."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from work_helpers import complete_survey, make_project, survey_template, ward_establishment

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.forms.definition import Problem
from kc_desktop.gui.forms.record_parts import ACTION_COLUMNS, PARTICIPANT_COLUMNS
from kc_desktop.gui.models.editable import EditableModel
from kc_desktop.gui.models.field_records import ActionModel, DraftModel, DueAction, TemplateModel
from kc_desktop.gui.models.minutes import MinutesListModel
from kc_desktop.gui.models.projects import HistoryModel, ProjectFilter, ProjectTableModel
from kc_desktop.gui.models.tables import ID_ROLE, PAGE_SIZE, ListModel
from kc_desktop.gui.views.project_page import BENEFICIARY_COLUMNS
from kc_desktop.gui.views.templates import PROBLEM_COLUMNS
from kc_desktop.gui.widgets.notices import ERROR_COLOR
from kc_desktop.services import field_records, minutes, projects, templates


@pytest.fixture
def work(db: Database, actor: Actor, sample: dict[str, str]) -> dict[str, str]:
    ward = ward_establishment(db, actor)
    project = make_project(db, actor, [sample["gom"], ward])
    other = make_project(db, actor, [sample["lua"]], code="KCQG-2025-07")
    # Surveyed before the project's approval of 02/03/2026 (after it, the minutes would contradict it).
    final = field_records.start(db, actor, "survey", survey_template(db), project, sample["gom"], dt.date(2026, 2, 20))
    complete_survey(db, actor, final)
    field_records.save_action(db, actor, final, None, "Nộp hóa đơn", "Chủ cơ sở", dt.date.today() - dt.timedelta(3))
    field_records.finalize(db, actor, final)
    draft = field_records.start(db, actor, "survey", survey_template(db), other, sample["lua"], dt.date(2026, 6, 1))
    return {"project": project, "other": other, "final": final, "draft": draft}


@pytest.mark.gui
def test_project_model(qapp, qtmodeltester, db: Database, work: dict[str, str]) -> None:  # noqa: ANN001
    model = ProjectTableModel(db)
    model.search()
    assert model.rowCount() == 2 and model.pages_loaded == 0  # a search reads ids only
    qtmodeltester.check(model, force_py=True)
    model.search()
    row = model.row_of(work["project"])
    warnings = model.index(row, model.column_of("warnings"))
    assert model.data(warnings) == "1"  # the beneficiary in a phường
    assert model.data(warnings, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(row, model.column_of("funding_source"))) == "Địa phương"
    assert model.data(model.index(row, model.column_of("kc_amount"))) == "600.000.000 đ"
    assert model.data(model.index(row, 0), ID_ROLE) == work["project"]
    assert model.pages_loaded == 1
    model.set_filter(ProjectFilter(status="cancelled"))
    assert model.rowCount() == 0
    model.set_filter(ProjectFilter(year=2026, text="kcdp"))
    assert model.ids() == [work["project"]]
    qtmodeltester.check(model, force_py=True)


@pytest.mark.gui
def test_record_model_is_lazy_and_marks_drafts(qapp, qtmodeltester, db: Database, actor: Actor,  # noqa: ANN001
                                              work: dict[str, str], sample: dict[str, str]) -> None:
    for _ in range(PAGE_SIZE + 5):
        field_records.start(db, actor, "survey", survey_template(db), None, sample["moc"], dt.date(2026, 1, 1))
    checked = MinutesListModel(db, "survey")
    checked.search()
    qtmodeltester.check(checked, force_py=True)
    model = MinutesListModel(db, "survey")
    model.search()
    assert model.rowCount() == PAGE_SIZE + 7 and model.pages_loaded == 0
    last = model.row_of(work["final"])
    assert last == model.rowCount() - 1  # drafts first
    assert model.data(model.index(last, model.column_of("number"))) == "01/BB-ĐKS"
    assert model.pages_loaded == 1
    errors = model.index(model.row_of(work["draft"]), model.column_of("errors"))
    assert model.data(errors).endswith(" lỗi")
    assert model.data(errors, Qt.ItemDataRole.ForegroundRole) == QBrush(ERROR_COLOR)
    model.text = "van phuc"
    model.search()
    assert model.ids() == [work["draft"]]
    model.refresh_ids([work["draft"]])
    assert model.data(model.index(0, model.column_of("establishment"))) == "Hợp tác xã Lụa Vạn Phúc"


@pytest.mark.gui
def test_small_models(qapp, qtmodeltester, db: Database, work: dict[str, str]) -> None:  # noqa: ANN001
    drafts = DraftModel()
    drafts.set_rows(minutes.drafts(db))
    qtmodeltester.check(drafts, force_py=True)
    assert drafts.id_at(0) == work["draft"]
    due = field_records.actions(db, due_within_days=7)
    actions = ActionModel()
    actions.set_rows([DueAction(a.id, a, "01/BB-ĐKS — Gốm") for a in due])
    qtmodeltester.check(actions, force_py=True)
    deadline = actions.index(0, actions.column_of("deadline"))
    assert "quá hạn 3 ngày" in actions.data(deadline)
    assert actions.data(deadline, Qt.ItemDataRole.ForegroundRole) == QBrush(ERROR_COLOR)
    template_model = TemplateModel()
    template_model.set_rows(templates.list_templates(db))
    qtmodeltester.check(template_model, force_py=True)
    history = HistoryModel()
    history.set_history(projects.history(db, work["project"]))
    qtmodeltester.check(history, force_py=True)
    assert history.data(history.index(0, 1)) == "(tạo mới)"
    problems: ListModel[Problem] = ListModel(PROBLEM_COLUMNS)
    problems.set_rows([Problem("survey", 4, "E (relevant)", "biểu thức sai")])
    qtmodeltester.check(problems, force_py=True)


@pytest.mark.gui
def test_editable_models(qapp, qtmodeltester) -> None:  # noqa: ANN001
    for columns in (PARTICIPANT_COLUMNS, ACTION_COLUMNS, BENEFICIARY_COLUMNS):
        model = EditableModel(columns)
        model.add_row()
        model.add_row()
        qtmodeltester.check(model, force_py=True)
    model = EditableModel(BENEFICIARY_COLUMNS)
    model.set_rows([{"establishment_id": "x", "name": "Cơ sở A", "unit": "Xã Bát Tràng", "total_amount": 0,
                     "kc_amount": 0, "counterpart_amount": 0, "notes": ""}])
    edited: list[tuple[int, str]] = []
    model.edited.connect(lambda row, key: edited.append((row, key)))
    assert not model.setData(model.index(0, 0), "Đổi tên")  # the name comes from the establishment
    assert model.setData(model.index(0, model.column_of("kc_amount")), 300_000_000)
    assert model.data(model.index(0, model.column_of("kc_amount"))) == "300.000.000"
    assert model.data(model.index(0, model.column_of("kc_amount")), Qt.ItemDataRole.ToolTipRole) == \
        "Ba trăm triệu đồng"
    assert edited == [(0, "kc_amount")]
    model.set_read_only(True)
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
