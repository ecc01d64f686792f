"""City mode (DESIGN.md §4): packages from the offices in, receipts and reference packages out.

The work is in four modules, re-exported here for the screens and the command line:
`city_mode` (which database is the city's), `city_import` (packages in), `city_ledger` (what arrived
from each office, gaps, acknowledgements) and `city_publish` (receipts, reference and recovery packages).
"""

from kc_desktop.sync.city_import import (
    ALREADY,
    IMPORTED,
    PACKAGE_SUFFIXES,
    REJECTED,
    Outcome,
    import_many,
    import_package,
    package_files,
)
from kc_desktop.sync.city_ledger import Gap, Received, acknowledged, current_epochs, gaps, received, received_ranges
from kc_desktop.sync.city_mode import known_schema, require_city
from kc_desktop.sync.city_publish import (
    REFERENCE_NUMBER,
    Recovery,
    current_support_limits,
    next_reference_number,
    publish_reference,
    reference_changes,
    set_support_limits,
    write_receipts,
    write_recovery,
)

__all__ = [
    "ALREADY", "IMPORTED", "PACKAGE_SUFFIXES", "REFERENCE_NUMBER", "REJECTED", "Gap", "Outcome", "Received", "Recovery",
    "acknowledged", "current_epochs", "current_support_limits", "gaps", "import_many", "import_package",
    "known_schema", "next_reference_number", "package_files", "publish_reference", "received", "received_ranges",
    "reference_changes", "require_city", "set_support_limits", "write_receipts", "write_recovery",
]
