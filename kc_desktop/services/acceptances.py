"""Acceptance sessions (nghiệm thu): drafts saved as typed, signatures, money, finalize, corrections."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.db.models_work import Acceptance, FieldRecord, Project, ProjectBeneficiary
from kc_desktop.domain import consistency
from kc_desktop.domain.acceptance import (
    CHECKS,
    AcceptanceItem,
    CouncilMember,
    CouncilRole,
    ItemSide,
    Money,
    compute_money,
    finalize_problems,
)
from kc_desktop.domain.consistency import DatedStep
from kc_desktop.domain.rules import SupportLimit, limit_for
from kc_desktop.domain.text import nfc, nfc_text
from kc_desktop.errors import KCError, NotFound, ValidationFailed
from kc_desktop.services import attachments, field_records, finalizing, reference

_TEXT = ("place", "conclusion_text", "recommendations", "recipients", "start_time", "end_time", "explanation")
_MULTILINE = ("conclusion_text", "recommendations", "recipients", "explanation")
_COPIED = (
    "project_id",
    "establishment_id",
    "acceptance_date",
    "start_time",
    "end_time",
    "place",
    "approval_decision_no",
    "approval_date",
    "contract_no",
    "contract_date",
    "council_decision_no",
    "council_decision_date",
    "council",
    "items",
    "checks",
    "total_amount",
    "kc_amount",
    "counterpart_amount",
    "conclusion",
    "conclusion_text",
    "recommendations",
    "recipients",
)


@dataclass
class AcceptanceData:
    """Everything on an acceptance record, as plain values."""

    id: str
    project_id: str
    establishment_id: str
    acceptance_date: dt.date | None
    start_time: str
    end_time: str
    place: str
    approval_decision_no: str
    approval_date: dt.date | None
    contract_no: str
    contract_date: dt.date | None
    council_decision_no: str  # the decision forming the council (quyết định thành lập hội đồng nghiệm thu)
    council_decision_date: dt.date | None
    council: list[CouncilMember]
    items: list[AcceptanceItem]
    checks: dict[str, dict[str, Any]]
    money: Money
    approved_kc: int
    conclusion: str
    conclusion_text: str
    recommendations: str
    recipients: str
    state: str
    number_text: str
    version: int
    supersedes_id: str | None
    correction_reason: str
    error_count: int
    superseded_by: list[str]
    explanation: str = ""  # why the minutes stand despite a contradiction ("Ý kiến khác / giải trình")


def _side_json(side: ItemSide) -> dict[str, Any]:
    data = dataclasses.asdict(side)
    data["invoice_date"] = side.invoice_date.isoformat() if side.invoice_date else None
    return {k: nfc(v) if isinstance(v, str) else v for k, v in data.items()}


def _side(data: dict[str, Any]) -> ItemSide:
    values = dict(data)
    values["invoice_date"] = dt.date.fromisoformat(values["invoice_date"]) if values.get("invoice_date") else None
    return ItemSide(**{f.name: values[f.name] for f in dataclasses.fields(ItemSide) if f.name in values})


def items_to_json(items: list[AcceptanceItem]) -> str:
    return json.dumps(
        [{"approved": _side_json(i.approved), "delivered": _side_json(i.delivered)} for i in items], ensure_ascii=False
    )


def items_from_json(text: str) -> list[AcceptanceItem]:
    return [AcceptanceItem(_side(i["approved"]), _side(i["delivered"])) for i in json.loads(text)]


def council_to_json(council: list[CouncilMember]) -> str:
    return json.dumps(
        [{k: nfc(v) if isinstance(v, str) else v for k, v in dataclasses.asdict(m).items()} for m in council],
        ensure_ascii=False,
    )


def council_from_json(text: str) -> list[CouncilMember]:
    return [CouncilMember(**m) for m in json.loads(text)]


def _approved(session: Session, record: Acceptance) -> tuple[int, SupportLimit | None]:
    """The beneficiary's approved khuyến công amount and the support limit of the project's kind."""
    project = session.get(Project, record.project_id)
    share = session.scalars(
        select(ProjectBeneficiary.kc_amount).where(
            ProjectBeneficiary.project_id == record.project_id,
            ProjectBeneficiary.establishment_id == record.establishment_id,
            ProjectBeneficiary.deleted_at.is_(None),
        )
    ).first()
    table = reference.support_limit_table(session)
    limit = limit_for(project.support_kind_code or "", project.approval_date, table) if project else None
    return int(share or (project.kc_amount if project else 0)), limit


def start(
    db: Database, actor: Actor, project_id: str, establishment_id: str, acceptance_date: dt.date | None = None
) -> str:
    """A new draft with the project's legal basis and the standard checks filled in."""
    with db.session(actor) as session:
        project = session.get(Project, project_id)
        if project is None or session.get(Establishment, establishment_id) is None:
            raise NotFound("Không tìm thấy đề án hoặc cơ sở thụ hưởng.")
        record = Acceptance(
            project_id=project_id,
            establishment_id=establishment_id,
            acceptance_date=acceptance_date or dt.date.today(),
            approval_decision_no=project.approval_decision_no,
            approval_date=project.approval_date,
            contract_no=project.contract_no,
            contract_date=project.contract_date,
            checks=json.dumps({key: {"ok": None, "note": ""} for key in CHECKS}, ensure_ascii=False),
        )
        session.add(record)
        session.flush()
        record.error_count = len(_merge(_problems(session, record), _contradictions(session, record)))
        return record.id


def save_draft(db: Database, actor: Actor, record_id: str, changes: dict[str, Any]) -> int:
    """Autosave what was typed; money is recomputed from the items. Returns the number of problems."""
    with db.session(actor) as session:
        record = _get(session, record_id)
        finalizing.require_draft(record)
        for name, value in changes.items():
            if name == "items":
                record.items = items_to_json(value)
            elif name == "council":
                record.council = council_to_json(value)
            elif name == "checks":
                merged = json.loads(record.checks)
                merged.update(value)
                record.checks = json.dumps(merged, ensure_ascii=False)
            elif name in _TEXT:
                setattr(record, name, nfc_text(value) if name in _MULTILINE else nfc(value))
            elif name in (
                "acceptance_date",
                "conclusion",
                "approval_decision_no",
                "approval_date",
                "contract_no",
                "contract_date",
                "council_decision_no",
                "council_decision_date",
            ):
                setattr(record, name, nfc(value) if isinstance(value, str) else value)
            else:
                raise KCError(f"Trường «{name}» không có trên biên bản nghiệm thu.")
        approved_kc, limit = _approved(session, record)
        money = compute_money(items_from_json(record.items), approved_kc, limit)
        record.total_amount, record.kc_amount, record.counterpart_amount = money.total, money.kc, money.counterpart
        record.error_count = len(_merge(_problems(session, record), _contradictions(session, record)))
        return record.error_count


def _problems(session: Session, record: Acceptance, today: dt.date | None = None) -> dict[str, str]:
    approved_kc, limit = _approved(session, record)
    items = items_from_json(record.items)
    money = compute_money(items, approved_kc, limit)
    problems = finalize_problems(council_from_json(record.council), items, record.conclusion, money, approved_kc, limit)
    if record.acceptance_date is None:
        problems["acceptance_date"] = "Chưa nhập ngày nghiệm thu."
    elif record.acceptance_date > (today or dt.date.today()):
        problems["acceptance_date"] = f"Ngày nghiệm thu {record.acceptance_date:%d/%m/%Y} ở tương lai."
    if not record.place.strip():
        problems["place"] = "Chưa nhập địa điểm."
    # Mẫu 1.9: the minutes say when the session started and ended.
    if not record.start_time:
        problems["start_time"] = "Chưa nhập giờ bắt đầu."
    if not record.end_time:
        problems["end_time"] = "Chưa nhập giờ kết thúc."
    elif record.start_time and record.end_time < record.start_time:
        problems["end_time"] = "Giờ kết thúc trước giờ bắt đầu."
    # The council sits by a decision; the minutes cite it.
    if not record.council_decision_no.strip():
        problems["council_decision_no"] = "Chưa nhập số quyết định thành lập hội đồng nghiệm thu."
    elif record.council_decision_date is None:
        problems["council_decision_date"] = "Chưa nhập ngày của quyết định thành lập hội đồng nghiệm thu."
    elif record.acceptance_date is not None and record.council_decision_date > record.acceptance_date:
        problems["council_decision_date"] = "Quyết định thành lập hội đồng ghi ngày sau ngày nghiệm thu."
    return problems


def _survey_dates(session: Session, record: Acceptance) -> tuple[dt.date | None, dt.date | None]:
    """(application received, survey held) from the latest survey of this beneficiary in this project."""
    survey = session.scalars(
        select(FieldRecord)
        .where(
            FieldRecord.project_id == record.project_id,
            FieldRecord.establishment_id == record.establishment_id,
            FieldRecord.kind == "survey",
            FieldRecord.deleted_at.is_(None),
        )
        .order_by(FieldRecord.record_date.desc(), FieldRecord.created_at.desc())
    ).first()
    if survey is None:
        return None, None
    applied = json.loads(survey.answers).get(field_records.APPLICATION_DATE)
    try:
        applied_day = dt.date.fromisoformat(str(applied)) if applied else None
    except ValueError:
        applied_day = None
    return applied_day, survey.record_date


def _contradictions(session: Session, record: Acceptance) -> dict[str, str]:
    """Findings against the conclusion, dates out of order, copies against recipients, one person twice."""
    items = items_from_json(record.items)
    council = council_from_json(record.council)
    found = consistency.acceptance_verdict(items, json.loads(record.checks), CHECKS, record.conclusion)
    applied, surveyed = _survey_dates(session, record)
    steps = [
        DatedStep(consistency.APPLICATION, "Ngày nhận hồ sơ đề nghị hỗ trợ", applied),
        DatedStep(consistency.SURVEY, "Ngày khảo sát", surveyed),
        DatedStep(consistency.DECISION, "Ngày quyết định phê duyệt", record.approval_date, "approval_date"),
        DatedStep(consistency.CONTRACT, "Ngày hợp đồng", record.contract_date, "contract_date"),
        DatedStep(consistency.ACCEPTANCE, "Ngày nghiệm thu", record.acceptance_date, "acceptance_date"),
    ]
    steps += [
        DatedStep(consistency.INVOICE, f"Ngày hóa đơn của hạng mục {index}", item.delivered.invoice_date, "items")
        for index, item in enumerate(items, start=1)
    ]
    found += consistency.date_order(steps)
    found += consistency.made_after_invoice(items)
    copies = consistency.stated_copies(record.conclusion_text, record.recommendations)
    found += consistency.copies_against_recipients(copies, consistency.recipient_lines(record.recipients))
    roles = [(m.name, CouncilRole(m.role).label if CouncilRole.parse(m.role) else m.role) for m in council]
    found += consistency.one_person_two_roles(roles, "council")
    return consistency.by_field(found)


def _merge(blocking: dict[str, str], contradictions: dict[str, str]) -> dict[str, str]:
    """Missing information first; a field with both shows both."""
    merged = dict(blocking)
    for name, message in contradictions.items():
        merged[name] = f"{merged[name]} {message}" if name in merged else message
    return merged


def problems(db: Database, record_id: str, today: dt.date | None = None) -> dict[str, str]:
    """Everything left to look at before finalizing, by field: what is missing (it blocks) and the
    contradictions (finalizing despite them needs an explanation, see `contradictions`)."""
    with db.read() as session:
        record = _get(session, record_id)
        return _merge(_problems(session, record, today), _contradictions(session, record))


def contradictions(db: Database, record_id: str) -> dict[str, str]:
    """The contradictions of the minutes, by field: they need an explanation to finalize."""
    with db.read() as session:
        return _contradictions(session, _get(session, record_id))


def finalize(
    db: Database, actor: Actor, record_id: str, today: dt.date | None = None, explanation: str = ""
) -> str:
    """Check everything, give the number (Số: 03/BB-HĐNT) and freeze the minutes.

    Contradictions do not block, but then `explanation` (printed as "Ý kiến khác / giải trình") is required.
    """
    with db.session(actor) as session:
        record = _get(session, record_id)
        finalizing.lock(session, record)
        finalizing.require_draft(record)
        found, contradicting = _problems(session, record, today), _contradictions(session, record)
        if found:
            raise ValidationFailed(_merge(found, contradicting))
        finalizing.explain(record, contradicting, explanation)
        return finalizing.give_number(session, record, actor.site_id, "acceptance", record.acceptance_date)


def correct(db: Database, actor: Actor, record_id: str, reason: str) -> str:
    with db.session(actor) as session:
        return finalizing.correction_of(session, _get(session, record_id), reason, _COPIED).id


def sign(db: Database, actor: Actor, record_id: str, member: int, image: Path | None, on_paper: bool = False) -> None:
    """Store a council member's signature image (from the pad), or mark them as signed on paper."""
    data = load(db, record_id)
    if data.state != "draft":
        raise KCError("Biên bản đã hoàn tất; không ký thêm được.")
    if not 0 <= member < len(data.council):
        raise KCError("Không có thành viên hội đồng này.")
    signature_id = None
    if image is not None:
        signature_id = attachments.add_image(
            db, actor, "acceptance", record_id, image, f"signature:{member}", f"Chữ ký của {data.council[member].name}"
        )
    council = data.council
    council[member] = dataclasses.replace(council[member], signature_id=signature_id, signed_on_paper=on_paper)
    save_draft(db, actor, record_id, {"council": council})


def attach_photo(db: Database, actor: Actor, record_id: str, source: Path, caption: str = "") -> str:
    if load(db, record_id).state != "draft":
        raise KCError("Biên bản đã hoàn tất; không thêm ảnh được.")
    return attachments.add_image(db, actor, "acceptance", record_id, source, "photo", caption)


def discard_draft(db: Database, actor: Actor, record_id: str) -> None:
    with db.session(actor) as session:
        record = _get(session, record_id)
        finalizing.require_draft(record)
        record.deleted_at = utcnow()


def _get(session: Session, record_id: str) -> Acceptance:
    record = session.get(Acceptance, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(f"Không tìm thấy biên bản nghiệm thu {record_id}.")
    return record


def load(db: Database, record_id: str) -> AcceptanceData:
    with db.read() as session:
        r = _get(session, record_id)
        approved_kc, limit = _approved(session, r)
        items = items_from_json(r.items)
        newer = list(session.scalars(select(Acceptance.id).where(Acceptance.supersedes_id == record_id)))
        return AcceptanceData(
            r.id,
            r.project_id,
            r.establishment_id,
            r.acceptance_date,
            r.start_time,
            r.end_time,
            r.place,
            r.approval_decision_no,
            r.approval_date,
            r.contract_no,
            r.contract_date,
            r.council_decision_no,
            r.council_decision_date,
            council_from_json(r.council),
            items,
            json.loads(r.checks),
            compute_money(items, approved_kc, limit),
            approved_kc,
            r.conclusion,
            r.conclusion_text,
            r.recommendations,
            r.recipients,
            r.state,
            r.number_text,
            r.version,
            r.supersedes_id,
            r.correction_reason,
            r.error_count,
            newer,
            r.explanation,
        )


def ids(db: Database, project_id: str | None = None, state: str | None = None) -> list[str]:
    """Acceptances (of a project, in a state), newest first."""
    with db.read() as session:
        query = select(Acceptance.id).where(Acceptance.deleted_at.is_(None))
        if project_id:
            query = query.where(Acceptance.project_id == project_id)
        if state:
            query = query.where(Acceptance.state == state)
        return list(session.scalars(query.order_by(Acceptance.acceptance_date.desc(), Acceptance.created_at.desc())))
