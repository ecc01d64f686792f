"""The form filler with forms made for ODK and KoboToolbox: lists shipped beside the form as files,
every language of the form shown in the interface's language, and the desktop appearances."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from kc_desktop.forms.xlsform import read_xlsform
from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.forms.inputs import SelectOneInput, TextInput


def write_book(path: Path, survey: list[list[str]], choices: list[list[str]],
               settings: list[list[str]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    choice_sheet = book.create_sheet("choices")
    for row in choices:
        choice_sheet.append(row)
    if settings:
        settings_sheet = book.create_sheet("settings")
        for row in settings:
            settings_sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _from_file_form(folder: Path, with_file: bool) -> Path:
    path = write_book(folder / "thon.xlsx", [
        ["type", "name", "label", "choice_filter"],
        ["select_one xa", "commune", "Xã", ""],
        ["select_one_from_file villages.csv", "village", "Thôn", "commune=${commune}"],
    ], [["list_name", "name", "label"], ["xa", "bat_trang", "Bát Tràng"], ["xa", "kim_lan", "Kim Lan"]])
    if with_file:
        (folder / "villages.csv").write_text(
            "name,label,commune\nthon_1,Thôn Một,bat_trang\nthon_2,Thôn Hai,bat_trang\nxom_a,Xóm A,kim_lan\n",
            encoding="utf-8")
    return path


@pytest.mark.gui
def test_a_list_shipped_as_a_file_is_offered_and_filtered(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    filler = FormFiller(read_xlsform(_from_file_form(tmp_path, True)))
    qtbot.addWidget(filler)
    filler.show()
    village = filler.input("village")
    assert isinstance(village, SelectOneInput)
    assert [b.text() for b in village.buttons()] == ["Thôn Một", "Thôn Hai", "Xóm A"]
    filler.input("commune").button("kim_lan").click()  # type: ignore[attr-defined]
    assert [b.text() for b in village.buttons() if not b.isHidden()] == ["Xóm A"]
    village.button("xom_a").click()
    assert filler.answers()["village"] == "xom_a" and "village" not in filler.errors()


@pytest.mark.gui
def test_a_missing_list_file_is_named_under_its_question(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    filler = FormFiller(read_xlsform(_from_file_form(tmp_path, False)))
    qtbot.addWidget(filler)
    filler.show()
    assert isinstance(filler.input("village"), TextInput)  # the code can still be typed
    warning = filler.row("village").findChild(QLabel, "warning")
    assert warning is not None and warning.isVisible()
    assert "«villages.csv»" in warning.text() and "dòng 3" in warning.text()


def _bilingual(path: Path) -> Path:
    return write_book(path, [
        ["type", "name", "label::Tiếng Việt (vi)", "label::English (en)", "hint::English (en)", "required",
         "required_message::Tiếng Việt (vi)", "required_message::English (en)"],
        ["integer", "workers", "Số lao động", "Workers", "Full-time only", "yes", "Hãy ghi số lao động",
         "Say how many"],
        ["select_one yn", "export", "Có xuất khẩu không?", "Exports?", "", "", "", ""],
    ], [["list_name", "name", "label::Tiếng Việt (vi)", "label::English (en)"],
        ["yn", "yes", "Có", "Yes"], ["yn", "no", "Không", "No"]],
        [["form_id", "version", "form_title", "default_language"], ["song_ngu", "1", "Song ngữ", "Tiếng Việt (vi)"]])


def _texts(filler: FormFiller, name: str) -> list[str]:
    return [label.text() for label in filler.row(name).findChildren(QLabel) if label.text()]


@pytest.mark.gui
def test_the_filler_shows_the_form_in_the_interface_language(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    definition = read_xlsform(_bilingual(tmp_path / "song_ngu.xlsx"))
    english = FormFiller(definition, language="en")
    vietnamese = FormFiller(definition, language="vi")
    for filler in (english, vietnamese):
        qtbot.addWidget(filler)
        filler.show()
        filler.show_all_errors()
    assert _texts(english, "workers")[0].startswith("<b>Workers</b>")  # with the red star of a required question
    assert _texts(english, "workers")[1:] == ["Full-time only", "Say how many"]
    assert "Số lao động" in _texts(vietnamese, "workers")[0] and "Hãy ghi số lao động" in _texts(vietnamese, "workers")
    assert "Full-time only" in _texts(vietnamese, "workers")  # no Vietnamese hint: the only one there is
    assert [b.text() for b in english.input("export").buttons()] == ["Yes", "No"]  # type: ignore[attr-defined]
    assert [b.text() for b in vietnamese.input("export").buttons()] == ["Có", "Không"]  # type: ignore[attr-defined]
    english.input("export").button("no").click()  # type: ignore[attr-defined]
    assert english.answers()["export"] == "no"  # the same answer in every language


@pytest.mark.gui
def test_the_template_preview_follows_the_interface_language(qtbot, ctx, tmp_path: Path) -> None:  # noqa: ANN001
    from kc_desktop.gui import i18n
    from kc_desktop.gui.views.templates import PreviewDialog
    from kc_desktop.services import templates

    template_id = templates.import_template(ctx.db, ctx.actor, _bilingual(tmp_path / "song_ngu.xlsx"), "survey")
    i18n.set_language("en")
    dialog = PreviewDialog(ctx, template_id)
    qtbot.addWidget(dialog)
    assert dialog.filler.language == "en"
    assert dialog.filler.definition.question("workers").label == "Workers"
    assert [b.text() for b in dialog.filler.input("export").buttons()] == ["Yes", "No"]  # type: ignore[attr-defined]


def _appearances(path: Path) -> Path:
    return write_book(path, [
        ["type", "name", "label::Tiếng Việt (vi)", "label::English (en)", "appearance"],
        ["begin_group", "co_so", "Cơ sở", "Establishment", "field-list"],
        ["select_one muc", "hai_long", "Mức hài lòng", "Satisfaction", "likert"],
        ["select_one xa", "xa", "Xã", "Commune", "minimal"],
        ["select_one cn", "co_nhan", "Có giấy phép?", "Licensed?", "quick"],
        ["text", "ghi_chu", "Ghi chú", "Notes", "multiline"],
        ["end_group", "", "", "", ""],
    ], [["list_name", "name", "label::Tiếng Việt (vi)", "label::English (en)"],
        *[["muc", str(n), vi, en] for n, (vi, en) in enumerate([
            ("Rất không hài lòng", "Very dissatisfied"), ("Không hài lòng", "Dissatisfied"),
            ("Bình thường", "Neutral"), ("Hài lòng", "Satisfied"), ("Rất hài lòng", "Very satisfied"),
            ("Tuyệt vời", "Excellent"), ("Không ý kiến", "No opinion")], 1)],
        ["xa", "bat_trang", "Bát Tràng", "Bat Trang"], ["xa", "kim_lan", "Kim Lan", "Kim Lan"],
        ["cn", "co", "Có", "Yes"], ["cn", "khong", "Không", "No"]],
        [["form_id", "version", "form_title", "default_language"],
         ["hinh_thuc", "1", "Khảo sát mức hài lòng", "Tiếng Việt (vi)"]])


@pytest.fixture
def appearances(qtbot, tmp_path: Path) -> FormFiller:  # noqa: ANN001
    filler = FormFiller(read_xlsform(_appearances(tmp_path / "hinh_thuc.xlsx")), language="en")
    qtbot.addWidget(filler)
    filler.resize(900, 640)
    filler.show()
    qtbot.waitExposed(filler)
    return filler


@pytest.mark.gui
def test_likert_is_one_row_of_buttons_with_the_labels_under(appearances: FormFiller, qtbot) -> None:  # noqa: ANN001
    likert = appearances.input("hai_long")
    assert isinstance(likert, SelectOneInput) and likert.combo() is None  # seven choices, still a scale
    buttons, captions = likert.buttons(), likert.captions()
    assert len(buttons) == len(captions) == 7
    assert len({b.geometry().top() for b in buttons}) == 1  # one row
    assert [c.text() for c in captions][:2] == ["Very dissatisfied", "Dissatisfied"]
    for button, caption in zip(buttons, captions, strict=True):
        assert caption.geometry().top() >= button.geometry().bottom()  # under its button
        assert abs(caption.geometry().center().x() - button.geometry().center().x()) <= 2  # centred on it
    qtbot.mouseClick(captions[3], Qt.MouseButton.LeftButton)  # a click on the words chooses too
    assert appearances.answers()["hai_long"] == "4" and buttons[3].isChecked()
    appearances.set_read_only(True)
    qtbot.mouseClick(captions[0], Qt.MouseButton.LeftButton)  # read-only: the words choose nothing
    assert appearances.answers()["hai_long"] == "4" and not buttons[0].isChecked()


@pytest.mark.gui
def test_minimal_multiline_and_field_list(appearances: FormFiller) -> None:
    commune = appearances.input("xa")
    assert isinstance(commune, SelectOneInput) and commune.combo() is not None and not commune.buttons()
    assert [commune.combo().itemText(i) for i in range(commune.combo().count())] == ["", "Bat Trang", "Kim Lan"]
    notes = appearances.input("ghi_chu")
    assert isinstance(notes, TextInput) and isinstance(notes.edit, QPlainTextEdit)
    box = appearances.group("co_so")
    assert box.property("fieldList") is True
    assert all(box.isAncestorOf(appearances.row(n)) and appearances.row(n).isVisible()
               for n in ("hai_long", "xa", "co_nhan", "ghi_chu"))  # the group's questions shown together


@pytest.mark.gui
def test_quick_moves_to_the_next_question_on_a_choice(appearances: FormFiller, qtbot) -> None:  # noqa: ANN001
    appearances.activateWindow()
    licensed = appearances.input("co_nhan")
    assert isinstance(licensed, SelectOneInput)
    qtbot.mouseClick(licensed.button("co"), Qt.MouseButton.LeftButton)
    notes = appearances.input("ghi_chu")
    assert isinstance(notes, TextInput)
    qtbot.waitUntil(lambda: notes.edit.hasFocus(), timeout=2000)
    assert appearances.answers()["co_nhan"] == "co"
    assert appearances.focus_next("ghi_chu") is None  # the last question: nowhere to go


@pytest.mark.gui
def test_external_choices_are_offered_and_filtered(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_book(tmp_path / "huyen.xlsx", [
        ["type", "name", "label", "choice_filter"],
        ["select_one tinh", "tinh", "Tỉnh", ""],
        ["select_one_external huyen", "huyen", "Huyện", "tinh=${tinh}"],
    ], [["list_name", "name", "label"], ["tinh", "hn", "Hà Nội"], ["tinh", "hp", "Hải Phòng"]])
    book = openpyxl.load_workbook(path)
    external = book.create_sheet("external_choices")
    for row in (["list_name", "name", "label", "tinh"], ["huyen", "dong_anh", "Đông Anh", "hn"],
                ["huyen", "gia_lam", "Gia Lâm", "hn"], ["huyen", "an_duong", "An Dương", "hp"]):
        external.append(row)
    book.save(path)
    filler = FormFiller(read_xlsform(path))
    qtbot.addWidget(filler)
    filler.show()
    district = filler.input("huyen")
    assert isinstance(district, SelectOneInput)
    filler.input("tinh").button("hp").click()  # type: ignore[attr-defined]
    assert [b.text() for b in district.buttons() if not b.isHidden()] == ["An Dương"]
