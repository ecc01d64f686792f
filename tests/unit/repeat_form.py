"""A template with repeat groups, shared by the tests of repeats (answers, phones, minutes, the filler)."""

from __future__ import annotations

from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question

FORM_ID = "khao_sat_lao_dong"
JOBS = (ChoiceOption("tho_chinh", "Thợ chính"), ChoiceOption("tho_phu", "Thợ phụ"),
        ChoiceOption("hoc_viec", "Học việc"))


def _q(type_: str, name: str, label: str = "", **extra: str) -> Question:
    base, _, list_name = type_.partition(" ")
    return Question(name=name, type=base, label=label, list_name=list_name, **extra)


def _end() -> Question:
    return Question("", "end_group", "", container="repeat")


def repeat_definition(version: str = "1") -> FormDefinition:
    return FormDefinition(FORM_ID, version, "Khảo sát lao động và máy móc", (
        _q("text", "san_pham_chinh", "Sản phẩm chính"),
        _q("integer", "so_may", "Số máy móc chính", constraint=". >= 0 and . <= 20"),
        _q("begin_group", "lao_dong", "Người lao động", container="repeat"),
        _q("text", "ho_ten", "Họ và tên", required="yes"),
        _q("integer", "tuoi", "Tuổi", constraint=". >= 15", constraint_message="Người lao động phải đủ 15 tuổi."),
        _q("select_one cong_viec", "cong_viec", "Công việc"),
        _q("decimal", "luong", "Lương tháng (triệu đồng)"),
        _q("text", "ghi_chu", "Ghi chú về lao động chưa thành niên", relevant="${tuoi} < 18"),
        _q("calculate", "thu_tu", calculation="position(..)"),
        _end(),
        _q("calculate", "tong_luong", calculation="sum(${luong})"),
        _q("begin_group", "may", "Máy móc", container="repeat", repeat_count="${so_may}"),
        _q("text", "ten_may", "Tên máy"),
        _q("decimal", "cong_suat", "Công suất (kW)"),
        _end(),
    ), {"cong_viec": JOBS})


ANSWERS: dict[str, object] = {
    "san_pham_chinh": "Gốm sứ",
    "so_may": 2,
    "lao_dong": [
        {"ho_ten": "Nguyễn Văn An", "tuoi": 34, "cong_viec": "tho_chinh", "luong": 9.5},
        {"ho_ten": "Lê Thị Bình", "tuoi": 17, "cong_viec": "hoc_viec", "luong": 4,
         "ghi_chu": "Học nghề theo hợp đồng, làm 6 giờ mỗi ngày"},
    ],
    "may": [{"ten_may": "Lò nung gas", "cong_suat": 45}, {"ten_may": "Máy nhào đất", "cong_suat": 7.5}],
}
