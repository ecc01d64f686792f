"""The one mechanism that stamps synced records and writes the change log.

Every Session made by `kc_desktop.db.engine.Database` carries an `Actor` in
`session.info`. Before each flush, new and changed synced records get their
origin, timestamps, authors and version, and one `ChangeLog` row each, in the
same transaction. Bulk UPDATE/DELETE/INSERT statements on synced tables would
skip this, so they are refused.

Each row is also the audit of the change: which fields went from what to what
(`kc_desktop.db.audit_diff`) and why, the reason a service put in
`session.info` with `set_reason` (a correction's reason, a cancellation, an import).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from kc_desktop.db import audit_diff, changes, history
from kc_desktop.db.base import Synced, new_id, scalar_defaults, table_of, utcnow
from kc_desktop.db.models import ChangeLog
from kc_desktop.errors import KCError

ACTOR_KEY = "kc_actor"
FLOOR_KEY = "kc_version_floor"  # kept in session.info by Database.session (kc_desktop.db.epoch)
REASON_KEY = "kc_reason"


@dataclass(frozen=True)
class Actor:
    """Who is changing data: this installation's site and the officer at the keyboard."""

    site_id: str
    officer_id: str


class RecordFrozen(KCError):
    """A finalized or published record was about to be changed."""


class ActorMissing(RuntimeError):
    """A synced record was changed by a session that does not say who is changing it."""


def set_reason(session: Session, reason: str | None) -> None:
    """Say why this session changes what it changes; kept with every change-log entry it writes."""
    session.info[REASON_KEY] = reason or None


def _reason(session: Session) -> str | None:
    return session.info.get(REASON_KEY)


def _actor(session: Session) -> Actor:
    actor: Actor | None = session.info.get(ACTOR_KEY)
    if actor is None:
        raise ActorMissing("a synced record was changed without an actor in session.info")
    return actor


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    new = [obj for obj in session.new if isinstance(obj, Synced)]
    changed = [
        obj for obj in session.dirty if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False)
    ]
    if not new and not changed:
        return
    actor = _actor(session)
    now = utcnow()
    reason = _reason(session)
    log: list[ChangeLog] = []
    for obj in new:
        log.append(_stamp_new(obj, session, actor, now))
        log[-1].fields, log[-1].reason = audit_diff.dumps(audit_diff.created(obj)), reason
    for obj in changed:
        _refuse_frozen(obj)
        if not _only_local_columns_changed(obj):
            _prepare(obj, session)  # derived fields first, so the audit sees the record as it is written
            fields = audit_diff.changed(obj, session)
            # After a restore or a copy the version jumps to the epoch's floor (kc_desktop.db.epoch).
            obj.version = max((obj.version or 0) + 1, session.info.get(FLOOR_KEY, 0))
            obj.updated_at = now
            obj.updated_by = actor.officer_id
            log.append(_entry(obj, now, actor))
            log[-1].fields, log[-1].reason = audit_diff.dumps(fields), reason
    session.add_all(log)
    if log:
        mark_unsealed(session)


def mark_unsealed(session: Session) -> None:
    """This transaction wrote change-log entries: chain them when it commits (kc_desktop.db.history)."""
    session.info[history.UNSEALED] = True


def _before_commit(session: Session) -> None:
    if session.info.get(history.UNSEALED):
        session.flush()  # entries still pending are written first, then chained
        history.seal(session)


def _stamp_new(obj: Synced, session: Session, actor: Actor, now: Any) -> ChangeLog:
    """Give a new record its id, origin, authors, timestamps and version 1; its change-log row."""
    if obj.id is None:
        obj.id = new_id()
    if obj.origin_site_id is None:
        obj.origin_site_id = actor.site_id
    obj.created_at = obj.updated_at = now
    obj.created_by = obj.updated_by = actor.officer_id
    obj.version = 1
    _prepare(obj, session)
    return _entry(obj, now, actor)


def insert_rows(session: Session, model: type[Synced], rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Insert many new records of one model at once, stamped and logged exactly as a flush would.

    For imports of thousands of rows, where the ORM's per-object work is most of the time.
    Each row maps column names to values (an `id` may be given); returns the ids in order.
    The audit of such a creation is its reason alone (fields NULL): the values are the imported file's.
    """
    if not rows:
        return []
    actor = _actor(session)
    now = utcnow()
    table = table_of(model)
    defaults = scalar_defaults(table)
    derive = getattr(model, "derived", None)
    stamp = {"origin_site_id": actor.site_id, "created_at": now, "updated_at": now, "created_by": actor.officer_id,
             "updated_by": actor.officer_id, "version": 1, "deleted_at": None}
    prepared: list[dict[str, Any]] = []
    for row in rows:
        values = {**defaults, **{k: v for k, v in row.items() if v is not None}, **stamp}
        values.setdefault("id", new_id())
        if derive is not None:
            values.update(derive(values, session))
        prepared.append({column.key: values.get(column.key) for column in table.columns})
    # Core statements on the session's connection: same transaction, none of the ORM's per-row work.
    connection = session.connection()
    connection.execute(insert(table), prepared)
    changes.note(session, table.name, (v["id"] for v in prepared))
    reason = _reason(session)
    mark_unsealed(session)
    connection.execute(
        insert(table_of(ChangeLog)),
        [{"table_name": table.name, "record_id": v["id"], "version": 1, "deleted": False, "changed_at": now,
          "changed_by": actor.officer_id, "fields": None, "reason": reason} for v in prepared],
    )
    return [v["id"] for v in prepared]


def record_event(session: Session, table_name: str, record_id: str, fields: Mapping[str, Any],
                 reason: str | None = None, changed_by: str | None = None) -> None:
    """Audit a change of local data that does not travel (an account, a trusted key): a change-log
    entry of version 0, which export skips. `changed_by` "" means the program itself (a lock)."""
    if changed_by is None:
        changed_by = _actor(session).officer_id
    mark_unsealed(session)
    session.add(ChangeLog(table_name=table_name, record_id=record_id, version=0, deleted=False, changed_at=utcnow(),
                          changed_by=changed_by, fields=audit_diff.dumps(dict(fields)),
                          reason=reason if reason is not None else _reason(session)))


def _prepare(obj: Synced, session: Session) -> None:
    hook = getattr(obj, "before_save", None)
    if hook is not None:
        hook(session)


def _refuse_frozen(obj: Synced) -> None:
    """Records that say they are frozen (finalized minutes, published templates) refuse changes.

    The check lives here, under every service, so no code path can alter them.
    """
    check = getattr(obj, "frozen_change", None)
    if check is None:
        return
    state = inspect(obj)
    changes = {
        attr.key: (attr.history.deleted[0] if attr.history.deleted else None)
        for attr in state.attrs
        if attr.history.has_changes()
    }
    message = check(changes)
    if message:
        raise RecordFrozen(message)


def _only_local_columns_changed(obj: Synced) -> bool:
    local = getattr(type(obj), "LOCAL_COLUMNS", frozenset()) | {"synced_version"}
    state = inspect(obj)
    return all(attr.key in local for attr in state.attrs if attr.history.has_changes())


def _entry(obj: Synced, now: Any, actor: Actor) -> ChangeLog:
    return ChangeLog(
        table_name=obj.__tablename__,
        record_id=obj.id,
        version=obj.version,
        deleted=obj.deleted_at is not None,
        changed_at=now,
        changed_by=actor.officer_id,
    )


def _refuse_bulk_statements(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    if state.execution_options.get("kc_allow_bulk"):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, Synced):
        raise ActorMissing(f"bulk statements on synced table {mapper.class_.__tablename__} bypass the change log")


def install(factory: sessionmaker[Session]) -> None:
    """Attach the change-log mechanism to every session `factory` makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "do_orm_execute", _refuse_bulk_statements)
