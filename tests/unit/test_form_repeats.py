"""Repeat groups in answers: instances stored as lists, expressions that see their own instance."""

from __future__ import annotations

from kc_desktop.forms.answers import (
    REQUIRED_MESSAGE,
    check,
    choice_filters,
    computed,
    defaults,
    instance_defaults,
    instance_key,
    nest_repeats,
    renumbered,
    repeat_counts,
    split_key,
    visible,
)
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question


def ask(type_: str, name: str, **extra: str) -> Question:
    base, _, list_name = type_.partition(" ")
    return Question(name=name, type=base, label=name.upper(), list_name=list_name, **extra)


def begin_repeat(name: str, **extra: str) -> Question:
    return Question(name=name, type="begin_group", label=name.upper(), container="repeat", **extra)


def end_repeat() -> Question:
    return Question("", "end_group", "", container="repeat")


WORKERS = FormDefinition("f", "1", "Thử", (
    ask("integer", "so_may"),
    begin_repeat("lao_dong"),
    ask("text", "ho_ten", required="yes"),
    ask("integer", "tuoi", constraint=". >= 15", constraint_message="Chưa đủ tuổi lao động."),
    ask("text", "ly_do", relevant="${tuoi} < 18", required="yes"),
    ask("calculate", "thu_tu", calculation="position(..)"),
    ask("decimal", "luong", default="5"),
    ask("calculate", "thuong", calculation="${luong} * 0.1 + ${so_may}"),
    end_repeat(),
    ask("calculate", "tong_luong", calculation="sum(${luong})"),
    ask("calculate", "so_nguoi", calculation="count(${lao_dong})"),
    ask("calculate", "nguoi_dau", calculation="indexed-repeat(${ho_ten}, ${lao_dong}, 2)"),
    begin_repeat("may", repeat_count="${so_may}"),
    ask("text", "ten_may"),
    end_repeat(),
), {})

ANSWERS: dict[str, object] = {
    "so_may": 2,
    "lao_dong": [
        {"ho_ten": "Nguyễn Văn An", "tuoi": 30, "luong": 7},
        {"ho_ten": "", "tuoi": 16, "luong": 5.5},
        {"ho_ten": "Lê Thị Cúc", "tuoi": 12},
    ],
}


def test_instance_keys_read_back() -> None:
    key = instance_key((("lao_dong", 1), ("con", 0)), "ho_ten")
    assert key == "lao_dong[2]/con[1]/ho_ten"
    assert split_key(key) == ((("lao_dong", 1), ("con", 0)), "ho_ten")
    assert split_key("so_may") == ((), "so_may")


def test_each_instance_is_checked_on_its_own() -> None:
    errors = check(WORKERS, ANSWERS)
    assert list(errors) == ["lao_dong[2]/ho_ten", "lao_dong[2]/ly_do", "lao_dong[3]/tuoi", "lao_dong[3]/ly_do"]
    assert errors == {
        "lao_dong[2]/ho_ten": REQUIRED_MESSAGE,
        "lao_dong[2]/ly_do": REQUIRED_MESSAGE,  # 16 years old: the reason is asked in that instance only
        "lao_dong[3]/tuoi": "Chưa đủ tuổi lao động.",
        "lao_dong[3]/ly_do": REQUIRED_MESSAGE,
    }
    shown = visible(WORKERS, ANSWERS)
    assert {"lao_dong", "lao_dong[1]/ho_ten", "lao_dong[2]/ly_do", "lao_dong[3]/ly_do"} <= shown
    assert "lao_dong[1]/ly_do" not in shown
    assert "ho_ten" not in shown


def test_calculations_see_their_instance_and_totals_see_all() -> None:
    values = computed(WORKERS, ANSWERS)
    assert values["tong_luong"] == 12.5
    assert values["so_nguoi"] == 3
    assert values["nguoi_dau"] == ""  # the second worker has no name yet
    workers = values["lao_dong"]
    assert isinstance(workers, list)
    assert [w["thu_tu"] for w in workers] == [1, 2, 3]
    # ${so_may} from outside the repeat; an empty wage is NaN, as in ODK, stored as nothing
    assert [w["thuong"] for w in workers] == [2.7, 2.55, ""]
    assert workers[0]["ho_ten"] == "Nguyễn Văn An"  # the rest of the instance is kept
    assert ANSWERS["lao_dong"][0] == {"ho_ten": "Nguyễn Văn An", "tuoi": 30, "luong": 7}  # not changed in place
    named = computed(WORKERS, {"lao_dong": [{"ho_ten": "A"}, {"ho_ten": "Bình"}]})
    assert named["nguoi_dau"] == "Bình"


def test_repeat_count_fixes_the_number_of_instances() -> None:
    assert repeat_counts(WORKERS, ANSWERS) == {"may": 2}
    assert repeat_counts(WORKERS, {"so_may": ""}) == {"may": 0}


def test_defaults_of_a_record_and_of_a_new_instance() -> None:
    assert defaults(WORKERS) == {"lao_dong": [], "may": []}
    assert instance_defaults(WORKERS, "lao_dong") == {"luong": 5.0}


def test_a_record_saved_before_the_group_repeated_keeps_its_answers_as_the_first_instance() -> None:
    old = {"so_may": 1, "ho_ten": "Trần Văn Bình", "tuoi": 40}
    nested = nest_repeats(WORKERS, old)
    assert nested == {"so_may": 1, "lao_dong": [{"ho_ten": "Trần Văn Bình", "tuoi": 40}], "may": []}
    assert check(WORKERS, old) == {}
    assert nest_repeats(WORKERS, {"so_may": 1})["lao_dong"] == []


def test_nested_repeats_and_filters_per_instance() -> None:
    places = (ChoiceOption("a1", "Xưởng 1", extra=(("khu", "a"),)),
              ChoiceOption("b1", "Xưởng 2", extra=(("khu", "b"),)))
    definition = FormDefinition("f", "1", "Thử", (
        begin_repeat("khu"),
        ask("text", "ma_khu"),
        ask("select_one xuong", "xuong", choice_filter="khu = ${ma_khu}"),
        begin_repeat("may"),
        ask("integer", "cong_suat", constraint=". <= ${toi_da}"),
        end_repeat(),
        ask("integer", "toi_da"),
        ask("calculate", "tong", calculation="sum(${cong_suat})"),
        end_repeat(),
    ), {"xuong": places})
    answers = {"khu": [
        {"ma_khu": "a", "toi_da": 10, "may": [{"cong_suat": 4}, {"cong_suat": 12}]},
        {"ma_khu": "b", "toi_da": 20, "may": [{"cong_suat": 12}]},
    ]}
    assert check(definition, answers) == {"khu[1]/may[2]/cong_suat": "Giá trị không thỏa điều kiện: . <= ${toi_da}"}
    assert choice_filters(definition, answers) == {"khu[1]/xuong": frozenset({"a1"}), "khu[2]/xuong": frozenset({"b1"})}
    values = computed(definition, answers)
    assert [k["tong"] for k in values["khu"]] == [16, 12]  # type: ignore[index, union-attr]


def test_relative_references_read_the_same_instance() -> None:
    definition = FormDefinition("f", "1", "Thử", (
        begin_repeat("may"),
        ask("integer", "cong_suat"),
        ask("text", "ly_do", relevant="../cong_suat > 50", required="yes"),
        ask("calculate", "gap_doi", calculation="../../may/cong_suat * 2"),
        end_repeat(),
    ), {})
    answers = {"may": [{"cong_suat": 80}, {"cong_suat": 10}]}
    assert check(definition, answers) == {"may[1]/ly_do": REQUIRED_MESSAGE}
    assert [m["gap_doi"] for m in computed(definition, answers)["may"]] == [160, 20]  # type: ignore[index, union-attr]


def test_keys_after_an_instance_is_removed() -> None:
    assert renumbered("may[2]", "may[3]/ten_may") == "may[2]/ten_may"
    assert renumbered("may[2]", "may[2]/ten_may") == ""
    assert renumbered("may[2]", "may[1]/ten_may") == "may[1]/ten_may"
    assert renumbered("may[2]", "may_moc[3]/ten") == "may_moc[3]/ten"
    assert renumbered("xuong[1]/may[2]", "xuong[1]/may[4]/anh") == "xuong[1]/may[3]/anh"
    assert renumbered("xuong[1]/may[2]", "xuong[2]/may[4]/anh") == "xuong[2]/may[4]/anh"


def test_a_repeats_relevant_is_decided_in_each_instance() -> None:
    definition = FormDefinition("f", "1", "Thử", (
        ask("integer", "nguong"),
        begin_repeat("may", relevant="${dang_dung} = 'co' or position(..) = 1"),
        ask("select_one co_khong", "dang_dung"),
        ask("text", "ten_may", required="yes"),
        end_repeat(),
        ask("calculate", "so_ten", calculation="count-non-empty(${ten_may})"),
        begin_repeat("lo", relevant="${nguong} > 0"),
        ask("text", "ten_lo", required="yes"),
        end_repeat(),
    ), {"co_khong": (ChoiceOption("co", "Có"), ChoiceOption("khong", "Không"))})
    answers = {"nguong": 0,
               "may": [{"dang_dung": "khong"}, {"dang_dung": "co"}, {"dang_dung": "khong", "ten_may": "Lò cũ"}],
               "lo": [{}]}
    shown = visible(definition, answers)
    # The first instance is shown by position(..) = 1, the second by its own answer; the third is not.
    assert {"may", "may[1]/ten_may", "may[2]/ten_may"} <= shown
    assert "may[3]/ten_may" not in shown and "may[3]/dang_dung" not in shown
    assert check(definition, answers) == {"may[1]/ten_may": REQUIRED_MESSAGE, "may[2]/ten_may": REQUIRED_MESSAGE}
    # The hidden instance's name counts for nothing outside the repeat, as in ODK.
    assert computed(definition, answers)["so_ten"] == 0
    # A relevant over the answers outside the repeat hides the repeat and every instance of it.
    assert "lo" not in shown and "lo[1]/ten_lo" not in shown
    assert "lo[1]/ten_lo" in visible(definition, {**answers, "nguong": 3})


def test_expression_defaults_are_computed_for_the_record_and_each_new_instance() -> None:
    definition = FormDefinition("f", "1", "Thử", (
        ask("text", "xa", default="Bát Tràng"),
        ask("integer", "nam", default="2026"),
        ask("text", "ma", default="concat(${xa}, '-', ${nam})"),
        ask("date", "han", default="date('2026-03-01') + 30"),
        begin_repeat("lo"),
        ask("text", "ten_lo", default="concat('Lò ', position(..), ' của ', ${xa})"),
        ask("integer", "so", default="3"),
        end_repeat(),
    ), {})
    made = defaults(definition)
    assert made == {"xa": "Bát Tràng", "nam": 2026, "ma": "Bát Tràng-2026", "han": "2026-03-31", "lo": []}
    first = instance_defaults(definition, "lo", answers=made, key="lo")
    assert first == {"so": 3, "ten_lo": "Lò 1 của Bát Tràng"}
    second = instance_defaults(definition, "lo", answers={**made, "lo": [first]}, key="lo")
    assert second["ten_lo"] == "Lò 2 của Bát Tràng"
    assert instance_defaults(definition, "lo") == {"so": 3}  # without the record: the fixed ones only


def test_read_only_of_questions_groups_and_instances() -> None:
    from kc_desktop.forms.answers import fixed_read_only, read_only_questions

    definition = FormDefinition("f", "1", "Thử", (
        ask("select_one co_khong", "chot"),
        Question("ho_so", "begin_group", "Hồ sơ", read_only="yes"),
        ask("text", "so_ho_so"),
        Question("", "end_group", ""),
        begin_repeat("may", read_only="${chot} = 'co'"),
        ask("text", "ten_may"),
        ask("text", "ghi_chu", read_only="position(..) = 1"),
        ask("calculate", "stt", calculation="position(..)"),
        end_repeat(),
    ), {"co_khong": (ChoiceOption("co", "Có"), ChoiceOption("khong", "Không"))})
    assert fixed_read_only(definition) == (frozenset({"so_ho_so"}), frozenset({"ten_may", "ghi_chu"}))
    answers = {"chot": "khong", "may": [{}, {}]}
    assert read_only_questions(definition, answers) == {"so_ho_so", "may[1]/ghi_chu"}
    assert read_only_questions(definition, {**answers, "chot": "co"}) == {
        "so_ho_so", "may[1]/ghi_chu", "may[1]/ten_may", "may[2]/ghi_chu", "may[2]/ten_may"}


def test_a_trigger_inside_a_repeat_fires_in_its_own_instance_only() -> None:
    definition = FormDefinition("f", "1", "Thử", (
        ask("text", "dot"),
        begin_repeat("may"),
        ask("text", "ten_may"),
        ask("calculate", "ten_hoa", calculation="concat(${ten_may}, '/', ${dot})", trigger="${ten_may}"),
        ask("calculate", "dot_luc", calculation="${dot}", trigger="${dot}"),
        ask("text", "ghi_chu", trigger="${ten_may}"),
        end_repeat(),
    ), {})
    answers = {"dot": "Đợt 2", "may": [{"ten_may": "Lò ga", "ten_hoa": "Lò/Đợt 1", "dot_luc": "Đợt 1", "ghi_chu": "a"},
                                      {"ten_may": "Máy nhào", "ten_hoa": "", "dot_luc": "Đợt 1", "ghi_chu": "b"}]}
    machines = computed(definition, answers, changed="may[2]/ten_may")["may"]
    assert isinstance(machines, list)
    assert [(m["ten_hoa"], m["dot_luc"], m["ghi_chu"]) for m in machines] == [
        ("Lò/Đợt 1", "Đợt 1", "a"), ("Máy nhào/Đợt 2", "Đợt 1", "")]
    machines = computed(definition, answers, changed="dot")["may"]
    assert isinstance(machines, list)
    assert [m["dot_luc"] for m in machines] == ["Đợt 2", "Đợt 2"]  # a question outside fires in every instance


def test_labels_and_hints_show_the_answers_they_name() -> None:
    from kc_desktop.documents.data import AnswerSection
    from kc_desktop.documents.template_parts import parts
    from kc_desktop.forms.answers import outputs

    definition = FormDefinition("f", "1", "Thử", (
        ask("text", "co_so"),
        Question("tong_hop", "begin_group", "Tổng hợp của ${co_so}"),
        ask("decimal", "dien_tich"),
        Question("nhac", "note", "Diện tích ${dien_tich} m² của ${co_so}", hint="Kiểm tra lại nếu quá ${gioi_han}"),
        Question("", "end_group", ""),
        begin_repeat("lao_dong"),
        ask("text", "ho_ten"),
        Question("luong", "decimal", "Lương tháng của ${ho_ten}"),
        end_repeat(),
    ), {})
    answers = {"co_so": "Gốm Minh Long", "dien_tich": 120.5,
               "lao_dong": [{"ho_ten": "An", "luong": 9}, {"ho_ten": "Bình"}]}
    shown = outputs(definition, answers)
    assert shown["nhac"] == ("Diện tích 120.5 m² của Gốm Minh Long", "Kiểm tra lại nếu quá ${gioi_han}")
    assert shown["tong_hop"][0] == "Tổng hợp của Gốm Minh Long"
    assert shown["lao_dong[1]/luong"][0] == "Lương tháng của An"
    assert shown["lao_dong[2]/luong"][0] == "Lương tháng của Bình"
    printed = parts(definition, answers, {}, checklists=False, draft=False)
    section = next(p for p in printed if isinstance(p, AnswerSection) and p.title == "Tổng hợp của Gốm Minh Long")
    assert any(line.label == "Diện tích 120.5 m² của Gốm Minh Long" for line in section.lines)


def test_distance_and_area_over_the_geopoints_of_a_repeat() -> None:
    definition = FormDefinition("f", "1", "Thử", (
        begin_repeat("moc"),
        ask("geopoint", "diem"),
        end_repeat(),
        ask("calculate", "chu_vi", calculation="round(distance(${diem}), 0)"),
        ask("calculate", "dien_tich", calculation="round(area(${diem}), -2)"),
    ), {})
    corners = ["0 0 0 0", "0 0.001 0 0", "0.001 0.001 0 0", "0.001 0 0 0", "0 0 0 0"]
    values = computed(definition, {"moc": [{"diem": c} for c in corners]})
    assert 440 < values["chu_vi"] < 450  # type: ignore[operator]  # four sides of ~111 m
    assert values["dien_tich"] == 12400
