"""Record counts per entity, for `stats` and the status bar."""

from __future__ import annotations

from sqlalchemy import Select, func, select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, ChangeLog, CraftVillage, Establishment, Officer, Site
from kc_desktop.db.models_work import Acceptance, FieldRecord, FollowUpAction, FormTemplate, Project


def _records(kind: str) -> Select[int]:
    return (
        select(func.count()).select_from(FieldRecord).where(FieldRecord.deleted_at.is_(None), FieldRecord.kind == kind)
    )


def record_counts(db: Database) -> dict[str, int]:
    """Live records per entity (soft-deleted establishments counted apart)."""
    queries = {
        "sites": select(func.count()).select_from(Site).where(Site.deleted_at.is_(None)),
        "officers": select(func.count()).select_from(Officer).where(Officer.deleted_at.is_(None)),
        "admin_units": select(func.count()).select_from(AdminUnit),
        "craft_villages": select(func.count()).select_from(CraftVillage).where(CraftVillage.deleted_at.is_(None)),
        "establishments": select(func.count()).select_from(Establishment).where(Establishment.deleted_at.is_(None)),
        "establishments_deleted": select(func.count())
        .select_from(Establishment)
        .where(Establishment.deleted_at.is_not(None)),
        "projects": select(func.count()).select_from(Project).where(Project.deleted_at.is_(None)),
        "form_templates": select(func.count()).select_from(FormTemplate).where(FormTemplate.deleted_at.is_(None)),
        "surveys": _records("survey"),
        "inspections": _records("inspection"),
        "acceptances": select(func.count()).select_from(Acceptance).where(Acceptance.deleted_at.is_(None)),
        "drafts": select(func.count())
        .select_from(FieldRecord)
        .where(FieldRecord.deleted_at.is_(None), FieldRecord.state == "draft"),
        "follow_up_actions": select(func.count())
        .select_from(FollowUpAction)
        .where(FollowUpAction.deleted_at.is_(None)),
        "change_log": select(func.count()).select_from(ChangeLog),
    }
    with db.read() as session:
        return {name: session.scalar(query) or 0 for name, query in queries.items()}
