"""Acceptance sessions: money from items within limits, council and signatures, finalize, immutability."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kc_desktop.db.changelog import RecordFrozen
from kc_desktop.db.engine import Database
from kc_desktop.db.models_work import Acceptance
from kc_desktop.domain.acceptance import AcceptanceItem, CouncilMember, ItemSide
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.services import acceptances, attachments, establishments, projects

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def session_ids(db: Database, actor) -> dict[str, str]:  # noqa: ANN001
    establishment = establishments.create(
        db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long", admin_unit_code="00583")
    )
    project = projects.save(
        db,
        actor,
        None,
        ProjectInput(
            code="KC-2026-001",
            title="Hỗ trợ lò nung gas",
            plan_year=2026,
            support_kind_code="may_moc_thiet_bi",
            approval_decision_no="125/QĐ-SCT",
            approval_date=dt.date(2026, 3, 2),
            contract_no="12/HĐ-KC",
            contract_date=dt.date(2026, 3, 20),
            total_amount=700_000_000,
            kc_amount=300_000_000,
            counterpart_amount=400_000_000,
            beneficiaries=[BeneficiaryInput(establishment, 700_000_000, 300_000_000, 400_000_000)],
        ),
    )
    return {
        "project": project,
        "establishment": establishment,
        "record": acceptances.start(db, actor, project, establishment, TODAY),
    }


def _item(name: str, count: float, price: int, **delivered: object) -> AcceptanceItem:
    approved = ItemSide(
        name=name, model="LG-2000", origin="Việt Nam", year_made=2026, quantity=count, unit="cái", unit_price=price
    )
    return AcceptanceItem(approved, ItemSide(**{**approved.__dict__, **delivered}))


COUNCIL = [
    CouncilMember("Trần Văn Quyết", "Trung tâm Khuyến công", "Phó Giám đốc", "chair"),
    CouncilMember("Lê Thu Trang", "Trung tâm Khuyến công", "Chuyên viên", "secretary"),
    CouncilMember("Phạm Thị Hương", "Cơ sở gốm Minh Long", "Chủ cơ sở", "beneficiary"),
]


def _signature(path: Path, wiggle: int = 0) -> Path:
    image = Image.new("RGBA", (400, 160), (255, 255, 255, 0))
    points = [(20, 120), (120, 30 + wiggle), (200, 130), (380, 40 + wiggle)]
    ImageDraw.Draw(image).line(points, fill=(0, 0, 80, 255), width=6)
    image.save(path)
    return path


def test_start_copies_the_legal_basis(db: Database, actor, session_ids: dict[str, str]) -> None:  # noqa: ANN001
    data = acceptances.load(db, session_ids["record"])
    assert (data.approval_decision_no, data.contract_no, data.approval_date) == (
        "125/QĐ-SCT",
        "12/HĐ-KC",
        dt.date(2026, 3, 2),
    )
    assert data.state == "draft" and data.approved_kc == 300_000_000
    assert set(data.checks) >= {"invoices", "contract", "content_conforms"}


def test_money_comes_from_delivered_items_within_limits(db: Database, actor, session_ids: dict[str, str]) -> None:  # noqa: ANN001
    items = [_item("Lò nung gas 3 m³", 1, 450_000_000), _item("Máy nhào đất", 2, 120_000_000, quantity=1)]
    acceptances.save_draft(db, actor, session_ids["record"], {"items": items})
    data = acceptances.load(db, session_ids["record"])
    assert (data.money.total, data.money.approved_total) == (570_000_000, 690_000_000)
    assert data.money.kc == 285_000_000  # 50 % of what was delivered, under the approved 300 million
    assert data.money.counterpart == 285_000_000
    assert data.items[1].differences() == ["quantity"]
    assert data.items[0].differences() == []


def test_finalize_explains_what_is_missing(db: Database, actor, session_ids: dict[str, str]) -> None:  # noqa: ANN001
    with pytest.raises(ValidationFailed) as caught:
        acceptances.finalize(db, actor, session_ids["record"], TODAY)
    assert {"council", "items", "conclusion", "place"} <= set(caught.value.errors)
    assert "Chủ tịch" in caught.value.errors["council"]
    acceptances.save_draft(
        db,
        actor,
        session_ids["record"],
        {
            "council": COUNCIL,
            "place": "Xưởng gốm",
            "items": [_item("Lò nung", 1, 400_000_000)],
            "conclusion": "accepted",
        },
    )
    problems = acceptances.problems(db, session_ids["record"], TODAY)
    # Mẫu 1.9 asks the hours; the minutes cite the decision forming the council
    assert set(problems) == {"signatures", "start_time", "end_time", "council_decision_no"}
    acceptances.save_draft(db, actor, session_ids["record"], {
        "start_time": "10:15", "end_time": "08:30", "council_decision_no": "31/QĐ-TTKC",
        "council_decision_date": TODAY + dt.timedelta(days=1)})
    problems = acceptances.problems(db, session_ids["record"], TODAY)
    assert problems["end_time"] == "Giờ kết thúc trước giờ bắt đầu."
    assert "sau ngày nghiệm thu" in problems["council_decision_date"]
    acceptances.save_draft(db, actor, session_ids["record"], {
        "start_time": "08:30", "end_time": "10:15", "council_decision_date": TODAY - dt.timedelta(days=7)})
    problems = acceptances.problems(db, session_ids["record"], TODAY)
    assert set(problems) == {"signatures"}
    assert "Trần Văn Quyết" in problems["signatures"]


def test_signatures_then_finalize_and_freeze(db: Database, actor, session_ids: dict[str, str], tmp_path: Path) -> None:  # noqa: ANN001
    record = session_ids["record"]
    acceptances.save_draft(
        db,
        actor,
        record,
        {
            "council": COUNCIL,
            "place": "Xưởng gốm",
            "conclusion": "accepted",
            "items": [_item("Lò nung", 1, 400_000_000)],
            "start_time": "08:30",
            "end_time": "10:15",
            "council_decision_no": "31/QĐ-TTKC",
            "council_decision_date": TODAY - dt.timedelta(days=7),
        },
    )
    acceptances.sign(db, actor, record, 0, _signature(tmp_path / "chu-ky.png"))
    acceptances.sign(db, actor, record, 1, _signature(tmp_path / "chu-ky-2.png"))
    acceptances.sign(db, actor, record, 2, None, on_paper=True)
    data = acceptances.load(db, record)
    assert all(m.signed for m in data.council) and data.council[2].signed_on_paper
    stored = attachments.for_owner(db, record)
    assert {a.question for a in stored} == {"signature:0", "signature:1"}
    assert stored[0].path.suffix == ".png"  # transparent ink stays transparent
    assert acceptances.finalize(db, actor, record, TODAY) == "01/BB-HĐNT"
    with pytest.raises(KCError):
        acceptances.save_draft(db, actor, record, {"place": "khác"})
    with pytest.raises(KCError):
        acceptances.sign(db, actor, record, 0, None, on_paper=True)
    with pytest.raises(RecordFrozen), db.session(actor) as session:
        session.get(Acceptance, record).kc_amount = 1  # type: ignore[union-attr]
    copy = acceptances.correct(db, actor, record, "Sai số sê-ri thiết bị")
    assert acceptances.load(db, copy).supersedes_id == record
    assert acceptances.load(db, record).superseded_by == [copy]


def test_amounts_above_the_approved_share_are_refused(db: Database, actor, session_ids: dict[str, str]) -> None:  # noqa: ANN001
    from kc_desktop.domain.acceptance import Money, finalize_problems

    problems = finalize_problems(COUNCIL, [_item("Lò", 1, 10)], "accepted", Money(800, 400, 400, 800), 300, None)
    assert "vượt mức được duyệt" in problems["money"]


def test_finalized_minutes_print_items_money_and_signatures(db: Database, actor, session_ids: dict[str, str],
                                                            tmp_path: Path) -> None:  # noqa: ANN001
    import unicodedata

    from pypdf import PdfReader

    from kc_desktop.documents.render import render_record
    from kc_desktop.domain.money import amount_in_words

    record = session_ids["record"]
    items = [_item("Lò nung gas 3 m³", 1, 450_000_000), _item("Máy nhào đất chân không", 2, 60_000_000,
                                                               origin="Trung Quốc")]
    # The second item came from elsewhere than approved: accepted with conditions, not plainly "Đạt".
    acceptances.save_draft(db, actor, record, {"council": COUNCIL, "place": "Xưởng gốm Minh Long",
                                               "conclusion": "with_conditions", "items": items,
                                               "start_time": "08:30", "end_time": "10:15",
                                               "council_decision_no": "31/QĐ-TTKC",
                                               "council_decision_date": dt.date(2026, 11, 13),
                                               "recipients": "Sở Công Thương Hà Nội;\nUBND xã Bát Tràng;\n"
                                                             "Cơ sở gốm Minh Long;\nLưu: VT."})
    for member in range(2):
        acceptances.sign(db, actor, record, member, _signature(tmp_path / f"ky-{member}.png", 20 * member))
    acceptances.sign(db, actor, record, 2, None, on_paper=True)
    draft = render_record(db, "acceptance", record, tmp_path / "nhap.pdf")
    assert "BẢN NHÁP" in PdfReader(draft).pages[0].extract_text()
    number = acceptances.finalize(db, actor, record, TODAY)
    pdf = render_record(db, "acceptance", record, tmp_path / "bien-ban.pdf")
    reader = PdfReader(pdf)
    text = unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))
    flat = " ".join(text.split())
    assert f"Số: {number}" in flat and "BẢN NHÁP" not in flat
    for expected in ("Lò nung gas 3 m³", "Máy nhào đất chân không", "Trần Văn Quyết", "Lê Thu Trang",
                     "Phạm Thị Hương", "570.000.000", "Sở Công Thương Hà Nội"):
        assert expected in flat, expected
    assert "(đã ký trên bản giấy)" not in flat  # signed on paper: the space is left empty for the ink
    assert " ".join(amount_in_words(285_000_000).split()) in flat
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 2  # the two signatures drawn on the pad
    # The legal basis: the regulations of the project's rules (approved 02/03/2026: Decree 235), the approval,
    # the contract and the decision forming the council, in that order.
    basis = [flat.index(line) for line in (
        "Căn cứ Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công, được sửa đổi, bổ sung bởi Nghị định số "
        "235/2025/NĐ-CP;", "Căn cứ Thông tư số 28/2018/TT-BTC", "Thông tư số 64/2024/TT-BTC;",
        "Căn cứ Quyết định số 125/QĐ-SCT ngày 02/03/2026", "Căn cứ Hợp đồng số 12/HĐ-KC ngày 20/03/2026",
        "Căn cứ Quyết định số 31/QĐ-TTKC ngày 13/11/2026 về việc thành lập Hội đồng nghiệm thu")]
    assert basis == sorted(basis)
    # The beneficiary's representative under a heading of their own, not in the council.
    council, own = flat.index("1. Hội đồng nghiệm thu:"), flat.index("2. Đại diện cơ sở thụ hưởng:")
    assert council < flat.index("Trần Văn Quyết") < own < flat.index("Phạm Thị Hương, Chủ cơ sở, Cơ sở gốm Minh Long.")
    assert "Đại diện cơ sở thụ hưởng;" not in flat[council:own] and "- Đại diện cơ sở thụ hưởng" not in flat
    # One copy for each of the four recipients; the session's hours.
    assert "lập thành 04 bản" in flat and "vào hồi 08 giờ 30 phút" in flat and "kết thúc vào hồi 10 giờ 15 phút" in flat


def test_minutes_under_decree_45_cite_it_as_it_stood(db: Database, actor, session_ids: dict[str, str]) -> None:  # noqa: ANN001
    from kc_desktop.documents.acceptance_source import acceptance_document

    project, _, _ = projects.load(db, session_ids["project"])
    project.approval_date, project.rules_version = dt.date(2025, 6, 2), "nd45"
    projects.save(db, actor, session_ids["project"], project)
    document = acceptance_document(db, session_ids["record"])
    assert document.regulations == ("Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công",
                                    "Thông tư số 28/2018/TT-BTC của Bộ Tài chính hướng dẫn lập, quản lý và sử dụng "
                                    "kinh phí khuyến công")
    assert document.copies == 3 and len(document.recipients) == 3  # the default recipients



def _ready_but_contradicting(db: Database, actor, record: str) -> None:  # noqa: ANN001
    """Complete and signed on paper, yet "Đạt" though the second item came from elsewhere."""
    items = [_item("Lò nung gas 3 m³", 1, 450_000_000), _item("Máy nhào đất", 1, 60_000_000, origin="Trung Quốc")]
    acceptances.save_draft(db, actor, record, {
        "council": COUNCIL, "place": "Xưởng gốm Minh Long", "conclusion": "accepted", "items": items,
        "start_time": "08:30", "end_time": "10:15", "council_decision_no": "31/QĐ-TTKC",
        "council_decision_date": TODAY - dt.timedelta(days=7),
        "checks": {"content_conforms": {"ok": True, "note": ""}}})
    for member in range(len(COUNCIL)):
        acceptances.sign(db, actor, record, member, None, on_paper=True)


def test_problems_list_the_contradictions(db: Database, actor, session_ids: dict[str, str]) -> None:  # noqa: ANN001
    record = session_ids["record"]
    _ready_but_contradicting(db, actor, record)
    late_invoice = _item("Máy sấy", 1, 10_000_000, year_made=2027, invoice_date=dt.date(2026, 11, 25))
    council = [*COUNCIL, CouncilMember("Lê Thu Trang", "Trung tâm Khuyến công", "Chuyên viên", "member")]
    errors = acceptances.save_draft(db, actor, record, {
        "items": [*acceptances.load(db, record).items, late_invoice], "council": council,
        "contract_date": dt.date(2026, 2, 20), "recipients": "Sở Công Thương Hà Nội;\nCơ sở thụ hưởng;\nLưu: VT.",
        "conclusion_text": "Biên bản được lập thành 02 bản có giá trị như nhau."})
    found = acceptances.contradictions(db, record)
    assert set(found) == {"conclusion", "checks", "approval_date", "items", "recipients", "council"}
    assert "sai khác: xuất xứ" in found["conclusion"]
    assert found["approval_date"] == "Ngày quyết định phê duyệt (02/03/2026) sau ngày hợp đồng (20/02/2026)."
    assert found["items"].startswith("Ngày hóa đơn của hạng mục 3 (25/11/2026) sau ngày nghiệm thu (20/11/2026).")
    assert "năm sản xuất 2027" in found["items"]
    assert "02 bản" in found["recipients"] and "«Lê Thu Trang»" in found["council"]
    problems = acceptances.problems(db, record, TODAY)
    assert set(found) <= set(problems) and errors == len(problems) == acceptances.load(db, record).error_count
    assert problems["conclusion"] == found["conclusion"]
    assert problems["council"] == found["council"] and "Chưa ký" in problems["signatures"]  # the council was retyped


def test_finalize_despite_a_contradiction_needs_an_explanation(db: Database, actor, session_ids: dict[str, str],
                                                               tmp_path: Path) -> None:  # noqa: ANN001
    import unicodedata

    from pypdf import PdfReader

    from kc_desktop.documents.render import render_record
    from kc_desktop.errors import ExplanationNeeded

    record = session_ids["record"]
    _ready_but_contradicting(db, actor, record)
    # Nothing is missing: only the contradiction stands between the draft and its number.
    assert set(acceptances.problems(db, record, TODAY)) == {"conclusion", "checks"}
    for blank in ("", "   \n "):
        with pytest.raises(ExplanationNeeded) as caught:
            acceptances.finalize(db, actor, record, TODAY, explanation=blank)
        assert set(caught.value.errors) == {"conclusion", "checks"}
        assert "giải trình" in caught.value.message and "sai khác: xuất xứ" in caught.value.message
    assert acceptances.load(db, record).state == "draft"
    why = "Nhà cung cấp đổi động cơ cùng công suất; Hội đồng thống nhất chấp nhận, cơ sở bổ sung CO."
    assert acceptances.finalize(db, actor, record, TODAY, explanation=f"  {why}\n") == "01/BB-HĐNT"
    data = acceptances.load(db, record)
    assert (data.state, data.explanation) == ("finalized", why)
    pdf = render_record(db, "acceptance", record, tmp_path / "bien-ban.pdf")
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(pdf).pages))
    flat = " ".join(text.split())
    assert f"Ý kiến khác / giải trình: {why}" in flat
    assert flat.index("Ý kiến khác / giải trình") < flat.index("lập thành")
    # A correction starts without the old explanation: its own contradictions are explained anew.
    copy = acceptances.correct(db, actor, record, "Sai số sê-ri")
    assert acceptances.load(db, copy).explanation == ""


def test_minutes_without_contradiction_print_no_explanation(db: Database, actor, session_ids: dict[str, str],
                                                            tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from kc_desktop.documents.render import render_record

    record = session_ids["record"]
    _ready_but_contradicting(db, actor, record)
    acceptances.save_draft(db, actor, record, {"conclusion": "with_conditions",
                                               "checks": {"content_conforms": {"ok": None, "note": ""}}})
    assert acceptances.contradictions(db, record) == {}
    acceptances.finalize(db, actor, record, TODAY)
    pdf = render_record(db, "acceptance", record, tmp_path / "bien-ban.pdf")
    assert "giải trình" not in "\n".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_the_survey_dates_reach_the_acceptance(db: Database, actor, session_ids: dict[str, str]) -> None:  # noqa: ANN001
    from kc_desktop.services import field_records, templates

    survey = field_records.start(db, actor, "survey", templates.published(db, "survey")[0].id,
                                 session_ids["project"], session_ids["establishment"], dt.date(2026, 3, 10))
    field_records.save_draft(db, actor, survey, {"answers": {"ngay_nhan_ho_so": "2026-01-15"}})
    found = acceptances.contradictions(db, session_ids["record"])
    assert found == {"approval_date": "Ngày khảo sát (10/03/2026) sau ngày quyết định phê duyệt (02/03/2026)."}
