"""The audit log (nhật ký thay đổi): who changed which record, when, which fields from what to what, and why.

It reads this installation's change log and, at the city, the entries every office's packages
carried (`sync_audit`), as one list filtered and paged in SQL.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import Select, String, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from kc_desktop.db.engine import Database
from kc_desktop.db.models import ChangeLog, Officer, Site
from kc_desktop.db.models_sync import SyncAudit, TrustedKey

CREATE, EDIT, DELETE, RESTORE, LOCAL = "create", "edit", "delete", "restore", "local"
ACTION_LABELS = {CREATE: "Tạo mới", EDIT: "Sửa", DELETE: "Xóa", RESTORE: "Khôi phục", LOCAL: "Quản trị"}


@dataclass(frozen=True)
class AuditFilter:
    """What to look for; every part is optional. Dates are local calendar days, both ends included.

    `site_id`: None for every source; this installation's site for its own log; another site's id for
    what that office's packages carried (city mode).
    """

    record_id: str | None = None
    table: str | None = None
    officer_id: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""
    site_id: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    site_id: str
    table: str
    record_id: str
    version: int
    changed_at: dt.datetime
    changed_by: str
    changed_by_name: str
    fields: dict[str, list[Any]] | None
    reason: str

    @property
    def action(self) -> str:
        if self.version == 0:
            return LOCAL
        deleted = (self.fields or {}).get("deleted_at")
        if deleted is not None:
            return DELETE if deleted[1] is not None else RESTORE
        return CREATE if self.version == 1 else EDIT

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int
    offset: int


def own_site_id(session: Session) -> str:
    return session.scalar(select(Site.id).where(Site.is_self.is_(True))) or ""


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _bounds(flt: AuditFilter) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Local days to UTC moments: [since 00:00, until+1 00:00)."""
    start = dt.datetime.combine(flt.since, dt.time.min).astimezone() if flt.since else None
    end = dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time.min).astimezone() if flt.until else None
    return start, end


_Columns = TypeVarTuple("_Columns")


def _union(session: Session, flt: AuditFilter) -> Any:
    """One subquery over the local log and the offices' entries, each filtered before the union."""
    own = own_site_id(session)
    start, end = _bounds(flt)
    text = flt.text.strip()

    def narrowed(query: Select[*_Columns], model: Any, name: Any) -> Select[*_Columns]:
        if flt.record_id:
            query = query.where(model.record_id == flt.record_id)
        if flt.table:
            query = query.where(model.table_name == flt.table)
        if flt.officer_id:
            query = query.where(model.changed_by == flt.officer_id)
        if start is not None:
            query = query.where(model.changed_at >= start)
        if end is not None:
            query = query.where(model.changed_at < end)
        if text:
            pattern = _like(text)
            query = query.where(or_(model.fields.ilike(pattern, escape="\\"), model.reason.ilike(pattern, escape="\\"),
                                    name.ilike(pattern, escape="\\")))
        return query

    local_name = func.coalesce(Officer.name, "")
    local = narrowed(
        select(ChangeLog.seq, literal(own, String(36)).label("site_id"), ChangeLog.table_name, ChangeLog.record_id,
               ChangeLog.version, ChangeLog.changed_at, ChangeLog.changed_by, local_name.label("changed_by_name"),
               ChangeLog.fields, ChangeLog.reason)
        .outerjoin(Officer, Officer.id == ChangeLog.changed_by), ChangeLog, local_name)
    offices = narrowed(
        select(SyncAudit.seq, SyncAudit.site_id, SyncAudit.table_name, SyncAudit.record_id, SyncAudit.version,
               SyncAudit.changed_at, SyncAudit.changed_by, SyncAudit.changed_by_name, SyncAudit.fields,
               SyncAudit.reason), SyncAudit, SyncAudit.changed_by_name)
    if flt.site_id is None:
        return union_all(local, offices).subquery()
    if flt.site_id == own:
        return local.subquery()
    return offices.where(SyncAudit.site_id == flt.site_id).subquery()


def _entry(row: Any) -> AuditEntry:
    fields = json.loads(row.fields) if row.fields else None
    return AuditEntry(row.seq, row.site_id, row.table_name, row.record_id, row.version, row.changed_at,
                      row.changed_by, row.changed_by_name or "", fields, row.reason or "")


def search(db: Database, flt: AuditFilter | None = None, offset: int = 0, limit: int = 100) -> AuditPage:
    """One page of matching entries, newest first, and how many match in all."""
    flt = flt or AuditFilter()
    with db.read() as session:
        union = _union(session, flt)
        total = session.scalar(select(func.count()).select_from(union)) or 0
        query = select(union).order_by(union.c.changed_at.desc(), union.c.seq.desc()).offset(offset).limit(limit)
        return AuditPage([_entry(row) for row in session.execute(query)], total, offset)


def history(db: Database, record_id: str) -> list[AuditEntry]:
    """Every change of one record, from every source, oldest first."""
    page = search(db, AuditFilter(record_id=record_id), limit=10_000)
    return list(reversed(page.entries))


def officers(db: Database) -> list[tuple[str, str]]:
    """(id, name) of the officers the log names, for a filter; by name."""
    with db.read() as session:
        local = select(ChangeLog.changed_by).distinct()
        remote = select(SyncAudit.changed_by).distinct()
        ids = set(session.scalars(local)) | set(session.scalars(remote))
        ids.discard("")
        names = {row.id: row.name for row in session.execute(select(Officer.id, Officer.name)
                                                             .where(Officer.id.in_(ids)))}
        for officer_id, name in session.execute(select(SyncAudit.changed_by, SyncAudit.changed_by_name)
                                                .where(SyncAudit.changed_by.in_(ids)).distinct()):
            names.setdefault(officer_id, name)
    return sorted(((i, names.get(i) or i[:8]) for i in ids), key=lambda item: item[1].lower())


def sources(db: Database) -> list[tuple[str, str]]:
    """(site id, label) of the logs there are: this installation's, then each office whose entries came in."""
    with db.read() as session:
        own = session.scalars(select(Site).where(Site.is_self.is_(True))).first()
        found = [(own.id, f"{own.code} – {own.name} (máy này)")] if own is not None else []
        sites = set(session.scalars(select(SyncAudit.site_id).distinct()))
        names = {row.site_id: f"{row.code} – {row.name}" for row in session.scalars(select(TrustedKey))}
        for site in session.scalars(select(Site).where(Site.id.in_(sites))):
            names.setdefault(site.id, f"{site.code} – {site.name}")
    return found + sorted(((s, names.get(s, s[:8])) for s in sites), key=lambda item: item[1])
