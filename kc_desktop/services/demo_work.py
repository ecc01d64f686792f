"""Demo projects across every status, with surveys, inspections and acceptances as drafts and finalized.

Each project is one consistent story an officer could have lived: an application, a survey that finds the
establishment eligible (or not), an approval decision and a contract, inspections whose conclusions follow
their findings, invoices before the acceptance. Dates run in that order and never pass today; answers fit
their questions (numbers in number questions, dates in date questions, a plan number where a plan is asked).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, CraftVillage, Establishment
from kc_desktop.domain.acceptance import CHECKS, AcceptanceItem, Conclusion, CouncilMember, ItemSide
from kc_desktop.domain.enums import AdminUnitKind
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput, ProjectStatus
from kc_desktop.domain.text import fold
from kc_desktop.errors import ValidationFailed
from kc_desktop.forms.answers import check, visible
from kc_desktop.forms.definition import FormDefinition, Question
from kc_desktop.progress import Progress, Steps
from kc_desktop.services import acceptances, field_records, projects, templates
from kc_desktop.services.field_records import Participant


@dataclass(frozen=True)
class Equipment:
    name: str
    model: str
    specifications: str
    origin: str
    unit: str
    price: tuple[int, int]  # lowest and highest unit price, millions of đồng


_E = Equipment
# Equipment each trade asks support for (the demo's establishments have these trades).
_CATALOGUE: dict[str, tuple[Equipment, ...]] = {
    "Gốm sứ": (
        _E("Lò nung gas", "LGN-3M3", "Dung tích 3 m³, nhiệt độ tối đa 1.300 °C", "Việt Nam", "bộ", (250, 480)),
        _E("Máy nhào đất chân không", "NĐ-500", "Công suất 500 kg/giờ, động cơ 7,5 kW", "Trung Quốc", "cái", (90, 160)),
        _E("Máy in lụa men gốm", "IL-02", "Khổ in 40 × 60 cm, bán tự động", "Đài Loan", "cái", (60, 110)),
    ),
    "Lụa tơ tằm": (
        _E("Máy dệt kiếm", "RP-190", "Khổ 190 cm, 400 vòng/phút", "Đài Loan", "cái", (180, 320)),
        _E("Máy đánh ống tự động", "ĐO-24", "24 cọc, tốc độ 600 m/phút", "Trung Quốc", "cái", (70, 120)),
    ),
    "Sơn mài": (
        _E("Máy chà nhám thùng", "CN-1300", "Khổ 1.300 mm, 2 trục", "Việt Nam", "cái", (120, 210)),
        _E("Buồng sấy sơn", "BS-06", "Dung tích 6 m³, điều khiển nhiệt độ tự động", "Việt Nam", "bộ", (80, 150)),
    ),
    "Mây tre đan": (
        _E("Máy chẻ nan tre", "CT-45", "Công suất 45 kg/giờ, động cơ 3 kW", "Việt Nam", "cái", (40, 80)),
        _E("Lò sấy nan hơi nóng", "LS-10", "Sấy 1 tấn/mẻ, dùng nhiệt sinh khối", "Việt Nam", "bộ", (150, 260)),
    ),
    "Hương": (
        _E("Máy se hương tự động", "SH-68", "Năng suất 60 kg/giờ, động cơ 2,2 kW", "Việt Nam", "cái", (35, 70)),
        _E("Máy chẻ tăm hương", "CT-02", "Năng suất 200 kg/ngày", "Trung Quốc", "cái", (40, 75)),
    ),
    "Đồ gỗ": (
        _E("Máy phay CNC 4 trục", "CNC-1325", "Bàn làm việc 1.300 × 2.500 mm, trục chính 9 kW", "Trung Quốc", "cái",
           (350, 520)),
        _E("Máy bào 4 mặt", "B4M-23", "Khổ bào 230 mm, 6 trục dao", "Đài Loan", "cái", (280, 420)),
    ),
    "Nón lá": (
        _E("Máy sấy lá nón", "SL-04", "Sấy 400 kg lá/mẻ, điều khiển nhiệt độ", "Việt Nam", "bộ", (60, 110)),
        _E("Máy khâu công nghiệp", "KC-8700", "1 kim, 5.000 mũi/phút", "Nhật Bản", "cái", (12, 25)),
    ),
    "Rèn": (
        _E("Búa máy hơi", "BM-75", "Khối lượng đầu búa 75 kg, 150 nhát/phút", "Trung Quốc", "cái", (160, 260)),
        _E("Máy mài lưỡi dao tự động", "MD-02", "2 đá mài, làm mát bằng nước", "Việt Nam", "cái", (45, 90)),
    ),
    "Khảm trai": (
        _E("Máy cắt khắc laser", "LC-6040", "Khổ 600 × 400 mm, nguồn laser 80 W", "Trung Quốc", "cái", (90, 150)),
        _E("Máy mài vỏ trai", "MT-01", "Động cơ 1,5 kW, có hút bụi", "Việt Nam", "cái", (30, 60)),
    ),
    "Chế biến thực phẩm": (
        _E("Dây chuyền sấy nông sản", "DCS-500", "Năng suất 500 kg/mẻ, sấy khí nóng", "Việt Nam", "dây chuyền",
           (300, 520)),
        _E("Máy đóng gói tự động", "ĐG-420", "Năng suất 40 gói/phút, hàn ép nhiệt", "Trung Quốc", "cái", (90, 160)),
        _E("Máy ép bún", "EB-150", "Năng suất 150 kg/giờ, inox 304", "Việt Nam", "cái", (50, 95)),
    ),
    "Cơ khí": (
        _E("Máy tiện CNC", "CK-6140", "Đường kính tiện lớn nhất 400 mm", "Đài Loan", "cái", (380, 560)),
        _E("Máy chấn tôn thủy lực", "WC67Y-63", "Lực chấn 63 tấn, chiều dài 2.500 mm", "Trung Quốc", "cái", (220, 340)),
    ),
    "May mặc": (
        _E("Máy may công nghiệp điện tử", "DDL-9000", "1 kim, tự động cắt chỉ", "Nhật Bản", "cái", (18, 30)),
        _E("Máy cắt vải tự động", "CV-1800", "Khổ cắt 1.800 mm", "Trung Quốc", "cái", (250, 380)),
    ),
}
_SUPPLIERS = [
    "Công ty TNHH Thiết bị Hà Thành",
    "Công ty cổ phần Cơ khí Việt Hàn",
    "Công ty TNHH Máy công nghiệp Đông Á",
    "Công ty TNHH Thương mại và Kỹ thuật Minh Phát",
]
# Kinds of support of the demo projects, with the title each gives (all are about equipment, as acceptances are).
_KINDS = [
    ("may_moc_thiet_bi", "Hỗ trợ ứng dụng {equipment} vào sản xuất"),
    ("may_moc_thiet_bi", "Hỗ trợ ứng dụng {equipment} vào sản xuất"),
    ("mo_hinh_trinh_dien", "Xây dựng mô hình trình diễn kỹ thuật {equipment}"),
    ("san_xuat_sach_hon", "Hỗ trợ sản xuất sạch hơn: thay thế bằng {equipment} tiết kiệm năng lượng"),
]
_OFFICERS = [
    ("Nguyễn Thị Minh Hằng", "Chuyên viên", "Trung tâm Khuyến công"),
    ("Trần Văn Quyết", "Phó Giám đốc", "Trung tâm Khuyến công"),
    ("Lê Thu Trang", "Cán bộ kinh tế", "UBND xã"),  # of the establishment's commune or ward, see _officer
]
_CENTRE = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội"
_KIND_CHOICE = {"enterprise": "doanh_nghiep", "cooperative": "hop_tac_xa", "coop_group": "to_hop_tac",
                "household": "ho_kinh_doanh"}
_SECTOR_CHOICE = {"che_bien_nlts": "che_bien", "hang_tieu_dung": "tieu_dung", "hoa_chat_vlxd": "hoa_chat_vat_lieu",
                  "co_khi_dien_tu": "co_khi_dien_tu", "thu_cong_my_nghe": "thu_cong_my_nghe",
                  "khai_thac_mo": "khoang_san", "san_xuat_sach": "moi_truong"}

# What a survey can find, and what it makes of it (eligible with conditions, or not eligible).
_SURVEY_CONDITIONS = {
    "representative": "Cập nhật người đại diện theo pháp luật trên giấy chứng nhận đăng ký trước khi ký hợp đồng",
    "power": "Hoàn thành nâng cấp đường điện ba pha cho thiết bị mới trước khi lắp đặt",
    "environment": "Hoàn thiện hồ sơ về bảo vệ môi trường theo quy định trước khi nghiệm thu",
    "lease": "Gia hạn hợp đồng thuê mặt bằng ít nhất đến hết thời gian thực hiện đề án",
}
_SURVEY_REASONS = {
    "ward": "Cơ sở đặt tại phường và không thuộc làng nghề được thành phố công nhận",
    "funds": "Cơ sở chưa chứng minh được vốn đối ứng tối thiểu 50 % kinh phí đầu tư",
    "premises": "Cơ sở chưa có mặt bằng sản xuất ổn định để lắp đặt thiết bị",
    "fire": "Nhà xưởng chưa bảo đảm điều kiện an toàn lao động, phòng cháy chữa cháy",
}
# What an inspection can find wrong: the checklist question and its note. Shortcomings are put right;
# violations make the team propose to stop the support.
_SHORTCOMINGS = {
    "progress": ("tien_do", "Chậm khoảng 20 ngày so với kế hoạch do nhà cung cấp giao thiết bị muộn"),
    "invoice": ("hoa_don", "Chưa xuất trình hóa đơn giá trị gia tăng của thiết bị"),
    "delivery": ("giao_nhan", "Chưa có biên bản giao nhận, phiếu xuất kho thiết bị"),
    "sign": ("bien_hieu", "Chưa gắn biển «Thiết bị được hỗ trợ từ kinh phí khuyến công»"),
    "trial": ("van_hanh_thu", "Thiết bị chạy thử chưa ổn định, nhà cung cấp đang hiệu chỉnh"),
}
_VIOLATIONS = {
    "purpose": ("dung_muc_dich", "Thiết bị được cho cơ sở khác thuê, không sử dụng tại địa điểm đăng ký"),
    "place": ("lap_dat", "Thiết bị không lắp đặt tại địa điểm ghi trong đề án"),
    "model": ("dung_chung_loai", "Thiết bị đã mua khác model, xuất xứ so với đề án được duyệt mà không báo cáo"),
}
_ACTIONS = {
    "progress": "Đôn đốc nhà cung cấp giao đủ thiết bị, báo cáo tiến độ",
    "invoice": "Bổ sung hóa đơn giá trị gia tăng của thiết bị",
    "delivery": "Bổ sung biên bản giao nhận, phiếu xuất kho thiết bị",
    "sign": "Gắn biển «Thiết bị được hỗ trợ từ kinh phí khuyến công»",
    "trial": "Hoàn thành chạy thử, lập biên bản vận hành thử",
    "purpose": "Giải trình bằng văn bản việc sử dụng thiết bị không đúng mục đích",
    "place": "Giải trình bằng văn bản việc lắp đặt thiết bị sai địa điểm",
    "model": "Giải trình bằng văn bản việc thay đổi model, xuất xứ thiết bị",
}


@dataclass(frozen=True)
class Line:
    """One item of equipment of a project: what, how many, at what unit price (đồng)."""

    equipment: Equipment
    quantity: int
    unit_price: int

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


@dataclass
class Facts:
    """What a record's answers must agree with: the establishment, the project, its dates, how it went.

    `outcome` is the survey's (eligible, conditions, ineligible) or the inspection's (ok, fix, violation);
    `issues` name what it found (keys of the tables above).
    """

    day: dt.date
    establishment: str = "Cơ sở sản xuất"
    kind: str = "household"
    sector_code: str = ""
    products: str = "Sản phẩm thủ công mỹ nghệ"
    employees: int = 12
    women: int = 5
    women_owned: bool = False
    ethnic_minority_owned: bool = False
    unit_kind: str = AdminUnitKind.COMMUNE.value
    village: str = ""  # the recognised craft village it is in, with its recognition
    plan: str = ""
    application: str = ""
    received: dt.date | None = None
    lines: tuple[Line, ...] = ()
    supplier: str = _SUPPLIERS[0]
    kc_amount: int = 0
    decision: str = ""
    contract: str = ""
    inspection_plan: str = ""
    round: int = 1
    outcome: str = "eligible"
    issues: tuple[str, ...] = ()
    completion: int = 100
    deadline: dt.date | None = None
    counterpart: int = 0
    leased: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def _d(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _lower(name: str) -> str:
    """A name inside a sentence: its first letter small, abbreviations (CNC) kept."""
    return name[:1].lower() + name[1:]


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _default_facts(rng: random.Random, day: dt.date) -> Facts:
    """Facts for a template filled outside a project (tests, previews): a plausible establishment and plan."""
    trade = rng.choice(list(_CATALOGUE))
    equipment = rng.choice(_CATALOGUE[trade])
    price = rng.randrange(*equipment.price) * 1_000_000
    employees = rng.randrange(5, 60)
    received = day - dt.timedelta(days=rng.randrange(5, 25))
    return Facts(
        day=day,
        establishment=f"Cơ sở {trade.lower()} {rng.choice(['Minh Long', 'Phúc Hưng', 'Thành Đạt'])}",
        products=trade,
        employees=employees,
        women=rng.randrange(0, employees + 1),
        plan=_plan(rng, received - dt.timedelta(days=rng.randrange(20, 60))),
        application=_application(rng, received - dt.timedelta(days=rng.randrange(1, 5)), "household"),
        received=received,
        lines=(Line(equipment, 1, price),),
        kc_amount=min(price // 2 // 1_000_000 * 1_000_000, 300_000_000),
        decision=f"Quyết định số {rng.randrange(100, 999)}/QĐ-SCT ngày {_d(day - dt.timedelta(days=90))} "
        "của Sở Công Thương Hà Nội",
        contract=f"Hợp đồng số {rng.randrange(10, 99)}/HĐ-KC ngày {_d(day - dt.timedelta(days=80))}",
        inspection_plan=_inspection_plan(rng, day - dt.timedelta(days=10)),
        outcome="eligible",
        completion=100,
        counterpart=price - min(price // 2, 300_000_000),
    )


def _plan(rng: random.Random, day: dt.date) -> str:
    return f"Kế hoạch số {rng.randrange(8, 60)}/KH-SCT ngày {_d(day)} của Sở Công Thương Hà Nội"


def _inspection_plan(rng: random.Random, day: dt.date) -> str:
    return f"Kế hoạch số {rng.randrange(60, 320)}/KH-TTKC ngày {_d(day)} của {_CENTRE}"


def _application(rng: random.Random, day: dt.date, kind: str) -> str:
    if kind == "household":
        return f"Đơn đề nghị hỗ trợ ngày {_d(day)} của chủ cơ sở"
    return f"Văn bản số {rng.randrange(1, 60):02d}/{day.year}/CV ngày {_d(day)} của cơ sở"


# Answers by question name, for the shipped templates (each agrees with the facts and with the others).
_Answer = Callable[[Facts, random.Random], object]


def _survey_answers() -> dict[str, _Answer]:
    def mismatch(key: str) -> _Answer:
        return lambda f, r: "khong" if key in f.issues else "co"

    def ground(f: Facts, r: random.Random) -> object:
        if "premises" in f.issues:
            return "chua_on_dinh"
        if "lease" in f.issues:
            return "thue_ngan_han"
        return "thue_dai_han" if f.leased else "so_huu"

    def lease_end(f: Facts, r: random.Random) -> object:
        months = r.randrange(3, 7) if "lease" in f.issues else r.randrange(36, 120)
        return (f.day + dt.timedelta(days=30 * months)).isoformat()

    def priority(f: Facts, r: random.Random) -> object:
        chosen = [name for name, yes in (("chu_nu", f.women_owned), ("dan_toc", f.ethnic_minority_owned)) if yes]
        return chosen or ["khong"]

    def current(f: Facts, r: random.Random) -> object:
        old = _lower(f.lines[0].equipment.name) if f.lines else "máy móc"
        made = r.randrange(2005, 2016)
        return f"{r.randrange(1, 4):02d} {old} cũ (sản xuất năm {made}), một số công đoạn còn làm thủ công"

    def output(f: Facts, r: random.Random) -> object:
        return f"Khoảng {_grouped(f.employees * r.randrange(2, 15) * 10)} sản phẩm/tháng"

    def specs(f: Facts, r: random.Random) -> object:
        return "; ".join(
            f"{line.equipment.name}: {line.equipment.specifications}; xuất xứ {line.equipment.origin}; mới 100 %, "
            f"sản xuất từ năm {f.day.year - 1}"
            for line in f.lines
        )

    def benefit(f: Facts, r: random.Random) -> object:
        return (
            f"Năng suất tăng khoảng {r.randrange(20, 60)} %, giảm {r.randrange(10, 30)} % tiêu hao năng lượng; "
            f"tạo việc làm ổn định cho {f.employees} lao động"
        )

    def proposal(f: Facts, r: random.Random) -> object:
        return {"eligible": "du_dieu_kien", "conditions": "co_dieu_kien"}.get(f.outcome, "khong_du")

    def opinion(f: Facts, r: random.Random) -> object:
        if f.outcome == "ineligible":
            return "Cơ sở ghi nhận kết quả khảo sát, sẽ hoàn thiện điều kiện để đề nghị hỗ trợ vào năm sau."
        if f.outcome == "conditions":
            return "Cơ sở nhất trí và cam kết đáp ứng các điều kiện nêu trên."
        return "Cơ sở nhất trí với kết quả khảo sát."

    return {
        "ke_hoach_khuyen_cong": lambda f, r: f.plan,
        "don_de_nghi": lambda f, r: f.application,
        "ngay_nhan_ho_so": lambda f, r: (f.received or f.day).isoformat(),
        "loai_hinh": lambda f, r: _KIND_CHOICE.get(f.kind, "ho_kinh_doanh"),
        "giay_dang_ky_khop": lambda f, r: "co",
        "ma_so_thue_khop": lambda f, r: "co",
        "dai_dien_khop": mismatch("representative"),
        "thong_tin_chua_khop": lambda f, r: "Người đại diện theo pháp luật đã thay đổi, giấy chứng nhận đăng ký "
        "chưa được cập nhật",
        "nganh_nghe": lambda f, r: _SECTOR_CHOICE.get(f.sector_code, "thu_cong_my_nghe"),
        "san_pham_chinh": lambda f, r: f.products,
        "so_lao_dong": lambda f, r: f.employees,
        "so_lao_dong_nu": lambda f, r: f.women,
        "doanh_thu": lambda f, r: float(f.employees * r.randrange(60, 180)),
        "uu_tien": priority,
        "thiet_bi_hien_co": current,
        "tinh_trang_thiet_bi": lambda f, r: r.choice(("xuong_cap", "xuong_cap", "xuong_cap", "tot", "hong")),
        "cong_suat_hien_tai": output,
        "dien_tich_nha_xuong": lambda f, r: float(r.randrange(6, 80) * 10),
        "dia_ban": lambda f, r: f.unit_kind,
        "lang_nghe": lambda f, r: "co" if f.village else "khong",
        "ten_lang_nghe": lambda f, r: f.village,
        "mat_bang": ground,
        "han_thue_mat_bang": lease_end,
        "nguon_dien": lambda f, r: "nang_cap" if "power" in f.issues else "du",
        "du_von_doi_ung": mismatch("funds"),
        "moi_truong": lambda f, r: "dang_hoan_thien" if "environment" in f.issues else "day_du",
        "an_toan_pccc": mismatch("fire"),
        "ten_thiet_bi": lambda f, r: "; ".join(f"{line.equipment.name} {line.equipment.model}" for line in f.lines),
        "thong_so_ky_thuat": specs,
        "so_luong_thiet_bi": lambda f, r: sum(line.quantity for line in f.lines) or 1,
        "tong_kinh_phi": lambda f, r: f.total / 1_000_000,
        "kinh_phi_de_nghi": lambda f, r: f.kc_amount / 1_000_000,
        "nha_cung_cap": lambda f, r: f"{f.supplier}; đã thu thập 03 báo giá",
        "hieu_qua_du_kien": benefit,
        "de_xuat": proposal,
        "dieu_kien_kem_theo": lambda f, r: "; ".join(_SURVEY_CONDITIONS[i] for i in f.issues
                                                      if i in _SURVEY_CONDITIONS) + ".",
        "ly_do_khong_du": lambda f, r: "; ".join(_SURVEY_REASONS[i] for i in f.issues if i in _SURVEY_REASONS) + ".",
        "y_kien_co_so": opinion,
    }


def _inspection_answers() -> dict[str, _Answer]:
    found = {**_SHORTCOMINGS, **_VIOLATIONS}
    flagged = {question: note for key, (question, note) in found.items()}

    def result(question: str) -> _Answer:
        def answer(f: Facts, r: random.Random) -> object:
            if any(found[i][0] == question for i in f.issues if i in found):
                return "khong_dat"
            if question == "van_hanh_thu" and f.completion < 100:
                return "khong_ap_dung"  # not yet at the trial run
            if question == "bao_ve_moi_truong" and f.extra.get("no_environment"):
                return "khong_ap_dung"
            return "dat"

        return answer

    def note(question: str) -> _Answer:
        def answer(f: Facts, r: random.Random) -> object:
            if any(found[i][0] == question for i in f.issues if i in found):
                return flagged[question]
            return _BLANK  # nothing to note on an item in order

        return answer

    def shortfalls(f: Facts, r: random.Random) -> object:
        return "; ".join(found[i][1] for i in f.issues if i in found) + "."

    def advice(f: Facts, r: random.Random) -> object:
        if f.outcome == "violation":
            return "Đề nghị Sở Công Thương xem xét dừng hỗ trợ, thu hồi kinh phí đã tạm ứng theo quy định."
        if f.outcome == "fix":
            return f"Cơ sở khắc phục các tồn tại nêu trên trước ngày {_d(f.deadline or f.day)}, báo cáo bằng văn bản."
        if f.completion < 100:
            return "Cơ sở tiếp tục thực hiện đúng nội dung, tiến độ đã được duyệt."
        return "Cơ sở hoàn thiện hồ sơ, đề nghị tổ chức nghiệm thu đề án."

    def opinion(f: Facts, r: random.Random) -> object:
        if f.outcome == "violation":
            return "Cơ sở ghi nhận kết luận của đoàn kiểm tra, sẽ giải trình bằng văn bản."
        if f.outcome == "fix":
            return "Cơ sở nhất trí với kết quả kiểm tra, cam kết khắc phục đúng thời hạn."
        return "Cơ sở nhất trí với kết quả kiểm tra."

    answers: dict[str, _Answer] = {
        "quyet_dinh_kiem_tra": lambda f, r: f.inspection_plan,
        "quyet_dinh_phe_duyet": lambda f, r: f.decision,
        "hop_dong": lambda f, r: f.contract,
        "lan_kiem_tra": lambda f, r: f.round,
        "ty_le_hoan_thanh": lambda f, r: f.completion,
        "von_doi_ung_da_chi": lambda f, r: float(f.counterpart * f.completion // 100 // 1_000_000),
        "ket_luan_kiem_tra": lambda f, r: {"fix": "can_khac_phuc", "violation": "de_nghi_dung"}.get(
            f.outcome, "dat_yeu_cau"),
        "ton_tai": shortfalls,
        "han_khac_phuc": lambda f, r: (f.deadline or f.day).isoformat(),
        "kien_nghi": advice,
        "y_kien_co_so": opinion,
    }
    for question in ("tien_do", "dung_chung_loai", "du_so_luong", "lap_dat", "van_hanh_thu", "hop_dong_mua_ban",
                     "hoa_don", "giao_nhan", "von_doi_ung", "dung_muc_dich", "bien_hieu", "an_toan_lao_dong",
                     "bao_ve_moi_truong"):
        answers[question] = result(question)
        answers[f"{question}_ghi_chu"] = note(question)
    return answers


_BLANK = "\x00"  # a question left unanswered on purpose (a note on an item in order)
_BY_NAME = {**_inspection_answers(), **_survey_answers()}
# Both templates ask for the establishment's opinion; each kind of record words it its own way.
_OPINION = {"survey": _survey_answers()["y_kien_co_so"], "inspection": _inspection_answers()["y_kien_co_so"]}


def _guess(question: Question, f: Facts, rng: random.Random) -> object:
    """An answer to a question of another template, from its type and the words of its label."""
    words = " ".join(re.findall(r"[a-z0-9%²]+", fold(f"{question.label} {question.name}").replace("_", " ")))

    def has(*keys: str) -> bool:
        return any(re.search(rf"\b{re.escape(key)}\b", words) for key in keys)

    if question.type == "integer":
        if has("lan") and has("thu"):
            return f.round
        if has("lao dong"):
            return f.women if has("nu") else f.employees
        if "%" in words or has("ty le"):
            return f.completion
        if has("nam"):
            return f.day.year
        if has("so luong"):
            return sum(line.quantity for line in f.lines) or 1
        return rng.randrange(1, 10)
    if question.type == "decimal":
        if has("dien tich", "m2", "m²"):
            return float(rng.randrange(6, 80) * 10)
        if has("doanh thu"):
            return float(f.employees * rng.randrange(60, 180))
        if has("trieu", "kinh phi", "von"):
            return f.total / 1_000_000 if has("tong") else f.kc_amount / 1_000_000
        return float(rng.randrange(1, 100))
    if question.type == "date":
        if has("han", "den ngay"):
            return (f.deadline or f.day + dt.timedelta(days=30)).isoformat()
        if has("nhan", "nop"):
            return (f.received or f.day).isoformat()
        return f.day.isoformat()
    if question.type != "text":
        return None
    for keys, value in (
        (("ke hoach",), f.plan),
        (("quyet dinh",), f.decision),
        (("hop dong",), f.contract),
        (("don", "de nghi ho tro"), f.application),
        (("san pham",), f.products),
        (("nha cung cap", "bao gia"), f.supplier),
        (("thiet bi", "may moc"), "; ".join(line.equipment.name for line in f.lines)),
        (("ten co so",), f.establishment),
    ):
        if value and has(*keys):
            return value
    if has("y kien"):
        return "Nhất trí với nội dung biên bản."
    if has("kien nghi", "de xuat"):
        return "Không có kiến nghị khác."
    return "Không có."


def _candidates(definition: FormDefinition, question: Question, rng: random.Random) -> list[object]:
    """Other values to try when an answer breaks a rule of its template (always of the question's type)."""
    options = [o.name for o in definition.options(question.list_name)]
    if question.type == "select_one" and options:
        return list(options)
    if question.type == "select_multiple" and options:
        return [[o] for o in options]
    if question.type == "integer":
        return [1, 0, 2, 3, 5, 10, 50, 100, 1000, 10_000]
    if question.type == "decimal":
        return [1.0, 0.0, 10.0, 50.0, 100.0, 1000.0]
    if question.type == "date":
        return [(dt.date.today() - dt.timedelta(days=days)).isoformat() for days in (0, 30, 365)]
    if question.type == "text":
        return ["Không có."]
    return []


def sample_answers(
    definition: FormDefinition, rng: random.Random, facts: Facts | None = None, kind: str = ""
) -> dict[str, object]:
    """Plausible answers to a template, agreeing with `facts` (made up when not given).

    Questions of the shipped templates are answered by name; those of other templates by type and label.
    Only the questions shown are answered. Constraints of a template are arbitrary, so answers that break
    one are retried with other values of the same type until the form checks out (or the values run out).
    """
    facts = facts or _default_facts(rng, dt.date.today() - dt.timedelta(days=rng.randrange(0, 60)))
    answers: dict[str, object] = {}
    for question in definition.fields():
        if question.type == "image":
            continue
        by_name = _OPINION.get(kind) if question.name == "y_kien_co_so" and kind in _OPINION else None
        by_name = by_name or _BY_NAME.get(question.name)
        value = by_name(facts, rng) if by_name is not None else None
        if value == _BLANK:
            continue
        options = definition.choice_names(question.list_name) if question.list_name else frozenset()
        if question.type == "select_one" and value not in options:
            value = _first_choice(definition, question, rng)
        elif question.type == "select_multiple" and (
            not isinstance(value, list) or not set(value) <= options
        ):
            value = [_first_choice(definition, question, rng)] if options else None
        elif question.type not in ("select_one", "select_multiple") and (value is None or value == ""):
            value = _guess(question, facts, rng)
        if value is not None and value != "":
            answers[question.name] = value
    shown = visible(definition, answers, facts.day)
    answers = {name: value for name, value in answers.items() if name in shown}
    for _ in range(3):
        errors = check(definition, answers, facts.day)
        if not errors:
            break
        for name in errors:
            question = definition.question(name)
            for candidate in _candidates(definition, question, rng):
                answers[name] = candidate
                if name not in check(definition, answers, facts.day):
                    break
    return answers


def _first_choice(definition: FormDefinition, question: Question, rng: random.Random) -> str | None:
    options = [o.name for o in definition.options(question.list_name)]
    if not options:
        return None
    return options[0] if rng.random() < 0.8 else rng.choice(options)


@dataclass(frozen=True)
class WorkSummary:
    projects: int
    surveys: int
    inspections: int
    acceptances: int = 0


@dataclass(frozen=True)
class _Candidate:
    """An establishment the demo can make a beneficiary of, with what its survey must find."""

    id: str
    name: str
    kind: str
    sector_code: str
    trade: str
    products: str
    employees: int
    women_owned: bool
    ethnic_minority_owned: bool
    representative: str
    representative_title: str
    unit_kind: str
    village: str  # its recognised craft village, with the recognition, or ""
    unit_name: str = ""  # its commune or ward, "Xã Chuyên Mỹ"

    @property
    def eligible(self) -> bool:
        """A commune (or special zone), or a craft village the city recognises (Decree 235)."""
        return self.unit_kind != AdminUnitKind.WARD.value or bool(self.village)


@dataclass
class _Timeline:
    """The dates of one project, in order; None for the steps it has not reached."""

    application: dt.date
    received: dt.date
    survey: dt.date | None = None
    approval: dt.date | None = None
    contract: dt.date | None = None
    inspections: list[dt.date] = field(default_factory=list)
    deadlines: list[dt.date | None] = field(default_factory=list)
    acceptance: dt.date | None = None


def _pool(db: Database) -> list[_Candidate]:
    query = (
        select(
            Establishment.id, Establishment.name, Establishment.kind, Establishment.sector_code, Establishment.trade,
            Establishment.products, Establishment.employees, Establishment.women_owned,
            Establishment.ethnic_minority_owned, Establishment.representative, Establishment.representative_title,
            AdminUnit.kind, CraftVillage.name, CraftVillage.recognised, CraftVillage.recognition_decision,
            CraftVillage.recognition_date, AdminUnit.name,
        )
        .outerjoin(AdminUnit, AdminUnit.code == Establishment.admin_unit_code)
        .outerjoin(CraftVillage, CraftVillage.id == Establishment.craft_village_id)
        .where(Establishment.deleted_at.is_(None))
        .order_by(Establishment.name_sort)
        .limit(2000)
    )
    pool = []
    # The demo's officers sit on the team and the council: an establishment one of them represents is left
    # out (one person on both sides is a contradiction the minutes would have to explain).
    officers = {" ".join(fold(officer[0]).split()) for officer in _OFFICERS}
    with db.read() as session:
        for row in session.execute(query):
            (id_, name, kind, sector, trade, products, employees, women, ethnic, representative, title,
             unit_kind, village, recognised, decision, decided, unit_name) = row
            if " ".join(fold(representative or "").split()) in officers:
                continue
            if village and recognised:
                basis = f"Quyết định số {decision}" if decision else "quyết định của UBND thành phố Hà Nội"
                village = f"{village}, được công nhận theo {basis}" + (f" ngày {_d(decided)}" if decided else "")
            else:
                village = ""
            pool.append(_Candidate(
                id_, name, kind or "household", sector or "", trade or "", products or trade or "Sản phẩm thủ công",
                max(int(employees or 0), 2), bool(women), bool(ethnic), representative or "", title or "",
                unit_kind or AdminUnitKind.COMMUNE.value, village, unit_name or "",
            ))
    return pool


def _officer(officer: tuple[str, str, str], establishment: _Candidate) -> tuple[str, str, str]:
    """(name, title, unit) of a demo officer; the commune's officer works at the establishment's own commune
    or ward ("UBND xã Chuyên Mỹ"): minutes name the unit in full, never a bare "UBND xã"."""
    name, title, unit = officer
    if unit == "UBND xã" and establishment.unit_name:
        unit = f"UBND {establishment.unit_name[:1].lower()}{establishment.unit_name[1:]}"
    return name, title, unit


def generate(db: Database, actor: Actor, count: int = 40, seed: int = 1) -> Steps[WorkSummary]:
    rng = random.Random(seed + 1000)
    pool = _pool(db)
    survey_t = templates.published(db, "survey")
    inspection_t = templates.published(db, "inspection")
    if not pool or not survey_t or not inspection_t:
        return WorkSummary(0, 0, 0)
    eligible = [c for c in pool if c.eligible]
    ineligible = [c for c in pool if not c.eligible]
    survey_def = templates.definition(db, survey_t[0].id)
    inspection_def = templates.definition(db, inspection_t[0].id)
    today = dt.date.today()
    order = list(ProjectStatus)
    surveys = inspections = accepted = 0
    for index in range(count):
        status = order[index % len(order)]
        outcome, issues = _survey_outcome(rng, status)
        if outcome == "ineligible" and ineligible and rng.random() < 0.6:
            first, issues = rng.choice(ineligible), ("ward",)
        else:
            first = rng.choice(eligible or pool)
            if not first.eligible:  # an office whose establishments are all ineligible: nothing goes ahead
                status, outcome, issues = ProjectStatus.CANCELLED, "ineligible", ("ward",)
        others = [c for c in eligible if c.id != first.id]
        beneficiaries = [first] + (rng.sample(others, 1) if others and rng.random() < 0.25 else [])
        kind, title = rng.choice(_KINDS)
        lines = [_lines(rng, b.trade) for b in beneficiaries]
        shares = []
        for beneficiary, items in zip(beneficiaries, lines, strict=True):
            total = sum(line.amount for line in items)
            kc = min(total // 2 // 1_000_000 * 1_000_000, 300_000_000)
            shares.append(BeneficiaryInput(beneficiary.id, total, kc, total - kc))
        first_inspection = _inspection_outcome(rng, status)
        times = _timeline(rng, status, first_inspection, today)
        year = (times.approval or times.survey or times.received).year
        kc_total = sum(s.kc_amount for s in shares)
        advanced, settled = _payments(rng, status, kc_total)
        decision_no = f"{rng.randrange(100, 999)}/QĐ-SCT" if times.approval else ""
        contract_no = f"{rng.randrange(10, 99)}/HĐ-KC" if times.contract else ""
        equipment = _lower(lines[0][0].equipment.name)
        data = ProjectInput(
            code=f"KC-{year}-{index + 1:03d}",
            title=title.format(equipment=equipment),
            plan_year=year,
            round=rng.randrange(1, 3),
            funding_source=rng.choice(["local", "local", "national"]),
            support_kind_code=kind,
            approval_decision_no=decision_no,
            approval_date=times.approval,
            contract_no=contract_no,
            contract_date=times.contract,
            planned_start=times.contract,
            planned_end=times.contract + dt.timedelta(days=150) if times.contract else None,
            total_amount=sum(s.total_amount for s in shares),
            kc_amount=kc_total,
            counterpart_amount=sum(s.counterpart_amount for s in shares),
            advanced_amount=advanced,
            settled_amount=settled,
            beneficiaries=shares,
        )
        project_id = projects.save(db, actor, None, data)
        for step in order[1 : order.index(status) + 1] if status is not ProjectStatus.CANCELLED else []:
            projects.transition(db, actor, project_id, step.value)
        if status is ProjectStatus.CANCELLED:
            reason = ("Cơ sở không đủ điều kiện hỗ trợ theo kết quả khảo sát." if outcome == "ineligible"
                      else "Cơ sở xin rút khỏi danh sách hỗ trợ.")
            projects.transition(db, actor, project_id, "cancelled", reason)
        plan_day = _plan_day(rng, times.application)
        facts = Facts(
            day=times.received,
            establishment=first.name,
            kind=first.kind,
            sector_code=first.sector_code,
            products=first.products,
            employees=first.employees,
            women=rng.randrange(0, first.employees // (1 if first.women_owned else 2) + 1),
            women_owned=first.women_owned,
            ethnic_minority_owned=first.ethnic_minority_owned,
            unit_kind=first.unit_kind,
            village=first.village,
            plan=_plan(rng, plan_day),
            application=_application(rng, times.application, first.kind),
            received=times.received,
            lines=lines[0],
            supplier=rng.choice(_SUPPLIERS),
            kc_amount=shares[0].kc_amount,
            decision=f"Quyết định số {decision_no} ngày {_d(times.approval)} của Sở Công Thương Hà Nội"
            if times.approval else "",
            contract=f"Hợp đồng số {contract_no} ngày {_d(times.contract)}" if times.contract else "",
            counterpart=shares[0].counterpart_amount,
            leased=rng.random() < 0.3,
            outcome=outcome,
            issues=issues,
        )
        if times.survey is not None:
            facts.day = times.survey
            final = not (status is ProjectStatus.SURVEYED and index % 2)
            surveys += _record(db, actor, rng, "survey", survey_t[0].id, survey_def, project_id, first, facts, final)
        for round_no, day in enumerate(times.inspections, start=1):
            outcome_i, issues_i = first_inspection if round_no == 1 else ("ok", ())
            last = round_no == len(times.inspections)
            plan_day = day - dt.timedelta(days=rng.randrange(5, 15))
            facts = dataclasses.replace(
                facts, day=day, round=round_no, outcome=outcome_i, issues=issues_i,
                inspection_plan=_inspection_plan(rng, max(plan_day, times.contract or plan_day)),
                completion=100 if status is not ProjectStatus.IN_PROGRESS else rng.randrange(5, 10) * 10,
                deadline=times.deadlines[round_no - 1], extra={"no_environment": rng.random() < 0.1},
            )
            final = status is not ProjectStatus.IN_PROGRESS
            inspections += _record(db, actor, rng, "inspection", inspection_t[0].id, inspection_def, project_id,
                                   first, facts, final, followed_up=not last)
        if times.acceptance is not None:
            accepted += _acceptance(
                db, actor, rng, project_id, first, shares[0], lines[0], times, facts.supplier,
                late_invoice="invoice" in first_inspection[1], final=status is not ProjectStatus.INSPECTED,
            )
        yield Progress(index + 1, count, "Đang tạo đề án mẫu…")
    return WorkSummary(count, surveys, inspections, accepted)


def _survey_outcome(rng: random.Random, status: ProjectStatus) -> tuple[str, tuple[str, ...]]:
    """What the survey finds: projects that went ahead were eligible; a cancelled one often was not."""
    if status is ProjectStatus.CANCELLED and rng.random() < 0.6:
        return "ineligible", (rng.choice(["funds", "premises", "fire"]),)
    if rng.random() < 0.3:
        keys = list(_SURVEY_CONDITIONS)
        return "conditions", tuple(sorted(rng.sample(keys, rng.choice((1, 1, 2))), key=keys.index))
    return "eligible", ()


def _inspection_outcome(rng: random.Random, status: ProjectStatus) -> tuple[str, tuple[str, ...]]:
    """The first inspection: in order, or shortcomings to put right; violations only in work under way."""
    roll = rng.random()
    if status is ProjectStatus.IN_PROGRESS and roll < 0.15:
        return "violation", (rng.choice(list(_VIOLATIONS)),)
    if roll < 0.4:
        keys = list(_SHORTCOMINGS)
        return "fix", tuple(sorted(rng.sample(keys, rng.choice((1, 1, 2))), key=keys.index))
    return "ok", ()


# How long ago (days) the last step of a project of each status took place.
_AGE = {
    ProjectStatus.PROPOSED: (0, 25),
    ProjectStatus.SURVEYED: (2, 40),
    ProjectStatus.APPROVED: (2, 40),
    ProjectStatus.IN_PROGRESS: (0, 7),
    ProjectStatus.INSPECTED: (0, 7),
    ProjectStatus.ACCEPTED: (7, 60),
    ProjectStatus.SETTLED: (60, 300),
    ProjectStatus.CANCELLED: (5, 200),
}


def _timeline(rng: random.Random, status: ProjectStatus, first: tuple[str, tuple[str, ...]],
              today: dt.date) -> _Timeline:
    """Dates from the application on, each step after the one before; the last one `_AGE` days before today."""
    rank = list(ProjectStatus).index(status) if status is not ProjectStatus.CANCELLED else 1
    days = {"received": rng.randrange(1, 6)}
    days["survey"] = days["received"] + rng.randrange(5, 26)
    days["approval"] = days["survey"] + rng.randrange(20, 46)
    days["contract"] = days["approval"] + rng.randrange(5, 21)
    inspections: list[int] = [days["contract"] + rng.randrange(45, 91)]
    deadlines: list[int | None] = []
    if first[0] == "ok":
        deadlines.append(None)
    else:
        deadline = inspections[0] + rng.randrange(15, 31)
        deadlines.append(deadline)
        if rank >= list(ProjectStatus).index(ProjectStatus.INSPECTED):  # put right, then inspected again
            inspections.append(deadline + rng.randrange(2, 10))
            deadlines.append(None)
    days["acceptance"] = inspections[-1] + rng.randrange(10, 31)
    steps = ["received", "survey", "contract", "inspection", "acceptance", "acceptance", "acceptance"]
    last = steps[rank]
    span = inspections[0] if last == "inspection" else days[last]
    application = today - dt.timedelta(days=rng.randrange(*_AGE[status]) + span)

    def at(offset: int) -> dt.date:
        return application + dt.timedelta(days=offset)

    times = _Timeline(application, at(days["received"]))
    if rank >= 1:
        times.survey = at(days["survey"])
    if status is ProjectStatus.CANCELLED:
        return times
    if rank >= 2:
        times.approval, times.contract = at(days["approval"]), at(days["contract"])
    if rank >= 3:
        count = 1 if status is ProjectStatus.IN_PROGRESS else len(inspections)
        times.inspections = [at(offset) for offset in inspections[:count]]
        times.deadlines = [at(offset) if offset is not None else None for offset in deadlines[:count]]
    if rank >= 4:
        times.acceptance = at(days["acceptance"])
    return times


def _plan_day(rng: random.Random, application: dt.date) -> dt.date:
    """The year's plan: mid-January, or the December before when the application came early in the year."""
    january = dt.date(application.year, 1, rng.randrange(5, 21))
    if january <= application - dt.timedelta(days=10):
        return january
    return dt.date(application.year - 1, 12, rng.randrange(10, 26))


def _lines(rng: random.Random, trade: str) -> tuple[Line, ...]:
    """One to three items of the trade's equipment, in whole half-millions of đồng."""
    catalogue = _CATALOGUE.get(trade) or _CATALOGUE["Gốm sứ"]
    chosen = rng.sample(catalogue, k=rng.choice([1, 1, min(2, len(catalogue))]))
    lines = []
    for equipment in chosen:
        low, high = equipment.price
        quantity = rng.randrange(2, 6) if high < 40 else 1
        lines.append(Line(equipment, quantity, rng.randrange(low * 2, high * 2 + 1) * 500_000))
    return tuple(lines)


def _payments(rng: random.Random, status: ProjectStatus, approved: int) -> tuple[int, int]:
    """Advance (tạm ứng) and settlement (quyết toán) as the status has them, in whole millions of đồng.

    Work under way has an advance of 30–70 %; an accepted project awaits its settlement; a settled
    one is settled in full, or a little under when the equipment cost less than planned.
    """

    def part(low: int, high: int) -> int:
        return min(approved, int(round(approved * rng.randrange(low, high + 1, 10) / 100, -6)))

    if status in (ProjectStatus.IN_PROGRESS, ProjectStatus.INSPECTED):
        return part(30, 70), 0
    if status is ProjectStatus.ACCEPTED:
        return part(50, 70), 0
    if status is ProjectStatus.SETTLED:
        settled = approved if rng.random() < 0.75 else part(90, 99)
        return part(50, 70), settled
    return 0, 0


def _record(
    db: Database,
    actor: Actor,
    rng: random.Random,
    kind: str,
    template_id: str,
    definition: FormDefinition,
    project_id: str,
    establishment: _Candidate,
    facts: Facts,
    final: bool,
    followed_up: bool = False,
) -> int:
    record_id = field_records.start(db, actor, kind, template_id, project_id, establishment.id, facts.day)
    people = [Participant(*_officer(officer, establishment), side="office", role=role)
              for officer, role in zip(rng.sample(_OFFICERS, 2), ("chair", "secretary"), strict=True)]
    people.append(
        Participant(
            establishment.representative or "Đại diện cơ sở",
            establishment.representative_title or "Chủ cơ sở",
            establishment.name,
            "establishment",
        )
    )
    answers = sample_answers(definition, rng, facts, kind)
    findings, conclusion = _summary(kind, facts)
    field_records.save_draft(
        db,
        actor,
        record_id,
        {
            "place": "Tại cơ sở sản xuất",
            "start_time": "08:30",
            "end_time": "10:00",
            "participants": people,
            "answers": answers,
            "findings": findings,
            "conclusion": conclusion,
        },
    )
    action = None
    if kind == "inspection" and facts.outcome != "ok":
        # Still to be done on the day of the minutes (they are signed with it open); put right later.
        action = ("; ".join(_ACTIONS[i] for i in facts.issues if i in _ACTIONS), "Chủ cơ sở",
                  facts.deadline or facts.day + dt.timedelta(days=15))
        action_id = field_records.save_action(db, actor, record_id, None, *action, "open")
    if final:
        # If the template's own rules find something, the demo keeps it as a draft with errors.
        with contextlib.suppress(ValidationFailed):
            field_records.finalize(db, actor, record_id)
    if action is not None and (followed_up or (final and facts.outcome == "fix" and rng.random() < 0.8)):
        # Put right by the next inspection, or (older finalized work) mostly done; the rest still open. The
        # signed minutes keep the action open; today's status shows on the follow-up sheet.
        field_records.save_action(db, actor, record_id, action_id, *action, "done")
    return 1


def _summary(kind: str, f: Facts) -> tuple[str, str]:
    """The findings and conclusion written on the minutes, in the words of what the answers say."""
    if kind == "survey":
        if f.outcome == "ineligible":
            reasons = "; ".join(_SURVEY_REASONS[i] for i in f.issues if i in _SURVEY_REASONS)
            return f"{reasons}.", "Cơ sở không đủ điều kiện hỗ trợ; đề nghị không đưa vào danh sách hỗ trợ."
        if f.outcome == "conditions":
            conditions = "; ".join(_SURVEY_CONDITIONS[i] for i in f.issues if i in _SURVEY_CONDITIONS)
            return (
                "Thông tin của cơ sở khớp với hồ sơ; cơ sở đáp ứng điều kiện hỗ trợ khi hoàn thành các việc sau.",
                f"Cơ sở đủ điều kiện hỗ trợ, kèm theo điều kiện: {conditions}.",
            )
        return (
            "Thông tin của cơ sở khớp với hồ sơ; cơ sở đáp ứng các điều kiện hỗ trợ.",
            "Cơ sở đủ điều kiện hỗ trợ; đề nghị đưa vào danh sách hỗ trợ theo kế hoạch.",
        )
    found = {**_SHORTCOMINGS, **_VIOLATIONS}
    if f.outcome == "violation":
        return (
            "; ".join(found[i][1] for i in f.issues if i in found) + ".",
            "Cơ sở có vi phạm; đề nghị xem xét dừng hỗ trợ.",
        )
    if f.outcome == "fix":
        return (
            "; ".join(found[i][1] for i in f.issues if i in found) + ".",
            f"Cơ sở cần khắc phục các tồn tại nêu trên trước ngày {_d(f.deadline or f.day)}.",
        )
    if f.completion < 100:
        return (
            f"Cơ sở thực hiện đúng nội dung đề án; khối lượng hoàn thành khoảng {f.completion} %.",
            "Cơ sở thực hiện đúng nội dung và tiến độ đã được duyệt.",
        )
    return (
        "Thiết bị đã lắp đặt, vận hành ổn định tại địa điểm đăng ký; hồ sơ, chứng từ đầy đủ.",
        "Cơ sở thực hiện đúng nội dung và tiến độ đã được duyệt.",
    )


def signature_image(rng: random.Random, folder: Path) -> Path:
    """A pen-like scribble, as a signature pad would store it (transparent background)."""
    image = Image.new("RGBA", (420, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 38, 80 + rng.randrange(-55, 55)) for i in range(11)]
    draw.line(points, fill=(10, 20, 110, 255), width=5, joint="curve")
    path = folder / f"ky-{rng.randrange(10**9)}.png"
    image.save(path)
    return path


def _acceptance(
    db: Database,
    actor: Actor,
    rng: random.Random,
    project_id: str,
    owner: _Candidate,
    share: BeneficiaryInput,
    lines: tuple[Line, ...],
    times: _Timeline,
    supplier: str,
    late_invoice: bool,
    final: bool,
) -> int:
    """The acceptance minutes: invoices after the contract and before the session, equipment made no later
    than its invoice; a delivered item that differs from the approved one is accepted only with conditions."""
    day = times.acceptance
    assert day is not None and times.contract is not None and times.inspections
    record_id = acceptances.start(db, actor, project_id, share.establishment_id, day)
    # Invoiced before the first inspection, or after it when that inspection found the invoice missing.
    first, last = (times.inspections[0] + dt.timedelta(days=1), day - dt.timedelta(days=1)) if late_invoice else (
        times.contract + dt.timedelta(days=7), times.inspections[0] - dt.timedelta(days=1))
    invoiced = first + dt.timedelta(days=rng.randrange(max((last - first).days, 0) + 1))
    invoice_no = f"{rng.randrange(1, 10**6):08d}"
    items = []
    differences: list[str] = []
    for line in lines:
        equipment = line.equipment
        approved = ItemSide(
            equipment.name,
            equipment.model,
            equipment.specifications,
            equipment.origin,
            invoiced.year if rng.random() < 0.6 else invoiced.year - 1,
            f"SN{rng.randrange(10**6):06d}",
            line.quantity,
            equipment.unit,
            line.unit_price,
            supplier,
            invoice_no,
            invoiced,
            "Đã lắp đặt",
        )
        delivered = dataclasses.replace(approved, state_text="Hoạt động tốt")
        if not differences and rng.random() < 0.15:
            origin = "Trung Quốc" if equipment.origin != "Trung Quốc" else "Việt Nam"
            delivered = dataclasses.replace(delivered, origin=origin)
            differences.append(
                f"{equipment.name} có xuất xứ {origin}, khác với xuất xứ {equipment.origin} trong đề án được duyệt"
            )
        items.append(AcceptanceItem(approved, delivered))
    centre_deputy, centre_officer, local = (_officer(officer, owner) for officer in (
        _OFFICERS[1], _OFFICERS[0], _OFFICERS[2]))
    council = [
        CouncilMember(centre_deputy[0], centre_deputy[2], centre_deputy[1], "chair"),
        CouncilMember(centre_officer[0], centre_officer[2], centre_officer[1], "secretary"),
        CouncilMember(local[0], local[2], local[1], "member"),
        CouncilMember(
            owner.representative or "Đại diện cơ sở",
            owner.name,
            owner.representative_title or "Chủ cơ sở",
            "beneficiary",
        ),
    ]
    checks: dict[str, dict[str, object]] = {key: {"ok": True, "note": ""} for key in CHECKS}
    if differences:
        checks["content_conforms"] = {"ok": False, "note": "; ".join(differences) + "."}
        conclusion = Conclusion.WITH_CONDITIONS.value
        conclusion_text = (
            "; ".join(differences) + ". Cơ sở đã giải trình; thông số kỹ thuật đáp ứng yêu cầu sản xuất. "
            "Hội đồng thống nhất nghiệm thu có điều kiện."
        )
        recommendations = "Cơ sở bổ sung giấy chứng nhận xuất xứ (CO), chất lượng (CQ) của thiết bị trong 15 ngày."
    else:
        conclusion = Conclusion.ACCEPTED.value
        conclusion_text = "Thiết bị được lắp đặt đúng chủng loại, hoạt động ổn định, đáp ứng yêu cầu sản xuất."
        recommendations = "Cơ sở duy trì vận hành, bảo dưỡng thiết bị theo hướng dẫn của nhà cung cấp."
    acceptances.save_draft(
        db,
        actor,
        record_id,
        {
            "place": "Tại xưởng sản xuất của cơ sở",
            "start_time": "08:30",
            "end_time": "10:30",
            "council_decision_no": f"{rng.randrange(10, 200)}/QĐ-TTKC",
            "council_decision_date": day - dt.timedelta(days=7),
            "council": council,
            "items": items,
            "conclusion": conclusion,
            "conclusion_text": conclusion_text,
            "recommendations": recommendations,
            "checks": checks,
            "recipients": f"Sở Công Thương Hà Nội;\n{owner.name};\nLưu: VT, KC.",
        },
    )
    if final:
        with tempfile.TemporaryDirectory() as folder:
            for member in range(3):
                acceptances.sign(db, actor, record_id, member, signature_image(rng, Path(folder)))
        acceptances.sign(db, actor, record_id, 3, None, on_paper=True)
        with contextlib.suppress(ValidationFailed):
            acceptances.finalize(db, actor, record_id)
    return 1
