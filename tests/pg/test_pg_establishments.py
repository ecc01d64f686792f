"""The establishment registry on PostgreSQL.

The unit tests of tests/unit/test_establishments.py run again on the server instead of being copied;
then the search of the server (a regular expression over the folded text) is held to the answers of
SQLite's full-text index for the same records.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_establishments import *  # noqa: F403  (every test and fixture of the SQLite version)

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.services import establishments, setup

pytestmark = pytest.mark.postgres

RECORDS = [
    EstablishmentInput(name="Công ty TNHH An Phú", kind="enterprise", tax_code="0100233488-001",
                       address="Số 5, ngõ 12/3 (cạnh chợ)", admin_unit_code="00583", trade="Đồ gỗ_mỹ nghệ"),
    EstablishmentInput(name="Cơ sở Lan Anh", kind="household", representative="Trần Thị Lan",
                       admin_unit_code="09556", products="Lụa; khăn-tơ tằm"),
    EstablishmentInput(name="HTX ĐAN LÁT Phú Vinh", kind="cooperative", tax_code="0100047516",
                       admin_unit_code="00454", village="Thôn Phú Vinh", phone="0912345678"),
    EstablishmentInput(name="Hộ kinh doanh Nguyễn Văn Đức", kind="household", admin_unit_code="00167",
                       trade="Mây tre đan xuất khẩu"),
]

TYPED = ["an", "lan", "anh", "an phu", "phu", "001", "0100", "0100233488-001", "12", "3", "cho", "go", "my nghe",
         "ĐỒ GỖ", "to tam", "khan", "bat trang", "dong anh", "ha dong", "xa", "phuong", "duc", "đức", "nguyen van",
         "0912", "dan", "dan lat", "may tre", "tre dan", "zzz", "a", "o", "p", "", "  ;  "]


@pytest.fixture
def both(db: Database, actor: Actor, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """The same records in a SQLite file and in the PostgreSQL database."""
    sqlite = open_database(tmp_path / "kc.sqlite")
    try:
        office = setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583", "Nguyễn Văn An")
        sqlite_actor = setup.initialize(sqlite, office)
        for data in RECORDS:
            establishments.create(sqlite, sqlite_actor, data)
            establishments.create(db, actor, data)
        yield sqlite, db
    finally:
        sqlite.close()


def _names(db: Database, typed: str, **filters: object) -> set[str]:
    ids = establishments.search_ids(db, EstablishmentFilter(text=typed, **filters))  # type: ignore[arg-type]
    return {row.name for row in establishments.rows(db, ids)}


def test_search_finds_what_the_sqlite_index_finds(both: tuple[Database, Database]) -> None:
    sqlite, server = both
    for typed in TYPED:
        assert _names(server, typed) == _names(sqlite, typed), typed
    # "an" starts "An Phú", "Anh" and "Đông Anh" (the commune of the cooperative), never ends "Lan" or "Đan".
    assert _names(server, "an") == {"Công ty TNHH An Phú", "Cơ sở Lan Anh", "HTX ĐAN LÁT Phú Vinh"}
    assert _names(server, "lan") == {"Cơ sở Lan Anh"}
    assert _names(server, "001") == {"Công ty TNHH An Phú"}  # the branch part of the tax code
    assert _names(server, "ha dong") == {"Cơ sở Lan Anh"}  # the name of its ward, Phường Hà Đông
    assert _names(server, "dan lat") == {"HTX ĐAN LÁT Phú Vinh"}
    assert _names(server, "zzz") == set()


def test_search_on_the_server_by_name_tax_code_and_ward(both: tuple[Database, Database]) -> None:
    _, server = both
    assert _names(server, "NGUYỄN VĂN ĐỨC") == {"Hộ kinh doanh Nguyễn Văn Đức"}
    assert _names(server, "nguyen van duc") == {"Hộ kinh doanh Nguyễn Văn Đức"}
    assert _names(server, "0100047516") == {"HTX ĐAN LÁT Phú Vinh"}
    assert _names(server, "01000475") == {"HTX ĐAN LÁT Phú Vinh"}
    assert _names(server, "Bát Tràng") == {"Công ty TNHH An Phú"}
    assert _names(server, "", admin_unit_code="00454") == {"HTX ĐAN LÁT Phú Vinh"}
    assert _names(server, "phu", kind="cooperative") == {"HTX ĐAN LÁT Phú Vinh"}
