"""Conflicts kept by an import (both sides changed a record): listing them and resolving them field
by field. A resolution is an ordinary edit, so it is versioned, logged and travels back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor, set_reason
from kc_desktop.db.engine import Database
from kc_desktop.db.models import SYNCED_TABLES, Officer
from kc_desktop.db.models_sync import SyncConflict
from kc_desktop.errors import KCError
from kc_desktop.services.permissions import Action, require
from kc_desktop.sync import apply, trust

APPLIED, OTHER = "applied", "other"


@dataclass(frozen=True)
class ConflictView:
    id: int
    table_name: str
    record_id: str
    site_code: str
    created_at: dt.datetime
    fields: list[str]
    applied: dict[str, Any]
    other: dict[str, Any]

    @property
    def title(self) -> str:
        state = self.applied
        return str(state.get("name") or state.get("title") or state.get("code") or self.record_id[:8])


def open_conflicts(db: Database) -> list[ConflictView]:
    codes = {row.site_id: row.code for row in trust.trusted(db)}
    with db.read() as session:
        rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                               .order_by(SyncConflict.created_at, SyncConflict.id))
        return [ConflictView(r.id, r.table_name, r.record_id, codes.get(r.site_id, r.site_id[:8]), r.created_at,
                             json.loads(r.fields), json.loads(r.applied_state), json.loads(r.other_state))
                for r in rows]


def open_conflict_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(SyncConflict)
                              .where(SyncConflict.resolved_at.is_(None))) or 0


def resolve(db: Database, actor: Actor, conflict_id: int, choices: Mapping[str, str]) -> None:
    """Keep, for each differing field, the applied value or the other one; the record gets a new version."""
    with db.session(actor) as session:
        require(session, actor, Action.RESOLVE_CONFLICT)
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise KCError("Xung đột này không còn hoặc đã được giải quyết.")
        fields = json.loads(conflict.fields)
        unknown = set(choices) - set(fields)
        if unknown or any(choice not in (APPLIED, OTHER) for choice in choices.values()):
            raise KCError(f"Lựa chọn không hợp lệ cho trường: {', '.join(sorted(unknown)) or 'không rõ'}.")
        model = SYNCED_TABLES[conflict.table_name]
        record = session.get(model, conflict.record_id)
        if record is None:
            raise KCError("Không còn bản ghi của xung đột này.")
        other = json.loads(conflict.other_state)
        table = model.__table__
        from kc_desktop.services.audit_text import field_label

        kept = sorted(field_label(conflict.table_name, name) for name, choice in choices.items() if choice == OTHER)
        set_reason(session, "Giải quyết xung đột đồng bộ: " + (
            f"lấy lại giá trị bên kia cho {', '.join(kept)}" if kept else "giữ bản đã áp dụng"))
        for name, choice in choices.items():
            if choice == OTHER:
                value = apply.convert(table.c[name], other.get(name), f"Trường «{name}»")
                setattr(record, name, value)
        if not session.dirty:  # keeping every applied value is a decision too: stamp it so it travels
            record.updated_at = utcnow()
        officer = session.get(Officer, actor.officer_id)
        conflict.resolved_at = utcnow()
        conflict.resolved_by = officer.name if officer else actor.officer_id
