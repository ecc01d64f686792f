"""The one family of minutes: surveys, inspections and acceptances listed, searched and offered as drafts
the same way. What differs per kind (its table, its date, its service, its words) is one `KindParts` each.

Anki's browser is the model: one table over several kinds of item, with per-kind state only where the
kinds truly differ. The services of each kind (field_records, acceptances) keep what only they do; the
shared steps of their lives (numbering, finalizing, correcting) live in services/finalizing.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from sqlalchemy import func, literal, null, select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.db.models_phones import Phone, PhoneSubmission
from kc_desktop.db.models_work import Acceptance, FieldRecord, FormTemplate, Project
from kc_desktop.domain.enums import Labelled
from kc_desktop.domain.text import tokens
from kc_desktop.errors import NotFound
from kc_desktop.services import acceptances, field_records
from kc_desktop.services.field_records import RecordState

CHUNK = 500  # ids per IN (…) when reading rows


class MinutesKind(Labelled):
    SURVEY = "survey", "Khảo sát, thẩm tra"
    INSPECTION = "inspection", "Kiểm tra"
    ACCEPTANCE = "acceptance", "Nghiệm thu"


@dataclass(frozen=True)
class KindParts:
    """What one kind of minutes is made of: the table it lives in, its date, the service that edits it."""

    kind: MinutesKind
    model: Any  # FieldRecord or Acceptance: both have the columns the list reads
    date_column: str
    service: ModuleType  # load, save_draft, problems, finalize, correct, discard_draft for this kind
    draft_prefix: str  # how Hôm nay titles a draft: "Nghiệm thu: <establishment>"

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)


PARTS = {
    MinutesKind.SURVEY: KindParts(MinutesKind.SURVEY, FieldRecord, "record_date",
                                  field_records, "Khảo sát, thẩm tra"),
    MinutesKind.INSPECTION: KindParts(MinutesKind.INSPECTION, FieldRecord, "record_date",
                                      field_records, "Kiểm tra"),
    MinutesKind.ACCEPTANCE: KindParts(MinutesKind.ACCEPTANCE, Acceptance, "acceptance_date",
                                      acceptances, "Nghiệm thu"),
}
TABLES = frozenset(parts.table for parts in PARTS.values())  # where minutes live: what a list refreshes on


def parts(kind: str | MinutesKind) -> KindParts:
    return PARTS[MinutesKind(kind)]


@dataclass(frozen=True)
class MinutesRow:
    """What a list of minutes shows of one record, whatever its kind."""

    id: str
    kind: str
    state: str
    number_text: str
    date: dt.date | None
    establishment_id: str
    establishment_name: str
    project_id: str
    project_code: str
    project_title: str
    plan_year: int | None
    round: int | None
    template_title: str  # surveys and inspections: the form used; "" for an acceptance
    total_amount: int | None  # acceptances only
    kc_amount: int | None
    error_count: int
    supersedes_id: str | None
    superseded: bool
    updated_at: dt.datetime

    @property
    def state_label(self) -> str:
        return RecordState(self.state).label


@dataclass(frozen=True)
class DraftRow:
    """An unfinished record, as Hôm nay offers it to continue."""

    id: str
    kind: str
    title: str
    record_date: dt.date | None
    updated_at: dt.datetime
    error_count: int
    phone: str = ""  # the phone it came from (ODK Collect), "" for one begun on this computer


def _of_kind(kind: MinutesKind) -> list[Any]:
    model = PARTS[kind].model
    conditions = [model.deleted_at.is_(None)]
    if model is FieldRecord:
        conditions.append(FieldRecord.kind == kind.value)
    return conditions


def search_ids(
    db: Database,
    kind: str | MinutesKind,
    text: str = "",
    state: str | None = None,
    project_id: str | None = None,
    plan_round: tuple[int, int] | None = None,
) -> list[str]:
    """Ids of the minutes of a kind whose establishment, project (code or title) or number match the
    words typed (accents optional), filtered by state, project and plan round.

    Drafts come first (they are the work in hand), then the newest sessions.
    """
    kind = MinutesKind(kind)
    info = PARTS[kind]
    model = info.model
    conditions = _of_kind(kind)
    if state:
        conditions.append(model.state == state)
    if project_id:
        conditions.append(model.project_id == project_id)
    if plan_round is not None:
        conditions += [Project.plan_year == plan_round[0], Project.round == plan_round[1]]
    for word in tokens(text):
        pattern = f"%{word}%"
        conditions.append(
            Establishment.name_sort.like(pattern)
            | Project.title_sort.like(pattern)
            | func.lower(Project.code).like(pattern)
            | func.lower(model.number_text).like(pattern)
        )
    query = (
        select(model.id)
        .outerjoin(Establishment, Establishment.id == model.establishment_id)
        .outerjoin(Project, Project.id == model.project_id)
        .where(*conditions)
        .order_by(
            (model.state == RecordState.DRAFT.value).desc(),
            getattr(model, info.date_column).desc(),
            model.created_at.desc(),
        )
    )
    with db.read() as session:
        return list(session.scalars(query))


def rows(db: Database, kind: str | MinutesKind, ids: list[str]) -> list[MinutesRow]:
    """List rows in the order of `ids` (missing or deleted ids are left out)."""
    if not ids:
        return []
    kind = MinutesKind(kind)
    info = PARTS[kind]
    model = info.model
    is_field = model is FieldRecord
    extras = ((FormTemplate.title, null(), null()) if is_field
              else (literal(""), Acceptance.total_amount, Acceptance.kc_amount))
    found: dict[str, MinutesRow] = {}
    with db.read() as session:
        for begin in range(0, len(ids), CHUNK):
            chunk = ids[begin : begin + CHUNK]
            newer = set(session.scalars(select(model.supersedes_id).where(
                model.supersedes_id.in_(chunk), model.deleted_at.is_(None))))
            query = (
                select(model.id, model.state, model.number_text, getattr(model, info.date_column),
                       model.establishment_id, Establishment.name, model.project_id, Project.code, Project.title,
                       Project.plan_year, Project.round, *extras, model.error_count, model.supersedes_id,
                       model.updated_at)
                .outerjoin(Establishment, Establishment.id == model.establishment_id)
                .outerjoin(Project, Project.id == model.project_id)
                .where(model.id.in_(chunk), *_of_kind(kind))
            )
            if is_field:
                query = query.join(FormTemplate, FormTemplate.id == FieldRecord.template_id)
            for (record_id, state, number, day, place_id, place, project, code, title, year, number_round,
                 template, total, kc, errors, supersedes, updated) in session.execute(query):
                found[record_id] = MinutesRow(
                    record_id, kind.value, state, number, day, place_id or "", place or "", project or "",
                    code or "", title or "", year, number_round, template or "", total, kc, errors, supersedes,
                    record_id in newer, updated)
    return [found[i] for i in ids if i in found]


def rounds(db: Database, kind: str | MinutesKind) -> list[tuple[int, int]]:
    """(plan year, round) of the projects that have minutes of this kind, newest first."""
    kind = MinutesKind(kind)
    model = PARTS[kind].model
    query = (
        select(Project.plan_year, Project.round)
        .join(model, model.project_id == Project.id)
        .where(*_of_kind(kind))
        .distinct()
        .order_by(Project.plan_year.desc(), Project.round.desc())
    )
    with db.read() as session:
        return [(int(year), int(number)) for year, number in session.execute(query) if year is not None]


def drafts(db: Database) -> list[DraftRow]:
    """Unfinished minutes of every kind, newest first: what Hôm nay offers to continue."""
    found: list[DraftRow] = []
    with db.read() as session:
        for model, date_column in ((FieldRecord, FieldRecord.record_date), (Acceptance, Acceptance.acceptance_date)):
            kind_column = FieldRecord.kind if model is FieldRecord else literal(MinutesKind.ACCEPTANCE.value)
            query = (
                select(model.id, kind_column, Establishment.name, date_column, model.updated_at, model.error_count)
                .outerjoin(Establishment, Establishment.id == model.establishment_id)
                .where(model.deleted_at.is_(None), model.state == RecordState.DRAFT.value)
            )
            for record_id, kind, name, day, updated, errors in session.execute(query):
                title = f"{PARTS[MinutesKind(kind)].draft_prefix}: {name or '(chưa chọn cơ sở)'}"
                found.append(DraftRow(record_id, kind, title, day, updated, errors))
    marks = _phone_marks(db, [d.id for d in found])
    found = [dataclasses.replace(d, title=f"{d.title} ({marks[d.id][1]})", phone=marks[d.id][0] or "điện thoại")
             if d.id in marks else d for d in found]
    return sorted(found, key=lambda d: d.updated_at, reverse=True)


def _phone_marks(db: Database, record_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Record id → (the phone it came from, "" when imported from a folder; the words that say so), for drafts
    made from submissions: "từ điện thoại …", and "đã sửa trên điện thoại" once an edit sent from the phone
    (meta/deprecatedID) has replaced its answers."""
    if not record_ids:
        return {}
    phones: dict[str, str] = {}
    edited: set[str] = set()
    with db.read() as session:
        query = (select(PhoneSubmission.record_id, Phone.name, PhoneSubmission.status)
                 .outerjoin(Phone, Phone.id == PhoneSubmission.phone_id)
                 .where(PhoneSubmission.record_id.in_(record_ids)))
        for record_id, name, status in session.execute(query):
            if not record_id:
                continue
            phones[record_id] = phones.get(record_id) or name or ""
            if status == "replaced":  # kc_desktop.phones.intake.REPLACED: an edit took its place
                edited.add(record_id)
    return {record_id: (name, f"từ điện thoại{' ' + name if name else ''}"
                        + (", đã sửa trên điện thoại" if record_id in edited else ""))
            for record_id, name in phones.items()}


def of_project(db: Database, project_id: str) -> list[MinutesRow]:
    """Every record of minutes of a project, surveys first, then inspections, then acceptances."""
    return [row for kind in MinutesKind for row in rows(db, kind, search_ids(db, kind, project_id=project_id))]


def has_drafts(db: Database) -> bool:
    with db.read() as session:
        return any(session.scalar(select(model.id).where(model.deleted_at.is_(None),
                                                         model.state == RecordState.DRAFT.value).limit(1))
                   for model in (FieldRecord, Acceptance))


def kind_of(db: Database, record_id: str) -> MinutesKind:
    """The kind of the minutes with this id."""
    with db.read() as session:
        kind = session.scalar(select(FieldRecord.kind).where(FieldRecord.id == record_id))
        if kind is None and session.get(Acceptance, record_id) is not None:
            kind = MinutesKind.ACCEPTANCE.value
    if kind is None:
        raise NotFound("Không tìm thấy biên bản.")
    return MinutesKind(kind)


def service(kind: str | MinutesKind) -> ModuleType:
    """The module that edits minutes of this kind: load, save_draft, problems, finalize, correct, discard_draft."""
    return parts(kind).service

