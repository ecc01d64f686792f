"""From an acceptance record in the database to the data its minutes print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kc_desktop.db.engine import Database
from kc_desktop.documents import data as doc
from kc_desktop.documents.acceptance import build_acceptance
from kc_desktop.documents.output import PLACE, agency_for, write_atomically
from kc_desktop.domain.acceptance import CHECKS, Conclusion, CouncilRole, ItemSide
from kc_desktop.domain.project import FundingSource
from kc_desktop.domain.rules import regulations
from kc_desktop.services import (
    acceptances,
    attachments,
    establishments,
    installation,
    numbering,
    projects,
    reference,
)

# Mẫu 1.9: secretary on the left, chair on the right, then the beneficiary, then the members.
_SIGN_ORDER = [CouncilRole.SECRETARY, CouncilRole.CHAIR, CouncilRole.BENEFICIARY, CouncilRole.MEMBER]
_SIGN_TITLES = {
    CouncilRole.SECRETARY: "THƯ KÝ",
    CouncilRole.CHAIR: "CHỦ TỊCH HỘI ĐỒNG",
    CouncilRole.BENEFICIARY: "ĐẠI DIỆN CƠ SỞ THỤ HƯỞNG",
    CouncilRole.MEMBER: "CÁC ỦY VIÊN",
}
_CONCLUSIONS = {
    Conclusion.ACCEPTED: "Đạt",
    Conclusion.WITH_CONDITIONS: "Đạt có điều kiện",
    Conclusion.NOT_ACCEPTED: "Không đạt",
}


def _side(side: ItemSide) -> doc.ItemSide | None:
    if not side.name.strip():
        return None
    return doc.ItemSide(
        side.name,
        side.model,
        side.specifications,
        side.origin,
        side.year_made,
        side.serial_no,
        side.quantity,
        side.unit,
        side.unit_price,
        None,
        side.supplier,
        side.invoice_no,
        side.invoice_date,
        side.state_text,
    )


def _time(text: str) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text) if text else None
    except ValueError:
        return None


def _conformity(check: dict[str, object]) -> str:
    note = str(check.get("note") or "").strip()
    verdicts: dict[object, str] = {
        True: "Nội dung thực hiện phù hợp với nội dung được phê duyệt.",
        False: "Nội dung thực hiện chưa phù hợp với nội dung được phê duyệt.",
    }
    verdict = verdicts.get(check.get("ok"), "")
    return " ".join(part for part in (verdict, note) if part)


def acceptance_document(db: Database, record_id: str) -> doc.AcceptanceDocument:

    record = acceptances.load(db, record_id)
    project, _, _ = projects.load(db, record.project_id)
    est, _, _ = establishments.load(db, record.establishment_id)
    (row,) = establishments.rows(db, [record.establishment_id])
    kinds = {c.code: c.label for c in reference.support_kinds(db)}
    files = {a.question: a.path for a in attachments.for_owner(db, record_id)}
    photos = [a for a in attachments.for_owner(db, record_id) if a.question == "photo"]
    members = [(index, m) for index, m in enumerate(record.council) if m.name.strip()]
    council = [m for _, m in members if m.role != CouncilRole.BENEFICIARY.value]
    beneficiary_people = [m for _, m in members if m.role == CouncilRole.BENEFICIARY.value]
    recipients = tuple(line.strip(" ;.") for line in record.recipients.splitlines() if line.strip(" ;.")) or (
        "Sở Công Thương Hà Nội", est.name or "Cơ sở thụ hưởng", "Lưu: VT")  # the beneficiary by its name
    signers = []
    for role in _SIGN_ORDER:
        for index, member in members:
            if member.role == role.value:
                signers.append(
                    doc.Signer(
                        _SIGN_TITLES[role],
                        member.name,
                        member.title,
                        files.get(f"signature:{index}") if member.signature_id else None,
                        member.signed_on_paper,
                    )
                )
    conclusion = Conclusion.parse(record.conclusion)
    funding = FundingSource.parse(project.funding_source)
    meta = doc.DocumentMeta(
        record_id=record.id,
        version=record.version,
        number_text=record.number_text,
        is_draft=record.state != "finalized",
        symbol=numbering.draft_symbol(db, "acceptance"),
        place=PLACE,
        date=record.acceptance_date,
        agency=agency_for(installation.office_info(db)),
    )
    document = doc.AcceptanceDocument(
        meta=meta,
        regulations=regulations(project.rules_version, project.approval_date),
        approval_decision_no=record.approval_decision_no,
        approval_date=record.approval_date,
        contract_no=record.contract_no,
        contract_date=record.contract_date,
        council_decision_no=record.council_decision_no,
        council_decision_date=record.council_decision_date,
        project_code=project.code,
        project_name=project.title,
        funding_source_label=funding.label if funding else "",
        support_kind_label=kinds.get(project.support_kind_code or "", ""),
        beneficiary=doc.Beneficiary(
            est.name,
            est.tax_code or "",
            ", ".join(p for p in (est.address, row.admin_unit_name) if p),
            est.representative,
            est.representative_title,
            est.phone,
        ),
        start_time=_time(record.start_time),
        end_time=_time(record.end_time),
        place=record.place,
        council=tuple(doc.CouncilMember(m.name, m.unit, m.title, CouncilRole(m.role).label) for m in council),
        beneficiary_people=tuple(doc.CouncilMember(m.name, m.unit, m.title) for m in beneficiary_people),
        items=tuple(doc.AcceptanceItem(_side(i.delivered), _side(i.approved)) for i in record.items),
        total_amount=record.money.total,
        kc_amount=record.money.kc,
        counterpart_amount=record.money.counterpart,
        approved_total=record.money.approved_total or None,
        conformity_text=_conformity(record.checks.get("content_conforms", {})),
        checks=tuple(
            doc.CheckLine(label, record.checks.get(key, {}).get("ok"), record.checks.get(key, {}).get("note", ""))
            for key, label in CHECKS.items()
        ),
        conclusion_label=_CONCLUSIONS.get(conclusion, "") if conclusion else "",
        conclusion_text=record.conclusion_text,
        recommendations=record.recommendations,
        signers=tuple(signers),
        photos=tuple(doc.PhotoRef(p.path, p.caption, p.taken_at) for p in photos),
        recipients=recipients,
        explanation=record.explanation,
    )
    return doc.with_hash(document)


def render_acceptance(db: Database, record_id: str, path: Path) -> Path:

    document = acceptance_document(db, record_id)
    return write_atomically(path, lambda target: build_acceptance(document, target))
