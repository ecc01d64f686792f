"""Accounts, sign-in and locks on PostgreSQL: tests/unit/test_accounts.py run again instead of
being copied.
"""

from __future__ import annotations

import pytest
from test_accounts import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
