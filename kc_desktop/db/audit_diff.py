"""What a change did to a record, field by field, for the audit kept in the change log.

A change is `{field: [old, new]}` in JSON. Columns that hold JSON text (answers, participants,
council, items) are compared one level down ("answers.q3", "items[2].quantity"), so that the
autosave of one answer records that answer, not the whole form twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

# Who/when/which version rather than what, and numbers derived from the other fields.
NOT_AUDITED = frozenset({"id", "origin_site_id", "created_at", "updated_at", "created_by", "updated_by", "version",
                         "synced_version", "is_self", "error_count", "question_count"})
# A value longer than this is kept as its start, its length and a hash (a template definition, say).
MAX_TEXT = 4000


def audited_columns(model: type) -> list[str]:
    table = model.__table__  # type: ignore[attr-defined]
    skip = NOT_AUDITED | set(getattr(model, "LOCAL_COLUMNS", ()))
    return [column.key for column in table.columns if column.key not in skip]


def plain(value: Any) -> Any:
    """A stored value as JSON can hold it."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str) and len(value) > MAX_TEXT:
        digest = hashlib.sha256(value.encode()).hexdigest()[:16]
        return f"{value[:MAX_TEXT]}… [{len(value)} ký tự, sha256 {digest}]"
    return value


def _flatten(column: str, value: Any, json_columns: frozenset[str]) -> dict[str, Any]:
    """One column's value, spread over sub-keys when it is JSON text of an object or a list."""
    if column not in json_columns or not isinstance(value, str):
        return {column: plain(value)}
    try:
        parsed = json.loads(value)
    except ValueError:
        return {column: plain(value)}
    if isinstance(parsed, dict):
        return {f"{column}.{key}": item for key, item in parsed.items()}
    if isinstance(parsed, list):
        spread: dict[str, Any] = {}
        for number, item in enumerate(parsed, 1):
            if isinstance(item, dict):
                spread.update({f"{column}[{number}].{key}": part for key, part in item.items()})
            else:
                spread[f"{column}[{number}]"] = item
        return spread
    return {column: parsed}


def _empty(value: Any) -> bool:
    """Nothing worth listing at creation: no value, a no, a zero amount."""
    return value is None or value is False or value == 0 or value == "" or value == [] or value == {}


def created(obj: Any) -> dict[str, list[Any]]:
    """The first values of a new record (those that say something): `{field: [None, value]}`."""
    model = type(obj)
    table = model.__table__
    json_columns = frozenset(getattr(model, "JSON_COLUMNS", ()))
    values: dict[str, list[Any]] = {}
    for key in audited_columns(model):
        value = getattr(obj, key)
        if value is None:
            default = table.columns[key].default
            value = default.arg if default is not None and default.is_scalar else None
        for name, item in _flatten(key, value, json_columns).items():
            if not _empty(item):
                values[name] = [None, item]
    return values


def changed(obj: Any, session: Session) -> dict[str, list[Any]]:
    """What an edit changed: `{field: [old, new]}`, deletions and restores included (deleted_at)."""
    model = type(obj)
    state = inspect(obj)
    json_columns = frozenset(getattr(model, "JSON_COLUMNS", ()))
    olds: dict[str, Any] = {}
    news: dict[str, Any] = {}
    unknown: list[str] = []
    for key in audited_columns(model):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        news[key] = history.added[0] if history.added else None
        if history.deleted:
            olds[key] = history.deleted[0]
        else:
            unknown.append(key)  # set without being loaded first: the database still has the old value
    if unknown and state.persistent:
        table = model.__table__
        row = session.connection().execute(
            select(*(table.c[key] for key in unknown)).where(table.c.id == obj.id)
        ).mappings().first()
        olds.update({key: row[key] if row is not None else None for key in unknown})
    diff: dict[str, list[Any]] = {}
    for key, new in news.items():
        before = _flatten(key, olds.get(key), json_columns)
        after = _flatten(key, new, json_columns)
        for name in [*before, *(k for k in after if k not in before)]:
            old_value, new_value = before.get(name), after.get(name)
            if old_value != new_value:
                diff[name] = [old_value, new_value]
    return diff


def dumps(fields: dict[str, list[Any]] | None) -> str | None:
    return None if fields is None else json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str)
