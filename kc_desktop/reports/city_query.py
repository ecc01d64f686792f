"""The SQL of the city report: beneficiaries' shares of each project, then one GROUP BY per table.

Plain SQLAlchemy Core that SQLite (3.25+) and PostgreSQL run alike: window functions,
CASE, CAST and COUNT(DISTINCT …); no dialect-only function. The attribution rule is
described in kc_desktop/reports/city.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ColumnElement,
    Float,
    MetaData,
    Select,
    String,
    Subquery,
    Table,
    and_,
    case,
    cast,
    distinct,
    func,
    insert,
    null,
    or_,
    select,
)
from sqlalchemy import true as sql_true
from sqlalchemy.orm import Session
from sqlalchemy.schema import DropTable

from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, Establishment, Site, SupportKind
from kc_desktop.db.models_work import Project, ProjectBeneficiary
from kc_desktop.domain.project import FundingSource
from kc_desktop.errors import NotFound
from kc_desktop.progress import Progress, Steps
from kc_desktop.reports.collation import sort_key
from kc_desktop.reports.model import (
    ALL_OFFICES,
    LEFT_OUT_STATUSES,
    NO_BENEFICIARY,
    NO_DISTRICT,
    NO_KIND,
    REPORTED_STATUSES,
    TABLES,
    CityReport,
    Measures,
    ReportRow,
    ReportTable,
)

AMOUNTS = ("approved", "advanced", "settled", "counterpart")
# Each share is rounded down; the factor lifts a float product such as 299999999.99999994 back to the whole
# đồng it stands for, so that a beneficiary whose amounts add up with the project's gets exactly its own.
_LIFT = 1 + 1e-12
# Dimensions of each table, as columns of the allocation subquery.
_DIMENSIONS = {
    "wards": ("admin_unit_code",),
    "districts": ("former_district",),
    "kinds": ("support_kind_code",),
    "sources": ("funding_source",),
    "cross": ("admin_unit_code", "support_kind_code", "funding_source"),
}


def _floor(value: ColumnElement[Any]) -> ColumnElement[Any]:
    """floor() of a non-negative float on both databases: SQLite's CAST truncates, PostgreSQL's rounds."""
    whole = cast(value, BigInteger)
    return case((whole > value, whole - 1), else_=whole)


# The allocation, computed once per report into a temporary table that every GROUP BY then reads
# (its window functions over ~50,000 rows cost far more than the grouping). Its own MetaData: never migrated.
SHARES = Table(
    "kc_report_shares",
    MetaData(),
    Column("project_id", String(36)),
    Column("status", String(16)),
    Column("funding_source", String(16)),
    Column("support_kind_code", String(32)),
    Column("establishment_id", String(36)),
    Column("admin_unit_code", String(8)),
    Column("former_district", String(100)),
    Column("women_owned", Boolean),
    Column("ethnic_minority_owned", Boolean),
    *(Column(name, BigInteger) for name in AMOUNTS),
    prefixes=["TEMPORARY"],
)


def allocation(year: int, site_id: str | None) -> Select[Any]:
    """One row per (reported project, live beneficiary), with the beneficiary's whole-đồng share of each amount.

    A project without a live beneficiary gives one row with no establishment and all its amounts.
    """
    beneficiary, establishment = ProjectBeneficiary.__table__, Establishment.__table__
    # A beneficiary whose establishment is in the trash drops out entirely (not as a row without an
    # establishment); EXISTS keeps both joins on their indexes (a nested join is materialized whole by SQLite).
    trash = establishment.alias("trash")
    live = (
        select(trash.c.id)
        .where(trash.c.id == beneficiary.c.establishment_id, trash.c.deleted_at.is_(None))
        .exists()
    )
    conditions = [
        Project.deleted_at.is_(None),
        Project.plan_year == year,
        Project.status.in_([s.value for s in REPORTED_STATUSES]),
    ]
    if site_id is not None:
        conditions.append(Project.origin_site_id == site_id)
    # 1. each beneficiary with its project's amounts, the number of beneficiaries and their sums
    s1 = (
        select(
            Project.id.label("project_id"),
            Project.status,
            Project.funding_source,
            Project.support_kind_code,
            Project.kc_amount.label("approved"),
            Project.advanced_amount.label("advanced"),
            Project.settled_amount.label("settled"),
            Project.counterpart_amount.label("counterpart"),
            beneficiary.c.establishment_id,
            establishment.c.admin_unit_code,
            establishment.c.former_district,
            establishment.c.women_owned,
            establishment.c.ethnic_minority_owned,
            beneficiary.c.kc_amount.label("b_kc"),
            beneficiary.c.counterpart_amount.label("b_cp"),
            func.count(beneficiary.c.establishment_id).over(partition_by=Project.id).label("n"),
            func.sum(beneficiary.c.kc_amount).over(partition_by=Project.id).label("w_kc"),
            func.sum(beneficiary.c.counterpart_amount).over(partition_by=Project.id).label("w_cp"),
            # "First" by an integer key made from the record id: the same order whatever the text collation.
            func.row_number().over(partition_by=Project.id, order_by=establishment.c.search_key).label("rn"),
        )
        .select_from(Project.__table__)
        .outerjoin(beneficiary, and_(beneficiary.c.project_id == Project.id, beneficiary.c.deleted_at.is_(None), live))
        .outerjoin(establishment, establishment.c.id == beneficiary.c.establishment_id)
        .where(*conditions)
        .subquery("s1")
    )
    # 2. each beneficiary's share, rounded down to the đồng
    equal = cast(1, Float) / func.nullif(cast(s1.c.n, Float), 0)
    kc_weight = case((s1.c.w_kc > 0, cast(s1.c.b_kc, Float) / cast(s1.c.w_kc, Float)), else_=equal)
    cp_weight = case((s1.c.w_cp > 0, cast(s1.c.b_cp, Float) / cast(s1.c.w_cp, Float)), else_=kc_weight)

    def share(amount: str, weight: ColumnElement[Any]) -> ColumnElement[Any]:
        whole = s1.c[amount]
        return case((s1.c.n == 0, whole), else_=_floor(cast(whole, Float) * weight * _LIFT)).label(f"f_{amount}")

    keep = [c for c in s1.c if c.name not in ("b_kc", "b_cp", "w_kc", "w_cp")]
    s2 = select(
        *keep, *(share(name, cp_weight if name == "counterpart" else kc_weight) for name in AMOUNTS)
    ).subquery("s2")
    # 3. the đồng left by rounding go to the project's first beneficiary
    def allocated(amount: str) -> ColumnElement[Any]:
        left = s2.c[amount] - func.sum(s2.c[f"f_{amount}"]).over(partition_by=s2.c.project_id)
        return (s2.c[f"f_{amount}"] + case((s2.c.rn == 1, left), else_=0)).label(amount)

    others = [c for c in s2.c if c.name not in AMOUNTS and not c.name.startswith("f_") and c.name not in ("n", "rn")]
    return select(*others, *(allocated(name) for name in AMOUNTS))


def fill_shares(session: Session, year: int, site_id: str | None) -> Table:
    """Create and fill the temporary table of shares on the session's connection.

    A temporary table is private to its connection and never touches the database file. The report
    drops it when done; one left by a failed or cancelled report (empty: its rows roll back) is
    replaced by the next.
    """
    connection = session.connection()
    SHARES.drop(connection, checkfirst=True)
    SHARES.create(connection)
    connection.execute(insert(SHARES).from_select([c.name for c in SHARES.c], allocation(year, site_id)))
    return SHARES


def measure_columns(a: Table | Subquery) -> list[ColumnElement[Any]]:
    """The aggregates of `Measures`, in its field order."""
    establishment = a.c.establishment_id
    return [
        func.count(distinct(a.c.project_id)),
        func.count(distinct(establishment)),
        *(func.coalesce(func.sum(a.c[name]), 0) for name in AMOUNTS),
        func.count(distinct(case((a.c.women_owned == sql_true(), establishment), else_=null()))),
        func.count(distinct(case((a.c.ethnic_minority_owned == sql_true(), establishment), else_=null()))),
        *(func.count(distinct(case((a.c.status == s.value, a.c.project_id), else_=null())))
          for s in REPORTED_STATUSES),
    ]


def _measures(values: Sequence[Any]) -> Measures:
    numbers = [int(v or 0) for v in values]  # PostgreSQL's SUM(bigint) is a Decimal
    projects, establishments, approved, advanced, settled, counterpart, women, ethnic = numbers[:8]
    return Measures(projects, establishments, approved, advanced, settled, counterpart, women, ethnic,
                    by_status=tuple(numbers[8:]))


def grouped(a: Table | Subquery, key: str) -> Select[Any]:
    dims = [a.c[name] for name in _DIMENSIONS[key]]
    return select(*dims, *measure_columns(a)).group_by(*dims)


def build(db: Database, year: int, site_id: str | None) -> Steps[CityReport]:
    """Run the queries of the report, one table at a time, and label and sort the rows."""
    total = len(TABLES) + 2
    with db.read() as session:
        site, scope = _scope(session, site_id)
        yield Progress(0, total, "Đang tổng hợp số liệu…")
        a = fill_shares(session, year, site)
        summary = _measures(session.execute(select(*measure_columns(a))).one())
        left_out = _left_out(session, year, site)
        yield Progress(1, total, "Đang tổng hợp số liệu…")
        labels = _Labels(session)
        tables = []
        for number, (key, sheet, title, headers) in enumerate(TABLES, 2):
            rows = [_row(key, tuple(r[: len(_DIMENSIONS[key])]), r[len(_DIMENSIONS[key]) :], labels)
                    for r in session.execute(grouped(a, key))]
            rows.sort(key=lambda row: tuple(_order(label, code) for label, code in zip(row.labels[-len(row.keys):],
                                                                                            row.keys, strict=True)))
            tables.append(ReportTable(key, sheet, title, headers, tuple(rows)))
            yield Progress(number, total, f"Đang tổng hợp số liệu: {title.lower()}…")
        unit = session.scalars(select(Site.name).where(Site.is_self.is_(True))).first() or ""
        session.connection().execute(DropTable(SHARES))
        session.commit()  # ends the read transaction with the drop kept (nothing else was written)
    return CityReport(year, unit, scope, site, dt.date.today(), summary, left_out, tuple(tables))


def _order(label: str, code: str) -> tuple[int, object]:
    """Unknown keys ("(chưa …)") after the named ones."""
    return (1 if not code else 0), sort_key(label)


class _Labels:
    """Names of wards/communes, kinds of support and funding sources, read once per report."""

    def __init__(self, session: Session) -> None:
        self.units = {code: name for code, name in session.execute(select(AdminUnit.code, AdminUnit.name))}
        self.kinds = {code: name for code, name in session.execute(select(SupportKind.code, SupportKind.name))}

    def of(self, dimension: str, code: str | None) -> str:
        if dimension == "admin_unit_code":
            return self.units.get(code, code) if code else NO_BENEFICIARY
        if dimension == "support_kind_code":
            return self.kinds.get(code, code) if code else NO_KIND
        if dimension == "funding_source":
            source = FundingSource.parse(code)
            return source.label if source else (code or "")
        return code or NO_DISTRICT


def _row(key: str, codes: tuple[Any, ...], values: Sequence[Any], labels: _Labels) -> ReportRow:
    dims = _DIMENSIONS[key]
    names = tuple(labels.of(d, c) for d, c in zip(dims, codes, strict=True))
    if key == "districts" and codes[0] is None:
        names = (NO_BENEFICIARY,)
    keys = tuple(c or "" for c in codes)
    if key == "wards":  # the code has its own column
        names = (keys[0], names[0])
    return ReportRow(keys, names, _measures(values))


def _left_out(session: Session, year: int, site_id: str | None) -> dict[str, int]:
    conditions = [Project.deleted_at.is_(None), Project.plan_year == year,
                  Project.status.in_([s.value for s in LEFT_OUT_STATUSES])]
    if site_id is not None:
        conditions.append(Project.origin_site_id == site_id)
    query = select(Project.status, func.count()).where(*conditions).group_by(Project.status)
    return {status: int(count) for status, count in session.execute(query)}


def _scope(session: Session, site_id: str | None) -> tuple[str | None, str]:
    """The office's id and name for `site_id` given as an id or a code; every office when None."""
    if not site_id:
        return None, ALL_OFFICES
    found = session.execute(
        select(Site.id, Site.name).where(or_(Site.id == site_id, Site.code == site_id.strip().upper()))
    ).first()
    if found is None:
        raise NotFound(f"Không có đơn vị mã «{site_id}» trong cơ sở dữ liệu này.")
    return found[0], found[1]


def plan_years(db: Database) -> list[int]:
    with db.read() as session:
        query = select(Project.plan_year).where(Project.deleted_at.is_(None)).distinct().order_by(
            Project.plan_year.desc()
        )
        return [int(y) for y in session.scalars(query)]


def offices(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.execute(select(Site.id, Site.code, Site.name).where(Site.deleted_at.is_(None)))
        return sorted(((i, c, n) for i, c, n in rows), key=lambda r: sort_key(r[2]))
