"""Lists of field work: drafts to continue, follow-up actions due, templates (the lists of minutes themselves
are gui/models/minutes.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.minutes import day, errors_text
from kc_desktop.gui.models.tables import Column, ListModel, Lists
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, OK_COLOR, WARNING_COLOR
from kc_desktop.services.field_records import ActionRow, ActionState
from kc_desktop.services.minutes import DraftRow
from kc_desktop.services.templates import RecordKind, TemplateRow, TemplateStatus


def local_time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.astimezone():%d/%m/%Y %H:%M}"


def _kind_label(kind: str) -> str:
    if kind == "acceptance":
        return QCoreApplication.translate("Lists", "Nghiệm thu")
    parsed = RecordKind.parse(kind)
    return core(parsed.label) if parsed else kind


DRAFT_COLUMNS: tuple[Column[DraftRow], ...] = (
    Column("title", _N("Lists", "Biên bản nháp"), lambda r: r.title, sample="Khảo sát, thẩm tra: Công ty TNHH Gốm"),
    Column("date", _N("Lists", "Ngày biên bản"), lambda r: day(r.record_date), "center", "Ngày biên bản"),
    Column("updated", _N("Lists", "Sửa lần cuối"), lambda r: local_time(r.updated_at), "center", "20/11/2026 14:32"),
    Column("errors", _N("Lists", "Còn lỗi"), lambda r: errors_text(r.error_count), "center", "Đủ thông tin",
           color=lambda r: ERROR_COLOR if r.error_count else OK_COLOR, bold=lambda r: r.error_count > 0,
           tooltip=lambda r: (Lists.tr("Còn {n} chỗ phải sửa trước khi hoàn tất biên bản.").format(n=r.error_count)
                              if r.error_count else Lists.tr("Đã đủ thông tin, có thể hoàn tất."))),
)


class DraftModel(ListModel[DraftRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DRAFT_COLUMNS, parent)


@dataclass(frozen=True)
class DueAction:
    """A follow-up action with what says where it comes from."""

    id: str
    action: ActionRow
    record_label: str


def _deadline_text(row: DueAction) -> str:
    deadline = row.action.deadline
    if deadline is None:
        return ""
    days = (deadline - dt.date.today()).days
    if days < 0:
        return Lists.tr("{date} (quá hạn {n} ngày)").format(date=day(deadline), n=-days)
    if days == 0:
        return Lists.tr("{date} (hôm nay)").format(date=day(deadline))
    return Lists.tr("{date} (còn {n} ngày)").format(date=day(deadline), n=days)


def _action_state(row: DueAction) -> str:
    state = ActionState.parse(row.action.state)
    return core(state.label) if state else row.action.state


ACTION_COLUMNS: tuple[Column[DueAction], ...] = (
    Column("deadline", _N("Lists", "Hạn"), _deadline_text, sample="20/11/2026 (quá hạn 120 ngày)____",
           color=lambda r: ERROR_COLOR if r.action.overdue else None, bold=lambda r: r.action.overdue),
    Column("description", _N("Lists", "Việc cần làm"), lambda r: r.action.description,
           sample="Bổ sung hóa đơn giá trị gia tăng của thiết bị",
           color=lambda r: ERROR_COLOR if r.action.overdue else None),
    Column("responsible", _N("Lists", "Người thực hiện"), lambda r: r.action.responsible, sample="Chủ cơ sở"),
    Column("state", _N("Lists", "Tình trạng"), _action_state, sample="Chưa thực hiện"),
    Column("record", _N("Lists", "Theo biên bản"), lambda r: r.record_label, sample="07/BB-ĐKT — Cơ sở gốm"),
)


class ActionModel(ListModel[DueAction]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ACTION_COLUMNS, parent)


def _template_status(row: TemplateRow) -> str:
    return core(row.status_label)


TEMPLATE_COLUMNS: tuple[Column[TemplateRow], ...] = (
    Column("kind", _N("Lists", "Loại"), lambda r: _kind_label(r.kind), sample="Khảo sát, thẩm tra"),
    Column("title", _N("Lists", "Tên mẫu phiếu"), lambda r: r.title,
           sample="Phiếu khảo sát, thẩm tra cơ sở đề nghị hỗ trợ máy móc thiết bị"),
    Column("code", _N("Lists", "Mã"), lambda r: r.code, sample="khao_sat_ho_tro_thiet_bi"),
    Column("version", _N("Lists", "Phiên bản"), lambda r: r.template_version, "center", "Phiên bản"),
    Column("questions", _N("Lists", "Số câu hỏi"), lambda r: str(r.question_count), "right", "Số câu hỏi"),
    Column("status", _N("Lists", "Trạng thái"), _template_status, sample="Ngừng dùng",
           color=lambda r: OK_COLOR if r.status == TemplateStatus.PUBLISHED else (
               MUTED_COLOR if r.status == TemplateStatus.RETIRED else WARNING_COLOR),
           bold=lambda r: r.status == TemplateStatus.PUBLISHED),
)


class TemplateModel(ListModel[TemplateRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(TEMPLATE_COLUMNS, parent)
