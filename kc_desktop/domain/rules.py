"""Rules that help the officer (DOMAIN.md §3): eligibility, support limits, shares. Warnings, never blocks."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kc_desktop import paths
from kc_desktop.domain.money import format_vnd
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput, RulesVersion, rules_for

# The regulations a project's minutes cite ("Căn cứ …"), by the rules it was approved under (DOMAIN.md §2):
# projects approved before 15/10/2025 continue under Decree 45 as it stood.
_REGULATIONS: dict[str, tuple[str, ...]] = {
    RulesVersion.DECREE_45.value: (
        "Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công",
        "Thông tư số 28/2018/TT-BTC của Bộ Tài chính hướng dẫn lập, quản lý và sử dụng kinh phí khuyến công",
    ),
    RulesVersion.DECREE_235.value: (
        "Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công, được sửa đổi, bổ sung bởi "
        "Nghị định số 235/2025/NĐ-CP",
        "Thông tư số 28/2018/TT-BTC của Bộ Tài chính hướng dẫn lập, quản lý và sử dụng kinh phí khuyến công, "
        "được sửa đổi, bổ sung bởi Thông tư số 64/2024/TT-BTC",
    ),
}


def regulations(rules_version: str, approval_date: dt.date | None = None) -> tuple[str, ...]:
    """The decree and the circular in force for a project, as its minutes cite them (without "Căn cứ")."""
    version = RulesVersion.parse(rules_version) or rules_for(approval_date)
    return _REGULATIONS[version.value]


@dataclass(frozen=True)
class RuleWarning:
    """One thing the officer should look at; `where` names the field or beneficiary."""

    code: str
    message: str
    where: str = ""


@dataclass(frozen=True)
class SupportLimit:
    support_kind: str
    effective_from: dt.date
    max_percent: float | None
    max_amount: int | None
    line_multiplier: float | None
    source: str
    verified: bool


@dataclass(frozen=True)
class EstablishmentPlace:
    """What eligibility needs to know of an establishment."""

    name: str
    admin_unit_kind: str  # "xa", "phuong", "dac_khu"
    admin_unit_name: str
    in_recognised_craft_village: bool


@lru_cache(maxsize=1)
def support_limits() -> tuple[SupportLimit, ...]:
    """The dated table of limits shipped in resources/reference/support_limits.json."""
    return parse_support_limits(json.loads(paths.resource("reference", "support_limits.json").read_text("utf-8")))


def parse_support_limits(data: Mapping[str, Any]) -> tuple[SupportLimit, ...]:
    """A table of limits in the shipped file's form (also what the city sends in a reference package)."""
    return tuple(
        SupportLimit(
            item["support_kind"],
            dt.date.fromisoformat(item["effective_from"]),
            item.get("max_percent"),
            item.get("max_amount"),
            item.get("line_multiplier"),
            item.get("source", ""),
            bool(item.get("verified")),
        )
        for item in data["limits"]
    )


def limit_for(
    support_kind: str | None, on: dt.date | None, table: tuple[SupportLimit, ...] | None = None
) -> SupportLimit | None:
    """The limit in force for a kind of support on a date (the latest that started before it)."""
    on = on or dt.date.today()
    candidates = [
        lim for lim in (table or support_limits()) if lim.support_kind == support_kind and lim.effective_from <= on
    ]
    return max(candidates, key=lambda lim: lim.effective_from) if candidates else None


def eligibility(place: EstablishmentPlace, rules: str) -> RuleWarning | None:
    """Decree 235: in Hanoi, a phường qualifies only inside a craft village recognised by the city."""
    if rules != RulesVersion.DECREE_235.value:
        return None  # approved under Decree 45: judged by the old rules
    if place.admin_unit_kind == "phuong" and not place.in_recognised_craft_village:
        return RuleWarning(
            "ineligible_ward",
            f"«{place.name}» ở {place.admin_unit_name}: theo Nghị định 235/2025/NĐ-CP, cơ sở ở phường không thuộc "
            "làng nghề được Thành phố công nhận không thuộc đối tượng hỗ trợ.",
            place.name,
        )
    return None


def amount_warnings(
    project: ProjectInput, names: dict[str, str], table: tuple[SupportLimit, ...] | None = None
) -> list[RuleWarning]:
    """Shares that don't add up, and beneficiaries above the support limit of the project's kind."""
    warnings: list[RuleWarning] = []
    if project.kc_amount + project.counterpart_amount != project.total_amount:
        warnings.append(
            RuleWarning(
                "shares_total",
                f"Kinh phí khuyến công ({format_vnd(project.kc_amount)}) cộng vốn đối ứng "
                f"({format_vnd(project.counterpart_amount)}) không bằng tổng kinh phí "
                f"({format_vnd(project.total_amount)}).",
                "total_amount",
            )
        )
    if project.beneficiaries:
        kc_sum = sum(b.kc_amount for b in project.beneficiaries)
        if kc_sum != project.kc_amount:
            warnings.append(
                RuleWarning(
                    "beneficiaries_total",
                    f"Tổng kinh phí khuyến công của các cơ sở thụ hưởng ({format_vnd(kc_sum)}) khác "
                    f"kinh phí khuyến công của đề án ({format_vnd(project.kc_amount)}).",
                    "kc_amount",
                )
            )
    if project.advanced_amount > project.kc_amount:
        warnings.append(
            RuleWarning(
                "advance_over_approved",
                f"Số đã tạm ứng ({format_vnd(project.advanced_amount)}) lớn hơn kinh phí khuyến công được duyệt "
                f"({format_vnd(project.kc_amount)}).",
                "advanced_amount",
            )
        )
    limit = limit_for(project.support_kind_code, project.approval_date, table)
    for beneficiary in project.beneficiaries:
        warnings.extend(_beneficiary_warnings(beneficiary, names.get(beneficiary.establishment_id, ""), limit))
    return warnings


def _beneficiary_warnings(b: BeneficiaryInput, name: str, limit: SupportLimit | None) -> list[RuleWarning]:
    warnings = []
    if b.kc_amount + b.counterpart_amount != b.total_amount:
        warnings.append(
            RuleWarning(
                "beneficiary_shares", f"«{name}»: kinh phí khuyến công cộng vốn đối ứng không bằng tổng kinh phí.", name
            )
        )
    if limit is None:
        return warnings
    suffix = "" if limit.verified else " (mức trong bảng chưa được xác minh)"
    if limit.max_percent is not None and b.total_amount > 0 and b.kc_amount * 100 > limit.max_percent * b.total_amount:
        share = b.kc_amount * 100 / b.total_amount
        warnings.append(
            RuleWarning(
                "limit_percent",
                f"«{name}»: kinh phí khuyến công bằng {share:.1f}% tổng kinh phí, "
                f"vượt mức tối đa {limit.max_percent:g}% ({limit.source}){suffix}.",
                name,
            )
        )
    if limit.max_amount is not None and b.kc_amount > limit.max_amount:
        warnings.append(
            RuleWarning(
                "limit_amount",
                f"«{name}»: kinh phí khuyến công {format_vnd(b.kc_amount)} vượt mức tối đa "
                f"{format_vnd(limit.max_amount)} cho một cơ sở ({limit.source}){suffix}.",
                name,
            )
        )
    return warnings


def project_warnings(project: ProjectInput, places: Mapping[str, EstablishmentPlace],
                     table: tuple[SupportLimit, ...] | None = None) -> list[RuleWarning]:
    """Every rule on one project: eligibility of each beneficiary, then amounts and limits."""
    rules = project.rules_version or rules_for(project.approval_date).value
    found = [eligibility(places[b.establishment_id], rules) for b in project.beneficiaries
             if b.establishment_id in places]
    names = {establishment_id: place.name for establishment_id, place in places.items()}
    return [w for w in found if w is not None] + amount_warnings(project, names, table)
