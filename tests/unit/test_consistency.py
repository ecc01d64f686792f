"""The consistency rules (domain): each finds its contradiction, and stays quiet on minutes that agree."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kc_desktop.domain import consistency as c
from kc_desktop.domain.acceptance import CHECKS, AcceptanceItem, ItemSide
from kc_desktop.domain.consistency import Contradiction, DatedStep


def _item(name: str = "Lò nung gas", **delivered: object) -> AcceptanceItem:
    approved = ItemSide(name=name, model="LGN-3M3", origin="Việt Nam", year_made=2026, quantity=1, unit="bộ",
                        unit_price=400_000_000)
    return AcceptanceItem(approved, dataclasses.replace(approved, **delivered))


ALL_OK = {key: {"ok": True, "note": ""} for key in CHECKS}


def test_a_difference_contradicts_an_acceptance_without_conditions() -> None:
    items = [_item(), _item("Máy nhào đất", origin="Trung Quốc")]
    found = c.acceptance_verdict(items, ALL_OK, CHECKS, "accepted")
    assert [f.where for f in found] == ["conclusion", "checks"]
    assert "hạng mục 2 (Máy nhào đất) sai khác: xuất xứ" in found[0].message
    assert "Nội dung thực hiện đúng với nội dung được phê duyệt" in found[1].message
    # Accepted with conditions, and the conformity not ticked: the minutes agree with themselves.
    unticked = {**ALL_OK, "content_conforms": {"ok": None, "note": ""}}
    assert c.acceptance_verdict(items, unticked, CHECKS, "with_conditions") == []
    assert c.acceptance_verdict([_item()], ALL_OK, CHECKS, "accepted") == []


def test_a_failed_check_or_an_item_not_delivered_contradicts_accepted() -> None:
    checks = {**ALL_OK, "invoices": {"ok": False, "note": "thiếu"}}
    (found,) = c.acceptance_verdict([_item()], checks, CHECKS, "accepted")
    assert "«Hóa đơn giá trị gia tăng» không đạt" in found.message
    missing = AcceptanceItem(ItemSide(name="Máy sấy"), ItemSide())
    (found,) = c.acceptance_verdict([missing], {}, CHECKS, "accepted")
    assert "hạng mục 1 (Máy sấy) chưa bàn giao" in found.message
    assert c.acceptance_verdict([missing], {}, CHECKS, "not_accepted") == []


def test_failed_inspection_rows_contradict_a_conclusion_of_conformity() -> None:
    (found,) = c.inspection_verdict(["Hóa đơn giá trị gia tăng"], "ok", "Thực hiện đúng nội dung và tiến độ", "")
    assert found.where == "conclusion" and "«Hóa đơn giá trị gia tăng»" in found.message
    (found,) = c.inspection_verdict(["Hóa đơn"], "fix", "Cần khắc phục tồn tại",
                                    "Cơ sở thực hiện đúng nội dung và tiến độ đề án.")
    assert "«thực hiện đúng nội dung và tiến độ»" in found.message
    assert c.inspection_verdict(["Hóa đơn"], "fix", "Cần khắc phục tồn tại",
                                "Chưa đúng tiến độ; cơ sở cần bổ sung hóa đơn để đạt yêu cầu.") == []


def test_a_violation_contradicts_a_conclusion_on_schedule() -> None:
    label = "Có vi phạm, đề nghị xem xét dừng hỗ trợ"
    found = c.inspection_verdict([], "violation", label, "Kết luận: Đạt tiến độ")
    assert found == [Contradiction("conclusion", f"Kết luận chung «{label}» nhưng kết luận lại ghi «đạt tiến độ».")]
    assert c.inspection_verdict([], "violation", label, "Không đạt tiến độ, đề nghị dừng hỗ trợ.") == []
    assert c.inspection_verdict([], "ok", "Thực hiện đúng nội dung và tiến độ", "Đạt.") == []


def test_an_ineligible_survey_contradicts_a_recommendation_to_support() -> None:
    ward = ["cơ sở ở phường, không thuộc làng nghề được công nhận"]
    (found,) = c.survey_recommendation(ward, "support", "Đủ điều kiện hỗ trợ", "")
    assert found.where == "recommendation" and "phường" in found.message
    (found,) = c.survey_recommendation(ward, "", "", "Đề nghị hỗ trợ cơ sở máy nhào đất.")
    assert "«đề nghị hỗ trợ»" in found.message
    (found,) = c.survey_recommendation([], "no", "Không đủ điều kiện hỗ trợ", "Đủ điều kiện hỗ trợ.")
    assert "«Không đủ điều kiện hỗ trợ»" in found.message
    assert c.survey_recommendation(ward, "no", "Không đủ điều kiện hỗ trợ", "Không đủ điều kiện hỗ trợ.") == []
    assert c.survey_recommendation([], "support", "Đủ điều kiện hỗ trợ", "Đề nghị hỗ trợ.") == []


def test_dates_follow_the_life_of_a_project() -> None:
    day = dt.date
    steps = [
        DatedStep(c.APPLICATION, "Ngày nhận hồ sơ", day(2026, 1, 10)),
        DatedStep(c.SURVEY, "Ngày khảo sát", day(2026, 1, 20)),
        DatedStep(c.DECISION, "Ngày quyết định phê duyệt", day(2026, 3, 2), "approval_date"),
        DatedStep(c.CONTRACT, "Ngày hợp đồng", day(2026, 3, 1), "contract_date"),
        DatedStep(c.INVOICE, "Ngày hóa đơn của hạng mục 1", day(2026, 5, 4), "items"),
        DatedStep(c.INVOICE, "Ngày hóa đơn của hạng mục 2", None, "items"),
        DatedStep(c.ACCEPTANCE, "Ngày nghiệm thu", day(2026, 5, 2), "acceptance_date"),
    ]
    assert c.date_order(steps) == [
        Contradiction("approval_date", "Ngày quyết định phê duyệt (02/03/2026) sau ngày hợp đồng (01/03/2026)."),
        Contradiction("items", "Ngày hóa đơn của hạng mục 1 (04/05/2026) sau ngày nghiệm thu (02/05/2026)."),
    ]
    # One date out of place is said once, naming every date it should precede.
    late_application = [DatedStep(c.APPLICATION, "Ngày nhận hồ sơ", day(2026, 9, 25), "record_date"),
                        DatedStep(c.SURVEY, "Ngày khảo sát", day(2026, 5, 13), "record_date"),
                        DatedStep(c.DECISION, "Ngày quyết định phê duyệt", day(2026, 6, 2))]
    assert c.date_order(late_application) == [Contradiction("record_date", (
        "Ngày nhận hồ sơ (25/09/2026) sau ngày khảo sát (13/05/2026), ngày quyết định phê duyệt (02/06/2026)."))]
    # A survey held after the decision: the survey's own date is where to look.
    late = [DatedStep(c.SURVEY, "Ngày khảo sát", day(2026, 4, 1), "record_date"),
            DatedStep(c.DECISION, "Ngày quyết định phê duyệt", day(2026, 3, 2))]
    assert [f.where for f in c.date_order(late)] == ["record_date"]
    # An inspection comes after the contract, not before it.
    inspection = [DatedStep(c.CONTRACT, "Ngày hợp đồng", day(2026, 8, 24)),
                  DatedStep(c.INSPECTION, "Ngày kiểm tra", day(2026, 10, 23), "record_date")]
    assert c.date_order(inspection) == []
    assert [f.where for f in c.date_order([inspection[0], dataclasses.replace(inspection[1], day=day(2026, 8, 1))])
            ] == ["record_date"]
    # Neither date on the record being checked: nothing to say here.
    assert c.date_order([DatedStep(c.SURVEY, "Ngày khảo sát", day(2026, 4, 1)),
                         DatedStep(c.DECISION, "Ngày quyết định", day(2026, 3, 2))]) == []


def test_made_after_its_invoice() -> None:
    items = [_item(year_made=2027, invoice_date=dt.date(2026, 6, 1)), _item(invoice_date=dt.date(2026, 6, 1))]
    (found,) = c.made_after_invoice(items)
    assert found.where == "items" and "năm sản xuất 2027 sau ngày hóa đơn 01/06/2026" in found.message


def test_copies_stated_against_the_recipients() -> None:
    assert c.stated_copies("Biên bản được lập thành 02 bản có giá trị như nhau.") == 2
    assert c.stated_copies("", "lập thành bốn bản") == 4
    assert c.stated_copies("Lập thành 05 (năm) bản.") == 5
    assert c.stated_copies("Thiết bị hoạt động ổn định.") is None
    recipients = c.recipient_lines("- Sở Công Thương Hà Nội;\n- Cơ sở thụ hưởng;\n\n- Lưu: VT.")
    assert recipients == ["Sở Công Thương Hà Nội", "Cơ sở thụ hưởng", "Lưu: VT"]
    (found,) = c.copies_against_recipients(2, recipients)
    assert found == Contradiction("recipients", "Biên bản ghi lập thành 02 bản nhưng «Nơi nhận» có 3 nơi.")
    assert c.copies_against_recipients(3, recipients) == []
    (more,) = c.copies_against_recipients(5, recipients)  # more copies than recipients: one would go nowhere
    assert more.message == "Biên bản ghi lập thành 05 bản nhưng «Nơi nhận» có 3 nơi."
    assert c.copies_against_recipients(None, recipients) == []  # no number stated: nothing to compare


def test_one_person_in_two_roles() -> None:
    people = [("Lê Thu Trang", "Thư ký"), ("Trần Văn Quyết", "Chủ tịch hội đồng"), ("le thu  trang", "Ủy viên")]
    (found,) = c.one_person_two_roles(people, "council")
    assert found == Contradiction("council", "«Lê Thu Trang» được ghi với 2 vai trò: Thư ký và Ủy viên.")
    (twice,) = c.one_person_two_roles([("An", "Cán bộ"), ("An", "Cán bộ")], "participants")
    assert "được ghi 2 lần" in twice.message
    assert c.one_person_two_roles([("An", "Cán bộ"), ("", ""), ("", "")], "participants") == []


def test_several_contradictions_of_one_field_are_joined() -> None:
    found = [Contradiction("items", "Một."), Contradiction("council", "Hai."), Contradiction("items", "Ba.")]
    assert c.by_field(found) == {"items": "Một. Ba.", "council": "Hai."}
