"""Build the default survey and inspection templates in resources/templates from the data below."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question  # noqa: E402
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform  # noqa: E402

OUT = ROOT / "resources" / "templates"
YES = "yes"


def ask(type_: str, name: str, label: str, **extra: str) -> Question:
    base, _, list_name = type_.partition(" ")
    return Question(name=name, type=base, label=label, list_name=list_name, **extra)


def group(name: str, label: str, *items: Question | list[Question], relevant: str = "") -> list[Question]:
    flat: list[Question] = []
    for item in items:
        flat.extend(item if isinstance(item, list) else [item])
    return [Question(name, "begin_group", label, relevant=relevant), *flat, Question("", "end_group", "")]


def options(*pairs: tuple[str, str]) -> tuple[ChoiceOption, ...]:
    return tuple(ChoiceOption(name, label) for name, label in pairs)


def build(definition: FormDefinition, file_name: str) -> None:
    path = OUT / file_name
    if path.exists() and read_xlsform(path) == definition:
        print(f"{path.relative_to(ROOT)}: không đổi")  # rewriting would only change timestamps inside the zip
        return
    write_xlsform(definition, path)
    if read_xlsform(path) != definition:
        raise SystemExit(f"{path.name}: đọc lại không ra đúng mẫu phiếu vừa ghi")
    print(f"{path.relative_to(ROOT)}: {len(definition.fields())} câu hỏi")


YES_NO = options(("co", "Có"), ("khong", "Không"))


def survey() -> FormDefinition:
    mismatch = " or ".join(f"${{{n}}} = 'khong'" for n in ("giay_dang_ky_khop", "ma_so_thue_khop", "dai_dien_khop"))
    questions = [
        *group(
            "nhom_can_cu",
            "I. Căn cứ khảo sát, thẩm tra",
            ask(
                "text",
                "ke_hoach_khuyen_cong",
                "Kế hoạch khuyến công hoặc văn bản giao nhiệm vụ (số, ngày)",
                hint="Ví dụ: Kế hoạch số 25/KH-SCT ngày 15/01/2026 của Sở Công Thương.",
                required=YES,
            ),
            ask("text", "don_de_nghi", "Đơn đề nghị hỗ trợ của cơ sở (số, ngày)", required=YES),
            ask("date", "ngay_nhan_ho_so", "Ngày nhận hồ sơ đề nghị hỗ trợ"),
        ),
        *group(
            "nhom_thong_tin_co_so",
            "II. Thông tin cơ sở (đối chiếu với giấy tờ gốc)",
            ask("select_one loai_hinh", "loai_hinh", "Loại hình cơ sở", required=YES),
            ask(
                "select_one co_khong",
                "giay_dang_ky_khop",
                "Giấy chứng nhận đăng ký còn hiệu lực, khớp với hồ sơ?",
                required=YES,
            ),
            ask(
                "select_one co_khong",
                "ma_so_thue_khop",
                "Mã số thuế (hoặc số định danh cá nhân) khớp với hồ sơ?",
                required=YES,
            ),
            ask("select_one co_khong", "dai_dien_khop", "Người đại diện theo pháp luật khớp với hồ sơ?", required=YES),
            ask("text", "thong_tin_chua_khop", "Ghi rõ những thông tin chưa khớp", relevant=mismatch, required=YES),
            ask("select_one nganh_nghe", "nganh_nghe", "Nhóm ngành nghề sản xuất", required=YES),
            ask("text", "san_pham_chinh", "Sản phẩm chính", required=YES),
            ask(
                "integer",
                "so_lao_dong",
                "Số lao động thường xuyên (người)",
                required=YES,
                constraint=". >= 0",
                constraint_message="Số lao động không được âm.",
            ),
            ask(
                "integer",
                "so_lao_dong_nu",
                "Trong đó: lao động nữ (người)",
                constraint=". >= 0",
                constraint_message="Số lao động nữ không được âm.",
            ),
            ask(
                "decimal",
                "doanh_thu",
                "Doanh thu năm trước (triệu đồng)",
                constraint=". >= 0",
                constraint_message="Doanh thu không được âm.",
            ),
            ask(
                "select_multiple uu_tien",
                "uu_tien",
                "Đối tượng ưu tiên",
                constraint="not(selected(., 'khong') and count-selected(.) > 1)",
                constraint_message="Đã chọn «Không thuộc diện ưu tiên» thì không chọn thêm mục khác.",
            ),
        ),
        *group(
            "nhom_hien_trang",
            "III. Hiện trạng máy móc thiết bị và sản xuất",
            ask(
                "text",
                "thiet_bi_hien_co",
                "Máy móc, thiết bị đang sử dụng (tên, số lượng, năm sản xuất)",
                appearance="multiline",
                required=YES,
            ),
            ask("select_one tinh_trang", "tinh_trang_thiet_bi", "Tình trạng máy móc, thiết bị hiện có", required=YES),
            ask("text", "cong_suat_hien_tai", "Công suất, sản lượng hiện tại", hint="Ví dụ: 2.000 sản phẩm/tháng."),
            ask(
                "decimal",
                "dien_tich_nha_xuong",
                "Diện tích nhà xưởng (m²)",
                constraint=". > 0",
                constraint_message="Diện tích phải lớn hơn 0.",
            ),
            ask("image", "anh_co_so", "Ảnh toàn cảnh cơ sở, nhà xưởng", hint="Chụp cổng, biển hiệu và khu sản xuất."),
            ask("image", "anh_thiet_bi_cu", "Ảnh máy móc, thiết bị cũ", relevant="${tinh_trang_thiet_bi} != 'chua_co'"),
        ),
        *group(
            "nhom_dieu_kien",
            "IV. Kiểm tra điều kiện hỗ trợ",
            ask(
                "select_one dia_ban",
                "dia_ban",
                "Cơ sở đặt tại",
                required=YES,
                hint="Theo Nghị định 235/2025/NĐ-CP, ở thành phố trực thuộc trung ương chỉ hỗ trợ cơ sở tại xã, "
                "đặc khu, hoặc tại làng nghề được thành phố công nhận.",
            ),
            ask("select_one co_khong", "lang_nghe", "Cơ sở thuộc làng nghề được thành phố công nhận?", required=YES),
            ask(
                "text",
                "ten_lang_nghe",
                "Tên làng nghề, số và ngày quyết định công nhận",
                relevant="${lang_nghe} = 'co'",
                required=YES,
            ),
            ask(
                "note",
                "canh_bao_dia_ban",
                "Cơ sở ở phường và không thuộc làng nghề được công nhận: không thuộc đối tượng hỗ trợ theo "
                "Nghị định 235/2025/NĐ-CP (trừ đề án đã được phê duyệt trước ngày 15/10/2025).",
                relevant="${dia_ban} = 'phuong' and ${lang_nghe} = 'khong'",
            ),
            ask("select_one mat_bang", "mat_bang", "Mặt bằng, nhà xưởng đặt thiết bị", required=YES),
            ask(
                "date",
                "han_thue_mat_bang",
                "Hợp đồng thuê mặt bằng có hiệu lực đến ngày",
                relevant="${mat_bang} = 'thue_dai_han' or ${mat_bang} = 'thue_ngan_han'",
                required=YES,
            ),
            ask("select_one nguon_dien", "nguon_dien", "Nguồn điện cho thiết bị mới", required=YES),
            ask(
                "select_one co_khong",
                "du_von_doi_ung",
                "Cơ sở chứng minh được vốn đối ứng (tối thiểu 50% kinh phí)?",
                hint="Xác nhận số dư tài khoản, hợp đồng tín dụng hoặc cam kết góp vốn.",
                required=YES,
            ),
            ask("select_one moi_truong", "moi_truong", "Hồ sơ, thủ tục về bảo vệ môi trường", required=YES),
            ask("select_one co_khong", "an_toan_pccc", "Bảo đảm an toàn lao động, phòng cháy chữa cháy?", required=YES),
        ),
        *group(
            "nhom_thiet_bi_de_nghi",
            "V. Máy móc thiết bị đề nghị hỗ trợ",
            ask("text", "ten_thiet_bi", "Tên máy móc, thiết bị (dây chuyền) đề nghị hỗ trợ", required=YES),
            ask("text", "thong_so_ky_thuat", "Thông số kỹ thuật chính, xuất xứ, năm sản xuất", appearance="multiline"),
            ask(
                "integer",
                "so_luong_thiet_bi",
                "Số lượng (chiếc, bộ)",
                required=YES,
                constraint=". >= 1",
                constraint_message="Số lượng phải từ 1 trở lên.",
            ),
            ask(
                "decimal",
                "tong_kinh_phi",
                "Tổng kinh phí đầu tư (triệu đồng)",
                required=YES,
                constraint=". > 0",
                constraint_message="Tổng kinh phí phải lớn hơn 0.",
            ),
            ask(
                "decimal",
                "kinh_phi_de_nghi",
                "Kinh phí khuyến công đề nghị hỗ trợ (triệu đồng)",
                required=YES,
                hint="Mức tối đa theo bảng định mức hỗ trợ hiện hành của thành phố.",
                constraint=". > 0 and . <= ${tong_kinh_phi} * 0.5",
                constraint_message="Kinh phí hỗ trợ không được quá 50% tổng kinh phí: "
                "vốn đối ứng của cơ sở phải từ 50% trở lên.",
            ),
            ask("text", "nha_cung_cap", "Nhà cung cấp, báo giá đã thu thập", hint="Nên có ít nhất 3 báo giá."),
            ask(
                "text",
                "hieu_qua_du_kien",
                "Hiệu quả dự kiến (năng suất, chất lượng, việc làm, môi trường)",
                appearance="multiline",
            ),
        ),
        *group(
            "nhom_ket_luan",
            "VI. Kết luận, kiến nghị của đoàn khảo sát",
            ask("select_one de_xuat", "de_xuat", "Đề xuất của đoàn", required=YES),
            ask(
                "text",
                "dieu_kien_kem_theo",
                "Các điều kiện cơ sở phải đáp ứng trước khi được hỗ trợ",
                relevant="${de_xuat} = 'co_dieu_kien'",
                required=YES,
                appearance="multiline",
            ),
            ask(
                "text",
                "ly_do_khong_du",
                "Lý do không đủ điều kiện",
                relevant="${de_xuat} = 'khong_du'",
                required=YES,
                appearance="multiline",
            ),
            ask("text", "y_kien_co_so", "Ý kiến của đại diện cơ sở"),
        ),
    ]
    choices = {
        "co_khong": YES_NO,
        "loai_hinh": options(
            ("doanh_nghiep", "Doanh nghiệp"),
            ("hop_tac_xa", "Hợp tác xã"),
            ("to_hop_tac", "Tổ hợp tác"),
            ("ho_kinh_doanh", "Hộ kinh doanh"),
        ),
        "nganh_nghe": options(
            ("che_bien", "Chế biến nông, lâm, thủy sản và thực phẩm"),
            ("tieu_dung", "Hàng công nghiệp tiêu dùng, hàng xuất khẩu, hàng thay thế hàng nhập khẩu"),
            ("hoa_chat_vat_lieu", "Hóa chất phục vụ nông nghiệp, vật liệu xây dựng"),
            ("co_khi_dien_tu", "Máy móc, linh kiện điện - điện tử, công nghiệp hỗ trợ"),
            ("thu_cong_my_nghe", "Thủ công mỹ nghệ, tiểu thủ công nghiệp"),
            ("khoang_san", "Khai thác, chế biến khoáng sản ở địa bàn khó khăn"),
            ("moi_truong", "Sản xuất sạch hơn, xử lý ô nhiễm môi trường"),
            ("khac", "Ngành khác (công nghệ cao, công nghiệp xanh, tiết kiệm năng lượng…)"),
        ),
        "uu_tien": options(
            ("chu_nu", "Chủ cơ sở là nữ"),
            ("dan_toc", "Chủ cơ sở là người dân tộc thiểu số"),
            ("khong", "Không thuộc diện ưu tiên"),
        ),
        "tinh_trang": options(
            ("xuong_cap", "Cũ, xuống cấp, năng suất thấp"),
            ("tot", "Còn tốt nhưng không đáp ứng nhu cầu mới"),
            ("hong", "Hỏng, không sử dụng được"),
            ("chua_co", "Chưa có thiết bị"),
        ),
        "dia_ban": options(("xa", "Xã"), ("dac_khu", "Đặc khu"), ("phuong", "Phường")),
        "mat_bang": options(
            ("so_huu", "Thuộc quyền sử dụng của cơ sở"),
            ("thue_dai_han", "Thuê dài hạn"),
            ("thue_ngan_han", "Thuê ngắn hạn"),
            ("chua_on_dinh", "Chưa có mặt bằng ổn định"),
        ),
        "nguon_dien": options(
            ("du", "Đủ công suất"),
            ("nang_cap", "Phải nâng cấp, cơ sở cam kết tự thực hiện"),
            ("khong_du", "Không đủ"),
        ),
        "moi_truong": options(
            ("day_du", "Có đủ hồ sơ môi trường theo quy định"),
            ("dang_hoan_thien", "Đang hoàn thiện hồ sơ"),
            ("chua_co", "Chưa có"),
        ),
        "de_xuat": options(
            ("du_dieu_kien", "Đủ điều kiện hỗ trợ"),
            ("co_dieu_kien", "Đủ điều kiện, kèm theo điều kiện"),
            ("khong_du", "Không đủ điều kiện hỗ trợ"),
        ),
    }
    return FormDefinition(
        "khao_sat_ho_tro_thiet_bi",
        "1",
        "Phiếu khảo sát, thẩm tra cơ sở đề nghị hỗ trợ máy móc thiết bị",
        tuple(questions),
        choices,
    )


def item(name: str, label: str, hint: str = "") -> list[Question]:
    """A checklist item: its result (đạt / không đạt / không áp dụng) and a note, required when not met."""
    return [
        ask("select_one ket_qua", name, label, hint=hint, required=YES),
        ask(
            "text",
            f"{name}_ghi_chu",
            "Ghi chú",
            hint="Bắt buộc ghi rõ khi kết quả là «Không đạt».",
            required=f"${{{name}}} = 'khong_dat'",
        ),
    ]


def inspection() -> FormDefinition:
    questions = [
        *group(
            "nhom_can_cu",
            "I. Căn cứ kiểm tra",
            ask("text", "quyet_dinh_kiem_tra", "Quyết định hoặc kế hoạch kiểm tra (số, ngày)", required=YES),
            ask("text", "quyet_dinh_phe_duyet", "Quyết định phê duyệt đề án (số, ngày)", required=YES),
            ask("text", "hop_dong", "Hợp đồng thực hiện đề án (số, ngày)"),
            ask(
                "integer",
                "lan_kiem_tra",
                "Lần kiểm tra thứ",
                default="1",
                constraint=". >= 1",
                constraint_message="Lần kiểm tra phải từ 1 trở lên.",
            ),
        ),
        *group(
            "nhom_tien_do",
            "II. Tiến độ so với kế hoạch",
            item("tien_do", "Tiến độ thực hiện đúng kế hoạch đã duyệt"),
            ask(
                "integer",
                "ty_le_hoan_thanh",
                "Khối lượng đã hoàn thành (%)",
                constraint=". >= 0 and . <= 100",
                constraint_message="Tỷ lệ hoàn thành phải từ 0 đến 100%.",
            ),
        ),
        *group(
            "nhom_thiet_bi",
            "III. Máy móc thiết bị đã giao so với nội dung được duyệt",
            item("dung_chung_loai", "Đúng chủng loại, model, thông số kỹ thuật, xuất xứ"),
            item("du_so_luong", "Đủ số lượng theo đề án được duyệt"),
        ),
        *group(
            "nhom_lap_dat",
            "IV. Lắp đặt, vận hành thử",
            item("lap_dat", "Thiết bị đã lắp đặt tại địa điểm đăng ký"),
            item("van_hanh_thu", "Đã vận hành thử, chạy ổn định"),
            ask("image", "anh_thiet_bi", "Ảnh thiết bị tại nơi lắp đặt", hint="Chụp rõ nhãn mác, số máy (serial)."),
        ),
        *group(
            "nhom_ho_so",
            "V. Hồ sơ, chứng từ",
            item("hop_dong_mua_ban", "Hợp đồng mua bán thiết bị"),
            item("hoa_don", "Hóa đơn giá trị gia tăng"),
            item("giao_nhan", "Phiếu xuất kho, biên bản giao nhận thiết bị"),
        ),
        *group(
            "nhom_doi_ung",
            "VI. Vốn đối ứng của cơ sở",
            item("von_doi_ung", "Vốn đối ứng đã chi đúng cam kết"),
            ask(
                "decimal",
                "von_doi_ung_da_chi",
                "Vốn đối ứng đã chi (triệu đồng)",
                constraint=". >= 0",
                constraint_message="Số tiền không được âm.",
            ),
        ),
        *group(
            "nhom_muc_dich",
            "VII. Sử dụng kinh phí hỗ trợ",
            item("dung_muc_dich", "Kinh phí và thiết bị hỗ trợ được sử dụng đúng mục đích"),
        ),
        *group(
            "nhom_tuyen_truyen",
            "VIII. Biển hiệu, tuyên truyền",
            item("bien_hieu", "Có biển hoặc nhãn «Thiết bị được hỗ trợ từ kinh phí khuyến công»"),
        ),
        *group(
            "nhom_an_toan",
            "IX. An toàn lao động và môi trường",
            item("an_toan_lao_dong", "Bảo đảm an toàn lao động, phòng cháy chữa cháy"),
            item("bao_ve_moi_truong", "Tuân thủ quy định về bảo vệ môi trường"),
        ),
        *group(
            "nhom_ket_luan",
            "X. Kết luận",
            ask("select_one ket_luan", "ket_luan_kiem_tra", "Kết luận chung", required=YES),
            ask(
                "text",
                "ton_tai",
                "Tồn tại, hạn chế cần khắc phục",
                appearance="multiline",
                relevant="${ket_luan_kiem_tra} != 'dat_yeu_cau'",
                required=YES,
            ),
            ask(
                "date",
                "han_khac_phuc",
                "Thời hạn khắc phục",
                relevant="${ket_luan_kiem_tra} = 'can_khac_phuc'",
                required=YES,
            ),
            ask("text", "kien_nghi", "Kiến nghị của đoàn kiểm tra", appearance="multiline"),
            ask("text", "y_kien_co_so", "Ý kiến của đại diện cơ sở"),
            ask("image", "anh_hien_truong", "Ảnh hiện trường khác"),
        ),
    ]
    choices = {
        "ket_qua": options(("dat", "Đạt"), ("khong_dat", "Không đạt"), ("khong_ap_dung", "Không áp dụng")),
        "ket_luan": options(
            ("dat_yeu_cau", "Thực hiện đúng nội dung và tiến độ"),
            ("can_khac_phuc", "Cần khắc phục tồn tại"),
            ("de_nghi_dung", "Có vi phạm, đề nghị xem xét dừng hỗ trợ"),
        ),
    }
    return FormDefinition(
        "kiem_tra_thuc_hien", "1", "Phiếu kiểm tra tình hình thực hiện đề án khuyến công", tuple(questions), choices
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build(survey(), "khao_sat_ho_tro_thiet_bi.xlsx")
    build(inspection(), "kiem_tra_thuc_hien.xlsx")


if __name__ == "__main__":
    main()
