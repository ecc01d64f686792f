"""A site's own keys, kept in its database (DESIGN notes in README, "Danh tính của đơn vị").

The keys belong to the site, not to a folder: every copy of the database (a restored backup, a
second desk of the city on the same server) signs and decrypts as the same site, and two databases
never share a key. Keys are made at first use. A database of an earlier version adopts the key
files it kept beside itself (then deletes them, so a second database there makes its own).

The city may protect its private keys with a passphrase (`KC_CITY_PASSPHRASE`, or asked): set
when the keys are made, needed by every desk that signs or decrypts, never stored.

Rotation: a new key pair is announced in a notice signed by the old key, which travels in the
sender block of every later package, so the other side moves to the new key without a phone call.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor, record_event
from kc_desktop.db.engine import Database
from kc_desktop.db.models_sync import SiteKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.services import installation
from kc_desktop.services.permissions import Action, require
from kc_desktop.sync import keys

SIGN, ENCRYPT = "sign", "encrypt"
# The RSA key phones encrypt their submissions to (ODK's encrypted forms): rotated with the others.
PHONES = "phones"
PASSPHRASE_ENV = "KC_CITY_PASSPHRASE"
_KINDS: dict[str, Any] = {SIGN: Ed25519PrivateKey, ENCRYPT: X25519PrivateKey}
_LEGACY = {SIGN: keys.KEY_FILE, ENCRYPT: keys.ENCRYPTION_KEY_FILE}

# Private keys already opened in this process, by public key (a protected key asks its passphrase once).
_opened: dict[str, Any] = {}
# How the GUI asks for the city's passphrase (None: the terminal, or nothing without one).
_prompt: Callable[[str], str | None] | None = None


def set_passphrase_prompt(prompt: Callable[[str], str | None] | None) -> None:
    global _prompt
    _prompt = prompt


def _legacy_folder(db: Database) -> Path:
    return db.path.parent if db.path is not None else paths.data_dir()


def _is_city(db: Database) -> bool:
    office = installation.office_info(db)
    return office is not None and office.level == SiteLevel.CITY.value


def _passphrase(why: str, *, required: bool) -> bytes | None:
    """The city's passphrase: from KC_CITY_PASSPHRASE, the GUI's prompt or the terminal."""
    text = os.environ.get(PASSPHRASE_ENV)
    if not text and _prompt is not None:
        text = _prompt(why)
    if not text and sys.stdin is not None and sys.stdin.isatty():
        text = getpass.getpass(f"{why} Mật khẩu khóa của Sở: ")
    if not text:
        if required:
            raise KCError(f"Khóa của Sở được bảo vệ bằng mật khẩu: hãy đặt biến môi trường {PASSPHRASE_ENV} "
                          "hoặc chạy trong cửa sổ lệnh để nhập mật khẩu.")
        return None
    return text.encode()


def _pem(key: Ed25519PrivateKey | X25519PrivateKey | rsa.RSAPrivateKey, passphrase: bytes | None) -> str:
    protection = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, protection).decode()


def _new_row(purpose: str, key: Any, passphrase: bytes | None, announcement: str | None = None) -> SiteKey:
    public = keys.public_bytes(key.public_key()).hex()
    _opened[public] = key
    return SiteKey(purpose=purpose, public_key=public, private_pem=_pem(key, passphrase),
                   protected=passphrase is not None, created_at=utcnow(), announcement=announcement)


def _open(row: SiteKey) -> Any:
    key = _opened.get(row.public_key)
    if key is not None:
        return key
    password = _passphrase("Mở khóa của Sở.", required=True) if row.protected else None
    try:
        key = serialization.load_pem_private_key(row.private_pem.encode(), password=password)
    except (ValueError, TypeError) as exc:
        if row.protected:
            raise KCError(f"Mật khẩu khóa của Sở không đúng ({PASSPHRASE_ENV}); không mở được khóa.") from exc
        raise KCError("Khóa của đơn vị trong cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu.") from exc
    if not isinstance(key, _KINDS.get(row.purpose, rsa.RSAPrivateKey)):
        raise KCError("Khóa của đơn vị trong cơ sở dữ liệu không đúng loại khóa.")
    _opened[row.public_key] = key
    return key


def _rows(session: Session, purpose: str, *, current_only: bool = False) -> list[SiteKey]:
    query = select(SiteKey).where(SiteKey.purpose == purpose)
    if current_only:
        query = query.where(SiteKey.retired_at.is_(None))
    # Current keys first (the oldest current one wins if two desks made keys at once), then the
    # retired ones, newest first.
    rows = list(session.scalars(query.order_by(SiteKey.id)))
    return [r for r in rows if r.retired_at is None] + sorted(
        (r for r in rows if r.retired_at is not None), key=lambda r: r.id, reverse=True)


def ensure_keys(db: Database) -> None:
    """Make this site's keys if it has none yet (adopting key files of an earlier version)."""
    with db.read() as session:
        have = {purpose for purpose in _KINDS if _rows(session, purpose, current_only=True)}
    if len(have) == len(_KINDS):
        return
    folder = _legacy_folder(db)
    passphrase = _passphrase("Đặt mật khẩu bảo vệ khóa của Sở (để trống: không bảo vệ).",
                             required=False) if _is_city(db) and os.environ.get(PASSPHRASE_ENV) else None
    adopted: list[Path] = []
    with db.session() as session:
        for purpose, kind in _KINDS.items():
            if purpose in have or _rows(session, purpose, current_only=True):
                continue
            legacy = folder / _LEGACY[purpose]
            key: Any = None
            if legacy.is_file():
                try:
                    key = serialization.load_pem_private_key(legacy.read_bytes(), password=None)
                except (ValueError, TypeError, OSError):
                    key = None
                if isinstance(key, kind) and session.scalar(
                        select(SiteKey.id).where(SiteKey.public_key == keys.public_bytes(key.public_key()).hex())
                ) is None:
                    adopted.append(legacy)
                else:
                    key = None
            session.add(_new_row(purpose, key if key is not None else kind.generate(), passphrase))
    # The key now lives in this database only: another database in the folder makes its own.
    for legacy in adopted:
        with contextlib.suppress(OSError):
            legacy.unlink()


def signing_key(db: Database) -> Ed25519PrivateKey:
    ensure_keys(db)
    with db.read() as session:
        return _open(_rows(session, SIGN, current_only=True)[0])  # type: ignore[no-any-return]


def encryption_keys(db: Database) -> list[X25519PrivateKey]:
    """The current key that opens packages encrypted to this site, then the retired ones (packages
    encrypted before the other side heard of a rotation)."""
    ensure_keys(db)
    with db.read() as session:
        rows = _rows(session, ENCRYPT)
    opened = [_open(rows[0])]
    for row in rows[1:]:
        try:
            opened.append(_open(row))
        except KCError:
            continue
    return opened


def _rsa_fingerprint(key: rsa.RSAPrivateKey) -> str:
    """The SHA-256 of the public key (SubjectPublicKeyInfo DER), hex: RSA keys are too long for the column."""
    import hashlib

    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def phone_keys(db: Database) -> list[rsa.RSAPrivateKey]:
    """The RSA keys that open phones' encrypted submissions: the current one (made at first use; the
    city's protected like its other keys), then retired ones (forms a phone fetched before a rotation)."""
    with db.read() as session:
        rows = _rows(session, PHONES)
    if not rows or rows[0].retired_at is not None:
        passphrase = _passphrase("Đặt mật khẩu bảo vệ khóa của Sở (để trống: không bảo vệ).",
                                 required=False) if _is_city(db) and os.environ.get(PASSPHRASE_ENV) else None
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        public = _rsa_fingerprint(key)
        _opened[public] = key
        with db.session() as session:
            if not _rows(session, PHONES, current_only=True):
                session.add(SiteKey(purpose=PHONES, public_key=public, private_pem=_pem(key, passphrase),
                                    protected=passphrase is not None, created_at=utcnow()))
        with db.read() as session:
            rows = _rows(session, PHONES)
    opened: list[rsa.RSAPrivateKey] = [_open(rows[0])]
    for row in rows[1:]:
        try:
            opened.append(_open(row))
        except KCError:
            continue
    return opened


def public_key(db: Database, purpose: str = SIGN) -> str:
    ensure_keys(db)
    with db.read() as session:
        return _rows(session, purpose, current_only=True)[0].public_key


def announcements(db: Database) -> list[dict[str, Any]]:
    """Every rotation of this site's signing key, oldest first: each a notice signed by the key before."""
    with db.read() as session:
        rows = session.scalars(select(SiteKey.announcement).where(SiteKey.purpose == SIGN,
                                                                  SiteKey.announcement.is_not(None))
                               .order_by(SiteKey.id))
        return [json.loads(text) for text in rows if text]


def notice_bytes(notice: dict[str, Any]) -> bytes:
    return json.dumps(notice, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def rotate(db: Database, actor: Actor | None = None) -> tuple[str, str]:
    """Replace this site's keys by new ones, announced in a notice signed by the old signing key.
    Only a head (or the city's administrator) may; `actor` None is the installation's officer.
    Returns the old and new fingerprints."""
    actor = actor or installation.current_actor(db)
    require(db, actor, Action.TRUST_SITE)
    office = installation.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị.")
    old = signing_key(db)
    encryption_keys(db)  # the old encryption key must open (a protected city key: its passphrase)
    city = office.level == SiteLevel.CITY.value
    passphrase = _passphrase("Mật khẩu bảo vệ khóa mới của Sở.", required=False) if city and \
        os.environ.get(PASSPHRASE_ENV) else None
    with db.read() as session:
        protected = any(r.protected for r in _rows(session, SIGN, current_only=True))
    if city and protected and passphrase is None:
        passphrase = _passphrase("Mật khẩu bảo vệ khóa mới của Sở.", required=True)
    new_sign, new_encrypt = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    old_public = keys.public_bytes(old.public_key()).hex()
    notice = {"site_id": office.site_id, "code": office.site_code, "old_public_key": old_public,
              "new_public_key": keys.public_bytes(new_sign.public_key()).hex(),
              "new_encryption_key": keys.public_bytes(new_encrypt.public_key()).hex(),
              "issued_at": utcnow().isoformat()}
    announcement = json.dumps({"notice": notice, "signature": old.sign(notice_bytes(notice)).hex()},
                              ensure_ascii=False, sort_keys=True)
    now = utcnow()
    with db.session(actor) as session:
        for row in session.scalars(select(SiteKey).where(SiteKey.retired_at.is_(None))):
            row.retired_at = now
        session.add(_new_row(SIGN, new_sign, passphrase, announcement))
        session.add(_new_row(ENCRYPT, new_encrypt, passphrase))
        before, after = keys.fingerprint(old.public_key()), keys.fingerprint(new_sign.public_key())
        record_event(session, SiteKey.__tablename__, office.site_id, {"fingerprint": [before, after]},
                     f"Đổi khóa của đơn vị {office.site_code}", changed_by=actor.officer_id if actor else "")
    return before, after
