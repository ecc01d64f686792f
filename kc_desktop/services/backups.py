"""Backups of the office database (DESIGN.md §3): daily automatic ones, manual ones, checks, restore.

Backups sit in `backups/` beside the database, named `<stem>-<YYYYMMDD>-<HHMMSS>-<kind>.sqlite`:
`tu-dong` (automatic, one per calendar day, the newest 14 kept), `thu-cong` (manual),
`truoc-khoi-phuc` (the database as it was before a restore) and `truoc-nang-cap-<rev>` (before a
schema upgrade, written by kc_desktop.db.engine). Only automatic backups are ever pruned.

Every copy is made with SQLite's online backup API (consistent while the program writes) and
written atomically; a restore checks its source first, keeps the current database, and replaces
the file only when the database is closed, leaving no -wal or -shm of the old one behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from kc_desktop import paths
from kc_desktop.db import migrate
from kc_desktop.db.backup import (
    SQLITE_HEADER,
    BackupError,
    backup_sqlite,
    fsync_dir,
    read_only_uri,
    remove_quietly,
)
from kc_desktop.errors import DatabaseError, KCError, NewerDatabase

AUTOMATIC = "tu-dong"
MANUAL = "thu-cong"
BEFORE_RESTORE = "truoc-khoi-phuc"
KEEP_AUTOMATIC = 14
SUFFIX = ".sqlite"

# Results of a check: the database is good, or why not.
OK, MISSING, NOT_SQLITE, UNREADABLE, DAMAGED, FOREIGN, NEWER = (
    "ok", "missing", "not_sqlite", "unreadable", "damaged", "foreign", "newer"
)
_STAMP = "%Y%m%d-%H%M%S"
_ANY_NAME = re.compile(r"-(\d{8}-\d{6})-([a-z0-9-]+)\.sqlite$")


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    kind: str


@dataclass(frozen=True)
class CheckResult:
    """What a check found: `problem` is a sentence naming the file, or None when the file is good."""

    path: Path
    status: str = OK
    problem: str | None = None
    revision: str | None = None
    establishments: int | None = None
    office: str | None = None
    taken_at: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.status == OK

    @property
    def damaged(self) -> bool:
        """The file is (or was meant to be) a database but cannot be trusted: a restore may help."""
        return self.status in (DAMAGED, NOT_SQLITE, UNREADABLE)

    def describe(self, *, when: bool = True) -> str:
        """'lập lúc 14:05 ngày 21/11/2025, 1.234 cơ sở, đơn vị UBND xã Bát Tràng'."""
        parts = []
        if when and self.taken_at is not None:
            parts.append(f"lập lúc {self.taken_at:%H:%M} ngày {self.taken_at:%d/%m/%Y}")
        if self.establishments is not None:
            parts.append(f"{_thousands(self.establishments)} cơ sở")
        if self.office:
            parts.append(f"đơn vị {self.office}")
        return ", ".join(parts)


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    source: CheckResult
    kept: Path | None  # the database as it was before the restore, or None when there was none


@dataclass(frozen=True)
class StartReport:
    """The check and the daily backup made when the program starts."""

    check: CheckResult
    backup: Path | None = None
    backup_error: str | None = None


# Names and listing


def backup_name(db_path: Path, kind: str, when: dt.datetime | None = None) -> str:
    return f"{db_path.stem}-{(when or dt.datetime.now()).strftime(_STAMP)}-{kind}{SUFFIX}"


def _parse(name: str, stem: str | None = None) -> tuple[dt.datetime, str] | None:
    match = _ANY_NAME.search(name)
    if match is None or (stem is not None and name[: match.start()] != stem):
        return None
    try:
        return dt.datetime.strptime(match.group(1), _STAMP), match.group(2)
    except ValueError:
        return None


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backups of this database (by its file name), newest first."""
    found = []
    for path in paths.backup_dir(db_path).glob(f"{glob_escape(db_path.stem)}-*{SUFFIX}"):
        parsed = _parse(path.name, db_path.stem)
        if parsed is not None and path.is_file():
            found.append(BackupFile(path, *parsed))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


# Making backups


def daily_backup(db_path: Path, *, now: dt.datetime | None = None, keep: int = KEEP_AUTOMATIC) -> Path | None:
    """At most one automatic backup per calendar day; then only the newest `keep` automatic ones stay.

    Returns the new backup, or None when today's exists already (or there is no database yet).
    """
    if not db_path.is_file():
        return None
    now = now or dt.datetime.now()
    automatic = [b for b in list_backups(db_path) if b.kind == AUTOMATIC]
    if any(b.taken_at.date() == now.date() for b in automatic):
        return None
    target = backup_sqlite(db_path, paths.backup_dir(db_path) / backup_name(db_path, AUTOMATIC, now))
    prune(db_path, keep)
    _remove_stale_parts(db_path)
    return target


def prune(db_path: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete automatic backups beyond the newest `keep`; manual and other backups stay."""
    automatic = [b for b in list_backups(db_path) if b.kind == AUTOMATIC]
    removed = []
    for old in automatic[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def _remove_stale_parts(db_path: Path, older_than_s: float = 24 * 3600) -> None:
    """Partial files left by a power cut in the middle of a backup (never one being written now)."""
    limit = time.time() - older_than_s
    for part in paths.backup_dir(db_path).glob(".*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()


def backup_to(db_path: Path, target: Path) -> Path:
    """A manual backup to `target` (a file, or a folder to put a dated file in); atomic."""
    if not db_path.is_file():
        raise DatabaseError(f"Không có cơ sở dữ liệu «{db_path}».")
    if target.is_dir():
        target = target / backup_name(db_path, MANUAL)
    if target.exists() and _same_file(target, db_path):
        raise DatabaseError(f"«{target}» chính là cơ sở dữ liệu đang dùng; hãy chọn tệp khác để sao lưu.")
    if not target.parent.is_dir():
        raise DatabaseError(f"Thư mục «{target.parent}» không tồn tại.")
    return backup_sqlite(db_path, target)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# Checking


def check(path: Path, *, quick: bool = False, details: bool = True) -> CheckResult:
    """Is `path` a good KC Desktop database this program can open?

    SQLite header, read-only open, `PRAGMA integrity_check` (or the faster `quick_check`), a
    known schema revision not newer than this program; `details` adds the record count, the
    office and when the backup was taken.
    """
    name = path.name
    if not path.exists():
        return CheckResult(path, MISSING, f"Không có tệp «{path}».")
    if path.is_dir():
        return CheckResult(path, NOT_SQLITE, f"«{path}» là một thư mục, không phải tệp cơ sở dữ liệu.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return CheckResult(path, UNREADABLE, f"Không đọc được tệp «{path}»: {exc.strerror or exc}.")
    if header != SQLITE_HEADER:
        why = "là tệp rỗng" if not header else "không phải cơ sở dữ liệu KC Desktop (không phải tệp SQLite)"
        return CheckResult(path, NOT_SQLITE, f"Tệp «{name}» {why}.")
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return CheckResult(path, UNREADABLE, f"Không mở được tệp «{name}»: {exc}.")
    try:
        return _check_open(path, connection, quick, details)
    finally:
        connection.close()


def _check_open(path: Path, connection: sqlite3.Connection, quick: bool, details: bool) -> CheckResult:
    name = path.name
    try:
        rows = [row[0] for row in connection.execute("PRAGMA quick_check(5)" if quick else "PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        return CheckResult(path, DAMAGED, f"Tệp «{name}» bị hỏng, không đọc được ({exc}).")
    if rows != ["ok"]:
        found = "; ".join(str(row) for row in rows[:3])
        return CheckResult(path, DAMAGED, f"Tệp «{name}» bị hỏng: kiểm tra toàn vẹn báo lỗi ({found}).")
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = None
        if {"alembic_version", "establishment"} <= tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return CheckResult(path, DAMAGED, f"Tệp «{name}» bị hỏng, không đọc được ({exc}).")
    if row is None:
        return CheckResult(path, FOREIGN, f"Tệp «{name}» không phải cơ sở dữ liệu KC Desktop.")
    revision = str(row[0])
    try:
        migrate.refuse_newer(revision)
    except NewerDatabase:
        return CheckResult(
            path,
            NEWER,
            f"Tệp «{name}» do một phiên bản KC Desktop mới hơn tạo ra (lược đồ {revision}); "
            "hãy cài phiên bản mới nhất để dùng tệp này.",
            revision,
        )
    if not details:
        return CheckResult(path, OK, None, revision)
    count: int | None = None
    office: str | None = None
    with contextlib.suppress(sqlite3.Error):
        count = int(connection.execute("SELECT count(*) FROM establishment WHERE deleted_at IS NULL").fetchone()[0])
        site = connection.execute("SELECT name FROM site WHERE is_self = 1 LIMIT 1").fetchone()
        office = str(site[0]) if site else None
    parsed = _parse(name)
    taken_at = parsed[0] if parsed else dt.datetime.fromtimestamp(path.stat().st_mtime)
    return CheckResult(path, OK, None, revision, count, office, taken_at)


def newest_good_backup(db_path: Path) -> CheckResult | None:
    """The newest backup of this database that passes the full check, or None."""
    for backup in list_backups(db_path):
        result = check(backup.path)
        if result.ok:
            return result
    return None


def on_start(db_path: Path, *, now: dt.datetime | None = None) -> StartReport:
    """The start-up routine: a quick integrity check, then (only if it passed) the daily backup."""
    result = check(db_path, quick=True, details=False)
    if not result.ok:
        return StartReport(result)
    try:
        return StartReport(result, daily_backup(db_path, now=now))
    except KCError as exc:
        return StartReport(result, None, exc.message)


# Restoring


def restore(db_path: Path, source: Path) -> RestoreResult:
    """Replace the database at `db_path` by the backup `source`.

    The source is checked first (refused with the reason otherwise); the current database is
    kept as a `truoc-khoi-phuc` backup; the file is replaced atomically. The database must be
    closed: a database still open elsewhere is refused. It opens and migrates normally afterwards.
    """
    db_path = db_path.absolute()
    checked = check(source)
    if not checked.ok:
        raise DatabaseError(
            f"Không khôi phục được từ «{source}»: {checked.problem} Cơ sở dữ liệu hiện tại không bị thay đổi."
        )
    if db_path.exists() and _same_file(source, db_path):
        raise DatabaseError(f"«{source}» chính là cơ sở dữ liệu đang dùng; hãy chọn một bản sao lưu.")
    kept = None
    if db_path.exists():
        _close_wal(db_path)
        kept = _keep_current(db_path)
    staged = db_path.with_name(f".{db_path.name}.{BEFORE_RESTORE}.tmp")
    try:
        backup_sqlite(source, staged)
        if db_path.exists():
            with contextlib.suppress(OSError):
                os.chmod(staged, stat.S_IMODE(db_path.stat().st_mode))
        # The old WAL must never be replayed onto the new file; it is in the kept copy.
        remove_quietly(Path(f"{db_path}-wal"), Path(f"{db_path}-shm"))
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
    except BackupError as exc:
        remove_quietly(staged)
        raise DatabaseError(_not_restored(exc.message, kept)) from exc
    except OSError as exc:
        remove_quietly(staged)
        raise DatabaseError(_not_restored(f"Không ghi được «{db_path}»: {exc.strerror or exc}.", kept)) from exc
    return RestoreResult(db_path, checked, kept)


def _not_restored(why: str, kept: Path | None) -> str:
    tail = f" Bản sao dữ liệu hiện tại vẫn ở «{kept}»." if kept else ""
    return f"Chưa khôi phục: {why} Cơ sở dữ liệu hiện tại không bị thay đổi.{tail}"


def _close_wal(db_path: Path) -> None:
    """Fold the WAL into the database file, and refuse when another program still has it open.

    The last connection to close removes -wal and -shm; when they survive ours, someone else
    holds the database. A damaged database may refuse the checkpoint: its WAL is then kept as is.
    """
    try:
        connection = sqlite3.connect(db_path, timeout=2)
        try:
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return
    leftovers = [p for p in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")) if p.exists()]
    if busy or leftovers:
        raise DatabaseError(
            f"Cơ sở dữ liệu «{db_path}» đang được mở trong một chương trình khác (hoặc một cửa sổ KC Desktop khác); "
            "hãy đóng chương trình đó rồi thử lại. Không có gì bị thay đổi."
        )


def _keep_current(db_path: Path) -> Path:
    """Copy the current database to a `truoc-khoi-phuc` backup, even a damaged one (then byte for byte)."""
    target = paths.backup_dir(db_path) / backup_name(db_path, BEFORE_RESTORE)
    try:
        return backup_sqlite(db_path, target)
    except BackupError as exc:
        if not exc.source_damaged:
            raise DatabaseError(
                f"Chưa khôi phục: không lưu được bản sao dữ liệu hiện tại ({exc.message}) "
                "Cơ sở dữ liệu hiện tại không bị thay đổi."
            ) from exc
    # A damaged database cannot be read page by page: keep its files as they are.
    try:
        _copy_file(db_path, target)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            _copy_file(wal, Path(f"{target}-wal"))
    except OSError as exc:
        raise DatabaseError(
            f"Chưa khôi phục: không lưu được bản sao dữ liệu hiện tại vào «{target}» ({exc.strerror or exc}). "
            "Cơ sở dữ liệu hiện tại không bị thay đổi."
        ) from exc
    return target


def _copy_file(source: Path, target: Path) -> None:
    partial = target.with_name(f".{target.name}.part")
    try:
        shutil.copyfile(source, partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        remove_quietly(partial)
        raise
