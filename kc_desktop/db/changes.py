"""What a transaction changed, told to whoever listens once it has committed (Anki's OpChanges).

Every session a `Database` makes collects the rows its flushes insert, update or delete, by table.
Statements that bypass the ORM (bulk inserts of an import, a package applied by `sync.apply`) say
what they wrote with `note`. When the transaction commits, the database hands one `Changes` to each of
its listeners, on the thread that committed; a rolled-back transaction tells nothing.

So no service has to remember to announce its work, and a screen refreshes from what really changed:
the GUI's change bus (kc_desktop.gui.changes) forwards these to every view.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

COLLECTED = "kc_changes"  # session.info: table -> set of ids written in this transaction
LISTENERS = "kc_change_listeners"  # session.info: the database's listeners


@dataclass(frozen=True)
class Changes:
    """Rows written by one committed transaction: table name -> ids (empty: some rows, ids unknown)."""

    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def touches(self, *tables: str) -> bool:
        """Whether any of these tables had a row written."""
        return any(table in self.rows for table in tables)

    def ids(self, table: str) -> frozenset[str]:
        return self.rows.get(table, frozenset())

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __or__(self, other: Changes) -> Changes:
        merged = {table: ids for table, ids in self.rows.items()}
        for table, ids in other.rows.items():
            merged[table] = merged.get(table, frozenset()) | ids
        return Changes(merged)

    @classmethod
    def of(cls, table: str, ids: Iterable[str] = ()) -> Changes:
        return cls({table: frozenset(ids)})


def note(session: Session, table: str, ids: Iterable[str | None] = ()) -> None:
    """Record rows written without the ORM (a core INSERT or UPDATE) in this transaction's changes."""
    collected: dict[str, set[str]] = session.info.setdefault(COLLECTED, {})
    collected.setdefault(table, set()).update(i for i in ids if i is not None)


def _after_flush(session: Session, _flush_context: Any) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is None or (obj in session.dirty and not session.is_modified(obj, include_collections=False)):
            continue
        key = inspect(obj).mapper.primary_key_from_instance(obj)
        note(session, table, [str(key[0])] if len(key) == 1 and key[0] is not None else [])


def _bulk_statement(state: ORMExecuteState) -> None:
    if state.is_update or state.is_delete or state.is_insert:
        mapper = state.bind_mapper
        if mapper is not None:
            note(state.session, mapper.local_table.name)  # type: ignore[attr-defined]


def _after_commit(session: Session) -> None:
    collected: dict[str, set[str]] | None = session.info.pop(COLLECTED, None)
    if not collected:
        return
    changes = Changes({table: frozenset(ids) for table, ids in collected.items()})
    for listener in tuple(session.info.get(LISTENERS, ())):
        listener(changes)


def _after_rollback(session: Session) -> None:
    session.info.pop(COLLECTED, None)


def install(factory: sessionmaker[Session]) -> None:
    """Collect what every session `factory` makes writes, and tell its listeners after COMMIT."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _bulk_statement)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_rollback", _after_rollback)
