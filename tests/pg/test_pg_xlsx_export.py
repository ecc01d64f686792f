"""Exporting the establishment register to a spreadsheet on PostgreSQL.

The unit tests of tests/unit/test_xlsx_export.py, run again on the server instead of being copied.
"""

from __future__ import annotations

import pytest
from test_xlsx_export import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
