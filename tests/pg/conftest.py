"""The tests of this folder run on PostgreSQL: `db` is a freshly migrated database on the test server.

The unit tests' helper modules (tests/unit) are importable from here, so that the same tests and
fixtures can run again on PostgreSQL instead of being copied.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kc_desktop.db.engine import Database, open_database

UNIT_TESTS = str(Path(__file__).resolve().parent.parent / "unit")
if UNIT_TESTS not in sys.path:
    sys.path.append(UNIT_TESTS)


@pytest.fixture
def db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.close()
