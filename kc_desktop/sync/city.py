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
from sqlalchemy.orm import Session

from kc_desktop import __version__
from kc_desktop.db import migrate
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import SYNCED_TABLES
from kc_desktop.db.models_sync import SyncImport, TrustedKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.domain.text import one_line
from kc_desktop.errors import KCError
from kc_desktop.progress import Progress
from kc_desktop.services import attachments, setup
from kc_desktop.services.permissions import Action, require
from kc_desktop.sync import apply, audit_log, identity, package, rules, trust
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


def import_package(db: Database, path: Path, actor: Actor | None = None) -> Outcome:
    """Import one office package; never raises for a bad package, says why instead. `actor`, the
    signed-in officer, is kept with the import (None: the installation's officer)."""
    path = Path(path)
    try:
        office = require_city(db)
        kind = package.read_unverified_manifest(path, trust.own_encryption_keys(db))[0]["kind"]
        if kind != "changes":  # said before the signature is checked: only to give the better reason
            raise PackageRejected(f"Gói «{path.name}» là {_kind_label(kind)}, không phải dữ liệu của đơn vị.")
        verified, verifier = trust.read_package(db, path)
        manifest = verified.manifest
        code = str(manifest["sender"].get("code", "?"))
        if verified.sender == office.site_id:
            raise PackageRejected(f"Gói «{path.name}» do chính Sở xuất; không nhập lại.")
        if not known_schema(manifest.get("schema")):
            raise PackageRejected(f"Gói «{path.name}» do phiên bản KC Desktop mới hơn tạo ra "
                                  f"(lược đồ {manifest.get('schema')}); hãy cập nhật chương trình của Sở.")
        sequence = _sequence(manifest, path.name)
        epoch_id, epoch_first = _epoch(manifest, path.name)
        chain = _history(manifest, path.name)
        lines = apply.parse_lines(verified.changes, path.name, plain_text=verified.plain_text)
        # A package from before the audit travelled has none: it imports as it always did.
        audit = audit_log.parse(verified.extra.get(package.AUDIT, b""), *sequence, path.name)
        with db.session() as session:
            # Imports from one office wait for each other (on a server; a SQLite file has one writer anyway),
            # so that two staff importing the same package get "imported" and "already imported".
            session.execute(select(TrustedKey.site_id).where(TrustedKey.site_id == verified.sender).with_for_update())
            if session.scalar(select(SyncImport.id).where(SyncImport.package_hash == verified.manifest_hash)):
                return Outcome(path, ALREADY, "đã nhập trước đó, không có gì thay đổi.", code)
            verifier.adopt(session)  # the office rotated its key: the notice signed by the old one was checked
            _check_history(session, verified.sender, code, manifest, path.name)
            apply.check_ownership(session, lines, verified.sender, path.name)
            # The rules the city's own users live by, for every incoming change (kc_desktop.sync.rules).
            rules.check(session, lines, audit, sender=verified.sender, city=office.site_id, name=path.name)
            result = apply.apply_lines(session, lines, verified.sender, kept_by="")
            audit_log.store(session, verified.sender, audit, epoch_id)
            _store_attachments(db, verified.attachments, result)
            session.add(SyncImport(package_hash=verified.manifest_hash, kind="changes", site_id=verified.sender,
                                   seq_from=sequence[0], seq_to=sequence[1], records=result.records,
                                   applied=result.written, conflicts=result.conflicts,
                                   attachments=len(verified.attachments), file_name=path.name[:300],
                                   imported_at=utcnow(), epoch=epoch_id, epoch_first=epoch_first,
                                   history_index=chain[0], history_hash=chain[1],
                                   imported_by=(actor or setup.current_actor(db) or Actor("", "")).officer_id))
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
        manifest_bytes = package.read_unverified_manifest(path, trust.own_encryption_keys(db))[1]
    except KCError:
        return False
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    with db.read() as session:
        return session.scalar(select(SyncImport.id).where(SyncImport.package_hash == digest)) is not None


def _kind_label(kind: str) -> str:
    return {"receipt": "biên nhận", "reference": "gói danh mục của Sở", "changes": "gói dữ liệu",
            "recovery": "gói khôi phục của Sở"}.get(kind, kind)


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


def _epoch(manifest: dict, name: str) -> tuple[str, int]:
    """The sender's epoch (kc_desktop.db.epoch): its id and first number; a package from before
    epochs travelled is of the first one."""
    value = manifest.get("epoch")
    if value is None:
        return "", 1
    if not isinstance(value, dict):
        raise PackageRejected(f"Gói «{name}»: thông tin đợt đánh số thay đổi không hợp lệ.")
    epoch_id, first = value.get("id"), value.get("first")
    if not isinstance(epoch_id, str) or not 0 < len(epoch_id) <= 36 or type(first) is not int \
            or not 1 <= first < 2**31:
        raise PackageRejected(f"Gói «{name}»: thông tin đợt đánh số thay đổi không hợp lệ.")
    return epoch_id, first


def _history(manifest: dict, name: str) -> tuple[int | None, str | None]:
    """The head of the sender's history chain (kc_desktop.db.history), if the package carries one."""
    value = manifest.get("history")
    if value is None:
        return None, None
    if not isinstance(value, dict) or type(value.get("index")) is not int or not 0 <= value["index"] < 2**31 \
            or not isinstance(value.get("hash"), str) or len(value["hash"]) not in (0, 64):
        raise PackageRejected(f"Gói «{name}»: đầu chuỗi nhật ký thay đổi không hợp lệ.")
    return value["index"], value["hash"]


def _check_history(session: Session, site_id: str, code: str, manifest: dict, name: str) -> None:
    """The office's history at the place the city last echoed must be what the city received then."""
    check = manifest.get("history_check")
    if not isinstance(check, dict):
        return
    place, digest = check.get("index"), check.get("hash")
    if type(place) is not int or not 0 < place < 2**31:
        raise PackageRejected(f"Gói «{name}»: thông tin kiểm tra nhật ký thay đổi không hợp lệ.")
    known = set(session.scalars(select(SyncImport.history_hash).where(SyncImport.site_id == site_id,
                                                                      SyncImport.history_index == place)))
    if known and digest not in known:
        raise PackageRejected(
            f"Gói «{name}»: lịch sử thay đổi của đơn vị {code} đã bị viết lại sau khi gửi Sở (mục thứ {place} "
            "của nhật ký khác với lúc Sở nhận); không nhập. Hãy liên hệ đơn vị để kiểm tra máy của họ.")


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


def import_many(db: Database, items: Sequence[Path], actor: Actor | None = None) -> Iterator[Progress | Outcome]:
    """Import packages one by one (each in its own transaction), reporting progress and outcomes."""
    files = package_files(items)
    for number, path in enumerate(files, 1):
        yield Progress(number - 1, len(files), f"Đang nhập {path.name}…")
        yield import_package(db, path, actor)
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


@dataclass(frozen=True)
class Received:
    """What the city has of one epoch of an office (kc_desktop.db.epoch): merged ranges of numbers."""

    site_id: str
    epoch: str
    first: int
    ranges: list[tuple[int, int]]
    latest: int  # the import id of its newest package: the epoch the office is in now has the highest

    @property
    def acknowledged(self) -> int:
        """The last number up to which everything of this epoch has arrived (0: not even its first)."""
        return acknowledged(self.ranges, self.first)


def received(db: Database) -> list[Received]:
    with db.read() as session:
        rows = session.execute(select(SyncImport.site_id, SyncImport.epoch, SyncImport.epoch_first,
                                      SyncImport.seq_from, SyncImport.seq_to, SyncImport.id)
                               .where(SyncImport.kind == "changes")
                               .order_by(SyncImport.site_id, SyncImport.epoch, SyncImport.seq_from))
        found: dict[tuple[str, str], Received] = {}
        for site, epoch_id, first, start, last, import_id in rows:
            entry = found.get((site, epoch_id))
            if entry is None:
                entry = found[(site, epoch_id)] = Received(site, epoch_id, first, [], import_id)
            elif import_id > entry.latest:
                entry = found[(site, epoch_id)] = Received(site, epoch_id, first, entry.ranges, import_id)
            ranges = entry.ranges
            if ranges and start <= ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], last))
            else:
                ranges.append((start, last))
    return list(found.values())


def current_epochs(db: Database) -> dict[str, Received]:
    """Per office, what the city has of the epoch it sent its newest package in."""
    latest: dict[str, Received] = {}
    for entry in received(db):
        if entry.site_id not in latest or entry.latest > latest[entry.site_id].latest:
            latest[entry.site_id] = entry
    return latest


def received_ranges(db: Database) -> dict[str, list[tuple[int, int]]]:
    """Per office, the merged ranges of change numbers received so far in its current epoch."""
    return {site: entry.ranges for site, entry in current_epochs(db).items()}


def gaps(db: Database) -> list[Gap]:
    """Numbers missing in each office's current epoch (a lost copy's older epoch can never be completed)."""
    names = {row.site_id: row for row in trust.trusted(db)}
    found = []
    for site, entry in current_epochs(db).items():
        card = names.get(site)
        code, name = (card.code, card.name) if card else (site[:8], "")
        expected = entry.first
        for first, last in entry.ranges:
            if last < expected:
                continue
            if first > expected:
                found.append(Gap(code, name, expected, first - 1))
            expected = last + 1
    return found


def acknowledged(ranges: list[tuple[int, int]], first: int = 1) -> int:
    """The last number up to which everything from `first` on has arrived, or 0."""
    upto = first - 1
    for start, last in ranges:
        if start > upto + 1:
            break
        upto = max(upto, last)
    return upto if upto >= first else 0


# --- receipts and reference packages -------------------------------------------------------------------------


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
    return (row[0], row[1]) if row is not None and row[1] else None


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


def current_support_limits(db: Database) -> dict:
    """The table of support limits the city works with: its own (set with `publish --limits`) or the shipped one."""
    from kc_desktop.services import reference

    return reference.limits_document(db)


def set_support_limits(db: Database, path: Path, actor: Actor | None = None) -> dict:
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
    changes: list[dict] = []
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
