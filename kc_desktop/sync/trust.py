"""Which sites' packages this installation accepts (DESIGN.md §4, site trust).

A site's public keys travel in every package it sends (they are not secret). They are trusted
only after a person compares the fingerprint with the one the site reads out of its own program
(by phone, on paper) and confirms; later packages must be signed by the same key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select

from kc_desktop import paths
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor, record_event
from kc_desktop.db.engine import Database
from kc_desktop.db.models_sync import TrustedKey
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.domain.permissions import Action, require
from kc_desktop.errors import KCError
from kc_desktop.services import setup
from kc_desktop.sync import keys, package
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


def key_folder(db: Database) -> Path:
    """The keys live with the site's data (beside the database file, or the data folder for a server)."""
    return db.path.parent if db.path is not None else paths.data_dir()


def own_card(db: Database) -> SiteCard:
    office = setup.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị; hãy thiết lập đơn vị trước.")
    folder = key_folder(db)
    signing = keys.public_bytes(keys.load_or_create(folder).public_key()).hex()
    encryption = keys.public_bytes(own_encryption_key(db).public_key()).hex()
    return SiteCard(office.site_id, office.site_code, office.site_name, office.level, signing, encryption)


def own_encryption_key(db: Database) -> X25519PrivateKey:
    return keys.load_or_create_encryption(key_folder(db))


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
    manifest, manifest_bytes, signature = package.read_unverified_manifest(path, own_encryption_key(db))
    card = card_from_dict(manifest.get("sender"), Path(path).name)
    try:
        keys.public_from_hex(card.public_key).verify(signature, manifest_bytes)
    except InvalidSignature as exc:
        raise PackageRejected(f"Chữ ký của gói «{Path(path).name}» không đúng với khóa nó mang theo.") from exc
    return card


def write_card(db: Database, path: Path) -> Path:
    """This site's card as a small JSON file, for the other side to register."""
    path = Path(path)
    path.write_text(json.dumps(own_card(db).header(), ensure_ascii=False, indent=1), "utf-8")
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
    if package.is_sealed(path) or _is_zip(path):
        return card_of_package(db, path)
    return read_card(path)


def _is_zip(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _acting(db: Database, actor: Actor | None) -> Actor | None:
    """Who trusts or revokes: the signed-in officer, or else the installation's current officer."""
    return actor or setup.current_actor(db)


def trust(db: Database, card: SiteCard, confirmed_fingerprint: str, by: str = "",
          actor: Actor | None = None) -> TrustedKey:
    """Register a site's keys after a person confirmed the fingerprint they were told.

    Only a head (or the city's administrator) may; `actor` None is the installation's current officer."""
    actor = _acting(db, actor)
    require(db, actor, Action.TRUST_SITE)
    if not keys.same_fingerprint(confirmed_fingerprint, card.fingerprint):
        raise KCError(f"Dấu vân tay xác nhận không khớp khóa của đơn vị {card.code} ({card.fingerprint}); "
                      "chưa tin cậy đơn vị này.")
    office = setup.office_info(db)
    if office is not None and office.site_id == card.site_id:
        raise KCError("Đây là khóa của chính đơn vị này.")
    with db.session(actor) as session:
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


def revoke(db: Database, site_id: str, actor: Actor | None = None) -> None:
    actor = _acting(db, actor)
    require(db, actor, Action.TRUST_SITE)
    with db.session(actor) as session:
        row = session.get(TrustedKey, site_id)
        if row is None:
            raise KCError("Không có đơn vị này trong danh sách tin cậy.")
        row.active = False
        record_event(session, TrustedKey.__tablename__, site_id, {"active": [True, False]},
                     f"Thu hồi khóa của {row.code} – {row.name}", changed_by=_who(actor))


def trusted(db: Database) -> list[TrustedKey]:
    with db.read() as session:
        return list(session.scalars(select(TrustedKey).order_by(TrustedKey.level, TrustedKey.code)))


def key_lookup(db: Database, *, level: str | None = None) -> Callable[[str], Ed25519PublicKey | None]:
    """site id -> trusted public key (of the given level only, if asked)."""
    table = {row.site_id: keys.public_from_hex(row.public_key) for row in trusted(db)
             if row.active and (level is None or row.level == level)}
    return table.get


def city_encryption_key(db: Database) -> X25519PublicKey | None:
    """The trusted city office's key to encrypt packages to, if it gave one."""
    for row in trusted(db):
        if row.active and row.level == SiteLevel.CITY.value and row.encryption_key:
            return X25519PublicKey.from_public_bytes(bytes.fromhex(row.encryption_key))
    return None
