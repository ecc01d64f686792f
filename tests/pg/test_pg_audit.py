"""The audit (field diffs, reasons, search with filters and pages) on PostgreSQL:
tests/unit/test_audit.py run again instead of being copied.
"""

from __future__ import annotations

import pytest
from test_audit import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
