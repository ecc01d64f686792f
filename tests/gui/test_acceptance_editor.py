"""The acceptance editor: signing with the mouse, finalize and corrections, items and money, autosave."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from acceptance_helpers import DAY, approved_project, draw_signature, ink_pixels, ready_draft
from gui_helpers import type_text
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QImage
from PySide6.QtWidgets import QTableView, QWidget
from work_helpers import input_dialogs, photo

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.documents import render
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.pdf_preview import open_previews
from kc_desktop.gui.forms.acceptance_editor import (
    TAB_CLOSING,
    TAB_GENERAL,
    TAB_ITEMS,
    TAB_PHOTOS,
    AcceptanceEditor,
)
from kc_desktop.gui.forms.editors import open_editors
from kc_desktop.gui.models.acceptance_items import DIFFERENCE_BACKGROUND
from kc_desktop.services import acceptances, attachments


def _editor(qtbot, ctx: AppContext, record_id: str) -> AcceptanceEditor:  # noqa: ANN001
    editor = AcceptanceEditor(ctx, record_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _sign(qtbot, editor: AcceptanceEditor, row: int) -> None:  # noqa: ANN001
    qtbot.mouseClick(editor.council.sign_buttons[row], Qt.MouseButton.LeftButton)
    dialog = editor.signature_dialog
    assert dialog is not None and dialog.isVisible()
    draw_signature(qtbot, dialog.pad, row)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _edit_cell(qtbot, table: QTableView, index: QModelIndex, text: str) -> None:  # noqa: ANN001
    """Type into a cell the way an officer does: open its editor, type, press Enter."""
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QWidget)
    focus = editor.focusProxy() or editor
    type_text(focus, text)
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)  # the view commits and closes it queued


@pytest.mark.gui
def test_sign_with_mouse_moves_then_finalize_and_correct(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                         actor: Actor, sample: dict[str, str]) -> None:
    record = ready_draft(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"])
    editor = _editor(qtbot, ctx, record)
    assert "Chưa ký" in editor.error_list.item(0).text() and editor.council.sign_buttons[0].text() == "Ký…"
    for row in range(3):
        _sign(qtbot, editor, row)
    council = acceptances.load(db, record).council
    assert all(m.signature_id and not m.signed_on_paper for m in council)
    stored = [a for a in attachments.for_owner(db, record) if a.question.startswith("signature")]
    assert len(stored) == 3 and all(a.path.suffix == ".png" and a.path.exists() for a in stored)
    opaque, clear = ink_pixels(QImage(str(stored[0].path)))
    assert opaque > 50 and clear > opaque
    signature_column = editor.council.model.column_of("signature")
    assert editor.council.model.index(0, signature_column).data(Qt.ItemDataRole.DecorationRole) is not None
    assert editor.council.sign_buttons[0].text() == "Ký lại…"
    assert editor.error_list.count() == 0 and "đủ thông tin" in editor.status.text()

    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    assert acceptances.load(db, record).number_text == "01/BB-HĐNT"
    assert editor.subtitle.text() == "Số: 01/BB-HĐNT" and "01/BB-HĐNT" in editor.banner.text()
    assert not editor.finalize_button.isVisible() and editor.correct_button.isVisible()
    assert editor.heading_section.place.isReadOnly() and not editor.council.sign_buttons
    for model in (editor.council.model, editor.items.model):
        assert not model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.closing.conclusion_buttons["accepted"].isEnabled()

    qtbot.mouseClick(editor.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(input_dialogs()))
    dialog = input_dialogs()[-1]
    dialog.setTextValue("Sai số sê-ri lò nung")
    dialog.accept()
    qtbot.waitUntil(lambda: len(open_editors()) == 2)
    copy = next(e for e in open_editors() if e.record_id != record)
    try:
        assert copy.draft and copy.data.supersedes_id == record and "Sai số sê-ri lò nung" in \
            copy.correction_banner.text()
        assert not editor.correct_button.isVisible()  # one correction per finalized record
    finally:
        copy.close()


@pytest.mark.gui
def test_signs_with_qtbot_mouse_moves_and_finds_the_signature_in_the_pdf(  # noqa: ANN001
        qtbot, ctx: AppContext, db: Database, actor: Actor, sample: dict[str, str]) -> None:
    if "acceptance" not in render.RENDERERS:
        pytest.skip("the acceptance renderer is not registered in documents.render.RENDERERS yet")
    record = ready_draft(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"])
    editor = _editor(qtbot, ctx, record)
    _sign(qtbot, editor, 0)
    _sign(qtbot, editor, 1)
    qtbot.mouseClick(editor.council.sign_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.signature_dialog.paper_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    assert editor.data.number_text == "01/BB-HĐNT"

    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=30_000)
    preview = open_previews()[-1]
    try:
        assert not preview.draft and preview.page_count() >= 1
        reader = PdfReader(preview.pdf_path)
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
        masked = 0
        for page in reader.pages:
            xobjects = page["/Resources"].get("/XObject") or {}
            for ref in xobjects.values():
                image = ref.get_object()
                if image.get("/Subtype") == "/Image" and "/SMask" in image:
                    masked += 1  # a transparent PNG: the signatures drawn on the pad
    finally:
        preview.close()
    assert masked >= 2
    for name in ("Trần Văn Quyết", "Lê Thu Trang", "Phạm Thị Hương"):
        assert name in text
    assert "01/BB-HĐNT" in text


@pytest.mark.gui
def test_finalize_without_chair_or_items_explains_what_is_missing(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                                  actor: Actor, sample: dict[str, str]) -> None:
    project = approved_project(db, actor, [sample["gom"]])
    record = acceptances.start(db, actor, project, sample["gom"], DAY)
    editor = _editor(qtbot, ctx, record)
    assert not editor.field_errors["council"].isVisible()  # nothing shouts before the officer asks
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    assert acceptances.load(db, record).state == "draft"
    assert "Chủ tịch" in editor.field_errors["council"].text() and editor.field_errors["council"].isVisible()
    assert "hạng mục" in editor.field_errors["items"].text()
    assert "kết luận" in editor.field_errors["conclusion"].text() and "địa điểm" in editor.field_errors["place"].text()
    listed = [editor.error_list.item(i).text() for i in range(editor.error_list.count())]
    assert any("Hội đồng nghiệm thu" in line for line in listed) and any("Hạng mục" in line for line in listed)
    assert editor.status.text().startswith("Chưa hoàn tất được")
    assert editor.tabs.currentIndex() == TAB_GENERAL and "lỗi" in editor.tabs.tabText(TAB_ITEMS)
    editor.error_list.itemClicked.emit(next(editor.error_list.item(i) for i in range(editor.error_list.count())
                                            if "Hạng mục" in editor.error_list.item(i).text()))
    assert editor.tabs.currentIndex() == TAB_ITEMS


@pytest.mark.gui
def test_item_edits_recompute_money_and_highlight_differences(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                              actor: Actor, sample: dict[str, str]) -> None:
    record = acceptances.start(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"], DAY)
    editor = _editor(qtbot, ctx, record)
    editor.tabs.setCurrentIndex(TAB_ITEMS)
    table, model = editor.items.table, editor.items.model
    qtbot.mouseClick(editor.items.add_button, Qt.MouseButton.LeftButton)
    editor_widget = table.indexWidget(model.index(0, model.column_of("name")))
    type_text(editor_widget, "Lò nung gas")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(0, model.column_of("name")).data() == "Lò nung gas")
    _edit_cell(qtbot, table, model.index(0, model.column_of("quantity")), "2")
    _edit_cell(qtbot, table, model.index(0, model.column_of("unit_price")), "120000000")
    assert model.index(1, model.column_of("name")).data() == "Lò nung gas"  # delivered follows approved
    assert model.index(1, model.column_of("amount")).data() == "240.000.000"
    money = editor.money
    assert money.figures["total"].text() == "240.000.000 đ"
    assert money.words["total"].text() == "(Bằng chữ: Hai trăm bốn mươi triệu đồng)"
    assert money.figures["kc"].text() == "120.000.000 đ"  # 50 % of what was delivered, under 300 million
    assert money.figures["counterpart"].text() == "120.000.000 đ"
    assert "50%" in money.warnings.text() and money.warnings.isVisible()

    quantity = model.index(1, model.column_of("quantity"))
    assert quantity.data(Qt.ItemDataRole.BackgroundRole) is None
    _edit_cell(qtbot, table, quantity, "1")
    background = quantity.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color().name() == DIFFERENCE_BACKGROUND
    assert "«2» → «1»" in quantity.data(Qt.ItemDataRole.ToolTipRole)
    assert "Số lượng" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, model.column_of("quantity")).data(Qt.ItemDataRole.BackgroundRole) is None
    assert money.figures["total"].text() == "120.000.000 đ" and money.figures["kc"].text() == "60.000.000 đ"
    assert "Một trăm hai mươi triệu đồng" in money.words["total"].text()

    def saved() -> bool:
        data = acceptances.load(db, record)
        return bool(data.items) and data.items[0].delivered.quantity == 1 and data.money.total == 120_000_000

    qtbot.waitUntil(saved, timeout=5000)
    assert acceptances.load(db, record).items[0].differences() == ["quantity"]
    count = len(acceptances.problems(db, record))
    assert editor.status.text().startswith("Đã lưu nháp lúc ") and f"còn {count} vấn đề" in editor.status.text()


@pytest.mark.gui
def test_autosave_writes_header_checks_and_conclusion(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                      actor: Actor, sample: dict[str, str]) -> None:
    record = acceptances.start(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"], DAY)
    editor = _editor(qtbot, ctx, record)
    heading = editor.heading_section
    assert heading.approval_decision_no.text() == "125/QĐ-SCT"
    assert editor.problems()["council_decision_no"].startswith("Chưa nhập số quyết định thành lập hội đồng")
    type_text(heading.council_decision_no, "31/QĐ-TTKC")
    heading.council_decision_date.set_value(DAY - dt.timedelta(days=7))
    heading.council_decision_date.changed.emit()
    type_text(heading.place, "Xưởng gốm, thôn Giang Cao")
    type_text(heading.start_time, "8h30")
    heading.start_time.editingFinished.emit()
    type_text(heading.end_time, "25:00")
    assert heading.start_time.text() == "08:30" and editor.field_errors["end_time"].isVisible()
    editor.tabs.setCurrentIndex(TAB_CLOSING)
    qtbot.mouseClick(editor.closing.conclusion_buttons["with_conditions"], Qt.MouseButton.LeftButton)
    yes = editor.closing.checks.groups["invoices"].button(1)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    type_text(editor.closing.checks.notes["invoices"], "HĐ số 0001234")
    assert "Đang sửa" in editor.status.text()

    def saved() -> bool:
        data = acceptances.load(db, record)
        return (data.place == "Xưởng gốm, thôn Giang Cao" and data.start_time == "08:30" and data.end_time == ""
                and data.council_decision_no == "31/QĐ-TTKC"
                and data.council_decision_date == DAY - dt.timedelta(days=7)
                and data.conclusion == "with_conditions"
                and data.checks["invoices"] == {"ok": True, "note": "HĐ số 0001234"})

    qtbot.waitUntil(saved, timeout=5000)
    assert acceptances.load(db, record).checks["contract"] == {"ok": None, "note": ""}
    assert "council_decision_no" not in editor.problems() and "council_decision_date" not in editor.problems()
    editor.close()
    editor = _editor(qtbot, ctx, record)  # shown again as stored
    assert editor.heading_section.council_decision_no.text() == "31/QĐ-TTKC"
    assert editor.heading_section.council_decision_date.value() == DAY - dt.timedelta(days=7)


@pytest.mark.gui
def test_closing_the_editor_saves_what_was_typed(qtbot, ctx: AppContext, db: Database, actor: Actor,  # noqa: ANN001
                                                 sample: dict[str, str], tmp_path: Path) -> None:
    record = acceptances.start(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"], DAY)
    editor = _editor(qtbot, ctx, record)
    type_text(editor.closing.recommendations, "Bổ sung chứng từ vốn đối ứng")
    editor.close()
    assert acceptances.load(db, record).recommendations == "Bổ sung chứng từ vốn đối ứng"


@pytest.mark.gui
def test_photos_strip_and_taking_a_signature_back(qtbot, ctx: AppContext, db: Database, actor: Actor,  # noqa: ANN001
                                                  sample: dict[str, str], tmp_path: Path) -> None:
    record = ready_draft(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"])
    editor = _editor(qtbot, ctx, record)
    _sign(qtbot, editor, 0)
    op = editor.add_photos([photo(tmp_path, "lo-nung.jpg"), photo(tmp_path, "may-nhao.jpg", (900, 1200))])
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert editor.photos.list.count() == 2  # the signature is an attachment too, but not a photo
    assert editor.tabs.tabText(TAB_PHOTOS) == "Ảnh (2)"
    assert [a.question for a in attachments.for_owner(db, record)].count("photo") == 2

    editor.council.table.selectRow(0)
    assert editor.council.unsign_button.isEnabled()
    qtbot.mouseClick(editor.council.unsign_button, Qt.MouseButton.LeftButton)
    assert acceptances.load(db, record).council[0].signature_id is None
    assert editor.council.sign_buttons[0].text() == "Ký…"
    assert "Trần Văn Quyết" in editor.field_errors["signatures"].text()


@pytest.mark.gui
def test_a_contradiction_shows_and_finalizing_asks_for_an_explanation(qtbot, ctx: AppContext,  # noqa: ANN001
                                                                      db: Database, actor: Actor,
                                                                      sample: dict[str, str], tmp_path: Path) -> None:
    from acceptance_helpers import item

    record = ready_draft(db, actor, approved_project(db, actor, [sample["gom"]]), sample["gom"])
    acceptances.save_draft(db, actor, record, {"items": [item("Lò nung gas", 1, 400_000_000, origin="Trung Quốc")]})
    for member in range(3):
        acceptances.sign(db, actor, record, member, None, on_paper=True)
    editor = _editor(qtbot, ctx, record)
    # "Đạt" though the kiln came from elsewhere: in the side panel and under the conclusion, untouched as it is.
    assert editor.error_list.count() == 2  # the conclusion, and "content conforms" ticked
    first = editor.error_list.item(0).text()
    assert first.startswith("• Mâu thuẫn — Kết luận: Kết luận «Đạt» nhưng hạng mục 1 (Lò nung gas) sai khác: xuất xứ")
    assert "Còn 2 vấn đề" in editor.error_title.text() and "giải trình" in editor.error_title.text()
    line = editor.field_errors["conclusion"]
    assert not line.isHidden() and "sai khác: xuất xứ" in line.text()  # (its tab is not the one shown)
    assert not editor.field_errors["checks"].isHidden()
    editor.error_list.itemClicked.emit(editor.error_list.item(0))
    assert editor.tabs.currentIndex() == TAB_CLOSING

    # A contract dated before its decision shows under the dates of the legal basis, on the first tab.
    from PySide6.QtCore import QDate

    contract = editor.heading_section.contract_date.edit
    contract.setDate(QDate(2025, 11, 20))  # as picked in the calendar
    editor.save_now()
    line = editor.field_errors["approval_date"]
    assert not line.isHidden() and line.text() == (
        "Ngày quyết định phê duyệt (02/03/2026) sau ngày hợp đồng (20/11/2025).")
    contract.setDate(QDate(2026, 3, 20))
    editor.save_now()
    assert line.isHidden()

    # Finalizing asks why; cancelling leaves the draft as it was, an explanation finalizes it.
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(input_dialogs()))
    dialog = input_dialogs()[-1]
    assert "Biên bản còn 2 chỗ mâu thuẫn" in dialog.labelText() and "Ý kiến khác / giải trình" in dialog.labelText()
    dialog.reject()
    assert acceptances.load(db, record).state == "draft" and editor.draft
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(input_dialogs()))
    dialog = input_dialogs()[-1]
    dialog.setTextValue("Lò cùng model do nhà máy ở Trung Quốc sản xuất; hội đồng chấp nhận.")
    dialog.accept()
    qtbot.waitUntil(lambda: not editor.draft)
    data = acceptances.load(db, record)
    assert data.number_text == "01/BB-HĐNT" and data.explanation.startswith("Lò cùng model")
    assert editor.subtitle.text() == "Số: 01/BB-HĐNT"
