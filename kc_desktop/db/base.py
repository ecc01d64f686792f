"""Declarative base, the common columns of every synced record, and UTC timestamps."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, String, Table, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.schema import ScalarElementColumnDefault

if TYPE_CHECKING:
    from sqlalchemy import FromClause

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, returns aware UTC, on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    return str(uuid.uuid4())


# Records shipped with the program (default templates, the catalogue of craft villages) have the
# same id and this origin on every installation, so they never travel and never clash at the city.
_BUILTIN = uuid.uuid5(uuid.NAMESPACE_URL, "kc-desktop:built-in")
BUILTIN_SITE_ID = str(_BUILTIN)


def builtin_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(_BUILTIN, f"{kind}:{key}"))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every record that travels between offices carries (DESIGN.md §2).

    The values of origin, timestamps, authors and version are set by the change-log
    mechanism in `kc_desktop.db.changelog`, never by services.
    """

    if TYPE_CHECKING:
        # Every synced model is also a declarative class (Base) with its own table.
        __tablename__: str
        __table__: ClassVar[FromClause]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_site_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(36))
    updated_by: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    # The last version this installation and the other side are known to share (set when a
    # package or receipt says so); local, never travels. A version above it is a local change.
    synced_version: Mapped[int | None] = mapped_column(Integer, default=None)


def table_of(model: type[Base] | type[Synced]) -> Table:
    """The table a model maps (SQLAlchemy types `__table__` as any FromClause; ours are all tables)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def scalar_defaults(table: Table) -> dict[str, Any]:
    """Column -> the plain value of its default (callables, SQL expressions and server defaults left out)."""
    return {c.key: c.default.arg for c in table.columns if isinstance(c.default, ScalarElementColumnDefault)}
