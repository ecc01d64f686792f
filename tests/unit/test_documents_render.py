"""Minutes printed from real records: survey and inspection through render.py, and batches on both cores."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from pathlib import Path

import pytest
from documents_factory import DIACRITICS_NAME, photo, render_sample_acceptance
from pypdf import PdfReader

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.documents import render
from kc_desktop.documents.data import Checklist, content_hash
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import ProjectInput
from kc_desktop.errors import Cancelled, KCError
from kc_desktop.progress import drive
from kc_desktop.services import establishments, field_records, projects, templates
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant

DAY = dt.date(2026, 2, 5)
INSPECTED = dt.date(2026, 2, 20)  # after the project's approval, as an inspection comes


def text_of(path: Path) -> str:
    pages = PdfReader(path).pages
    return " ".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in pages).replace("\n", " ")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def records(db: Database, actor: Actor, tmp_path: Path) -> dict[str, str]:
    establishment = establishments.create(db, actor, EstablishmentInput(
        name="Cơ sở gốm Minh Long", admin_unit_code="00583", representative=DIACRITICS_NAME,
        representative_title="Chủ cơ sở", tax_code="0100233488", trade="Gốm sứ", employees=1250))
    project = projects.save(db, actor, None, ProjectInput(
        code="KC-2026-001", title="Hỗ trợ lò nung gas", plan_year=2026, planned_start=dt.date(2026, 1, 2),
        # Approved after the survey of 05/02/2026 (a survey after the approval would contradict it).
        approval_decision_no="125/QĐ-SCT", approval_date=dt.date(2026, 2, 10)))
    ids: dict[str, str] = {}
    for kind in ("survey", "inspection"):
        template = templates.published(db, kind)[0].id
        record = field_records.start(db, actor, kind, template, project, establishment,
                                     INSPECTED if kind == "inspection" else DAY)
        answers = sample_answers(templates.definition(db, template), random.Random(3))
        if kind == "inspection":
            # A row "Không đạt": the overall result asks for a fix, by the day of the follow-up action.
            answers.update({"tien_do": "dat", "tien_do_ghi_chu": "Vượt tiến độ 10 ngày", "dung_chung_loai": "khong_dat",
                            "dung_chung_loai_ghi_chu": "Model khác đề án", "ty_le_hoan_thanh": 85,
                            "ket_luan_kiem_tra": "can_khac_phuc", "ton_tai": "Thiết bị lắp đặt khác model đề án.",
                            "han_khac_phuc": "2026-03-01"})
        else:
            answers.update({"uu_tien": ["chu_nu", "dan_toc"], "ngay_nhan_ho_so": "2026-01-15", "doanh_thu": 1250.5,
                            "tong_kinh_phi": 124.8, "de_xuat": "du_dieu_kien", "y_kien_co_so": "Nhất trí"})
        field_records.save_draft(db, actor, record, {
            "place": "Xưởng của cơ sở, thôn Giang Cao", "answers": answers, "conclusion": "Đủ điều kiện hỗ trợ.",
            "start_time": "08:30", "end_time": "10:45",
            "findings": "Mặt bằng ổn định.", "participants": [
                Participant("Nguyễn Văn An", "Cán bộ khuyến công", "UBND xã Bát Tràng", role="chair"),
                Participant("Trần Thị Thu", "Chuyên viên", "Trung tâm Khuyến công", role="secretary"),
                Participant("Lê Văn Cường", "Chuyên viên", "Phòng Kinh tế"),
                Participant(DIACRITICS_NAME, "Chủ cơ sở", "", "establishment")]})
        ids[kind] = record
    field_records.attach_photo(db, actor, ids["survey"], photo(tmp_path, "xuong.jpg", (1200, 900)), "anh_co_so",
                               "Nhà xưởng")
    field_records.save_action(db, actor, ids["inspection"], None, "Đổi thiết bị đúng model", "Chủ cơ sở",
                              dt.date(2026, 3, 1))
    return ids


def test_survey_draft_then_final(db: Database, actor: Actor, records: dict[str, str], tmp_path: Path) -> None:
    record = records["survey"]
    draft = render.render_record(db, "survey", record, tmp_path / "nhap.pdf")
    text = flat(text_of(draft))
    assert "BẢN NHÁP" in text and "Số: …/BB-ĐKS" in text
    number = field_records.finalize(db, actor, record, dt.date(2026, 11, 20))
    final = render.render_record(db, "survey", record, tmp_path / "ban-chinh.pdf")
    text = flat(text_of(final))
    assert "BẢN NHÁP" not in text and f"Số: {number}" in text and number.endswith("/BB-ĐKS")
    assert "Hà Nội, ngày 05 tháng 02 năm 2026" in text
    assert "Khảo sát, thẩm tra cơ sở đề nghị hỗ trợ máy móc thiết bị" in text
    # choice labels, not codes; dates dd/mm/yyyy; numbers with Vietnamese separators; photos counted
    assert "Đối tượng ưu tiên: Chủ cơ sở là nữ, Chủ cơ sở là người dân tộc thiểu số" in text
    assert "Ngày nhận hồ sơ đề nghị hỗ trợ: 15/01/2026" in text and "1.250,5" in text
    assert "Ảnh toàn cảnh cơ sở, nhà xưởng: (1 ảnh, xem phụ lục)" in text and "Ảnh 1. Nhà xưởng" in text
    assert "Số lao động: 1.250" in text and "0100233488" in text
    # Mẫu 1.9: the secretary signs on the left, the chair on the right, then the establishment and the team
    assert text.index("THƯ KÝ") < text.index("CHỦ TRÌ") < text.index("ĐẠI DIỆN CƠ SỞ") < text.index(
        "THÀNH VIÊN ĐOÀN KHẢO SÁT")
    assert unicodedata.normalize("NFC", DIACRITICS_NAME) in text
    document = render.survey_document(db, record)
    assert document.meta.content_hash == content_hash(document) and document.meta.content_hash in text
    assert not list(tmp_path.glob("*.tmp"))


def test_inspection_checklist_pairs_results_with_notes(db: Database, records: dict[str, str], tmp_path: Path) -> None:
    document = render.inspection_document(db, records["inspection"])
    checklist = [p for p in document.parts if isinstance(p, Checklist)]
    assert len(checklist) == 1
    items = {i.content: i for g in checklist[0].groups for i in g.items}
    assert items["Tiến độ thực hiện đúng kế hoạch đã duyệt"].result == "Đạt"
    assert items["Tiến độ thực hiện đúng kế hoạch đã duyệt"].note == "Vượt tiến độ 10 ngày"
    assert items["Khối lượng đã hoàn thành (%)"].free and items["Khối lượng đã hoàn thành (%)"].result == "85"
    assert not any(i.content == "Ghi chú" for i in items.values())
    # the template's own "Căn cứ" section is answered, so the project's approval is not repeated
    assert document.legal_basis == ()
    text = flat(text_of(render.render_record(db, "inspection", records["inspection"], tmp_path / "kt.pdf")))
    assert "Tiến độ thực hiện đúng kế hoạch đã duyệt Đạt Vượt tiến độ 10 ngày" in text
    assert "Không đạt Model khác đề án" in text and "Số: …/BB-ĐKT" in text
    assert "Đổi thiết bị đúng model Chủ cơ sở 01/03/2026 Chưa thực hiện" in text
    assert "THÀNH VIÊN ĐOÀN KIỂM TRA" in text


def test_survey_minutes_follow_mau_1_9(db: Database, actor: Actor, records: dict[str, str], tmp_path: Path) -> None:
    text = flat(text_of(render.render_record(db, "survey", records["survey"], tmp_path / "ks.pdf")))
    # start and end time; the team with its chair and secretary; the establishment's representative
    assert "Hôm nay, vào hồi 08 giờ 30 phút, ngày 05 tháng 02 năm 2026, tại Xưởng của cơ sở" in text
    assert "Biên bản kết thúc vào hồi 10 giờ 45 phút cùng ngày" in text
    assert "1. Đại diện đoàn khảo sát: - Nguyễn Văn An, Cán bộ khuyến công, UBND xã Bát Tràng - Chủ trì;" in text
    assert "- Trần Thị Thu, Chuyên viên, Trung tâm Khuyến công - Thư ký;" in text
    assert "- Lê Văn Cường, Chuyên viên, Phòng Kinh tế." in text
    assert f"2. Đại diện cơ sở: - {unicodedata.normalize('NFC', DIACRITICS_NAME)}, Chủ cơ sở." in text
    # one conclusion section: the template's, its own question printed as the conclusion, said once
    assert text.count("Kết luận") == 2  # the section's title and its conclusion line
    assert "VI. Kết luận, kiến nghị của đoàn khảo sát Kết luận: Đủ điều kiện hỗ trợ" in text
    assert "Đề xuất của đoàn" not in text and text.count("Đủ điều kiện hỗ trợ") == 1
    assert "Ý kiến của đại diện cơ sở: Nhất trí" in text
    assert text.index("Mặt bằng ổn định.") < text.index("VI. Kết luận") < text.index("Biên bản kết thúc")
    # money in figures and in words
    assert ("Tổng kinh phí đầu tư (triệu đồng): 124,8 (Bằng chữ: Một trăm hai mươi bốn triệu tám trăm nghìn đồng)"
            in text)
    assert "1.250,5 (Bằng chữ: Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng)" in text


def test_the_signed_copy_keeps_the_statuses_it_was_signed_with(db: Database, actor: Actor, records: dict[str, str],
                                                               tmp_path: Path) -> None:
    record = records["inspection"]
    with pytest.raises(KCError, match="chưa hoàn tất"):
        render.render_record(db, render.PROGRESS, record, tmp_path / "th.pdf")
    number = field_records.finalize(db, actor, record, dt.date(2026, 11, 20))
    signed = flat(text_of(render.render_record(db, "inspection", record, tmp_path / "ky.pdf")))
    assert "Đổi thiết bị đúng model Chủ cơ sở 01/03/2026 Chưa thực hiện" in signed
    (action,) = field_records.actions(db, record)
    field_records.save_action(db, actor, record, action.id, action.description, action.responsible,
                              action.deadline, "done")
    later = render.render_record(db, "inspection", record, tmp_path / "in-lai.pdf")
    assert flat(text_of(later)) == signed and later.read_bytes() == (tmp_path / "ky.pdf").read_bytes()
    # later progress goes on its own sheet
    sheet = flat(text_of(render.render_record(db, render.PROGRESS, record, tmp_path / "th.pdf")))
    assert "TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ" in sheet and f"Biên bản kiểm tra số {number} ngày 20/02/2026" in sheet
    assert "Đổi thiết bị đúng model Chủ cơ sở 01/03/2026 Chưa thực hiện Đã thực hiện" in sheet
    assert "Đã thực hiện 1/1 việc cần thực hiện." in sheet and "BẢN NHÁP" not in sheet
    document = render.progress_document(db, record, dt.date(2026, 12, 1))
    assert document.meta.date == dt.date(2026, 12, 1) and document.actions[0].state_now == "Đã thực hiện"


def test_wrong_kind_and_unknown_kind_are_refused(db: Database, records: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(KCError, match="không phải biên bản kiểm tra"):
        render.render_record(db, "inspection", records["survey"], tmp_path / "x.pdf")
    with pytest.raises(KCError, match="Không tìm thấy biên bản nghiệm thu"):
        render.render_record(db, "acceptance", records["survey"], tmp_path / "x.pdf")
    with pytest.raises(KCError, match="Chưa có mẫu in"):
        render.render_record(db, "quyet_toan", records["survey"], tmp_path / "x.pdf")
    assert not list(tmp_path.glob("x.pdf*"))


def test_batch_on_two_processes_and_cancel_leaves_nothing(db: Database, records: dict[str, str],
                                                         tmp_path: Path) -> None:
    out = tmp_path / "in"
    out.mkdir()
    jobs = [(kind, records[kind], out / f"{kind}-{n}.pdf") for n in range(3) for kind in ("survey", "inspection")]
    seen = []
    assert drive(render.render_batch(jobs, db.url, workers=2), seen.append) == len(jobs)
    assert [p.done for p in seen] == list(range(1, len(jobs) + 1)) and seen[-1].total == len(jobs)
    assert sorted(p.name for p in out.iterdir()) == sorted(path.name for _, _, path in jobs)
    assert "Cơ sở gốm Minh Long" in text_of(out / "survey-0.pdf")

    again = tmp_path / "huy"
    again.mkdir()
    jobs = [(kind, records[kind], again / f"{kind}-{n}.pdf") for n in range(10) for kind in ("survey", "inspection")]
    with pytest.raises(Cancelled):
        drive(render.render_batch(jobs, db.url, workers=2), cancelled=lambda: True)
    assert list(again.iterdir()) == []

    broken = [("survey", records["survey"], again / "a.pdf"), ("survey", "khong-co", again / "b.pdf")]
    with pytest.raises(KCError, match="khong-co"):
        drive(render.render_batch(broken, db.url, workers=2))
    assert list(again.iterdir()) == []

    # another kind is plugged in through the registry, and reaches the worker processes
    plugged = {**render.RENDERERS, "acceptance": render_sample_acceptance}
    jobs = [("acceptance", "bat-ky", again / "nt.pdf"), ("survey", records["survey"], again / "ks.pdf")]
    assert drive(render.render_batch(jobs, db.url, workers=2, renderers=plugged)) == 2
    assert "Số: 01/BB-HĐNT" in flat(text_of(again / "nt.pdf"))


def test_field_minutes_are_made_in_one_copy_for_each_recipient(db: Database, actor: Actor, records: dict[str, str],
                                                               tmp_path: Path) -> None:
    """Each party present keeps a copy (the office's own in its archive): «lập thành NN bản» counts them."""
    from pdf_content import copies_faults, recipients
    from pdf_layout import read

    for kind, record in records.items():
        pages = read(render.render_record(db, kind, record, tmp_path / f"{kind}.pdf").read_bytes())
        # The chair's unit is the issuing office (UBND xã Bát Tràng): its copy is the archive's.
        assert recipients(pages) == ["Trung tâm Khuyến công", "Phòng Kinh tế", "Cơ sở gốm Minh Long", "Lưu: VT"]
        assert "lập thành 04 bản" in " ".join(line.text for page in pages for line in page.lines)
        assert copies_faults(pages, kind) == []
    # A number of copies written in the record's own words that the "Nơi nhận" list does not bear out
    record = records["survey"]
    field_records.save_draft(db, actor, record, {
        "conclusion": "Đủ điều kiện hỗ trợ. Biên bản được lập thành 02 bản có giá trị như nhau."})
    assert field_records.contradictions(db, record) == {
        "conclusion": "Biên bản ghi lập thành 02 bản nhưng «Nơi nhận» có 4 nơi."}
    field_records.save_draft(db, actor, record, {"conclusion": "Đủ điều kiện hỗ trợ. Lập thành 04 bản."})
    assert field_records.contradictions(db, record) == {}


def test_the_heading_names_the_issuing_body_in_full_and_the_number_the_body_that_held_the_session(
        db: Database, actor: Actor, records: dict[str, str], tmp_path: Path) -> None:
    """ND 30, Appendix I (DOMAIN.md §6): a commune's People's Committee has no parent line and writes its own
    name in full; the symbol after "BB-" names the team that held the session, never a bare kind."""
    from pdf_layout import read

    numbers = {kind: field_records.finalize(db, actor, record, dt.date(2026, 11, 20))
               for kind, record in records.items()}
    assert numbers == {"survey": "01/BB-ĐKS", "inspection": "01/BB-ĐKT"}
    for kind, record in records.items():
        (first, *_) = read(render.render_record(db, kind, record, tmp_path / f"{kind}.pdf").read_bytes())
        left = [line.words_in(0, 250) for line in first.lines[:4]]
        assert left[:3] == [
            "ỦY BAN NHÂN DÂN", "XÃ BÁT TRÀNG", f"Số: {numbers[kind]}"], left
        assert not any("UBND" in line.text for line in first.lines[:4])


def test_field_minutes_print_the_recipients_as_the_officer_edited_them(db: Database, actor: Actor,
                                                                       records: dict[str, str],
                                                                       tmp_path: Path) -> None:
    """«Nơi nhận» starts as the list computed from who was present; edited, it prints as typed and «lập thành NN
    bản» counts it; cleared, it follows who is present again; finalized, it keeps the list the signed copy has."""
    import dataclasses

    from pdf_content import copies_faults, recipients
    from pdf_layout import read
    from sqlalchemy import text

    record = records["survey"]
    computed = ("Trung tâm Khuyến công", "Phòng Kinh tế", "Cơ sở gốm Minh Long", "Lưu: VT")
    assert field_records.recipients_of(db, record) == (computed, False)

    field_records.save_draft(db, actor, record, {"recipients": (
        "Sở Công Thương Hà Nội;\n- Trung tâm Khuyến công;\n\nCơ sở gốm Minh Long;\nPhòng Kinh tế;\nLưu: VT, KT.")})
    edited = ("Sở Công Thương Hà Nội", "Trung tâm Khuyến công", "Cơ sở gốm Minh Long", "Phòng Kinh tế", "Lưu: VT, KT")
    assert field_records.recipients_of(db, record) == (edited, True)
    pages = read(render.render_record(db, "survey", record, tmp_path / "sua.pdf").read_bytes())
    assert recipients(pages) == list(edited)
    assert "lập thành 05 bản" in " ".join(line.text for page in pages for line in page.lines)
    assert copies_faults(pages, "survey") == []
    # The consistency check compares copies written in the text with the list as edited.
    field_records.save_draft(db, actor, record, {"conclusion": "Đủ điều kiện hỗ trợ. Lập thành 04 bản."})
    assert field_records.contradictions(db, record) == {
        "conclusion": "Biên bản ghi lập thành 04 bản nhưng «Nơi nhận» có 5 nơi."}
    field_records.save_draft(db, actor, record, {"conclusion": "Đủ điều kiện hỗ trợ. Lập thành 05 bản."})
    assert field_records.contradictions(db, record) == {}

    # Cleared: the computed list again, which follows who is present.
    field_records.save_draft(db, actor, record, {"recipients": "  \n", "conclusion": "Đủ điều kiện hỗ trợ."})
    assert field_records.recipients_of(db, record) == (computed, False)
    people = field_records.load(db, record).participants
    field_records.save_draft(db, actor, record, {"participants": [p for p in people if p.unit != "Phòng Kinh tế"]})
    assert field_records.recipients_of(db, record)[0] == (
        "Trung tâm Khuyến công", "Cơ sở gốm Minh Long", "Lưu: VT")

    # Finalized, the minutes keep the recipients they were signed with, whatever the establishment is called later.
    field_records.save_draft(db, actor, record, {"recipients": "Sở Công Thương Hà Nội\nCơ sở gốm Minh Long\nLưu: VT"})
    field_records.finalize(db, actor, record, dt.date(2026, 11, 20))
    inspection = records["inspection"]  # not edited: the computed list is stored at finalize
    field_records.finalize(db, actor, inspection, dt.date(2026, 11, 20))
    assert field_records.load(db, inspection).recipients == "\n".join(computed)
    assert field_records.load(db, record).recipients == "Sở Công Thương Hà Nội\nCơ sở gốm Minh Long\nLưu: VT"
    correction = field_records.correct(db, actor, record, "Ghi sai giờ kết thúc")  # starts from the signed list
    assert field_records.recipients_of(db, correction) == (
        ("Sở Công Thương Hà Nội", "Cơ sở gốm Minh Long", "Lưu: VT"), True)
    establishment = field_records.load(db, record).establishment_id
    data, version, _ = establishments.load(db, establishment)
    establishments.update(db, actor, establishment, dataclasses.replace(data, name="Công ty TNHH Gốm Minh Long"),
                          version)
    for kind, rid, listed in (("survey", record, ["Sở Công Thương Hà Nội", "Cơ sở gốm Minh Long", "Lưu: VT"]),
                              ("inspection", inspection, list(computed))):
        pages = read(render.render_record(db, kind, rid, tmp_path / f"{kind}-final.pdf").read_bytes())
        assert recipients(pages) == listed and copies_faults(pages, kind) == []

    # Minutes finalized before the list could be edited (nothing stored) print it as they always did.
    with db.engine.begin() as connection:  # SQLite or PostgreSQL alike, under the program's own rules
        connection.execute(text("UPDATE field_record SET recipients = '' WHERE id = :id"), {"id": inspection})
    pages = read(render.render_record(db, "inspection", inspection, tmp_path / "old.pdf").read_bytes())
    assert recipients(pages) == ["Trung tâm Khuyến công", "Phòng Kinh tế", "Công ty TNHH Gốm Minh Long", "Lưu: VT"]
    assert "lập thành 04 bản" in " ".join(line.text for page in pages for line in page.lines)
