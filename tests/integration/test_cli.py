"""The command line end to end on real files (DESIGN.md §6)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from kc_desktop import __version__

Run = Callable[..., CompletedProcess[str]]


def _one_line_error(result) -> str:  # noqa: ANN001
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_version(cli: Run) -> None:
    result = cli("--version", check=True)
    assert result.stdout.strip() == f"KC Desktop {__version__}"


def test_demo_is_realistic_and_deterministic(cli: Run, tmp_path: Path) -> None:
    listings = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite"
        cli("--db", db, "demo", "--establishments", "300", "--seed", "42", check=True)
        listings.append(json.loads(cli("--db", db, "establishments", "list", "--json", check=True).stdout))
    first, second = listings
    assert len(first) == 300
    strip = [{k: v for k, v in row.items() if k not in ("craft_village_id",)} for row in first]
    assert strip == [{k: v for k, v in row.items() if k not in ("craft_village_id",)} for row in second]
    assert [r["id"] for r in first] == [r["id"] for r in second]
    assert any("ư" in r["name"] or "ồ" in r["name"] or "ợ" in r["name"] for r in first)
    assert any(r["craft_village_name"] == "Làng gốm Bát Tràng" for r in first)
    assert {r["admin_unit_name"].split(" ")[0] for r in first} <= {"Xã", "Phường"}
    cli("--db", tmp_path / "c.sqlite", "demo", "--establishments", "300", "--seed", "43", check=True)
    third = json.loads(cli("--db", tmp_path / "c.sqlite", "establishments", "list", "--json", check=True).stdout)
    assert [r["name"] for r in third] != [r["name"] for r in first]


def test_demo_tax_codes_are_valid(cli: Run, tmp_path: Path) -> None:
    from kc_desktop.domain.ids import normalize_tax_code

    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "400", check=True)
    rows = json.loads(cli("--db", db, "establishments", "list", "--json", check=True).stdout)
    codes = [r["tax_code"] for r in rows if r["tax_code"]]
    assert len(codes) > 300 and len(set(codes)) == len(codes)
    assert all(normalize_tax_code(code) == code for code in codes)


def test_stats_json_counts_records(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "25", check=True)
    stats = json.loads(cli("--db", db, "stats", "--json", check=True).stdout)
    assert stats["establishments"] == 25
    assert stats["admin_units"] == 126
    assert stats["sites"] == 1 and stats["officers"] == 1
    assert stats["change_log"] >= 25 + stats["craft_villages"] + 2


def test_search_from_the_command_line_ignores_accents(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli(
        "--db",
        db,
        "init",
        "--site-code",
        "BT01",
        "--site-name",
        "UBND xã Bát Tràng",
        "--admin-unit",
        "00583",
        "--officer",
        "Nguyễn Văn An",
        check=True,
    )
    cli("--db", db, "demo", "--establishments", "200", check=True)
    found = json.loads(cli("--db", db, "establishments", "list", "--search", "bat trang", "--json", check=True).stdout)
    accented = json.loads(
        cli("--db", db, "establishments", "list", "--search", "Bát Tràng", "--json", check=True).stdout
    )
    assert found and found == accented
    assert all("Bát Tràng" in (r["admin_unit_name"] + r["craft_village_name"] + r["name"]) for r in found)


def test_init_refuses_bad_identity(cli: Run, tmp_path: Path) -> None:
    line = _one_line_error(
        cli("--db", tmp_path / "kc.sqlite", "init", "--site-code", "B T!", "--site-name", "X", "--officer", "A")
    )
    assert "Mã đơn vị" in line


def test_not_a_database_gives_one_line_and_exit_1(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Biên bản họp thôn\n" * 100, encoding="utf-8")
    line = _one_line_error(cli("--db", path, "stats", "--json"))
    assert "không phải cơ sở dữ liệu" in line
    assert path.read_text(encoding="utf-8").startswith("Biên bản")


def test_newer_database_is_refused(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "5", check=True)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert "mới hơn" in _one_line_error(cli("--db", db, "stats"))


def test_missing_database_for_reading_commands(cli: Run, tmp_path: Path) -> None:
    assert "Không có cơ sở dữ liệu" in _one_line_error(cli("--db", tmp_path / "none.sqlite", "stats"))
    assert not (tmp_path / "none.sqlite").exists()


def test_usage_error_exits_2(cli: Run) -> None:
    result = cli("establishments", "frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_sync_export_writes_one_signed_package(cli: Run, tmp_path: Path) -> None:
    import zipfile

    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "20", "--projects", "8", check=True)
    result = cli("--db", db, "sync", "export", "-o", tmp_path / "gui-so", check=True)
    path = Path(result.stdout.strip())
    assert path.parent == tmp_path / "gui-so" and path.name.startswith("KC-DEMO-1-") and path.suffix == ".kcpkg"
    with zipfile.ZipFile(path) as archive:
        assert {"manifest.json", "manifest.sig", "changes.jsonl"} <= set(archive.namelist())
    # The keys live in the database (they belong to the site, not to its folder), never in a package.
    assert not (tmp_path / "site-signing-key.pem").exists()
