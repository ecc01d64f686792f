"""Answers to a form: visibility through relevant and groups, checks, defaults."""

from __future__ import annotations

import datetime as dt

import pytest

from kc_desktop import paths
from kc_desktop.forms.answers import REQUIRED_MESSAGE, check, defaults, visible
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
from kc_desktop.forms.xlsform import read_xlsform

TODAY = dt.date(2026, 3, 15)
YES_NO = (ChoiceOption("co", "Có"), ChoiceOption("khong", "Không"))
COLOURS = (ChoiceOption("do", "Đỏ"), ChoiceOption("xanh", "Xanh"), ChoiceOption("khong", "Không màu nào"))


def ask(type_: str, name: str, **extra: str) -> Question:
    base, _, list_name = type_.partition(" ")
    return Question(name=name, type=base, label=name.upper(), list_name=list_name, **extra)


def end() -> Question:
    return Question("", "end_group", "")


def form(*questions: Question) -> FormDefinition:
    return FormDefinition("f", "1", "Thử", questions, {"co_khong": YES_NO, "mau": COLOURS})


def test_relevant_and_enclosing_groups_decide_visibility() -> None:
    definition = form(
        ask("select_one co_khong", "co_may"),
        ask("text", "ten_may", relevant="${co_may} = 'co'"),
        ask("begin_group", "nhom", relevant="${co_may} = 'co'"),
        ask("integer", "so_may"),
        ask("begin_group", "nhom_con", relevant="${so_may} > 2"),
        ask("note", "ghi_chu"),
        ask("text", "chi_tiet"),
        end(),
        end(),
        ask("text", "cuoi"),
    )
    assert visible(definition, {}) == {"co_may", "cuoi"}
    shown = visible(definition, {"co_may": "co", "so_may": 1})
    assert shown == {"co_may", "ten_may", "nhom", "so_may", "cuoi"}
    shown = visible(definition, {"co_may": "co", "so_may": "5"})
    assert {"nhom_con", "ghi_chu", "chi_tiet"} <= shown
    # Hiding the outer group hides everything in it, whatever the inner relevant says.
    assert "chi_tiet" not in visible(definition, {"co_may": "khong", "so_may": 5})


def test_hidden_answers_read_as_empty_even_for_later_questions() -> None:
    definition = form(
        ask("text", "c", relevant="${b} = 'x'"),  # refers forward
        ask("select_one co_khong", "a"),
        ask("text", "b", relevant="${a} = 'co'"),
    )
    assert visible(definition, {"a": "co", "b": "x"}) == {"a", "b", "c"}
    # b keeps a stale answer, but hidden it reads as '' for c.
    assert visible(definition, {"a": "khong", "b": "x"}) == {"a"}


def test_required_constant_and_expression() -> None:
    definition = form(
        ask("text", "a", required="yes"),
        ask("text", "b", required="true()"),
        ask("text", "c", required="TRUE"),
        ask("text", "d", required="no"),
        ask("select_one co_khong", "e"),
        ask("text", "f", required="${e} = 'khong'"),
        ask("text", "g", required="1"),
    )
    errors = check(definition, {"e": "co", "b": "   "})
    assert errors == {"a": REQUIRED_MESSAGE, "b": REQUIRED_MESSAGE, "c": REQUIRED_MESSAGE, "g": REQUIRED_MESSAGE}
    errors = check(definition, {"a": "x", "b": "x", "c": "x", "g": "x", "e": "khong"})
    assert errors == {"f": REQUIRED_MESSAGE}


def test_hidden_questions_are_not_checked() -> None:
    definition = form(
        ask("select_one co_khong", "co"),
        ask("begin_group", "g", relevant="${co} = 'co'"),
        ask("integer", "so", required="yes", constraint=". > 10"),
        end(),
    )
    assert check(definition, {"co": "khong", "so": 3}) == {}
    assert check(definition, {"co": "co", "so": 3}) == {"so": "Giá trị không thỏa điều kiện: . > 10"}
    assert check(definition, {"co": "co"}) == {"so": REQUIRED_MESSAGE}


@pytest.mark.parametrize(
    ("type_", "value", "fragment"),
    [
        ("integer", "12a", "số nguyên"),
        ("integer", 1.5, "số nguyên"),
        ("integer", True, "số nguyên"),
        ("decimal", "1,5", "dấu chấm"),
        ("decimal", float("nan"), "dấu chấm"),
        ("date", "15/03/2026", "Ngày không hợp lệ"),
        ("date", "2026-02-30", "Ngày không hợp lệ"),
        ("select_one mau", "tim", "«tim» không có trong danh sách"),
        ("select_multiple mau", ["do", "tim"], "«tim» không có trong danh sách"),
        ("select_multiple mau", 3, "danh sách các lựa chọn"),
        ("image", [1, 2], "Ảnh"),
        ("text", ["a"], "chữ"),
    ],
)
def test_type_errors(type_: str, value: object, fragment: str) -> None:
    errors = check(form(ask(type_, "x")), {"x": value})
    assert fragment in errors["x"]


@pytest.mark.parametrize(
    ("type_", "value"),
    [
        ("integer", 12),
        ("integer", "-12"),
        ("integer", 3.0),
        ("decimal", "1.5"),
        ("decimal", 2),
        ("date", "2026-03-15"),
        ("date", dt.date(2026, 3, 15)),
        ("select_one mau", "xanh"),
        ("select_multiple mau", ["do", "xanh"]),
        ("select_multiple mau", "do xanh"),
        ("image", ["abc123"]),
        ("text", "Có"),
    ],
)
def test_good_values_pass(type_: str, value: object) -> None:
    assert check(form(ask(type_, "x", required="yes")), {"x": value}) == {}


def test_constraints_messages_and_failures() -> None:
    definition = form(
        ask("integer", "lao_dong", constraint=". >= 0", constraint_message="Số lao động không được âm."),
        ask("integer", "nu", constraint=". <= ${lao_dong}"),
        ask("decimal", "ty_le", constraint="100 div . > 1", constraint_message="Sai tỷ lệ."),
        ask("select_multiple mau", "mau", constraint="not(selected(., 'khong') and count-selected(.) > 1)"),
        ask("date", "ngay", constraint=". <= today()", constraint_message="Ngày không được sau hôm nay."),
        ask("text", "ma", constraint="regex(., '[0-9]{10}')"),
        ask("integer", "trong", constraint=". > 5"),
    )
    answers = {"lao_dong": -1, "nu": 4, "ty_le": 0, "mau": ["do", "khong"], "ngay": "2026-03-16", "ma": "01002"}
    errors = check(definition, answers, TODAY)
    assert errors == {
        "lao_dong": "Số lao động không được âm.",
        "nu": "Giá trị không thỏa điều kiện: . <= ${lao_dong}",
        "ty_le": "Sai tỷ lệ.",  # division by zero is a failed constraint, not a crash
        "mau": "Giá trị không thỏa điều kiện: not(selected(., 'khong') and count-selected(.) > 1)",
        "ngay": "Ngày không được sau hôm nay.",
        "ma": "Giá trị không thỏa điều kiện: regex(., '[0-9]{10}')",
    }
    answers = {"lao_dong": "10", "nu": "4", "ty_le": "50", "mau": "do xanh", "ngay": "2026-03-15", "ma": "0100233488"}
    assert check(definition, answers, TODAY) == {}


def test_constraints_compare_typed_values() -> None:
    definition = form(ask("decimal", "tong"), ask("decimal", "ho_tro", constraint=". <= ${tong} * 0.5"))
    assert check(definition, {"tong": "100", "ho_tro": "50"}) == {}
    assert "ho_tro" in check(definition, {"tong": "100", "ho_tro": "50.5"})
    assert "ho_tro" in check(definition, {"ho_tro": 1})  # an unanswered total is '' and fails the comparison


def test_defaults() -> None:
    definition = form(
        ask("date", "ngay", default="today()"),
        ask("date", "ngay_co_dinh", default="2026-01-02"),
        ask("integer", "lan", default="1"),
        ask("decimal", "ty_le", default="50"),
        ask("select_one co_khong", "co", default="co"),
        ask("select_multiple mau", "mau", default="do xanh"),
        ask("text", "ghi_chu", default="Không có"),
        ask("text", "khong_mac_dinh"),
    )
    assert defaults(definition, TODAY) == {
        "ngay": "2026-03-15",
        "ngay_co_dinh": "2026-01-02",
        "lan": 1,
        "ty_le": 50.0,
        "co": "co",
        "mau": ["do", "xanh"],
        "ghi_chu": "Không có",
    }
    assert check(definition, defaults(definition, TODAY), TODAY) == {}
    assert defaults(definition)["ngay"] == dt.date.today().isoformat()


def test_a_broken_expression_in_a_stored_definition_never_crashes() -> None:
    definition = form(
        ask("text", "a", relevant="${a} = ("),  # shown, the safe side
        ask("text", "b", required="(", constraint="1 +"),  # required, and the constraint fails
        ask("text", "c", relevant="${d} = 'x'"),
        ask("text", "d", relevant="${c} = 'x'"),  # a cycle: refused at import, tolerated here
    )
    assert visible(definition, {}) >= {"a", "b"}
    assert check(definition, {}) == {"b": REQUIRED_MESSAGE}
    assert check(definition, {"b": "x"}) == {"b": "Giá trị không thỏa điều kiện: 1 +"}


def test_a_valid_constraint_beyond_what_kc_computes_is_not_enforced() -> None:
    definition = form(ask("text", "a", constraint="string-length(digest(., 'SHA-256')) > 3"))
    assert check(definition, {"a": "x"}) == {}
    computed = form(ask("text", "a", constraint="string-length(normalize-space(.)) > 3"))
    assert check(computed, {"a": " xy   z "}) == {}
    assert check(computed, {"a": " x   "}) != {}


def test_default_inspection_template_requires_a_note_only_when_not_met() -> None:
    definition = read_xlsform(paths.resource("templates", "kiem_tra_thuc_hien.xlsx"))
    items = [q for q in definition.fields() if q.list_name == "ket_qua"]
    assert len(items) >= 10
    answers: dict[str, object] = {q.name: "dat" for q in items}
    base = {
        "quyet_dinh_kiem_tra": "12/QĐ-TTKC",
        "quyet_dinh_phe_duyet": "34/QĐ-SCT",
        "ket_luan_kiem_tra": "dat_yeu_cau",
    }
    assert check(definition, {**answers, **base}) == {}
    answers["hoa_don"] = "khong_dat"
    assert check(definition, {**answers, **base}) == {"hoa_don_ghi_chu": REQUIRED_MESSAGE}
    answers["hoa_don_ghi_chu"] = "Thiếu hóa đơn GTGT của lò nung."
    base["ket_luan_kiem_tra"] = "can_khac_phuc"
    assert set(check(definition, {**answers, **base})) == {"ton_tai", "han_khac_phuc"}


def test_default_survey_template_asks_for_conditions_only_when_needed() -> None:
    definition = read_xlsform(paths.resource("templates", "khao_sat_ho_tro_thiet_bi.xlsx"))
    assert "dieu_kien_kem_theo" not in visible(definition, {"de_xuat": "du_dieu_kien"})
    assert "dieu_kien_kem_theo" in visible(definition, {"de_xuat": "co_dieu_kien"})
    assert "canh_bao_dia_ban" in visible(definition, {"dia_ban": "phuong", "lang_nghe": "khong"})
    assert "canh_bao_dia_ban" not in visible(definition, {"dia_ban": "xa", "lang_nghe": "khong"})
    errors = check(definition, {"so_lao_dong": -3, "tong_kinh_phi": 400, "kinh_phi_de_nghi": 250})
    assert errors["so_lao_dong"] == "Số lao động không được âm."
    assert "50%" in errors["kinh_phi_de_nghi"]
    assert errors["de_xuat"] == REQUIRED_MESSAGE
    assert "dieu_kien_kem_theo" not in errors


def _big_form() -> tuple[FormDefinition, dict[str, object], dict[str, str]]:
    """150 questions in 15 groups; every fifth group hidden; known mistakes in the answers."""
    questions: list[Question] = [ask("select_one co_khong", "mo_rong", required="yes")]
    answers: dict[str, object] = {"mo_rong": "co"}
    expected: dict[str, str] = {}
    for g in range(15):
        relevant = "${mo_rong} = 'co'" if g % 5 else "${mo_rong} = 'khong'"
        questions.append(ask("begin_group", f"nhom_{g}", relevant=relevant))
        for i in range(10 if g else 9):
            name = f"q_{g}_{i}"
            kind = ("integer", "decimal", "text", "select_one co_khong", "date")[i % 5]
            extra = {"required": "yes"} if i % 2 == 0 else {"required": f"${{q_{g}_0}} > 5"}
            if kind == "integer":
                extra["constraint"] = ". >= 0 and . <= 1000"
            if i == 3:
                extra["relevant"] = f"${{q_{g}_2}} != 'an'"
            questions.append(ask(kind, name, **extra))
            value: object = {"integer": 7, "decimal": "2.5", "text": "chữ", "date": "2026-01-01"}.get(kind, "co")
            if g % 5 and i == 5 and g % 2:
                value = -1  # an integer out of the allowed range
                expected[name] = "Giá trị không thỏa điều kiện: . >= 0 and . <= 1000"
            if g % 5 and i == 8 and g % 3 == 0:
                value = None  # required by an expression (q_g_0 = 7 > 5)
                expected[name] = REQUIRED_MESSAGE
            if g % 5 and i == 4 and g == 7:
                value = "01/02/2026"
                expected[name] = "Ngày không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2025-10-15)."
            answers[name] = value
        questions.append(end())
    return form(*questions), answers, expected


def test_a_150_question_form() -> None:
    definition, answers, expected = _big_form()
    assert len(definition.fields()) == 150
    assert check(definition, answers) == expected
    hidden = {f"q_{g}_{i}" for g in (0, 5, 10) for i in range(10)} & {q.name for q in definition.fields()}
    assert not hidden & visible(definition, answers)
    answers["mo_rong"] = "khong"
    assert set(check(definition, answers)) == set()  # the first group shows now, and is fully answered


def test_a_long_chain_of_forward_references_is_evaluated_exactly() -> None:
    count = 400
    questions = [ask("text", f"q{i}", relevant=f"${{q{i + 1}}} != 'an'") for i in range(count)]
    definition = form(*questions, ask("text", f"q{count}"))
    assert definition.relevance_order[0] == f"q{count}"
    assert len(visible(definition, {})) == count + 1
    # Every answer is 'an': q400 hides q399, whose answer then reads '' and shows q398, which hides q397…
    shown = visible(definition, {f"q{i}": "an" for i in range(count + 1)})
    assert shown == {f"q{i}" for i in range(count + 1) if i % 2 == 0}
