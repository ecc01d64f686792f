"""Use cases of the establishment registry: create, edit, soft-delete, restore, find, show."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, CraftVillage, Establishment, Sector
from kc_desktop.db.search import EstablishmentFilter, establishment_ids_query
from kc_desktop.domain.establishment import FIELDS, EstablishmentInput, EstablishmentRow, clean
from kc_desktop.errors import DuplicateTaxCode, KCError, NotFound, ValidationFailed


class StaleRecord(KCError):
    """Someone else saved the record after it was opened."""


def check_references(session: Session, data: EstablishmentInput) -> dict[str, str]:
    """Problems with the codes an establishment points to (ward/commune, village, sector)."""
    errors: dict[str, str] = {}
    if data.admin_unit_code and session.get(AdminUnit, data.admin_unit_code) is None:
        errors["admin_unit_code"] = f"Không có xã/phường mã «{data.admin_unit_code}» trong danh mục."
    if data.craft_village_id and session.get(CraftVillage, data.craft_village_id) is None:
        errors["craft_village_id"] = "Làng nghề đã chọn không còn trong danh mục."
    if data.sector_code and session.get(Sector, data.sector_code) is None:
        errors["sector_code"] = f"Nhóm ngành «{data.sector_code}» không có trong danh mục."
    return errors


def find_by_tax_code(session: Session, tax_code: str) -> Establishment | None:
    if not tax_code:
        return None
    return session.scalars(select(Establishment).where(Establishment.tax_code == tax_code)).first()


def _validated(session: Session, data: EstablishmentInput, own_id: str | None) -> EstablishmentInput:
    errors: dict[str, str] = {}
    try:
        data = clean(data)
    except ValidationFailed as exc:
        errors.update(exc.errors)
    errors.update({k: v for k, v in check_references(session, data).items() if k not in errors})
    if errors:
        raise ValidationFailed(errors)
    other = find_by_tax_code(session, data.tax_code)
    if other is not None and other.id != own_id:
        raise DuplicateTaxCode(data.tax_code, other.id, other.name + (" — đã xóa" if other.deleted_at else ""))
    return data


def apply(record: Establishment | SimpleNamespace, data: EstablishmentInput) -> bool:
    """Copy the fields onto the record (or onto the plain object an import makes for a new one);
    True when anything changed."""
    changed = False
    for name in FIELDS:
        value = getattr(data, name)
        if name == "tax_code":
            value = value or None
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def create(db: Database, actor: Actor, data: EstablishmentInput) -> str:
    try:
        with db.session(actor) as session:
            data = _validated(session, data, None)
            record = Establishment()
            apply(record, data)
            session.add(record)
            session.flush()
            return record.id
    except IntegrityError as exc:
        _refuse_tax_code_taken_meanwhile(db, data, exc)
        raise


def _refuse_tax_code_taken_meanwhile(db: Database, data: EstablishmentInput, exc: IntegrityError) -> None:
    """On a database server, another officer may save the same tax code between our check and our write."""
    if "tax_code" not in str(exc.orig) or not data.tax_code:
        return
    with db.read() as session:
        other = find_by_tax_code(session, data.tax_code)
    if other is not None:
        raise DuplicateTaxCode(data.tax_code, other.id, other.name) from exc


def update(
    db: Database, actor: Actor, record_id: str, data: EstablishmentInput, expected_version: int | None = None
) -> int:
    """Save an edit; refuse it if the record changed since `expected_version` was read."""
    try:
        with db.session(actor) as session:
            # Locked (on a database server) so that of two officers saving the same version, the second is refused.
            record = _get(session, record_id, lock=True)
            if expected_version is not None and record.version != expected_version:
                raise StaleRecord("Hồ sơ này vừa được người khác sửa; hãy mở lại để xem bản mới nhất.")
            data = _validated(session, data, record_id)
            apply(record, data)
            session.flush()
            return record.version
    except IntegrityError as exc:
        _refuse_tax_code_taken_meanwhile(db, data, exc)
        raise


def delete(db: Database, actor: Actor, record_id: str) -> None:
    """Soft-delete: the record leaves the lists but stays, and can be restored."""
    with db.session(actor) as session:
        record = _get(session, record_id)
        if record.deleted_at is None:
            record.deleted_at = utcnow()


def restore(db: Database, actor: Actor, record_id: str) -> None:
    with db.session(actor) as session:
        record = _get(session, record_id)
        if record.deleted_at is not None:
            if record.tax_code:
                other = session.scalars(
                    select(Establishment).where(
                        Establishment.tax_code == record.tax_code, Establishment.id != record.id
                    )
                ).first()
                if other is not None:
                    raise DuplicateTaxCode(record.tax_code, other.id, other.name)
            record.deleted_at = None


def _get(session: Session, record_id: str, lock: bool = False) -> Establishment:
    record = session.get(Establishment, record_id, with_for_update=True if lock else None)
    if record is None:
        raise NotFound(f"Không tìm thấy cơ sở có mã hồ sơ {record_id}.")
    return record


def load(db: Database, record_id: str) -> tuple[EstablishmentInput, int, bool]:
    """The editable fields of one establishment, its version and whether it is deleted."""
    with db.read() as session:
        record = _get(session, record_id)
        data = EstablishmentInput(**{name: getattr(record, name) for name in FIELDS})
        data.tax_code = data.tax_code or ""
        return data, record.version, record.deleted_at is not None


def search_ids(db: Database, flt: EstablishmentFilter | None = None) -> list[str]:
    """Ids of the matching establishments, in name order (the list loads rows lazily)."""
    flt = flt or EstablishmentFilter()
    with db.read() as session:
        # Plain rows, not ORM results: a third faster on 100,000 ids (70 -> 47 ms).
        return list(session.connection().execute(establishment_ids_query(session, flt)).scalars())


def count(db: Database, deleted: bool = False) -> int:
    with db.read() as session:
        condition = Establishment.deleted_at.is_not(None) if deleted else Establishment.deleted_at.is_(None)
        return session.scalar(select(func.count()).select_from(Establishment).where(condition)) or 0


_ROW_COLUMNS = (
    Establishment.id,
    Establishment.name,
    Establishment.kind,
    Establishment.tax_code,
    Establishment.representative,
    Establishment.phone,
    Establishment.address,
    Establishment.village,
    Establishment.admin_unit_code,
    AdminUnit.name,
    Establishment.craft_village_id,
    CraftVillage.name,
    Establishment.sector_code,
    Establishment.trade,
    Establishment.employees,
    Establishment.version,
    Establishment.deleted_at,
)


def rows(db: Database, ids: Sequence[str]) -> list[EstablishmentRow]:
    """The list rows of the given ids, in the order given (missing ids are left out)."""
    if not ids:
        return []
    found: dict[str, EstablishmentRow] = {}
    with db.read() as session:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            query = (
                select(*_ROW_COLUMNS)
                .join(AdminUnit, AdminUnit.code == Establishment.admin_unit_code)
                .outerjoin(CraftVillage, CraftVillage.id == Establishment.craft_village_id)
                .where(Establishment.id.in_(chunk))
            )
            for r in session.execute(query):
                found[r[0]] = EstablishmentRow(
                    id=r[0],
                    name=r[1],
                    kind=r[2],
                    tax_code=r[3] or "",
                    representative=r[4],
                    phone=r[5],
                    address=r[6],
                    village=r[7],
                    admin_unit_code=r[8],
                    admin_unit_name=r[9],
                    craft_village_id=r[10],
                    craft_village_name=r[11] or "",
                    sector_code=r[12],
                    trade=r[13],
                    employees=r[14],
                    version=r[15],
                    deleted=r[16] is not None,
                )
    return [found[i] for i in ids if i in found]


def as_input(row: Establishment) -> EstablishmentInput:
    return dataclasses.replace(EstablishmentInput(**{name: getattr(row, name) for name in FIELDS}))
