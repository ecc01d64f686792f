"""The annual city report (báo cáo tổng hợp kết quả khuyến công năm Y): its tables, built in SQL, saved to Excel.

Which projects: the live (not deleted) projects of plan year Y that have been approved,
that is in the statuses approved, in progress, inspected, accepted or settled. Projects
still proposed or surveyed, and cancelled ones, are left out and only counted in the
summary. `site_id` restricts the report to projects whose origin is that office; None
covers every office in the database (on an office's own database: its own data).

How a project's amounts reach a ward/commune (and a former district): through its
beneficiaries, in proportion to their own amounts. The approved support (kinh phí khuyến
công được duyệt), the advance (tạm ứng) and the settlement (quyết toán) are shared in
proportion to each beneficiary's khuyến công amount; the counterpart (đối ứng) in
proportion to each beneficiary's counterpart amount (by the khuyến công shares, then in
equal shares, when those are all zero). When the beneficiaries' amounts add up to the
project's, as they should, each beneficiary gets exactly its own amounts. Shares are whole
đồng: each is rounded down and the few đồng left go to one beneficiary of the project (the
same one on every database), so that every table adds up exactly to the projects' own
totals and a ward's figures are the same in every table. A project without a beneficiary
yet is reported as "(chưa có cơ sở thụ hưởng)"; beneficiaries and establishments in the
trash are ignored, and their share goes to the project's other beneficiaries.

Counts are distinct within a row: a project supporting establishments in two wards counts
once in each ward, so the "Tổng cộng" row of a table can count a project (or an
establishment supported by two kinds of support) more than once; the summary gives the
distinct counts. Amounts never double.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kc_desktop.db.engine import Database
from kc_desktop.progress import Progress, Steps, drive
from kc_desktop.reports import city_query
from kc_desktop.reports.city_xlsx import save_report
from kc_desktop.reports.model import (
    LEFT_OUT_STATUSES,
    REPORTED_STATUSES,
    TABLES,
    TITLE,
    CityReport,
    Measures,
    ReportRow,
    ReportTable,
)

__all__ = [
    "LEFT_OUT_STATUSES",
    "REPORTED_STATUSES",
    "TABLES",
    "TITLE",
    "CityReport",
    "Measures",
    "ReportRow",
    "ReportTable",
    "build_report",
    "report_offices",
    "report_steps",
    "report_years",
    "save_report",
    "write_report",
]


def report_steps(db: Database, year: int, *, site_id: str | None = None, path: Path | None = None) -> Steps[CityReport]:
    """Build the report of plan year `year` (and write it to `path` when given), yielding progress."""
    report = yield from city_query.build(db, year, site_id)
    if path is not None:
        yield Progress(len(TABLES) + 2, len(TABLES) + 3, "Đang ghi tệp Excel…")
        save_report(report, Path(path))
        yield Progress(len(TABLES) + 3, len(TABLES) + 3, "Đã ghi tệp Excel.")
    return report


def build_report(db: Database, year: int, *, site_id: str | None = None) -> CityReport:
    """The report of plan year `year`, for every office (site_id None) or the office `site_id` (id or code)."""
    return drive(report_steps(db, year, site_id=site_id))


def write_report(
    db: Database,
    year: int,
    path: str | Path,
    *,
    site_id: str | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> CityReport:
    """Build the report and write it to `path` (.xlsx) atomically; returns what was written.

    The file is written beside the target and renamed over it at the end: a failure leaves
    no half-written file and any previous file as it was. An unwritable place raises a
    KCError whose message is one Vietnamese sentence.
    """
    return drive(report_steps(db, year, site_id=site_id, path=Path(path)), on_progress)


def report_years(db: Database) -> list[int]:
    """Plan years that have projects, newest first (for the year selector)."""
    return city_query.plan_years(db)


def report_offices(db: Database) -> list[tuple[str, str, str]]:
    """(id, code, name) of the offices known to this database, for the scope selector."""
    return city_query.offices(db)
