"""Repeat groups in the form filler: instances with numbered headers, «Thêm» and «Xóa», repeat_count."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from kc_desktop.forms.answers import REQUIRED_MESSAGE
from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.forms.inputs import TextInput
from kc_desktop.gui.forms.repeat_box import RepeatBox
from tests.unit.repeat_form import ANSWERS, repeat_definition


@pytest.fixture
def filler(qtbot) -> FormFiller:  # noqa: ANN001
    widget = FormFiller(repeat_definition())
    qtbot.addWidget(widget)
    widget.resize(820, 900)
    widget.show()
    return widget


def _line(filler: FormFiller, key: str) -> QLineEdit:
    field = filler.input(key)
    assert isinstance(field, TextInput) and isinstance(field.edit, QLineEdit)
    return field.edit


def _box(filler: FormFiller, name: str) -> RepeatBox:
    box = filler.group(name)
    assert isinstance(box, RepeatBox)
    return box


def _titles(box: RepeatBox) -> list[str]:
    return [f.findChild(QLabel, "repeatInstanceTitle").text() for f in box.frames]  # type: ignore[union-attr]


@pytest.mark.gui
def test_instances_are_added_typed_in_and_removed(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    edited: list[str] = []
    filler.edited.connect(edited.append)
    workers = _box(filler, "lao_dong")
    assert workers.count == 0 and workers.empty.isVisibleTo(filler)
    assert workers.add_button.text() == "+ Thêm người lao động"
    qtbot.mouseClick(workers.add_button, Qt.MouseButton.LeftButton)
    assert _titles(workers) == ["Người lao động 1"]
    assert edited[-1] == "lao_dong" and filler.answers()["lao_dong"] == [{"thu_tu": 1}]  # position(..)
    # The cursor goes to the new instance: typing fills its first question.
    qtbot.waitUntil(lambda: _line(filler, "lao_dong[1]/ho_ten").hasFocus())
    type_text(_line(filler, "lao_dong[1]/ho_ten"), "Nguyễn Văn An")
    qtbot.keyClicks(_line(filler, "lao_dong[1]/tuoi"), "16")
    # Its relevant reads its own age: the note on under-age work shows in this instance only.
    assert filler.row("lao_dong[1]/ghi_chu").isVisibleTo(filler)
    workers.add_button.click()
    type_text(_line(filler, "lao_dong[2]/tuoi"), "12")
    assert not filler.row("lao_dong[2]/ghi_chu").isHidden()
    assert filler.errors() == {"lao_dong[2]/ho_ten": REQUIRED_MESSAGE,
                               "lao_dong[2]/tuoi": "Người lao động phải đủ 15 tuổi."}
    assert filler.label_of("lao_dong[2]/tuoi") == "Người lao động 2 › Tuổi"
    type_text(_line(filler, "lao_dong[2]/luong"), "4,5")
    type_text(_line(filler, "lao_dong[1]/luong"), "8")
    answers = filler.answers()
    assert answers["lao_dong"] == [
        {"ho_ten": "Nguyễn Văn An", "tuoi": 16, "luong": 8, "thu_tu": 1},
        {"tuoi": 12, "luong": 4.5, "thu_tu": 2}]
    assert answers["tong_luong"] == 12.5
    # Removing an instance with answers asks first; «Không» keeps it.
    asked: list[str] = []
    filler.confirm_remove = lambda title, on_yes: asked.append(title)
    workers.remove_buttons[0].click()
    assert asked == ["Người lao động 1"] and workers.count == 2
    filler.confirm_remove = lambda title, on_yes: on_yes()
    removed: list[str] = []
    filler.instance_removed.connect(removed.append)  # the record editor lets the instance's photos go
    workers.remove_buttons[0].click()
    assert removed == ["lao_dong[1]"]
    assert _titles(workers) == ["Người lao động 1"]  # renumbered
    assert _line(filler, "lao_dong[1]/tuoi").text() == "12"
    assert filler.answers()["lao_dong"] == [{"tuoi": 12, "luong": 4.5, "thu_tu": 1}]
    assert filler.answers()["tong_luong"] == 4.5
    assert set(filler.errors()) == {"lao_dong[1]/ho_ten", "lao_dong[1]/tuoi"}
    # The age typed in what is now the first instance keeps its red line there.
    assert filler.row("lao_dong[1]/tuoi").error.text() == "Người lao động phải đủ 15 tuổi."
    assert filler.row("lao_dong[1]/tuoi").error.isVisibleTo(filler)
    # An empty instance goes without a question.
    workers.add_button.click()
    asked.clear()
    filler.confirm_remove = lambda title, on_yes: asked.append(title)
    workers.remove_buttons[1].click()
    assert asked == [] and workers.count == 1


@pytest.mark.gui
def test_repeat_count_fixes_the_instances_and_hides_the_buttons(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    machines = _box(filler, "may")
    assert not machines.add_button.isVisibleTo(filler)
    assert machines.empty.text() == "Chưa có lượt nào: số lượt theo câu «Số máy móc chính»."
    type_text(_line(filler, "so_may"), "3")
    assert _titles(machines) == ["Máy móc 1", "Máy móc 2", "Máy móc 3"]
    assert not any(b.isVisibleTo(filler) for b in machines.remove_buttons)
    type_text(_line(filler, "may[3]/ten_may"), "Lò nung gas")
    # Typing over the count ("" on the way) does not lose what the instances hold.
    qtbot.keyClick(_line(filler, "so_may"), Qt.Key.Key_Backspace)
    assert machines.count == 0 and filler.answers()["may"] == []
    qtbot.keyClicks(_line(filler, "so_may"), "2")
    assert machines.count == 2 and len(filler.answers()["may"]) == 2
    qtbot.keyClick(_line(filler, "so_may"), Qt.Key.Key_Backspace)
    qtbot.keyClicks(_line(filler, "so_may"), "3")
    assert _line(filler, "may[3]/ten_may").text() == "Lò nung gas"
    assert filler.answers()["may"][2] == {"ten_may": "Lò nung gas"}
    # A slip of the finger does not make hundreds of instances.
    qtbot.keyClicks(_line(filler, "so_may"), "00")
    assert machines.count == 100


@pytest.mark.gui
def test_saved_answers_show_in_their_instances_and_read_only_hides_the_buttons(
        qtbot, filler: FormFiller, tmp_path: Path) -> None:  # noqa: ANN001
    filler.set_answers(ANSWERS)
    workers = _box(filler, "lao_dong")
    assert _titles(workers) == ["Người lao động 1", "Người lao động 2"]
    assert _line(filler, "lao_dong[2]/ho_ten").text() == "Lê Thị Bình"
    assert filler.row("lao_dong[2]/ghi_chu").isVisibleTo(filler)
    assert not filler.row("lao_dong[1]/ghi_chu").isVisibleTo(filler)
    assert _line(filler, "may[2]/ten_may").text() == "Máy nhào đất"
    assert filler.errors() == {}
    shot = Path(os.environ.get("KC_SCREENSHOT_DIR", tmp_path)) / "form_repeats.png"
    filler.resize(760, 1250)
    qtbot.waitUntil(lambda: all(f.height() == f.sizeHint().height() for f in workers.frames))  # laid out
    assert filler.widget().grab().save(str(shot))
    filler.set_read_only(True)
    assert not workers.add_button.isVisibleTo(filler)
    assert not any(b.isVisibleTo(filler) for b in workers.remove_buttons)
    buttons = [b for b in filler.findChildren(QPushButton) if b.isVisibleTo(filler)]
    assert not [b for b in buttons if b.objectName() in ("repeatAdd", "repeatRemove")]


@pytest.mark.gui
def test_a_record_from_before_the_repeat_opens_as_one_instance(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    filler.set_answers({"ho_ten": "Trần Văn Cường", "tuoi": 40})
    assert _line(filler, "lao_dong[1]/ho_ten").text() == "Trần Văn Cường"
    assert filler.answers()["lao_dong"] == [{"ho_ten": "Trần Văn Cường", "tuoi": 40}]


@pytest.mark.gui
def test_the_record_editor_saves_instances_and_lists_their_problems(  # noqa: ANN001
        qtbot, ctx, db, actor, tmp_path: Path) -> None:
    from kc_desktop.forms.xlsform import write_xlsform
    from kc_desktop.gui.forms.record_editor import TAB_FORM, RecordEditor
    from kc_desktop.services import field_records, templates

    write_xlsform(repeat_definition(), tmp_path / "lao_dong.xlsx")
    template_id = templates.import_template(db, actor, tmp_path / "lao_dong.xlsx", "survey")
    templates.publish(db, actor, template_id)
    record_id = field_records.start(db, actor, "survey", template_id)
    editor = RecordEditor(ctx, record_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(TAB_FORM)
    _box(editor.filler, "lao_dong").add_button.click()
    type_text(_line(editor.filler, "lao_dong[1]/tuoi"), "14")
    qtbot.waitUntil(lambda: field_records.load(db, record_id).answers.get("lao_dong") == [
        {"thu_tu": 1, "tuoi": 14}], timeout=5000)
    items = [editor.error_list.item(i).text() for i in range(editor.error_list.count())]
    assert "• Người lao động 1 › Họ và tên: Câu này bắt buộc phải trả lời." in items
    assert "• Người lao động 1 › Tuổi: Người lao động phải đủ 15 tuổi." in items
    assert field_records.load(db, record_id).error_count == len(editor.problems())
    # A click on a problem puts the cursor in that instance's question.
    editor.go_to("lao_dong[1]/tuoi")
    qtbot.waitUntil(lambda: _line(editor.filler, "lao_dong[1]/tuoi").hasFocus())
    editor.resize(1280, 760)
    qtbot.wait(100)
    assert editor.grab().save(str(Path(os.environ.get("KC_SCREENSHOT_DIR", tmp_path)) / "record_editor_repeat.png"))
    editor.close()


@pytest.mark.gui
def test_the_keyboard_adds_and_removes_instances_and_removing_asks_in_a_real_box(
        qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    from gui_helpers import click_box_button, message_boxes

    workers = _box(filler, "lao_dong")
    workers.add_button.setFocus()
    qtbot.keyClick(workers.add_button, Qt.Key.Key_Space)
    assert workers.count == 1
    qtbot.waitUntil(lambda: _line(filler, "lao_dong[1]/ho_ten").hasFocus())
    type_text(_line(filler, "lao_dong[1]/ho_ten"), "Đỗ Thị Hoa")
    remove = workers.remove_buttons[0]
    assert remove.focusPolicy() & Qt.FocusPolicy.TabFocus and remove.accessibleName() == "Xóa Người lao động 1"
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    [box] = list(dict.fromkeys(message_boxes()))  # the filler is its own window here: listed twice
    assert box.text() == "Xóa «Người lao động 1» cùng mọi câu trả lời trong đó?"
    click_box_button(box, "Không")
    assert workers.count == 1
    qtbot.keyClick(workers.remove_buttons[0], Qt.Key.Key_Space)
    [box] = list(dict.fromkeys(message_boxes()))  # the filler is its own window here: listed twice
    click_box_button(box, "Xóa")
    qtbot.waitUntil(lambda: workers.count == 0)
    assert filler.answers()["lao_dong"] == []
    # The cursor waits on «+ Thêm …» (offscreen, no window is active again once the box closes).
    qtbot.waitUntil(lambda: filler.window().focusWidget() is workers.add_button)


@pytest.mark.gui
def test_a_repeat_inside_a_repeat(qtbot) -> None:  # noqa: ANN001
    from kc_desktop.forms.definition import FormDefinition, Question

    definition = FormDefinition("f", "1", "Xưởng và máy", (
        Question("xuong", "begin_group", "Xưởng", container="repeat"),
        Question("ten_xuong", "text", "Tên xưởng"),
        Question("may", "begin_group", "Máy", container="repeat"),
        Question("ten_may", "text", "Tên máy"),
        Question("", "end_group", "", container="repeat"),
        Question("so_may", "calculate", "Số máy", calculation="count(${may})"),
        Question("", "end_group", "", container="repeat"),
    ), {})
    filler = FormFiller(definition)
    qtbot.addWidget(filler)
    filler.show()
    _box(filler, "xuong").add_button.click()
    _box(filler, "xuong").add_button.click()
    _box(filler, "xuong[2]/may").add_button.click()
    type_text(_line(filler, "xuong[2]/may[1]/ten_may"), "Lò nung")
    _box(filler, "xuong[2]/may").add_button.click()
    type_text(_line(filler, "xuong[1]/ten_xuong"), "Xưởng nung")
    assert filler.answers()["xuong"] == [
        {"so_may": 0, "ten_xuong": "Xưởng nung"},
        {"so_may": 2, "may": [{"ten_may": "Lò nung"}, {}]}]
    assert _line(filler, "xuong[2]/may[1]/ten_may").text() == "Lò nung"
    assert filler.label_of("xuong[2]/may[1]/ten_may") == "Xưởng 2 › Máy 1 › Tên máy"


@pytest.mark.gui
def test_an_instance_its_repeats_relevant_leaves_out_says_so(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from kc_desktop.forms.definition import FormDefinition, Question

    definition = FormDefinition("lo", "1", "Lò nung", (
        Question("so_lo_dung", "integer", "Số lò đang dùng"),
        Question("lo", "begin_group", "Lò nung", container="repeat", relevant="position(..) <= ${so_lo_dung}"),
        Question("ten_lo", "text", "Tên lò", required="yes"),
        Question("", "end_group", "", container="repeat"),
    ), {})
    filler = FormFiller(definition)
    qtbot.addWidget(filler)
    filler.resize(640, 520)
    filler.show()
    filler.set_answers({"so_lo_dung": 1, "lo": [{"ten_lo": "Lò ga"}, {}]})
    box = _box(filler, "lo")
    skipped = [f.findChild(QLabel, "repeatInstanceSkipped") for f in box.frames]
    assert skipped[0] is None and skipped[1] is not None and skipped[1].isVisibleTo(filler)
    assert filler.row("lo[1]/ten_lo").isVisibleTo(filler) and not filler.row("lo[2]/ten_lo").isVisibleTo(filler)
    assert filler.show_all_errors() == {}  # the left-out instance asks for nothing
    filler.grab().save(str(tmp_path / "skipped.png"))
    type_text(filler.input("so_lo_dung").edit, "2")  # type: ignore[attr-defined]
    assert not skipped[1].isVisibleTo(filler) and filler.row("lo[2]/ten_lo").isVisibleTo(filler)
    assert filler.errors() == {"lo[2]/ten_lo": REQUIRED_MESSAGE}
