"""Shared fixtures: a real SQLite database file with an office set up, and fresh PostgreSQL databases."""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

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


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty PostgreSQL database, dropped after the test.

    The server is the one KC_TEST_POSTGRES_URL points to (`eval "$(tests/pg_cluster.sh start)"`);
    without it the test is skipped, except in CI (CI set), where PostgreSQL must never be skipped.
    """
    admin_url = os.environ.get("KC_TEST_POSTGRES_URL")
    if not admin_url:
        message = "KC_TEST_POSTGRES_URL is not set (start a server with: eval \"$(tests/pg_cluster.sh start)\")"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(message)
        pytest.skip(message)
    url = make_url(admin_url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    name = f"kc_{secrets.token_hex(8)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        # From template0 with locale C: the same empty database whatever the server's defaults.
        connection.execute(
            text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        )
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
