"""Roles and permissions through the services on PostgreSQL: tests/unit/test_permissions.py run
again instead of being copied.
"""

from __future__ import annotations

import pytest
from test_permissions import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
