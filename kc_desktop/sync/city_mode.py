"""City mode (DESIGN.md §4): which database is the city's, and which schemas it reads."""

from __future__ import annotations

from kc_desktop.db import migrate
from kc_desktop.db.engine import Database
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError
from kc_desktop.services import installation


def require_city(db: Database) -> installation.OfficeInfo:
    office = installation.office_info(db)
    if office is None or office.level != SiteLevel.CITY.value:
        raise KCError("Cơ sở dữ liệu này không phải của Sở Công Thương (chế độ Sở); "
                      "hãy mở cơ sở dữ liệu của Sở bằng --db.")
    return office


def known_schema(revision: object) -> bool:
    return isinstance(revision, str) and revision in migrate.known_revisions()
