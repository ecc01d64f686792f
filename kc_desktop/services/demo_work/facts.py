"""What a demo record's answers must agree with, and the wording of numbers, dates and documents they cite.

Facts gather one project's story (the establishment, the equipment, the decision, the contract, what was
found) so every answer, finding and conclusion is drawn from the same values; the text helpers give each
cited document (plan, application, decision, contract) one wording wherever it is quoted.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kc_desktop.domain.enums import AdminUnitKind
from kc_desktop.services.demo_work.catalogue import CATALOGUE, CENTRE, SUPPLIERS, Equipment


@dataclass(frozen=True)
class Line:
    """One item of equipment of a project: what, how many, at what unit price (đồng)."""

    equipment: Equipment
    quantity: int
    unit_price: int

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


@dataclass
class Facts:
    """What a record's answers must agree with: the establishment, the project, its dates, how it went.

    `outcome` is the survey's (eligible, conditions, ineligible) or the inspection's (ok, fix, violation);
    `issues` name what it found (keys of the tables in `catalogue`).
    """

    day: dt.date
    establishment: str = "Cơ sở sản xuất"
    kind: str = "household"
    sector_code: str = ""
    products: str = "Sản phẩm thủ công mỹ nghệ"
    employees: int = 12
    women: int = 5
    women_owned: bool = False
    ethnic_minority_owned: bool = False
    unit_kind: str = AdminUnitKind.COMMUNE.value
    village: str = ""  # the recognised craft village it is in, with its recognition
    plan: str = ""
    application: str = ""
    received: dt.date | None = None
    lines: tuple[Line, ...] = ()
    supplier: str = SUPPLIERS[0]
    kc_amount: int = 0
    decision: str = ""
    contract: str = ""
    inspection_plan: str = ""
    round: int = 1
    outcome: str = "eligible"
    issues: tuple[str, ...] = ()
    completion: int = 100
    deadline: dt.date | None = None
    counterpart: int = 0
    leased: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def dmy(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def lower_first(name: str) -> str:
    """A name inside a sentence: its first letter small, abbreviations (CNC) kept."""
    return name[:1].lower() + name[1:]


def grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def default_facts(rng: random.Random, day: dt.date) -> Facts:
    """Facts for a template filled outside a project (tests, previews): a plausible establishment and plan."""
    trade = rng.choice(list(CATALOGUE))
    equipment = rng.choice(CATALOGUE[trade])
    price = rng.randrange(*equipment.price) * 1_000_000
    employees = rng.randrange(5, 60)
    received = day - dt.timedelta(days=rng.randrange(5, 25))
    return Facts(
        day=day,
        establishment=f"Cơ sở {trade.lower()} {rng.choice(['Minh Long', 'Phúc Hưng', 'Thành Đạt'])}",
        products=trade,
        employees=employees,
        women=rng.randrange(0, employees + 1),
        plan=plan_text(rng, received - dt.timedelta(days=rng.randrange(20, 60))),
        application=application_text(rng, received - dt.timedelta(days=rng.randrange(1, 5)), "household"),
        received=received,
        lines=(Line(equipment, 1, price),),
        kc_amount=kc_share(price),
        decision=decision_text(f"{rng.randrange(100, 999)}/QĐ-SCT", day - dt.timedelta(days=90)),
        contract=contract_text(f"{rng.randrange(10, 99)}/HĐ-KC", day - dt.timedelta(days=80)),
        inspection_plan=inspection_plan_text(rng, day - dt.timedelta(days=10)),
        outcome="eligible",
        completion=100,
        # Not price - kc_share(price) (unrounded): kept so a seed gives the samples it always gave.
        counterpart=price - min(price // 2, 300_000_000),
    )


def kc_share(total: int) -> int:
    """What the extension fund pays of an establishment's equipment: half, in whole millions, at most 300."""
    return min(total // 2 // 1_000_000 * 1_000_000, 300_000_000)


def listed(words: Mapping[str, str], issues: Iterable[str]) -> str:
    """The words for what was found, in the order found, as one list in a sentence ("a; b")."""
    return "; ".join(words[issue] for issue in issues if issue in words)


def decision_text(number: str, day: dt.date) -> str:
    return f"Quyết định số {number} ngày {dmy(day)} của Sở Công Thương Hà Nội"


def contract_text(number: str, day: dt.date) -> str:
    return f"Hợp đồng số {number} ngày {dmy(day)}"


def plan_text(rng: random.Random, day: dt.date) -> str:
    return f"Kế hoạch số {rng.randrange(8, 60)}/KH-SCT ngày {dmy(day)} của Sở Công Thương Hà Nội"


def inspection_plan_text(rng: random.Random, day: dt.date) -> str:
    return f"Kế hoạch số {rng.randrange(60, 320)}/KH-TTKC ngày {dmy(day)} của {CENTRE}"


def application_text(rng: random.Random, day: dt.date, kind: str) -> str:
    if kind == "household":
        return f"Đơn đề nghị hỗ trợ ngày {dmy(day)} của chủ cơ sở"
    return f"Văn bản số {rng.randrange(1, 60):02d}/{day.year}/CV ngày {dmy(day)} của cơ sở"


@dataclass(frozen=True)
class Candidate:
    """An establishment the demo can make a beneficiary of, with what its survey must find."""

    id: str
    name: str
    kind: str
    sector_code: str
    trade: str
    products: str
    employees: int
    women_owned: bool
    ethnic_minority_owned: bool
    representative: str
    representative_title: str
    unit_kind: str
    village: str  # its recognised craft village, with the recognition, or ""
    unit_name: str = ""  # its commune or ward, "Xã Chuyên Mỹ"

    @property
    def signatory(self) -> tuple[str, str]:
        """Who signs for the establishment, and as what: its representative, or a stand-in when unknown."""
        return self.representative or "Đại diện cơ sở", self.representative_title or "Chủ cơ sở"

    @property
    def eligible(self) -> bool:
        """A commune (or special zone), or a craft village the city recognises (Decree 235)."""
        return self.unit_kind != AdminUnitKind.WARD.value or bool(self.village)


@dataclass
class Timeline:
    """The dates of one project, in order; None for the steps it has not reached."""

    application: dt.date
    received: dt.date
    survey: dt.date | None = None
    approval: dt.date | None = None
    contract: dt.date | None = None
    inspections: list[dt.date] = field(default_factory=list)
    deadlines: list[dt.date | None] = field(default_factory=list)
    acceptance: dt.date | None = None


def officer_at(officer: tuple[str, str, str], establishment: Candidate) -> tuple[str, str, str]:
    """(name, title, unit) of a demo officer; the commune's officer works at the establishment's own commune
    or ward ("UBND xã Chuyên Mỹ"): minutes name the unit in full, never a bare "UBND xã"."""
    name, title, unit = officer
    if unit == "UBND xã" and establishment.unit_name:
        unit = f"UBND {lower_first(establishment.unit_name)}"
    return name, title, unit
