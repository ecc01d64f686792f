"""The command line with an XLSForm and the list files beside it: imported together, a missing one named
with its row, a broken one refused in one Vietnamese line, exported back beside the workbook."""

from __future__ import annotations

from pathlib import Path

from tests.stories.conftest import Run, init_office, one_error_line
from tests.unit.test_form_files import PRODUCTS, VILLAGES, write_form


def test_templates_import_and_export_carry_the_files_beside_the_form(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "office" / "kc.sqlite"
    init_office(run, db)
    imported = run("--db", db, "templates", "import", write_form(tmp_path / "form"), "--publish", check=True)
    assert "Đã nhập mẫu khao_sat_thon phiên bản 3" in imported.stdout
    assert "tệp" not in imported.stderr  # no file missing (pyxform's notes on the form itself may remain)
    out = tmp_path / "out" / "khao_sat_thon.xlsx"
    out.parent.mkdir()
    run("--db", db, "templates", "export", "khao_sat_thon", out, check=True)
    assert (out.parent / "villages.csv").read_text(encoding="utf-8") == VILLAGES
    assert (out.parent / "products.xml").read_text(encoding="utf-8") == PRODUCTS


def test_a_missing_file_is_a_note_and_a_broken_one_a_refusal(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "office" / "kc.sqlite"
    init_office(run, db)
    missing = run("--db", db, "templates", "import", write_form(tmp_path / "bare", files=False), check=True)
    notes = [line for line in missing.stderr.splitlines() if "villages.csv" in line]
    assert len(notes) == 1 and notes[0].startswith("Lưu ý: Trang survey, dòng 3: thiếu tệp «villages.csv»")
    broken = write_form(tmp_path / "broken", villages="name,label\nthon 1,Thôn Một\n")
    line = one_error_line(run("--db", db, "templates", "import", broken))
    assert "«villages.csv»" in line and "dòng 3" in line and "có dấu cách" in line
