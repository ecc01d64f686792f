"""The annual city report over 300,000 records, against a bare GROUP BY and the same cells written by bare openpyxl."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import statistics
import uuid

from bench.common import big_database, report, scratch, size, timed

PROJECTS = size(90_000, 60)  # + 100,000 establishments + about 110,000 beneficiaries = 300,000 records
YEAR = 2026
TARGET_S = 20.0


def _fill(db: object, actor: object) -> int:
    """Projects of 2025 and 2026 in every status, one or two beneficiaries each; returns the records added."""
    from sqlalchemy import select

    from kc_desktop.db.changelog import insert_rows
    from kc_desktop.db.models import Establishment, SupportKind
    from kc_desktop.db.models_work import Project, ProjectBeneficiary

    rng = random.Random(11)
    statuses = ["proposed", "surveyed", "approved", "in_progress", "inspected", "accepted", "settled", "cancelled"]
    with db.session(actor) as session:  # type: ignore[attr-defined]
        pool = list(session.scalars(select(Establishment.id).where(Establishment.deleted_at.is_(None))))
        kinds = list(session.scalars(select(SupportKind.code)))
        added = 0
        for start in range(0, PROJECTS, 5000):
            projects, beneficiaries = [], []
            for index in range(start, min(start + 5000, PROJECTS)):
                shares = [rng.randrange(10, 30) * 10_000_000 for _ in range(2 if rng.random() < 0.22 else 1)]
                kc = sum(shares)
                status = rng.choice(statuses)
                settled = kc if status == "settled" else 0
                project_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                projects.append(dict(
                    id=project_id, code=f"KC-B-{index:06d}", title=f"Hỗ trợ máy móc thiết bị số {index}",
                    plan_year=2025 + index % 2, round=1 + index % 3, funding_source=rng.choice(["local", "national"]),
                    support_kind_code=rng.choice(kinds), rules_version="nd235", approval_date=dt.date(2026, 1, 2),
                    total_amount=2 * kc, kc_amount=kc, counterpart_amount=kc, advanced_amount=kc // 2,
                    settled_amount=settled, status=status))
                for share in shares:
                    beneficiaries.append(dict(project_id=project_id, establishment_id=rng.choice(pool),
                                              total_amount=2 * share, kc_amount=share, counterpart_amount=share))
            insert_rows(session, Project, projects)
            insert_rows(session, ProjectBeneficiary, beneficiaries)
            added += len(projects) + len(beneficiaries)
        return added + len(pool)


def _baseline(path: object, cells: int, out: object) -> float:
    """The bare work: one GROUP BY over the same join, then as many plain cells written by write-only openpyxl."""
    from openpyxl import Workbook

    def work() -> None:
        bare = sqlite3.connect(path)  # type: ignore[arg-type]
        bare.execute(
            "SELECT e.admin_unit_code, p.support_kind_code, p.funding_source, COUNT(DISTINCT p.id), "
            "COUNT(DISTINCT e.id), SUM(p.kc_amount), SUM(p.advanced_amount), SUM(p.settled_amount), "
            "SUM(p.counterpart_amount) FROM project p LEFT JOIN project_beneficiary b ON b.project_id = p.id "
            "AND b.deleted_at IS NULL LEFT JOIN establishment e ON e.id = b.establishment_id "
            "WHERE p.deleted_at IS NULL AND p.plan_year = ? AND p.status IN "
            "('approved','in_progress','inspected','accepted','settled') GROUP BY 1, 2, 3", (YEAR,)).fetchall()
        bare.close()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("bare")
        width = 20
        for row in range(cells // width + 1):
            sheet.append([row * width + column for column in range(width)])
        book.save(out)  # type: ignore[arg-type]

    return statistics.median(timed(work) for _ in range(3))


def run() -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.reports.city import write_report
    from kc_desktop.services import demo

    folder = scratch("report")
    path = folder / "report.sqlite"
    shutil.copyfile(big_database(), path)
    db = open_database(path)
    records = _fill(db, demo.ensure_office(db))
    db.close()
    db = open_database(path)
    target = folder / "bao-cao.xlsx"
    result = None

    def ours() -> None:
        nonlocal result
        result = write_report(db, YEAR, target)

    seconds = statistics.median(timed(ours) for _ in range(3))
    assert result is not None
    cells = sum(len(t.rows) * (len(t.key_headers) + 18) for t in result.tables)
    baseline = _baseline(path, cells, folder / "bare.xlsx")
    print(f"city report {YEAR}: {records:,} records in the database, {result.summary.projects:,} projects reported, "
          f"{sum(len(t.rows) for t in result.tables):,} table rows ({cells:,} cells); target < {TARGET_S:g} s")
    report("city_report_write", seconds, "s", baseline, "s")
    db.close()
