"""Backups of the office database (DESIGN.md §3): daily automatic ones, manual ones, checks, restore.

Backups sit in `backups/` beside the database, named `<stem>-<YYYYMMDD>-<HHMMSS>-<kind>.kcbak`:
`tu-dong` (automatic, one per calendar day, the newest 14 kept), `thu-cong` (manual),
`truoc-khoi-phuc` (the database as it was before a restore) and `truoc-nang-cap-<rev>` (before a
schema upgrade, written by kc_desktop.db.engine). Only automatic backups are ever pruned.

Every copy is made with SQLite's online backup API (consistent while the program writes) and
written atomically; a restore checks its source first, keeps the current database, and replaces
the file only when the database is closed, leaving no -wal or -shm of the old one behind.

A backup is one `.kcbak` file (kc_desktop.services.backup_archive): the database with the site's
keys, and every photo and signature, encrypted so that the office's backup passphrase opens it.
Until the head has chosen that passphrase, the daily backup is a plain copy of the database
(`.sqlite`, beside the database, as exposed as the database itself); manual backups need it.
A restored database starts a new epoch of change numbers (kc_desktop.db.epoch).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
from kc_desktop.db.backup import _explain as explain_backup_error
from kc_desktop.domain.money import thousands
from kc_desktop.errors import DatabaseError, KCError, NewerDatabase
from kc_desktop.services import backup_archive
from kc_desktop.services.backup_archive import BackupFileError, BackupPassphraseError
from kc_desktop.services.backup_passphrase import PASSPHRASE_ENV, backup_key

AUTOMATIC = "tu-dong"
MANUAL = "thu-cong"
BEFORE_RESTORE = "truoc-khoi-phuc"
KEEP_AUTOMATIC = 14
SUFFIX = ".sqlite"
ARCHIVE = backup_archive.SUFFIX

# Results of a check: the database is good, or why not.
OK, MISSING, NOT_SQLITE, UNREADABLE, DAMAGED, FOREIGN, NEWER, TAMPERED = (
    "ok", "missing", "not_sqlite", "unreadable", "damaged", "foreign", "newer", "tampered"
)
_STAMP = "%Y%m%d-%H%M%S"
_ANY_NAME = re.compile(r"-(\d{8}-\d{6})-([a-z0-9-]+)\.(?:sqlite|kcbak)$")


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
    site_code: str | None = None
    encrypted: bool = False  # a .kcbak file: its contents need the backup passphrase

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
            parts.append(f"{thousands(self.establishments)} cơ sở")
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


def backup_name(db_path: Path, kind: str, when: dt.datetime | None = None, suffix: str = SUFFIX) -> str:
    return f"{db_path.stem}-{(when or dt.datetime.now()).strftime(_STAMP)}-{kind}{suffix}"


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
    folder = paths.backup_dir(db_path)
    candidates = [*folder.glob(f"{glob_escape(db_path.stem)}-*{SUFFIX}"),
                  *folder.glob(f"{glob_escape(db_path.stem)}-*{ARCHIVE}")]
    for path in candidates:
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
    if backup_key(db_path) is not None:
        target = write_archive(db_path, paths.backup_dir(db_path) / backup_name(db_path, AUTOMATIC, now, ARCHIVE))
    else:
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
    """A manual backup (database, keys, attachments; encrypted) to `target` (a file, or a folder to
    put a dated file in); atomic, and read back in full."""
    if not db_path.is_file():
        raise DatabaseError(f"Không có cơ sở dữ liệu «{db_path}».")
    if not target.exists() and (not target.suffix or str(target).endswith(("/", os.sep))):
        # Meant as a folder (no file name ending): never write a file named like the folder.
        raise DatabaseError(f"Thư mục «{target}» không tồn tại; hãy tạo thư mục (hoặc cắm USB) rồi sao lưu lại, "
                            f"hoặc ghi tên tệp có đuôi {ARCHIVE}.")
    if target.is_dir():
        target = target / backup_name(db_path, MANUAL, suffix=ARCHIVE)
    if target.exists() and _same_file(target, db_path):
        raise DatabaseError(f"«{target}» chính là cơ sở dữ liệu đang dùng; hãy chọn tệp khác để sao lưu.")
    if not target.parent.is_dir():
        raise DatabaseError(f"Thư mục «{target.parent}» không tồn tại.")
    return write_archive(db_path, target)


def copy_database(db_path: Path, target: Path) -> Path:
    """A plain, consistent copy of the database file alone (no attachments, not encrypted): what is kept
    beside the database before an upgrade or a restore. Atomic."""
    if not db_path.is_file():
        raise DatabaseError(f"Không có cơ sở dữ liệu «{db_path}».")
    if target.exists() and _same_file(target, db_path):
        raise DatabaseError(f"«{target}» chính là cơ sở dữ liệu đang dùng; hãy chọn tệp khác để sao lưu.")
    if not target.parent.is_dir():
        raise DatabaseError(f"Thư mục «{target.parent}» không tồn tại.")
    return backup_sqlite(db_path, target)


# The backup file


def _site_of(path: Path) -> dict[str, str] | None:
    """The office a database file belongs to (id, code, name, level), or None."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT id, code, name, level FROM site WHERE is_self = 1 LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return dict(zip(("site_id", "code", "name", "level"), map(str, row), strict=True)) if row else None


def site_of_backup(path: Path) -> dict[str, str] | None:
    """The office a backup belongs to (from a backup file's header, or a database copy itself)."""
    if backup_archive.is_archive(path):
        try:
            summary = backup_archive.read_header(path).summary
        except BackupFileError:
            return None
        return {k: str(summary.get(k) or "") for k in ("site_id", "code", "name", "level")} \
            if summary.get("site_id") else None
    return _site_of(path) if check(path, details=False).ok else None


def write_archive(db_path: Path, target: Path) -> Path:
    """The backup file: a consistent copy of the database (made beside it, removed after), the
    attachments, encrypted to the backup key, read back in full."""
    key = backup_key(db_path)
    if key is None:
        raise BackupPassphraseError(
            "Chưa đặt mật khẩu sao lưu: lãnh đạo đơn vị đặt một lần (Sao lưu → Đặt mật khẩu sao lưu, hoặc "
            f"biến môi trường {PASSPHRASE_ENV} với lệnh backup). Chưa sao lưu.")
    work = paths.backup_dir(db_path)
    fd, name = tempfile.mkstemp(prefix=f".{db_path.stem}-", suffix=".part", dir=work)  # stale ones are swept
    os.close(fd)
    copy = Path(name)
    try:
        backup_sqlite(db_path, copy)
        checked = check(copy, quick=True)
        if not checked.ok:
            raise BackupError(checked.problem or f"Bản sao của «{db_path.name}» không đọc lại được.")
        summary = {**(_site_of(copy) or {}), "schema": checked.revision, "establishments": checked.establishments,
                   "taken_at": dt.datetime.now().isoformat(timespec="seconds")}
        try:
            return backup_archive.write(target, copy, paths.attachments_dir(db_path), key, summary, work)
        except OSError as exc:
            raise explain_backup_error(exc, db_path, target) from exc
    finally:
        remove_quietly(copy, Path(f"{copy}-journal"))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# Checking


def check(path: Path, *, quick: bool = False, details: bool = True, passphrase: str | None = None) -> CheckResult:
    """Is `path` a good KC Desktop database (or backup file) this program can open?

    SQLite header, read-only open, `PRAGMA integrity_check` (or the faster `quick_check`), a
    known schema revision not newer than this program; `details` adds the record count, the
    office and when the backup was taken. A backup file is checked by its header, and in full
    (every chunk, the database inside, every attachment) when its passphrase is given.
    """
    name = path.name
    if not path.exists():
        return CheckResult(path, MISSING, f"Không có tệp «{path}».")
    if path.is_dir():
        return CheckResult(path, NOT_SQLITE, f"«{path}» là một thư mục, không phải tệp cơ sở dữ liệu.")
    if not paths.is_regular_file(path):
        return CheckResult(path, NOT_SQLITE, paths.not_a_file(path) or f"«{path}» không phải tệp thường.")
    if backup_archive.is_archive(path):
        return _check_archive(path, quick, passphrase)
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
    broken = _history_problem(connection)
    if broken:
        return CheckResult(path, TAMPERED, f"Tệp «{name}»: {broken}", revision)
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


def _check_archive(path: Path, quick: bool, passphrase: str | None) -> CheckResult:
    try:
        header = backup_archive.read_header(path)
    except BackupFileError as exc:
        return CheckResult(path, NEWER if "mới hơn" in exc.message else DAMAGED, exc.message)
    summary = header.summary
    revision = str(summary.get("schema") or "") or None
    try:
        migrate.refuse_newer(revision)
    except NewerDatabase:
        return CheckResult(path, NEWER, f"Bản sao lưu «{path.name}» do một phiên bản KC Desktop mới hơn tạo ra "
                           f"(lược đồ {revision}); hãy cài phiên bản mới nhất để dùng tệp này.", revision)
    if passphrase:
        try:
            with backup_archive.extract(path, passphrase, paths.data_dir()) as opened:
                inner = check(opened.database(), quick=quick, details=False)
                if not inner.ok:
                    return CheckResult(path, inner.status, f"Bản sao lưu «{path.name}»: {inner.problem}", revision)
                for _ in opened.attachments():
                    pass
        except BackupPassphraseError as exc:
            return CheckResult(path, UNREADABLE, exc.message, revision)
        except BackupFileError as exc:
            return CheckResult(path, DAMAGED, exc.message, revision)
    taken_at = None
    with contextlib.suppress(TypeError, ValueError):
        taken_at = dt.datetime.fromisoformat(str(summary.get("taken_at")))
    count = summary.get("establishments")
    return CheckResult(path, OK, None, revision, count if isinstance(count, int) else None,
                       str(summary.get("name") or "") or None, taken_at, str(summary.get("code") or "") or None,
                       encrypted=True)


def _history_problem(connection: sqlite3.Connection) -> str | None:
    """Where the history chain of the change log breaks (kc_desktop.db.history), or None."""
    from kc_desktop.db import history

    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(change_log)")}
        if "chain_index" not in columns:
            return None  # a database from before the chain: chained at its first commit after the upgrade
        head = connection.execute("SELECT value FROM app_setting WHERE key = ?", (history.HEAD,)).fetchone()
        return history.verify_rows(connection.execute(history.SQLITE_QUERY), head[0] if head else None)
    except (sqlite3.Error, ValueError, TypeError) as exc:
        return f"nhật ký thay đổi không đọc được ({exc})."


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


class OtherSiteBackup(DatabaseError):
    """The backup belongs to another office than the database it would replace."""

    def __init__(self, message: str, backup_site: dict[str, str], current_site: dict[str, str]) -> None:
        super().__init__(message)
        self.backup_site, self.current_site = backup_site, current_site


def _refuse_other_site(backup_site: Mapping[str, Any] | None, db_path: Path, source: Path, other_site: bool) -> None:
    current = _site_of(db_path) if db_path.exists() else None
    if other_site or not backup_site or not current or backup_site.get("site_id") == current.get("site_id"):
        return
    raise OtherSiteBackup(
        f"Bản sao lưu «{source.name}» là của đơn vị {backup_site.get('code')} – {backup_site.get('name')}, còn cơ sở "
        f"dữ liệu «{db_path.name}» là của đơn vị {current['code']} – {current['name']}; chưa khôi phục. Nếu thật "
        "sự muốn thay, chạy lại với --other-site (dữ liệu hiện tại được giữ lại trong backups/).",
        {k: str(v) for k, v in backup_site.items()}, current)


def restore(db_path: Path, source: Path, *, passphrase: str | None = None, other_site: bool = False) -> RestoreResult:
    """Replace the database at `db_path` (and bring back its attachments) from a backup.

    A backup file needs its passphrase; one of another office needs `other_site`. The source is
    checked first (refused with the reason otherwise); the current database is kept as a
    `truoc-khoi-phuc` backup; the file is replaced atomically. The database must be closed: a
    database still open elsewhere is refused. The restored database starts a new epoch of change
    numbers, so that the city never mistakes its new work for what a lost copy sent.
    """
    db_path = db_path.absolute()
    if not backup_archive.is_archive(source):
        _refuse_other_site(site_of_backup(source), db_path, source, other_site)
        result = _restore_file(db_path, source)
    else:
        header = _check_archive(source, True, None)
        if not header.ok:
            raise DatabaseError(f"Không khôi phục được: {header.problem} Cơ sở dữ liệu hiện tại không bị thay đổi.")
        if not passphrase:
            raise BackupPassphraseError(
                f"Cần mật khẩu sao lưu để mở «{source.name}»: đặt biến môi trường {PASSPHRASE_ENV} hoặc nhập khi "
                "được hỏi. Không có gì thay đổi.")
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with backup_archive.extract(source, passphrase, db_path.parent) as opened:
            _refuse_other_site(opened.summary, db_path, source, other_site)
            database = opened.database()
            inner = check(database)
            if not inner.ok:
                raise DatabaseError(f"Không khôi phục được từ «{source}»: bản sao lưu chứa cơ sở dữ liệu hỏng "
                                    f"({inner.problem}). Cơ sở dữ liệu hiện tại không bị thay đổi.")
            for _ in opened.attachments():  # every attachment is checked before anything is replaced
                pass
            result = _restore_file(db_path, database, checked=header)
            folder = paths.attachments_dir(db_path)
            for relative, content in opened.attachments():
                _put_attachment(folder / relative, content)
    _start_epoch(db_path)
    return result


def _put_attachment(target: Path, content: bytes) -> None:
    """A content-addressed file: written once (beside, then renamed), never overwritten."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with partial.open("wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)


def _start_epoch(db_path: Path) -> None:
    """Open the restored database (migrating an older one) and start its new epoch."""
    from kc_desktop.db import epoch
    from kc_desktop.db.engine import open_database

    db = open_database(db_path, create=False)
    try:
        db.refresh_epoch(epoch.RESTORED)
    finally:
        db.close()


def _restore_file(db_path: Path, source: Path, checked: CheckResult | None = None) -> RestoreResult:
    """Replace the database file by a checked copy of `source`, keeping the current one."""
    if checked is None:
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
