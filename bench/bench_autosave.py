"""Autosave of one field of a draft on a database of 100,000 records, against a bare UPDATE + log row."""
from __future__ import annotations

import shutil
import sqlite3

from bench.common import big_database, median_ms, report, scratch


def run() -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import establishments, field_records, installation, templates

    path = scratch("autosave") / "kc.sqlite"
    shutil.copy(big_database(), path)
    db = open_database(path)
    actor = installation.current_actor(db)
    assert actor is not None
    if not templates.published(db, "survey"):
        templates.install_defaults(db, actor)
    template_id = templates.published(db, "survey")[0].id
    found = establishments.search_ids(db)
    establishment_id = found[min(500, len(found) - 1)]
    record_id = field_records.start(db, actor, "survey", template_id, None, establishment_id)
    counter = iter(range(10**6))

    def ours() -> None:
        field_records.save_draft(db, actor, record_id, {"answers": {"ghi_chu_khac": f"Ghi chú {next(counter)}"}})

    bare = sqlite3.connect(path, isolation_level=None)
    bare.execute("PRAGMA synchronous=FULL")

    def baseline() -> None:
        number = next(counter)
        bare.execute("BEGIN")
        bare.execute("UPDATE field_record SET answers = ?, version = version + 1 WHERE id = ?",
                     (f'{{"ghi_chu_khac": "Ghi chú {number}"}}', record_id))
        bare.execute("INSERT INTO change_log (table_name, record_id, version, deleted, changed_at, changed_by) "
                     "VALUES ('field_record', ?, 1, 0, '2026-01-01', 'x')", (record_id,))
        bare.execute("COMMIT")

    report("autosave_field", median_ms(ours, 25), "ms", median_ms(baseline, 25), "ms")
    db.close()
