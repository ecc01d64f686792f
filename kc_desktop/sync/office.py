"""Office side of what the city sends back: receipts (what the city has) and reference packages
(approved projects, templates, support limits, the city's keys)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kc_desktop.db.base import utcnow
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AppSetting
from kc_desktop.db.models_sync import SyncImport, TrustedKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.services import setup
from kc_desktop.services.reference import SUPPORT_LIMITS
from kc_desktop.sync import apply, package, trust
from kc_desktop.sync.export import ACKNOWLEDGED
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


def _from_city(db: Database, path: Path, kind: str) -> tuple[setup.OfficeInfo, Package]:
    office = setup.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị.")
    name = Path(path).name
    verified = package.read(path, trust.key_lookup(db, level=SiteLevel.CITY.value), trust.own_encryption_key(db))
    if verified.manifest["kind"] != kind:
        label = {"receipt": "biên nhận", "reference": "gói danh mục"}[kind]
        raise PackageRejected(f"Tệp «{name}» không phải {label} của Sở.")
    return office, verified


def read_receipt(db: Database, path: Path) -> ReceiptResult:
    """Mark what the city has of this office; the next export holds only what came after."""
    office, verified = _from_city(db, path, "receipt")
    receipt = verified.manifest.get("receipt")
    # Not true/false, nor beyond 64 bits: the mark is compared with change numbers at every export.
    if not isinstance(receipt, dict) or type(receipt.get("acknowledged")) is not int \
            or not 0 <= receipt["acknowledged"] < 2**63:
        raise PackageRejected(f"Biên nhận «{Path(path).name}» thiếu số thứ tự đã nhận hoặc số đó không hợp lệ.")
    if receipt.get("site_id") != office.site_id:
        raise PackageRejected(f"Biên nhận «{Path(path).name}» dành cho đơn vị khác.")
    with db.session() as session:
        setting = session.get(AppSetting, ACKNOWLEDGED)
        previous = int(setting.value) if setting else 0
        # A receipt older than one already read never moves the mark back.
        value = max(previous, receipt["acknowledged"])
        session.merge(AppSetting(key=ACKNOWLEDGED, value=str(value)))
    return ReceiptResult(value, previous)


def _readable_limits(limits: object) -> bool:
    """A table of support limits this program can use (else it would quietly fall back to the shipped one)."""
    from kc_desktop.domain.rules import parse_support_limits

    if not isinstance(limits, dict) or not isinstance(limits.get("limits"), list):
        return False
    try:
        parse_support_limits(limits)
    except (ValueError, KeyError, TypeError, AttributeError):
        return False
    return True


def read_reference(db: Database, path: Path) -> ReferenceResult:
    """Apply the city's reference package in one transaction."""
    office, verified = _from_city(db, path, "reference")
    manifest = verified.manifest
    name = Path(path).name
    if manifest.get("recipient") not in (None, office.site_id):
        raise PackageRejected(f"Gói danh mục «{name}» dành cho đơn vị khác.")
    from kc_desktop.sync.city import known_schema

    if not known_schema(manifest.get("schema")):
        raise PackageRejected(f"Gói «{name}» do phiên bản KC Desktop mới hơn tạo ra; hãy cập nhật chương trình.")
    lines = apply.parse_lines(verified.changes, name, plain_text=verified.plain_text)
    limits = manifest.get("support_limits")
    if limits is not None and not _readable_limits(limits):
        raise PackageRejected(f"Gói danh mục «{name}»: bảng mức hỗ trợ không hợp lệ.")
    city_keys = manifest.get("city_keys") or []
    if not isinstance(city_keys, list):
        raise PackageRejected(f"Gói danh mục «{name}»: danh sách khóa của Sở không hợp lệ.")
    cards = [trust.card_from_dict(item, name) for item in city_keys]
    with db.session() as session:
        if session.scalar(select(SyncImport.id).where(SyncImport.package_hash == verified.manifest_hash)):
            return ReferenceResult(apply.Applied(records=len(lines)), True, 0, False)
        result = apply.apply_lines(session, lines, verified.sender)
        if limits is not None:
            session.merge(AppSetting(key=SUPPORT_LIMITS, value=json.dumps(limits, ensure_ascii=False)))
        added = 0
        for card in cards:
            if card.level != SiteLevel.CITY.value or card.site_id == office.site_id:
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
    return ReferenceResult(result, False, added, limits is not None)
