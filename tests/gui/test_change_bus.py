"""One change bus: whatever writes (an editor's autosave, a service called elsewhere, a worker thread), Hôm nay,
the lists of minutes and the project page show the current state."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from work_helpers import no_editor_left_open  # noqa: F401 - autouse fixture

from kc_desktop.db.changelog import Actor
from kc_desktop.db.changes import Changes
from kc_desktop.db.engine import Database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.gui.changes import bus
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.editors import open_editor, open_editors
from kc_desktop.gui.views.minutes import MinutesView
from kc_desktop.gui.views.project_page import ProjectPage
from kc_desktop.gui.views.today import TodayView
from kc_desktop.services import acceptances, establishments, projects


def _project(db: Database, actor: Actor, place: str) -> str:
    return projects.save(db, actor, None, ProjectInput(
        code="KC-2026-031", title="Hỗ trợ lò nung gas", plan_year=2026, round=1,
        beneficiaries=[BeneficiaryInput(place, 300_000_000, 150_000_000, 150_000_000)]))


@pytest.mark.gui
def test_today_follows_acceptance_drafts_saved_anywhere(qtbot, ctx: AppContext, db: Database, actor: Actor,  # noqa: ANN001
                                                        sample: dict[str, str]) -> None:
    today = TodayView(ctx)
    qtbot.addWidget(today)
    today.show()
    assert today.drafts.rowCount() == 0
    project = _project(db, actor, sample["gom"])
    record = acceptances.start(db, actor, project, sample["gom"], dt.date(2026, 6, 1))  # as another window would
    qtbot.waitUntil(lambda: [r.id for r in today.drafts.rows()] == [record], timeout=3000)
    errors_before = today.drafts.rows()[0].error_count

    # The bug this fixes: saving in the acceptance editor did not refresh Hôm nay.
    editor = open_editor(ctx, record)
    qtbot.addWidget(editor)
    editor.heading_section.place.setText("Nhà văn hóa thôn Giang Cao")
    editor.heading_section.place.textEdited.emit("Nhà văn hóa thôn Giang Cao")
    assert editor.save_now()
    qtbot.waitUntil(lambda: today.drafts.rows()[0].error_count < errors_before, timeout=3000)
    for window in open_editors():
        window.close()


@pytest.mark.gui
def test_lists_and_project_page_follow_every_kind_of_minutes(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                             actor: Actor, sample: dict[str, str]) -> None:
    project = _project(db, actor, sample["gom"])
    view = MinutesView(ctx, "acceptance")
    page = ProjectPage(ctx, project)
    for widget in (view, page):
        qtbot.addWidget(widget)
        widget.show()
    assert view.model.rowCount() == 0 and page.records.rowCount() == 0
    record = acceptances.start(db, actor, project, sample["gom"], dt.date(2026, 6, 1))
    qtbot.waitUntil(lambda: view.model.ids() == [record] and page.records.rowCount() == 1, timeout=3000)
    assert view.round_filter.itemText(1) == "Năm 2026 — đợt 1"  # the plan rounds follow too
    assert page.tabs.tabText(2) == "Biên bản (1)"


@pytest.mark.gui
def test_writes_on_a_worker_thread_reach_the_views_on_the_gui_thread(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                                     actor: Actor) -> None:
    heard: list[tuple[Changes, bool]] = []
    bus(db).changed.connect(lambda changes: heard.append(
        (changes, QThread.currentThread() is QApplication.instance().thread())))

    made: list[str] = []
    worker = threading.Thread(target=lambda: made.append(establishments.create(
        db, actor, EstablishmentInput(name="Hợp tác xã mây tre Phú Vinh", admin_unit_code="10030"))))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    changes, on_gui_thread = heard[-1]
    assert on_gui_thread and changes.ids("establishment") == {made[0]}
