"""Copies of a SQLite database made with SQLite's online backup API, written atomically.

A copy is written to a hidden temporary file beside its target, made a self-contained
single file (rollback journal, not WAL), flushed to disk, then renamed over the target:
a crash, a kill or a full disk leaves either the old target or the new one, never half a file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.request import pathname2url

from kc_desktop.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(DatabaseError):
    """A copy could not be written; `disk_full` or `source_damaged` says why when it is one of those."""

    def __init__(self, message: str, *, disk_full: bool = False, source_damaged: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full
        self.source_damaged = source_damaged


def read_only_uri(path: Path) -> str:
    """A URI opening `path` for reading only.

    A file with a -wal or -shm beside it may be in use (or hold committed transactions in its
    WAL): it is opened normally read-only. Any other file is opened immutable, so that reading
    it leaves no -wal or -shm files behind (a backup, a file on a USB stick).
    """
    path = path.absolute()
    live = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))
    query = "mode=ro" if live else "mode=ro&immutable=1"
    return f"file:{pathname2url(str(path))}?{query}"


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return isinstance(exc, sqlite3.Error) and "full" in str(exc).lower()


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to flush)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def remove_quietly(*files: Path) -> None:
    for file in files:
        with contextlib.suppress(OSError):
            file.unlink(missing_ok=True)


def backup_sqlite(
    source: Path,
    target: Path,
    *,
    pages: int = -1,
    progress: Callable[[int, int, int], object] | None = None,
) -> Path:
    """Copy a live database consistently to `target` (written beside, then renamed).

    The source is only read (readers never block the program's writers in WAL mode). On any
    failure the partial file is removed and the target is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    partial = Path(name)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=pages, progress=progress)
                # The copy is one self-contained file: no WAL to carry along or to lose.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_file(partial)
        partial.replace(target)
        fsync_dir(target.parent)
    except BaseException as exc:
        remove_quietly(partial, Path(f"{partial}-journal"))
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise _explain(exc, source, target) from exc
        raise
    return target


def _explain(exc: OSError | sqlite3.Error, source: Path, target: Path) -> BackupError:
    text = str(exc).lower()
    if is_disk_full(exc):
        return BackupError(
            f"Ổ đĩa đầy: không ghi được bản sao lưu «{target}». Tệp dở dang đã được xóa; "
            f"cơ sở dữ liệu «{source.name}» không bị thay đổi. Hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác.",
            disk_full=True,
        )
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return BackupError(
            f"Cơ sở dữ liệu «{source}» bị hỏng, không sao lưu được ({exc}).", source_damaged=True
        )
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return BackupError(f"Không có quyền ghi bản sao lưu vào «{target.parent}».")
    if isinstance(exc, OSError):
        return BackupError(f"Không ghi được bản sao lưu «{target}»: {exc.strerror or exc}.")
    return BackupError(f"Không sao lưu được «{source.name}» vào «{target}»: {exc}.")
