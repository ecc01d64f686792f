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
    # The sender's epoch (SyncEpoch) and its first number: gaps and receipts are per epoch.
    epoch: Mapped[str] = mapped_column(String(36), default="")
    epoch_first: Mapped[int] = mapped_column(Integer, default=1)
    # The head of the sender's history chain when it sent the package (kc_desktop.db.history).
    history_index: Mapped[int | None] = mapped_column(Integer, default=None)
    history_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    imported_by: Mapped[str] = mapped_column(String(36), default="")  # the officer who imported it


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

    # The office's epoch (kc_desktop.db.epoch): a restored copy numbers its changes afresh.
    epoch: Mapped[str] = mapped_column(String(36), default="")

    # One row per change of an office: packages that overlap (a full re-export) add nothing twice.
    __table_args__ = (UniqueConstraint("site_id", "epoch", "seq", name="uq_sync_audit_site_epoch_seq"),)


class SiteKey(Base):
    """This site's own keys, kept in its database so that they belong to the site, not to a folder:
    every copy of the database (a restored backup, a second desk of the city on the same server)
    signs and decrypts as the same site, and two databases never share a key.

    `purpose` is "sign" (Ed25519) or "encrypt" (X25519). The current key of each purpose has no
    `retired_at`; retired encryption keys still open packages sent before the offices heard of the
    new one. `private_pem` is PKCS#8, encrypted with the city's passphrase when `protected`.
    `announcement` is the signed notice (JSON) that introduced a rotated-in key.
    """

    __tablename__ = "site_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    purpose: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64), unique=True)
    private_pem: Mapped[str] = mapped_column(Text)
    protected: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    announcement: Mapped[str | None] = mapped_column(Text, default=None)


class RevokedKey(Base):
    """A public signing key this site no longer accepts (a stolen laptop): packages signed with it are
    refused as "khóa đã bị thu hồi", and no rotation announced by it is believed."""

    __tablename__ = "sync_revoked_key"
    public_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(32), default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    revoked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    revoked_by: Mapped[str] = mapped_column(String(200), default="")


class FormerKey(Base):
    """A key another site rotated out (not revoked): packages it signed before the rotation, still on
    their way, are accepted."""

    __tablename__ = "sync_former_key"
    public_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), index=True)
    retired_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class SyncEpoch(Base):
    """A lineage of this database's change numbers (Syncthing's index ID). A new one starts when the
    database is restored from a backup or found in another place than where it was last used: the
    numbers a lost copy issued after the backup can never be mistaken for this copy's.

    `version_floor` is the lowest version a record edited in this epoch gets, so that an edit made
    after a restore is newer than any the lost copy may have sent."""

    __tablename__ = "sync_epoch"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    first_seq: Mapped[int] = mapped_column(Integer)
    version_floor: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(200), default="")
    home: Mapped[str] = mapped_column(String(1000), default="")
