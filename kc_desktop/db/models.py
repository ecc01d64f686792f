"""SQLAlchemy models: offices, officers, reference data, establishments, change log."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    select,
    text,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from kc_desktop.db.base import Base, Synced, UTCDateTime
from kc_desktop.domain.text import fold


class Site(Synced, Base):
    """An office installation (commune/ward, former district or city)."""

    __tablename__ = "site"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16))
    admin_unit_code: Mapped[str | None] = mapped_column(ForeignKey("admin_unit.code"))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)


class Officer(Synced, Base):
    """A person who works with the program at a site."""

    __tablename__ = "officer"
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="officer")


class AppSetting(Base):
    """Local settings of this installation (never synced)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AdminUnit(Base):
    """A current ward (phường) or commune (xã), from `vietnam-provinces`."""

    __tablename__ = "admin_unit"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    province_code: Mapped[int] = mapped_column(Integer)
    name_folded: Mapped[str] = mapped_column(String(120), index=True)


class Sector(Base):
    """An eligible sector group (nhóm ngành nghề) of Decree 45 / Decree 235."""

    __tablename__ = "sector"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    decree: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)


class SupportKind(Base):
    """A kind of support (nội dung khuyến công)."""

    __tablename__ = "support_kind"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    decree: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)


class CraftVillage(Synced, Base):
    """A craft village (làng nghề), possibly recognised by the city."""

    __tablename__ = "craft_village"
    name: Mapped[str] = mapped_column(String(200))
    admin_unit_code: Mapped[str | None] = mapped_column(ForeignKey("admin_unit.code"))
    products: Mapped[str] = mapped_column(String(300), default="")
    recognised: Mapped[bool] = mapped_column(Boolean, default=False)
    recognition_decision: Mapped[str] = mapped_column(String(100), default="")
    recognition_date: Mapped[dt.date | None] = mapped_column(default=None)
    name_folded: Mapped[str] = mapped_column(String(200), default="")

    LOCAL_COLUMNS = frozenset({"name_folded"})

    def before_save(self, session: Session) -> None:
        self.name_folded = fold(self.name)

    @classmethod
    def derived(cls, values: Mapping[str, Any], session: Session) -> dict[str, Any]:
        return {"name_folded": fold(values.get("name"))}


class Establishment(Synced, Base):
    """A rural industrial establishment (cơ sở công nghiệp nông thôn)."""

    __tablename__ = "establishment"
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(24))
    tax_code: Mapped[str | None] = mapped_column(String(20), default=None)
    representative: Mapped[str] = mapped_column(String(200), default="")
    representative_title: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(16), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    village: Mapped[str] = mapped_column(String(200), default="")
    admin_unit_code: Mapped[str] = mapped_column(ForeignKey("admin_unit.code"))
    former_district: Mapped[str] = mapped_column(String(100), default="")
    craft_village_id: Mapped[str | None] = mapped_column(ForeignKey("craft_village.id"), default=None)
    sector_code: Mapped[str | None] = mapped_column(ForeignKey("sector.code"), default=None)
    trade: Mapped[str] = mapped_column(String(300), default="")
    products: Mapped[str] = mapped_column(Text, default="")
    employees: Mapped[int | None] = mapped_column(Integer, default=None)
    women_owned: Mapped[bool] = mapped_column(Boolean, default=False)
    ethnic_minority_owned: Mapped[bool] = mapped_column(Boolean, default=False)
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Local search support, derived from the fields above (never edited by hand).
    name_sort: Mapped[str] = mapped_column(String(300), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[int] = mapped_column(BigInteger, unique=True)

    __table_args__ = (
        # One registry entry per tax code within an office; the city holds every office's registry.
        Index(
            "uq_establishment_origin_tax_code",
            "origin_site_id",
            "tax_code",
            unique=True,
            sqlite_where=text("tax_code IS NOT NULL"),
            postgresql_where=text("tax_code IS NOT NULL"),
        ),
        # Covering the list query (ids in name order) so it never touches the table: 210 ms -> 35 ms on 100k.
        Index("ix_establishment_list", "deleted_at", "name_sort", "id"),
        Index("ix_establishment_admin_unit_code", "admin_unit_code"),
        Index("ix_establishment_craft_village_id", "craft_village_id"),
    )

    LOCAL_COLUMNS = frozenset({"name_sort", "search_text", "search_key"})
    SEARCHED = ("name", "tax_code", "representative", "phone", "village", "address", "trade", "products")

    def before_save(self, session: Session) -> None:
        """Refresh the derived search columns from the fields they fold."""
        for name, value in self.derived(self.__dict__, session).items():
            if getattr(self, name) != value:
                setattr(self, name, value)

    @classmethod
    def derived(cls, values: Mapping[str, Any], session: Session) -> dict[str, Any]:
        """The local search columns of an establishment with these field values.

        The names of the ward/commune and the craft village are folded in too, so
        that "bat trang" finds every establishment of Bát Tràng.
        """
        parts = [fold(values.get(name)) for name in cls.SEARCHED if values.get(name)]
        parts.append(_folded_name(session, AdminUnit, values.get("admin_unit_code")))
        parts.append(_folded_name(session, CraftVillage, values.get("craft_village_id")))
        return {
            "name_sort": fold(values.get("name")),
            "search_text": " ".join(part for part in parts if part),
            "search_key": values.get("search_key") or search_key_of(values["id"]),
        }


def _folded_name(session: Session, model: type[AdminUnit] | type[CraftVillage], key: str | None) -> str:
    """Folded name of a ward/commune or craft village, cached for the session."""
    if not key:
        return ""
    cache: dict[str, str] = session.info.setdefault(f"kc_names_{model.__tablename__}", {})
    if not cache:
        pk = model.code if model is AdminUnit else model.id  # type: ignore[union-attr]
        with session.no_autoflush:
            cache.update((key, name) for key, name in session.execute(select(pk, model.name_folded)))
    if key not in cache:
        with session.no_autoflush:
            found = session.get(AdminUnit, key) if model is AdminUnit else session.get(CraftVillage, key)
        cache[key] = found.name_folded if found is not None else ""
    return cache[key]


def search_key_of(record_id: str) -> int:
    """A stable 63-bit integer for the full-text index, derived from the record's UUID."""
    return uuid.UUID(record_id).int >> 65


class ChangeLog(Base):
    """One row per change of a synced record, in the same transaction (DESIGN.md §2)."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(36))
    # The audit (DESIGN.md §2, AuditEvent): JSON {field: [old, new]} of what changed (NULL for a
    # record created by a bulk import), and why (a correction's reason, "import", ...).
    fields: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    # The history chain (kc_desktop.db.history): each entry's place in the chain and the hash of its content
    # with the hash before it, set when its transaction commits. An edited or removed entry breaks it.
    chain_index: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    chain: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (Index("ix_change_log_record_id", "record_id"), {"sqlite_autoincrement": True})


from kc_desktop.db import models_accounts, models_phones, models_sync, models_work  # noqa: E402,F401  (register their tables)

SYNCED_TABLES: dict[str, type[Synced]] = {
    cls.__tablename__: cls
    for cls in (
        Site,
        Officer,
        CraftVillage,
        Establishment,
        models_work.Project,
        models_work.ProjectBeneficiary,
        models_work.ProjectStatusChange,
        models_work.FormTemplate,
        models_work.FieldRecord,
        models_work.FollowUpAction,
        models_work.Attachment,
        models_work.Acceptance,
    )
}
