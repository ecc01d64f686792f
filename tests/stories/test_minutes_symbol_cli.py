"""The head of an office numbers its minutes with the office's own symbol from the command line (DOMAIN.md §6):
`office` says how they are numbered, `office --symbol TTKC` changes it, a draft printed afterwards shows it."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from tests.stories.conftest import Run, init_office, one_error_line

HEAD = {"KC_PASSWORD": "Gốm-Bát-Tràng-2026"}
OFFICER = {"KC_PASSWORD": "Lụa-Vạn-Phúc-2026"}


def _text(path: Path) -> str:
    return " ".join(" ".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(path).pages)
                    .split())


def test_the_head_chooses_the_office_symbol_on_the_command_line(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "bt" / "kc.sqlite"
    init_office(run, db)
    shown = run("--db", db, "office", check=True).stdout.strip().splitlines()
    assert shown == ["UBND xã Bát Tràng (BT01): số biên bản đánh theo đoàn, hội đồng lập biên bản "
                     "(BB-ĐKS, BB-ĐKT, BB-HĐNT)."]

    # Bad input: one line on stderr, exit 1, nothing changed.
    for bad in ("BB-TTKC", "KS", "T", "TTKC2"):
        line = one_error_line(run("--db", db, "office", "--symbol", bad))
        assert line.startswith("Lỗi: Ký hiệu của đơn vị phải gồm 2–10 chữ cái in hoa"), line
    assert "theo đoàn, hội đồng" in run("--db", db, "office", check=True).stdout

    done = run("--db", db, "office", "--symbol", "ttkc", check=True).stdout.strip().splitlines()
    assert done == ["Từ nay số biên bản của UBND xã Bát Tràng đánh theo đơn vị, ký hiệu BB-TTKC "
                    "(ví dụ Số: 01/BB-TTKC); các số đã cấp giữ nguyên."]
    assert run("--db", db, "office", check=True).stdout.strip() == (
        "UBND xã Bát Tràng (BT01): số biên bản đánh theo đơn vị, ký hiệu BB-TTKC.")

    # Minutes finalized from now on take their numbers, every kind from one counter, and print them.
    run("--db", db, "demo", "--establishments", "5", "--projects", "8", check=True)
    records = json.loads(run("--db", db, "records", "list", "--json", check=True).stdout)
    finalized = [r for r in records if r["state"] == "finalized"]
    assert {r["kind"] for r in finalized} == {"survey", "inspection", "acceptance"}, records
    for year in {r["date"][:4] for r in finalized}:  # numbered by the year of the minutes' date
        numbers = sorted(r["number"] for r in finalized if r["date"].startswith(year))
        assert numbers == [f"{n:02d}/BB-TTKC" for n in range(1, len(numbers) + 1)]
    first = next(r for r in records if r["number"] == "01/BB-TTKC")
    run("--db", db, "print", first["kind"], first["id"], "-o", tmp_path / "01.pdf", check=True)
    assert "Số: 01/BB-TTKC" in _text(tmp_path / "01.pdf")
    draft = next(r for r in records if r["state"] == "draft")  # drafts print the number to come
    run("--db", db, "print", draft["kind"], draft["id"], "-o", tmp_path / "nhap.pdf", check=True)
    assert "Số: …/BB-TTKC" in _text(tmp_path / "nhap.pdf")

    # With accounts, choosing needs a head signed in; an officer is refused, reading needs no sign-in.
    run("--db", db, "accounts", "add", "an.nguyen", "--role", "head", env={"KC_NEW_PASSWORD": HEAD["KC_PASSWORD"]},
        check=True)
    run("--db", db, "--user", "an.nguyen", "accounts", "add", "binh", "--role", "officer", "--name", "Trần Văn Bình",
        env={**HEAD, "KC_NEW_PASSWORD": OFFICER["KC_PASSWORD"]}, check=True)
    assert "--user" in one_error_line(run("--db", db, "office", "--by-body"))
    assert "Chỉ lãnh đạo đơn vị mới được chọn ký hiệu số biên bản" in one_error_line(
        run("--db", db, "--user", "binh", "office", "--symbol", "UBND", env=OFFICER))
    assert "BB-TTKC" in run("--db", db, "office", check=True).stdout
    back = run("--db", db, "--user", "an.nguyen", "office", "--by-body", env=HEAD, check=True).stdout
    assert back.strip() == ("Từ nay số biên bản của UBND xã Bát Tràng đánh theo đoàn, hội đồng lập biên bản "
                            "(BB-ĐKS, BB-ĐKT, BB-HĐNT); các số đã cấp giữ nguyên.")
    assert "tham số --by-body không dùng cùng tham số --symbol" in run(
        "--db", db, "office", "--symbol", "UBND", "--by-body").stderr
