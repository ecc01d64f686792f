"""Answers of the types beyond text, numbers, dates and choices: checked, typed, printed, metadata filled."""

from __future__ import annotations

import datetime as dt

import pytest

from kc_desktop.documents.template_parts import answer_text, parts
from kc_desktop.forms import answer_types as types
from kc_desktop.forms.answers import check, computed, convert, metadata
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question

COLORS = (ChoiceOption("do", "Đỏ"), ChoiceOption("xanh", "Xanh"), ChoiceOption("vang", "Vàng"))


def _form(*questions: Question) -> FormDefinition:
    return FormDefinition("f", "1", "Phiếu", questions, {"mau": COLORS})


def _convert(question: Question, value: object) -> tuple[object, str]:
    return convert(question, value, _form(question))


@pytest.mark.parametrize(("value", "expected"), [("8:30", "08:30"), ("08:30:15", "08:30:15"),
                                                 ("08:30:00.000+07:00", "08:30")])
def test_times_are_read_and_tidied(value: str, expected: str) -> None:
    assert _convert(Question("t", "time", "Giờ"), value) == (expected, "")


def test_bad_times_and_datetimes_say_how_to_write_them() -> None:
    assert _convert(Question("t", "time", "Giờ"), "25:00")[1] == types.TIME_MESSAGE
    assert _convert(Question("d", "datetime", "Lúc"), "2025-10-15")[1] == types.DATETIME_MESSAGE
    assert _convert(Question("d", "datetime", "Lúc"), "2025-10-15T08:30") == (dt.datetime(2025, 10, 15, 8, 30), "")


def test_places_are_checked_and_stored_as_odk_writes_them() -> None:
    point = Question("p", "geopoint", "Vị trí")
    assert _convert(point, "21.0285 105.8542") == ("21.0285 105.8542 0 0", "")
    assert _convert(point, "21.0285, 105.8542, 12, 5") == ("21.0285 105.8542 12 5", "")
    assert "Vĩ độ" in str(_convert(point, "91 105")[1])
    assert "Kinh độ" in str(_convert(point, "21 181")[1])
    assert "không đọc được" in str(_convert(point, "Hà Nội")[1])
    trace = Question("t", "geotrace", "Đường")
    assert _convert(trace, "21 105;21.1 105.1") == ("21 105 0 0;21.1 105.1 0 0", "")
    assert "ít nhất 2 điểm" in str(_convert(trace, "21 105")[1])
    shape = Question("s", "geoshape", "Vùng")
    closed, problem = _convert(shape, "21 105;21.1 105;21.1 105.1")
    assert problem == "" and str(closed).split(";")[0] == str(closed).split(";")[-1]
    assert "ít nhất 3 điểm" in str(_convert(shape, "21 105;21.1 105")[1])


def test_ranges_ranks_acknowledgements_and_files() -> None:
    scale = Question("r", "range", "Mức", parameters="start=0 end=10 step=2")
    assert _convert(scale, 4) == (4, "")
    assert _convert(scale, "6") == (6, "")
    assert "từ 0 đến 10, bước 2" in str(_convert(scale, 5)[1])
    assert "từ 0 đến 10" in str(_convert(scale, 12)[1])
    assert _convert(Question("r", "range", "Mức"), 10) == (10, "")  # ODK's defaults: 1 to 10
    rank = Question("k", "rank", "Xếp hạng", list_name="mau")
    assert _convert(rank, ["xanh", "do", "vang"]) == (["xanh", "do", "vang"], "")
    assert "không có" in str(_convert(rank, ["tim"])[1])
    assert "một lần" in str(_convert(rank, ["do", "do"])[1])
    assert _convert(Question("a", "acknowledge", "Đồng ý"), "OK") == ("OK", "")
    assert _convert(Question("a", "acknowledge", "Đồng ý"), "có")[1]
    assert _convert(Question("f", "file", "Tệp"), "bao_gia.pdf") == ("bao_gia.pdf", "")
    assert _convert(Question("b", "barcode", "Mã"), "8935001") == ("8935001", "")


def test_check_reports_the_new_types_and_their_required_and_constraints() -> None:
    form = _form(
        Question("gio", "time", "Giờ", required="yes"),
        Question("vi_tri", "geopoint", "Vị trí"),
        Question("muc", "range", "Mức", parameters="start=1 end=5", constraint=". >= 2",
                 constraint_message="Ít nhất là 2."),
    )
    errors = check(form, {"vi_tri": "abc", "muc": 1})
    assert set(errors) == {"gio", "vi_tri", "muc"} and errors["muc"] == "Ít nhất là 2."
    assert check(form, {"gio": "07:45", "vi_tri": "21 105", "muc": 3}) == {}


def test_metadata_is_filled_once_and_end_moves_with_each_edit() -> None:
    form = _form(*(Question(kind, kind, "") for kind in ("start", "end", "today", "username", "deviceid",
                                                          "audit")))
    first = dt.datetime(2026, 3, 5, 8, 30, 12)
    about = {"username": "Nguyễn Văn An", "deviceid": "site-1"}
    filled = metadata(form, {}, about, first)
    assert filled == {"start": "2026-03-05T08:30:12", "end": "2026-03-05T08:30:12", "today": "2026-03-05",
                      "username": "Nguyễn Văn An", "deviceid": "site-1"}
    later = first + dt.timedelta(minutes=20)
    assert metadata(form, filled, about, later) == {}
    assert metadata(form, filled, about, later, edited=True) == {"end": "2026-03-05T08:50:12"}
    assert check(form, filled) == {}


def test_calculations_feed_other_calculations_and_keep_once_and_trigger() -> None:
    form = _form(
        Question("a", "integer", "A"),
        Question("b", "integer", "B"),
        Question("tong", "calculate", "", calculation="coalesce(${a}, 0) + coalesce(${b}, 0)"),
        Question("gap_doi", "calculate", "Gấp đôi", calculation="${tong} * 2"),
        Question("lan_dau", "calculate", "", calculation="once(${a})"),
        Question("khi_b", "calculate", "", calculation="${a} + 100", trigger="${b}"),
    )
    assert computed(form, {"a": 2, "b": 3}) == {"tong": 5, "gap_doi": 10, "lan_dau": 2, "khi_b": ""}
    assert computed(form, {"a": 7, "b": 3, "lan_dau": 2, "khi_b": 102}) == {
        "tong": 10, "gap_doi": 20, "lan_dau": 2, "khi_b": 102}
    assert computed(form, {"a": 7, "b": 4, "khi_b": 102}, changed="b")["khi_b"] == 107


def test_the_minutes_print_every_new_type_sensibly() -> None:
    form = _form(
        Question("luc", "datetime", "Lúc"),
        Question("vi_tri", "geopoint", "Vị trí"),
        Question("duong", "geotrace", "Đường"),
        Question("hang", "rank", "Xếp hạng", list_name="mau"),
        Question("dong_y", "acknowledge", "Đồng ý"),
        Question("muc", "range", "Mức", parameters="start=0 end=100 step=0.5"),
        Question("start", "start", ""),
        Question("gap_doi", "calculate", "Gấp đôi", calculation="${muc} * 2"),
    )
    answers = {"luc": "2026-03-05T08:30", "vi_tri": "21.0285 105.8542 12 5", "duong": "21 105 0 0;21.1 105.1 0 0",
               "hang": ["vang", "do"], "dong_y": "OK", "muc": 12.5, "start": "2026-03-05T08:00",
               "gap_doi": 25}
    q = form.question
    assert answer_text(q("luc"), answers["luc"], form) == "08:30 ngày 05/03/2026"
    assert answer_text(q("vi_tri"), answers["vi_tri"], form) == "21.0285, 105.8542 (độ cao 12 m, sai số 5 m)"
    assert answer_text(q("duong"), answers["duong"], form) == "2 điểm: 21, 105; 21.1, 105.1"
    assert answer_text(q("hang"), answers["hang"], form) == "1. Vàng; 2. Đỏ"
    assert answer_text(q("dong_y"), "OK", form) == "Đã xác nhận"
    assert answer_text(q("muc"), 12.5, form) == "12,5"
    printed = parts(form, answers, {}, checklists=False, draft=False)
    labels = [line.label for part in printed for line in part.lines]  # type: ignore[union-attr]
    assert "Gấp đôi" in labels and "" not in labels  # the start time is not printed


def _cascade() -> FormDefinition:
    communes = (ChoiceOption("bat_trang", "Bát Tràng"), ChoiceOption("phu_vinh", "Phú Vinh"))
    villages = (ChoiceOption("gom", "Làng gốm Bát Tràng", extra=(("xa", "bat_trang"),)),
                ChoiceOption("giang_cao", "Làng Giang Cao", extra=(("xa", "bat_trang"),)),
                ChoiceOption("may_tre", "Làng mây tre Phú Vinh", extra=(("xa", "phu_vinh"),)))
    questions = (Question("xa", "select_one", "Xã", list_name="xa"),
                 Question("lang", "select_one", "Làng nghề", list_name="lang", choice_filter="xa=${xa}"),
                 Question("lo", "select_multiple", "Loại lò", list_name="lo", or_other=True))
    kilns = (ChoiceOption("gas", "Lò gas"), ChoiceOption("than", "Lò than"))
    return FormDefinition("f", "1", "Phiếu", questions, {"xa": communes, "lang": villages, "lo": kilns})


def test_choice_filter_offers_the_villages_of_the_commune_chosen() -> None:
    from kc_desktop.forms.answers import choice_filters

    form = _cascade()
    assert choice_filters(form, {"xa": "bat_trang"}) == {"lang": frozenset({"gom", "giang_cao"})}
    assert choice_filters(form, {}) == {"lang": frozenset()}
    assert check(form, {"xa": "bat_trang", "lang": "gom"}) == {}
    assert "không thuộc danh sách" in check(form, {"xa": "phu_vinh", "lang": "gom"})["lang"]


def test_or_other_accepts_other_with_what_it_is_and_prints_it() -> None:
    form = _cascade()
    assert check(form, {"lo": ["gas", "other"], "lo_other": "Lò điện"}) == {}
    assert check(form, {"lo": ["other"]}) == {"lo": "Hãy ghi rõ lựa chọn «Khác»."}
    assert "không có" in check(form, {"lo": ["dien"]})["lo"]
    printed = parts(form, {"lo": ["gas", "other"], "lo_other": "Lò điện"}, {}, checklists=False, draft=False)
    assert [line.text for part in printed for line in part.lines] == ["Lò gas, Khác (Lò điện)"]  # type: ignore[union-attr]


def test_a_trigger_without_a_calculation_clears_its_question() -> None:
    form = _form(
        Question("xa", "text", "Xã"),
        Question("lang", "text", "Làng nghề", trigger="${xa}"),
    )
    assert computed(form, {"xa": "Bát Tràng", "lang": "Giang Cao"}) == {}
    assert computed(form, {"xa": "Kim Lan", "lang": "Giang Cao"}, changed="xa") == {"lang": ""}
    assert computed(form, {"xa": "Kim Lan", "lang": "Giang Cao"}, changed="lang") == {}
