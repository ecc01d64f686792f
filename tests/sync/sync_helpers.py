"""Offices and a city office on real databases, each in its own folder (keys live beside the database)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models import SYNCED_TABLES
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.services import establishments, setup
from kc_desktop.sync import trust
from kc_desktop.sync.apply import LOCAL

CITY = setup.SiteIdentity("SCT-HN", "Sở Công Thương Hà Nội", "city", None, "Trần Thị Bình", "Chuyên viên")
OFFICES = {
    "BT01": setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583", "Nguyễn Văn An"),
    "VP02": setup.SiteIdentity("VP02", "UBND phường Hà Đông", "commune", "09556", "Lê Văn Cường"),
}


@dataclass
class Site:
    db: Database
    actor: Actor
    folder: Path

    @property
    def card(self) -> trust.SiteCard:
        return trust.own_card(self.db)


def make_site(root: Path, identity: setup.SiteIdentity, url: str | None = None) -> Site:
    folder = root / identity.code
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(url or folder / "kc.sqlite")
    actor = setup.initialize(db, identity)
    return Site(db, actor, folder)


def introduce(city: Site, *offices: Site) -> None:
    """Each side confirms the other's fingerprint, as officers do by phone."""
    for office in offices:
        trust.trust(city.db, office.card, office.card.fingerprint)
        trust.trust(office.db, city.card, city.card.fingerprint)


def add_establishment(site: Site, name: str, tax_code: str | None = None, unit: str = "00583") -> str:
    return establishments.create(site.db, site.actor, EstablishmentInput(name=name, tax_code=tax_code,
                                                                         admin_unit_code=unit))


def snapshot(db: Database, *, origin: str | None = None) -> dict[tuple[str, str], dict]:
    """Every synced record's travelling state (optionally of one origin), for comparing databases."""
    state = {}
    with db.read() as session:
        for name, model in SYNCED_TABLES.items():
            table = model.__table__
            query = select(table)
            if origin is not None:
                query = query.where(table.c.origin_site_id == origin)
            for row in session.execute(query).mappings():
                local = LOCAL | set(getattr(model, "LOCAL_COLUMNS", ()))
                state[(name, row["id"])] = {k: v for k, v in row.items() if k not in local}
    return state
