"""The data of the annual city report: measures, rows, tables; plain frozen dataclasses, no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from kc_desktop.domain.project import ProjectStatus

TITLE = "BÁO CÁO TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG NĂM {year}"
REPORTED_STATUSES = (
    ProjectStatus.APPROVED,
    ProjectStatus.IN_PROGRESS,
    ProjectStatus.INSPECTED,
    ProjectStatus.ACCEPTED,
    ProjectStatus.SETTLED,
)
LEFT_OUT_STATUSES = (ProjectStatus.PROPOSED, ProjectStatus.SURVEYED, ProjectStatus.CANCELLED)
NO_BENEFICIARY = "(chưa có cơ sở thụ hưởng)"
NO_DISTRICT = "(không ghi huyện cũ)"
NO_KIND = "(chưa chọn nội dung hỗ trợ)"
ALL_OFFICES = "Tất cả các đơn vị"


@dataclass(frozen=True)
class Measures:
    """What each row of the report counts and adds up (amounts in whole đồng)."""

    projects: int = 0
    establishments: int = 0
    approved: int = 0
    advanced: int = 0
    settled: int = 0
    counterpart: int = 0
    women_owned: int = 0
    ethnic_minority_owned: int = 0
    by_status: tuple[int, ...] = (0,) * len(REPORTED_STATUSES)  # in the order of REPORTED_STATUSES

    @property
    def disbursement_rate(self) -> float | None:
        """Tỷ lệ giải ngân: settled / approved; None when nothing is approved."""
        return self.settled / self.approved if self.approved else None

    @property
    def women_share(self) -> float | None:
        return self.women_owned / self.establishments if self.establishments else None

    @property
    def ethnic_minority_share(self) -> float | None:
        return self.ethnic_minority_owned / self.establishments if self.establishments else None

    def __add__(self, other: Measures) -> Measures:
        values = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self) if f.name != "by_status"}
        statuses = tuple(a + b for a, b in zip(self.by_status, other.by_status, strict=True))
        return Measures(**values, by_status=statuses)


@dataclass(frozen=True)
class ReportRow:
    """One row: its keys (codes; "" when unknown), the labels officers read, and its measures."""

    keys: tuple[str, ...]
    labels: tuple[str, ...]
    measures: Measures


@dataclass(frozen=True)
class ReportTable:
    """One table of the report (one sheet of the workbook), rows in Vietnamese alphabetical order."""

    key: str
    sheet: str
    title: str
    key_headers: tuple[str, ...]
    rows: tuple[ReportRow, ...]

    @property
    def total(self) -> Measures:
        """The "Tổng cộng" row: the plain sum of the rows, as the workbook's SUM formulas compute it."""
        result = Measures()
        for row in self.rows:
            result = result + row.measures
        return result


@dataclass(frozen=True)
class CityReport:
    """The whole report of one plan year."""

    year: int
    unit: str  # the office that makes the report
    scope: str  # whose data: every office, or one office's name
    site_id: str | None
    made_on: dt.date
    summary: Measures  # distinct counts over the whole year
    left_out: dict[str, int]  # status -> number of projects of the year not reported (proposed, cancelled…)
    tables: tuple[ReportTable, ...] = field(default=())

    @property
    def title(self) -> str:
        return TITLE.format(year=self.year)

    @property
    def is_empty(self) -> bool:
        return self.summary.projects == 0

    def table(self, key: str) -> ReportTable:
        return next(t for t in self.tables if t.key == key)


# The tables, in the order of the workbook's sheets: key, sheet name (≤ 31 characters), title, key captions.
TABLES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("wards", "Theo phường, xã", "Theo phường, xã", ("Mã", "Phường, xã")),
    ("districts", "Theo huyện cũ", "Theo huyện cũ (trước 1/7/2025)", ("Huyện cũ",)),
    ("kinds", "Theo nội dung hỗ trợ", "Theo nội dung hỗ trợ", ("Nội dung hỗ trợ",)),
    ("sources", "Theo nguồn kinh phí", "Theo nguồn kinh phí", ("Nguồn kinh phí",)),
    ("cross", "Phường, xã × nội dung × nguồn", "Theo phường, xã, nội dung hỗ trợ và nguồn kinh phí",
     ("Phường, xã", "Nội dung hỗ trợ", "Nguồn kinh phí")),
)
