"""Acceptance minutes (biên bản nghiệm thu): items approved vs delivered, money in figures and words, council."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, Paragraph

from kc_desktop.documents import blocks, minutes
from kc_desktop.documents.blocks import styles, text
from kc_desktop.documents.data import AcceptanceDocument, AcceptanceItem, CheckLine, ItemSide
from kc_desktop.documents.frame import CONTENT_HEIGHT, CONTENT_WIDTH

_FIELD_WORDS = {
    "name": "tên",
    "model": "model",
    "specifications": "thông số",
    "origin": "xuất xứ",
    "year_made": "năm sản xuất",
    "quantity": "số lượng",
    "unit": "đơn vị tính",
    "unit_price": "đơn giá",
}
_ITEM_WIDTHS = [30, 176, 196, CONTENT_WIDTH - 402]


def _value(markup: str, field: str, differs: set[str]) -> str:
    return f"<b>{markup}</b>" if field in differs else markup


def side_cell(side: ItemSide, differs: set[str], delivered: bool) -> list[Paragraph]:
    """One side of an item in a cell; the values that differ from the other side are bold."""
    lines = [_value(text(side.name), "name", differs)]
    described = []
    if side.model:
        described.append("Model: " + _value(text(side.model), "model", differs))
    if side.specifications:
        described.append("thông số: " + _value(text(side.specifications), "specifications", differs))
    if side.origin:
        described.append("xuất xứ: " + _value(text(side.origin), "origin", differs))
    if side.year_made:
        described.append("năm SX: " + _value(str(side.year_made), "year_made", differs))
    if delivered and side.serial_no:
        described.append("số sê-ri: " + text(side.serial_no))
    if described:
        lines.append("; ".join(described) + ".")
    quantity = _value(blocks.vn_number(side.quantity), "quantity", differs)
    unit = _value(text(side.unit), "unit", differs) if side.unit else ""
    price = _value(blocks.money(side.unit_price), "unit_price", differs)
    lines.append(f"SL: {quantity} {unit} × {price} = {blocks.money(side.total)}")
    if delivered:
        paperwork = []
        if side.supplier:
            paperwork.append("Nhà cung cấp: " + text(side.supplier))
        if side.invoice_no or side.invoice_date:
            date = f" ngày {blocks.vn_date(side.invoice_date)}" if side.invoice_date else ""
            paperwork.append(f"hóa đơn số {text(side.invoice_no or '…')}{date}")
        if side.state_text:
            paperwork.append("tình trạng: " + text(side.state_text))
        if paperwork:
            lines.append("; ".join(paperwork) + ".")
    # One paragraph per line: a row that breaks across pages breaks cleanly between them.
    return [Paragraph(line, styles().cell) for line in lines]


def assessment(item: AcceptanceItem) -> str:
    if item.delivered is None:
        return "Chưa bàn giao"
    if item.approved is None:
        return "Phát sinh ngoài nội dung được duyệt"
    differs = item.differences()
    if not differs:
        return "Đúng nội dung được duyệt"
    return "Sai khác: " + ", ".join(_FIELD_WORDS[name] for name in differs)


def items_table(doc: AcceptanceDocument) -> Flowable:
    """Approved and delivered side by side, one row per item, differences bold on a highlighted ground."""
    s = styles()
    rows: list[list[object]] = []
    emphasis: list[tuple[int, int]] = []
    for index, item in enumerate(doc.items, start=1):
        differs = set(item.differences())
        approved = side_cell(item.approved, differs, False) if item.approved else blocks.cell("(không có)")
        delivered = side_cell(item.delivered, differs, True) if item.delivered else blocks.cell("(chưa bàn giao)")
        if differs or item.approved is None or item.delivered is None:
            emphasis += [(2, len(rows)), (3, len(rows))]
        rows.append([str(index), approved, delivered, assessment(item)])
    approved_total = sum(i.approved.total for i in doc.items if i.approved)
    delivered_total = sum(i.delivered.total for i in doc.items if i.delivered)
    rows.append(["", Paragraph(f"<b>Cộng: {blocks.money(approved_total)}</b>", s.cell_right),
                 Paragraph(f"<b>Cộng: {blocks.money(delivered_total)}</b>", s.cell_right), ""])
    last = len(rows)  # the total row stays on the page of the last item (row indexes count the header)
    # ...unless that item is taller than half a page: it must be free to break, the total going with its end.
    keep = len(rows) < 2 or _row_height(rows[-2]) < CONTENT_HEIGHT / 2
    return blocks.data_table(["STT", "Theo nội dung được phê duyệt", "Thực tế bàn giao, lắp đặt", "Đánh giá"],
                             rows, _ITEM_WIDTHS, align="CLLL", emphasis=emphasis,
                             extra_style=[("NOSPLIT", (0, last - 1), (-1, last))] if keep else [])


def _row_height(row: list[object]) -> float:
    """The height of the text of an item's row (its cells wrapped in their columns)."""
    tallest = 0.0
    for cell, width in zip(row, _ITEM_WIDTHS, strict=False):
        paragraphs = cell if isinstance(cell, list) else [cell] if isinstance(cell, Paragraph) else []
        tallest = max(tallest, sum(p.wrap(width - 6, CONTENT_HEIGHT)[1] for p in paragraphs))
    return tallest


def checks_table(checks: tuple[CheckLine, ...]) -> Flowable:
    rows = [
        [str(i), c.label, "Chưa kiểm tra" if c.ok is None else ("Đạt" if c.ok else "Không đạt"), c.note]
        for i, c in enumerate(checks, start=1)
    ]
    emphasis = [(2, i) for i, c in enumerate(checks) if c.ok is False]
    return blocks.data_table(["STT", "Nội dung kiểm tra", "Kết quả", "Ghi chú"], rows,
                             [30, 222, 78, CONTENT_WIDTH - 330], align="CLCL", emphasis=emphasis)


def _legal_basis(doc: AcceptanceDocument) -> list[str]:
    lines = list(doc.regulations)
    if doc.approval_decision_no or doc.approval_date:
        issuer = f" của {doc.approval_issuer}" if doc.approval_issuer else ""
        date = f" ngày {blocks.vn_date(doc.approval_date)}" if doc.approval_date else ""
        lines.append(f"Quyết định số {doc.approval_decision_no or '…'}{date}{issuer} phê duyệt đề án khuyến công")
    if doc.contract_no or doc.contract_date:
        date = f" ngày {blocks.vn_date(doc.contract_date)}" if doc.contract_date else ""
        lines.append(f"Hợp đồng số {doc.contract_no or '…'}{date} về việc thực hiện đề án khuyến công")
    if doc.council_decision_no or doc.council_decision_date or doc.meta.is_draft:
        issuer = f" của {doc.council_decision_issuer}" if doc.council_decision_issuer else ""
        date = f" ngày {blocks.vn_date(doc.council_decision_date)}"
        lines.append(f"Quyết định số {doc.council_decision_no or '…'}{date}{issuer} về việc thành lập "
                     "Hội đồng nghiệm thu đề án khuyến công")
    return lines + list(doc.extra_legal_basis)


def subject_of(doc: AcceptanceDocument) -> str:
    name = " ".join(doc.project_name.split())
    return doc.subject.strip() or (f"Nghiệm thu đề án khuyến công “{name}”" if name else "Nghiệm thu đề án khuyến công")


def body(doc: AcceptanceDocument) -> list[Flowable]:
    out: list[Flowable] = minutes.legal_basis(_legal_basis(doc))
    place = f", tại {text(blocks.place_words(doc.place))}" if doc.place.strip() else ""
    out.append(blocks.para(
        f"Hôm nay, vào hồi {blocks.vn_time(doc.start_time)}, {blocks.vn_day(doc.meta.date)}{place}, "
        "Hội đồng nghiệm thu đề án khuyến công tiến hành nghiệm thu, thành phần gồm:"
    ))
    out += minutes.people("1. Hội đồng nghiệm thu:", [minutes.person_line(m, m.role_label) for m in doc.council])
    out += minutes.people("2. Đại diện cơ sở thụ hưởng:", [minutes.person_line(m) for m in doc.beneficiary_people])
    if doc.others_present:
        out += minutes.people("3. Thành phần khác:", [minutes.person_line(p) for p in doc.others_present])
    out.append(blocks.heading("I. THÔNG TIN ĐỀ ÁN VÀ CƠ SỞ THỤ HƯỞNG"))
    b = doc.beneficiary
    representative = b.representative + (f" ({b.representative_title})" if b.representative_title else "")
    for label, value in (
        ("Mã đề án", doc.project_code), ("Tên đề án", doc.project_name),
        ("Nguồn kinh phí", doc.funding_source_label), ("Nội dung hỗ trợ", doc.support_kind_label),
        ("Cơ sở thụ hưởng", b.name), ("Mã số thuế / Số định danh", b.tax_code), ("Địa chỉ", b.address),
        ("Người đại diện", representative), ("Điện thoại", b.phone),
    ):
        if value.strip():
            out.append(blocks.labelled(label, value, styles().line))
    out += blocks.headed_table(
        ["II. NỘI DUNG NGHIỆM THU", "1. Máy móc, thiết bị bàn giao so với nội dung được phê duyệt:"], items_table(doc))
    out.append(blocks.heading("2. Kinh phí thực hiện:"))
    if doc.approved_total is not None:
        out += blocks.money_lines("Tổng kinh phí theo đề án được phê duyệt", doc.approved_total)
    out += blocks.money_lines("Tổng kinh phí thực hiện", doc.total_amount)
    out += blocks.money_lines("Trong đó, kinh phí khuyến công hỗ trợ", doc.kc_amount)
    out += blocks.money_lines("Vốn đối ứng của cơ sở", doc.counterpart_amount)
    out.append(blocks.heading("3. Sự phù hợp với nội dung được phê duyệt:"))
    out += blocks.paragraphs(doc.conformity_text) or [blocks.para("…")]
    if doc.checks:
        out += blocks.headed_table(["4. Hồ sơ, chứng từ:"], checks_table(doc.checks))
    out.append(blocks.heading("III. KẾT LUẬN"))
    out.append(blocks.para(f"Hội đồng nghiệm thu thống nhất kết luận: <b>{text(doc.conclusion_label or '…')}</b>."))
    out += blocks.paragraphs(doc.conclusion_text)
    if doc.recommendations.strip():
        out += [blocks.heading("IV. KIẾN NGHỊ"), *blocks.paragraphs(doc.recommendations)]
    out += minutes.explanation(doc.explanation)
    out.append(minutes.closing(doc.copies, blocks.vn_time(doc.end_time)))
    return out


def build_acceptance(doc: AcceptanceDocument, target: Path | IO[bytes]) -> int:
    """Write the minutes to a file or a binary buffer; returns the number of pages."""
    return minutes.build("acceptance", doc.meta, subject_of(doc), body(doc), doc.signers, doc.recipients,
                         doc.photos, doc, target)
