"""The project list (lazy, with the count of rule warnings) and a project's status history."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kc_desktop.db.engine import Database
from kc_desktop.domain.money import format_vnd
from kc_desktop.domain.project import FundingSource, ProjectStatus
from kc_desktop.domain.text import fold
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.tables import Column, LazyModel, ListModel, Lists
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, OK_COLOR, WARNING_COLOR
from kc_desktop.services import projects
from kc_desktop.services.projects import HistoryEntry, ProjectRow

_icons: dict[str, QIcon] = {}


def warning_icon() -> QIcon:
    if "warning" not in _icons:
        _icons["warning"] = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _icons["warning"]


def status_color(status: str) -> str | None:
    if status == ProjectStatus.CANCELLED:
        return MUTED_COLOR
    if status in (ProjectStatus.ACCEPTED, ProjectStatus.SETTLED):
        return OK_COLOR
    return None


# The short names of the funding sources, for lupdate (they are made from the full ones).
_SHORT_FUNDING = (_N("Lists", "Quốc gia"), _N("Lists", "Địa phương"))


def _funding(value: str) -> str:
    source = FundingSource.parse(value)
    return core(source.label) if source else value


def _funding_short(value: str) -> str:
    """'Địa phương' for 'Khuyến công địa phương': the column is narrow, the tooltip says it all."""
    source = FundingSource.parse(value)
    full = source.label if source else value
    words = full.split()
    short = " ".join(words[2:]) if fold(" ".join(words[:2])) == "khuyen cong" and len(words) > 2 else full
    return Lists.tr(short[:1].upper() + short[1:]) if short != full else _funding(value)


def _warnings_text(row: ProjectRow) -> str:
    return str(row.warning_count) if row.warning_count else ""


def _warnings_tip(row: ProjectRow) -> str | None:
    if not row.warning_count:
        return None
    return Lists.tr("{n} cảnh báo theo quy định (không chặn việc lưu); mở đề án để xem chi tiết.").format(
        n=row.warning_count
    )


PROJECT_COLUMNS: tuple[Column[ProjectRow], ...] = (
    Column("warnings", _N("Lists", "Cảnh báo"), _warnings_text, "center", "",
           color=lambda r: WARNING_COLOR if r.warning_count else None, tooltip=_warnings_tip,
           icon=lambda r: warning_icon() if r.warning_count else None, bold=lambda r: r.warning_count > 0),
    Column("code", _N("Lists", "Mã đề án"), lambda r: r.code, sample="KCĐP-2026-001"),
    Column("title", _N("Lists", "Tên đề án"), lambda r: r.title,
           sample="Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất"),
    Column("plan_year", _N("Lists", "Năm · đợt"), lambda r: f"{r.plan_year} · {r.round}", "center", "2026 · 2",
           tooltip=lambda r: Lists.tr("Kế hoạch năm {year}, đợt {round}").format(year=r.plan_year, round=r.round)),
    Column("funding_source", _N("Lists", "Nguồn kinh phí"), lambda r: _funding_short(r.funding_source),
           sample="Địa phương", tooltip=lambda r: _funding(r.funding_source)),
    Column("status", _N("Lists", "Trạng thái"), lambda r: core(r.status_label), sample="Đang thực hiện ",
           color=lambda r: status_color(r.status)),
    Column("beneficiaries", _N("Lists", "Cơ sở"), lambda r: str(r.beneficiary_count), "right", "Cơ sở",
           tooltip=lambda r: Lists.tr("{n} cơ sở thụ hưởng").format(n=r.beneficiary_count)),
    Column("total_amount", _N("Lists", "Tổng kinh phí"), lambda r: format_vnd(r.total_amount), "right",
           "1.250.000.000 đ"),
    Column("kc_amount", _N("Lists", "KP khuyến công"), lambda r: format_vnd(r.kc_amount), "right",
           "600.000.000 đ", tooltip=lambda r: Lists.tr("Kinh phí khuyến công: {amount}").format(
               amount=format_vnd(r.kc_amount))),
)


@dataclass(frozen=True)
class ProjectFilter:
    text: str = ""
    status: str | None = None
    year: int | None = None


class ProjectTableModel(LazyModel[ProjectRow]):
    """Projects matching a ProjectFilter; each page of rows runs the rules for its warning counts."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(PROJECT_COLUMNS, parent)
        self._db = db
        self.filter = ProjectFilter()

    def set_filter(self, flt: ProjectFilter) -> None:
        self.filter = flt
        self.search()

    def fetch_ids(self) -> list[str]:
        return projects.search_ids(self._db, self.filter.text, self.filter.status, self.filter.year)

    def fetch_rows(self, ids: list[str]) -> list[ProjectRow]:
        return projects.rows(self._db, ids)


@dataclass(frozen=True)
class HistoryRow:
    id: str
    entry: HistoryEntry


def _when(row: HistoryRow) -> str:
    changed = row.entry.changed_at
    try:
        local = changed.astimezone()  # type: ignore[attr-defined]
        return f"{local:%d/%m/%Y %H:%M}"
    except (AttributeError, ValueError):
        return str(changed)


def _status_label(value: str | None) -> str:
    status = ProjectStatus.parse(value) if value else None
    return core(status.label) if status else ""


HISTORY_COLUMNS: tuple[Column[HistoryRow], ...] = (
    Column("when", _N("Lists", "Thời điểm"), _when, sample="20/11/2026 14:32"),
    Column(
        "from",
        _N("Lists", "Từ trạng thái"),
        lambda r: _status_label(r.entry.from_status) or Lists.tr("(tạo mới)"),
        sample="Đang thực hiện",
        color=lambda r: None if r.entry.from_status else MUTED_COLOR,
    ),
    Column(
        "to",
        _N("Lists", "Sang trạng thái"),
        lambda r: _status_label(r.entry.to_status),
        sample="Đang thực hiện",
        bold=lambda r: True,
        color=lambda r: ERROR_COLOR if r.entry.to_status == ProjectStatus.CANCELLED else None,
    ),
    Column("by", _N("Lists", "Người thực hiện"), lambda r: r.entry.changed_by, sample="Nguyễn Văn An"),
    Column("reason", _N("Lists", "Lý do"), lambda r: r.entry.reason, sample="Cơ sở xin rút"),
)


class HistoryModel(ListModel[HistoryRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HISTORY_COLUMNS, parent)

    def set_history(self, entries: list[HistoryEntry]) -> None:
        self.set_rows([HistoryRow(str(i), e) for i, e in enumerate(entries)])
