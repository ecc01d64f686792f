"""The Nghiệm thu area: the list and its filters, starting a session, batch printing with Cancel; model checks."""
from __future__ import annotations

from pathlib import Path

import pytest
from acceptance_helpers import DAY, approved_project, item, ready_draft
from gui_helpers import message_boxes
from pypdf import PdfReader

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.acceptance import CouncilMember
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.new_acceptance import NewAcceptanceDialog
from kc_desktop.gui.forms.editors import open_editors
from kc_desktop.gui.models.acceptance_items import AcceptanceItemsModel
from kc_desktop.gui.models.acceptances import CouncilModel
from kc_desktop.gui.views.minutes import MinutesView
from kc_desktop.services import acceptances


@pytest.fixture
def three(db: Database, actor: Actor, sample: dict[str, str]) -> list[str]:
    """Three acceptances of one round: two drafts ready but for signatures, one finalized."""
    project = approved_project(db, actor, [sample["gom"], sample["men"], sample["lua"]])
    made = [ready_draft(db, actor, project, sample[key]) for key in ("gom", "men", "lua")]
    for member in range(3):
        acceptances.sign(db, actor, made[0], member, None, on_paper=True)
    acceptances.finalize(db, actor, made[0])
    return made


@pytest.mark.gui
def test_models_pass_the_model_tester(qapp, qtmodeltester, ctx: AppContext, three: list[str]) -> None:  # noqa: ANN001
    view = MinutesView(ctx, "acceptance")
    qtmodeltester.check(view.model)
    council = CouncilModel()
    council.set_members([CouncilMember("Trần Văn Quyết", role="chair"), CouncilMember("Lê Thu Trang")])
    qtmodeltester.check(council)
    items = AcceptanceItemsModel()
    items.set_items([item("Lò nung gas", 1, 400_000_000), item("Máy nhào đất", 2, 10, quantity=1)])
    qtmodeltester.check(items)


@pytest.mark.gui
def test_list_filters_and_opens_a_new_session(qtbot, ctx: AppContext, db: Database, actor: Actor,  # noqa: ANN001
                                              sample: dict[str, str], three: list[str]) -> None:
    view = MinutesView(ctx, "acceptance")
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 3 and view.count_label.text() == "3 biên bản"
    rows = [view.model.record(r) for r in range(3)]
    assert rows[-1] is not None and rows[-1].number_text == "01/BB-HĐNT"  # drafts first
    number = view.model.index(2, view.model.column_of("number")).data()
    total = view.model.index(0, view.model.column_of("total")).data()
    assert number == "01/BB-HĐNT" and total == "600.000.000"
    view.state_filter.setCurrentIndex(view.state_filter.findData("finalized"))
    assert view.model.ids() == [three[0]]
    view.state_filter.setCurrentIndex(0)
    view.search_box.setText("lua van phuc")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.ids() == [three[2]]
    view.search_box.clear()
    assert view.round_filter.count() == 2 and view.round_filter.itemText(1) == "Năm 2026 — đợt 1"

    dialog = view.new_record()
    assert isinstance(dialog, NewAcceptanceDialog) and dialog.project.count() == 1
    assert dialog.beneficiary.count() == 3 and "300.000.000" in dialog.beneficiary.itemText(0)
    gom = dialog.beneficiary.findData(sample["gom"])
    dialog.beneficiary.setCurrentIndex(gom)
    assert "01/BB-HĐNT" in dialog.note.text()  # it already has minutes
    record = dialog.start()
    assert record is not None
    try:
        qtbot.waitUntil(lambda: any(e.record_id == record for e in open_editors()))
        data = acceptances.load(db, record)
        assert data.acceptance_date is not None and data.place.startswith("Tại cơ sở")
        assert [m.role for m in data.council] == ["secretary", "beneficiary"]
        assert data.council[0].name == "Nguyễn Văn An" and data.council[1].name == "Phạm Thị Hương"
        assert view.model.rowCount() == 4 and view.selected_ids() == [record]
    finally:
        for editor in open_editors():
            editor.close()


@pytest.mark.gui
def test_batch_print_of_the_listed_acceptances_and_cancel(qtbot, ctx: AppContext, three: list[str],  # noqa: ANN001
                                                          tmp_path: Path) -> None:
    view = MinutesView(ctx, "acceptance")
    qtbot.addWidget(view)
    view.show()
    assert view.ids_to_print() == view.model.ids() and len(view.ids_to_print()) == 3
    folder = tmp_path / "in"
    folder.mkdir()
    op = view.print_batch(folder)
    with qtbot.waitSignal(op.finished, timeout=60_000):
        pass
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 3 and names[0] == "01-BB-HĐNT-2026-" + three[0][:8] + ".pdf"
    assert sum(n.startswith("BAN-NHAP-2026-") for n in names) == 2
    assert all(len(PdfReader(folder / n).pages) >= 1 for n in names)
    summary = next(b for b in message_boxes() if b.objectName() == "batchSummary")
    assert "Đã in 3 biên bản" in summary.text() and "2 biên bản còn là bản nháp" in summary.text()
    summary.close()

    view.table.selectRow(0)
    view.table.selectionModel().select(view.model.index(1, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    assert len(view.ids_to_print()) == 2 and view.batch_button.text() == "In 2 biên bản đã c&họn…"
    cancelled = tmp_path / "huy"
    cancelled.mkdir()
    op = view.print_batch(cancelled)
    op.cancel()
    with qtbot.waitSignal(op.finished, timeout=60_000):
        pass
    assert list(cancelled.iterdir()) == []
    assert acceptances.load(ctx.db, three[1]).acceptance_date == DAY
