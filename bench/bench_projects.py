"""Project list with 20,000 projects: ids, then the first page of rows with their warnings."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3

from bench.common import median_ms, report, scratch, size

COUNT = size(20_000, 300)
PAGE = 200


def run() -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.db.models_work import Project, ProjectBeneficiary
    from kc_desktop.progress import drive
    from kc_desktop.services import demo, establishments, projects

    path = scratch("projects") / "projects.sqlite"
    db = open_database(path)
    actor = demo.ensure_office(db)
    drive(demo.generate(db, actor, establishments=2000, seed=5))
    establishment_ids = establishments.search_ids(db)
    rng = random.Random(5)
    statuses = ["proposed", "surveyed", "approved", "in_progress", "inspected", "accepted", "settled", "cancelled"]
    with db.session(actor) as session:
        for index in range(COUNT):
            project = Project(code=f"KC-{2020 + index % 7}-{index:05d}", title=f"Hỗ trợ máy móc thiết bị số {index}",
                              plan_year=2020 + index % 7, round=1 + index % 3, funding_source="local",
                              support_kind_code="may_moc_thiet_bi", rules_version="nd235",
                              approval_date=dt.date(2026, 1, 1), total_amount=600_000_000, kc_amount=300_000_000,
                              counterpart_amount=300_000_000, status=rng.choice(statuses))
            session.add(project)
            session.flush()
            session.add(ProjectBeneficiary(project_id=project.id, establishment_id=rng.choice(establishment_ids),
                                           total_amount=600_000_000, kc_amount=300_000_000,
                                           counterpart_amount=300_000_000))
            if index % 2000 == 1999:
                session.flush()
                session.expunge_all()

    def ours() -> None:
        ids = projects.search_ids(db)
        projects.rows(db, ids[:PAGE])

    bare = sqlite3.connect(path)

    def baseline() -> None:
        ids = [r[0] for r in bare.execute(
            "SELECT id FROM project WHERE deleted_at IS NULL ORDER BY plan_year DESC, code")]
        marks = ",".join("?" * PAGE)
        bare.execute(f"SELECT p.*, k.name FROM project p LEFT JOIN support_kind k ON k.code = p.support_kind_code "
                     f"WHERE p.id IN ({marks})", ids[:PAGE]).fetchall()
        bare.execute(f"SELECT * FROM project_beneficiary WHERE project_id IN ({marks})", ids[:PAGE]).fetchall()

    report("project_list_first_rows", median_ms(ours, 7), "ms", median_ms(baseline, 7), "ms")
    db.close()
