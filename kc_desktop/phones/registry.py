"""The phones allowed to reach the laptop's form server, each with its own random token.

Like ODK Central's app users, a phone is set up with a server address that holds its token
(…/key/TOKEN); only the token's SHA-256 is kept, so the address is shown once, when the phone is
added. A revoked phone's token is refused from then on; what it sent before stays.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models_phones import Phone, PhoneSubmission
from kc_desktop.domain.text import nfc
from kc_desktop.errors import KCError, NotFound


@dataclass(frozen=True)
class PhoneRow:
    id: int
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None
    last_seen_at: dt.datetime | None
    submissions: int

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add(db: Database, actor: Actor | None, name: str) -> str:
    """Register a phone; returns its token (shown once: only its hash is kept)."""
    name = nfc(name).strip()
    if not name:
        raise KCError("Hãy đặt tên cho điện thoại (ví dụ tên cán bộ dùng máy).")
    if len(name) > 100:
        raise KCError("Tên điện thoại dài quá 100 ký tự.")
    token = secrets.token_urlsafe(32)
    with db.session() as session:
        if session.scalar(select(Phone.id).where(func.lower(Phone.name) == name.lower())) is not None:
            raise KCError(f"Đã có điện thoại tên «{name}»; hãy chọn tên khác.")
        session.add(Phone(name=name, token_hash=token_hash(token), created_at=utcnow(),
                          created_by=actor.officer_id if actor else ""))
    return token


def list_phones(db: Database) -> list[PhoneRow]:
    with db.read() as session:
        counts = dict(session.execute(select(PhoneSubmission.phone_id, func.count())
                                      .group_by(PhoneSubmission.phone_id)).all())
        return [PhoneRow(p.id, p.name, p.created_at, p.revoked_at, p.last_seen_at, int(counts.get(p.id, 0)))
                for p in session.scalars(select(Phone).order_by(Phone.created_at, Phone.id))]


def revoke(db: Database, name: str) -> None:
    """Refuse this phone's token from now on."""
    with db.session() as session:
        phone = session.scalar(select(Phone).where(func.lower(Phone.name) == nfc(name).strip().lower()))
        if phone is None:
            raise NotFound(f"Không có điện thoại tên «{name}».")
        if phone.revoked_at is None:
            phone.revoked_at = utcnow()


def by_token(db: Database, token: str) -> PhoneRow | None:
    """The phone this token belongs to (revoked ones too), or None."""
    with db.read() as session:
        phone = session.scalar(select(Phone).where(Phone.token_hash == token_hash(token)))
        if phone is None:
            return None
        return PhoneRow(phone.id, phone.name, phone.created_at, phone.revoked_at, phone.last_seen_at, 0)


def by_name(db: Database, name: str) -> PhoneRow | None:
    return next((p for p in list_phones(db) if p.name.lower() == nfc(name).strip().lower()), None)


def seen(db: Database, phone_id: int) -> None:
    with db.session() as session:
        phone = session.get(Phone, phone_id)
        if phone is not None:
            phone.last_seen_at = utcnow()
