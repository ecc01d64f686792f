"""Local bookkeeping of the exchange with other offices (DESIGN.md §4); none of it travels."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kc_desktop.db.base import Base, UTCDateTime


class TrustedKey(Base):
    """A site whose packages this installation accepts, registered after an explicit confirmation."""

    __tablename__ = "sync_trusted_key"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[str | None] = mapped_column(String(64), default=None)
    fingerprint: Mapped[str] = mapped_column(String(64))
    trusted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    trusted_by: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncImport(Base):
    """One package taken in; the manifest hash makes a second import of it a no-op."""

    __tablename__ = "sync_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    site_id: Mapped[str] = mapped_column(String(36), index=True)
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    records: Mapped[int] = mapped_column(Integer, default=0)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    attachments: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class SyncConflict(Base):
    """Both sides changed a record since their common version: the newer change was applied and
    the other is kept here until a person decides, field by field."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    site_id: Mapped[str] = mapped_column(String(36))
    applied_state: Mapped[str] = mapped_column(Text)
    other_state: Mapped[str] = mapped_column(Text)
    fields: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")


class SyncAudit(Base):
    """City side: the audit entries an office's package carried (who changed what, from what to
    what, and why), kept as received so the city can read every office's history."""

    __tablename__ = "sync_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(36), default="")
    changed_by_name: Mapped[str] = mapped_column(String(200), default="")
    fields: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)

    # One row per change of an office: packages that overlap (a full re-export) add nothing twice.
    __table_args__ = (UniqueConstraint("site_id", "seq", name="uq_sync_audit_site_seq"),)
