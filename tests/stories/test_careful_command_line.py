"""The command line is as careful as the GUI: one line in Vietnamese, never a traceback, never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.stories.conftest import Run, init_city, init_office, introduce, one_error_line


def test_usage_errors_are_in_vietnamese(run: Run, tmp_path: Path) -> None:
    cases = {
        ("sync", "export"): "thiếu tham số bắt buộc: --output",
        ("nhap-goi",): "không có lệnh «nhap-goi»",
        ("stats", "--them"): "không hiểu các tham số: --them",
        ("demo", "--establishments", "nhiều"): "tham số --establishments: giá trị «nhiều» không hợp lệ",
        ("accounts", "add", "an", "--role", "giam-doc"): "«giam-doc» không phải lựa chọn hợp lệ",
    }
    for args, expected in cases.items():
        result = run("--db", tmp_path / "kc.sqlite", *args)
        assert result.returncode == 2 and expected in result.stderr, (args, result.stderr)
        assert "the following" not in result.stderr and "invalid" not in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="named pipes are POSIX here")
def test_a_pipe_a_device_or_a_folder_given_as_a_file_is_refused_at_once(tmp_path: Path) -> None:
    office, hq = tmp_path / "bt" / "kc.sqlite", tmp_path / "so" / "kc.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KC_DESKTOP_DATA=str(tmp_path / "data"))

    def run(*args: object) -> subprocess.CompletedProcess[str]:
        # A hang would be the bug: the timeout only stops the test from waiting forever.
        return subprocess.run([sys.executable, "-m", "kc_desktop", *map(str, args)], capture_output=True, text=True,
                              env=env, timeout=60)

    for db, init in ((office, init_office), (hq, init_city)):
        init(lambda *a, check=False, **kw: run(*a), db)  # type: ignore[misc]
    pipe = tmp_path / "ong-dan.kcpkg"
    os.mkfifo(pipe)
    folder = tmp_path / "thu-muc.xlsx"
    folder.mkdir()
    for target in (pipe, Path("/dev/zero"), folder):
        for args in (("--db", hq, "city", "import", target), ("--db", office, "sync", "receipt", target),
                     ("--db", hq, "city", "trust-site", target, "--fingerprint", "x"), ("check", target),
                     ("--db", office, "restore", target), ("--db", office, "establishments", "import", target),
                     ("--db", office, "templates", "import", target)):
            result = run(*args)
            assert result.returncode == 1, (args, result.stdout, result.stderr)
            assert "Traceback" not in result.stderr and result.stderr.strip(), (args, result.stderr)


def test_small_things_an_officer_trips_on(run: Run, tmp_path: Path) -> None:
    office, hq = tmp_path / "bt" / "kc.sqlite", tmp_path / "so" / "kc.sqlite"
    init_office(run, office)
    init_city(run, hq)
    introduce(run, office, hq, tmp_path / "cards")
    run("--db", office, "demo", "--establishments", "8", "--projects", "4", check=True)
    # A backup to a folder that does not exist says so; no file is written in its name.
    missing = one_error_line(run("--db", office, "backup", "-o", tmp_path / "usb-chua-cam",
                                 env={"KC_BACKUP_PASSPHRASE": "mat-khau-sao-luu"}))
    assert "không tồn tại" in missing and not (tmp_path / "usb-chua-cam").exists()
    # The office's own package is not a receipt.
    own = run("--db", office, "sync", "export", "-o", tmp_path / "usb", check=True).stdout.strip()
    assert "chính đơn vị này xuất" in one_error_line(run("--db", office, "sync", "receipt", own))
    # Records are listed with the 8-character ids the printed files carry, and print takes them.
    listed = json.loads(run("--db", office, "records", "list", "--json", check=True).stdout)
    assert listed and {"id", "kind", "number", "date", "state"} <= set(listed[0])
    first = listed[0]
    text = run("--db", office, "records", "list", "--kind", first["kind"], check=True).stdout
    assert first["id"][:8] in text and text.strip().endswith("biên bản.")
    printed = run("--db", office, "print", first["kind"], first["id"][:8], "-o", tmp_path / "pdf", check=True)
    assert Path(printed.stdout.strip()).read_bytes().startswith(b"%PDF")
    assert "Không có biên bản" in one_error_line(run("--db", office, "print", first["kind"], "ffffffff",
                                                     "-o", tmp_path / "pdf"))


def test_an_unexpected_error_is_one_line_with_the_details_in_the_log(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    init_office(run, db)
    # A database whose change log column was dropped by hand: an error nobody planned for.
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute("DROP TABLE site_key")
    connection.close()
    result = run("--db", db, "sync", "card", "-o", tmp_path / "the.json")
    line = one_error_line(result)
    assert "chi tiết ghi trong" in line
    log = tmp_path / "data" / "logs" / "kc-desktop.log"
    assert "Traceback" in log.read_text("utf-8")
