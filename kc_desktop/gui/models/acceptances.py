"""Table models of acceptances: the council with its signatures (the list of minutes is gui/models/minutes.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap

from kc_desktop.domain.acceptance import CouncilMember, CouncilRole
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.editable import EditableModel, EditColumn, Index
from kc_desktop.gui.models.tables import Lists
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, OK_COLOR

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
                return Lists.tr("Ký tay trên bản in; biên bản để trống chỗ ký cho nét mực.")
            return Lists.tr("Chưa ký: bấm «Ký…» để ký trên máy hoặc đánh dấu đã ký trên giấy.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
