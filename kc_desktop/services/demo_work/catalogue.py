"""What the demo's projects are about: equipment each trade asks for, suppliers, officers, and the words of
what a survey or an inspection can find.

Kept apart from the code so the stories, the answers and the acceptances all draw on one vocabulary: an
issue a survey finds (a key of these tables) is the same key the answers, the findings and the follow-up
action word, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass


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
CATALOGUE: dict[str, tuple[Equipment, ...]] = {
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
SUPPLIERS = [
    "Công ty TNHH Thiết bị Hà Thành",
    "Công ty cổ phần Cơ khí Việt Hàn",
    "Công ty TNHH Máy công nghiệp Đông Á",
    "Công ty TNHH Thương mại và Kỹ thuật Minh Phát",
]
# Kinds of support of the demo projects, with the title each gives (all are about equipment, as acceptances are).
KINDS = [
    ("may_moc_thiet_bi", "Hỗ trợ ứng dụng {equipment} vào sản xuất"),
    ("may_moc_thiet_bi", "Hỗ trợ ứng dụng {equipment} vào sản xuất"),
    ("mo_hinh_trinh_dien", "Xây dựng mô hình trình diễn kỹ thuật {equipment}"),
    ("san_xuat_sach_hon", "Hỗ trợ sản xuất sạch hơn: thay thế bằng {equipment} tiết kiệm năng lượng"),
]
OFFICERS = [
    ("Nguyễn Thị Minh Hằng", "Chuyên viên", "Trung tâm Khuyến công"),
    ("Trần Văn Quyết", "Phó Giám đốc", "Trung tâm Khuyến công"),
    ("Lê Thu Trang", "Cán bộ kinh tế", "UBND xã"),  # of the establishment's commune or ward, see facts.officer_at
]
CENTRE = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội"
KIND_CHOICE = {"enterprise": "doanh_nghiep", "cooperative": "hop_tac_xa", "coop_group": "to_hop_tac",
                "household": "ho_kinh_doanh"}
SECTOR_CHOICE = {"che_bien_nlts": "che_bien", "hang_tieu_dung": "tieu_dung", "hoa_chat_vlxd": "hoa_chat_vat_lieu",
                  "co_khi_dien_tu": "co_khi_dien_tu", "thu_cong_my_nghe": "thu_cong_my_nghe",
                  "khai_thac_mo": "khoang_san", "san_xuat_sach": "moi_truong"}

# What a survey can find, and what it makes of it (eligible with conditions, or not eligible).
SURVEY_CONDITIONS = {
    "representative": "Cập nhật người đại diện theo pháp luật trên giấy chứng nhận đăng ký trước khi ký hợp đồng",
    "power": "Hoàn thành nâng cấp đường điện ba pha cho thiết bị mới trước khi lắp đặt",
    "environment": "Hoàn thiện hồ sơ về bảo vệ môi trường theo quy định trước khi nghiệm thu",
    "lease": "Gia hạn hợp đồng thuê mặt bằng ít nhất đến hết thời gian thực hiện đề án",
}
SURVEY_REASONS = {
    "ward": "Cơ sở đặt tại phường và không thuộc làng nghề được thành phố công nhận",
    "funds": "Cơ sở chưa chứng minh được vốn đối ứng tối thiểu 50 % kinh phí đầu tư",
    "premises": "Cơ sở chưa có mặt bằng sản xuất ổn định để lắp đặt thiết bị",
    "fire": "Nhà xưởng chưa bảo đảm điều kiện an toàn lao động, phòng cháy chữa cháy",
}
# What an inspection can find wrong: the checklist question and its note. Shortcomings are put right;
# violations make the team propose to stop the support.
SHORTCOMINGS = {
    "progress": ("tien_do", "Chậm khoảng 20 ngày so với kế hoạch do nhà cung cấp giao thiết bị muộn"),
    "invoice": ("hoa_don", "Chưa xuất trình hóa đơn giá trị gia tăng của thiết bị"),
    "delivery": ("giao_nhan", "Chưa có biên bản giao nhận, phiếu xuất kho thiết bị"),
    "sign": ("bien_hieu", "Chưa gắn biển «Thiết bị được hỗ trợ từ kinh phí khuyến công»"),
    "trial": ("van_hanh_thu", "Thiết bị chạy thử chưa ổn định, nhà cung cấp đang hiệu chỉnh"),
}
VIOLATIONS = {
    "purpose": ("dung_muc_dich", "Thiết bị được cho cơ sở khác thuê, không sử dụng tại địa điểm đăng ký"),
    "place": ("lap_dat", "Thiết bị không lắp đặt tại địa điểm ghi trong đề án"),
    "model": ("dung_chung_loai", "Thiết bị đã mua khác model, xuất xứ so với đề án được duyệt mà không báo cáo"),
}
# What an inspection found of either kind, and the note each is written down with (answers and minutes alike).
FINDINGS = {**SHORTCOMINGS, **VIOLATIONS}
FINDING_NOTES = {key: note for key, (_question, note) in FINDINGS.items()}
ACTIONS = {
    "progress": "Đôn đốc nhà cung cấp giao đủ thiết bị, báo cáo tiến độ",
    "invoice": "Bổ sung hóa đơn giá trị gia tăng của thiết bị",
    "delivery": "Bổ sung biên bản giao nhận, phiếu xuất kho thiết bị",
    "sign": "Gắn biển «Thiết bị được hỗ trợ từ kinh phí khuyến công»",
    "trial": "Hoàn thành chạy thử, lập biên bản vận hành thử",
    "purpose": "Giải trình bằng văn bản việc sử dụng thiết bị không đúng mục đích",
    "place": "Giải trình bằng văn bản việc lắp đặt thiết bị sai địa điểm",
    "model": "Giải trình bằng văn bản việc thay đổi model, xuất xứ thiết bị",
}
