"""Which sites' packages this installation accepts (DESIGN.md §4, site trust).

A site's public keys travel in every package it sends (they are not secret). They are trusted
only after a person compares the fingerprint with the one the site reads out of its own program
(by phone, on paper) and confirms; later packages must be signed by the same key.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor, record_event
from kc_desktop.db.engine import Database
from kc_desktop.db.models_sync import FormerKey, RevokedKey, TrustedKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.services import installation
from kc_desktop.services.permissions import Action, require
from kc_desktop.sync import identity, keys, package
from kc_desktop.sync.package import PackageRejected


@dataclass(frozen=True)
class SiteCard:
    """Who a site is and its public keys (hex): what the sender block of a manifest carries."""

    site_id: str
    code: str
    name: str
    level: str
    public_key: str
    encryption_key: str | None = None

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint_of_hex(self.public_key)

    @property
    def level_label(self) -> str:
        level = SiteLevel.parse(self.level)
        return level.label if level else self.level

    def header(self) -> dict[str, str | None]:
        return asdict(self)


def own_card(db: Database) -> SiteCard:
    office = installation.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị; hãy thiết lập đơn vị trước.")
    return SiteCard(office.site_id, office.site_code, office.site_name, office.level,
                    identity.public_key(db, identity.SIGN), identity.public_key(db, identity.ENCRYPT))


def sender_block(db: Database) -> dict[str, Any]:
    """What a package says of its sender: the card, and every rotation of its key (signed notices)."""
    block: dict[str, Any] = dict(own_card(db).header())
    rotations = identity.announcements(db)
    if rotations:
        block["rotations"] = rotations
    return block


def own_encryption_keys(db: Database) -> list[X25519PrivateKey]:
    return identity.encryption_keys(db)


def card_from_dict(data: object, name: str) -> SiteCard:
    if not isinstance(data, dict):
        raise PackageRejected(f"«{name}» không có thông tin đơn vị gửi.")
    try:
        card = SiteCard(str(data["site_id"]), str(data["code"]), str(data.get("name") or ""), str(data["level"]),
                        str(data["public_key"]), data.get("encryption_key") or None)
        keys.public_from_hex(card.public_key)
        if card.encryption_key is not None:
            X25519PublicKey.from_public_bytes(bytes.fromhex(card.encryption_key))
    except (KeyError, ValueError, TypeError, KCError) as exc:
        raise PackageRejected(f"«{name}» không có khóa công khai hợp lệ của đơn vị gửi.") from exc
    return card


def card_of_package(db: Database, path: Path) -> SiteCard:
    """The sender of a package, whose signature is checked against the key it carries."""
    manifest, manifest_bytes, signature = package.read_unverified_manifest(path, own_encryption_keys(db))
    card = card_from_dict(manifest.get("sender"), Path(path).name)
    try:
        keys.public_from_hex(card.public_key).verify(signature, manifest_bytes)
    except InvalidSignature as exc:
        raise PackageRejected(f"Chữ ký của gói «{Path(path).name}» không đúng với khóa nó mang theo.") from exc
    return card


def write_card(db: Database, path: Path) -> Path:
    """This site's card as a small JSON file, for the other side to register."""
    path = Path(path)
    path.write_text(json.dumps(sender_block(db), ensure_ascii=False, indent=1), "utf-8")
    return path


def read_card(path: Path) -> SiteCard:
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError as exc:
        raise KCError(f"Không tìm thấy tệp «{Path(path).name}».") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KCError(f"Tệp «{Path(path).name}» không phải thẻ khóa của đơn vị.") from exc
    return card_from_dict(data, Path(path).name)


def card_from_file(db: Database, path: Path) -> SiteCard:
    """A site's card from a package it sent or from its card file."""
    problem = paths.not_a_file(Path(path))
    if problem:
        raise KCError(problem)
    if package.is_sealed(path) or _is_zip(path):
        return card_of_package(db, path)
    return read_card(path)


def _is_zip(path: Path) -> bool:
    return paths.starts_with(path, b"PK\x03\x04")


def _acting(db: Database, actor: Actor | None) -> Actor | None:
    """Who trusts or revokes: the signed-in officer, or else the installation's current officer."""
    return actor or installation.current_actor(db)


def trust(db: Database, card: SiteCard, confirmed_fingerprint: str, by: str = "",
          actor: Actor | None = None) -> TrustedKey:
    """Register a site's keys after a person confirmed the fingerprint they were told.

    Only a head (or the city's administrator) may; `actor` None is the installation's current officer."""
    actor = _acting(db, actor)
    require(db, actor, Action.TRUST_SITE)
    with db.read() as session:
        revoked = session.get(RevokedKey, card.public_key)
    if revoked is not None:
        raise KCError(f"Khóa {card.fingerprint} của {revoked.code or card.code} đã bị thu hồi; "
                      "không tin cậy lại khóa này. Đơn vị cần đổi khóa mới (rotate-key) rồi gửi gói hoặc thẻ khóa mới.")
    if not keys.same_fingerprint(confirmed_fingerprint, card.fingerprint):
        raise KCError(f"Dấu vân tay xác nhận không khớp khóa của đơn vị {card.code} ({card.fingerprint}); "
                      "chưa tin cậy đơn vị này.")
    office = installation.office_info(db)
    if office is not None and office.site_id == card.site_id:
        raise KCError("Đây là khóa của chính đơn vị này.")
    if card.public_key == identity.public_key(db, identity.SIGN):
        raise KCError(f"Khóa của {card.code} trùng khóa của chính đơn vị này: hai cơ sở dữ liệu đang dùng chung "
                      "một khóa; đơn vị kia cần đổi khóa (sync rotate-key) rồi gửi lại thẻ khóa.")
    with db.session(actor) as session:
        owner = session.scalars(select(TrustedKey).where(TrustedKey.public_key == card.public_key,
                                                         TrustedKey.site_id != card.site_id)).first()
        if owner is not None:
            raise KCError(f"Khóa này ({card.fingerprint}) đã được đăng ký cho đơn vị {owner.code} – {owner.name}; "
                          f"không đăng ký cùng một khóa cho {card.code}. Đơn vị {card.code} cần đổi khóa "
                          "(sync rotate-key) rồi gửi lại thẻ khóa.")
        known = session.get(TrustedKey, card.site_id)
        if known is not None and known.public_key != card.public_key and known.active:
            raise KCError(f"Đơn vị {card.code} đã đăng ký một khóa khác ({known.fingerprint}); "
                          "hãy thu hồi khóa cũ trước khi tin cậy khóa mới.")
        clash = session.scalars(select(TrustedKey).where(TrustedKey.code == card.code,
                                                         TrustedKey.site_id != card.site_id,
                                                         TrustedKey.active.is_(True))).first()
        if clash is not None:
            raise KCError(f"Mã đơn vị {card.code} đã thuộc về một đơn vị khác đã tin cậy.")
        row = known or TrustedKey(site_id=card.site_id)
        row.code, row.name, row.level = card.code, card.name, card.level
        row.public_key, row.encryption_key = card.public_key, card.encryption_key
        before = known.fingerprint if known is not None and known.active else None
        row.fingerprint, row.trusted_at, row.trusted_by, row.active = card.fingerprint, utcnow(), by, True
        session.add(row)
        record_event(session, TrustedKey.__tablename__, card.site_id, {"fingerprint": [before, card.fingerprint]},
                     f"Tin cậy khóa của {card.code} – {card.name}", changed_by=_who(actor))
        return row


def _who(actor: Actor | None) -> str:
    return actor.officer_id if actor is not None else ""


def revoke(db: Database, site_id: str, actor: Actor | None = None) -> TrustedKey:
    """Stop accepting a site's current key (a stolen laptop): its packages, and any rotation it
    announces, are refused from now on; the site is trusted again only with a new key, by fingerprint."""
    actor = _acting(db, actor)
    require(db, actor, Action.TRUST_SITE)
    with db.session(actor) as session:
        row = session.get(TrustedKey, site_id)
        if row is None:
            raise KCError("Không có đơn vị này trong danh sách tin cậy.")
        row.active = False
        if session.get(RevokedKey, row.public_key) is None:
            session.add(RevokedKey(public_key=row.public_key, site_id=row.site_id, code=row.code,
                                   fingerprint=row.fingerprint, revoked_at=utcnow(),
                                   revoked_by=_who(actor)))
        record_event(session, TrustedKey.__tablename__, site_id, {"active": [True, False]},
                     f"Thu hồi khóa {row.fingerprint} của {row.code} – {row.name}", changed_by=_who(actor))
        return row


def revoke_code(db: Database, code: str, *, city: bool, actor: Actor | None = None) -> TrustedKey:
    """Revoke by site code (the command line): an office's key at the city, the city's at an office."""
    rows = [r for r in trusted(db) if r.active and (r.code == code if code else True)
            and (r.level == SiteLevel.CITY.value) == city]
    if not rows:
        who = f"đơn vị {code}" if code else "Sở"
        raise KCError(f"Không có khóa đang được tin cậy của {who} để thu hồi.")
    if len(rows) > 1:
        raise KCError("Có nhiều khóa của Sở đang được tin cậy; hãy ghi rõ mã của Sở (--site).")
    return revoke(db, rows[0].site_id, actor)


def trusted(db: Database) -> list[TrustedKey]:
    with db.read() as session:
        return list(session.scalars(select(TrustedKey).order_by(TrustedKey.level, TrustedKey.code)))


class Verifier:
    """The trusted key a package must be signed with, from its manifest (package.read calls it).

    A sender that rotated its key signs with the new one and carries the notices: the new key is
    accepted when a chain of notices, each signed by the key before, leads from the key trusted here
    to it. A revoked key is refused as such, and so is any notice it signed. After the package has
    been read in full, `adopt` records the new key in the caller's transaction."""

    def __init__(self, db: Database, level: str | None = None) -> None:
        rows = trusted(db)
        self._trusted = {row.site_id: row for row in rows if level is None or row.level == level}
        with db.read() as session:
            self._revoked = {row.public_key: row for row in session.scalars(select(RevokedKey))}
            self._former = {row.public_key: row.site_id for row in session.scalars(select(FormerKey))}
        self.rotated: tuple[str, str, str | None] | None = None  # site id, new signing key, new encryption key

    def revoked_message(self, public_key: str, code: str) -> str:
        row = self._revoked[public_key]
        return (f"Khóa đã bị thu hồi: gói được ký bằng khóa {row.fingerprint} của đơn vị {row.code or code}, "
                f"khóa này đã bị thu hồi ngày {row.revoked_at:%d/%m/%Y}; không nhập.")

    def __call__(self, manifest: dict[str, Any]) -> Ed25519PublicKey | None:
        sender = manifest.get("sender") or {}
        site_id, code = str(sender.get("site_id", "")), str(sender.get("code", "?"))
        claimed = str(sender.get("public_key", ""))
        if claimed in self._revoked:
            raise PackageRejected(self.revoked_message(claimed, code))
        row = self._trusted.get(site_id)
        if row is None:
            return None
        if not row.active:
            if row.public_key in self._revoked:
                raise PackageRejected(
                    f"Khóa đã bị thu hồi: khóa của đơn vị {row.code} đã bị thu hồi; hãy xác nhận khóa mới "
                    "của đơn vị (đối chiếu dấu vân tay) trước khi nhập gói của đơn vị này.")
            return None
        if claimed == row.public_key or not claimed:
            return keys.public_from_hex(row.public_key)
        if self._former.get(claimed) == site_id:  # signed before a rotation, delivered after it
            return keys.public_from_hex(claimed)
        current = row.public_key
        rotations = sender.get("rotations")
        for item in rotations if isinstance(rotations, list) else []:
            notice = item.get("notice") if isinstance(item, dict) else None
            if not isinstance(notice, dict) or notice.get("old_public_key") != current \
                    or notice.get("site_id") != site_id:
                continue
            try:
                keys.public_from_hex(current).verify(bytes.fromhex(str(item.get("signature"))),
                                                     identity.notice_bytes(notice))
                new = str(notice["new_public_key"])
                keys.public_from_hex(new)
            except (InvalidSignature, ValueError, KeyError, KCError):
                break
            if new in self._revoked:
                raise PackageRejected(self.revoked_message(new, code))
            current = new
            if current == claimed:
                encryption = notice.get("new_encryption_key")
                self.rotated = (site_id, new, str(encryption) if encryption else None)
                return keys.public_from_hex(new)
        # No chain from the trusted key: the signature check will say the package was altered.
        return keys.public_from_hex(row.public_key)

    def adopt(self, session: Session) -> bool:
        """Record the sender's new key after its package was read in full; True if there was one."""
        if self.rotated is None:
            return False
        site_id, public, encryption = self.rotated
        row = session.get(TrustedKey, site_id)
        if row is None or row.public_key == public:
            return False
        before = row.fingerprint
        if session.get(FormerKey, row.public_key) is None:
            session.add(FormerKey(public_key=row.public_key, site_id=site_id, retired_at=utcnow()))
        row.public_key, row.fingerprint = public, keys.fingerprint_of_hex(public)
        if encryption:
            row.encryption_key = encryption
        record_event(session, TrustedKey.__tablename__, site_id, {"fingerprint": [before, row.fingerprint]},
                     f"Khóa mới của {row.code} – {row.name} (đổi khóa, thông báo ký bằng khóa cũ)", changed_by="")
        return True


def read_package(db: Database, path: Path, level: str | None = None) -> tuple[package.Package, Verifier]:
    """Open, decrypt and verify a package from a trusted site (of the given level only, if asked)."""
    verifier = Verifier(db, level)
    return package.read(path, verifier, own_encryption_keys(db)), verifier


def city_encryption_key(db: Database) -> X25519PublicKey | None:
    """The trusted city office's key to encrypt packages to, if it gave one."""
    for row in trusted(db):
        if row.active and row.level == SiteLevel.CITY.value and row.encryption_key:
            return X25519PublicKey.from_public_bytes(bytes.fromhex(row.encryption_key))
    return None
