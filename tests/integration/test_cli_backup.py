"""`backup -o FILE`, `restore FILE`, `check [FILE]` end to end on real files (DESIGN.md §3, §6)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Run = Callable[..., CompletedProcess[str]]
SECRET = {"KC_BACKUP_PASSPHRASE": "Bat-Trang-2026"}


def _error_line(result: CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _count(cli: Run, db: Path) -> int:
    return int(json.loads(cli("--db", db, "stats", "--json", check=True).stdout)["establishments"])


def test_backup_check_and_restore(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "20", "--projects", "2", check=True)
    usb = tmp_path / "usb"
    usb.mkdir()
    # Without a passphrase chosen and no terminal to ask it, nothing is written.
    assert "KC_BACKUP_PASSPHRASE" in _error_line(cli("--db", db, "backup", "-o", usb))
    assert list(usb.iterdir()) == []
    backup = cli("--db", db, "backup", "-o", usb, check=True, extra=SECRET)
    [copy] = list(usb.glob("kc-*-thu-cong.kcbak"))
    assert "Đã đặt mật khẩu sao lưu" in backup.stdout
    assert f"Đã sao lưu «{db}» vào «{copy}»" in backup.stdout and "20 cơ sở" in backup.stdout
    # The next backup needs no passphrase: it is encrypted to the backup key the database keeps.
    cli("--db", db, "backup", "-o", tmp_path / "lan-hai.kcbak", check=True)

    checked = cli("--db", db, "check", check=True)
    assert checked.stdout.startswith("Cơ sở dữ liệu tốt") and "20 cơ sở" in checked.stdout
    assert "cần" not in cli("check", copy, check=True, extra=SECRET).stdout
    assert "Bản sao lưu tốt" in cli("check", copy, check=True, extra=SECRET).stdout
    assert "KC_BACKUP_PASSPHRASE" in cli("check", copy, check=True).stdout

    cli("--db", db, "demo", "--establishments", "15", "--projects", "0", "--seed", "2", check=True)
    assert _count(cli, db) == 35
    assert "Cần mật khẩu sao lưu" in _error_line(cli("--db", db, "restore", copy))
    restored = cli("--db", db, "restore", copy, check=True, extra=SECRET)
    lines = restored.stdout.strip().splitlines()
    assert lines[0].startswith(f"Đã khôi phục «{db}» từ «{copy}»") and "20 cơ sở" in lines[0]
    kept = Path(lines[1].split("«")[1].split("»")[0])
    assert lines[1].startswith("Dữ liệu trước khi khôi phục được giữ lại tại") and kept.parent == tmp_path / "backups"
    assert _count(cli, db) == 20
    assert _count(cli, kept) == 35


def test_a_named_backup_file_and_a_restore_into_a_new_place(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "5", "--projects", "0", check=True)
    target = tmp_path / "ban-sao.kcbak"
    cli("--db", db, "backup", "-o", target, check=True, extra=SECRET)
    fresh = tmp_path / "may-moi" / "kc.sqlite"
    result = cli("--db", fresh, "restore", target, check=True, extra=SECRET)
    assert "Trước đó chưa có cơ sở dữ liệu nào ở đây." in result.stdout
    assert _count(cli, fresh) == 5


def test_damaged_and_foreign_files_are_refused_in_one_line(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "5", "--projects", "0", check=True)
    before = db.read_bytes()
    damaged = tmp_path / "hong.sqlite"
    damaged.write_bytes(before)
    with damaged.open("r+b") as handle:
        for page in range(2, len(before) // 4096, 2):
            handle.seek((page - 1) * 4096)
            handle.write(b"\xff" * 4096)
    line = _error_line(cli("check", damaged))
    assert line.startswith("Lỗi: Tệp «hong.sqlite» bị hỏng")
    line = _error_line(cli("--db", db, "restore", damaged))
    assert "hong.sqlite" in line and "không bị thay đổi" in line
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert "không phải cơ sở dữ liệu KC Desktop" in _error_line(cli("--db", db, "restore", notes))
    assert db.read_bytes() == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").glob("*truoc-khoi-phuc*"))


def test_newer_database_missing_file_server_url_and_usage(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "kc.sqlite"
    cli("--db", db, "demo", "--establishments", "3", "--projects", "0", check=True)
    newer = tmp_path / "moi-hon.sqlite"
    shutil.copyfile(db, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert "mới hơn" in _error_line(cli("check", newer))
    assert "Không có tệp" in _error_line(cli("--db", tmp_path / "none.sqlite", "check"))
    assert "PostgreSQL" in _error_line(cli("--db", "postgresql+psycopg://kc@localhost/kc", "backup", "-o", tmp_path))
    usage = cli("--db", db, "restore")
    assert usage.returncode == 2 and "lỗi cú pháp lệnh" in usage.stderr
