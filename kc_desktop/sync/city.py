"""City mode (DESIGN.md §4): packages from the offices in, receipts and reference packages out.

Each package is imported in one transaction, after every check has passed; the result of each is
one line an officer understands: imported (with counts), already imported, or rejected and why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from kc_desktop import __version__
from kc_desktop.db import migrate
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import SYNCED_TABLES
from kc_desktop.db.models_sync import SyncImport, TrustedKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.domain.permissions import Action, require
from kc_desktop.errors import KCError
from kc_desktop.forms.expr_syntax import one_line
from kc_desktop.progress import Progress
from kc_desktop.services import attachments, setup
from kc_desktop.sync import apply, audit_log, keys, package, trust
from kc_desktop.sync.export import parents, record_state
from kc_desktop.sync.package import PackageRejected

IMPORTED, ALREADY, REJECTED = "imported", "already", "rejected"
PACKAGE_SUFFIXES = (".kcpkg",)


@dataclass(frozen=True)
class Outcome:
    """What became of one package."""

    path: Path
    status: str
    message: str
    site_code: str = ""
    applied: apply.Applied | None = None

    @property
    def line(self) -> str:
        return f"{self.path.name}: {self.message}"


def require_city(db: Database) -> setup.OfficeInfo:
    office = setup.office_info(db)
    if office is None or office.level != SiteLevel.CITY.value:
        raise KCError("Cơ sở dữ liệu này không phải của Sở Công Thương (chế độ Sở); "
                      "hãy mở cơ sở dữ liệu của Sở bằng --db.")
    return office


def known_schema(revision: object) -> bool:
    return isinstance(revision, str) and revision in migrate.known_revisions()


def import_package(db: Database, path: Path) -> Outcome:
    """Import one office package; never raises for a bad package, says why instead."""
    path = Path(path)
    try:
        office = require_city(db)
        kind = package.read_unverified_manifest(path, trust.own_encryption_key(db))[0]["kind"]
        if kind != "changes":  # said before the signature is checked: only to give the better reason
            raise PackageRejected(f"Gói «{path.name}» là {_kind_label(kind)}, không phải dữ liệu của đơn vị.")
        verified = package.read(path, trust.key_lookup(db), trust.own_encryption_key(db))
        manifest = verified.manifest
        code = str(manifest["sender"].get("code", "?"))
        if verified.sender == office.site_id:
            raise PackageRejected(f"Gói «{path.name}» do chính Sở xuất; không nhập lại.")
        if not known_schema(manifest.get("schema")):
            raise PackageRejected(f"Gói «{path.name}» do phiên bản KC Desktop mới hơn tạo ra "
                                  f"(lược đồ {manifest.get('schema')}); hãy cập nhật chương trình của Sở.")
        sequence = _sequence(manifest, path.name)
        lines = apply.parse_lines(verified.changes, path.name, plain_text=verified.plain_text)
        # A package from before the audit travelled has none: it imports as it always did.
        audit = audit_log.parse(verified.extra.get(package.AUDIT, b""), *sequence, path.name)
        with db.session() as session:
            # Imports from one office wait for each other (on a server; a SQLite file has one writer anyway),
            # so that two staff importing the same package get "imported" and "already imported".
            session.execute(select(TrustedKey.site_id).where(TrustedKey.site_id == verified.sender).with_for_update())
            if session.scalar(select(SyncImport.id).where(SyncImport.package_hash == verified.manifest_hash)):
                return Outcome(path, ALREADY, "đã nhập trước đó, không có gì thay đổi.", code)
            apply.check_ownership(session, lines, verified.sender, path.name)
            result = apply.apply_lines(session, lines, verified.sender, kept_by="")
            audit_log.store(session, verified.sender, audit)
            _store_attachments(db, verified.attachments, result)
            session.add(SyncImport(package_hash=verified.manifest_hash, kind="changes", site_id=verified.sender,
                                   seq_from=sequence[0], seq_to=sequence[1], records=result.records,
                                   applied=result.written, conflicts=result.conflicts,
                                   attachments=len(verified.attachments), file_name=path.name[:300],
                                   imported_at=utcnow()))
    except IntegrityError:
        if _already(db, path):  # a colleague imported the same package a moment ago
            return Outcome(path, ALREADY, "đã nhập trước đó, không có gì thay đổi.")
        return Outcome(path, REJECTED, "bị từ chối: dữ liệu trong gói mâu thuẫn với dữ liệu đã có "
                       "(trùng mã hoặc tham chiếu tới bản ghi chưa có); không có gì thay đổi.")
    except KCError as exc:
        return Outcome(path, REJECTED, f"bị từ chối: {_reason(str(exc), path.name)}")
    return Outcome(path, IMPORTED, _summary(result, len(verified.attachments)), code, result)


def _already(db: Database, path: Path) -> bool:
    try:
        manifest_bytes = package.read_unverified_manifest(path, trust.own_encryption_key(db))[1]
    except KCError:
        return False
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    with db.read() as session:
        return session.scalar(select(SyncImport.id).where(SyncImport.package_hash == digest)) is not None


def _kind_label(kind: str) -> str:
    return {"receipt": "biên nhận", "reference": "gói danh mục của Sở", "changes": "gói dữ liệu"}.get(kind, kind)


def _reason(message: str, name: str) -> str:
    """The reason without repeating the file name the line already starts with, on one line."""
    message = one_line(message)
    for prefix in (f"Gói «{name}»: ", f"Gói «{name}» ", f"Tệp «{name}» "):
        if message.startswith(prefix):
            rest = message[len(prefix):]
            return rest[:1].lower() + rest[1:] if prefix.endswith(": ") else f"gói {rest}"
    return message[:1].lower() + message[1:]


def _summary(result: apply.Applied, files: int) -> str:
    parts = [f"đã nhập {result.records} bản ghi ({result.inserted} mới, {result.updated} cập nhật, "
             f"{result.unchanged} không đổi)"]
    if result.conflicts:
        parts.append(f"{result.conflicts} xung đột cần xem xét")
    if files:
        parts.append(f"{files} tệp đính kèm")
    return ", ".join(parts) + "."


def _sequence(manifest: dict, name: str) -> tuple[int, int]:
    sequence = manifest.get("sequence")
    try:
        first, last = int(sequence["from"]), int(sequence["to"])  # type: ignore[index]
    except (TypeError, KeyError, ValueError, OverflowError) as exc:
        raise PackageRejected(f"Gói «{name}»: bản kê khai thiếu khoảng số thứ tự thay đổi.") from exc
    if first < 1 or last < first or last >= 2**63:  # the database keeps them as 64-bit integers
        raise PackageRejected(f"Gói «{name}»: khoảng số thứ tự thay đổi không hợp lệ.")
    return first, last


def _store_attachments(db: Database, files: dict[str, bytes], result: apply.Applied) -> None:
    """Content-addressed files, written before the commit; a rolled-back import leaves at most unused files."""
    for digest, payload in files.items():
        attachments.store(db, payload, result.attachments.get(digest, "image/jpeg"))


def package_files(items: Sequence[Path]) -> list[Path]:
    """Files given, and the packages inside folders given, oldest range first."""
    found: list[Path] = []
    for item in map(Path, items):
        if item.is_dir():
            found.extend(sorted(p for p in item.rglob("*") if p.suffix.lower() in PACKAGE_SUFFIXES))
        else:
            found.append(item)
    return found


def import_many(db: Database, items: Sequence[Path]) -> Iterator[Progress | Outcome]:
    """Import packages one by one (each in its own transaction), reporting progress and outcomes."""
    files = package_files(items)
    for number, path in enumerate(files, 1):
        yield Progress(number - 1, len(files), f"Đang nhập {path.name}…")
        yield import_package(db, path)
    yield Progress(len(files), len(files), "Xong.")


# --- sequence gaps -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    site_code: str
    site_name: str
    first: int
    last: int

    @property
    def message(self) -> str:
        who = self.site_name or self.site_code
        numbers = f"{self.first}" if self.first == self.last else f"{self.first}–{self.last}"
        return f"Gói {numbers} từ {who} chưa nhận được."


def received_ranges(db: Database) -> dict[str, list[tuple[int, int]]]:
    """Per office, the merged ranges of change-log sequence numbers received so far."""
    with db.read() as session:
        rows = session.execute(select(SyncImport.site_id, SyncImport.seq_from, SyncImport.seq_to)
                               .where(SyncImport.kind == "changes").order_by(SyncImport.site_id, SyncImport.seq_from))
        merged: dict[str, list[tuple[int, int]]] = {}
        for site, first, last in rows:
            ranges = merged.setdefault(site, [])
            if ranges and first <= ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], last))
            else:
                ranges.append((first, last))
    return merged


def gaps(db: Database) -> list[Gap]:
    names = {row.site_id: row for row in trust.trusted(db)}
    found = []
    for site, ranges in received_ranges(db).items():
        card = names.get(site)
        code, name = (card.code, card.name) if card else (site[:8], "")
        expected = 1
        for first, last in ranges:
            if first > expected:
                found.append(Gap(code, name, expected, first - 1))
            expected = last + 1
    return found


def acknowledged(ranges: list[tuple[int, int]]) -> int:
    """The last sequence number up to which everything has arrived."""
    return ranges[0][1] if ranges and ranges[0][0] == 1 else 0


# --- receipts and reference packages -------------------------------------------------------------------------


def _offices(db: Database) -> list[TrustedKey]:
    return [row for row in trust.trusted(db) if row.active and row.level != SiteLevel.CITY.value]


def write_receipts(db: Database, folder: Path, actor: Actor | None = None) -> list[Path]:
    """One signed receipt per trusted office: what the city has of it, so its next package holds only news."""
    office = require_city(db)
    require(db, actor, Action.PUBLISH_REFERENCE)
    card = trust.own_card(db)
    key = keys.load_or_create(trust.key_folder(db))
    ranges = received_ranges(db)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    now = utcnow()
    for site in _offices(db):
        have = ranges.get(site.site_id, [])
        ack = acknowledged(have)
        header = {"kind": "receipt", "sender": card.header(), "schema": migrate.head_revision(),
                  "program": __version__, "created_at": now.isoformat(), "sequence": {"from": 0, "to": 0},
                  "receipt": {"site_id": site.site_id, "acknowledged": ack, "received": [list(r) for r in have]}}
        target = folder / f"KC-{office.site_code}-bien-nhan-{site.code}-{ack}.kcpkg"
        written.append(package.write(target, key, header, []))
    return written


def reference_changes(db: Database, city_site_id: str, office_site_id: str) -> list[dict]:
    """What the city publishes to one office: everything the city owns, and that office's own records
    the city changed (approvals and corrections)."""
    changes = []
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


def publish_reference(db: Database, folder: Path, support_limits: dict | None = None,
                      actor: Actor | None = None) -> list[Path]:
    """One signed reference package per trusted office, encrypted to it when it gave a key.
    Only the city's administrator publishes (`actor` None: the installation's current officer)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    office = require_city(db)
    require(db, actor, Action.PUBLISH_REFERENCE)
    card = trust.own_card(db)
    key = keys.load_or_create(trust.key_folder(db))
    city_keys = [card.header()] + [trust.SiteCard(r.site_id, r.code, r.name, r.level, r.public_key,
                                                  r.encryption_key).header()
                                   for r in trust.trusted(db) if r.active and r.level == SiteLevel.CITY.value]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    written = []
    for site in _offices(db):
        changes = reference_changes(db, office.site_id, site.site_id)
        header = {"kind": "reference", "sender": card.header(), "schema": migrate.head_revision(),
                  "program": __version__, "created_at": utcnow().isoformat(), "sequence": {"from": 0, "to": 0},
                  "recipient": site.site_id, "city_keys": city_keys,
                  "support_limits": support_limits if support_limits is not None else current_support_limits(db)}
        target = folder / f"KC-{office.site_code}-danh-muc-{site.code}-{stamp}.kcpkg"
        package.write(target, key, header, changes)
        if site.encryption_key:
            package.seal(target, X25519PublicKey.from_public_bytes(bytes.fromhex(site.encryption_key)))
        written.append(target)
    return written


def current_support_limits(db: Database) -> dict:
    """The table of support limits the city works with: its own (set with `publish --limits`) or the shipped one."""
    from kc_desktop import paths
    from kc_desktop.db.models import AppSetting
    from kc_desktop.services.reference import SUPPORT_LIMITS

    with db.read() as session:
        setting = session.get(AppSetting, SUPPORT_LIMITS)
    if setting is not None:
        return json.loads(setting.value)
    return json.loads(paths.resource("reference", "support_limits.json").read_text("utf-8"))


def set_support_limits(db: Database, path: Path, actor: Actor | None = None) -> dict:
    """Adopt a new table of support limits (same form as the shipped file) after checking every row."""
    require(db, actor, Action.PUBLISH_REFERENCE)
    from kc_desktop.db.models import AppSetting
    from kc_desktop.domain.rules import parse_support_limits
    from kc_desktop.services.reference import SUPPORT_LIMITS

    try:
        data = json.loads(Path(path).read_text("utf-8"))
        parse_support_limits(data)
    except FileNotFoundError as exc:
        raise KCError(f"Không tìm thấy tệp «{Path(path).name}».") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KCError(f"Tệp «{Path(path).name}» không phải bảng mức hỗ trợ hợp lệ "
                      "(cần mục «limits» với support_kind, effective_from, …).") from exc
    with db.session() as session:
        session.merge(AppSetting(key=SUPPORT_LIMITS, value=json.dumps(data, ensure_ascii=False)))
    return data
