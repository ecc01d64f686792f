"""Applying the record states of a verified package (DESIGN.md §4).

- Ownership: an office may only send records it owns (created there); the city may send any.
- Versions: a record is written only if it is newer than what both sides are known to share
  (`synced_version` here, `base` on the line), so the same package twice, or packages in any
  order, end in the same state.
- Conflicts: where both sides changed a record since their common version, the newer change
  (by time) is written and the other is kept in `sync_conflict` for a person to resolve.
- Every line is checked (table, field names, value types) before anything is written; the
  caller runs this inside the one transaction of the package.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from kc_desktop.db import changes
from kc_desktop.db.base import Base, UTCDateTime, scalar_defaults, table_of, utcnow
from kc_desktop.db.changelog import mark_unsealed
from kc_desktop.db.models import SYNCED_TABLES, ChangeLog, Site
from kc_desktop.db.models_sync import SyncConflict
from kc_desktop.sync.package import PackageRejected

# Columns that say who/when/which version rather than what: not compared when looking for a conflict.
BOOKKEEPING = frozenset({"version", "synced_version", "updated_at", "updated_by", "created_at", "created_by"})
LOCAL = frozenset({"is_self", "synced_version"})
_CHUNK = 500


@dataclass
class Applied:
    records: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    attachments: dict[str, str] = field(default_factory=dict)  # sha256 -> media type of attachment records

    @property
    def written(self) -> int:
        return self.inserted + self.updated


@dataclass(frozen=True)
class Line:
    table: Table
    id: str
    version: int
    base: int
    values: dict[str, Any]  # column -> converted value (without id and local columns)


def ordered_tables() -> list[Table]:
    """Synced tables, parents before children (foreign keys are checked at once)."""
    return [t for t in Base.metadata.sorted_tables if t.name in SYNCED_TABLES]


def _check(column: Any, plain: bool) -> Callable[[Any], Any]:
    """The check and conversion of one column's values, from JSON to what the column takes
    (`plain`: the package holds no text that could carry NUL or a lone surrogate)."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        def moment(value: Any) -> dt.datetime:
            parsed = dt.datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError("naive time")
            parsed.astimezone(dt.UTC)  # what the column stores: OverflowError near year 1 or 9999
            return parsed
        return moment
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Boolean):
        return lambda value: value if value is True or value is False else _invalid()
    if isinstance(kind, Integer):  # BigInteger too: both are 64-bit in the databases
        return lambda value: value if type(value) is int and _INT64_MIN <= value <= _INT64_MAX else _invalid()
    if isinstance(kind, Float):
        return _real
    if isinstance(kind, String):
        length = kind.length or 0
        if plain:
            return lambda value: value if type(value) is str and (not length or len(value) <= length) else _invalid()
        return lambda value: value if _text(value) and (not length or len(value) <= length) else _invalid()
    return lambda value: value


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _real(value: Any) -> float:
    number = float(value) if type(value) in (int, float) else _invalid()  # OverflowError for a huge integer
    return number if math.isfinite(number) else _invalid()  # JSON has no NaN or infinity


def _text(value: Any) -> bool:
    """A string both databases can store: UTF-8 (no lone surrogates) without NUL characters."""
    if type(value) is not str or "\x00" in value:
        return False
    value.encode("utf-8")  # UnicodeEncodeError (a ValueError) for a lone surrogate
    return True


def _invalid() -> Any:
    raise ValueError("not a value of the column's type")


@functools.cache
def _checks(table: Table, plain: bool = False) -> dict[str, tuple[Callable[[Any], Any], bool]]:
    """Per travelling column: its check, and whether it may be empty."""
    return {c.key: (_check(c, plain), c.nullable or c.key == "deleted_at") for c in table.columns
            if c.key not in LOCAL and c.key != "id"}


def convert(column: Any, value: Any, where: str) -> Any:
    check, nullable = _checks(column.table)[column.key]
    return _converted(column.key, check, nullable, value, where)


def _converted(key: str, check: Callable[[Any], Any], nullable: bool, value: Any, where: str) -> Any:
    if value is None:
        if not nullable:
            raise PackageRejected(f"{where}: trường «{key}» không được để trống.")
        return None
    try:
        return check(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise PackageRejected(f"{where}: giá trị của trường «{key}» không hợp lệ.") from exc


def _counter(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and _INT64_MIN <= value <= _INT64_MAX


def parse_lines(changes: Iterable[Mapping[str, Any]], name: str, *, plain_text: bool = False) -> list[Line]:
    """Check every line of a package: known table, a UUID, a version, known fields of the right types."""
    lines = []
    for number, change in enumerate(changes, 1):
        where = f"Gói «{name}», bản ghi {number}"
        model = SYNCED_TABLES.get(str(change.get("table")))
        if model is None:
            raise PackageRejected(f"{where}: loại dữ liệu «{change.get('table')}» không được biết.")
        table = table_of(model)
        record_id, version, base, fields = (change.get(k) for k in ("id", "version", "base", "fields"))
        try:
            uuid.UUID(str(record_id))
        except ValueError as exc:
            raise PackageRejected(f"{where}: mã bản ghi không hợp lệ.") from exc
        if not _counter(version) or version < 1 or not isinstance(fields, dict) or not (base is None or _counter(base)):
            raise PackageRejected(f"{where}: phiên bản hoặc nội dung bản ghi không hợp lệ.")
        checks = _checks(table, plain_text)
        unknown = fields.keys() - checks.keys()
        if unknown:
            raise PackageRejected(f"{where}: trường không được biết «{', '.join(sorted(unknown))}».")
        values = {}
        for key, value in fields.items():
            check, nullable = checks[key]
            if value is None:
                values[key] = _converted(key, check, nullable, value, where)
                continue
            try:
                values[key] = check(value)
            except (TypeError, ValueError, OverflowError):
                values[key] = _converted(key, check, nullable, value, where)  # raises with the reason
        if values.get("version", version) != version or "origin_site_id" not in values:
            raise PackageRejected(f"{where}: thiếu đơn vị gốc hoặc phiên bản không khớp.")
        values["version"] = version
        lines.append(Line(table, str(record_id), version, base or 0, values))
    return lines


def _stored(session: Session, table: Table, ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(table.c.id, table.c.version, table.c.synced_version, table.c.origin_site_id).where(
            table.c.id.in_(chunk))
        found.update((row.id, row) for row in session.execute(query))
    return found


def newer_here(session: Session, lines: list[Line]) -> int:
    """How many of the lines this database holds a newer version of (they will be kept as they are)."""
    by_table: dict[Table, dict[str, int]] = {}
    for line in lines:
        by_table.setdefault(line.table, {})[line.id] = line.version
    return sum(1 for table, versions in by_table.items()
               for row in _stored(session, table, list(versions)).values() if row.version > versions[row.id])


def check_ownership(session: Session, lines: list[Line], sender: str, name: str) -> None:
    """An office may send only records it created (and only its own site row)."""
    site_table = Site.__table__
    for line in lines:
        if line.values["origin_site_id"] != sender or (line.table is site_table and line.id != sender):
            raise PackageRejected(
                f"Gói «{name}» chứa bản ghi {line.table.name} {line.id[:8]} không thuộc đơn vị gửi; không nhập.")
    by_table: dict[Table, list[str]] = {}
    for line in lines:
        by_table.setdefault(line.table, []).append(line.id)
    for table, ids in by_table.items():
        for row in _stored(session, table, ids).values():
            if row.origin_site_id != sender:
                raise PackageRejected(
                    f"Gói «{name}» sửa bản ghi {table.name} {row.id[:8]} của đơn vị khác; không nhập.")


def _with_local(session: Session, table: Table, values: dict[str, Any]) -> dict[str, Any]:
    derive = getattr(SYNCED_TABLES[table.name], "derived", None)
    if derive is not None:
        values.update(derive(values, session))
    return values


def _self_ordered(table: Table, lines: list[Line]) -> list[Line]:
    """Within a table, a record that points to another of the same table comes after it."""
    own = [fk.parent.key for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        return lines
    ids = {line.id for line in lines}
    done: set[str] = set()
    ordered: list[Line] = []
    pending = lines
    while pending:
        ready = [ln for ln in pending if all(ln.values.get(k) not in ids or ln.values.get(k) in done for k in own)]
        if not ready:  # a cycle cannot come from a real database; keep the given order
            ready = pending
        ordered.extend(ready)
        done.update(ln.id for ln in ready)
        pending = [ln for ln in pending if ln.id not in done]
    return ordered


def apply_lines(session: Session, lines: list[Line], sender: str, *, kept_by: str = "") -> Applied:
    """Write the lines that are news to this database; keep conflicts. Runs in the caller's transaction."""
    result = Applied(records=len(lines))
    by_table: dict[str, list[Line]] = {}
    for line in lines:
        by_table.setdefault(line.table.name, []).append(line)
        if line.table.name == "attachment" and line.values.get("sha256"):  # a line may leave fields out
            result.attachments[line.values["sha256"]] = line.values.get("media_type") or "image/jpeg"
    connection = session.connection()
    for table in ordered_tables():
        todo = by_table.get(table.name)
        if not todo:
            continue
        # The latest state of a record wins when a package lists it twice.
        latest: dict[str, Line] = {}
        for line in todo:
            if line.id not in latest or line.version > latest[line.id].version:
                latest[line.id] = line
        stored = _stored(session, table, list(latest))
        inserts, updates = [], []
        defaults = scalar_defaults(table)
        for line in _self_ordered(table, list(latest.values())):
            row = stored.get(line.id)
            if row is None:
                values = _with_local(session, table, {**defaults, **line.values, "id": line.id,
                                                      "synced_version": line.version})
                inserts.append({c.key: values.get(c.key) for c in table.columns})
                continue
            common = max(row.synced_version or 0, line.base)
            if line.version <= common:  # old news: this side already has it (or something newer)
                result.unchanged += 1
                continue
            if row.version <= common:  # only the sender changed it
                updates.append(_update_row(session, table, {**line.values, "synced_version": line.version}, line.id))
                continue
            outcome = _conflict(session, table, line, row, sender, kept_by)
            if outcome is None:
                result.unchanged += 1
            else:
                result.conflicts += 1
            if outcome is not None or row.synced_version != line.version:
                updates.append(outcome or {"synced_version": max(line.version, row.synced_version or 0),
                                           "b_id": line.id})
        changes.note(session, table.name, [row["id"] for row in inserts] + [row["b_id"] for row in updates])
        if inserts:
            for batch in _same_keys(inserts):
                connection.execute(insert(table), batch)
            result.inserted += len(inserts)
        for batch in _same_keys(updates):
            keys = [k for k in batch[0] if k != "b_id"]
            statement = update(table).where(table.c.id == bindparam("b_id")).values(
                {k: bindparam(k) for k in keys})
            connection.execute(statement, batch)
        result.updated += sum(1 for u in updates if "version" in u)
    return result


def _same_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _conflict(session: Session, table: Table, line: Line, row: Any, sender: str, kept_by: str) -> dict[str, Any] | None:
    """Both sides changed the record: apply the newer change, keep the other. None if they agree."""
    full = session.execute(select(table).where(table.c.id == line.id)).mappings().one()
    ours = {k: _plain(v) for k, v in full.items() if k not in LOCAL and k != "id"}
    theirs = {k: _plain(v) for k, v in line.values.items()}
    local_cols = set(getattr(SYNCED_TABLES[table.name], "LOCAL_COLUMNS", ()))
    differing = sorted(k for k in theirs if k not in BOOKKEEPING | local_cols and theirs[k] != ours.get(k))
    if not differing:
        return None
    incoming = line.values.get("updated_at")  # a line may leave it out: then it is not the newer change
    incoming_newer = incoming is not None and incoming > full["updated_at"]
    applied, other = (theirs, ours) if incoming_newer else (ours, theirs)
    session.add(SyncConflict(
        table_name=table.name, record_id=line.id, site_id=sender,
        applied_state=json.dumps(applied, ensure_ascii=False, sort_keys=True),
        other_state=json.dumps(other, ensure_ascii=False, sort_keys=True),
        fields=json.dumps(differing), created_at=utcnow(), resolved_by=kept_by,
    ))
    if incoming_newer:
        return _update_row(session, table, {**line.values, "version": max(line.version, row.version),
                                            "synced_version": line.version}, line.id)
    # Ours stays, with a version above both so that it travels back and wins there too; the new version
    # has its audit line like any change (the city refuses a change without one).
    version = max(line.version, row.version) + 1
    mark_unsealed(session)
    session.add(ChangeLog(table_name=table.name, record_id=line.id, version=version,
                          deleted=full["deleted_at"] is not None, changed_at=utcnow(), changed_by=kept_by, fields=None,
                          reason="Giữ bản trên máy khi có xung đột với gói nhận được (chờ xem xét)"))
    return {"version": version, "synced_version": line.version, "b_id": line.id}


def _update_row(session: Session, table: Table, values: dict[str, Any], record_id: str) -> dict[str, Any]:
    """The parameters of one UPDATE: the new values, their derived local columns, the id to match."""
    values = _with_local(session, table, {**values, "id": record_id})
    values["b_id"] = values.pop("id")
    return values
