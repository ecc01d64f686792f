"""The list of surveys and inspections on PostgreSQL.

The unit tests of tests/unit/test_field_records_list.py, run again on the server instead of being copied.
"""

from __future__ import annotations

import pytest
from test_field_records_list import *  # noqa: F403  (every test and fixture of the SQLite version)

pytestmark = pytest.mark.postgres
