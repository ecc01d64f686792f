"""Surveys and inspections (drafts, official numbers, corrections, photos) on PostgreSQL.

The unit tests of tests/unit/test_field_records.py, run again on the server instead of being copied.
"""

from __future__ import annotations

import pytest
from test_field_records import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
