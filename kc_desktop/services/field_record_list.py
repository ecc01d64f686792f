"""Lists of surveys and inspections: search by words, kind and state, rows for the lazy list models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.db.models_work import FieldRecord, FormTemplate, Project
from kc_desktop.services.field_records import RecordState


@dataclass(frozen=True)
class RecordRow:
    """What the survey and inspection lists show of a record."""

    id: str
    kind: str
    state: str
    number_text: str
    record_date: dt.date | None
    establishment_name: str
    project_code: str
    project_title: str
    template_title: str
    error_count: int
    supersedes_id: str | None
    superseded: bool
    updated_at: dt.datetime

    @property
    def state_label(self) -> str:
        return RecordState(self.state).label


def search_ids(db: Database, kind: str | None = None, text: str = "", state: str | None = None) -> list[str]:
    """Ids of the records of a kind whose establishment, project or number match the words typed.

    Drafts come first (they are the work in hand), then the newest records.
    """
    from kc_desktop.domain.text import tokens

    conditions = [FieldRecord.deleted_at.is_(None)]
    if kind:
        conditions.append(FieldRecord.kind == kind)
    if state:
        conditions.append(FieldRecord.state == state)
    for word in tokens(text):
        pattern = f"%{word}%"
        conditions.append(
            Establishment.name_sort.like(pattern)
            | Project.title_sort.like(pattern)
            | func.lower(FieldRecord.number_text).like(pattern)
        )
    query = (
        select(FieldRecord.id)
        .outerjoin(Establishment, Establishment.id == FieldRecord.establishment_id)
        .outerjoin(Project, Project.id == FieldRecord.project_id)
        .where(*conditions)
        .order_by(
            (FieldRecord.state == RecordState.DRAFT.value).desc(),
            FieldRecord.record_date.desc(),
            FieldRecord.created_at.desc(),
        )
    )
    with db.read() as session:
        return list(session.scalars(query))


def rows(db: Database, ids: list[str]) -> list[RecordRow]:
    """List rows in the order of `ids` (missing ids are left out)."""
    if not ids:
        return []
    found: dict[str, RecordRow] = {}
    with db.read() as session:
        for begin in range(0, len(ids), 500):
            chunk = ids[begin : begin + 500]
            newer = set(
                session.scalars(
                    select(FieldRecord.supersedes_id).where(
                        FieldRecord.supersedes_id.in_(chunk), FieldRecord.deleted_at.is_(None)
                    )
                )
            )
            query = (
                select(
                    FieldRecord.id,
                    FieldRecord.kind,
                    FieldRecord.state,
                    FieldRecord.number_text,
                    FieldRecord.record_date,
                    Establishment.name,
                    Project.code,
                    Project.title,
                    FormTemplate.title,
                    FieldRecord.error_count,
                    FieldRecord.supersedes_id,
                    FieldRecord.updated_at,
                )
                .outerjoin(Establishment, Establishment.id == FieldRecord.establishment_id)
                .outerjoin(Project, Project.id == FieldRecord.project_id)
                .join(FormTemplate, FormTemplate.id == FieldRecord.template_id)
                .where(FieldRecord.id.in_(chunk), FieldRecord.deleted_at.is_(None))
            )
            for r in session.execute(query):
                found[r[0]] = RecordRow(
                    r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or "", r[7] or "", r[8], r[9], r[10], r[0] in newer,
                    r[11],
                )
    return [found[i] for i in ids if i in found]
