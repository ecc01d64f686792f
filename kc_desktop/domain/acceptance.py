"""Acceptance (nghiệm thu): council roles, items approved vs delivered, money, what finalize needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kc_desktop.domain.enums import Labelled
from kc_desktop.domain.money import format_vnd
from kc_desktop.domain.rules import SupportLimit


class CouncilRole(Labelled):
    CHAIR = "chair", "Chủ tịch hội đồng"
    SECRETARY = "secretary", "Thư ký"
    MEMBER = "member", "Ủy viên"
    BENEFICIARY = "beneficiary", "Đại diện cơ sở thụ hưởng"


class Conclusion(Labelled):
    ACCEPTED = "accepted", "Đạt, đề nghị nghiệm thu"
    WITH_CONDITIONS = "with_conditions", "Đạt có điều kiện"
    NOT_ACCEPTED = "not_accepted", "Không đạt"


# Paperwork and conformity checks every acceptance asks (key -> question); one source.
CHECKS: dict[str, str] = {
    "content_conforms": "Nội dung thực hiện đúng với nội dung được phê duyệt",
    "contract": "Hợp đồng mua bán, cung cấp thiết bị",
    "invoices": "Hóa đơn giá trị gia tăng",
    "delivery_notes": "Biên bản bàn giao, phiếu xuất kho",
    "origin_certificates": "Giấy chứng nhận xuất xứ, chất lượng (CO, CQ)",
    "installation": "Biên bản lắp đặt, chạy thử",
    "counterpart_paid": "Chứng từ thanh toán phần vốn đối ứng",
}


@dataclass
class CouncilMember:
    name: str
    unit: str = ""
    title: str = ""
    role: str = CouncilRole.MEMBER.value
    signature_id: str | None = None  # attachment id of the signature drawn on the pad
    signed_on_paper: bool = False

    @property
    def signed(self) -> bool:
        return self.signed_on_paper or bool(self.signature_id)


@dataclass
class ItemSide:
    """One side (as approved, or as delivered) of an item of equipment."""

    name: str = ""
    model: str = ""
    specifications: str = ""
    origin: str = ""
    year_made: int | None = None
    serial_no: str = ""
    quantity: float = 0
    unit: str = ""
    unit_price: int = 0
    supplier: str = ""
    invoice_no: str = ""
    invoice_date: dt.date | None = None
    state_text: str = ""

    @property
    def amount(self) -> int:
        return round(self.quantity * self.unit_price)


COMPARED = ("name", "model", "specifications", "origin", "year_made", "quantity", "unit", "unit_price")


@dataclass
class AcceptanceItem:
    approved: ItemSide = field(default_factory=ItemSide)
    delivered: ItemSide = field(default_factory=ItemSide)

    def differences(self) -> list[str]:
        """Fields where what was delivered differs from what was approved."""
        if not self.approved.name:
            return []
        return [name for name in COMPARED if getattr(self.approved, name) != getattr(self.delivered, name)]


@dataclass(frozen=True)
class Money:
    total: int
    kc: int
    counterpart: int
    approved_total: int


def compute_money(items: list[AcceptanceItem], approved_kc: int, limit: SupportLimit | None) -> Money:
    """Delivered total; the khuyến công share is the approved share, capped by the support limit."""
    total = sum(item.delivered.amount for item in items)
    approved_total = sum(item.approved.amount for item in items)
    kc = min(approved_kc, total) if approved_kc else 0
    if limit is not None:
        if limit.max_percent is not None:
            kc = min(kc, int(total * limit.max_percent // 100))
        if limit.max_amount is not None:
            kc = min(kc, limit.max_amount)
    return Money(total, kc, total - kc, approved_total)


def finalize_problems(
    council: list[CouncilMember],
    items: list[AcceptanceItem],
    conclusion: str,
    money: Money,
    approved_kc: int,
    limit: SupportLimit | None,
) -> dict[str, str]:
    """What stops the minutes from being finalized, by field."""
    problems: dict[str, str] = {}
    roles = [m.role for m in council if m.name.strip()]
    if CouncilRole.CHAIR.value not in roles:
        problems["council"] = "Hội đồng chưa có Chủ tịch."
    elif CouncilRole.SECRETARY.value not in roles:
        problems["council"] = "Hội đồng chưa có Thư ký."
    unsigned = [m.name for m in council if m.name.strip() and not m.signed]
    if unsigned:
        problems["signatures"] = "Chưa ký: " + ", ".join(unsigned) + " (ký trên máy hoặc đánh dấu đã ký trên giấy)."
    if not [i for i in items if i.delivered.name.strip()]:
        problems["items"] = "Chưa có hạng mục nào được nghiệm thu."
    for index, item in enumerate(items, start=1):
        if item.delivered.name.strip() and (item.delivered.quantity <= 0 or item.delivered.unit_price < 0):
            problems["items"] = f"Hạng mục {index} ({item.delivered.name}): số lượng hoặc đơn giá không hợp lệ."
            break
    if Conclusion.parse(conclusion) is None:
        problems["conclusion"] = "Chưa chọn kết luận của hội đồng."
    if approved_kc and money.kc > approved_kc:
        problems["money"] = (
            f"Kinh phí khuyến công {format_vnd(money.kc)} vượt mức được duyệt {format_vnd(approved_kc)}."
        )
    if limit is not None and limit.max_amount is not None and money.kc > limit.max_amount:
        problems["money"] = f"Kinh phí khuyến công vượt mức tối đa {format_vnd(limit.max_amount)}."
    return problems
