"""Printing official minutes (also from worker processes opening the database by URL) on PostgreSQL.

The unit tests of tests/unit/test_documents_render.py, run again on the server instead of being copied.
"""

from __future__ import annotations

import pytest
from test_documents_render import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
