"""Sign-in accounts of the officers who use this installation (local, never synced)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kc_desktop.db.base import Base, UTCDateTime


class Account(Base):
    """How one officer signs in here: a user name and a password hash (Argon2id, PHC string).

    Accounts stay on the installation that made them: a password never travels in a package.
    """

    __tablename__ = "account"
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), primary_key=True)
    # Stored folded to lower case (NFC), so "An.Nguyen" and "an.nguyen" are the same account.
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
