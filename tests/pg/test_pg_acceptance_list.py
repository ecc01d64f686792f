"""The list of acceptance sessions on PostgreSQL.

The unit tests of tests/unit/test_acceptance_list.py, run again on the server instead of being copied.
"""

from __future__ import annotations

import pytest
from test_acceptance_list import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
