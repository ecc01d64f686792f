"""Demo projects across every status, each one story an officer could have lived.

An application, a survey that finds the establishment eligible (or not), an approval decision and a
contract, inspections whose conclusions follow their findings, invoices before the acceptance. Dates run in
that order, dated backwards from today so the last step of each project lies a plausible time ago for its
status; which records a project gets (draft or finalized) follows from how far it went.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, CraftVillage, Establishment
from kc_desktop.domain.enums import AdminUnitKind
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput, ProjectStatus
from kc_desktop.domain.text import fold
from kc_desktop.errors import ValidationFailed
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.progress import Progress, Steps
from kc_desktop.services import field_records, projects, templates
from kc_desktop.services.demo_work.acceptance import write_acceptance
from kc_desktop.services.demo_work.answers import sample_answers, summary
from kc_desktop.services.demo_work.catalogue import (
    ACTIONS,
    CATALOGUE,
    KINDS,
    OFFICERS,
    SHORTCOMINGS,
    SUPPLIERS,
    SURVEY_CONDITIONS,
    VIOLATIONS,
)
from kc_desktop.services.demo_work.facts import (
    Candidate,
    Facts,
    Line,
    Timeline,
    application_text,
    contract_text,
    decision_text,
    dmy,
    inspection_plan_text,
    kc_share,
    listed,
    lower_first,
    officer_at,
    plan_text,
)
from kc_desktop.services.field_records import Participant


@dataclass(frozen=True)
class WorkSummary:
    projects: int
    surveys: int
    inspections: int
    acceptances: int = 0


def _pool(db: Database) -> list[Candidate]:
    query = (
        select(
            Establishment.id, Establishment.name, Establishment.kind, Establishment.sector_code, Establishment.trade,
            Establishment.products, Establishment.employees, Establishment.women_owned,
            Establishment.ethnic_minority_owned, Establishment.representative, Establishment.representative_title,
            AdminUnit.kind, CraftVillage.name, CraftVillage.recognised, CraftVillage.recognition_decision,
            CraftVillage.recognition_date, AdminUnit.name,
        )
        .outerjoin(AdminUnit, AdminUnit.code == Establishment.admin_unit_code)
        .outerjoin(CraftVillage, CraftVillage.id == Establishment.craft_village_id)
        .where(Establishment.deleted_at.is_(None))
        .order_by(Establishment.name_sort)
        .limit(2000)
    )
    pool = []
    # The demo's officers sit on the team and the council: an establishment one of them represents is left
    # out (one person on both sides is a contradiction the minutes would have to explain).
    officers = {" ".join(fold(officer[0]).split()) for officer in OFFICERS}
    with db.read() as session:
        for row in session.execute(query):
            (id_, name, kind, sector, trade, products, employees, women, ethnic, representative, title,
             unit_kind, village, recognised, decision, decided, unit_name) = row
            if " ".join(fold(representative or "").split()) in officers:
                continue
            if village and recognised:
                basis = f"Quyết định số {decision}" if decision else "quyết định của UBND thành phố Hà Nội"
                village = f"{village}, được công nhận theo {basis}" + (f" ngày {dmy(decided)}" if decided else "")
            else:
                village = ""
            pool.append(Candidate(
                id_, name, kind or "household", sector or "", trade or "", products or trade or "Sản phẩm thủ công",
                max(int(employees or 0), 2), bool(women), bool(ethnic), representative or "", title or "",
                unit_kind or AdminUnitKind.COMMUNE.value, village, unit_name or "",
            ))
    return pool


def generate(db: Database, actor: Actor, count: int = 40, seed: int = 1) -> Steps[WorkSummary]:
    rng = random.Random(seed + 1000)
    pool = _pool(db)
    survey_t = templates.published(db, "survey")
    inspection_t = templates.published(db, "inspection")
    if not pool or not survey_t or not inspection_t:
        return WorkSummary(0, 0, 0)
    eligible = [c for c in pool if c.eligible]
    ineligible = [c for c in pool if not c.eligible]
    survey_def = templates.definition(db, survey_t[0].id)
    inspection_def = templates.definition(db, inspection_t[0].id)
    today = dt.date.today()
    order = list(ProjectStatus)
    surveys = inspections = accepted = 0
    for index in range(count):
        status = order[index % len(order)]
        outcome, issues = _survey_outcome(rng, status)
        if outcome == "ineligible" and ineligible and rng.random() < 0.6:
            first, issues = rng.choice(ineligible), ("ward",)
        else:
            first = rng.choice(eligible or pool)
            if not first.eligible:  # an office whose establishments are all ineligible: nothing goes ahead
                status, outcome, issues = ProjectStatus.CANCELLED, "ineligible", ("ward",)
        others = [c for c in eligible if c.id != first.id]
        beneficiaries = [first] + (rng.sample(others, 1) if others and rng.random() < 0.25 else [])
        kind, title = rng.choice(KINDS)
        lines = [_lines(rng, b.trade) for b in beneficiaries]
        shares = []
        for beneficiary, items in zip(beneficiaries, lines, strict=True):
            total = sum(line.amount for line in items)
            kc = kc_share(total)
            shares.append(BeneficiaryInput(beneficiary.id, total, kc, total - kc))
        first_inspection = _inspection_outcome(rng, status)
        times = _timeline(rng, status, first_inspection, today)
        year = (times.approval or times.survey or times.received).year
        kc_total = sum(s.kc_amount for s in shares)
        advanced, settled = _payments(rng, status, kc_total)
        decision_no = f"{rng.randrange(100, 999)}/QĐ-SCT" if times.approval else ""
        contract_no = f"{rng.randrange(10, 99)}/HĐ-KC" if times.contract else ""
        equipment = lower_first(lines[0][0].equipment.name)
        data = ProjectInput(
            code=f"KC-{year}-{index + 1:03d}",
            title=title.format(equipment=equipment),
            plan_year=year,
            round=rng.randrange(1, 3),
            funding_source=rng.choice(["local", "local", "national"]),
            support_kind_code=kind,
            approval_decision_no=decision_no,
            approval_date=times.approval,
            contract_no=contract_no,
            contract_date=times.contract,
            planned_start=times.contract,
            planned_end=times.contract + dt.timedelta(days=150) if times.contract else None,
            total_amount=sum(s.total_amount for s in shares),
            kc_amount=kc_total,
            counterpart_amount=sum(s.counterpart_amount for s in shares),
            advanced_amount=advanced,
            settled_amount=settled,
            beneficiaries=shares,
        )
        project_id = projects.save(db, actor, None, data)
        for step in order[1 : order.index(status) + 1] if status is not ProjectStatus.CANCELLED else []:
            projects.transition(db, actor, project_id, step.value)
        if status is ProjectStatus.CANCELLED:
            reason = ("Cơ sở không đủ điều kiện hỗ trợ theo kết quả khảo sát." if outcome == "ineligible"
                      else "Cơ sở xin rút khỏi danh sách hỗ trợ.")
            projects.transition(db, actor, project_id, "cancelled", reason)
        plan_day = _plan_day(rng, times.application)
        facts = Facts(
            day=times.received,
            establishment=first.name,
            kind=first.kind,
            sector_code=first.sector_code,
            products=first.products,
            employees=first.employees,
            women=rng.randrange(0, first.employees // (1 if first.women_owned else 2) + 1),
            women_owned=first.women_owned,
            ethnic_minority_owned=first.ethnic_minority_owned,
            unit_kind=first.unit_kind,
            village=first.village,
            plan=plan_text(rng, plan_day),
            application=application_text(rng, times.application, first.kind),
            received=times.received,
            lines=lines[0],
            supplier=rng.choice(SUPPLIERS),
            kc_amount=shares[0].kc_amount,
            decision=decision_text(decision_no, times.approval) if times.approval else "",
            contract=contract_text(contract_no, times.contract) if times.contract else "",
            counterpart=shares[0].counterpart_amount,
            leased=rng.random() < 0.3,
            outcome=outcome,
            issues=issues,
        )
        if times.survey is not None:
            facts.day = times.survey
            final = not (status is ProjectStatus.SURVEYED and index % 2)
            surveys += _record(db, actor, rng, "survey", survey_t[0].id, survey_def, project_id, first, facts, final)
        for round_no, day in enumerate(times.inspections, start=1):
            outcome_i, issues_i = first_inspection if round_no == 1 else ("ok", ())
            last = round_no == len(times.inspections)
            plan_day = day - dt.timedelta(days=rng.randrange(5, 15))
            facts = dataclasses.replace(
                facts, day=day, round=round_no, outcome=outcome_i, issues=issues_i,
                inspection_plan=inspection_plan_text(rng, max(plan_day, times.contract or plan_day)),
                completion=100 if status is not ProjectStatus.IN_PROGRESS else rng.randrange(5, 10) * 10,
                deadline=times.deadlines[round_no - 1], extra={"no_environment": rng.random() < 0.1},
            )
            final = status is not ProjectStatus.IN_PROGRESS
            inspections += _record(db, actor, rng, "inspection", inspection_t[0].id, inspection_def, project_id,
                                   first, facts, final, followed_up=not last)
        if times.acceptance is not None:
            accepted += write_acceptance(
                db, actor, rng, project_id, first, shares[0], lines[0], times, facts.supplier,
                late_invoice="invoice" in first_inspection[1], final=status is not ProjectStatus.INSPECTED,
            )
        yield Progress(index + 1, count, "Đang tạo đề án mẫu…")
    return WorkSummary(count, surveys, inspections, accepted)


def _survey_outcome(rng: random.Random, status: ProjectStatus) -> tuple[str, tuple[str, ...]]:
    """What the survey finds: projects that went ahead were eligible; a cancelled one often was not."""
    if status is ProjectStatus.CANCELLED and rng.random() < 0.6:
        return "ineligible", (rng.choice(["funds", "premises", "fire"]),)
    if rng.random() < 0.3:
        return "conditions", _one_or_two(rng, SURVEY_CONDITIONS)
    return "eligible", ()


def _inspection_outcome(rng: random.Random, status: ProjectStatus) -> tuple[str, tuple[str, ...]]:
    """The first inspection: in order, or shortcomings to put right; violations only in work under way."""
    roll = rng.random()
    if status is ProjectStatus.IN_PROGRESS and roll < 0.15:
        return "violation", (rng.choice(list(VIOLATIONS)),)
    if roll < 0.4:
        return "fix", _one_or_two(rng, SHORTCOMINGS)
    return "ok", ()


def _one_or_two(rng: random.Random, found: Mapping[str, object]) -> tuple[str, ...]:
    """One of the things a record can find, sometimes two, in the order of their table."""
    keys = list(found)
    return tuple(sorted(rng.sample(keys, rng.choice((1, 1, 2))), key=keys.index))


# How long ago (days) the last step of a project of each status took place.
_AGE = {
    ProjectStatus.PROPOSED: (0, 25),
    ProjectStatus.SURVEYED: (2, 40),
    ProjectStatus.APPROVED: (2, 40),
    ProjectStatus.IN_PROGRESS: (0, 7),
    ProjectStatus.INSPECTED: (0, 7),
    ProjectStatus.ACCEPTED: (7, 60),
    ProjectStatus.SETTLED: (60, 300),
    ProjectStatus.CANCELLED: (5, 200),
}


def _timeline(rng: random.Random, status: ProjectStatus, first: tuple[str, tuple[str, ...]],
              today: dt.date) -> Timeline:
    """Dates from the application on, each step after the one before; the last one `_AGE` days before today."""
    rank = list(ProjectStatus).index(status) if status is not ProjectStatus.CANCELLED else 1
    days = {"received": rng.randrange(1, 6)}
    days["survey"] = days["received"] + rng.randrange(5, 26)
    days["approval"] = days["survey"] + rng.randrange(20, 46)
    days["contract"] = days["approval"] + rng.randrange(5, 21)
    inspections: list[int] = [days["contract"] + rng.randrange(45, 91)]
    deadlines: list[int | None] = []
    if first[0] == "ok":
        deadlines.append(None)
    else:
        deadline = inspections[0] + rng.randrange(15, 31)
        deadlines.append(deadline)
        if rank >= list(ProjectStatus).index(ProjectStatus.INSPECTED):  # put right, then inspected again
            inspections.append(deadline + rng.randrange(2, 10))
            deadlines.append(None)
    days["acceptance"] = inspections[-1] + rng.randrange(10, 31)
    steps = ["received", "survey", "contract", "inspection", "acceptance", "acceptance", "acceptance"]
    last = steps[rank]
    span = inspections[0] if last == "inspection" else days[last]
    application = today - dt.timedelta(days=rng.randrange(*_AGE[status]) + span)

    def at(offset: int) -> dt.date:
        return application + dt.timedelta(days=offset)

    times = Timeline(application, at(days["received"]))
    if rank >= 1:
        times.survey = at(days["survey"])
    if status is ProjectStatus.CANCELLED:
        return times
    if rank >= 2:
        times.approval, times.contract = at(days["approval"]), at(days["contract"])
    if rank >= 3:
        count = 1 if status is ProjectStatus.IN_PROGRESS else len(inspections)
        times.inspections = [at(offset) for offset in inspections[:count]]
        times.deadlines = [at(offset) if offset is not None else None for offset in deadlines[:count]]
    if rank >= 4:
        times.acceptance = at(days["acceptance"])
    return times


def _plan_day(rng: random.Random, application: dt.date) -> dt.date:
    """The year's plan: mid-January, or the December before when the application came early in the year."""
    january = dt.date(application.year, 1, rng.randrange(5, 21))
    if january <= application - dt.timedelta(days=10):
        return january
    return dt.date(application.year - 1, 12, rng.randrange(10, 26))


def _lines(rng: random.Random, trade: str) -> tuple[Line, ...]:
    """One to three items of the trade's equipment, in whole half-millions of đồng."""
    catalogue = CATALOGUE.get(trade) or CATALOGUE["Gốm sứ"]
    chosen = rng.sample(catalogue, k=rng.choice([1, 1, min(2, len(catalogue))]))
    lines = []
    for equipment in chosen:
        low, high = equipment.price
        quantity = rng.randrange(2, 6) if high < 40 else 1
        lines.append(Line(equipment, quantity, rng.randrange(low * 2, high * 2 + 1) * 500_000))
    return tuple(lines)


def _payments(rng: random.Random, status: ProjectStatus, approved: int) -> tuple[int, int]:
    """Advance (tạm ứng) and settlement (quyết toán) as the status has them, in whole millions of đồng.

    Work under way has an advance of 30–70 %; an accepted project awaits its settlement; a settled
    one is settled in full, or a little under when the equipment cost less than planned.
    """

    def part(low: int, high: int) -> int:
        return min(approved, int(round(approved * rng.randrange(low, high + 1, 10) / 100, -6)))

    if status in (ProjectStatus.IN_PROGRESS, ProjectStatus.INSPECTED):
        return part(30, 70), 0
    if status is ProjectStatus.ACCEPTED:
        return part(50, 70), 0
    if status is ProjectStatus.SETTLED:
        settled = approved if rng.random() < 0.75 else part(90, 99)
        return part(50, 70), settled
    return 0, 0


def _record(
    db: Database,
    actor: Actor,
    rng: random.Random,
    kind: str,
    template_id: str,
    definition: FormDefinition,
    project_id: str,
    establishment: Candidate,
    facts: Facts,
    final: bool,
    followed_up: bool = False,
) -> int:
    record_id = field_records.start(db, actor, kind, template_id, project_id, establishment.id, facts.day)
    people = [Participant(*officer_at(officer, establishment), side="office", role=role)
              for officer, role in zip(rng.sample(OFFICERS, 2), ("chair", "secretary"), strict=True)]
    people.append(Participant(*establishment.signatory, establishment.name, "establishment"))
    answers = sample_answers(definition, rng, facts, kind)
    findings, conclusion = summary(kind, facts)
    field_records.save_draft(
        db,
        actor,
        record_id,
        {
            "place": "Tại cơ sở sản xuất",
            "start_time": "08:30",
            "end_time": "10:00",
            "participants": people,
            "answers": answers,
            "findings": findings,
            "conclusion": conclusion,
        },
    )
    action = None
    if kind == "inspection" and facts.outcome != "ok":
        # Still to be done on the day of the minutes (they are signed with it open); put right later.
        action = (listed(ACTIONS, facts.issues), "Chủ cơ sở",
                  facts.deadline or facts.day + dt.timedelta(days=15))
        action_id = field_records.save_action(db, actor, record_id, None, *action, "open")
    if final:
        # If the template's own rules find something, the demo keeps it as a draft with errors.
        with contextlib.suppress(ValidationFailed):
            field_records.finalize(db, actor, record_id)
    if action is not None and (followed_up or (final and facts.outcome == "fix" and rng.random() < 0.8)):
        # Put right by the next inspection, or (older finalized work) mostly done; the rest still open. The
        # signed minutes keep the action open; today's status shows on the follow-up sheet.
        field_records.save_action(db, actor, record_id, action_id, *action, "done")
    return 1
