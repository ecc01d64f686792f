"""Plausible answers to a template's questions, agreeing with a project's facts and with each other.

The shipped survey and inspection templates are answered question by question (by name), so a plan number
goes where a plan is asked and a checklist item fails exactly when the inspection found it wanting; any
other template is answered from each question's type and the words of its label. A template's constraints
are arbitrary, so an answer that breaks one is retried with other values of its type. The findings and the
conclusion of the minutes are worded here too, from the same tables, so they say what the answers say.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

from kc_desktop.domain.text import fold
from kc_desktop.forms.answers import check, visible
from kc_desktop.forms.definition import FormDefinition, Question
from kc_desktop.services.demo_work.catalogue import (
    FINDING_NOTES,
    FINDINGS,
    KIND_CHOICE,
    SECTOR_CHOICE,
    SURVEY_CONDITIONS,
    SURVEY_REASONS,
)
from kc_desktop.services.demo_work.facts import Facts, default_facts, dmy, grouped, listed, lower_first

# Answers by question name, for the shipped templates (each agrees with the facts and with the others).
_Answer = Callable[[Facts, random.Random], object]


def _by_outcome(words: dict[str, str], otherwise: str) -> _Answer:
    """An answer that depends only on what the record found (its outcome): its words, or `otherwise`."""
    return lambda f, r: words.get(f.outcome, otherwise)


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
        old = lower_first(f.lines[0].equipment.name) if f.lines else "máy móc"
        made = r.randrange(2005, 2016)
        return f"{r.randrange(1, 4):02d} {old} cũ (sản xuất năm {made}), một số công đoạn còn làm thủ công"

    def output(f: Facts, r: random.Random) -> object:
        return f"Khoảng {grouped(f.employees * r.randrange(2, 15) * 10)} sản phẩm/tháng"

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

    return {
        "ke_hoach_khuyen_cong": lambda f, r: f.plan,
        "don_de_nghi": lambda f, r: f.application,
        "ngay_nhan_ho_so": lambda f, r: (f.received or f.day).isoformat(),
        "loai_hinh": lambda f, r: KIND_CHOICE.get(f.kind, "ho_kinh_doanh"),
        "giay_dang_ky_khop": lambda f, r: "co",
        "ma_so_thue_khop": lambda f, r: "co",
        "dai_dien_khop": mismatch("representative"),
        "thong_tin_chua_khop": lambda f, r: "Người đại diện theo pháp luật đã thay đổi, giấy chứng nhận đăng ký "
        "chưa được cập nhật",
        "nganh_nghe": lambda f, r: SECTOR_CHOICE.get(f.sector_code, "thu_cong_my_nghe"),
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
        "de_xuat": _by_outcome({"eligible": "du_dieu_kien", "conditions": "co_dieu_kien"}, "khong_du"),
        "dieu_kien_kem_theo": lambda f, r: listed(SURVEY_CONDITIONS, f.issues) + ".",
        "ly_do_khong_du": lambda f, r: listed(SURVEY_REASONS, f.issues) + ".",
        "y_kien_co_so": _by_outcome(
            {
                "ineligible": "Cơ sở ghi nhận kết quả khảo sát, sẽ hoàn thiện điều kiện để đề nghị hỗ trợ vào năm sau.",
                "conditions": "Cơ sở nhất trí và cam kết đáp ứng các điều kiện nêu trên.",
            },
            "Cơ sở nhất trí với kết quả khảo sát.",
        ),
    }


def _inspection_answers() -> dict[str, _Answer]:
    flagged = {question: note for question, note in FINDINGS.values()}

    def result(question: str) -> _Answer:
        def answer(f: Facts, r: random.Random) -> object:
            if any(FINDINGS[i][0] == question for i in f.issues if i in FINDINGS):
                return "khong_dat"
            if question == "van_hanh_thu" and f.completion < 100:
                return "khong_ap_dung"  # not yet at the trial run
            if question == "bao_ve_moi_truong" and f.extra.get("no_environment"):
                return "khong_ap_dung"
            return "dat"

        return answer

    def note(question: str) -> _Answer:
        def answer(f: Facts, r: random.Random) -> object:
            if any(FINDINGS[i][0] == question for i in f.issues if i in FINDINGS):
                return flagged[question]
            return _BLANK  # nothing to note on an item in order

        return answer

    def advice(f: Facts, r: random.Random) -> object:
        if f.outcome == "violation":
            return "Đề nghị Sở Công Thương xem xét dừng hỗ trợ, thu hồi kinh phí đã tạm ứng theo quy định."
        if f.outcome == "fix":
            return f"Cơ sở khắc phục các tồn tại nêu trên trước ngày {dmy(f.deadline or f.day)}, báo cáo bằng văn bản."
        if f.completion < 100:
            return "Cơ sở tiếp tục thực hiện đúng nội dung, tiến độ đã được duyệt."
        return "Cơ sở hoàn thiện hồ sơ, đề nghị tổ chức nghiệm thu đề án."

    answers: dict[str, _Answer] = {
        "quyet_dinh_kiem_tra": lambda f, r: f.inspection_plan,
        "quyet_dinh_phe_duyet": lambda f, r: f.decision,
        "hop_dong": lambda f, r: f.contract,
        "lan_kiem_tra": lambda f, r: f.round,
        "ty_le_hoan_thanh": lambda f, r: f.completion,
        "von_doi_ung_da_chi": lambda f, r: float(f.counterpart * f.completion // 100 // 1_000_000),
        "ket_luan_kiem_tra": _by_outcome({"fix": "can_khac_phuc", "violation": "de_nghi_dung"}, "dat_yeu_cau"),
        "ton_tai": lambda f, r: listed(FINDING_NOTES, f.issues) + ".",
        "han_khac_phuc": lambda f, r: (f.deadline or f.day).isoformat(),
        "kien_nghi": advice,
        "y_kien_co_so": _by_outcome(
            {
                "violation": "Cơ sở ghi nhận kết luận của đoàn kiểm tra, sẽ giải trình bằng văn bản.",
                "fix": "Cơ sở nhất trí với kết quả kiểm tra, cam kết khắc phục đúng thời hạn.",
            },
            "Cơ sở nhất trí với kết quả kiểm tra.",
        ),
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
    facts = facts or default_facts(rng, dt.date.today() - dt.timedelta(days=rng.randrange(0, 60)))
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


def summary(kind: str, f: Facts) -> tuple[str, str]:
    """The findings and conclusion written on the minutes, in the words of what the answers say."""
    if kind == "survey":
        if f.outcome == "ineligible":
            return (
                f"{listed(SURVEY_REASONS, f.issues)}.",
                "Cơ sở không đủ điều kiện hỗ trợ; đề nghị không đưa vào danh sách hỗ trợ.",
            )
        if f.outcome == "conditions":
            return (
                "Thông tin của cơ sở khớp với hồ sơ; cơ sở đáp ứng điều kiện hỗ trợ khi hoàn thành các việc sau.",
                f"Cơ sở đủ điều kiện hỗ trợ, kèm theo điều kiện: {listed(SURVEY_CONDITIONS, f.issues)}.",
            )
        return (
            "Thông tin của cơ sở khớp với hồ sơ; cơ sở đáp ứng các điều kiện hỗ trợ.",
            "Cơ sở đủ điều kiện hỗ trợ; đề nghị đưa vào danh sách hỗ trợ theo kế hoạch.",
        )
    if f.outcome == "violation":
        return listed(FINDING_NOTES, f.issues) + ".", "Cơ sở có vi phạm; đề nghị xem xét dừng hỗ trợ."
    if f.outcome == "fix":
        deadline = dmy(f.deadline or f.day)
        return listed(FINDING_NOTES, f.issues) + ".", f"Cơ sở cần khắc phục các tồn tại nêu trên trước ngày {deadline}."
    if f.completion < 100:
        return (
            f"Cơ sở thực hiện đúng nội dung đề án; khối lượng hoàn thành khoảng {f.completion} %.",
            "Cơ sở thực hiện đúng nội dung và tiến độ đã được duyệt.",
        )
    return (
        "Thiết bị đã lắp đặt, vận hành ổn định tại địa điểm đăng ký; hồ sơ, chứng từ đầy đủ.",
        "Cơ sở thực hiện đúng nội dung và tiến độ đã được duyệt.",
    )
