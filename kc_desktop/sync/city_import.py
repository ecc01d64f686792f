"""Packages from the offices into the city: each in one transaction, after every check has passed
(signature, ownership, the city's rules); the result of each is one line an officer understands:
imported (with counts), already imported, or rejected and why."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models_sync import SyncImport, TrustedKey
from kc_desktop.domain.text import one_line
from kc_desktop.errors import KCError
from kc_desktop.progress import Progress
from kc_desktop.services import attachments, installation
from kc_desktop.sync import apply, audit_log, package, rules, trust
from kc_desktop.sync.city_mode import known_schema, require_city
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
                                   imported_by=(actor or installation.current_actor(db) or Actor("", "")).officer_id))
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


def _sequence(manifest: dict[str, Any], name: str) -> tuple[int, int]:
    sequence = manifest.get("sequence")
    try:
        first, last = int(sequence["from"]), int(sequence["to"])  # type: ignore[index]
    except (TypeError, KeyError, ValueError, OverflowError) as exc:
        raise PackageRejected(f"Gói «{name}»: bản kê khai thiếu khoảng số thứ tự thay đổi.") from exc
    if first < 1 or last < first or last >= 2**63:  # the database keeps them as 64-bit integers
        raise PackageRejected(f"Gói «{name}»: khoảng số thứ tự thay đổi không hợp lệ.")
    return first, last


def _epoch(manifest: dict[str, Any], name: str) -> tuple[str, int]:
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


def _history(manifest: dict[str, Any], name: str) -> tuple[int | None, str | None]:
    """The head of the sender's history chain (kc_desktop.db.history), if the package carries one."""
    value = manifest.get("history")
    if value is None:
        return None, None
    if not isinstance(value, dict) or type(value.get("index")) is not int or not 0 <= value["index"] < 2**31 \
            or not isinstance(value.get("hash"), str) or len(value["hash"]) not in (0, 64):
        raise PackageRejected(f"Gói «{name}»: đầu chuỗi nhật ký thay đổi không hợp lệ.")
    return value["index"], value["hash"]


def _check_history(session: Session, site_id: str, code: str, manifest: dict[str, Any], name: str) -> None:
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
