"""What the city sends back: receipts, numbered reference packages (with the support limits it adopted)
and recovery packages for a lost office."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from kc_desktop import __version__
from kc_desktop.db import migrate
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import SYNCED_TABLES
from kc_desktop.db.models_sync import SyncImport, TrustedKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.services.permissions import Action, require
from kc_desktop.sync import apply, identity, package, trust
from kc_desktop.sync.city_ledger import current_epochs
from kc_desktop.sync.city_mode import require_city
from kc_desktop.sync.export import parents, record_state


def _offices(db: Database) -> list[TrustedKey]:
    return [row for row in trust.trusted(db) if row.active and row.level != SiteLevel.CITY.value]


def write_receipts(db: Database, folder: Path, actor: Actor | None = None) -> list[Path]:
    """One signed receipt per trusted office: what the city has of it, so its next package holds only news."""
    office = require_city(db)
    require(db, actor, Action.PUBLISH_REFERENCE)
    sender = trust.sender_block(db)
    key = identity.signing_key(db)
    epochs = current_epochs(db)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    now = utcnow()
    for site in _offices(db):
        entry = epochs.get(site.site_id)
        have = entry.ranges if entry is not None else []
        ack = entry.acknowledged if entry is not None else 0
        receipt = {"site_id": site.site_id, "acknowledged": ack, "received": [list(r) for r in have]}
        head = _latest_history(db, site.site_id)
        if head is not None:
            receipt["history"] = {"index": head[0], "hash": head[1]}
        if entry is not None and entry.epoch:
            receipt["epoch"] = entry.epoch
        header = {"kind": "receipt", "sender": sender, "schema": migrate.head_revision(),
                  "program": __version__, "created_at": now.isoformat(), "sequence": {"from": 0, "to": 0},
                  "receipt": receipt}
        target = folder / f"KC-{office.site_code}-bien-nhan-{site.code}-{ack}.kcpkg"
        written.append(package.write(target, key, header, []))
    return written


def _latest_history(db: Database, site_id: str) -> tuple[int, str] | None:
    """The head of an office's history chain carried by the newest package imported from it."""
    with db.read() as session:
        row = session.execute(select(SyncImport.history_index, SyncImport.history_hash)
                              .where(SyncImport.site_id == site_id, SyncImport.kind == "changes",
                                     SyncImport.history_index > 0).order_by(SyncImport.id.desc())).first()
    return (int(row[0]), str(row[1])) if row is not None and row[0] is not None and row[1] else None


def reference_changes(db: Database, city_site_id: str, office_site_id: str) -> list[dict[str, Any]]:
    """What the city publishes to one office: everything the city owns, and that office's own records
    the city changed (approvals and corrections)."""
    changes: list[dict[str, Any]] = []
    with db.read() as session:
        for table in apply.ordered_tables():
            model = SYNCED_TABLES[table.name]
            changed_here = model.synced_version.is_(None) | (model.version > model.synced_version)
            query = select(model).where(or_(model.origin_site_id == city_site_id,
                                            (model.origin_site_id == office_site_id) & changed_here))
            changes.extend(record_state(record) for record in session.scalars(query))
        # What they point to (an establishment of the project the city approved, say) goes along.
        changes.extend(parents(session, changes, None))
    return changes


def publish_reference(db: Database, folder: Path, support_limits: dict[str, Any] | None = None,
                      actor: Actor | None = None) -> list[Path]:
    """One signed reference package per trusted office, encrypted to it when it gave a key.
    Only the city's administrator publishes (`actor` None: the installation's current officer)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    office = require_city(db)
    require(db, actor, Action.PUBLISH_REFERENCE)
    card = trust.own_card(db)
    sender = trust.sender_block(db)
    key = identity.signing_key(db)
    city_keys = [card.header()] + [trust.SiteCard(r.site_id, r.code, r.name, r.level, r.public_key,
                                                  r.encryption_key).header()
                                   for r in trust.trusted(db) if r.active and r.level == SiteLevel.CITY.value]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    number = next_reference_number(db)
    written = []
    for site in _offices(db):
        changes = reference_changes(db, office.site_id, site.site_id)
        header = {"kind": "reference", "sender": sender, "schema": migrate.head_revision(),
                  "program": __version__, "created_at": utcnow().isoformat(), "sequence": {"from": 0, "to": 0},
                  "recipient": site.site_id, "city_keys": city_keys, "reference_number": number,
                  "support_limits": support_limits if support_limits is not None else current_support_limits(db)}
        target = folder / f"KC-{office.site_code}-danh-muc-{site.code}-{stamp}.kcpkg"
        package.write(target, key, header, changes)
        if site.encryption_key:
            package.seal(target, X25519PublicKey.from_public_bytes(bytes.fromhex(site.encryption_key)))
        written.append(target)
    return written


REFERENCE_NUMBER = "reference_number"


def next_reference_number(db: Database) -> int:
    """Reference packages are numbered by the city, one number per publication: an office refuses one
    older than the last it applied, so an old package read late never rolls anything back."""
    from kc_desktop.db.models import AppSetting

    with db.session() as session:
        setting = session.get(AppSetting, REFERENCE_NUMBER, with_for_update=True)  # two desks: one after the other
        number = (int(setting.value) if setting is not None else 0) + 1
        session.merge(AppSetting(key=REFERENCE_NUMBER, value=str(number)))
    return number


def current_support_limits(db: Database) -> dict[str, Any]:
    """The table of support limits the city works with: its own (set with `publish --limits`) or the shipped one."""
    from kc_desktop.services import reference

    return reference.limits_document(db)


def set_support_limits(db: Database, path: Path, actor: Actor | None = None) -> dict[str, Any]:
    """Adopt a new table of support limits (same form as the shipped file) after checking every row."""
    require(db, actor, Action.PUBLISH_REFERENCE)
    from kc_desktop.services import reference

    try:
        data = json.loads(Path(path).read_text("utf-8"))
        if not reference.usable_limits(data):
            raise ValueError("not a table of support limits")
    except FileNotFoundError as exc:
        raise KCError(f"Không tìm thấy tệp «{Path(path).name}».") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KCError(f"Tệp «{Path(path).name}» không phải bảng mức hỗ trợ hợp lệ "
                      "(cần mục «limits» với support_kind, effective_from, …).") from exc
    with db.session() as session:
        reference.keep_limits(session, data)
    return data


# --- recovery of a lost office -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    path: Path
    records: int
    attachments: int
    missing: tuple[str, ...]


def write_recovery(db: Database, site_code: str, folder: Path, actor: Actor | None = None) -> Recovery:
    """One signed package with everything the city holds of an office's own records and their photos
    and signatures, for `sync recover` on its restored or new database (encrypted to it when it gave a key)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from kc_desktop.db.models_work import Attachment
    from kc_desktop.sync.export import attachment_files

    office = require_city(db)
    require(db, actor, Action.PUBLISH_REFERENCE)
    site = next((row for row in trust.trusted(db) if row.code == site_code and row.level != SiteLevel.CITY.value),
                None)
    if site is None:
        raise KCError(f"Không có đơn vị mã «{site_code}» trong danh sách đơn vị của Sở.")
    changes: list[dict[str, Any]] = []
    with db.read() as session:
        for table in apply.ordered_tables():
            model = SYNCED_TABLES[table.name]
            changes.extend(record_state(record) for record in
                           session.scalars(select(model).where(model.origin_site_id == site.site_id)))
        changes.extend(parents(session, changes, None))
        shipped = {c["id"] for c in changes if c["table"] == Attachment.__tablename__}
        files, missing = attachment_files(db, session, shipped)
    if not any(c["fields"].get("origin_site_id") == site.site_id for c in changes):
        raise KCError(f"Sở chưa có dữ liệu nào của đơn vị {site.code}; chưa lập được gói khôi phục.")
    header = {"kind": "recovery", "sender": trust.sender_block(db), "schema": migrate.head_revision(),
              "program": __version__, "created_at": utcnow().isoformat(), "sequence": {"from": 0, "to": 0},
              "recipient": site.site_id, "recovery": {"site_id": site.site_id, "code": site.code,
                                                      "records": len(changes)}}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"KC-{office.site_code}-khoi-phuc-{site.code}-{stamp}.kcpkg"
    package.write(target, identity.signing_key(db), header, changes, files)
    if site.encryption_key:
        package.seal(target, X25519PublicKey.from_public_bytes(bytes.fromhex(site.encryption_key)))
    return Recovery(target, len(changes), len(files), missing)
