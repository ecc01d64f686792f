"""Reference lists for choosers: wards/communes, sector groups, kinds of support, craft villages."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeGuard

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, AppSetting, CraftVillage, Establishment, Sector, SupportKind
from kc_desktop.domain.rules import SupportLimit, parse_support_limits, support_limits
from kc_desktop.domain.text import nfc
from kc_desktop.errors import ValidationFailed


@dataclass(frozen=True)
class Choice:
    """One entry of a chooser: the stored code and the label shown."""

    code: str
    label: str
    extra: str = ""


def admin_units(db: Database) -> list[Choice]:
    with db.read() as session:
        rows = session.execute(select(AdminUnit.code, AdminUnit.name, AdminUnit.kind).order_by(AdminUnit.name_folded))
        return [Choice(code, name, kind) for code, name, kind in rows]


def sectors(db: Database) -> list[Choice]:
    with db.read() as session:
        return [Choice(c, n) for c, n in session.execute(select(Sector.code, Sector.name).order_by(Sector.position))]


def support_kinds(db: Database) -> list[Choice]:
    with db.read() as session:
        query = select(SupportKind.code, SupportKind.name).order_by(SupportKind.position)
        return [Choice(c, n) for c, n in session.execute(query)]


def craft_villages(db: Database) -> list[Choice]:
    """Craft villages in use; `extra` says whether the city recognised it."""
    with db.read() as session:
        query = (
            select(CraftVillage.id, CraftVillage.name, CraftVillage.recognised)
            .where(CraftVillage.deleted_at.is_(None))
            .order_by(CraftVillage.name_folded)
        )
        return [Choice(i, n, "recognised" if r else "") for i, n, r in session.execute(query)]


@dataclass(frozen=True)
class CraftVillageRow:
    """A craft village as the catalogue editor shows it."""

    id: str
    name: str
    admin_unit_code: str | None
    admin_unit_name: str
    products: str
    recognised: bool
    recognition_decision: str
    establishments: int


def craft_village_rows(db: Database) -> list[CraftVillageRow]:
    counts = (
        select(Establishment.craft_village_id, func.count().label("n"))
        .where(Establishment.deleted_at.is_(None))
        .group_by(Establishment.craft_village_id)
        .subquery()
    )
    query = (
        select(CraftVillage, AdminUnit.name, counts.c.n)
        .outerjoin(AdminUnit, AdminUnit.code == CraftVillage.admin_unit_code)
        .outerjoin(counts, counts.c.craft_village_id == CraftVillage.id)
        .where(CraftVillage.deleted_at.is_(None))
        .order_by(CraftVillage.name_folded)
    )
    with db.read() as session:
        return [
            CraftVillageRow(v.id, v.name, v.admin_unit_code, unit or "", v.products, v.recognised,
                            v.recognition_decision, n or 0)
            for v, unit, n in session.execute(query)
        ]


def save_craft_village(
    db: Database,
    actor: Actor,
    village_id: str | None,
    name: str,
    admin_unit_code: str | None,
    products: str = "",
    recognised: bool = False,
    decision: str = "",
) -> str:
    """Create or edit a craft village (làng nghề)."""
    name = nfc(name)
    if not name:
        raise ValidationFailed({"name": "Chưa nhập tên làng nghề."})
    with db.session(actor) as session:
        if admin_unit_code and session.get(AdminUnit, admin_unit_code) is None:
            raise ValidationFailed({"admin_unit_code": f"Không có xã/phường mã {admin_unit_code}."})
        village = session.get(CraftVillage, village_id) if village_id else CraftVillage()
        if village is None:
            raise ValidationFailed({"name": "Làng nghề này không còn trong danh mục."})
        village.name, village.admin_unit_code, village.products = name, admin_unit_code or None, nfc(products)
        village.recognised, village.recognition_decision = recognised, nfc(decision)
        session.add(village)
        session.flush()
        _refresh_search(session, village.id)
        return village.id


def _refresh_search(session: Session, village_id: str) -> None:
    """Establishments fold their craft village's name into their search text: keep it in step."""
    session.info.pop(f"kc_names_{CraftVillage.__tablename__}", None)
    for establishment in session.scalars(select(Establishment).where(Establishment.craft_village_id == village_id)):
        establishment.before_save(session)  # derived local columns only: no new version, no change-log row


SUPPORT_LIMITS = "support_limits"  # AppSetting holding the table the city last sent, if any


def support_limit_table(session: Session) -> tuple[SupportLimit, ...]:
    """The support limits in force here: the city's latest table, or the one shipped with the program."""
    setting = session.get(AppSetting, SUPPORT_LIMITS)
    if setting is None:
        return support_limits()
    return _parsed_limits(setting.value)


@lru_cache(maxsize=4)
def _parsed_limits(payload: str) -> tuple[SupportLimit, ...]:
    try:
        return parse_support_limits(json.loads(payload))
    except (ValueError, KeyError, TypeError):  # never stop work over a bad table: fall back to the shipped one
        return support_limits()


def limits_of(db: Database) -> tuple[SupportLimit, ...]:
    with db.read() as session:
        return support_limit_table(session)


# The one place support limits are read and kept: the table in force as parsed rules (above), as the
# JSON a city publishes, its check, and storing a new one (from the city's package, or adopted by the city).


def limits_document(db: Database) -> dict[str, Any]:
    """The table in force as JSON: the one received or adopted here, or the shipped one."""
    with db.read() as session:
        setting = session.get(AppSetting, SUPPORT_LIMITS)
    if setting is not None:
        return dict(json.loads(setting.value))
    return dict(json.loads(paths.resource("reference", "support_limits.json").read_text("utf-8")))


def usable_limits(data: object) -> TypeGuard[dict[str, Any]]:
    """A table of support limits this program can use (else it would quietly fall back to the shipped one)."""
    if not isinstance(data, dict) or not isinstance(data.get("limits"), list):
        return False
    try:
        parse_support_limits(data)
    except (ValueError, KeyError, TypeError, AttributeError):
        return False
    return True


def keep_limits(session: Session, data: Mapping[str, Any]) -> None:
    """Make a checked table the one in force here, in the caller's transaction."""
    session.merge(AppSetting(key=SUPPORT_LIMITS, value=json.dumps(data, ensure_ascii=False)))
