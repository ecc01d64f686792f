"""XLSForm files: the default templates, write→read round trips, and every kind of broken file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

from kc_desktop import paths
from kc_desktop.errors import KCError
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Problem, Question, TemplateError
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform

HEADER = ["type", "name", "label", "hint", "required", "constraint", "constraint_message", "relevant", "default"]
CHOICES = [["list_name", "name", "label"], ["co_khong", "co", "Có"], ["co_khong", "khong", "Không"]]
SETTINGS = [["form_id", "version", "form_title"], ["thu", "3", "Phiếu thử"]]
DEFAULTS = {
    "khao_sat_ho_tro_thiet_bi.xlsx": (
        "khao_sat_ho_tro_thiet_bi",
        "Phiếu khảo sát, thẩm tra cơ sở đề nghị hỗ trợ máy móc thiết bị",
    ),
    "kiem_tra_thuc_hien.xlsx": ("kiem_tra_thuc_hien", "Phiếu kiểm tra tình hình thực hiện đề án khuyến công"),
}


def workbook(
    path: Path,
    survey: list[list[object]] | None,
    choices: list[list[object]] | None = CHOICES,
    settings: list[list[object]] | None = SETTINGS,
    titles: tuple[str, str, str] = ("survey", "choices", "settings"),
) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in zip(titles, (survey, choices, settings), strict=True):
        if rows is not None:
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
    book.save(path)
    return path


def row(type_: str, name: str, label: str = "Nhãn", **extra: str) -> list[object]:
    values = {"type": type_, "name": name, "label": label, **extra}
    return [values.get(column, "") for column in HEADER]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(TemplateError) as caught:
        read_xlsform(path)
    assert isinstance(caught.value, KCError)
    return caught.value.problems


def only_problem(path: Path) -> Problem:
    found = problems_of(path)
    assert len(found) == 1, found
    return found[0]


# ---- default templates and round trips ---------------------------------------------------


@pytest.mark.parametrize("file_name", sorted(DEFAULTS))
def test_default_templates(file_name: str, tmp_path: Path) -> None:
    definition = read_xlsform(paths.resource("templates", file_name))
    form_id, title = DEFAULTS[file_name]
    assert (definition.form_id, definition.version, definition.title) == (form_id, "1", title)
    assert 30 <= len(definition.fields()) <= 45
    for q in definition.questions:
        assert q.type == "end_group" or re.fullmatch(r"[a-z][a-z0-9_]*", q.name), q.name
        assert q.type.endswith("_group") or q.label
    labels = " ".join(q.label for q in definition.questions)
    assert "ệ" in labels and "đ" in labels.lower()  # full Vietnamese with diacritics
    assert all(section.group is not None for section in definition.sections())
    copy = tmp_path / file_name
    write_xlsform(definition, copy)
    assert read_xlsform(copy) == definition


def test_inspection_template_items_have_a_result_and_a_conditional_note() -> None:
    definition = read_xlsform(paths.resource("templates", "kiem_tra_thuc_hien.xlsx"))
    assert [o.name for o in definition.choices["ket_qua"]] == ["dat", "khong_dat", "khong_ap_dung"]
    items = [q for q in definition.fields() if q.list_name == "ket_qua"]
    for q in items:
        assert definition.question(f"{q.name}_ghi_chu").required == f"${{{q.name}}} = 'khong_dat'"
    groups = [s.title for s in definition.sections()]
    assert len(groups) == 10 and groups[1].startswith("II. Tiến độ")


def test_round_trip_of_tricky_content(tmp_path: Path) -> None:
    definition = FormDefinition(
        "thu_1",
        "2025-11-01",
        "Phiếu = thử",
        (
            Question("gioi_thieu", "note", "=SUM(A1:A2) không phải công thức"),
            Question("g", "begin_group", "", relevant="${f.x-1} > 0", appearance="field-list"),
            Question("a", "select_one", "Có?", list_name="co_khong", required="yes", default="co"),
            Question(
                "b",
                "select_multiple",
                "Màu",
                list_name="mau",
                constraint="count-selected(.) <= 2",
                constraint_message="Tối đa hai màu.",
            ),
            Question("c", "integer", "Số", hint="Dòng 1\nDòng 2", default="3"),
            Question("d", "date", "Ngày", default="today()"),
            Question("e", "image", "Ảnh"),
            Question("g", "end_group", ""),
            Question("f.x-1", "decimal", "Tỷ lệ", constraint=". < ${c}"),
        ),
        {
            "co_khong": (ChoiceOption("co", "Có"), ChoiceOption("khong", "Không")),
            "mau": (ChoiceOption("1", "Đỏ"), ChoiceOption("2", "Xanh")),
        },
    )
    path = tmp_path / "thu.xlsx"
    write_xlsform(definition, path)
    again = read_xlsform(path)
    assert again == definition
    assert [q.row for q in again.questions] == list(range(2, 11))  # rows are remembered but not compared
    sheet = openpyxl.load_workbook(path)["survey"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width >= 40
    assert sheet["C2"].value == "=SUM(A1:A2) không phải công thức" and sheet["C2"].data_type == "s"
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
@pytest.mark.parametrize("file_name", sorted(DEFAULTS))
def test_a_template_saved_as_excel_97_or_libreoffice_reads_as_its_xlsx(
        file_name: str, suffix: str, tmp_path: Path) -> None:
    """Offices keep old .xls and LibreOffice .ods files: read with calamine, the form is the same."""
    from xlsx_factory import save_as

    original = paths.resource("templates", file_name)
    copy = save_as(openpyxl.load_workbook(original), tmp_path / f"{Path(file_name).stem}{suffix}")
    assert read_xlsform(copy) == read_xlsform(original)


def test_a_note_without_a_name_is_named_as_pyxform_names_it(tmp_path: Path) -> None:
    definition = read_xlsform(workbook(tmp_path / "x.xlsx", [HEADER, row("note", "", "Ghi chú đầu phiếu"),
                                                              row("text", "a")]))
    assert [q.name for q in definition.questions][:2] == ["generated_note_name_2", "a"]


def test_json_round_trip_is_exact(tmp_path: Path) -> None:
    definition = read_xlsform(paths.resource("templates", "khao_sat_ho_tro_thiet_bi.xlsx"))
    text = json.dumps(definition.to_json(), ensure_ascii=False, sort_keys=True)
    again = FormDefinition.from_json(json.loads(text))
    assert again == definition
    assert list(again.choices) == list(definition.choices)  # list order survives sort_keys
    assert [q.row for q in again.questions] == [q.row for q in definition.questions]
    assert hash(again) == hash(definition)
    with pytest.raises(TemplateError):
        FormDefinition.from_json({"form_id": "x"})


def test_sections_fields_and_lookup() -> None:
    definition = FormDefinition(
        "s",
        "1",
        "S",
        (
            Question("a", "text", "A"),
            Question("g", "begin_group", "Nhóm"),
            Question("n", "note", "Ghi chú"),
            Question("h", "begin_group", "Nhóm con"),
            Question("b", "integer", "B"),
            Question("", "end_group", ""),
            Question("", "end_group", ""),
            Question("c", "date", "C"),
        ),
        {},
    )
    sections = definition.sections()
    assert [(s.title, [q.name for q in s.questions]) for s in sections] == [
        ("", ["a"]),
        ("Nhóm", ["n", "h", "b"]),
        ("", ["c"]),
    ]
    assert [q.name for q in definition.fields()] == ["a", "b", "c"]
    assert definition.question("h").label == "Nhóm con" and definition.parent("b") == "h"
    with pytest.raises(KeyError):
        definition.question("khong_co")


# ---- reading variants ---------------------------------------------------------------------


def test_headers_and_sheet_names_ignore_case_and_vietnamese_labels_win(tmp_path: Path) -> None:
    survey = [
        ["TYPE", "Name", "label::English (en)", "Label::Vietnamese (vi)", "hint::Vietnamese (vi)", "$kuid", "Required"],
        ["select one co_khong", "a", "Yes?", "Có không?", "Gợi ý", "x1y2", "TRUE"],
        ["integer", "b", "Number", "", "", "k2", ""],  # no Vietnamese label: another language
        ["begin group", "g", "", "Nhóm", "", "", ""],
        ["photo", "c", "Photo", "Ảnh", "", "", ""],
        ["end group", "", "", "", "", "", ""],
    ]
    choices = [["List Name", "Name", "label::Vietnamese (vi)"], ["co_khong", "co", "Có"], ["co_khong", "yes", "Đúng"]]
    path = workbook(
        tmp_path / "x.xlsx",
        survey,
        choices,
        [["form_id", "version", "title"], ["thu", 3, "Thử"]],
        titles=("Survey", "CHOICES", "Settings"),
    )
    definition = read_xlsform(path)
    a, b, group, c = definition.questions[:4]
    assert (a.type, a.list_name, a.label, a.hint, a.required) == (
        "select_one",
        "co_khong",
        "Có không?",
        "Gợi ý",
        "TRUE",
    )
    assert (b.type, b.label) == ("integer", "Number")
    assert (group.type, group.label, c.type) == ("begin_group", "Nhóm", "image")
    assert [o.name for o in definition.choices["co_khong"]] == ["co", "yes"]
    assert (definition.form_id, definition.version, definition.title) == ("thu", "3", "Thử")
    # Every language is kept, not only the one shown.
    assert a.text("label", "English (en)") == "Yes?" and a.text("label", "Vietnamese (vi)") == "Có không?"
    assert set(definition.languages) == {"English (en)", "Vietnamese (vi)"}


@pytest.mark.parametrize(
    ("file_name", "form_id"),
    [("Khảo sát-Đông Anh (2).xlsx", "khao_sat_dong_anh_2"), ("2025.xlsx", "mau_phieu_2025"), ("__.xlsx", "mau_phieu")],
)
def test_without_settings_the_file_name_gives_the_form_id(file_name: str, form_id: str, tmp_path: Path) -> None:
    definition = read_xlsform(workbook(tmp_path / file_name, [HEADER, row("text", "a")], None, None))
    assert (definition.form_id, definition.version, definition.title) == (form_id, "1", file_name[:-5])


def test_unused_extra_columns_and_constraint_message_alone_are_fine(tmp_path: Path) -> None:
    survey = [HEADER + ["calculation", "media::image"], row("text", "a", constraint_message="Chỉ thông báo") + ["", ""]]
    assert read_xlsform(workbook(tmp_path / "x.xlsx", survey)).questions[0].constraint_message == "Chỉ thông báo"


# ---- broken files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_", "kind", "list_name"),
    [
        ("geopoint", "geopoint", ""),
        ("begin repeat", "begin_group", ""),
        ("select_one co_khong or_other", "select_one", "co_khong"),
        ("select_one_from_file xa.csv", "select_one_from_file", "xa.csv"),
        ("rank co_khong", "rank", "co_khong"),
        ("audio", "audio", ""),
        ("start", "start", ""),
        ("dateTime", "datetime", ""),
        ("csv-external", "csv-external", ""),
        ("xml-external", "xml-external", ""),
    ],
)
def test_types_kc_used_to_refuse_are_kept(type_: str, kind: str, list_name: str, tmp_path: Path) -> None:
    end = [row("end repeat", "")] if "repeat" in type_ else []
    path = workbook(tmp_path / "x.xlsx", [HEADER, row("text", "a"), row(type_, "b"), *end])
    definition = read_xlsform(path)
    b = definition.questions[1]
    assert (b.type, b.list_name, b.row) == (kind, list_name, 3)
    copy = tmp_path / "copy.xlsx"
    write_xlsform(definition, copy)
    assert read_xlsform(copy) == definition


@pytest.mark.parametrize(
    ("type_", "fragment"),
    [
        ("textX", "loại câu hỏi «textX» không có trong XLSForm"),
        ("select_one", "select_one"),
    ],
)
def test_types_refused_say_why(type_: str, fragment: str, tmp_path: Path) -> None:
    found = problems_of(workbook(tmp_path / "x.xlsx", [HEADER, row("text", "a"), row(type_, "b")]))
    assert any(fragment in p.message for p in found), found
    assert all("\n" not in str(p) for p in found)


def test_missing_survey_sheet(tmp_path: Path) -> None:
    problem = only_problem(workbook(tmp_path / "x.xlsx", None))
    assert (problem.sheet, problem.row, problem.message) == ("survey", 0, "thiếu trang survey (danh sách câu hỏi)")


def test_missing_choices_sheet_when_selects_need_it(tmp_path: Path) -> None:
    found = problems_of(workbook(tmp_path / "x.xlsx", [HEADER, row("select_one co_khong", "a")], None))
    assert any("co_khong" in p.message for p in found)


def test_missing_type_column(tmp_path: Path) -> None:
    header = [c for c in HEADER if c != "type"]
    problem = problems_of(workbook(tmp_path / "x.xlsx", [header, ["a", "b", "c"]]))[0]
    assert "type" in problem.message


def test_extra_columns_are_ignored_with_a_note(tmp_path: Path) -> None:
    survey = [HEADER + ["ghi chú riêng", "$kuid"], row("text", "a") + ["để cho người soạn", "k1"]]
    notes: list[Problem] = []
    definition = read_xlsform(workbook(tmp_path / "x.xlsx", survey), notes)
    assert [q.name for q in definition.questions] == ["a"]
    assert any("bỏ qua các cột" in n.message and "«ghi chú riêng»" in n.message for n in notes)


def test_old_syntax_is_read_with_a_note(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label:English", "label:Tiếng Việt", "bind:required"],
        ["select one from co_khong", "a", "Yes?", "Có không?", "yes"],
    ]
    choices = [["list_name", "name", "label:English", "label:Tiếng Việt"], ["co_khong", "co", "Yes", "Có"]]
    notes: list[Problem] = []
    definition = read_xlsform(workbook(tmp_path / "x.xlsx", survey, choices), notes)
    a = definition.questions[0]
    assert (a.type, a.list_name, a.required, a.label) == ("select_one", "co_khong", "yes", "Có không?")
    assert a.text("label", "English") == "Yes?"
    shown = " ".join(n.message for n in notes)
    assert "«label:English»" in shown and "«label::English»" in shown
    assert "«select one from co_khong»" in shown and "«bind:required»" in shown
    assert not any("xoá" in n.message for n in notes)


def test_curly_quotes_are_straightened_as_pyxform_does(tmp_path: Path) -> None:
    survey = [HEADER, row("text", "a"), row("text", "b", relevant="${a} = \u2018x\u2019")]
    notes: list[Problem] = []
    definition = read_xlsform(workbook(tmp_path / "x.xlsx", survey), notes)
    assert definition.question("b").relevant == "${a} = 'x'"
    assert any(n.row == 3 and "dấu nháy cong" in n.message for n in notes)


def test_every_language_and_setting_survive_export(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label::Tiếng Việt (vi)", "label::English (en)", "hint::English (en)"],
        ["select_one co_khong", "a", "Có không?", "Yes?", "Pick one"],
    ]
    choices = [["list_name", "name", "label::Tiếng Việt (vi)", "label::English (en)"], ["co_khong", "co", "Có", "Yes"]]
    settings = [
        ["form_id", "version", "form_title", "default_language", "instance_name", "style"],
        ["thu", "7", "Thử", "English (en)", "concat(${a}, '-')", "pages"],
    ]
    definition = read_xlsform(workbook(tmp_path / "x.xlsx", survey, choices, settings))
    assert (definition.default_language, definition.instance_name, definition.style) == (
        "English (en)",
        "concat(${a}, '-')",
        "pages",
    )
    a = definition.questions[0]
    assert a.label == "Có không?" and a.hint == "Pick one"  # Vietnamese first, else the default language
    assert definition.choices["co_khong"][0].text("label", "English (en)") == "Yes"
    copy = tmp_path / "copy.xlsx"
    write_xlsform(definition, copy)
    headers = [c.value for c in openpyxl.load_workbook(copy)["survey"][1]]
    assert "label::Tiếng Việt (vi)" in headers and "label::English (en)" in headers
    assert read_xlsform(copy) == definition


def test_names_duplicate_and_invalid(tmp_path: Path) -> None:
    survey = [
        HEADER,
        row("text", "a"),
        row("integer", "a"),
        row("text", "1abc"),
        row("text", "có dấu cách"),
        row("text", ""),
    ]
    found = problems_of(workbook(tmp_path / "x.xlsx", survey))
    assert [(p.row, p.column) for p in found] == [(3, "B (name)"), (4, "B (name)"), (5, "B (name)"), (6, "B (name)")]
    assert found[0].message == "tên «a» trùng với dòng 2"
    assert "không hợp lệ" in found[1].message and found[3].message == "thiếu tên (name)"


def test_select_with_unknown_or_empty_list(tmp_path: Path) -> None:
    survey = [HEADER, row("select_one khong_co", "a")]
    problem = only_problem(workbook(tmp_path / "x.xlsx", survey))
    assert (problem.row, problem.column) == (2, "A (type)")
    assert problem.message == "danh sách lựa chọn «khong_co» không có trong trang choices"


def test_choice_problems(tmp_path: Path) -> None:
    choices = [["list_name", "name", "label"], ["l", "a", "A"], ["l", "a", "A lần nữa"], ["l", "d", ""]]
    problem = only_problem(workbook(tmp_path / "x.xlsx", [HEADER, row("select_one l", "q")], choices))
    assert (problem.sheet, problem.row) == ("choices", 3)
    assert problem.message == "tên lựa chọn bị trùng trong cùng một danh sách"


def test_unbalanced_groups(tmp_path: Path) -> None:
    survey = [HEADER, row("end_group", ""), row("begin_group", "g"), row("text", "a")]
    found = problems_of(workbook(tmp_path / "x.xlsx", survey))
    assert [(p.row, p.column, p.message) for p in found] == [
        (2, "A (type)", "dòng end_group không có begin_group tương ứng ở trên"),
        (3, "A (type)", "nhóm «g» chưa được đóng: thiếu dòng end_group"),
    ]


def test_expression_syntax_error_names_row_column_and_position(tmp_path: Path) -> None:
    survey = [HEADER, row("text", "a"), row("text", "b", relevant="not(${a}")]
    path = workbook(tmp_path / "x.xlsx", survey)
    with pytest.raises(TemplateError) as caught:
        read_xlsform(path)
    problem = caught.value.problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("survey", 3, "H (relevant)")
    assert problem.message == "biểu thức sai cú pháp: thiếu dấu «)» (mở ở vị trí 1)"
    assert str(problem) == (
        "Trang survey, dòng 3, cột H (relevant): biểu thức sai cú pháp: thiếu dấu «)» (mở ở vị trí 1)."
    )
    assert "x.xlsx" in str(caught.value) and str(problem) in str(caught.value)


@pytest.mark.parametrize(
    ("calculation", "fragment"),
    [
        ('concatx(${a}, "-")', "hàm «concatx()» không có trong XLSForm"),
        ("because it's wrong", "thiếu toán tử"),
        ("label::English != ''", "ký tự «:»"),
        ("${a} +", "thiếu vế sau"),
    ],
)
def test_expressions_odk_validate_would_refuse(calculation: str, fragment: str, tmp_path: Path) -> None:
    survey = [HEADER + ["calculation"], row("text", "a") + [""], row("calculate", "c") + [calculation]]
    problem = only_problem(workbook(tmp_path / "x.xlsx", survey))
    assert problem.row == 3 and fragment in problem.message


def test_valid_xpath_beyond_what_kc_computes_is_kept(tmp_path: Path) -> None:
    survey = [
        HEADER + ["calculation"],
        row("integer", "a") + [""],
        row("calculate", "c") + ["round(${a} div 3, 2) + pulldata('x', 'y', 'z', ${a})"],
        row("text", "b", relevant="position(..) > 1 and /data/a != ''", constraint="string-length(.) < 5") + [""],
    ]
    definition = read_xlsform(workbook(tmp_path / "x.xlsx", survey))
    assert definition.question("c").calculation.startswith("round(")
    assert definition.question("b").relevant == "position(..) > 1 and /data/a != ''"


def test_references_to_unknown_fields(tmp_path: Path) -> None:
    survey = [
        HEADER,
        row("begin_group", "g"),
        row("note", "n"),
        row("integer", "a", constraint=". < ${khong_co}", required="${g} = 1"),
        row("text", "b", relevant="${n} = ''"),
        row("end_group", ""),
    ]
    problem = only_problem(workbook(tmp_path / "x.xlsx", survey))
    assert (problem.row, problem.column) == (4, "F (constraint)")
    assert problem.message == "tham chiếu ${khong_co} tới câu hỏi không có trong phiếu"


@pytest.mark.parametrize(
    ("rows", "at_row", "cycle"),
    [
        ([row("text", "a", relevant="${a} = 'x'")], 2, "${a} → ${a}"),
        ([row("text", "a", relevant="${b} = 'x'"), row("text", "b", relevant="${a} = 'x'")], 2, "${a} → ${b} → ${a}"),
        (
            [
                row("text", "z"),
                row("text", "a", relevant="${c} > 1 and ${z} = 1"),
                row("text", "b", relevant="${a} = 1"),
                row("integer", "c", relevant="${b} = 1"),
            ],
            3,
            "${a} → ${c} → ${b} → ${a}",
        ),
        (
            [row("begin_group", "g", relevant="${q} = 'x'"), row("text", "q"), row("end_group", "")],
            2,
            "${g} → ${q} → ${g}",
        ),
    ],
)
def test_circular_relevant(rows: list[list[object]], at_row: int, cycle: str, tmp_path: Path) -> None:
    problem = only_problem(workbook(tmp_path / "x.xlsx", [HEADER, *rows]))
    assert (problem.row, problem.column) == (at_row, "H (relevant)")
    assert problem.message == f"điều kiện hiển thị (relevant) phụ thuộc vòng tròn: {cycle}"


def test_bad_fixed_defaults_and_dynamic_ones(tmp_path: Path) -> None:
    survey = [
        HEADER,
        row("begin_group", "g", required="yes"),
        row("note", "n", constraint=". > 1"),
        row("integer", "a", default="mười"),
        row("date", "d", default="15/03/2026"),
        row("text", "t", default="today()"),
        row("select_one co_khong", "s", default="co_the"),
        row("text", "u", default="${a}"),
        row("end_group", ""),
    ]
    found = problems_of(workbook(tmp_path / "x.xlsx", survey))
    assert [(p.row, p.column) for p in found] == [(4, "I (default)"), (5, "I (default)"), (7, "I (default)")]
    assert found[0].message == "giá trị mặc định «mười» không hợp lệ: Phải là số nguyên."


def test_every_problem_is_collected_and_nothing_returned(tmp_path: Path) -> None:
    survey = [HEADER, row("geopoint", "a"), row("text", "b", relevant="${b2} ="), row("text", "b")]
    with pytest.raises(TemplateError) as caught:
        read_xlsform(workbook(tmp_path / "x.xlsx", survey))
    places = [(p.sheet, p.row) for p in caught.value.problems]
    assert places == [("survey", 3), ("survey", 4)]
    message = str(caught.value)
    assert message.startswith("Mẫu phiếu «x.xlsx» có 2 lỗi, chưa nhập gì:")
    assert "Trang survey, dòng 4, cột B (name): tên «b» trùng với dòng 3." in message


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"type,name,label\ntext,a,A\n", "không phải tệp Excel .xlsx"),
        (b"PK\x03\x04 this zip is cut short", "không phải tệp Excel .xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "đặt mật khẩu"),
        (b"", "không phải tệp Excel .xlsx"),
    ],
)
def test_files_that_are_not_workbooks(content: bytes, fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "mau phieu.xlsx"
    path.write_bytes(content)
    problem = only_problem(path)
    assert fragment in problem.message and "mau phieu.xlsx" in problem.message


def test_missing_file(tmp_path: Path) -> None:
    problem = only_problem(tmp_path / "khong_co.xlsx")
    assert problem.message == "không mở được tệp «khong_co.xlsx»: tệp không tồn tại"
    assert str(problem) == "Không mở được tệp «khong_co.xlsx»: tệp không tồn tại."


def test_a_damaged_sheet_inside_a_readable_zip(tmp_path: Path) -> None:
    import zipfile

    source = zipfile.ZipFile(paths.resource("templates", "kiem_tra_thuc_hien.xlsx"))
    path = tmp_path / "hong.xlsx"
    with source, zipfile.ZipFile(path, "w") as damaged:
        for info in source.infolist():
            data = source.read(info.filename)
            damaged.writestr(info, data[:200] if info.filename.endswith("sheet1.xml") else data)
    problem = only_problem(path)
    assert "hong.xlsx" in problem.message and "hỏng" in problem.message
