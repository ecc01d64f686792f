"""What every screen needs: the open database, who is working, and for which office."""

from __future__ import annotations

from dataclasses import dataclass

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.services import installation, permissions
from kc_desktop.services.installation import OfficeInfo


@dataclass
class AppContext:
    db: Database
    actor: Actor
    office: OfficeInfo

    @classmethod
    def load(cls, db: Database) -> AppContext | None:
        """The context of a database whose office is set up, or None before the first run.

        It acts as the installation's current officer; the GUI's start signs in first (`signed_in`).
        """
        office = installation.office_info(db)
        if office is None:
            return None
        return cls(db, Actor(office.site_id, office.officer_id), office)

    @classmethod
    def signed_in(cls, db: Database, actor: Actor) -> AppContext | None:
        """The context of the officer who signed in."""
        office = installation.office_info(db, actor.officer_id)
        return cls(db, actor, office) if office is not None else None

    @property
    def role(self) -> str:
        return self.office.role

    def can(self, action: permissions.Action | str) -> bool:
        """Whether the officer at the keyboard may do this (the services check again)."""
        return permissions.allowed(self.office.role, action)
