"""Opening the establishment list on 100,000 records: ids, then the first page of rows."""

from __future__ import annotations

import sqlite3

from bench.common import big_database, median_ms, report

PAGE = 200


def run() -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import establishments

    path = big_database()
    db = open_database(path)

    def ours() -> None:
        ids = establishments.search_ids(db)
        establishments.rows(db, ids[:PAGE])

    bare = sqlite3.connect(path)

    def baseline() -> None:
        ids = [
            r[0] for r in bare.execute("SELECT id FROM establishment WHERE deleted_at IS NULL ORDER BY name_sort, id")
        ]
        marks = ",".join("?" * PAGE)
        bare.execute(
            f"SELECT e.*, a.name, c.name FROM establishment e JOIN admin_unit a ON a.code = e.admin_unit_code "
            f"LEFT JOIN craft_village c ON c.id = e.craft_village_id WHERE e.id IN ({marks})",
            ids[:PAGE],
        ).fetchall()

    report("list_first_rows", median_ms(ours, 7), "ms", median_ms(baseline, 7), "ms")
    db.close()
