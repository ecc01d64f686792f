"""Phones that fill the forms (ODK Collect) and what they sent; local to this installation, never synced."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kc_desktop.db.base import Base, UTCDateTime


class Phone(Base):
    """A phone allowed to fetch forms and send submissions: its secret token is in its server address."""

    __tablename__ = "phone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the token; the token is not kept
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(36), default="")  # the officer who added it
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)


class PhoneSubmission(Base):
    """One submission (ODK instance), stored once by its instanceID; its files stay in the data folder."""

    __tablename__ = "phone_submission"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    instance_id: Mapped[str] = mapped_column(String(200), unique=True)
    form_id: Mapped[str] = mapped_column(String(100), default="")
    form_version: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    phone_id: Mapped[int | None] = mapped_column(ForeignKey("phone.id"), default=None, index=True)
    officer_id: Mapped[str] = mapped_column(String(36), default="")  # who received or imported it
    payload_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of the submission XML as sent
    encrypted: Mapped[bool] = mapped_column(default=False)
    # "partial" (more parts to come), "imported" (a draft record) or "kept_aside" (see reason).
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    record_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    folder: Mapped[str] = mapped_column(String(300), default="")  # under the phone submissions folder
