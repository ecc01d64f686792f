"""This installation: its own office, and the officer the program acts as (the current officer, or the
one signed in). First-run setup is kc_desktop.services.setup."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AppSetting, Officer, Site
from kc_desktop.domain.enums import Role

CURRENT_OFFICER = "current_officer_id"


@dataclass(frozen=True)
class OfficeInfo:
    site_id: str
    site_code: str
    site_name: str
    level: str
    officer_id: str
    officer_name: str
    role: str = Role.OFFICER.value


def office_info(db: Database, officer_id: str | None = None) -> OfficeInfo | None:
    """This installation's office with the given officer (by default the current one: the officer
    the command line acts as), or None before the first run."""
    with db.read() as session:
        site = session.scalars(select(Site).where(Site.is_self.is_(True))).first()
        if site is None:
            return None
        if officer_id is None:
            setting = session.get(AppSetting, CURRENT_OFFICER)
            officer_id = setting.value if setting else None
            officer = session.get(Officer, officer_id) if officer_id else None
            if officer is None:
                officer = session.scalars(select(Officer).where(Officer.site_id == site.id)).first()
        else:
            officer = session.get(Officer, officer_id)
        if officer is None:
            return None
        return OfficeInfo(site.id, site.code, site.name, site.level, officer.id, officer.name, officer.role)


def current_actor(db: Database) -> Actor | None:
    info = office_info(db)
    return Actor(info.site_id, info.officer_id) if info else None
