"""`print` on the command line: one record to a file, every record of a kind to a folder."""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from pypdf import PdfReader

Run = Callable[..., CompletedProcess[str]]


def _text(path: Path) -> str:
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def test_print_one_and_all(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "60", "--projects", "16", check=True)
    stats = json.loads(cli("--db", db, "stats", "--json", check=True).stdout)
    folder = tmp_path / "in"
    result = cli("--db", db, "print", "inspection", "--all", "-o", folder, check=True)
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == stats["inspections"] > 0, result.stdout
    assert not list(folder.glob("*.part"))
    finalized = [p for p in pdfs if "BB-ĐKT" in p.name]
    text = _text(finalized[0])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Số: " + finalized[0].name[:2] + "/BB-ĐKT" in text
    drafts = [p for p in pdfs if "BAN-NHAP" in p.name]
    assert drafts and "BẢN NHÁP" in _text(drafts[0])


def test_print_unknown_record_is_one_line(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "5", "--projects", "0", check=True)
    result = cli("--db", db, "print", "survey", "00000000-0000-4000-8000-000000000000", "-o", tmp_path / "x.pdf")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_print_progress_of_finalized_minutes(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "60", "--projects", "16", check=True)
    folder = tmp_path / "tinh-hinh"
    result = cli("--db", db, "print", "inspection", "--all", "--progress", "-o", folder, check=True)
    sheets = sorted(folder.glob("*.pdf"))
    assert sheets and all(p.name.startswith("tinh-hinh-") and "BB-ĐKT" in p.name for p in sheets), result.stdout
    text = _text(sheets[0])
    assert "TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ" in text and "Biên bản kiểm tra số" in text
    refused = cli("--db", db, "print", "acceptance", "--all", "--progress", "-o", folder)
    assert refused.returncode == 1 and "--progress" in refused.stderr
