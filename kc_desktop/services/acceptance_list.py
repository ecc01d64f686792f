"""The list of acceptance minutes (nghiệm thu): ids matching a search, then rows a page at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.db.models_work import Acceptance, Project
from kc_desktop.domain.text import tokens
from kc_desktop.services.field_records import DraftRow, RecordState


@dataclass(frozen=True)
class AcceptanceRow:
    """What the acceptance list shows of a record."""

    id: str
    state: str
    number_text: str
    acceptance_date: dt.date | None
    project_id: str
    project_code: str
    project_title: str
    plan_year: int
    round: int
    establishment_id: str
    establishment_name: str
    total_amount: int
    kc_amount: int
    error_count: int
    supersedes_id: str | None
    superseded: bool

    @property
    def state_label(self) -> str:
        return RecordState(self.state).label


def search_ids(
    db: Database,
    text: str = "",
    state: str | None = None,
    project_id: str | None = None,
    plan_round: tuple[int, int] | None = None,
) -> list[str]:
    """Acceptances whose beneficiary, project (code or title) or number match the words typed.

    Drafts first (the work in hand), then the newest sessions.
    """
    conditions = [Acceptance.deleted_at.is_(None)]
    if state:
        conditions.append(Acceptance.state == state)
    if project_id:
        conditions.append(Acceptance.project_id == project_id)
    if plan_round is not None:
        conditions += [Project.plan_year == plan_round[0], Project.round == plan_round[1]]
    for word in tokens(text):
        pattern = f"%{word}%"
        conditions.append(
            Establishment.name_sort.like(pattern)
            | Project.title_sort.like(pattern)
            | func.lower(Acceptance.number_text).like(pattern)
        )
    query = (
        select(Acceptance.id)
        .join(Establishment, Establishment.id == Acceptance.establishment_id)
        .join(Project, Project.id == Acceptance.project_id)
        .where(*conditions)
        .order_by(
            (Acceptance.state == RecordState.DRAFT.value).desc(),
            Acceptance.acceptance_date.desc(),
            Acceptance.created_at.desc(),
        )
    )
    with db.read() as session:
        return list(session.scalars(query))


def rows(db: Database, ids: list[str]) -> list[AcceptanceRow]:
    """List rows in the order of `ids` (missing ids are left out)."""
    if not ids:
        return []
    found: dict[str, AcceptanceRow] = {}
    with db.read() as session:
        for begin in range(0, len(ids), 500):
            chunk = ids[begin : begin + 500]
            newer = set(
                session.scalars(
                    select(Acceptance.supersedes_id).where(
                        Acceptance.supersedes_id.in_(chunk), Acceptance.deleted_at.is_(None)
                    )
                )
            )
            query = (
                select(
                    Acceptance.id,
                    Acceptance.state,
                    Acceptance.number_text,
                    Acceptance.acceptance_date,
                    Project.id,
                    Project.code,
                    Project.title,
                    Project.plan_year,
                    Project.round,
                    Establishment.id,
                    Establishment.name,
                    Acceptance.total_amount,
                    Acceptance.kc_amount,
                    Acceptance.error_count,
                    Acceptance.supersedes_id,
                )
                .join(Establishment, Establishment.id == Acceptance.establishment_id)
                .join(Project, Project.id == Acceptance.project_id)
                .where(Acceptance.id.in_(chunk), Acceptance.deleted_at.is_(None))
            )
            for r in session.execute(query):
                found[r[0]] = AcceptanceRow(*r, superseded=r[0] in newer)  # type: ignore[arg-type]
    return [found[i] for i in ids if i in found]


def rounds(db: Database) -> list[tuple[int, int]]:
    """(plan year, round) of the projects that have acceptances, newest first."""
    query = (
        select(Project.plan_year, Project.round)
        .join(Acceptance, Acceptance.project_id == Project.id)
        .where(Acceptance.deleted_at.is_(None))
        .distinct()
        .order_by(Project.plan_year.desc(), Project.round.desc())
    )
    with db.read() as session:
        return [(int(year), int(number)) for year, number in session.execute(query)]


def drafts(db: Database) -> list[DraftRow]:
    """Unfinished acceptance minutes, newest first, as the "Hôm nay" view lists drafts."""
    query = (
        select(Acceptance.id, Establishment.name, Acceptance.acceptance_date, Acceptance.updated_at,
               Acceptance.error_count)
        .join(Establishment, Establishment.id == Acceptance.establishment_id)
        .where(Acceptance.deleted_at.is_(None), Acceptance.state == "draft")
        .order_by(Acceptance.updated_at.desc())
    )
    with db.read() as session:
        return [DraftRow(i, "acceptance", f"Nghiệm thu: {name}", day, updated, errors)
                for i, name, day, updated, errors in session.execute(query)]
