"""What every screen needs: the open database, who is working, and for which office."""

from __future__ import annotations

from dataclasses import dataclass

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.services import setup
from kc_desktop.services.setup import OfficeInfo


@dataclass
class AppContext:
    db: Database
    actor: Actor
    office: OfficeInfo

    @classmethod
    def load(cls, db: Database) -> AppContext | None:
        """The context of a database whose office is set up, or None before the first run."""
        office = setup.office_info(db)
        if office is None:
            return None
        return cls(db, Actor(office.site_id, office.officer_id), office)
