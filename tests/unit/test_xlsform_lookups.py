"""Secondary instances in real XLSForm files: csv-external data, instance('…')/root/item[…] lookups,
pulldata(), current() and absolute paths; imported with pyxform, computed here, exported and checked
again by pyxform and ODK Validate (Java)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kc_desktop.forms.answers import check, choice_filters, computed, visible
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform
from tests.unit.test_xlsform_corpus import _odk_validate

PRICES = "ma,ten,don_gia,nhom\nG01,Bình gốm men lam,150000,gom\nG02,Lọ hoa,85000,gom\nM01,Giỏ mây,40000,may\n"


def _write(folder: Path) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label", "calculation", "choice_filter", "constraint", "relevant", "trigger"])
    rows = [
        ["csv-external", "gia", "", "", "", "", "", ""],
        ["select_one nhom", "nhom", "Nhóm hàng", "", "", "", "", ""],
        ["select_one hang", "hang", "Mặt hàng", "", "nhom = current()/../nhom", "", "", ""],
        ["integer", "so_luong", "Số lượng", "", "", ". > 0", "/data/hang != ''", ""],
        ["calculate", "don_gia", "", "instance('gia')/root/item[ma = current()/../hang]/don_gia", "", "", "", ""],
        ["calculate", "ten_hang", "", "pulldata('gia', 'ten', 'ma', ${hang})", "", "", "", ""],
        ["calculate", "so_mat_hang", "", "count(instance('hang')/root/item[nhom = /data/nhom])", "", "", "", ""],
        ["calculate", "thanh_tien", "", "${don_gia} * ${so_luong}", "", "", "", ""],
        ["text", "ghi_chu", "Ghi chú khi đổi nhóm", "", "", "", "/data/meta/instanceID != 'x'", "${nhom}"],
    ]
    for row in rows:
        survey.append(row)
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label", "nhom"])
    for row in (["nhom", "gom", "Gốm", ""], ["nhom", "may", "Mây tre", ""], ["hang", "G01", "Bình gốm men lam", "gom"],
                ["hang", "G02", "Lọ hoa", "gom"], ["hang", "M01", "Giỏ mây", "may"]):
        choices.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["bang_gia", "1"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bang_gia.xlsx"
    book.save(path)
    (folder / "gia.csv").write_text(PRICES, encoding="utf-8")
    return path


def test_a_form_with_external_data_and_lookups_imports_computes_and_round_trips(tmp_path: Path) -> None:
    definition = read_xlsform(_write(tmp_path / "form"))
    assert [f.name for f in definition.files] == ["gia.csv"]
    answers = {"nhom": "gom", "hang": "G02", "so_luong": 3}
    assert choice_filters(definition, answers) == {"hang": frozenset({"G01", "G02"})}
    assert computed(definition, answers) == {"don_gia": "85000", "ten_hang": "Lọ hoa", "so_mat_hang": 2,
                                             "thanh_tien": 255000}
    assert check(definition, {**answers, "so_luong": 0}) == {"so_luong": "Giá trị không thỏa điều kiện: . > 0"}
    assert check(definition, {"nhom": "gom", "so_luong": 0}) == {}  # not asked before a product is chosen
    assert computed(definition, {**answers, "ghi_chu": "x"}, changed="nhom")["ghi_chu"] == ""  # trigger
    assert "ghi_chu" in visible(definition, answers)  # a hand-written path to the metadata reads as empty
    exported = tmp_path / "out" / "bang_gia.xlsx"
    exported.parent.mkdir()
    write_xlsform(definition, exported)
    (exported.parent / "gia.csv").write_bytes(definition.files[0].data)
    _odk_validate(exported)
    assert read_xlsform(exported) == definition


FRUITS = "name_key,name,nhom\nxoai,Xoài cát Hòa Lộc,trai\nbuoi,Bưởi Diễn,trai\nlua,Lúa nếp,hat\n"


def _search_form(folder: Path, appearance: str) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label", "appearance"])
    survey.append(["select_one nhom", "nhom", "Nhóm", ""])
    survey.append(["select_one nong_san", "nong_san", "Nông sản", appearance])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    choices.append(["nhom", "trai", "Trái cây"])
    choices.append(["nhom", "hat", "Hạt"])
    choices.append(["nong_san", "name_key", "name"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "nong_san.xlsx"
    book.save(path)
    (folder / "nong_san.csv").write_text(FRUITS, encoding="utf-8")
    return path


def test_the_search_appearance_offers_the_rows_of_the_csv_filtered(tmp_path: Path) -> None:
    definition = read_xlsform(_search_form(tmp_path / "a", "search('nong_san', 'matches', 'nhom', ${nhom})"))
    assert [(o.name, o.label) for o in definition.options("nong_san")] == [
        ("xoai", "Xoài cát Hòa Lộc"), ("buoi", "Bưởi Diễn"), ("lua", "Lúa nếp")]
    assert choice_filters(definition, {"nhom": "trai"}) == {"nong_san": frozenset({"xoai", "buoi"})}
    assert check(definition, {"nhom": "hat", "nong_san": "lua"}) == {}
    assert "nong_san" in check(definition, {"nhom": "hat", "nong_san": "xoai"})  # of another group
    plain = read_xlsform(_search_form(tmp_path / "b", "minimal search('nong_san')"))
    assert len(plain.options("nong_san")) == 3 and choice_filters(plain, {}) == {}
    exported = tmp_path / "out" / "nong_san.xlsx"
    exported.parent.mkdir()
    write_xlsform(definition, exported)
    (exported.parent / "nong_san.csv").write_bytes(definition.files[0].data)
    _odk_validate(exported)
    assert read_xlsform(exported) == definition


def test_a_search_this_program_cannot_read_is_refused_with_its_row(tmp_path: Path) -> None:
    import pytest

    from kc_desktop.forms.definition import TemplateError

    with pytest.raises(TemplateError) as caught:
        read_xlsform(_search_form(tmp_path, "search('nong_san', 'like', 'nhom', ${nhom})"))
    [problem] = caught.value.problems
    assert problem.row == 3 and "search()" in str(problem) and "\n" not in str(problem)


def test_a_form_with_every_new_feature_round_trips_through_pyxform_and_odk_validate(tmp_path: Path) -> None:
    from PIL import Image

    from kc_desktop.forms.answers import defaults, instance_defaults, outputs, read_only_questions

    folder = tmp_path / "form"
    folder.mkdir()
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label", "hint", "appearance", "relevant", "default", "trigger", "read_only",
                   "calculation", "parameters", "media::image"])
    rows = [
        ["text", "co_so", "Tên cơ sở", "", "", "", "", "", "", "", "", "logo.png"],
        ["date", "ngay", "Ngày", "", "", "", "today()", "", "", "", "", ""],
        ["text", "ma", "Mã phiếu của ${co_so}", "", "", "", "concat('KS-', ${co_so})", "", "", "", "", ""],
        ["select_multiple sp", "san_pham", "Sản phẩm", "", "minimal", "", "", "", "", "", "", ""],
        ["range", "muc", "Mức", "", "rating", "", "", "", "", "", "start=1 end=5 step=1", ""],
        ["calculate", "luc_doi", "", "", "", "", "", "${co_so}", "", "now()", "", ""],
        ["integer", "so_lo", "Số lò đang dùng", "", "", "", "", "", "", "", "", ""],
        ["begin_group", "chot", "Phần chốt", "", "", "", "", "", "${so_lo} > 5", "", "", ""],
        ["text", "y_kien", "Ý kiến", "", "", "", "", "", "", "", "", ""],
        ["end_group", "", "", "", "", "", "", "", "", "", "", ""],
        ["begin_repeat", "lo", "Lò nung", "", "", "position(..) <= ${so_lo}", "", "", "", "", "", ""],
        ["text", "ten_lo", "Tên lò", "", "", "", "concat('Lò ', position(..))", "", "", "", "", ""],
        ["begin_repeat", "phu_tung", "Phụ tùng", "", "", "", "", "", "", "", "", ""],
        ["text", "ten_pt", "Phụ tùng của ${ten_lo}", "", "", "", "", "", "", "", "", ""],
        ["end_repeat", "", "", "", "", "", "", "", "", "", "", ""],
        ["end_repeat", "", "", "", "", "", "", "", "", "", "", ""],
    ]
    for row in rows:
        survey.append(row)
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label", "media::image"])
    choices.append(["sp", "binh", "Bình", "binh.png"])
    choices.append(["sp", "lo_hoa", "Lọ hoa", ""])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["moi", "1"])
    path = folder / "moi.xlsx"
    book.save(path)
    for name, color in (("logo.png", "navy"), ("binh.png", "orange")):
        Image.new("RGB", (32, 32), color).save(folder / name)
    definition = read_xlsform(path)
    assert sorted(f.name for f in definition.files) == ["binh.png", "logo.png"]
    made = defaults(definition)
    assert made["ma"] == "KS-" and isinstance(made["ngay"], str)  # the name is not typed yet
    answers = {**made, "co_so": "Minh Long", "so_lo": 1,
               "lo": [instance_defaults(definition, "lo", answers={**made, "so_lo": 1}, key="lo"), {}]}
    assert answers["lo"][0] == {"ten_lo": "Lò 1"}  # type: ignore[index]
    assert outputs(definition, answers)["ma"][0] == "Mã phiếu của Minh Long"
    shown = visible(definition, answers)
    assert "lo[1]/ten_lo" in shown and "lo[2]/ten_lo" not in shown
    assert "y_kien" in read_only_questions(definition, {**answers, "so_lo": 6})
    exported = tmp_path / "out" / "moi.xlsx"
    exported.parent.mkdir()
    write_xlsform(definition, exported)
    for item in definition.files:
        (exported.parent / item.name).write_bytes(item.data)
    _odk_validate(exported)
    assert read_xlsform(exported) == definition
