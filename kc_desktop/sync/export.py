"""Office side: every change the city has not acknowledged yet, as one signed package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kc_desktop import __version__, paths
from kc_desktop.db import epoch, history, migrate
from kc_desktop.db.base import BUILTIN_SITE_ID, utcnow
from kc_desktop.db.engine import Database
from kc_desktop.db.models import SYNCED_TABLES, AppSetting, ChangeLog
from kc_desktop.db.models_work import Attachment
from kc_desktop.errors import KCError
from kc_desktop.services import installation
from kc_desktop.sync import audit_log, identity, package, trust

ACKNOWLEDGED = "sync_acknowledged_seq"
# Columns that belong to this installation only and never travel.
_LOCAL = {"is_self", "synced_version"}


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    records: int
    attachments: int
    first: int
    last: int
    # Attachments the records point to whose file is not on this computer: named, never skipped silently.
    missing: tuple[str, ...] = ()


def acknowledged(db: Database) -> int:
    with db.read() as session:
        setting = session.get(AppSetting, ACKNOWLEDGED)
        return int(setting.value) if setting else 0


def pending_changes(db: Database, since: int) -> tuple[int, int]:
    """How many changes the change log holds after `since`, and the number of the latest one."""
    with db.read() as session:
        # Version 0: the audit of local data (accounts, trusted keys), which never travels.
        count, last = session.execute(select(func.count(), func.max(ChangeLog.seq))
                                      .where(ChangeLog.seq > since, ChangeLog.version > 0)).one()
    return int(count or 0), int(last or since)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def record_state(record: Any) -> dict[str, Any]:
    """The full state of a synced record as one line of changes.jsonl."""
    table = record.__table__
    local = set(getattr(type(record), "LOCAL_COLUMNS", ())) | _LOCAL
    fields = {c.key: _plain(getattr(record, c.key)) for c in table.columns if c.key not in local and c.key != "id"}
    return {"table": table.name, "id": record.id, "version": record.version, "base": record.synced_version,
            "deleted": record.deleted_at is not None, "fields": fields}


def parents(session: Session, changes: list[dict[str, Any]], site_id: str | None) -> list[dict[str, Any]]:
    """The records (of `site_id`, or of anyone) that the changed ones point to, so that every package
    stands alone and packages may be imported in any order (foreign keys are checked at once)."""
    have = {(c["table"], c["id"]) for c in changes}
    todo, found = changes, []
    while todo:
        wanted: dict[str, set[str]] = {}
        for change in todo:
            table = SYNCED_TABLES[change["table"]].__table__
            for fk in table.foreign_keys:
                target, value = fk.column.table.name, change["fields"].get(fk.parent.key)
                if target in SYNCED_TABLES and value and (target, value) not in have:
                    wanted.setdefault(target, set()).add(value)
        todo = []
        for target, ids in wanted.items():
            model = SYNCED_TABLES[target]
            # Built-in records are the same everywhere: they never travel.
            query = select(model).where(model.id.in_(ids), model.origin_site_id != BUILTIN_SITE_ID)
            if site_id is not None:
                query = query.where(model.origin_site_id == site_id)
            for record in session.scalars(query):
                have.add((target, record.id))
                todo.append(record_state(record))
        found.extend(todo)
    return found


def export_changes(db: Database, folder: Path, *, everything: bool = False, encrypt: bool = False) -> ExportResult:
    """Write a package of the latest state of every record this office owns changed since the
    city's last receipt (or of everything), signed, and encrypted to the city if asked."""
    office = installation.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị; chưa xuất được dữ liệu.")
    city_key = trust.city_encryption_key(db) if encrypt else None
    if encrypt and city_key is None:
        raise KCError("Chưa có khóa mã hóa của Sở: hãy đăng ký khóa của Sở trước khi xuất gói mã hóa.")
    since = 0 if everything else acknowledged(db)
    with db.read() as session:
        last = session.scalar(select(func.max(ChangeLog.seq))) or 0
        latest = session.execute(
            select(ChangeLog.table_name, ChangeLog.record_id).where(ChangeLog.seq > since)
            .group_by(ChangeLog.table_name, ChangeLog.record_id).order_by(func.min(ChangeLog.seq))
        ).all()
        wanted: dict[str, list[str]] = {}
        for table_name, record_id in latest:
            if table_name in SYNCED_TABLES:
                wanted.setdefault(table_name, []).append(record_id)
        changes: list[dict[str, Any]] = []
        for table_name, ids in wanted.items():
            model = SYNCED_TABLES[table_name]
            for start in range(0, len(ids), 500):
                # Only what this office owns travels: the city would refuse anything else.
                query = select(model).where(model.id.in_(ids[start:start + 500]),
                                            model.origin_site_id == office.site_id)
                changes.extend(record_state(record) for record in session.scalars(query))
        changes.extend(parents(session, changes, office.site_id))
        # Who changed what and why, for the records carried: the city keeps every office's history.
        audit = audit_log.entries(session, since + 1, last, {(c["table"], c["id"]): c["version"] for c in changes})
        shipped = {c["id"] for c in changes if c["table"] == Attachment.__tablename__}
        files, missing = attachment_files(db, session, shipped)
        current = epoch.current(session)
        chain = history_block(session)
    if not changes:
        return ExportResult(None, 0, 0, since, last)
    header = {"kind": "changes", "sender": trust.sender_block(db),
              "schema": migrate.head_revision(), "program": __version__,
              "created_at": utcnow().isoformat(), "sequence": {"from": since + 1, "to": last}}
    if current is not None:
        # The city counts and acknowledges numbers per epoch (kc_desktop.db.epoch).
        header["epoch"] = {"id": current.id, "first": current.first_seq}
    header.update(chain)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / package.file_name(office.site_code, since + 1, last)
    package.write(target, identity.signing_key(db), header, changes, files,
                  {package.AUDIT: audit_log.to_bytes(audit)})
    if city_key is not None:
        package.seal(target, city_key)
    return ExportResult(target, len(changes), len(files), since + 1, last, missing)


CITY_HISTORY_HEAD = "city_history_head"  # the head of this office's history the city last said it holds


def history_block(session: Session) -> dict[str, Any]:
    """The head of this office's history chain, and its hash now at the place the city last echoed: the
    city sees whether the history it received was rewritten since (kc_desktop.db.history)."""
    index, digest = history.head(session)
    block: dict[str, Any] = {"history": {"index": index, "hash": digest}}
    echoed = session.get(AppSetting, CITY_HISTORY_HEAD)
    if echoed is not None:
        place, _ = history.parse_head(echoed.value)
        if place:
            block["history_check"] = {"index": place, "hash": history.recomputed_at(session, place)}
    return block


def attachment_files(db: Database, session: Session, ids: set[str]) -> tuple[dict[str, Path], tuple[str, ...]]:
    """The stored file of each attachment record (by content hash), and a sentence for each missing one."""
    files: dict[str, Path] = {}
    missing = []
    root = paths.attachments_dir(db.path)
    chosen = list(ids)
    for start in range(0, len(chosen), 500):
        for attachment in session.scalars(select(Attachment).where(Attachment.id.in_(chosen[start:start + 500]))):
            found = next(iter((root / attachment.sha256[:2]).glob(attachment.sha256 + ".*")), None)
            if found is not None:
                files[attachment.sha256] = found
            elif attachment.deleted_at is None:
                label = f" «{attachment.caption}»" if attachment.caption else ""
                missing.append(f"Thiếu tệp đính kèm{label} (ảnh hoặc chữ ký, mã {attachment.sha256[:12]}) của bản ghi "
                               f"{attachment.owner_table} {attachment.owner_id[:8]}: tệp không có trên máy này.")
    return files, tuple(missing)
