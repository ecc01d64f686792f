"""The audit in an officer's words: the names of tables and fields, values as they are read (labels of
codes, names of linked records, VND, dates day first), and a title for each record."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, CraftVillage, Establishment, Officer, Sector, Site, SupportKind
from kc_desktop.db.models_sync import TrustedKey
from kc_desktop.db.models_work import (
    Acceptance,
    FieldRecord,
    FollowUpAction,
    FormTemplate,
    Project,
    ProjectStatusChange,
)
from kc_desktop.domain import establishment
from kc_desktop.domain.acceptance import Conclusion, CouncilRole
from kc_desktop.domain.enums import EstablishmentKind, Labelled, Role, SiteLevel
from kc_desktop.domain.money import format_vnd
from kc_desktop.domain.project import FundingSource, ProjectStatus, RulesVersion
from kc_desktop.services.audit import AuditEntry

TABLE_LABELS = {
    "site": "Đơn vị", "officer": "Cán bộ", "craft_village": "Làng nghề", "establishment": "Cơ sở",
    "project": "Đề án", "project_beneficiary": "Cơ sở thụ hưởng đề án", "project_status_change": "Trạng thái đề án",
    "form_template": "Mẫu phiếu", "field_record": "Biên bản khảo sát, kiểm tra", "follow_up_action": "Việc cần làm",
    "attachment": "Ảnh, chữ ký", "acceptance": "Biên bản nghiệm thu", "account": "Tài khoản",
    "sync_trusted_key": "Khóa đơn vị tin cậy", "app_setting": "Thiết lập của đơn vị",
}
# Fields many tables share, and those of the tables without a label table of their own.
FIELD_LABELS = {
    "name": "Tên", "code": "Mã", "title": "Tiêu đề / chức vụ", "status": "Trạng thái", "notes": "Ghi chú",
    "deleted_at": "Đã xóa lúc", "role": "Vai trò", "level": "Cấp đơn vị", "site_id": "Đơn vị",
    "state": "Tình trạng", "number_text": "Số biên bản", "number": "Số thứ tự", "finalized_at": "Hoàn tất lúc",
    "correction_reason": "Lý do đính chính", "supersedes_id": "Thay thế biên bản", "kind": "Loại",
    "template_id": "Mẫu phiếu", "project_id": "Đề án", "establishment_id": "Cơ sở", "record_date": "Ngày lập",
    "place": "Địa điểm", "findings": "Phát hiện", "conclusion": "Kết luận", "recommendation": "Kiến nghị",
    "acceptance_date": "Ngày nghiệm thu", "start_time": "Giờ bắt đầu", "end_time": "Giờ kết thúc",
    "conclusion_text": "Nội dung kết luận", "recommendations": "Kiến nghị", "recipients": "Nơi nhận",
    "description": "Nội dung", "responsible": "Người thực hiện", "deadline": "Hạn", "field_record_id": "Biên bản",
    "from_status": "Từ trạng thái", "to_status": "Sang trạng thái", "reason": "Lý do", "changed_at": "Lúc",
    "changed_by_name": "Người chuyển", "cancel_reason": "Lý do hủy", "caption": "Chú thích", "question": "Câu hỏi",
    "owner_table": "Thuộc loại", "owner_id": "Thuộc bản ghi", "sha256": "Mã băm tệp", "media_type": "Loại tệp",
    "width": "Rộng", "height": "Cao", "taken_at": "Chụp lúc", "recognised": "Được thành phố công nhận",
    "recognition_decision": "Quyết định công nhận", "recognition_date": "Ngày công nhận", "products": "Sản phẩm",
    "admin_unit_code": "Xã/Phường", "template_version": "Phiên bản", "definition": "Nội dung mẫu phiếu",
    "username": "Tên đăng nhập", "password": "Mật khẩu", "locked_until": "Khóa đến", "active": "Đang hoạt động",
    "fingerprint": "Dấu vân tay khóa", "total_amount": "Tổng kinh phí", "kc_amount": "Kinh phí khuyến công",
    "counterpart_amount": "Vốn đối ứng", "advanced_amount": "Đã tạm ứng", "settled_amount": "Quyết toán",
    "approval_decision_no": "Quyết định phê duyệt số", "approval_date": "Ngày phê duyệt",
    "contract_no": "Hợp đồng số", "contract_date": "Ngày hợp đồng",
    "council_decision_no": "Quyết định thành lập hội đồng số",
    "council_decision_date": "Ngày quyết định thành lập hội đồng",
    "final_actions": "Việc cần làm khi hoàn tất", "plan_year": "Năm kế hoạch", "round": "Đợt",
    "funding_source": "Nguồn kinh phí", "support_kind_code": "Nội dung hỗ trợ", "rules_version": "Áp dụng quy định",
    "planned_start": "Bắt đầu (dự kiến)", "planned_end": "Kết thúc (dự kiến)", "is_self": "Máy này",
    "minutes_symbol": "Ký hiệu số biên bản",
}
# Parts of JSON columns ("answers.q3", "items[2].quantity").
_PARTS = {"answers": "Câu trả lời", "participants": "Thành phần", "council": "Hội đồng", "items": "Hạng mục",
          "checks": "Kiểm tra hồ sơ"}
_PART = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(.+))?$")
_ENUMS: dict[str, type[Labelled]] = {
    "role": Role, "level": SiteLevel, "funding_source": FundingSource, "rules_version": RulesVersion,
    "from_status": ProjectStatus, "to_status": ProjectStatus,
}
_BY_TABLE: dict[tuple[str, str], type[Labelled]] = {
    ("establishment", "kind"): EstablishmentKind, ("project", "status"): ProjectStatus,
    ("acceptance", "conclusion"): Conclusion,
}
_STATES = {"draft": "Bản nháp", "finalized": "Đã hoàn tất", "open": "Chưa thực hiện", "done": "Đã thực hiện",
           "cancelled": "Hủy", "published": "Đang dùng", "retired": "Ngừng dùng"}
# Fields that point to another record -> the table they point to ("" for the record's own table).
_LINKS = {"establishment_id": "establishment", "project_id": "project", "craft_village_id": "craft_village",
          "template_id": "form_template", "site_id": "site", "field_record_id": "field_record",
          "supersedes_id": "", "admin_unit_code": "admin_unit", "sector_code": "sector",
          "support_kind_code": "support_kind"}


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def field_label(table: str, field: str) -> str:
    """The label officers know a field by; parts of JSON columns as "Hạng mục 2 – quantity"."""
    if table == "establishment" and field in establishment.LABELS:
        return establishment.LABELS[field]
    if field in FIELD_LABELS:
        return FIELD_LABELS[field]
    match = _PART.match(field)
    if match and match.group(1) in _PARTS and (match.group(2) or match.group(3)):
        head = _PARTS[match.group(1)] + (f" {match.group(2)}" if match.group(2) else "")
        tail = match.group(3)
        if tail and match.group(1) == "council":
            tail = {"name": "họ tên", "unit": "đơn vị", "title": "chức vụ", "role": "vai trò"}.get(tail, tail)
        return f"{head} – {tail}" if tail else head
    return field


def date_text(value: str) -> str | None:
    """An ISO date or time as an officer reads it (day first), or None when it is not one."""
    if len(value) < 10 or value[4:5] != "-" or value[7:8] != "-":
        return None
    try:
        if len(value) == 10:
            return f"{dt.date.fromisoformat(value):%d/%m/%Y}"
        moment = dt.datetime.fromisoformat(value)
        return f"{moment.astimezone() if moment.tzinfo else moment:%d/%m/%Y %H:%M}"
    except ValueError:
        return None


def value_text(table: str, field: str, value: Any, names: dict[tuple[str, str], str] | None = None) -> str:
    """A stored value as an officer reads it: '(trống)' for nothing, labels for codes, names for links."""
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    key = field.rsplit(".", 1)[-1]
    enum = _BY_TABLE.get((table, field)) or _ENUMS.get(field) or (CouncilRole if key == "role" and "[" in field
                                                                    else None)
    if enum is not None and isinstance(value, str):
        member = enum.parse(value)
        return member.label if member is not None else value
    if field == "state" and isinstance(value, str):
        return _STATES.get(value, value)
    if isinstance(value, int) and field.endswith("amount"):
        return format_vnd(value)
    if field in _LINKS and isinstance(value, str):
        found = (names or {}).get((_LINKS[field] or table, value))
        return found if found is not None else (value[:8] if len(value) == 36 else value)
    if isinstance(value, str):
        return date_text(value) or value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _status_change(row: ProjectStatusChange) -> str:
    status = ProjectStatus.parse(row.to_status)
    return f"Chuyển sang «{status.label if status else row.to_status}»"


def _lookups() -> dict[str, tuple[Any, Any, Any]]:
    """table -> (model, key column, how a row reads)."""
    return {
        "establishment": (Establishment, Establishment.id, lambda r: r.name),
        "project": (Project, Project.id, lambda r: f"{r.code} – {r.title}"),
        "craft_village": (CraftVillage, CraftVillage.id, lambda r: r.name),
        "form_template": (FormTemplate, FormTemplate.id, lambda r: f"{r.title} ({r.template_version})"),
        "site": (Site, Site.id, lambda r: f"{r.code} – {r.name}"),
        "officer": (Officer, Officer.id, lambda r: r.name),
        "account": (Officer, Officer.id, lambda r: r.name),
        "field_record": (FieldRecord, FieldRecord.id,
                         lambda r: f"Biên bản {r.number_text}" if r.number_text else "Biên bản (nháp)"),
        "acceptance": (Acceptance, Acceptance.id,
                       lambda r: f"Biên bản nghiệm thu {r.number_text}" if r.number_text else "Nghiệm thu (nháp)"),
        "follow_up_action": (FollowUpAction, FollowUpAction.id, lambda r: r.description[:80]),
        "project_status_change": (ProjectStatusChange, ProjectStatusChange.id, _status_change),
        "sync_trusted_key": (TrustedKey, TrustedKey.site_id, lambda r: f"{r.code} – {r.name}"),
        "admin_unit": (AdminUnit, AdminUnit.code, lambda r: r.name),
        "sector": (Sector, Sector.code, lambda r: r.name),
        "support_kind": (SupportKind, SupportKind.code, lambda r: r.name),
    }


def names(db: Database, entries: Iterable[AuditEntry]) -> dict[tuple[str, str], str]:
    """Readable names of the records the entries are about and of the records their values point to."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        wanted.setdefault(entry.table, set()).add(entry.record_id)
        for field, pair in (entry.fields or {}).items():
            if field not in _LINKS or not isinstance(pair, list):
                continue
            for value in pair:
                if isinstance(value, str) and value:
                    wanted.setdefault(_LINKS[field] or entry.table, set()).add(value)
    found: dict[tuple[str, str], str] = {}
    lookups = _lookups()
    with db.read() as session:
        for table, ids in wanted.items():
            if table not in lookups:
                continue
            model, key, read = lookups[table]
            listed = sorted(ids)
            for start in range(0, len(listed), 500):
                for row in session.scalars(select(model).where(key.in_(listed[start:start + 500]))):
                    found[(table, getattr(row, key.key))] = read(row)
    return found


def record_title(entry: AuditEntry, found: dict[tuple[str, str], str]) -> str:
    if entry.table == "app_setting":  # a setting of this installation, by its key ("Ký hiệu số biên bản")
        return FIELD_LABELS.get(entry.record_id, entry.record_id)
    return found.get((entry.table, entry.record_id)) or entry.record_id[:8]


def change_lines(entry: AuditEntry, found: dict[tuple[str, str], str] | None = None) -> list[tuple[str, str, str]]:
    """(field label, old, new) for each field of an entry; a bulk-import creation has none."""
    rows = []
    for field, pair in sorted((entry.fields or {}).items()):
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        rows.append((field_label(entry.table, field), value_text(entry.table, field, old, found),
                     value_text(entry.table, field, new, found)))
    return rows


def summary(entry: AuditEntry, found: dict[tuple[str, str], str] | None = None, limit: int = 3) -> str:
    """One line for a list: the fields that changed, old → new, the first few."""
    if entry.fields is None:
        return "Tạo hàng loạt (nhập từ tệp)" if entry.version == 1 else ""
    lines = change_lines(entry, found)
    if entry.action == "create":
        text = "; ".join(f"{label}: {new}" for label, _, new in lines[:limit])
        return f"{text}{'…' if len(lines) > limit else ''}" if lines else ""
    parts = [f"{label}: {old} → {new}" for label, old, new in lines[:limit]]
    more = len(lines) - limit
    return "; ".join(parts) + (f"; và {more} trường khác" if more > 0 else "")
