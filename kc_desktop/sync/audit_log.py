"""The audit travels with the records: an office package's `audit.jsonl` (who changed what, from what to
what, and why, for the records it carries) and the city's copy of it (`sync_audit`)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from kc_desktop.db.models import SYNCED_TABLES, ChangeLog, Officer
from kc_desktop.db.models_sync import SyncAudit
from kc_desktop.sync.package import PackageRejected

_CHUNK = 500


def entries(session: Session, first: int, last: int, carried: dict[tuple[str, str], int]) -> list[dict[str, Any]]:
    """The change-log entries numbered first..last of the records a package carries, oldest first, and the
    entry that made the carried version of each record changed before (a parent carried so the package
    stands alone): the city refuses a change without its audit line."""
    names: dict[str, str] = {row.id: row.name for row in session.execute(select(Officer.id, Officer.name))}
    query = (select(ChangeLog).where(ChangeLog.seq >= first, ChangeLog.seq <= last, ChangeLog.version > 0)
             .order_by(ChangeLog.seq))
    found = [row for row in session.scalars(query) if (row.table_name, row.record_id) in carried]
    covered = {(row.table_name, row.record_id, row.version) for row in found}
    earlier = [key for key, version in carried.items() if (*key, version) not in covered]
    for start in range(0, len(earlier), _CHUNK):
        chunk = earlier[start:start + _CHUNK]
        for row in session.scalars(select(ChangeLog).where(ChangeLog.seq < first, ChangeLog.version > 0,
                                                           ChangeLog.record_id.in_([i for _, i in chunk]))):
            if carried.get((row.table_name, row.record_id)) == row.version:
                found.append(row)
    found.sort(key=lambda row: row.seq)
    return [{"seq": row.seq, "table": row.table_name, "id": row.record_id, "version": row.version,
             "deleted": row.deleted, "changed_at": row.changed_at.isoformat(), "changed_by": row.changed_by,
             "changed_by_name": names.get(row.changed_by, ""),
             "fields": json.loads(row.fields) if row.fields else None, "reason": row.reason} for row in found]


def to_bytes(lines: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(line, ensure_ascii=False, sort_keys=True).encode() + b"\n" for line in lines)


_MAX_INT = 2**63 - 1  # what a database integer holds


def _text(value: Any, length: int | None = None) -> bool:
    """A string the databases can store: no NUL (PostgreSQL), no lone surrogate (UTF-8), not too long."""
    if not isinstance(value, str) or (length is not None and len(value) > length) or "\x00" in value:
        return False
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def _moment(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("naive time")
    parsed.astimezone(dt.UTC)  # times near year 1 or 9999 overflow here, not later in the database
    return parsed


def _plain_json(value: Any) -> str:
    """The fields' old and new values as stored: refused if a database could not keep them."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if not _text(text):
        raise ValueError("unstorable text in fields")
    return text


def parse(data: bytes, first: int, last: int, name: str) -> list[dict[str, Any]]:
    """Check every line of a package's audit before anything is written; refuse the package if one is wrong."""
    found = []
    try:
        lines = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise PackageRejected(f"Gói «{name}»: nhật ký thay đổi không đọc được.") from exc
    for number, line in enumerate(lines, 1):
        try:
            if not isinstance(line, dict):
                raise ValueError("not an object")
            seq, version = line["seq"], line["version"]
            # An entry may come from before the package's range: the one that made a carried parent.
            if type(seq) is not int or not 1 <= seq <= last or type(version) is not int or \
                    not 1 <= version <= _MAX_INT:
                raise ValueError("sequence or version")
            if line["table"] not in SYNCED_TABLES:
                raise ValueError("table")
            uuid.UUID(str(line["id"]))
            fields, reason = line.get("fields"), line.get("reason")
            if not (fields is None or isinstance(fields, dict)) or not (reason is None or _text(reason)):
                raise ValueError("fields or reason")
            if not _text(line.get("changed_by", ""), 36) or not _text(line.get("changed_by_name", ""), 200):
                raise ValueError("author")
            found.append({"seq": seq, "table_name": line["table"], "record_id": str(line["id"]), "version": version,
                          "deleted": line.get("deleted") is True, "changed_at": _moment(line["changed_at"]),
                          "changed_by": line.get("changed_by", ""), "changed_by_name": line.get("changed_by_name", ""),
                          "fields": _plain_json(fields) if fields is not None else None, "reason": reason})
        except (KeyError, TypeError, ValueError, OverflowError, RecursionError) as exc:
            raise PackageRejected(f"Gói «{name}»: dòng {number} của nhật ký thay đổi không hợp lệ.") from exc
    return found


def store(session: Session, site_id: str, rows: list[dict[str, Any]], epoch: str = "") -> int:
    """Keep an office's audit entries (of one epoch of its numbers), in the import's transaction;
    entries already kept are skipped."""
    if not rows:
        return 0
    have: set[int] = set()
    seqs = sorted({row["seq"] for row in rows})
    for start in range(0, len(seqs), _CHUNK):
        chunk = seqs[start:start + _CHUNK]
        have.update(session.scalars(select(SyncAudit.seq).where(SyncAudit.site_id == site_id,
                                                                SyncAudit.epoch == epoch,
                                                                SyncAudit.seq.in_(chunk))))
    fresh: dict[int, dict[str, Any]] = {}
    for row in rows:
        if row["seq"] not in have:
            fresh.setdefault(row["seq"], {**row, "site_id": site_id, "epoch": epoch})
    if fresh:
        session.connection().execute(_insert_new(session), list(fresh.values()))
    return len(fresh)


def _insert_new(session: Session) -> Any:
    """INSERT that skips an entry a colleague's import of an overlapping package stored a moment ago."""
    table: Table = SyncAudit.__table__  # type: ignore[assignment]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing(index_elements=["site_id", "epoch", "seq"])
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing(index_elements=["site_id", "epoch", "seq"])
    return insert(table)
