"""Projects: the list with its warning column, the page with rule warnings, status steps and history."""
from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from work_helpers import click_in_box, input_dialogs, make_project, no_editor_left_open, ward_establishment  # noqa: F401 - autouse fixture

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.views.project_page import ProjectPage
from kc_desktop.gui.views.projects import ProjectsArea
from kc_desktop.services import field_records, projects


@pytest.fixture
def area(qtbot, ctx: AppContext) -> ProjectsArea:  # noqa: ANN001
    widget = ProjectsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1130, 760)
    widget.show()
    return widget


def _buttons(page: ProjectPage) -> list[str]:
    return [b.objectName() for b in page.transition_buttons()]


@pytest.mark.gui
def test_list_counts_warnings_and_double_click_opens_the_page(qtbot, area: ProjectsArea, db: Database,  # noqa: ANN001
                                                              actor: Actor, sample: dict[str, str]) -> None:
    risky = make_project(db, actor, [sample["gom"], ward_establishment(db, actor)])
    fine = make_project(db, actor, [sample["gom"]], code="KCQG-2025-02")
    view = area.list
    view.run_search()
    assert view.count_label.text() == "2 đề án"
    column = view.model.column_of("warnings")
    assert view.model.index(view.model.row_of(risky), column).data() == "1"
    assert view.model.index(view.model.row_of(fine), column).data() == ""
    view.status_filter.setCurrentIndex(view.status_filter.findData("cancelled"))
    assert view.model.rowCount() == 0 and view.empty_label.isVisible()
    view.status_filter.setCurrentIndex(0)
    view.reload_years()
    view.year_filter.setCurrentIndex(view.year_filter.findData(2026))
    assert view.model.rowCount() == 2  # both are 2026 plans
    type_text(view.search_box, "kcqg")
    view.run_search()
    assert view.model.ids() == [fine]
    rect = view.table.visualRect(view.model.index(0, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area.currentWidget() is area.page and area.page is not None and area.page.project_id == fine


@pytest.mark.gui
def test_page_warns_about_a_ward_and_about_shares_as_typed(qtbot, area: ProjectsArea, db: Database,  # noqa: ANN001
                                                           actor: Actor, sample: dict[str, str]) -> None:
    project = make_project(db, actor, [sample["gom"]])
    page = area.open_project(project)
    assert page.warnings.isHidden()
    ward = ward_establishment(db, actor)
    page.add_establishment(ward)
    assert page.warnings.isVisibleTo(page)
    assert "Cơ sở may Cầu Giấy" in page.warnings.text() and "phường" in page.warnings.text()
    assert page.dirty and page.save_button.isEnabled()
    kc = page.fields.inputs["kc_amount"]
    kc.clear()  # type: ignore[attr-defined]
    type_text(kc, "400000000")
    assert kc.text() == "400.000.000"  # type: ignore[attr-defined]
    assert "không bằng tổng kinh phí" in page.warnings.text()
    assert page.save()  # warnings never block saving
    assert len(projects.warnings(db, project)) == len(page.warning_list()) >= 2
    area.show_list()
    row = area.list.model.row_of(project)
    count = area.list.model.index(row, area.list.model.column_of("warnings")).data()
    assert int(count) == len(page.warning_list())


@pytest.mark.gui
def test_only_allowed_transitions_and_cancel_asks_a_reason(qtbot, area: ProjectsArea, db: Database,  # noqa: ANN001
                                                           actor: Actor, sample: dict[str, str]) -> None:
    project = make_project(db, actor, [sample["gom"]])
    page = area.open_project(project)
    assert _buttons(page) == ["to_surveyed", "to_cancelled"]
    qtbot.mouseClick(page.transition_buttons()[0], Qt.MouseButton.LeftButton)
    click_in_box(qtbot, "Chuyển")
    assert projects.load(db, project)[1] == "surveyed"
    assert _buttons(page) == ["to_approved", "to_cancelled"]
    assert page.history.rowCount() == 2
    qtbot.mouseClick(page.transition_buttons()[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(input_dialogs()), timeout=3000)
    dialog = input_dialogs()[-1]
    dialog.setTextValue("   ")  # no reason, no cancellation
    dialog.accept()
    assert projects.load(db, project)[1] == "surveyed"
    qtbot.mouseClick(page.transition_buttons()[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(input_dialogs()), timeout=3000)
    dialog = input_dialogs()[-1]
    dialog.setTextValue("Cơ sở xin rút khỏi danh sách hỗ trợ")
    dialog.accept()
    assert projects.load(db, project)[1] == "cancelled"
    assert _buttons(page) == []
    last = projects.history(db, project)[-1]
    assert last.to_status == "cancelled" and last.reason == "Cơ sở xin rút khỏi danh sách hỗ trợ"
    assert page.history.rowCount() == 3 and "Đã hủy" in page.status_label.text()


@pytest.mark.gui
def test_new_project_saves_with_errors_under_fields_then_lists_its_records(qtbot, area: ProjectsArea,  # noqa: ANN001
                                                                          db: Database, actor: Actor,
                                                                          sample: dict[str, str]) -> None:
    make_project(db, actor, [sample["gom"]])
    qtbot.mouseClick(area.list.add_button, Qt.MouseButton.LeftButton)
    page = area.page
    assert page is not None and page.project_id is None and _buttons(page) == []
    assert not page.new_survey.isEnabled()
    type_text(page.fields.inputs["code"], "KCĐP-2026-01")  # already used
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.fields.errors["code"].text() == "Mã đề án KCĐP-2026-01 đã được dùng."
    assert page.fields.errors["title"].text() == "Chưa nhập tên đề án."
    page.fields.inputs["code"].clear()  # type: ignore[attr-defined]
    type_text(page.fields.inputs["code"], "kcđp-2026-02")
    type_text(page.fields.inputs["title"], "Hỗ trợ máy se sợi")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.project_id is not None and page.title.text() == "KCĐP-2026-02 — Hỗ trợ máy se sợi"
    assert _buttons(page) == ["to_surveyed", "to_cancelled"] and page.new_survey.isEnabled()
    dialog = page.new_record("survey")
    assert dialog is not None
    assert dialog.start() is None  # no establishment chosen yet
    dialog.establishment.set_value(sample["men"])
    record = dialog.start()
    assert record is not None
    data = field_records.load(db, record)
    assert data.project_id == page.project_id and data.record_date == dt.date.today()
    assert [p.name for p in data.participants] == ["Nguyễn Văn An", "Lê Văn Tám"]
    assert page.records.rowCount() == 1 and page.tabs.tabText(2) == "Biên bản (1)"
