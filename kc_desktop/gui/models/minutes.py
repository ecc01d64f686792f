"""One table model for every kind of minutes (surveys, inspections, acceptances): the same columns, plus
the amounts for acceptances; rows read a page at a time from services/minutes.py."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from kc_desktop.db.engine import Database
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.tables import Column, LazyModel, Lists
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, OK_COLOR, WARNING_COLOR
from kc_desktop.services import minutes
from kc_desktop.services.field_records import RecordState
from kc_desktop.services.minutes import MinutesKind, MinutesRow


def day(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def errors_text(count: int) -> str:
    return Lists.tr("{n} lỗi").format(n=count) if count else Lists.tr("Đủ thông tin")


def state_text(row: MinutesRow) -> str:
    if row.superseded:
        return Lists.tr("Đã đính chính")
    if row.state == RecordState.DRAFT and row.supersedes_id:
        return Lists.tr("Bản nháp đính chính")
    return core(row.state_label)


def _errors(row: MinutesRow) -> str:
    return errors_text(row.error_count) if row.state == RecordState.DRAFT else ""


def _project_tip(row: MinutesRow) -> str | None:
    if not row.project_code:
        return None
    if row.plan_year:
        return Lists.tr("{code} — {title} (năm {year}, đợt {round})").format(
            code=row.project_code, title=row.project_title, year=row.plan_year, round=row.round)
    return f"{row.project_code} — {row.project_title}"


def _state_tip(row: MinutesRow) -> str | None:
    if row.template_title:
        return Lists.tr("{state} · mẫu phiếu: {template}").format(state=state_text(row), template=row.template_title)
    return None


NUMBER: Column[MinutesRow] = Column("number", _N("Lists", "Số"), lambda r: r.number_text or "—", "center",
                "12/BB-HĐNT_",
                color=lambda r: None if r.number_text else MUTED_COLOR, bold=lambda r: bool(r.number_text),
                tooltip=lambda r: r.number_text or Lists.tr("Chưa có số: số được cấp khi hoàn tất biên bản."))
DATE: Column[MinutesRow] = Column("date", _N("Lists", "Ngày"), lambda r: day(r.date), "center", "20/11/2026")
ESTABLISHMENT: Column[MinutesRow] = Column("establishment", _N("Lists", "Cơ sở"),
                       lambda r: r.establishment_name or Lists.tr("(chưa chọn cơ sở)"),
                       sample="Công ty TNHH Gốm sứ Minh Long",
                       color=lambda r: None if r.establishment_name else MUTED_COLOR)
PROJECT: Column[MinutesRow] = Column("project", _N("Lists", "Đề án"), lambda r: r.project_code, sample="KCĐP-2026-001",
                 tooltip=_project_tip)
TOTAL: Column[MinutesRow] = Column("total", _N("Lists", "Tổng giá trị (đ)"), lambda r: thousands(r.total_amount or 0),
               "right", "1.200.000.000",
               tooltip=lambda r: Lists.tr("Kinh phí khuyến công: {kc} đ").format(kc=thousands(r.kc_amount or 0)))
STATE: Column[MinutesRow] = Column("state", _N("Lists", "Tình trạng"), state_text, sample="Bản nháp đính chính",
               tooltip=_state_tip,
               color=lambda r: MUTED_COLOR if r.superseded else (WARNING_COLOR if r.state == RecordState.DRAFT
                                                                 else OK_COLOR),
               italic=lambda r: r.superseded)
ERRORS: Column[MinutesRow] = Column("errors", _N("Lists", "Lỗi"), _errors, "center", "Đủ thông tin",
                color=lambda r: ERROR_COLOR if r.state == RecordState.DRAFT and r.error_count else OK_COLOR,
                tooltip=lambda r: (Lists.tr("Còn {n} chỗ phải sửa trước khi hoàn tất biên bản.").format(
                    n=r.error_count) if r.state == RecordState.DRAFT and r.error_count else None))

LIST_COLUMNS: dict[MinutesKind, tuple[Column[MinutesRow], ...]] = {
    MinutesKind.SURVEY: (NUMBER, DATE, ESTABLISHMENT, PROJECT, STATE, ERRORS),
    MinutesKind.INSPECTION: (NUMBER, DATE, ESTABLISHMENT, PROJECT, STATE, ERRORS),
    MinutesKind.ACCEPTANCE: (NUMBER, DATE, PROJECT, ESTABLISHMENT, TOTAL, STATE, ERRORS),
}


class MinutesListModel(LazyModel[MinutesRow]):
    """Minutes of one kind (drafts first) matching the words typed, a state and a plan round."""

    def __init__(self, db: Database, kind: str, parent: QObject | None = None) -> None:
        self.kind = MinutesKind(kind)
        super().__init__(LIST_COLUMNS[self.kind], parent)
        self._db = db
        self.text = ""
        self.state: str | None = None
        self.plan_round: tuple[int, int] | None = None

    def fetch_ids(self) -> list[str]:
        return minutes.search_ids(self._db, self.kind, self.text, self.state, plan_round=self.plan_round)

    def fetch_rows(self, ids: list[str]) -> list[MinutesRow]:
        return minutes.rows(self._db, self.kind, ids)
