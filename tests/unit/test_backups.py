"""Backups (DESIGN.md §3): daily rotation, manual copies, checks, restore, and a full disk."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kc_desktop import paths
from kc_desktop.db import migrate
from kc_desktop.db.backup import BackupError
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.errors import DatabaseError
from kc_desktop.services import backup_passphrase, backups, establishments

FIXTURES = Path(__file__).parent.parent / "fixtures"
DAY = dt.datetime(2025, 3, 1, 7, 30)


def _new(name: str) -> EstablishmentInput:
    return EstablishmentInput(name=name, admin_unit_code="00583", notes="ghi chú " * 20)


def _names(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM establishment WHERE deleted_at IS NULL")}
    finally:
        connection.close()


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def damage(path: Path, *, junk_table: bool = False) -> None:
    """Overwrite b-tree pages of a closed database with garbage, as a failing disk would.

    With `junk_table`, a table nothing else reads is added first and only its pages are damaged:
    the database still opens, but an integrity check fails.
    """
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        if junk_table:
            connection.execute("VACUUM")
            first = connection.execute("PRAGMA page_count").fetchone()[0] + 2  # after the new table's root
            connection.execute("CREATE TABLE junk (x TEXT)")
            connection.executemany("INSERT INTO junk VALUES (?)", [("x" * 200,) for _ in range(400)])
            connection.commit()
            last = connection.execute("PRAGMA page_count").fetchone()[0]
            pages = range(first, last + 1)
        else:
            count = connection.execute("PRAGMA page_count").fetchone()[0]
            pages = range(2, count + 1, 3)
    finally:
        connection.close()
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(b"\xa5\x17" * (page_size // 2))


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str) -> Iterator[Path]:
    """A real small filesystem (tmpfs) that fills up; needs root (CI runs as root)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small tmpfs to fill needs root on Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def filled(db: Database, actor: Actor) -> Path:
    for index in range(30):
        establishments.create(db, actor, _new(f"Cơ sở gốm số {index}"))
    assert db.path is not None
    return db.path


def _kinds(db_path: Path) -> list[str]:
    return [b.kind for b in backups.list_backups(db_path)]


# Daily backups


def test_daily_backup_once_a_day_keeps_the_newest_14_automatic_ones(filled: Path) -> None:
    folder = paths.backup_dir(filled)
    manual = backups.copy_database(filled, folder / backups.backup_name(filled, backups.MANUAL, DAY))
    upgrade = backups.copy_database(filled, folder / backups.backup_name(filled, "truoc-nang-cap-0005", DAY))
    made = []
    for day in range(20):
        now = DAY + dt.timedelta(days=day)
        made.append(backups.daily_backup(filled, now=now))
        assert backups.daily_backup(filled, now=now + dt.timedelta(hours=10)) is None  # once per calendar day
    assert all(path is not None and path.name.endswith("-tu-dong.sqlite") for path in made)
    automatic = [b for b in backups.list_backups(filled) if b.kind == backups.AUTOMATIC]
    assert [b.path for b in automatic] == list(reversed(made[-14:]))
    assert [b.taken_at.date() for b in automatic][0] == (DAY + dt.timedelta(days=19)).date()
    assert manual.exists() and upgrade.exists()  # never pruned
    assert sorted(_kinds(filled)).count(backups.MANUAL) == 1


def test_daily_backup_is_a_consistent_self_contained_copy(db: Database, actor: Actor, filled: Path) -> None:
    path = backups.daily_backup(filled)
    assert path is not None and path.parent == filled.parent / "backups"
    assert not Path(f"{path}-wal").exists()
    with path.open("rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: the file alone is the whole copy
    assert _names(path) == _names(filled)
    assert not any(p.name.endswith(".part") for p in path.parent.iterdir())
    establishments.create(db, actor, _new("Cơ sở mới sau sao lưu"))
    assert "Cơ sở mới sau sao lưu" not in _names(path)
    result = backups.check(path)
    assert result.ok and result.establishments == 30 and result.office == "UBND xã Bát Tràng"
    assert result.revision == migrate.head_revision()
    assert "30 cơ sở" in result.describe() and "đơn vị UBND xã Bát Tràng" in result.describe()


def test_daily_backup_without_database_does_nothing(tmp_path: Path) -> None:
    assert backups.daily_backup(tmp_path / "none.sqlite") is None


def test_other_databases_backups_are_not_counted_or_pruned(filled: Path) -> None:
    other = filled.with_name("kc-2.sqlite")
    shutil.copy(filled, other)
    theirs = backups.daily_backup(other, now=DAY)
    for day in range(16):
        backups.daily_backup(filled, now=DAY + dt.timedelta(days=day))
    assert theirs is not None and theirs.exists()
    assert len(backups.list_backups(filled)) == 14
    assert [b.path for b in backups.list_backups(other)] == [theirs]


# Manual backups


def test_backup_to_a_folder_or_a_file_and_never_onto_the_database(db: Database, filled: Path, tmp_path: Path) -> None:
    backup_passphrase.set_passphrase(db, "mat-khau-sao-luu")
    out = tmp_path / "usb"
    out.mkdir()
    into_folder = backups.backup_to(filled, out)
    assert into_folder.parent == out and into_folder.name.endswith("-thu-cong.kcbak")
    named = backups.backup_to(filled, out / "ban-sao.kcbak")
    assert backups.check(named, passphrase="mat-khau-sao-luu").establishments == len(_names(filled))
    named.write_bytes(b"old content")
    backups.backup_to(filled, named)  # replaced whole
    assert backups.check(named, passphrase="mat-khau-sao-luu").ok
    with pytest.raises(DatabaseError, match="chính là cơ sở dữ liệu đang dùng"):
        backups.backup_to(filled, filled)
    with pytest.raises(DatabaseError, match="không tồn tại"):
        backups.backup_to(filled, tmp_path / "missing" / "x.kcbak")
    with pytest.raises(DatabaseError, match="Không có cơ sở dữ liệu"):
        backups.backup_to(tmp_path / "none.sqlite", out / "x.kcbak")
    # The plain copy kept beside the database before an upgrade or a restore: the same rules.
    plain = backups.copy_database(filled, out / "ban-sao.sqlite")
    assert _names(plain) == _names(filled)
    with pytest.raises(DatabaseError, match="chính là cơ sở dữ liệu đang dùng"):
        backups.copy_database(filled, filled)


# Checks


def test_check_explains_each_kind_of_bad_file(filled: Path, tmp_path: Path) -> None:
    good = backups.copy_database(filled, tmp_path / "good.sqlite")
    assert backups.check(good).ok and backups.check(good, quick=True).ok

    missing = backups.check(tmp_path / "missing.sqlite")
    assert missing.status == backups.MISSING and "missing.sqlite" in (missing.problem or "")

    text = tmp_path / "ghi-chu.sqlite"
    text.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert backups.check(text).status == backups.NOT_SQLITE
    assert "«ghi-chu.sqlite» không phải cơ sở dữ liệu KC Desktop" in (backups.check(text).problem or "")
    empty = tmp_path / "rong.sqlite"
    empty.write_bytes(b"")
    assert "rỗng" in (backups.check(empty).problem or "")

    foreign = tmp_path / "khac.sqlite"
    with contextlib.closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE notes (x)")
        connection.commit()
    assert backups.check(foreign).status == backups.FOREIGN
    assert "không phải cơ sở dữ liệu KC Desktop" in (backups.check(foreign).problem or "")

    newer = backups.copy_database(filled, tmp_path / "moi-hon.sqlite")
    with contextlib.closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    result = backups.check(newer)
    assert result.status == backups.NEWER and "mới hơn" in (result.problem or "") and "9999" in (result.problem or "")

    broken = backups.copy_database(filled, tmp_path / "hong.sqlite")
    damage(broken)
    for quick in (False, True):
        result = backups.check(broken, quick=quick)
        assert result.status == backups.DAMAGED and result.damaged, result
        assert "«hong.sqlite» bị hỏng" in (result.problem or "")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("hong")) == ["hong.sqlite"]  # no -wal/-shm


def test_check_finds_damage_in_a_table_nothing_reads(filled: Path, tmp_path: Path) -> None:
    copy = backups.copy_database(filled, tmp_path / "copy.sqlite")
    damage(copy, junk_table=True)
    assert backups.check(copy, quick=True).status == backups.DAMAGED
    db = open_database(copy)  # still opens: only an integrity check sees the damage
    try:
        assert establishments.count(db) == 30
    finally:
        db.close()


def test_newest_good_backup_skips_damaged_ones(filled: Path) -> None:
    older = backups.daily_backup(filled, now=DAY)
    newer = backups.daily_backup(filled, now=DAY + dt.timedelta(days=1))
    assert older is not None and newer is not None
    assert backups.newest_good_backup(filled).path == newer  # type: ignore[union-attr]
    damage(newer)
    good = backups.newest_good_backup(filled)
    assert good is not None and good.path == older and good.taken_at == DAY
    damage(older)
    assert backups.newest_good_backup(filled) is None


def test_on_start_checks_then_backs_up_only_a_good_database(db: Database, filled: Path) -> None:
    report = backups.on_start(filled, now=DAY)
    assert report.check.ok and report.backup is not None and report.backup_error is None
    assert backups.on_start(filled, now=DAY).backup is None
    db.close()
    damage(filled, junk_table=True)
    report = backups.on_start(filled, now=DAY + dt.timedelta(days=1))
    assert not report.check.ok and report.check.damaged and report.backup is None
    assert len(backups.list_backups(filled)) == 1  # a damaged database never enters the rotation


# Restore


def test_restore_brings_back_the_backup_and_keeps_the_current_one(db: Database, actor: Actor, filled: Path) -> None:
    saved = backups.copy_database(filled, filled.parent / "saved.sqlite")
    establishments.create(db, actor, _new("Nhập sau khi sao lưu"))
    db.close()
    result = backups.restore(filled, saved)
    assert result.kept is not None and result.kept.name.endswith("-truoc-khoi-phuc.sqlite")
    assert "Nhập sau khi sao lưu" in _names(result.kept)
    assert result.source.establishments == 30
    assert not Path(f"{filled}-wal").exists() and not Path(f"{filled}-shm").exists()
    assert not [p for p in filled.parent.iterdir() if p.name.startswith(".")]
    reopened = open_database(filled)
    try:
        names = {row.name for row in establishments.rows(reopened, establishments.search_ids(reopened))}
        assert "Nhập sau khi sao lưu" not in names and len(names) == 30
    finally:
        reopened.close()
    assert _integrity(filled) == "ok"


def test_restore_refuses_a_bad_source_and_changes_nothing(db: Database, filled: Path, tmp_path: Path) -> None:
    db.close()
    before = filled.read_bytes()
    bad = tmp_path / "hong.sqlite"
    shutil.copy(filled, bad)
    damage(bad)
    for source, why in ((bad, "bị hỏng"), (tmp_path / "none.sqlite", "Không có tệp")):
        with pytest.raises(DatabaseError, match=why) as caught:
            backups.restore(filled, source)
        assert source.name in caught.value.message and "không bị thay đổi" in caught.value.message
    with pytest.raises(DatabaseError, match="chính là cơ sở dữ liệu đang dùng"):
        backups.restore(filled, filled)
    assert filled.read_bytes() == before
    assert backups.list_backups(filled) == []


def test_restore_refuses_while_the_database_is_open(db: Database, filled: Path) -> None:
    saved = backups.copy_database(filled, filled.parent / "saved.sqlite")
    establishments.count(db)  # the program holds a connection
    with pytest.raises(DatabaseError, match="đang được mở"):
        backups.restore(filled, saved)
    assert establishments.count(db) == 30
    assert backups.list_backups(filled) == []


def test_restore_of_an_old_schema_migrates_on_open(tmp_path: Path) -> None:
    path = tmp_path / "kc.sqlite"
    open_database(path).close()
    result = backups.restore(path, FIXTURES / "schema-0005.sqlite")
    assert result.source.revision == "0005"
    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert establishments.count(db) == 2
    finally:
        db.close()


def test_restore_into_an_empty_place(tmp_path: Path) -> None:
    path = tmp_path / "new" / "kc.sqlite"
    result = backups.restore(path, FIXTURES / "schema-0005.sqlite")
    assert result.kept is None and path.exists()


def test_restore_never_replays_the_old_wal_and_keeps_its_transactions(filled: Path, db: Database) -> None:
    """A program killed with commits still in its WAL: they go to the kept copy, not onto the restored file."""
    saved = backups.copy_database(filled, filled.parent / "saved.sqlite")
    db.close()
    marker = f"Trong WAL {uuid.uuid4()}"
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute('UPDATE establishment SET name = ? WHERE rowid = (SELECT min(rowid) FROM establishment)', "
        "(sys.argv[2],))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(filled), marker], check=True)
    assert Path(f"{filled}-wal").stat().st_size > 0
    result = backups.restore(filled, saved)
    assert result.kept is not None and marker in _names(result.kept)
    assert marker not in _names(filled)
    assert _integrity(filled) == "ok"


def test_restore_over_a_damaged_database_keeps_it_byte_for_byte(db: Database, filled: Path) -> None:
    saved = backups.copy_database(filled, filled.parent / "saved.sqlite")
    db.close()
    damage(filled)
    broken = filled.read_bytes()
    result = backups.restore(filled, saved)
    assert result.kept is not None and result.kept.read_bytes() == broken
    assert backups.check(filled).ok and _names(filled) == _names(saved)


# A full disk


def test_backup_onto_a_full_disk_says_so_and_leaves_nothing_behind(db: Database, filled: Path, tmp_path: Path) -> None:
    before = _names(filled)
    backup_passphrase.set_passphrase(db, "mat-khau-sao-luu")
    photo = os.urandom(150_000)  # the backup carries the photos: more than the small disk holds
    stored = paths.attachments_dir(filled) / "ab" / f"{hashlib.sha256(photo).hexdigest()}.jpg"
    stored.parent.mkdir(parents=True)
    stored.write_bytes(photo)
    with tiny_disk(tmp_path / "usb", "64k") as usb:
        with pytest.raises(BackupError) as caught:
            backups.backup_to(filled, usb / "ban-sao.kcbak")
        assert caught.value.disk_full
        message = caught.value.message
        assert message.startswith("Ổ đĩa đầy") and "ban-sao.kcbak" in message and "không bị thay đổi" in message
        assert list(usb.iterdir()) == []
    assert _names(filled) == before and backups.check(filled).ok


def test_daily_backup_on_a_full_disk_leaves_the_database_intact(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", "4m") as disk:
        path = disk / "kc.sqlite"
        shutil.copy(FIXTURES / "schema-0005.sqlite", path)
        db = open_database(path)
        db.close()
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * max(free - path.stat().st_size // 2, 0))
        report = backups.on_start(path)
        assert report.check.ok and report.backup is None
        assert report.backup_error is not None and report.backup_error.startswith("Ổ đĩa đầy")
        assert [p.name for p in (disk / "backups").iterdir() if "tu-dong" in p.name or p.name.startswith(".")] == []
        assert backups.check(path).ok and backups.check(path).establishments == 2


def test_restore_onto_a_full_disk_changes_nothing(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", "4m") as disk:
        path = disk / "kc.sqlite"
        shutil.copy(FIXTURES / "schema-0005.sqlite", path)
        open_database(path).close()
        before = path.read_bytes()
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * max(free - path.stat().st_size // 2, 0))
        with pytest.raises(DatabaseError, match="Ổ đĩa đầy") as caught:
            backups.restore(path, FIXTURES / "schema-0004.sqlite", other_site=True)  # the fixtures are two sites
        assert "Chưa khôi phục" in caught.value.message
        assert path.read_bytes() == before
        assert sorted(p.name for p in disk.iterdir()) == ["backups", "filler", "kc.sqlite"]
