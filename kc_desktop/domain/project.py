"""Khuyến công projects (đề án): statuses and their transitions, funding, rules versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kc_desktop.domain.enums import Labelled

DECREE_235_IN_FORCE = dt.date(2025, 10, 15)


class ProjectStatus(Labelled):
    PROPOSED = "proposed", "Đề xuất"
    SURVEYED = "surveyed", "Đã khảo sát"
    APPROVED = "approved", "Đã phê duyệt"
    IN_PROGRESS = "in_progress", "Đang thực hiện"
    INSPECTED = "inspected", "Đã kiểm tra"
    ACCEPTED = "accepted", "Đã nghiệm thu"
    SETTLED = "settled", "Đã quyết toán"
    CANCELLED = "cancelled", "Đã hủy"


_ORDER = [
    ProjectStatus.PROPOSED,
    ProjectStatus.SURVEYED,
    ProjectStatus.APPROVED,
    ProjectStatus.IN_PROGRESS,
    ProjectStatus.INSPECTED,
    ProjectStatus.ACCEPTED,
    ProjectStatus.SETTLED,
]


def allowed_transitions(status: ProjectStatus) -> list[ProjectStatus]:
    """Only one step forward; cancelled from any step before settlement; nothing after."""
    if status in (ProjectStatus.SETTLED, ProjectStatus.CANCELLED):
        return []
    following = _ORDER[_ORDER.index(status) + 1]
    return [following, ProjectStatus.CANCELLED]


_FUNDED = (ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.INSPECTED, ProjectStatus.ACCEPTED,
           ProjectStatus.SETTLED)


def money_problem(total: int, kc: int, counterpart: int, advanced: int, settled: int, status: str) -> str | None:
    """Why a project's money is inconsistent, or None: amounts are never negative, the advance and the
    settlement never exceed the approved khuyến công share, and once approved the shares add up to the
    total (when a total was entered)."""
    from kc_desktop.domain.money import format_vnd

    if min(total, kc, counterpart, advanced, settled) < 0:
        return "số tiền âm"
    if settled > kc:
        return f"số quyết toán ({format_vnd(settled)}) lớn hơn kinh phí khuyến công được duyệt ({format_vnd(kc)})"
    if advanced > kc:
        return f"số tạm ứng ({format_vnd(advanced)}) lớn hơn kinh phí khuyến công được duyệt ({format_vnd(kc)})"
    if ProjectStatus.parse(status) in _FUNDED and total and kc + counterpart != total:
        return (f"kinh phí khuyến công ({format_vnd(kc)}) cộng vốn đối ứng ({format_vnd(counterpart)}) không bằng "
                f"tổng kinh phí ({format_vnd(total)}) của đề án đã phê duyệt")
    return None


def status_path(start: str | None, target: str, steps: list[tuple[str | None, str]]) -> bool:
    """Whether recorded steps (from, to) lead from `start` to `target`, each an allowed transition
    (a new project starts as proposed)."""
    here, seen = start, set()
    forward: dict[str | None, list[str]] = {}
    for before, after in steps:
        forward.setdefault(before, []).append(after)
    while here != target:
        if here in seen:
            return False
        seen.add(here)
        allowed = [ProjectStatus.PROPOSED.value] if here is None else \
            [s.value for s in allowed_transitions(ProjectStatus(here))] if ProjectStatus.parse(here) else []
        following = [after for after in forward.get(here, []) if after in allowed]
        if not following:
            return False
        here = target if target in following else following[0]
    return True


class FundingSource(Labelled):
    NATIONAL = "national", "Khuyến công quốc gia"
    LOCAL = "local", "Khuyến công địa phương"


class RulesVersion(Labelled):
    DECREE_45 = "nd45", "Theo Nghị định 45/2012/NĐ-CP (phê duyệt trước 15/10/2025)"
    DECREE_235 = "nd235", "Theo Nghị định 235/2025/NĐ-CP (phê duyệt từ 15/10/2025)"


def rules_for(approval_date: dt.date | None) -> RulesVersion:
    """Projects approved before 15/10/2025 continue under the old terms."""
    if approval_date is not None and approval_date < DECREE_235_IN_FORCE:
        return RulesVersion.DECREE_45
    return RulesVersion.DECREE_235


@dataclass
class BeneficiaryInput:
    """One establishment supported by a project, with its own amounts (integer VND)."""

    establishment_id: str
    total_amount: int = 0
    kc_amount: int = 0
    counterpart_amount: int = 0
    notes: str = ""


@dataclass
class ProjectInput:
    """The editable fields of a project."""

    code: str = ""
    title: str = ""
    plan_year: int = field(default_factory=lambda: dt.date.today().year)
    round: int = 1
    funding_source: str = FundingSource.LOCAL.value
    support_kind_code: str | None = None
    rules_version: str = ""
    approval_decision_no: str = ""
    approval_date: dt.date | None = None
    contract_no: str = ""
    contract_date: dt.date | None = None
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    total_amount: int = 0
    kc_amount: int = 0
    counterpart_amount: int = 0
    advanced_amount: int = 0  # tạm ứng: paid in advance of the khuyến công share
    settled_amount: int = 0  # quyết toán: the khuyến công share finally settled
    notes: str = ""
    beneficiaries: list[BeneficiaryInput] = field(default_factory=list)
