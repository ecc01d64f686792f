"""Table models of acceptances: the list of minutes (lazy) and the council with its signatures."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap

from kc_desktop.db.engine import Database
from kc_desktop.domain.acceptance import CouncilMember, CouncilRole
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.editable import EditableModel, EditColumn, Index
from kc_desktop.gui.models.tables import Column, LazyModel, Lists
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, OK_COLOR, WARNING_COLOR
from kc_desktop.services import acceptance_list
from kc_desktop.services.acceptance_list import AcceptanceRow
from kc_desktop.services.field_records import RecordState

_N = QT_TRANSLATE_NOOP


def _state(row: AcceptanceRow) -> str:
    if row.superseded:
        return Lists.tr("Đã đính chính")
    if row.state == RecordState.DRAFT and row.supersedes_id:
        return Lists.tr("Bản nháp đính chính")
    return core(row.state_label)


def _problems(row: AcceptanceRow) -> str:
    if row.state != RecordState.DRAFT:
        return ""
    return Lists.tr("{n} vấn đề").format(n=row.error_count) if row.error_count else Lists.tr("Đủ thông tin")


LIST_COLUMNS: tuple[Column[AcceptanceRow], ...] = (
    Column("number", _N("Lists", "Số"), lambda r: r.number_text or Lists.tr("(chưa có số)"), sample="12/BB-NT",
           color=lambda r: None if r.number_text else MUTED_COLOR, bold=lambda r: bool(r.number_text)),
    Column("date", _N("Lists", "Ngày"), lambda r: f"{r.acceptance_date:%d/%m/%Y}" if r.acceptance_date else "",
           "center", "20/11/2026"),
    Column("project", _N("Lists", "Đề án"), lambda r: r.project_code, sample="KCĐP-2026-001",
           tooltip=lambda r: Lists.tr("{code} — {title} (năm {year}, đợt {round})").format(
               code=r.project_code, title=r.project_title, year=r.plan_year, round=r.round)),
    Column("establishment", _N("Lists", "Cơ sở thụ hưởng"), lambda r: r.establishment_name,
           sample="Công ty TNHH Gốm sứ Minh Long"),
    Column("total", _N("Lists", "Tổng giá trị (đ)"), lambda r: thousands(r.total_amount), "right",
           "1.200.000.000",
           tooltip=lambda r: Lists.tr("Kinh phí khuyến công: {kc} đ").format(kc=thousands(r.kc_amount))),
    Column("state", _N("Lists", "Tình trạng"), _state, sample="Bản nháp đính chính",
           color=lambda r: MUTED_COLOR if r.superseded else (WARNING_COLOR if r.state == RecordState.DRAFT
                                                             else OK_COLOR),
           italic=lambda r: r.superseded),
    Column("problems", _N("Lists", "Vấn đề"), _problems, "center", "Đủ thông tin",
           color=lambda r: ERROR_COLOR if r.state == RecordState.DRAFT and r.error_count else OK_COLOR,
           tooltip=lambda r: (Lists.tr("Còn {n} vấn đề phải xử lý trước khi hoàn tất biên bản.").format(n=r.error_count)
                              if r.state == RecordState.DRAFT and r.error_count else None)),
)


class AcceptanceListModel(LazyModel[AcceptanceRow]):
    """Acceptances (drafts first) matching the words typed, a state and a round."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(LIST_COLUMNS, parent)
        self._db = db
        self.text = ""
        self.state: str | None = None
        self.plan_round: tuple[int, int] | None = None

    def fetch_ids(self) -> list[str]:
        return acceptance_list.search_ids(self._db, self.text, self.state, plan_round=self.plan_round)

    def fetch_rows(self, ids: list[str]) -> list[AcceptanceRow]:
        return acceptance_list.rows(self._db, ids)


ROLES = tuple((r.value, r.label) for r in CouncilRole)
COUNCIL_COLUMNS = (
    EditColumn("name", _N("Lists", "Họ và tên"), sample="Nguyễn Thị Phương Thảo", placeholder=_N("Lists", "(gõ tên)")),
    EditColumn("unit", _N("Lists", "Đơn vị"), sample="Trung tâm Khuyến công Hà Nội"),
    EditColumn("title", _N("Lists", "Chức vụ"), sample="Cán bộ khuyến công"),
    EditColumn("role", _N("Lists", "Vai trò"), "choice", ROLES, sample="Đại diện cơ sở thụ hưởng"),
    EditColumn("signature", _N("Lists", "Chữ ký"), editable=False, sample="Đã ký trên giấy"),
    EditColumn("sign", "", editable=False, sample="Ký lại…__"),
)
SIGNATURE_HEIGHT = 34


def member_row(member: CouncilMember) -> dict[str, Any]:
    return {"name": member.name, "unit": member.unit, "title": member.title, "role": member.role,
            "signature_id": member.signature_id, "signed_on_paper": member.signed_on_paper}


def row_member(row: dict[str, Any]) -> CouncilMember:
    return CouncilMember(str(row.get("name") or "").strip(), str(row.get("unit") or "").strip(),
                         str(row.get("title") or "").strip(), str(row.get("role") or CouncilRole.MEMBER.value),
                         row.get("signature_id"), bool(row.get("signed_on_paper")))


class CouncilModel(EditableModel):
    """The acceptance council: who, from where, in which role, and whether they have signed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COUNCIL_COLUMNS, parent)
        self.signatures: dict[str, QPixmap] = {}  # attachment id -> a small picture of the signature

    def members(self) -> list[CouncilMember]:
        return [row_member(r) for r in self.rows()]

    def set_members(self, members: list[CouncilMember]) -> None:
        self.set_rows([member_row(m) for m in members])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        key = self.columns[index.column()].key
        if key not in ("signature", "sign"):
            return super().data(index, role)
        row = self.row(index.row())
        signature, on_paper = row.get("signature_id"), bool(row.get("signed_on_paper"))
        if key == "sign":
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if signature:
                return "" if signature in self.signatures else Lists.tr("Đã ký")
            return Lists.tr("Đã ký trên giấy") if on_paper else Lists.tr("Chưa ký")
        if role == Qt.ItemDataRole.DecorationRole and signature:
            return self.signatures.get(signature)
        if role == Qt.ItemDataRole.ForegroundRole:
            signed = bool(signature) or on_paper
            return QBrush(QColor(OK_COLOR if signed else (ERROR_COLOR if row.get("name") else MUTED_COLOR)))
        if role == Qt.ItemDataRole.FontRole and not signature and not on_paper:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if signature:
                return Lists.tr("Đã ký trên máy; chữ ký được in vào biên bản.")
            if on_paper:
                return Lists.tr("Ký tay trên bản in; biên bản ghi «đã ký trên bản giấy».")
            return Lists.tr("Chưa ký: bấm «Ký…» để ký trên máy hoặc đánh dấu đã ký trên giấy.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
