"""The content rules of tests/unit/pdf_content.py on printed minutes read back: clean minutes pass every rule,
and each rule finds the fault it is for (so that bench_faults' zero means something)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from documents_factory import acceptance, inspection, item, pdf_bytes, survey
from pdf_content import content_faults, recipients
from pdf_layout import read

from kc_desktop.documents import field_minutes, minutes
from kc_desktop.documents.acceptance import build_acceptance
from kc_desktop.documents.data import ActionLine, AnswerLine, AnswerSection, Person
from kc_desktop.documents.inspection import build_inspection
from kc_desktop.documents.survey import build_survey

BUILDERS = {"survey": build_survey, "inspection": build_inspection, "acceptance": build_acceptance}
REGULATIONS = ("Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công, được sửa đổi, bổ sung bởi "
               "Nghị định số 235/2025/NĐ-CP",)


def faults(kind: str, doc: object, regulations: tuple[str, ...] = ()) -> dict[str, list[str]]:
    data, _ = pdf_bytes(BUILDERS[kind], doc)
    return {rule: found for rule, found in content_faults(read(data), kind, regulations).items() if found}


@pytest.mark.parametrize("kind", ["survey", "inspection", "acceptance"])
def test_well_made_minutes_pass_every_content_rule(kind: str) -> None:
    doc = {"survey": survey, "inspection": inspection, "acceptance": acceptance}[kind]()
    assert faults(kind, doc, REGULATIONS if kind == "acceptance" else ()) == {}
    data, _ = pdf_bytes(BUILDERS[kind], doc)
    assert len(recipients(read(data))) == len(doc.recipients) == doc.copies  # type: ignore[attr-defined]


def test_each_rule_finds_its_fault_in_field_minutes() -> None:
    doc = survey()
    assert set(faults("survey", dataclasses.replace(doc, start_time=None, end_time=None))) == {
        "no start or end time"}
    no_roles = tuple(dataclasses.replace(p, role_label="") for p in doc.officers)
    assert set(faults("survey", dataclasses.replace(doc, officers=no_roles))) == {"no chair or secretary"}
    twice = dataclasses.replace(doc, conclusion_part=AnswerSection("V. Kết luận", (AnswerLine("Kết luận", "Đạt"),)),
                                parts=(*doc.parts, AnswerSection("IV. Kết luận của đoàn", ())))
    assert set(faults("survey", twice)) == {"not one conclusion section"}
    money = dataclasses.replace(doc, findings="Tổng kinh phí đầu tư 262.500.000 đồng, đã có báo giá.")
    (found,) = faults("survey", money)["money without words"]
    assert "262.500.000 đồng" in found


def test_copies_are_counted_against_the_printed_recipients() -> None:
    """The builders print one copy per recipient; a page that says otherwise is caught."""
    doc = survey()
    wrong = [*field_minutes.body(doc, "đoàn khảo sát", "khảo sát, thẩm tra")[:-1], minutes.closing(2)]
    buffer = io.BytesIO()
    minutes.build("survey", doc.meta, doc.subject, wrong, doc.signers, doc.recipients, (), doc, buffer)
    found = content_faults(read(buffer.getvalue()), "survey")["copies against recipients"]
    assert found == ["«lập thành 02 bản» but 3 recipients: ['Trung tâm Khuyến công', 'Cơ sở gốm Minh Long', "
                     "'Lưu: VT']"]


def test_contradictions_with_the_verdict_are_found_unless_explained() -> None:
    doc = inspection()  # a row "Không đạt" (Sai model)
    claims = dataclasses.replace(doc, conclusion="Cơ sở thực hiện đúng tiến độ và đạt yêu cầu.")
    (found,) = faults("inspection", claims)["contradiction with the verdict"]
    assert "đúng tiến độ" in found
    assert faults("inspection", dataclasses.replace(claims, explanation="Model mới tốt hơn, Sở đã chấp thuận.")) == {}
    violation = dataclasses.replace(claims, conclusion_part=AnswerSection("X. Kết luận", (
        AnswerLine("Kết luận", "Có vi phạm, đề nghị xem xét dừng hỗ trợ"),)))
    assert faults("inspection", violation)["contradiction with the verdict"] == [
        "«Không đạt» in the checklist, yet the conclusion says «thực hiện đúng tiến độ»",
        "a violation, yet the conclusion says «thực hiện đúng tiến độ»"]
    accepted = dataclasses.replace(acceptance(items=2), conclusion_label="Đạt")  # item 2 differs from the approval
    assert faults("acceptance", accepted, REGULATIONS)["contradiction with the verdict"] == [
        "verdict «Đạt» with differences in the tables"]
    same = dataclasses.replace(accepted, items=(item(1), item(3)), checks=())
    assert faults("acceptance", same, REGULATIONS) == {}


def test_acceptance_legal_basis_and_the_beneficiary_heading() -> None:
    doc = acceptance(items=1)
    found = faults("acceptance", dataclasses.replace(doc, regulations=(), council_decision_no="",
                                                     council_decision_date=None), REGULATIONS)
    assert found["acceptance legal basis / beneficiary heading"] == [
        f"no «Căn cứ {REGULATIONS[0]}»", "no council decision in the legal basis"]
    merged = dataclasses.replace(doc, beneficiary_people=(), council=(*doc.council, *(
        dataclasses.replace(p, role_label="Đại diện cơ sở thụ hưởng") for p in doc.beneficiary_people)))
    assert faults("acceptance", merged, REGULATIONS)["acceptance legal basis / beneficiary heading"] == [
        "the beneficiary's representatives have no heading of their own"]


def test_signed_minutes_with_an_action_already_done_are_found() -> None:
    doc = inspection()
    done = dataclasses.replace(doc, actions=(
        ActionLine("Bổ sung hồ sơ xuất xứ thiết bị", "Chủ cơ sở", dt.date(2026, 3, 1), "Đã thực hiện"),))
    (found,) = faults("inspection", done)["signed minutes reprint today's statuses"]
    assert "Bổ sung hồ sơ xuất xứ" in found
    # a draft shows how things stand today: nothing is signed yet
    draft = dataclasses.replace(done, meta=dataclasses.replace(done.meta, is_draft=True, number_text=""))
    assert "signed minutes reprint today's statuses" not in faults("inspection", draft)


def test_a_person_of_the_team_without_a_role_keeps_the_chair_and_secretary_rule_quiet() -> None:
    doc = survey()
    member = dataclasses.replace(doc, officers=(*doc.officers, Person("Lê Văn Cường", "Chuyên viên", "Phòng Kinh tế")))
    assert faults("survey", member) == {}


def test_the_heading_rule_finds_an_abbreviated_body_a_wrong_parent_and_a_bare_kind() -> None:
    from kc_desktop.documents.data import Agency

    doc = survey()
    wrong = dataclasses.replace(doc, meta=dataclasses.replace(
        doc.meta, number_text="01/BB-KS", agency=Agency("UBND THÀNH PHỐ HÀ NỘI", "UBND XÃ BÁT TRÀNG")))
    assert faults("survey", wrong)["issuing body or number symbol (ND 30)"] == [
        "the issuing body abbreviated: «UBND XÃ BÁT TRÀNG»", "«Số: 01/BB-KS»: the symbol names no body"]
    committee = dataclasses.replace(doc, meta=dataclasses.replace(
        doc.meta, agency=Agency("UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN\nXÃ BÁT TRÀNG")))
    assert faults("survey", committee)["issuing body or number symbol (ND 30)"] == [
        "a parent line «UBND THÀNH PHỐ HÀ NỘI» above a People's Committee"]
    centre = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, agency=dataclasses.replace(
        doc.meta.agency, parent="UBND THÀNH PHỐ HÀ NỘI")))
    assert faults("survey", centre)["issuing body or number symbol (ND 30)"] == [
        "the Trung tâm Khuyến công under «UBND THÀNH PHỐ HÀ NỘI», not the Sở Công Thương"]
    alone = dataclasses.replace(doc, meta=dataclasses.replace(
        doc.meta, agency=Agency("", "ỦY BAN NHÂN DÂN\nXÃ BÁT TRÀNG")))
    assert "issuing body or number symbol (ND 30)" not in faults("survey", alone)


def test_a_long_recipient_wraps_and_still_counts_once() -> None:
    name = "Doanh nghiệp tư nhân Chế biến thực phẩm Đức Thành, thôn Giang Cao, xã Bát Tràng, thành phố Hà Nội"
    doc = dataclasses.replace(survey(), recipients=(name, "Lưu: VT"))
    data, _ = pdf_bytes(build_survey, doc)
    pages = read(data)
    lines = [line.text for line in pages[-1].lines]
    listed = lines[lines.index("Nơi nhận:") + 1:]
    assert len(listed) > 2 and not listed[1].startswith("- ")  # the name wraps onto more lines
    assert recipients(pages) == [name, "Lưu: VT"]
    assert "copies against recipients" not in faults("survey", doc)
