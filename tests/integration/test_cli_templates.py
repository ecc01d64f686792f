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
    survey.append(["geopoint", "vi_tri", "Vị trí", ""])
    survey.append(["integer", "so_lao_dong", "Số lao động", "${ten = 'x'"])
    path = tmp_path / "hong.xlsx"
    book.save(path)
    result = cli("--db", db, "templates", "import", path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "dòng 3" in result.stderr and "dòng 4" in result.stderr
    assert "vi_tri" not in cli("--db", db, "templates", "list", check=True).stdout
