"""Use cases of projects (đề án): edit, beneficiaries, status transitions with history, warnings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import ACTOR_KEY, Actor, set_reason
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, CraftVillage, Establishment, Officer, SupportKind
from kc_desktop.db.models_work import Project, ProjectBeneficiary, ProjectStatusChange
from kc_desktop.domain import rules
from kc_desktop.domain.money import format_vnd
from kc_desktop.domain.project import (
    BeneficiaryInput,
    FundingSource,
    ProjectInput,
    ProjectStatus,
    RulesVersion,
    allowed_transitions,
    money_problem,
    rules_for,
)
from kc_desktop.domain.rules import EstablishmentPlace, RuleWarning, SupportLimit
from kc_desktop.domain.text import nfc, tokens
from kc_desktop.errors import KCError, NotFound, ValidationFailed
from kc_desktop.services import reference

_FIELDS = [f.name for f in dataclasses.fields(ProjectInput) if f.name != "beneficiaries"]
_AMOUNTS = ("total_amount", "kc_amount", "counterpart_amount", "advanced_amount", "settled_amount")


class TransitionRefused(KCError):
    """The project cannot move to that status from where it is."""


@dataclass(frozen=True)
class ProjectRow:
    """What lists show of a project."""

    id: str
    code: str
    title: str
    plan_year: int
    round: int
    funding_source: str
    support_kind_name: str
    status: str
    total_amount: int
    kc_amount: int
    beneficiary_count: int
    warning_count: int

    @property
    def status_label(self) -> str:
        return ProjectStatus(self.status).label


@dataclass(frozen=True)
class HistoryEntry:
    from_status: str | None
    to_status: str
    reason: str
    changed_at: object
    changed_by: str


def _clean(session: Session, data: ProjectInput, own_id: str | None) -> ProjectInput:
    errors: dict[str, str] = {}
    data = dataclasses.replace(
        data,
        code=nfc(data.code).upper(),
        title=nfc(data.title),
        notes=nfc(data.notes),
        approval_decision_no=nfc(data.approval_decision_no),
        contract_no=nfc(data.contract_no),
        support_kind_code=data.support_kind_code or None,
    )
    if not data.code:
        errors["code"] = "Chưa nhập mã đề án."
    if not data.title:
        errors["title"] = "Chưa nhập tên đề án."
    if not 2000 <= data.plan_year <= 2100:
        errors["plan_year"] = "Năm kế hoạch không hợp lệ."
    if data.round < 1:
        errors["round"] = "Đợt phải từ 1 trở lên."
    if FundingSource.parse(data.funding_source) is None:
        errors["funding_source"] = "Chưa chọn nguồn kinh phí (quốc gia / địa phương)."
    if data.support_kind_code and session.get(SupportKind, data.support_kind_code) is None:
        errors["support_kind_code"] = f"Nội dung hỗ trợ «{data.support_kind_code}» không có trong danh mục."
    for name in _AMOUNTS:
        if not isinstance(getattr(data, name), int) or getattr(data, name) < 0:
            errors[name] = "Số tiền phải là số nguyên không âm (đồng)."
    if "settled_amount" not in errors and "kc_amount" not in errors and data.settled_amount > data.kc_amount:
        # An advance above the approved share is only a warning (rules.amount_warnings); a settlement cannot be.
        errors["settled_amount"] = (
            f"Số quyết toán ({format_vnd(data.settled_amount)}) không được lớn hơn kinh phí khuyến công "
            f"được duyệt ({format_vnd(data.kc_amount)})."
        )
    if not errors:
        # The rules the city applies to what it imports (kc_desktop.sync.rules): the same at the office.
        status = session.scalar(select(Project.status).where(Project.id == own_id)) if own_id else None
        problem = money_problem(data.total_amount, data.kc_amount, data.counterpart_amount, data.advanced_amount,
                                data.settled_amount, status or ProjectStatus.PROPOSED.value)
        if problem:
            field = "advanced_amount" if "tạm ứng" in problem else "total_amount"
            errors[field] = problem[:1].upper() + problem[1:] + "."
    if data.planned_start and data.planned_end and data.planned_end < data.planned_start:
        errors["planned_end"] = "Ngày kết thúc dự kiến trước ngày bắt đầu."
    if data.contract_date and data.approval_date and data.contract_date < data.approval_date:
        errors["contract_date"] = "Ngày hợp đồng trước ngày quyết định phê duyệt."
    seen: set[str] = set()
    for b in data.beneficiaries:
        if b.establishment_id in seen:
            errors["beneficiaries"] = "Một cơ sở được thêm hai lần vào danh sách thụ hưởng."
        seen.add(b.establishment_id)
        if session.get(Establishment, b.establishment_id) is None:
            errors["beneficiaries"] = "Cơ sở thụ hưởng không còn trong danh sách."
        if min(b.total_amount, b.kc_amount, b.counterpart_amount) < 0:
            errors["beneficiaries"] = "Số tiền của cơ sở thụ hưởng phải không âm."
    duplicate = session.scalars(select(Project.id).where(Project.code == data.code)).first()
    if duplicate is not None and duplicate != own_id:
        errors["code"] = f"Mã đề án {data.code} đã được dùng."
    if errors:
        raise ValidationFailed(errors)
    if not data.rules_version:
        data.rules_version = rules_for(data.approval_date).value
    elif RulesVersion.parse(data.rules_version) is None:
        raise ValidationFailed({"rules_version": "Phiên bản quy định không hợp lệ."})
    return data


def save(db: Database, actor: Actor, project_id: str | None, data: ProjectInput) -> str:
    """Create (project_id None) or edit a project and its beneficiaries in one transaction."""
    with db.session(actor) as session:
        data = _clean(session, data, project_id)
        if project_id is None:
            project = Project(status=ProjectStatus.PROPOSED.value)
            session.add(project)
        else:
            project = _get(session, project_id)
        for name in _FIELDS:
            if getattr(project, name) != getattr(data, name):
                setattr(project, name, getattr(data, name))
        session.flush()
        if project_id is None:
            _record_change(session, project, None, ProjectStatus.PROPOSED.value, "")
        _save_beneficiaries(session, project.id, data.beneficiaries)
        return project.id


def _save_beneficiaries(session: Session, project_id: str, wanted: list[BeneficiaryInput]) -> None:
    existing = {
        b.establishment_id: b
        for b in session.scalars(select(ProjectBeneficiary).where(ProjectBeneficiary.project_id == project_id))
    }
    for item in wanted:
        row = existing.pop(item.establishment_id, None) or ProjectBeneficiary(
            project_id=project_id, establishment_id=item.establishment_id
        )
        if row.deleted_at is not None:
            row.deleted_at = None
        for name in ("total_amount", "kc_amount", "counterpart_amount", "notes"):
            if getattr(row, name) != getattr(item, name):
                setattr(row, name, getattr(item, name))
        session.add(row)
    for row in existing.values():
        if row.deleted_at is None:
            row.deleted_at = utcnow()


def transition(db: Database, actor: Actor, project_id: str, to_status: str, reason: str = "") -> None:
    """Move a project one allowed step; cancelling needs a reason. Kept in its history."""
    target = ProjectStatus.parse(to_status)
    with db.session(actor) as session:
        project = _get(session, project_id)
        current = ProjectStatus(project.status)
        if target is None or target not in allowed_transitions(current):
            allowed = ", ".join(s.label for s in allowed_transitions(current)) or "không có"
            raise TransitionRefused(
                f"Đề án {project.code} đang ở trạng thái «{current.label}», không chuyển sang "
                f"«{target.label if target else to_status}» được (được phép: {allowed})."
            )
        if target is ProjectStatus.CANCELLED and not nfc(reason):
            raise ValidationFailed({"reason": "Hủy đề án phải ghi rõ lý do."})
        problem = money_problem(project.total_amount, project.kc_amount, project.counterpart_amount,
                                project.advanced_amount, project.settled_amount, target.value)
        if problem:
            raise TransitionRefused(f"Đề án {project.code} chưa chuyển sang «{target.label}» được: {problem}.")
        project.status = target.value
        if target is ProjectStatus.CANCELLED:
            project.cancel_reason = nfc(reason)
        set_reason(session, nfc(reason) or None)
        _record_change(session, project, current.value, target.value, nfc(reason))


def _record_change(session: Session, project: Project, old: str | None, new: str, reason: str) -> None:
    actor: Actor = session.info[ACTOR_KEY]
    officer = session.get(Officer, actor.officer_id)
    session.add(
        ProjectStatusChange(
            project_id=project.id,
            from_status=old,
            to_status=new,
            reason=reason,
            changed_at=utcnow(),
            changed_by_name=officer.name if officer else "",
        )
    )


def history(db: Database, project_id: str) -> list[HistoryEntry]:
    with db.read() as session:
        rows = session.scalars(
            select(ProjectStatusChange)
            .where(ProjectStatusChange.project_id == project_id)
            .order_by(ProjectStatusChange.changed_at)
        )
        return [HistoryEntry(r.from_status, r.to_status, r.reason, r.changed_at, r.changed_by_name) for r in rows]


def _get(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(f"Không tìm thấy đề án có mã hồ sơ {project_id}.")
    return project


def load(db: Database, project_id: str) -> tuple[ProjectInput, str, int]:
    """A project's editable fields with its beneficiaries, its status and version."""
    with db.read() as session:
        project = _get(session, project_id)
        data = ProjectInput(**{name: getattr(project, name) for name in _FIELDS})
        data.beneficiaries = [
            BeneficiaryInput(b.establishment_id, b.total_amount, b.kc_amount, b.counterpart_amount, b.notes)
            for b in session.scalars(
                select(ProjectBeneficiary).where(
                    ProjectBeneficiary.project_id == project_id, ProjectBeneficiary.deleted_at.is_(None)
                )
            )
        ]
        return data, project.status, project.version


def warnings(db: Database, project_id: str) -> list[RuleWarning]:
    """Eligibility, support limits and shares for a project (shown, never blocking)."""
    data, _, _ = load(db, project_id)
    with db.read() as session:
        return project_warnings(session, data)


def project_warnings(session: Session, data: ProjectInput) -> list[RuleWarning]:
    return rules.project_warnings(data, _places(session, [b.establishment_id for b in data.beneficiaries]),
                                  reference.support_limit_table(session))


def _places(session: Session, ids: list[str]) -> dict[str, EstablishmentPlace]:
    if not ids:
        return {}
    query = (
        select(Establishment.id, Establishment.name, AdminUnit.kind, AdminUnit.name, CraftVillage.recognised)
        .join(AdminUnit, AdminUnit.code == Establishment.admin_unit_code)
        .outerjoin(
            CraftVillage, and_(CraftVillage.id == Establishment.craft_village_id, CraftVillage.deleted_at.is_(None))
        )
        .where(Establishment.id.in_(ids))
    )
    return {i: EstablishmentPlace(n, kind, unit, bool(rec)) for i, n, kind, unit, rec in session.execute(query)}


def search_ids(db: Database, text: str = "", status: str | None = None, year: int | None = None) -> list[str]:
    """Ids of matching projects, newest plan year first, then by code."""
    conditions: list[ColumnElement[bool]] = [Project.deleted_at.is_(None)]
    conditions += [Project.title_sort.like(f"%{word}%") for word in tokens(text)]
    if status:
        conditions.append(Project.status == status)
    if year:
        conditions.append(Project.plan_year == year)
    with db.read() as session:
        query = select(Project.id).where(*conditions).order_by(Project.plan_year.desc(), Project.code)
        return list(session.scalars(query))


def rows(db: Database, ids: list[str], with_warnings: bool = True) -> list[ProjectRow]:
    """List rows in the order of `ids`; the warning count runs the rules for each project."""
    if not ids:
        return []
    result: dict[str, ProjectRow] = {}
    with db.read() as session:
        beneficiaries: dict[str, list[BeneficiaryInput]] = {}
        for b in session.scalars(
            select(ProjectBeneficiary).where(
                ProjectBeneficiary.project_id.in_(ids), ProjectBeneficiary.deleted_at.is_(None)
            )
        ):
            beneficiaries.setdefault(b.project_id, []).append(
                BeneficiaryInput(b.establishment_id, b.total_amount, b.kc_amount, b.counterpart_amount)
            )
        # The places of every beneficiary and the limits table are read once for the page, not per project.
        places: dict[str, EstablishmentPlace] = {}
        table: tuple[SupportLimit, ...] | None = None
        if with_warnings:
            wanted = sorted({b.establishment_id for group in beneficiaries.values() for b in group})
            for start in range(0, len(wanted), 500):
                places.update(_places(session, wanted[start : start + 500]))
            table = reference.support_limit_table(session)
        query = select(Project, SupportKind.name).outerjoin(SupportKind, SupportKind.code == Project.support_kind_code)
        for project, kind_name in session.execute(query.where(Project.id.in_(ids))):
            data = ProjectInput(**{name: getattr(project, name) for name in _FIELDS})
            data.beneficiaries = beneficiaries.get(project.id, [])
            count = len(rules.project_warnings(data, places, table)) if with_warnings else 0
            result[project.id] = ProjectRow(
                project.id,
                project.code,
                project.title,
                project.plan_year,
                project.round,
                project.funding_source,
                kind_name or "",
                project.status,
                project.total_amount,
                project.kc_amount,
                len(data.beneficiaries),
                count,
            )
    return [result[i] for i in ids if i in result]
