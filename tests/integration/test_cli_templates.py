"""`templates list/export/import` on the command line, with real XLSForm files."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from openpyxl import Workbook, load_workbook

Run = Callable[..., CompletedProcess[str]]


def test_export_edit_and_import_a_new_version(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "init", "--site-code", "BT01", "--site-name", "UBND xã Bát Tràng", "--officer", "Nguyễn Văn An",
        check=True)
    listing = cli("--db", db, "templates", "list", check=True).stdout
    assert "kiem_tra_thuc_hien" in listing and "khao_sat_ho_tro_thiet_bi" in listing
    exported = tmp_path / "kiem-tra.xlsx"
    cli("--db", db, "templates", "export", "kiem_tra_thuc_hien", exported, check=True)
    same = cli("--db", db, "templates", "import", exported)
    assert same.returncode == 1 and "đã phát hành" in same.stderr and len(same.stderr.strip().splitlines()) == 1
    book = load_workbook(exported)
    settings = book["settings"]
    header = [cell.value for cell in settings[1]]
    settings.cell(row=2, column=header.index("version") + 1, value="2")
    book.save(exported)
    result = cli("--db", db, "templates", "import", exported, "--publish", check=True)
    assert "phiên bản 2" in result.stdout
    listing = cli("--db", db, "templates", "list", check=True).stdout
    assert "Ngừng dùng" in listing and "Đang dùng" in listing


def test_a_broken_template_is_refused_with_its_place(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "init", "--site-code", "BT01", "--site-name", "UBND xã Bát Tràng", "--officer", "Nguyễn Văn An",
        check=True)
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "relevant"])
    survey.append(["text", "ten", "Tên", ""])
    survey.append(["textX", "vi_tri", "Vị trí", ""])
    survey.append(["integer", "so_lao_dong", "Số lao động", "${ten = 'x'"])
    path = tmp_path / "hong.xlsx"
    book.save(path)
    result = cli("--db", db, "templates", "import", path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "dòng 4" in result.stderr and "relevant" in result.stderr
    assert "vi_tri" not in cli("--db", db, "templates", "list", check=True).stdout


def test_thousands_of_problems_make_one_short_line(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "init", "--site-code", "BT01", "--site-name", "UBND xã Bát Tràng", "--officer", "Nguyễn Văn An",
        check=True)
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "relevant"])
    for number in range(1209):
        survey.append(["text", f"q{number}", "Câu hỏi " + "rất dài " * 30, f"${{khong_co_{number}}} = 1"])
    path = tmp_path / "nhieu-loi.xlsx"
    book.save(path)
    result = cli("--db", db, "templates", "import", path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and len(result.stderr) < 2000
    assert "có 1.209 lỗi" in result.stderr and "… và 1.206 lỗi khác" in result.stderr


def test_old_syntax_imports_with_notes(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "init", "--site-code", "BT01", "--site-name", "UBND xã Bát Tràng", "--officer", "Nguyễn Văn An",
        check=True)
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label:English", "label:Tiếng Việt"])
    survey.append(["text", "ten", "Name", "Tên"])
    path = tmp_path / "cu.xlsx"
    book.save(path)
    result = cli("--db", db, "templates", "import", path, check=True)
    assert "Đã nhập mẫu cu" in result.stdout
    assert "«label:English»" in result.stderr and "«label::English»" in result.stderr
