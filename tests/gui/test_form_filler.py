"""The form filler: typing and clicking answers, `relevant` showing and hiding, constraints inline."""
from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from kc_desktop import paths
from kc_desktop.forms.answers import REQUIRED_MESSAGE
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
from kc_desktop.forms.xlsform import read_xlsform
from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.forms.inputs import DateInput, SelectMultipleInput, SelectOneInput, TextInput


@pytest.fixture(scope="module")
def survey() -> FormDefinition:
    return read_xlsform(paths.resource("templates", "khao_sat_ho_tro_thiet_bi.xlsx"))


@pytest.fixture
def filler(qtbot, survey: FormDefinition) -> FormFiller:  # noqa: ANN001
    widget = FormFiller(survey)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def _line(filler: FormFiller, name: str) -> QLineEdit:
    field = filler.input(name)
    assert isinstance(field, TextInput) and isinstance(field.edit, QLineEdit)
    return field.edit


def _error(filler: FormFiller, name: str) -> QLabel:
    """The red line under a question (made when first needed: a row that never had an error has none yet)."""
    label = filler.row(name).findChild(QLabel, "error")
    return label if label is not None else filler.row(name).error  # type: ignore[attr-defined]


def _shown(filler: FormFiller, name: str) -> bool:
    return filler.row(name).isVisibleTo(filler)


@pytest.mark.gui
def test_typing_and_clicking_fill_the_answers(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    edited: list[str] = []
    filler.edited.connect(edited.append)
    qtbot.keyClicks(_line(filler, "ke_hoach_khuyen_cong"), "KH 25/KH-SCT")
    type_text(_line(filler, "san_pham_chinh"), "Gốm men rạn")
    kind = filler.input("loai_hinh")
    assert isinstance(kind, SelectOneInput)
    qtbot.mouseClick(kind.button("doanh_nghiep"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(_line(filler, "so_lao_dong"), "35")
    qtbot.keyClicks(_line(filler, "doanh_thu"), "1250,5")  # a decimal comma, as officers type it
    answers = filler.answers()
    assert answers["ke_hoach_khuyen_cong"] == "KH 25/KH-SCT"
    assert answers["san_pham_chinh"] == "Gốm men rạn"
    assert answers["loai_hinh"] == "doanh_nghiep"
    assert answers["so_lao_dong"] == 35 and answers["doanh_thu"] == 1250.5
    assert {"ke_hoach_khuyen_cong", "san_pham_chinh", "loai_hinh", "so_lao_dong", "doanh_thu"} <= set(edited)
    # A second click on the chosen radio button clears the answer.
    qtbot.mouseClick(kind.button("doanh_nghiep"), Qt.MouseButton.LeftButton)
    assert filler.answers()["loai_hinh"] == ""


@pytest.mark.gui
def test_relevant_questions_appear_and_disappear(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    assert not _shown(filler, "thong_tin_chua_khop")
    match = filler.input("giay_dang_ky_khop")
    assert isinstance(match, SelectOneInput)
    qtbot.mouseClick(match.button("khong"), Qt.MouseButton.LeftButton)
    assert _shown(filler, "thong_tin_chua_khop")
    assert "thong_tin_chua_khop" in filler.errors()  # required once shown
    qtbot.mouseClick(match.button("co"), Qt.MouseButton.LeftButton)
    assert not _shown(filler, "thong_tin_chua_khop")
    assert "thong_tin_chua_khop" not in filler.errors()
    # A note shows only when its condition holds: a ward outside a recognised craft village.
    place, village = filler.input("dia_ban"), filler.input("lang_nghe")
    assert isinstance(place, SelectOneInput) and isinstance(village, SelectOneInput)
    assert not _shown(filler, "canh_bao_dia_ban")
    qtbot.mouseClick(place.button("phuong"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(village.button("khong"), Qt.MouseButton.LeftButton)
    assert _shown(filler, "canh_bao_dia_ban")
    qtbot.mouseClick(village.button("co"), Qt.MouseButton.LeftButton)
    assert not _shown(filler, "canh_bao_dia_ban") and _shown(filler, "ten_lang_nghe")


@pytest.mark.gui
def test_constraints_are_checked_inline(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    workers = _line(filler, "so_lao_dong")
    qtbot.keyClicks(workers, "-3")
    assert _error(filler, "so_lao_dong").isVisibleTo(filler)
    assert _error(filler, "so_lao_dong").text() == "Số lao động không được âm."
    workers.clear()
    qtbot.keyClicks(workers, "12")
    assert not _error(filler, "so_lao_dong").isVisibleTo(filler)
    qtbot.keyClicks(_line(filler, "tong_kinh_phi"), "400")
    qtbot.keyClicks(_line(filler, "kinh_phi_de_nghi"), "300")
    assert _error(filler, "kinh_phi_de_nghi").text().startswith("Kinh phí hỗ trợ không được quá 50%")
    priority = filler.input("uu_tien")
    assert isinstance(priority, SelectMultipleInput)
    qtbot.mouseClick(priority.box("chu_nu"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(priority.box("khong"), Qt.MouseButton.LeftButton)
    assert filler.answers()["uu_tien"] == ["chu_nu", "khong"]
    assert _error(filler, "uu_tien").isVisibleTo(filler)
    # Unanswered required questions stay quiet until everything is checked.
    assert not _error(filler, "don_de_nghi").isVisibleTo(filler)
    filler.show_all_errors()
    assert _error(filler, "don_de_nghi").text() == REQUIRED_MESSAGE


@pytest.mark.gui
def test_errors_from_finalize_show_until_the_question_is_edited(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    filler.set_errors({"san_pham_chinh": "Sai rồi.", "not_a_question": "x"})
    assert _error(filler, "san_pham_chinh").text() == "Sai rồi."
    type_text(_line(filler, "san_pham_chinh"), "Gốm")
    assert not _error(filler, "san_pham_chinh").isVisibleTo(filler)


@pytest.mark.gui
def test_answers_shown_as_stored_and_read_only(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    filler.set_answers({"san_pham_chinh": "Bát đĩa", "giay_dang_ky_khop": "khong", "uu_tien": ["dan_toc"],
                        "ngay_nhan_ho_so": "2026-03-05", "doanh_thu": 12.0, "thiet_bi_hien_co": "Lò than\nMáy xoay"})
    assert _line(filler, "san_pham_chinh").text() == "Bát đĩa"
    assert _line(filler, "doanh_thu").text() == "12"
    assert _shown(filler, "thong_tin_chua_khop")
    assert _error(filler, "thong_tin_chua_khop").isVisibleTo(filler) is False  # not answered: quiet
    date = filler.input("ngay_nhan_ho_so")
    assert isinstance(date, DateInput) and date.value() == "2026-03-05"
    multi = filler.input("thiet_bi_hien_co")
    assert isinstance(multi, TextInput) and isinstance(multi.edit, QPlainTextEdit)
    assert multi.value() == "Lò than\nMáy xoay"
    filler.set_read_only(True)
    qtbot.keyClicks(_line(filler, "san_pham_chinh"), "xyz")
    match = filler.input("giay_dang_ky_khop")
    assert isinstance(match, SelectOneInput)
    qtbot.mouseClick(match.button("co"), Qt.MouseButton.LeftButton)
    assert filler.answers()["san_pham_chinh"] == "Bát đĩa" and filler.answers()["giay_dang_ky_khop"] == "khong"


@pytest.mark.gui
def test_groups_hide_with_their_relevant_and_labels_are_plain_text(qtbot) -> None:  # noqa: ANN001
    definition = FormDefinition("f", "1", "Thử <mẫu>", (
        Question("co_xuong", "select_one", "Có nhà xưởng?", list_name="yn"),
        Question("xuong", "begin_group", "Nhà xưởng", relevant="${co_xuong} = 'yes'"),
        Question("dien_tich", "decimal", "Diện tích < 500 m² & cao", required="yes"),
        Question("ghi_chu", "text", "Ghi chú", required="${dien_tich} > 100"),
        Question("", "end_group", ""),
    ), {"yn": (ChoiceOption("yes", "Có"), ChoiceOption("no", "Không"))})
    filler = FormFiller(definition)
    qtbot.addWidget(filler)
    filler.show()
    assert not filler.group("xuong").isVisibleTo(filler)
    own = filler.input("co_xuong")
    assert isinstance(own, SelectOneInput)
    qtbot.mouseClick(own.button("yes"), Qt.MouseButton.LeftButton)
    assert filler.group("xuong").isVisibleTo(filler)
    label = filler.row("dien_tich").findChildren(QLabel)[0]
    assert "&lt; 500 m² &amp; cao" in label.text() and "*" in label.text()
    note_label = filler.row("ghi_chu").findChildren(QLabel)[0]
    assert "*" not in note_label.text()  # required only when the area is over 100
    qtbot.keyClicks(_line(filler, "dien_tich"), "250")
    assert "*" in note_label.text()
