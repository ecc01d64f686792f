"""The field-record editor: autosave, finalize with a number, corrections, photos, participants, actions."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from work_helpers import complete_survey, input_dialogs, make_project, no_editor_left_open, photo, survey_template  # noqa: F401 - autouse fixture

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.editors import open_editors
from kc_desktop.gui.forms.inputs import SelectOneInput, TextInput
from kc_desktop.gui.forms.record_editor import TAB_FORM, RecordEditor
from kc_desktop.services import attachments, field_records, templates


@pytest.fixture
def draft(db: Database, actor: Actor, sample: dict[str, str]) -> str:
    return field_records.start(db, actor, "survey", survey_template(db), None, sample["gom"], dt.date(2026, 5, 4))


def _editor(qtbot, ctx: AppContext, record_id: str) -> RecordEditor:  # noqa: ANN001
    editor = RecordEditor(ctx, record_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _line(editor: RecordEditor, name: str) -> QLineEdit:
    field = editor.filler.input(name)
    assert isinstance(field, TextInput) and isinstance(field.edit, QLineEdit)
    return field.edit


@pytest.mark.gui
def test_what_is_typed_reaches_the_database_within_moments(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                         draft: str) -> None:
    editor = _editor(qtbot, ctx, draft)
    type_text(editor.place, "Xưởng gốm, thôn Giang Cao")
    editor.tabs.setCurrentIndex(TAB_FORM)
    type_text(_line(editor, "san_pham_chinh"), "Bình hoa men lam")
    match = editor.filler.input("giay_dang_ky_khop")
    assert isinstance(match, SelectOneInput)
    qtbot.mouseClick(match.button("khong"), Qt.MouseButton.LeftButton)
    assert "Đang sửa" in editor.status.text()

    def saved() -> bool:
        data = field_records.load(db, draft)
        return (data.place == "Xưởng gốm, thôn Giang Cao" and data.answers.get("san_pham_chinh") == "Bình hoa men lam"
                and data.answers.get("giay_dang_ky_khop") == "khong")

    qtbot.waitUntil(saved, timeout=5000)
    assert editor.status.text().startswith("Đã lưu nháp lúc ")
    count = field_records.load(db, draft).error_count
    assert f"còn {count} vấn đề" in editor.status.text() and count == len(editor.problems())
    assert editor.error_list.count() == count
    assert "Nội dung phiếu · " in editor.tabs.tabText(TAB_FORM)


@pytest.mark.gui
def test_finalize_with_errors_shows_them_then_gives_the_number_and_locks(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                                        actor: Actor, draft: str) -> None:
    editor = _editor(qtbot, ctx, draft)
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    assert field_records.load(db, draft).state == "draft"
    assert editor.status.text().startswith("Chưa hoàn tất được")
    assert editor.field_errors["conclusion"].text() == "Chưa có kết luận."
    assert editor.error_list.count() == len(field_records.problems(db, draft))
    editor.close()
    complete_survey(db, actor, draft)
    editor = _editor(qtbot, ctx, draft)
    assert editor.error_list.count() == 0
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    data = field_records.load(db, draft)
    assert data.state == "finalized" and data.number_text == "01/BB-ĐKS"
    assert editor.subtitle.text() == "Số: 01/BB-ĐKS" and "01/BB-ĐKS" in editor.banner.text()
    assert editor.place.isReadOnly() and editor.filler.read_only and editor.findings.isReadOnly()
    assert not editor.finalize_button.isVisible() and editor.correct_button.isVisible()
    assert not editor.project.isEnabled() and not editor.establishment.button.isVisible()
    type_text(editor.place, "sửa lén")
    assert field_records.load(db, draft).place == "Tại xưởng của cơ sở"


@pytest.mark.gui
def test_correction_asks_the_reason_and_opens_a_new_draft_pointing_back(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                                       actor: Actor, draft: str) -> None:
    complete_survey(db, actor, draft)
    field_records.finalize(db, actor, draft)
    editor = _editor(qtbot, ctx, draft)
    qtbot.mouseClick(editor.correct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(input_dialogs()), timeout=3000)
    dialog = input_dialogs()[-1]
    dialog.setTextValue("Ghi sai số lao động")
    dialog.accept()
    newer = [e for e in open_editors() if e.record_id != draft]
    assert len(newer) == 1
    new = newer[0]
    qtbot.addWidget(new)
    data = field_records.load(db, new.record_id)
    assert data.state == "draft" and data.supersedes_id == draft and data.correction_reason == "Ghi sai số lao động"
    assert "01/BB-ĐKS" in new.correction_banner.text() and "Ghi sai số lao động" in new.correction_banner.text()
    assert not new.place.isReadOnly() and new.finalize_button.isVisible()
    # The old one stays finalized and readable, and says where the newer version is.
    assert field_records.load(db, draft).state == "finalized"
    assert "đã được đính chính" in editor.banner.text() and new.record_id in editor.banner.text()
    assert not editor.correct_button.isVisible()
    qtbot.mouseClick(new.finalize_button, Qt.MouseButton.LeftButton)
    assert field_records.load(db, new.record_id).number_text == "02/BB-ĐKS"


@pytest.mark.gui
def test_photos_per_question_and_per_record_with_captions(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                          draft: str, tmp_path: Path) -> None:
    editor = _editor(qtbot, ctx, draft)
    big = photo(tmp_path, "xuong.jpg", (3000, 2000))
    op = editor.add_photos([big], "anh_co_so")
    assert op is not None
    qtbot.waitUntil(lambda: editor.photo_op is None, timeout=10_000)
    ids = editor.filler.answers()["anh_co_so"]
    assert len(ids) == 1 and field_records.load(db, draft).answers["anh_co_so"] == ids
    stored = attachments.for_owner(db, draft)
    assert max(stored[0].width, stored[0].height) == 2048 and stored[0].question == "anh_co_so"
    op = editor.add_photos([photo(tmp_path, "may.jpg", (800, 600))])
    qtbot.waitUntil(lambda: editor.photo_op is None, timeout=10_000)
    assert editor.photos.list.count() == 2 and "Ảnh (2)" in editor.tabs.tabText(2)
    item = editor.photos.list.item(1)
    item.setText("Máy nhào đất cũ")
    assert attachments.for_owner(db, draft)[1].caption == "Máy nhào đất cũ"
    editor.remove_photo(ids[0])
    assert editor.filler.answers()["anh_co_so"] == []
    assert field_records.load(db, draft).answers["anh_co_so"] == []
    assert editor.photos.list.count() == 1


@pytest.mark.gui
def test_participants_actions_and_the_establishment_picker(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                           actor: Actor, sample: dict[str, str]) -> None:
    project = make_project(db, actor, [sample["lua"]])
    template = templates.published(db, "inspection")[0].id
    record = field_records.start(db, actor, "inspection", template, None, None, dt.date(2026, 5, 4))
    editor = _editor(qtbot, ctx, record)
    assert editor.field_errors["establishment_id"].isHidden()
    editor.project.set_code(project)  # the only beneficiary is taken at once
    assert editor.establishment.value() == sample["lua"]
    assert editor.place.text().startswith("Tại cơ sở")
    people = editor.participants.values()
    assert people[-1]["name"] == "Nguyễn Văn Đức" and people[-1]["side"] == "establishment"
    model = editor.participants.model
    row = editor.participants.add("office")
    model.setData(model.index(row, 0), "Trần Thị Mai")
    model.setData(model.index(row, 1), "Chuyên viên")
    deadline = dt.date.today() - dt.timedelta(days=2)
    editor.follow_ups.add("Bổ sung hóa đơn giá trị gia tăng", "Chủ cơ sở", deadline)
    editor.follow_ups.add()  # an empty line is kept on screen, not stored

    def saved() -> bool:
        data = field_records.load(db, record)
        return (data.project_id == project and data.establishment_id == sample["lua"]
                and [p.name for p in data.participants][-1] == "Trần Thị Mai"
                and len(field_records.actions(db, record)) == 1)

    qtbot.waitUntil(saved, timeout=5000)
    (stored,) = field_records.actions(db, record)
    assert stored.deadline == deadline and stored.overdue and stored.responsible == "Chủ cơ sở"
    editor.follow_ups.table.selectRow(0)
    editor.follow_ups.remove_selected()
    assert field_records.actions(db, record) == []
    # Another establishment through the search dialog (never a combo of every establishment).
    dialog = editor.establishment.open_picker()
    type_text(dialog.search_box, "gom minh long")
    dialog.run_search()
    assert dialog.model.rowCount() == 1
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert editor.establishment.value() == sample["gom"]
    qtbot.waitUntil(lambda: field_records.load(db, record).establishment_id == sample["gom"], timeout=5000)


@pytest.mark.gui
def test_preview_from_the_editor_shows_what_was_just_typed(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                           draft: str) -> None:
    from kc_desktop.gui.dialogs.pdf_preview import open_previews

    editor = _editor(qtbot, ctx, draft)
    type_text(editor.place, "Xưởng gốm, thôn Giang Cao")
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert field_records.load(db, draft).place == "Xưởng gốm, thôn Giang Cao"  # saved before printing
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=20_000)
    dialog = open_previews()[-1]
    assert dialog.draft and dialog.page_count() >= 1
    dialog.close()


@pytest.mark.gui
def test_hours_and_the_team_roles_of_mau_1_9(qtbot, ctx: AppContext, db: Database, draft: str) -> None:  # noqa: ANN001
    editor = _editor(qtbot, ctx, draft)
    type_text(editor.start_time, "8h30")
    editor.start_time.editingFinished.emit()
    type_text(editor.end_time, "25:00")
    assert editor.start_time.text() == "08:30" and editor.field_errors["end_time"].isVisible()
    assert "đọc được" in editor.field_errors["end_time"].text()
    editor.end_time.clear()
    type_text(editor.end_time, "10:45")
    assert editor.field_errors["end_time"].isHidden()
    # officers take the chair, then the secretary's role; the establishment's people have none
    table = editor.participants
    chair = table.add("office", "Nguyễn Văn An", "Trưởng phòng")
    secretary = table.add("office", "Lê Thị Hoa", "Chuyên viên")
    member = table.add("office", "Phạm Minh Đức", "Cán bộ")
    owner = table.add("establishment", "Phạm Thị Hương", "Chủ cơ sở")
    roles = [p["role"] for p in table.values()]
    assert [roles[chair], roles[secretary], roles[member], roles[owner]] == ["chair", "secretary", "member", "member"]
    model = table.model
    model.setData(model.index(member, model.column_of("role")), "chair")  # one chair: the former one steps down
    assert [p["role"] for p in table.values()][chair] == "member"
    assert model.data(model.index(member, model.column_of("role"))) == "Chủ trì"

    def saved() -> bool:
        data = field_records.load(db, draft)
        return (data.start_time == "08:30" and data.end_time == "10:45"
                and [p.role for p in data.participants] == ["member", "secretary", "chair", "member"])

    qtbot.waitUntil(saved, timeout=5000)
    assert "start_time" not in editor.problems() and "end_time" not in editor.problems()


@pytest.mark.gui
def test_a_finalized_inspection_prints_its_progress_apart(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                          actor: Actor, sample: dict[str, str]) -> None:
    from kc_desktop.gui.dialogs.pdf_preview import open_previews

    record = field_records.start(db, actor, "survey", survey_template(db), None, sample["gom"], dt.date(2026, 5, 4))
    complete_survey(db, actor, record)
    field_records.save_action(db, actor, record, None, "Nộp hóa đơn", "Chủ cơ sở", dt.date(2026, 6, 1))
    editor = _editor(qtbot, ctx, record)
    assert editor.progress_button.isHidden()  # a draft prints its statuses in the minutes
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    assert field_records.load(db, record).state == "finalized" and editor.progress_button.isVisible()
    state = editor.follow_ups.model.column_of("state")
    editor.follow_ups.model.setData(editor.follow_ups.model.index(0, state), "done")
    qtbot.waitUntil(lambda: field_records.actions(db, record)[0].state == "done", timeout=5000)
    assert field_records.load(db, record).final_actions[0].state == "open"  # type: ignore[index]
    qtbot.mouseClick(editor.progress_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=20_000)
    dialog = open_previews()[-1]
    assert not dialog.draft and "Tình hình thực hiện kiến nghị" in dialog.windowTitle()
    dialog.close()


@pytest.mark.gui
def test_a_survey_contradicting_itself_asks_for_an_explanation(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                               actor: Actor, draft: str) -> None:
    from kc_desktop.services.field_records import Participant

    complete_survey(db, actor, draft)
    field_records.save_draft(db, actor, draft, {
        "answers": {"de_xuat": "khong_du", "ly_do_khong_du": "Thiếu vốn đối ứng"},
        "participants": [Participant("Nguyễn Văn An", "Cán bộ", "UBND xã", role="chair"),
                         Participant("Lê Thị Hoa", "Chuyên viên", "UBND xã", role="secretary"),
                         Participant("Nguyễn Văn An", "Chủ cơ sở", "", "establishment")]})
    editor = _editor(qtbot, ctx, draft)
    texts = [editor.error_list.item(i).text() for i in range(editor.error_list.count())]
    assert texts == [
        "• Mâu thuẫn — Kết luận: Đề xuất của đoàn là «Không đủ điều kiện hỗ trợ» nhưng kết luận lại ghi "
        "«đủ điều kiện hỗ trợ».",
        "• Mâu thuẫn — Thành phần tham dự: «Nguyễn Văn An» được ghi với 2 vai trò: Cán bộ (đoàn) và "
        "Chủ cơ sở (cơ sở).",
    ]
    line = editor.field_errors["participants"]
    assert line.isVisible() and "2 vai trò" in line.text()  # on the first tab, the one shown
    assert not editor.field_errors["conclusion"].isHidden() and editor.field_errors["recommendation"].isHidden()

    # The officer writes the establishment's real representative on its line: that contradiction goes, the
    # other stays.
    editor.participants.model.set_rows([
        {"name": "Nguyễn Văn An", "title": "Cán bộ", "unit": "UBND xã", "side": "office", "role": "chair"},
        {"name": "Lê Thị Hoa", "title": "Chuyên viên", "unit": "UBND xã", "side": "office", "role": "secretary"},
        {"name": "Phạm Thị Hương", "title": "Chủ cơ sở", "unit": "", "side": "establishment", "role": ""}])
    editor._changed("participants", editor.participants.values())
    editor.save_now()
    assert editor.error_list.count() == 1 and editor.field_errors["participants"].isHidden()

    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(input_dialogs()))
    dialog = input_dialogs()[-1]
    assert "Biên bản còn 1 chỗ mâu thuẫn" in dialog.labelText()
    dialog.setTextValue("Đoàn đề xuất không hỗ trợ; câu kiến nghị ghi nhầm.")
    dialog.accept()
    qtbot.waitUntil(lambda: not editor.draft)
    data = field_records.load(db, draft)
    assert data.number_text == "01/BB-ĐKS" and data.explanation == "Đoàn đề xuất không hỗ trợ; câu kiến nghị ghi nhầm."
