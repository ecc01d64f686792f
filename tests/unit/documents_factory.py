"""Hand-made documents for the document tests and benchmarks: realistic text, any number of items, photos."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

from kc_desktop.documents.data import (
    AcceptanceDocument,
    AcceptanceItem,
    ActionLine,
    Agency,
    AnswerLine,
    AnswerSection,
    Beneficiary,
    CheckLine,
    Checklist,
    ChecklistGroup,
    ChecklistItem,
    CouncilMember,
    DocumentMeta,
    EstablishmentIdentity,
    InspectionDocument,
    ItemSide,
    Person,
    PhotoRef,
    Signer,
    SurveyDocument,
)

DIACRITICS_NAME = "Nguyễn Thị Ngọc Ánh Đặng Hữu Phước Ỷ Ỵ Ứ Ữ Ợ Ằ Ẵ Ẫ"
AGENCY = Agency("SỞ CÔNG THƯƠNG HÀ NỘI", "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "TTKC")
DAY = dt.date(2026, 2, 5)


def meta(kind: str = "acceptance", draft: bool = False, number: str = "01/BB-HĐNT",
         date: dt.date | None = DAY) -> DocumentMeta:
    return DocumentMeta(record_id="3f1c2a9e-7b41-4c55-9a0e-5d2b8c7e6a10", version=3, number_text=number,
                        is_draft=draft, place="Hà Nội", date=date, agency=AGENCY)


def item(index: int, differ: bool = False) -> AcceptanceItem:
    approved = ItemSide(
        name=f"Máy ép gạch tự động số {index}", model=f"QT4-{index:03d}",
        specifications="Công suất 7,5 kW; năng suất 4.000 viên/giờ; điện áp 380 V",
        origin="Việt Nam", year_made=2025, quantity=Decimal(1 + index % 3), unit="chiếc",
        unit_price=45_000_000 + index * 1_000,
    )
    delivered = ItemSide(
        name=approved.name, model=approved.model + ("B" if differ else ""),
        specifications=approved.specifications, origin=approved.origin, year_made=2025, serial_no=f"SN-{index:05d}",
        quantity=approved.quantity, unit="chiếc", unit_price=approved.unit_price,
        supplier="Công ty TNHH Cơ khí Đông Anh",
        invoice_no=f"00{index:04d}", invoice_date=dt.date(2026, 1, 20), state_text="Đã lắp đặt, chạy thử ổn định",
    )
    return AcceptanceItem(delivered=delivered, approved=approved)


def signature_png(folder: Path) -> Path:
    image = Image.new("RGBA", (600, 220), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.line([(20, 160), (150, 40), (260, 170), (400, 50), (580, 140)], fill=(10, 10, 120, 255), width=8)
    path = folder / "signature.png"
    image.save(path)
    return path


def photo(folder: Path, name: str, size: tuple[int, int], orientation: int = 1) -> Path:
    """A JPEG with a visible "TOP" band; `orientation` is written as the EXIF orientation tag."""
    image = Image.new("RGB", size, (120, 160, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, size[0], size[1] // 6], fill=(200, 40, 40))
    draw.text((10, 10), "TOP", fill=(255, 255, 255))
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = folder / name
    image.save(path, "JPEG", exif=exif.tobytes(), quality=80)
    return path


def acceptance(items: int = 4, draft: bool = False, photos: tuple[PhotoRef, ...] = (),
               signature: Path | None = None, long_text: str = "") -> AcceptanceDocument:
    listed = tuple(item(i, differ=i % 4 == 2) for i in range(1, items + 1))
    total = sum(i.delivered.total for i in listed if i.delivered)
    kc = min(total // 2, 300_000_000)
    return AcceptanceDocument(
        meta=meta(draft=draft, number="" if draft else "01/BB-HĐNT"),
        regulations=("Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công, được sửa đổi, bổ sung bởi "
                     "Nghị định số 235/2025/NĐ-CP",),
        council_decision_no="31/QĐ-TTKC", council_decision_date=dt.date(2026, 1, 26),
        approval_decision_no="125/QĐ-SCT", approval_date=dt.date(2025, 11, 3),
        approval_issuer="Sở Công Thương Hà Nội", contract_no="18/2025/HĐ-KC", contract_date=dt.date(2025, 11, 20),
        project_code="KC-2025-014", project_name="Hỗ trợ máy ép gạch không nung cho cơ sở sản xuất vật liệu xây dựng",
        funding_source_label="Khuyến công địa phương", support_kind_label="Máy móc thiết bị tiên tiến",
        beneficiary=Beneficiary("Hợp tác xã Gạch Phú Vinh", "0100233488", "Thôn Phú Vinh, xã Phú Nghĩa, Hà Nội",
                                DIACRITICS_NAME, "Giám đốc", "0912345678"),
        start_time=dt.time(8, 30), end_time=dt.time(11, 0), place="Xưởng sản xuất của Hợp tác xã Gạch Phú Vinh",
        council=(
            CouncilMember("Trần Văn Bình", "Trung tâm Khuyến công", "Phó Giám đốc", "Chủ tịch hội đồng"),
            CouncilMember("Lê Thị Hoa", "Trung tâm Khuyến công", "Chuyên viên", "Thư ký"),
            CouncilMember("Phạm Minh Đức", "Phòng Kinh tế xã Phú Nghĩa", "Trưởng phòng", "Ủy viên"),
        ),
        beneficiary_people=(CouncilMember(DIACRITICS_NAME, "Hợp tác xã Gạch Phú Vinh", "Giám đốc"),),
        items=listed, total_amount=total, kc_amount=kc, counterpart_amount=total - kc,
        approved_total=sum(i.approved.total for i in listed if i.approved),
        conformity_text=long_text or "Máy móc, thiết bị đã bàn giao đúng chủng loại, số lượng theo nội dung được "
        "phê duyệt; riêng một số hạng mục có model khác, đã được nhà cung cấp giải trình.",
        checks=(CheckLine("Hợp đồng mua bán, cung cấp thiết bị", True),
                CheckLine("Hóa đơn giá trị gia tăng", True, "Đủ bản gốc"),
                CheckLine("Giấy chứng nhận xuất xứ, chất lượng (CO, CQ)", False, "Bổ sung trong 15 ngày"),
                CheckLine("Biên bản lắp đặt, chạy thử", None)),
        conclusion_label="Đạt có điều kiện",
        conclusion_text="Đề án được nghiệm thu; cơ sở bổ sung giấy chứng nhận chất lượng trước khi thanh toán.",
        recommendations="Đề nghị Trung tâm Khuyến công thanh toán kinh phí hỗ trợ sau khi cơ sở nộp đủ hồ sơ.",
        signers=(Signer("Thư ký", "Lê Thị Hoa", signature_path=signature),
                 Signer("Chủ tịch hội đồng", "Trần Văn Bình", signed_on_paper=True),
                 Signer("Đại diện cơ sở thụ hưởng", DIACRITICS_NAME, "Giám đốc"),
                 Signer("Các ủy viên", "Phạm Minh Đức")),
        photos=photos,
        recipients=("Sở Công Thương Hà Nội", "UBND xã Phú Nghĩa", "Hợp tác xã Gạch Phú Vinh", "Lưu: VT, TTKC"),
    )


def _field_common(kind: str, draft: bool) -> dict[str, object]:
    number = {"survey": "01/BB-ĐKS", "inspection": "01/BB-ĐKT"}[kind]
    return {
        "meta": meta(kind, draft, "" if draft else number),
        "legal_basis": ("Kế hoạch khuyến công năm 2026 số 12/KH-UBND ngày 10/01/2026",),
        "place": "Xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng",
        "start_time": dt.time(8, 30), "end_time": dt.time(10, 45),
        "officers": (Person("Nguyễn Văn An", "Cán bộ khuyến công", "UBND xã Bát Tràng", "Chủ trì"),
                     Person("Trần Thị Thu", "Chuyên viên", "Trung tâm Khuyến công", "Thư ký")),
        "establishment_people": (Person(DIACRITICS_NAME, "Chủ cơ sở"),),
        "establishment": EstablishmentIdentity(
            "Cơ sở gốm Minh Long", "Hộ kinh doanh", "001085012345", "Thôn Giang Cao, xã Bát Tràng, Hà Nội",
            DIACRITICS_NAME, "Chủ cơ sở", "0912345678", "Thủ công mỹ nghệ, tiểu thủ công nghiệp", "Gốm sứ",
            "Làng gốm Bát Tràng", "Bình, lọ, bát đĩa men rạn", 14),
        "project_code": "KC-2026-001", "project_name": "Hỗ trợ lò nung gas tiết kiệm năng lượng",
        "conclusion": "Cơ sở đủ điều kiện hỗ trợ theo quy định.",
        "recommendation": "Đề nghị đưa cơ sở vào danh sách hỗ trợ năm 2026.",
        "signers": (Signer("Thư ký", "Trần Thị Thu"), Signer("Chủ trì", "Nguyễn Văn An"),
                    Signer("Đại diện cơ sở", DIACRITICS_NAME, "Chủ cơ sở")),
        "recipients": ("Trung tâm Khuyến công", "Cơ sở gốm Minh Long", "Lưu: VT"),
    }


def survey(draft: bool = False, photos: tuple[PhotoRef, ...] = (), long_text: str = "") -> SurveyDocument:
    sections = (
        AnswerSection("I. Căn cứ khảo sát, thẩm tra", (
            AnswerLine("Đơn đề nghị hỗ trợ của cơ sở (số, ngày)", "Đơn ngày 12/01/2026"),
            AnswerLine("Ngày nhận hồ sơ đề nghị hỗ trợ", "15/01/2026"))),
        AnswerSection("II. Thông tin cơ sở", (
            AnswerLine("Loại hình cơ sở", "Hộ kinh doanh"),
            AnswerLine("Đối tượng ưu tiên", "Chủ cơ sở là nữ, Chủ cơ sở là người dân tộc thiểu số"),
            AnswerLine("Doanh thu năm trước (triệu đồng)",
                       "1.250,5 (Bằng chữ: Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng)"),
            AnswerLine("Ảnh toàn cảnh cơ sở, nhà xưởng", "(2 ảnh, xem phụ lục)"),
            AnswerLine("Cơ sở ở phường: không thuộc đối tượng hỗ trợ.", kind="note"))),
        AnswerSection("III. Hiện trạng", (AnswerLine("Máy móc, thiết bị đang sử dụng", long_text or "Lò nung than"),)),
    )
    return SurveyDocument(subject="Khảo sát, thẩm tra cơ sở đề nghị hỗ trợ máy móc thiết bị", parts=sections,
                          findings="Cơ sở có mặt bằng ổn định.", photos=photos,
                          **_field_common("survey", draft))  # type: ignore[arg-type]


def inspection(draft: bool = False, photos: tuple[PhotoRef, ...] = ()) -> InspectionDocument:
    parts = (
        AnswerSection("I. Căn cứ kiểm tra", (AnswerLine("Lần kiểm tra thứ", "1"),)),
        Checklist((
            ChecklistGroup("II. Tiến độ so với kế hoạch", (
                ChecklistItem("Tiến độ thực hiện đúng kế hoạch đã duyệt", "Đạt", "Đúng tiến độ"),
                ChecklistItem("Khối lượng đã hoàn thành (%)", "80", free=True))),
            ChecklistGroup("III. Máy móc thiết bị", (
                ChecklistItem("Đúng chủng loại, model, thông số kỹ thuật, xuất xứ", "Không đạt", "Sai model"),
                ChecklistItem("Đủ số lượng theo đề án được duyệt", "Không áp dụng"))),
        )),
    )
    return InspectionDocument(
        subject="Kiểm tra tình hình thực hiện đề án khuyến công", parts=parts,
        findings="Thiết bị lắp đặt chưa đúng model được duyệt.",
        conclusion_part=AnswerSection("X. Kết luận", (AnswerLine("Kết luận", "Cần khắc phục tồn tại"),
                                                      AnswerLine(
            "Vốn đối ứng đã chi (triệu đồng)", "124,8 (Bằng chữ: Một trăm hai mươi bốn triệu tám trăm nghìn đồng)"))),
        actions=(ActionLine("Bổ sung hồ sơ xuất xứ thiết bị", "Chủ cơ sở", dt.date(2026, 3, 1), "Chưa thực hiện"),
                 ActionLine("Báo cáo kết quả khắc phục", "Cán bộ khuyến công", dt.date(2026, 3, 15), "Chưa thực hiện")),
        photos=photos, **_field_common("inspection", draft))  # type: ignore[arg-type]


def render_sample_acceptance(db: object, record_id: str, path: Path) -> Path:
    """A renderer as the acceptance service will plug into `render.RENDERERS` (module-level, picklable)."""
    from kc_desktop.documents.acceptance import build_acceptance
    from kc_desktop.documents.output import write_atomically

    doc = acceptance(items=2)
    return write_atomically(path, lambda target: build_acceptance(doc, target))


def pdf_bytes(build: object, doc: object) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = build(doc, buffer)  # type: ignore[operator]
    return buffer.getvalue(), pages
