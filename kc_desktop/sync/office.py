"""Office side of what the city sends back: receipts (what the city has) and reference packages
(approved projects, templates, support limits, the city's keys)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop.db import epoch
from kc_desktop.db.base import utcnow
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AppSetting
from kc_desktop.db.models_sync import RevokedKey, SyncImport, TrustedKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.services import installation, reference
from kc_desktop.sync import apply, package, trust
from kc_desktop.sync.export import ACKNOWLEDGED, CITY_HISTORY_HEAD
from kc_desktop.sync.package import Package, PackageRejected


@dataclass(frozen=True)
class ReceiptResult:
    acknowledged: int
    previous: int


@dataclass(frozen=True)
class ReferenceResult:
    applied: apply.Applied
    already: bool
    city_keys: int
    support_limits: bool
    number: int = 0  # the city's number of this reference package


REFERENCE_APPLIED = "reference_applied"  # the number of the newest reference package read here


def _from_city(db: Database, path: Path, kind: str) -> tuple[installation.OfficeInfo, Package, trust.Verifier]:
    office = installation.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị.")
    name = Path(path).name
    try:
        verified, verifier = trust.read_package(db, path, level=SiteLevel.CITY.value)
    except PackageRejected:
        # Only when refused, a second look says why in words: the office's own package is not the city's.
        if _own_package(db, path, office.site_id):
            raise PackageRejected(f"Tệp «{name}» là gói do chính đơn vị này xuất để gửi Sở, không phải tệp của Sở; "
                                  "hãy chọn biên nhận hoặc gói danh mục Sở gửi về.") from None
        raise
    if verified.manifest["kind"] != kind:
        label = {"receipt": "biên nhận", "reference": "gói danh mục", "recovery": "gói khôi phục"}[kind]
        raise PackageRejected(f"Tệp «{name}» không phải {label} của Sở.")
    return office, verified, verifier


def _own_package(db: Database, path: Path, site_id: str) -> bool:
    try:
        sender = package.read_unverified_manifest(path, trust.own_encryption_keys(db))[0]["sender"]
    except (PackageRejected, KeyError, TypeError):
        return False
    return isinstance(sender, dict) and sender.get("site_id") == site_id


def _check_acknowledged(session: Session, receipt: dict[str, Any], name: str) -> None:
    """Refuse a receipt for numbers this copy of the database never issued (kc_desktop.db.epoch):
    the city heard them from a lost or older copy; taking it would leave this copy's work unsent."""
    ack = receipt["acknowledged"]
    if ack == 0:
        return
    issued = epoch.last_seq(session)
    epoch_id = receipt.get("epoch")
    if epoch_id is None:  # a city of an earlier version: numbers of the first epoch
        span: tuple[int, int] | None = (1, issued)
    elif not isinstance(epoch_id, str):
        raise PackageRejected(f"Biên nhận «{name}»: thông tin đợt đánh số không hợp lệ.")
    else:
        span = epoch.range_of(epoch.history(session), epoch_id, issued)
    if span is None:
        raise PackageRejected(
            f"Biên nhận «{name}» xác nhận các thay đổi của một bản khác của cơ sở dữ liệu đơn vị (máy cũ, hoặc "
            "trước khi khôi phục hay sao chép); không nhận biên nhận này, không có gì thay đổi. Hãy xuất gói gửi "
            "Sở rồi đọc biên nhận mới.")
    if ack > span[1]:
        raise PackageRejected(
            f"Biên nhận «{name}» xác nhận đến số {ack}, nhưng cơ sở dữ liệu này chỉ ghi đến số {span[1]} "
            "(có thể đã khôi phục từ bản sao lưu hoặc chép từ máy khác); không nhận biên nhận này, không có gì "
            "thay đổi. Hãy xuất gói gửi Sở rồi đọc biên nhận mới.")


def read_receipt(db: Database, path: Path) -> ReceiptResult:
    """Mark what the city has of this office; the next export holds only what came after."""
    office, verified, verifier = _from_city(db, path, "receipt")
    receipt = verified.manifest.get("receipt")
    # Not true/false, nor beyond 64 bits: the mark is compared with change numbers at every export.
    if not isinstance(receipt, dict) or type(receipt.get("acknowledged")) is not int \
            or not 0 <= receipt["acknowledged"] < 2**63:
        raise PackageRejected(f"Biên nhận «{Path(path).name}» thiếu số thứ tự đã nhận hoặc số đó không hợp lệ.")
    if receipt.get("site_id") != office.site_id:
        raise PackageRejected(f"Biên nhận «{Path(path).name}» dành cho đơn vị khác.")
    with db.session() as session:
        _check_acknowledged(session, receipt, Path(path).name)
        verifier.adopt(session)
        echoed = receipt.get("history")
        if isinstance(echoed, dict) and type(echoed.get("index")) is int and isinstance(echoed.get("hash"), str) \
                and 0 < echoed["index"] < 2**63 and len(echoed["hash"]) == 64:
            session.merge(AppSetting(key=CITY_HISTORY_HEAD, value=f"{echoed['index']}:{echoed['hash']}"))
        setting = session.get(AppSetting, ACKNOWLEDGED)
        previous = int(setting.value) if setting else 0
        # A receipt older than one already read never moves the mark back.
        value = max(previous, receipt["acknowledged"])
        session.merge(AppSetting(key=ACKNOWLEDGED, value=str(value)))
    return ReceiptResult(value, previous)




def read_reference(db: Database, path: Path) -> ReferenceResult:
    """Apply the city's reference package in one transaction."""
    office, verified, verifier = _from_city(db, path, "reference")
    manifest = verified.manifest
    name = Path(path).name
    if manifest.get("recipient") not in (None, office.site_id):
        raise PackageRejected(f"Gói danh mục «{name}» dành cho đơn vị khác.")
    from kc_desktop.sync.city_mode import known_schema

    if not known_schema(manifest.get("schema")):
        raise PackageRejected(f"Gói «{name}» do phiên bản KC Desktop mới hơn tạo ra; hãy cập nhật chương trình.")
    lines = apply.parse_lines(verified.changes, name, plain_text=verified.plain_text)
    limits = manifest.get("support_limits")
    if limits is not None and not reference.usable_limits(limits):
        raise PackageRejected(f"Gói danh mục «{name}»: bảng mức hỗ trợ không hợp lệ.")
    city_keys = manifest.get("city_keys") or []
    if not isinstance(city_keys, list):
        raise PackageRejected(f"Gói danh mục «{name}»: danh sách khóa của Sở không hợp lệ.")
    cards = [trust.card_from_dict(item, name) for item in city_keys]
    number = manifest.get("reference_number", 0)
    if type(number) is not int or not 0 <= number < 2**63:
        raise PackageRejected(f"Gói danh mục «{name}»: số thứ tự gói không hợp lệ.")
    with db.session() as session:
        if session.scalar(select(SyncImport.id).where(SyncImport.package_hash == verified.manifest_hash)):
            return ReferenceResult(apply.Applied(records=len(lines)), True, 0, False, number)
        applied = session.get(AppSetting, REFERENCE_APPLIED)
        last = int(applied.value) if applied is not None else 0
        if number < last:
            raise PackageRejected(f"Gói danh mục «{name}» (số {number}) cũ hơn gói đã đọc: đã có gói danh mục mới hơn "
                                  f"(số {last}); không có gì thay đổi.")
        session.merge(AppSetting(key=REFERENCE_APPLIED, value=str(number)))
        verifier.adopt(session)
        result = apply.apply_lines(session, lines, verified.sender)
        if limits is not None:
            reference.keep_limits(session, limits)
        added = 0
        for card in cards:
            if card.level != SiteLevel.CITY.value or card.site_id == office.site_id \
                    or session.get(RevokedKey, card.public_key) is not None:
                continue
            row = session.get(TrustedKey, card.site_id) or TrustedKey(site_id=card.site_id, trusted_at=utcnow(),
                                                                      trusted_by="Sở (gói danh mục)")
            added += row.public_key != card.public_key
            row.code, row.name, row.level, row.public_key = card.code, card.name, card.level, card.public_key
            row.encryption_key, row.fingerprint, row.active = card.encryption_key, card.fingerprint, True
            session.add(row)
        session.add(SyncImport(package_hash=verified.manifest_hash, kind="reference", site_id=verified.sender,
                               seq_from=0, seq_to=0, records=result.records, applied=result.written,
                               conflicts=result.conflicts, attachments=0, file_name=name[:300],
                               imported_at=utcnow()))
    return ReferenceResult(result, False, added, limits is not None, number)


@dataclass(frozen=True)
class RecoveryResult:
    applied: apply.Applied
    already: bool
    attachments: int
    kept_local: int = 0  # records this copy changed after the state the city holds: kept as they are here

    @property
    def summary(self) -> str:
        applied = self.applied
        same = applied.records - applied.written - self.kept_local
        return (f"đã lấy lại từ Sở {applied.records} bản ghi ({applied.inserted} mới, {applied.updated} cập nhật, "
                f"{same} đã có, {self.kept_local} giữ bản mới hơn trên máy) và {self.attachments} tệp đính kèm.")


def recover(db: Database, path: Path) -> RecoveryResult:
    """Apply the city's recovery package (everything it holds of this office's records, with their
    photos and signatures) to a restored or new database; a newer local change is kept."""
    from kc_desktop.services import attachments
    from kc_desktop.sync.city_mode import known_schema

    office, verified, verifier = _from_city(db, path, "recovery")
    name = Path(path).name
    if verified.manifest.get("recipient") != office.site_id:
        recovery = verified.manifest.get("recovery") or {}
        raise PackageRejected(f"Gói khôi phục «{name}» dành cho đơn vị {recovery.get('code') or 'khác'}, "
                              f"không phải {office.site_code}; không có gì thay đổi.")
    if not known_schema(verified.manifest.get("schema")):
        raise PackageRejected(f"Gói «{name}» do phiên bản KC Desktop mới hơn tạo ra; hãy cập nhật chương trình.")
    lines = apply.parse_lines(verified.changes, name, plain_text=verified.plain_text)
    with db.session() as session:
        if session.scalar(select(SyncImport.id).where(SyncImport.package_hash == verified.manifest_hash)):
            return RecoveryResult(apply.Applied(records=len(lines)), True, 0)
        verifier.adopt(session)
        newer_here = apply.newer_here(session, lines)
        result = apply.apply_lines(session, lines, verified.sender, kept_by="")
        # Content-addressed files, written before the commit: a rollback leaves at most unused files.
        for digest, payload in verified.attachments.items():
            attachments.store(db, payload, result.attachments.get(digest, "image/jpeg"))
        session.add(SyncImport(package_hash=verified.manifest_hash, kind="recovery", site_id=verified.sender,
                               seq_from=0, seq_to=0, records=result.records, applied=result.written,
                               conflicts=result.conflicts, attachments=len(verified.attachments),
                               file_name=name[:300], imported_at=utcnow()))
    return RecoveryResult(result, False, len(verified.attachments), newer_here)
