"""Shared fixtures: a real SQLite database file with an office set up."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.services import setup

OFFICE = setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583", "Nguyễn Văn An", "Cán bộ khuyến công")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep backups and settings of every test inside its own temporary folder."""
    monkeypatch.setenv("KC_DESKTOP_DATA", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kc.sqlite")
    yield database
    database.close()


@pytest.fixture
def actor(db: Database) -> Actor:
    return setup.initialize(db, OFFICE)
