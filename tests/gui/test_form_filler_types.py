"""The form filler and every XLSForm question type: an input for each, metadata filled, answers saved and read."""
from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.forms.answers import check, defaults
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
from kc_desktop.forms.xlsform import read_xlsform
from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.forms.inputs import SelectMultipleInput, SelectOneInput, TextInput
from kc_desktop.gui.forms.inputs_extra import (
    AcknowledgeInput,
    ComputedInput,
    DateTimeInput,
    GeoInput,
    RangeInput,
    RankInput,
    TimeInput,
)
from kc_desktop.services import field_records, templates

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "xlsform-corpus"
COLORS = (ChoiceOption("do", "Đỏ"), ChoiceOption("xanh", "Xanh"), ChoiceOption("vang", "Vàng"))
ABOUT = {"username": "Nguyễn Văn An", "deviceid": "site-1"}


def _every_type() -> FormDefinition:
    questions = [
        Question("start", "start", ""), Question("end", "end", ""), Question("today", "today", ""),
        Question("username", "username", ""), Question("deviceid", "deviceid", ""),
        Question("gio", "time", "Giờ đến"), Question("luc", "datetime", "Lúc kiểm tra"),
        Question("muc", "range", "Mức độ", parameters="start=0 end=10 step=1"),
        Question("hang", "rank", "Thứ tự ưu tiên", list_name="mau"),
        Question("dong_y", "acknowledge", "Đã đọc hướng dẫn"), Question("ma", "barcode", "Mã vạch"),
        Question("vi_tri", "geopoint", "Vị trí"), Question("duong", "geotrace", "Đường vào"),
        Question("vung", "geoshape", "Khu đất"), Question("tep", "file", "Báo giá"),
        Question("ghi_am", "audio", "Ghi âm"), Question("chon", "select_one_from_file", "Xã", list_name="xa.csv"),
        Question("gap_doi", "calculate", "Mức gấp đôi", calculation="${muc} * 2"),
        Question("an", "calculate", "", calculation="${muc} + 1"),
    ]
    return FormDefinition("tat_ca", "1", "Mọi loại câu hỏi", tuple(questions), {"mau": COLORS})


@pytest.fixture
def filler(qtbot) -> FormFiller:  # noqa: ANN001
    widget = FormFiller(_every_type(), about=ABOUT)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


@pytest.mark.gui
def test_every_answerable_type_has_an_input_and_metadata_none(filler: FormFiller) -> None:
    form = filler.definition
    assert {q.name for q in form.questions if q.answerable} <= set(filler.inputs())
    assert isinstance(filler.input("gap_doi"), ComputedInput)
    for name in ("start", "end", "today", "username", "deviceid", "an"):
        assert name not in filler.inputs()
        with pytest.raises(KeyError):
            filler.row(name)


@pytest.mark.gui
def test_metadata_filled_automatically_and_end_follows_edits(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    filled = filler.fill_automatic()
    assert filled["username"] == "Nguyễn Văn An" and filled["deviceid"] == "site-1"
    assert filled["start"] and filled["today"] and filled["end"]
    assert filler.fill_automatic() == {}  # nothing more to fill
    edited: list[str] = []
    filler.edited.connect(edited.append)
    muc = filler.input("muc")
    assert isinstance(muc, RangeInput)
    qtbot.keyClicks(muc.edit, "4")
    assert filler.answers()["muc"] == 4 and filler.answers()["gap_doi"] == 8 and filler.answers()["an"] == 5
    assert "gap_doi" in edited and "an" in edited  # computed values are stored with the answer
    gap = filler.input("gap_doi")
    assert isinstance(gap, ComputedInput) and gap.shown.text() == "8"


@pytest.mark.gui
def test_typing_the_new_types_gives_checked_values(qtbot, filler: FormFiller) -> None:  # noqa: ANN001
    gio = filler.input("gio")
    assert isinstance(gio, TimeInput)
    qtbot.keyClicks(gio.edit, "8h30")
    assert filler.answers()["gio"] == "08:30"
    luc = filler.input("luc")
    assert isinstance(luc, DateTimeInput)
    luc.set_value("2026-03-05T09:15")
    assert luc.value() == "2026-03-05T09:15"
    vi_tri = filler.input("vi_tri")
    assert isinstance(vi_tri, GeoInput)
    qtbot.keyClicks(vi_tri.edit, "91 105")
    filler.show_all_errors()
    assert "Vĩ độ" in filler.errors()["vi_tri"]
    vi_tri.edit.clear()
    qtbot.keyClicks(vi_tri.edit, "21.0285 105.8542")
    assert "vi_tri" not in filler.errors()
    duong = filler.input("duong")
    assert isinstance(duong, GeoInput)
    duong.set_value("21 105 0 0;21.1 105.1 0 0")
    assert duong.value() == "21 105 0 0;21.1 105.1 0 0"
    dong_y = filler.input("dong_y")
    assert isinstance(dong_y, AcknowledgeInput)
    qtbot.mouseClick(dong_y.box, Qt.MouseButton.LeftButton)
    assert filler.answers()["dong_y"] == "OK"
    hang = filler.input("hang")
    assert isinstance(hang, RankInput) and hang.value() == []
    hang.list.setCurrentRow(2)
    qtbot.mouseClick(hang.up, Qt.MouseButton.LeftButton)
    assert filler.answers()["hang"] == ["do", "vang", "xanh"]
    qtbot.mouseClick(hang.clear, Qt.MouseButton.LeftButton)
    assert filler.answers()["hang"] == []


CORPUS_FORMS = ("kobodocs__date_time.xlsx", "kobodocs__gps_questions.xlsx",
                "kobodocs__calculations_constraints_matrix.xlsx", "kobodocs__form_meta.xlsx",
                "kobodocs__acknowledge.xlsx", "kobodocs__barcode_qrcode_questions.xlsx",
                "xlsformorg__cascading_select.xlsx", "pyxform__or_other.xlsx")
SAMPLE = {"date": "2026-03-05", "time": "08:30", "datetime": "2026-03-05T08:30", "geopoint": "21.0285 105.8542 0 0",
          "geotrace": "21 105 0 0;21.1 105.1 0 0", "geoshape": "21 105 0 0;21.1 105 0 0;21.1 105.1 0 0;21 105 0 0",
          "integer": 3, "text": "Gốm", "barcode": "8935001", "acknowledge": "OK", "decimal": 2.5}


@pytest.mark.gui
@pytest.mark.parametrize("name", CORPUS_FORMS)
def test_corpus_forms_open_with_an_input_for_every_question_and_answers_round_trip(
    qtbot, db: Database, actor: Actor, tmp_path: Path, name: str,  # noqa: ANN001
) -> None:
    if not (CORPUS / name).is_file():
        pytest.skip("the XLSForm corpus is not here")
    copy = tmp_path / name
    copy.write_bytes((CORPUS / name).read_bytes())
    form = read_xlsform(copy)
    template_id = templates.import_template(db, actor, copy, "survey")
    templates.publish(db, actor, template_id)
    record_id = field_records.start(db, actor, "survey", template_id)
    filler = FormFiller(templates.definition(db, template_id), about=ABOUT)
    qtbot.addWidget(filler)
    asked = [q for q in form.questions if q.answerable]
    assert (asked or form.metadata) and all(q.name in filler.inputs() for q in asked)
    filler.set_answers(field_records.load(db, record_id).answers)
    filler.fill_automatic()
    for q in asked:
        field = filler.input(q.name)
        if q.calculation:
            continue
        if q.type in SAMPLE:
            field.set_value(SAMPLE[q.type])
        elif q.type == "select_one" and form.choices.get(q.list_name):
            field.set_value(form.choices[q.list_name][0].name)
        filler._on_changed(q.name)  # as if typed
    answers = filler.answers()
    field_records.save_draft(db, actor, record_id, {"answers": answers})
    stored = field_records.load(db, record_id).answers
    assert stored == answers
    if form.has_question("username"):
        assert stored["username"] == "Nguyễn Văn An" and stored["deviceid"] == "site-1" and stored["start"]
    again = FormFiller(templates.definition(db, template_id), about=ABOUT)
    qtbot.addWidget(again)
    again.set_answers(stored)
    assert again.fill_automatic() == {}
    assert {n: f.value() for n, f in again.inputs().items()} == {n: f.value() for n, f in filler.inputs().items()}
    assert check(form, stored) == filler.errors()


@pytest.mark.gui
def test_cascading_lists_and_or_other_in_the_filler(qtbot) -> None:  # noqa: ANN001
    from tests.unit.test_form_answer_types import _cascade

    filler = FormFiller(_cascade())
    qtbot.addWidget(filler)
    filler.show()
    xa, lang, lo = filler.input("xa"), filler.input("lang"), filler.input("lo")
    assert isinstance(xa, SelectOneInput) and isinstance(lang, SelectOneInput) and isinstance(lo, SelectMultipleInput)
    assert not any(b.isVisibleTo(filler) for b in lang.buttons())  # nothing until the commune is chosen
    qtbot.mouseClick(xa.button("bat_trang"), Qt.MouseButton.LeftButton)
    assert [b.text() for b in lang.buttons() if b.isVisibleTo(filler)] == ["Làng gốm Bát Tràng", "Làng Giang Cao"]
    qtbot.mouseClick(lang.button("gom"), Qt.MouseButton.LeftButton)
    edited: list[str] = []
    filler.edited.connect(edited.append)
    qtbot.mouseClick(xa.button("phu_vinh"), Qt.MouseButton.LeftButton)
    assert filler.answers()["lang"] == "" and "lang" in edited  # a village of the other commune is cleared
    other = filler.input("lo_other")
    assert isinstance(other, TextInput) and not other.isVisibleTo(filler)
    qtbot.mouseClick(lo.box("other"), Qt.MouseButton.LeftButton)
    assert other.isVisibleTo(filler)
    filler.show_all_errors()
    assert filler.errors()["lo"] == "Hãy ghi rõ lựa chọn «Khác»."
    type_text(other.edit, "Lò điện")
    assert filler.answers()["lo_other"] == "Lò điện" and "lo" not in filler.errors()


@pytest.mark.gui
def test_read_only_questions_stay_locked_and_expression_defaults_fill_in(qtbot) -> None:  # noqa: ANN001
    form = FormDefinition("khoa", "1", "Khóa", (
        Question("ma_co_so", "text", "Mã cơ sở", read_only="yes", default="BT-01"),
        Question("da_duyet", "select_one", "Đã duyệt", list_name="mau"),
        Question("ghi_chu", "text", "Ghi chú", read_only="${da_duyet} = 'do'"),
        Question("ma_phieu", "text", "Mã phiếu", default="concat(${ma_co_so}, '/2026')"),
        Question("duyet", "begin_group", "Phần duyệt", read_only="${da_duyet} = 'vang'"),
        Question("y_kien", "text", "Ý kiến"),
        Question("", "end_group", ""),
    ), {"mau": COLORS})
    filler = FormFiller(form)
    qtbot.addWidget(filler)
    filler.show()
    filler.set_answers(defaults(form))
    assert filler.answers()["ma_phieu"] == "BT-01/2026"
    assert filler.input("ma_co_so").read_only and not filler.input("ghi_chu").read_only
    qtbot.mouseClick(filler.input("da_duyet").button("do"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert filler.input("ghi_chu").read_only
    filler.set_read_only(True)
    filler.set_read_only(False)  # viewing then editing again: the fixed one stays locked
    assert filler.input("ma_co_so").read_only and filler.input("ghi_chu").read_only
    qtbot.mouseClick(filler.input("da_duyet").button("xanh"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not filler.input("ghi_chu").read_only and not filler.input("y_kien").read_only
    qtbot.mouseClick(filler.input("da_duyet").button("vang"), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert filler.input("y_kien").read_only  # the group's read_only holds for the questions inside it


def _png(color: str, width: int = 400, height: int = 300) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _pictured() -> FormDefinition:
    from kc_desktop.forms.definition import FormFile

    kilns = (ChoiceOption("gas", "Lò ga", translations=(("label", "", "Lò ga"), ("image", "", "lo_ga.png"))),
             ChoiceOption("dien", "Lò điện", translations=(("label", "", "Lò điện"), ("image", "", "lo_dien.png"))),
             ChoiceOption("than", "Lò than"))
    return FormDefinition("anh", "1", "Câu hỏi có ảnh", (
        Question("lo", "select_one", "Loại lò đang dùng", list_name="lo",
                 translations=(("label", "", "Loại lò đang dùng"), ("image", "", "lo.png"))),
        Question("san_pham", "select_multiple", "Sản phẩm chính", list_name="sp", appearance="minimal"),
        Question("lo_khac", "select_multiple", "Các lò khác", list_name="lo"),
    ), {"lo": kilns, "sp": (ChoiceOption("binh", "Bình"), ChoiceOption("lo_hoa", "Lọ hoa"),
                           ChoiceOption("bat_dia", "Bát đĩa"))},
        files=(FormFile("lo.png", _png("#c0703a")), FormFile("lo_ga.png", _png("#3a7bc0", 64, 64)),
               FormFile("lo_dien.png", _png("#e0b020", 64, 64))))


@pytest.mark.gui
def test_pictures_of_questions_and_choices_and_a_minimal_multiple_choice(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel

    filler = FormFiller(_pictured())
    qtbot.addWidget(filler)
    filler.resize(640, 560)
    filler.show()
    shown = filler.row("lo").findChild(QLabel, "picture")
    assert shown is not None and shown.pixmap().width() <= 240 and shown.pixmap().height() == 160  # 400×300 scaled
    kiln = filler.input("lo")
    assert isinstance(kiln, SelectOneInput)
    assert not kiln.button("gas").icon().isNull() and kiln.button("than").icon().isNull()
    others = filler.input("lo_khac")
    assert isinstance(others, SelectMultipleInput) and not others.box("dien").icon().isNull()
    products = filler.input("san_pham")
    assert isinstance(products, SelectMultipleInput) and products.drop_down is not None
    assert products.drop_down.text() == "Chọn…" and not products.box("binh").isVisibleTo(filler)
    products.box("binh").setChecked(True)
    products.box("bat_dia").setChecked(True)
    assert filler.answers()["san_pham"] == ["binh", "bat_dia"]
    assert products.drop_down.text() == "Bình, Bát đĩa"
    filler.set_answers({"san_pham": ["lo_hoa"]})
    assert products.drop_down.text() == "Lọ hoa"
    filler.grab().save(str(tmp_path / "pictures.png"))
    menu = products.drop_down.menu()
    menu.popup(products.drop_down.mapToGlobal(products.drop_down.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    products.box("binh").click()  # a tick leaves the list open for the next one
    assert menu.isVisible() and filler.answers()["san_pham"] == ["binh", "lo_hoa"]
    menu.grab().save(str(tmp_path / "minimal_menu.png"))
    menu.close()


@pytest.mark.gui
def test_ranges_with_a_slider_a_list_or_stars(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    form = FormDefinition("muc", "1", "Mức độ", (
        Question("hai_long", "range", "Mức hài lòng", parameters="start=0 end=10 step=1"),
        Question("sao", "range", "Đánh giá", parameters="start=1 end=5 step=1", appearance="rating"),
        Question("ty_le", "range", "Tỷ lệ nội địa hóa (%)", parameters="start=0 end=100 step=5", appearance="picker"),
        Question("nghieng", "range", "Độ dốc", parameters="start=0 end=1 step=0.25", appearance="vertical no-ticks"),
    ), {})
    filler = FormFiller(form)
    qtbot.addWidget(filler)
    filler.resize(700, 520)
    filler.show()
    level, stars, share, slope = (filler.input(n) for n in ("hai_long", "sao", "ty_le", "nghieng"))
    assert isinstance(level, RangeInput) and level.slider is not None
    level.slider.setValue(7)
    assert filler.answers()["hai_long"] == 7 and level.edit.text() == "7"
    level.edit.selectAll()
    type_text(level.edit, "3")  # typed over the 7
    assert level.slider.value() == 3 and filler.answers()["hai_long"] == 3
    assert isinstance(stars, RangeInput) and len(stars.stars) == 5
    qtbot.mouseClick(stars.stars[3], Qt.MouseButton.LeftButton)
    assert filler.answers()["sao"] == 4 and [s.text() for s in stars.stars] == ["★", "★", "★", "★", "☆"]
    assert isinstance(share, RangeInput) and share.picker is not None and share.picker.count() == 22
    share.picker.activated.emit(4)  # the fourth value, 15
    assert filler.answers()["ty_le"] == 15
    assert isinstance(slope, RangeInput) and slope.slider is not None
    assert slope.slider.orientation() == Qt.Orientation.Vertical
    assert slope.slider.tickPosition() == slope.slider.TickPosition.NoTicks
    slope.slider.setValue(3)
    assert filler.answers()["nghieng"] == 0.75 and check(form, filler.answers()) == {}
    filler.grab().save(str(tmp_path / "ranges.png"))
    filler.set_read_only(True)
    assert not level.slider.isEnabled() and not stars.stars[0].isEnabled()


@pytest.mark.gui
def test_labels_show_the_answers_they_name_as_they_are_typed(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    form = FormDefinition("nhan", "1", "Nhãn có câu trả lời", (
        Question("ho_ten", "text", "Họ và tên chủ cơ sở"),
        Question("tuoi", "integer", "Tuổi của ${ho_ten}", required="yes", hint="${ho_ten} sinh năm nào?"),
        Question("chao", "note", "Cảm ơn ${ho_ten}!"),
    ), {})
    filler = FormFiller(form)
    qtbot.addWidget(filler)
    filler.resize(520, 300)
    filler.show()
    type_text(filler.input("ho_ten").edit, "Nguyễn Văn An")  # type: ignore[attr-defined]
    row = filler.row("tuoi")
    assert row.label.text() == "<b>Tuổi của Nguyễn Văn An</b>" + ' <span style="color:#b3261e">*</span>'  # type: ignore[attr-defined]
    assert row.hint.text() == "Nguyễn Văn An sinh năm nào?"  # type: ignore[attr-defined]
    assert filler.row("chao").label.text() == "Cảm ơn Nguyễn Văn An!"  # type: ignore[attr-defined]
    filler.grab().save(str(tmp_path / "labels.png"))


@pytest.mark.gui
def test_autocomplete_finds_a_choice_by_part_of_its_label(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    villages = tuple(ChoiceOption(f"l{n}", label) for n, label in enumerate(
        ("Làng gốm Bát Tràng", "Làng lụa Vạn Phúc", "Làng mây tre Phú Vinh", "Làng gốm Phù Lãng")))
    form = FormDefinition("tim", "1", "Tìm", (
        Question("lang", "select_one", "Làng nghề", list_name="lang", appearance="minimal autocomplete"),
    ), {"lang": villages})
    filler = FormFiller(form)
    qtbot.addWidget(filler)
    filler.resize(520, 300)
    filler.show()
    field = filler.input("lang")
    assert isinstance(field, SelectOneInput)
    combo = field.combo()
    assert combo is not None and combo.isEditable()
    combo.lineEdit().setFocus()
    type_text(combo.lineEdit(), "gốm")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["Làng gốm Bát Tràng", "Làng gốm Phù Lãng"]
    assert filler.answers()["lang"] == ""  # typed text is not a choice yet
    filler.grab().save(str(tmp_path / "autocomplete.png"))
    popup.grab().save(str(tmp_path / "autocomplete_popup.png"))
    popup.setCurrentIndex(popup.model().index(1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert filler.answers()["lang"] == "l3" and combo.currentText() == "Làng gốm Phù Lãng"
    filler.set_answers({"lang": "l1"})
    assert combo.currentText() == "Làng lụa Vạn Phúc" and field.value() == "l1"
    filler.set_read_only(True)
    assert combo.lineEdit().isReadOnly()
