"""Office side: every change the city has not acknowledged yet, as one signed package."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kc_desktop import __version__, paths
from kc_desktop.db import migrate
from kc_desktop.db.base import utcnow
from kc_desktop.db.engine import Database
from kc_desktop.db.models import SYNCED_TABLES, AppSetting, ChangeLog
from kc_desktop.db.models_work import Attachment
from kc_desktop.errors import KCError
from kc_desktop.services import setup
from kc_desktop.sync import keys, package

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


def key_folder(db: Database) -> Path:
    """The signing key lives with the office's data (beside the database file)."""
    return db.path.parent if db.path is not None else paths.data_dir()


def acknowledged(db: Database) -> int:
    with db.read() as session:
        setting = session.get(AppSetting, ACKNOWLEDGED)
        return int(setting.value) if setting else 0


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def record_state(record: Any) -> dict[str, Any]:
    """The full state of a synced record as one line of changes.jsonl."""
    table = record.__table__
    local = set(getattr(type(record), "LOCAL_COLUMNS", ())) | _LOCAL
    fields = {c.key: _plain(getattr(record, c.key)) for c in table.columns if c.key not in local and c.key != "id"}
    return {"table": table.name, "id": record.id, "version": record.version,
            "deleted": record.deleted_at is not None, "fields": fields}


def export_changes(db: Database, folder: Path, *, everything: bool = False) -> ExportResult:
    """Write a package of the latest state of every record changed since the city's last receipt."""
    office = setup.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị; chưa xuất được dữ liệu.")
    since = 0 if everything else acknowledged(db)
    with db.read() as session:
        last = session.scalar(select(func.max(ChangeLog.seq))) or 0
        latest = session.execute(
            select(ChangeLog.table_name, ChangeLog.record_id).where(ChangeLog.seq > since)
            .group_by(ChangeLog.table_name, ChangeLog.record_id).order_by(func.min(ChangeLog.seq))
        ).all()
        changes = []
        for table_name, record_id in latest:
            model = SYNCED_TABLES.get(table_name)
            record = session.get(model, record_id) if model is not None else None
            if record is not None:
                changes.append(record_state(record))
        shipped = {c["id"] for c in changes if c["table"] == Attachment.__tablename__}
        files = {}
        for attachment in session.scalars(select(Attachment).where(Attachment.id.in_(shipped))):
            folder_of = paths.attachments_dir(db.path) / attachment.sha256[:2]
            found = next(iter(folder_of.glob(attachment.sha256 + ".*")), None)
            if found is not None:
                files[attachment.sha256] = found
    if not changes:
        return ExportResult(None, 0, 0, since, last)
    header = {"kind": "changes", "sender": {"site_id": office.site_id, "code": office.site_code},
              "schema": migrate.head_revision(), "program": __version__,
              "created_at": utcnow().isoformat(), "sequence": {"from": since + 1, "to": last}}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / package.file_name(office.site_code, since + 1, last)
    package.write(target, keys.load_or_create(key_folder(db)), header, changes, files)
    return ExportResult(target, len(changes), len(files), since + 1, last)


def public_key_text(db: Database) -> str:
    """This office's public key (hex) and fingerprint, to hand to the city office."""
    key = keys.load_or_create(key_folder(db)).public_key()
    return json.dumps({"public_key": keys.public_bytes(key).hex(), "fingerprint": keys.fingerprint(key)})
