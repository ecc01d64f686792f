"""Surveys and inspections: drafts kept as typed, finalize with numbers, immutability, corrections."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from kc_desktop.db.changelog import RecordFrozen
from kc_desktop.db.engine import Database
from kc_desktop.db.models_work import FieldRecord, FormTemplate
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import ProjectInput
from kc_desktop.errors import InvalidValue, KCError, ValidationFailed
from kc_desktop.services import attachments, establishments, field_records, minutes, projects, templates
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def context(db: Database, actor) -> dict[str, str]:  # noqa: ANN001
    establishment = establishments.create(
        db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long", admin_unit_code="00583")
    )
    project = projects.save(
        db,
        actor,
        None,
        ProjectInput(code="KC-2026-001", title="Hỗ trợ lò nung gas", plan_year=2026, planned_start=dt.date(2026, 3, 1)),
    )
    return {
        "establishment": establishment,
        "project": project,
        "survey": templates.published(db, "survey")[0].id,
        "inspection": templates.published(db, "inspection")[0].id,
    }


def _complete(db: Database, actor, record_id: str, template_id: str) -> None:  # noqa: ANN001
    import random

    answers = sample_answers(templates.definition(db, template_id), random.Random(3))
    # Sample answers tell one consistent story (an inspection in order concludes «Đạt yêu cầu»), but their
    # made-up days follow today's: the application came before any survey of these tests.
    if "ngay_nhan_ho_so" in answers:
        answers["ngay_nhan_ho_so"] = "2025-12-15"
    field_records.save_draft(
        db,
        actor,
        record_id,
        {
            "place": "Tại xưởng của cơ sở",
            "start_time": "08:30",
            "end_time": "10:15",
            "answers": answers,
            "conclusion": "Đủ điều kiện hỗ trợ.",
            "participants": [
                Participant("Nguyễn Văn An", "Cán bộ", "UBND xã", role="chair"),
                Participant("Lê Thị Hoa", "Chuyên viên", "UBND xã", role="secretary"),
                Participant("Phạm Thị Hương", "Chủ cơ sở", "", "establishment"),
            ],
        },
    )


def test_default_templates_are_installed_and_published(db: Database, actor) -> None:  # noqa: ANN001
    rows = templates.list_templates(db)
    assert {(t.kind, t.status) for t in rows} == {("survey", "published"), ("inspection", "published")}
    assert all(t.question_count >= 20 for t in rows)


def test_draft_keeps_exactly_what_was_typed(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    record_id = field_records.start(
        db, actor, "survey", context["survey"], context["project"], context["establishment"], TODAY
    )
    errors = field_records.save_draft(
        db, actor, record_id, {"place": "Thôn Giang Cao", "answers": {"x_free": "  ab  "}}
    )
    data = field_records.load(db, record_id)
    assert data.place == "Thôn Giang Cao" and data.answers["x_free"] == "  ab  "
    assert data.state == "draft" and errors == data.error_count > 0
    assert [d.id for d in minutes.drafts(db)] == [record_id]


def test_finalize_numbers_per_year_and_type(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    numbers = []
    for kind in ("survey", "survey", "inspection"):
        record_id = field_records.start(
            db, actor, kind, context[kind], context["project"], context["establishment"], TODAY
        )
        _complete(db, actor, record_id, context[kind])
        assert field_records.problems(db, record_id, TODAY) == {}
        numbers.append(field_records.finalize(db, actor, record_id, TODAY))
    assert numbers == ["01/BB-ĐKS", "02/BB-ĐKS", "01/BB-ĐKT"]


def test_finalize_explains_what_is_missing(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    record_id = field_records.start(
        db, actor, "inspection", context["inspection"], context["project"], None, dt.date(2026, 2, 1)
    )
    with pytest.raises(ValidationFailed) as caught:
        field_records.finalize(db, actor, record_id, TODAY)
    errors = caught.value.errors
    assert {"establishment_id", "place", "participants", "conclusion", "record_date"} <= set(errors)
    assert "trước ngày bắt đầu" in errors["record_date"]
    assert field_records.load(db, record_id).state == "draft"
    future = field_records.start(
        db, actor, "survey", context["survey"], None, context["establishment"], TODAY + dt.timedelta(days=3)
    )
    assert "tương lai" in field_records.problems(db, future, TODAY)["record_date"]


def test_finalized_record_cannot_change_through_any_path(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    record_id = field_records.start(
        db, actor, "survey", context["survey"], context["project"], context["establishment"], TODAY
    )
    _complete(db, actor, record_id, context["survey"])
    field_records.finalize(db, actor, record_id, TODAY)
    with pytest.raises(KCError):
        field_records.save_draft(db, actor, record_id, {"place": "khác"})
    with pytest.raises(KCError):
        field_records.discard_draft(db, actor, record_id)
    with pytest.raises(KCError):
        field_records.attach_photo(db, actor, record_id, Path("x.jpg"))
    with pytest.raises(RecordFrozen), db.session(actor) as session:  # even straight through the ORM
        session.get(FieldRecord, record_id).conclusion = "sửa lén"  # type: ignore[union-attr]
    assert field_records.load(db, record_id).conclusion == "Đủ điều kiện hỗ trợ."


def test_correction_is_a_new_version_pointing_back(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    record_id = field_records.start(
        db, actor, "survey", context["survey"], context["project"], context["establishment"], TODAY
    )
    _complete(db, actor, record_id, context["survey"])
    first = field_records.finalize(db, actor, record_id, TODAY)
    with pytest.raises(ValidationFailed):
        field_records.correct(db, actor, record_id, " ")
    copy = field_records.correct(db, actor, record_id, "Ghi sai số lao động")
    field_records.save_draft(db, actor, copy, {"conclusion": "Đủ điều kiện, có điều kiện kèm theo."})
    second = field_records.finalize(db, actor, copy, TODAY)
    old, new = field_records.load(db, record_id), field_records.load(db, copy)
    assert (old.state, old.number_text, old.conclusion, old.superseded_by) == (
        "finalized",
        first,
        "Đủ điều kiện hỗ trợ.",
        [copy],
    )
    assert (new.supersedes_id, new.correction_reason, new.number_text) == (record_id, "Ghi sai số lao động", second)
    with pytest.raises(KCError, match="đã có bản đính chính"):
        field_records.correct(db, actor, record_id, "lần nữa")


def test_published_template_never_changes(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    with pytest.raises(RecordFrozen), db.session(actor) as session:
        session.get(FormTemplate, context["survey"]).title = "Đổi tên"  # type: ignore[union-attr]
    templates.retire(db, actor, context["survey"])
    assert not templates.published(db, "survey")


def test_follow_up_actions_due(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    record_id = field_records.start(
        db, actor, "inspection", context["inspection"], context["project"], context["establishment"], TODAY
    )
    late = field_records.save_action(db, actor, record_id, None, "Nộp hóa đơn", "Chủ cơ sở", TODAY - dt.timedelta(1))
    field_records.save_action(db, actor, record_id, None, "Lắp biển công trình", "Chủ cơ sở", TODAY + dt.timedelta(30))
    due = field_records.actions(db, due_within_days=7, today=TODAY)
    assert [(a.id, a.overdue) for a in due] == [(late, True)]
    _complete(db, actor, record_id, context["inspection"])
    field_records.finalize(db, actor, record_id, TODAY)
    field_records.save_action(db, actor, record_id, late, "Nộp hóa đơn", "Chủ cơ sở", TODAY - dt.timedelta(1), "done")
    assert field_records.actions(db, due_within_days=7, today=TODAY) == []
    with pytest.raises(KCError):
        field_records.save_action(db, actor, record_id, None, "Việc mới sau khi hoàn tất")


def _photo(path: Path, size: tuple[int, int], orientation: int | None = None) -> Path:
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    exif[306] = "2026:11:18 09:30:00"
    image.save(path, "JPEG", exif=exif)
    return path


def test_photos_are_rotated_downscaled_and_stored_once(
    db: Database, actor, context: dict[str, str], tmp_path: Path
) -> None:  # noqa: ANN001
    record_id = field_records.start(db, actor, "survey", context["survey"], None, context["establishment"], TODAY)
    source = _photo(tmp_path / "anh.jpg", (4000, 3000), orientation=6)  # taken with the phone upright
    first = field_records.attach_photo(db, actor, record_id, source, caption="Lò nung cũ")
    field_records.attach_photo(db, actor, record_id, source, caption="Lò nung cũ (lần 2)")
    stored = attachments.for_owner(db, record_id)
    assert len(stored) == 2 and stored[0].id == first
    assert (stored[0].width, stored[0].height) == (1536, 2048)
    assert stored[0].sha256 == stored[1].sha256 and stored[0].path.exists()
    assert stored[0].taken_at == dt.datetime(2026, 11, 18, 2, 30, tzinfo=dt.UTC)
    assert len(list(stored[0].path.parent.iterdir())) == 1


def test_bad_photos_are_refused_clearly(db: Database, actor, context: dict[str, str], tmp_path: Path) -> None:  # noqa: ANN001
    record_id = field_records.start(db, actor, "survey", context["survey"], None, context["establishment"], TODAY)
    fake = tmp_path / "bien-ban.jpg"
    fake.write_text("không phải ảnh", encoding="utf-8")
    with pytest.raises(InvalidValue, match="không phải ảnh"):
        field_records.attach_photo(db, actor, record_id, fake)
    huge = tmp_path / "huge.png"
    Image.new("1", (12000, 11000)).save(huge)
    with pytest.raises(InvalidValue, match="quá lớn"):
        field_records.attach_photo(db, actor, record_id, huge)
    assert attachments.for_owner(db, record_id) == []


def test_mau_1_9_asks_the_hours_the_chair_and_the_secretary(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    record_id = field_records.start(db, actor, "survey", context["survey"], None, context["establishment"], TODAY)
    _complete(db, actor, record_id, context["survey"])
    with pytest.raises(ValidationFailed):
        field_records.save_draft(db, actor, record_id, {"start_time": "8h30"})  # the editor stores "08:30"
    field_records.save_draft(db, actor, record_id, {"start_time": "", "end_time": "07:00", "participants": [
        Participant("Nguyễn Văn An", "Cán bộ"), Participant("Phạm Thị Hương", side="establishment")]})
    problems = field_records.problems(db, record_id, TODAY)
    assert problems["start_time"] == "Chưa nhập giờ bắt đầu."
    assert problems["participants"].startswith("Chưa chọn người chủ trì")
    field_records.save_draft(db, actor, record_id, {"start_time": "08:30", "participants": [
        Participant("Nguyễn Văn An", "Cán bộ", role="chair"), Participant("Phạm Thị Hương", side="establishment")]})
    problems = field_records.problems(db, record_id, TODAY)
    assert problems["end_time"] == "Giờ kết thúc trước giờ bắt đầu." and "thư ký" in problems["participants"]
    field_records.save_draft(db, actor, record_id, {"end_time": "10:15", "participants": [
        Participant("Nguyễn Văn An", "Cán bộ", role="chair"), Participant("Lê Thị Hoa", role="secretary")]})
    assert field_records.problems(db, record_id, TODAY) == {"participants": "Chưa có đại diện của cơ sở."}
    # the template's own conclusion question answered: the record's conclusion may stay empty
    field_records.save_draft(db, actor, record_id, {"conclusion": "", "participants": [
        Participant("Nguyễn Văn An", "Cán bộ", role="chair"), Participant("Lê Thị Hoa", role="secretary"),
        Participant("Phạm Thị Hương", side="establishment", role="chair")]})
    assert field_records.problems(db, record_id, TODAY) == {}
    data = field_records.load(db, record_id)
    assert [p.role for p in data.participants] == ["chair", "secretary", "member"]  # the establishment has no role


def test_finalize_keeps_the_actions_as_signed_and_a_correction_starts_afresh(db: Database, actor,  # noqa: ANN001
                                                                             context: dict[str, str]) -> None:
    record_id = field_records.start(db, actor, "inspection", context["inspection"], context["project"],
                                    context["establishment"], TODAY)
    _complete(db, actor, record_id, context["inspection"])
    action = field_records.save_action(db, actor, record_id, None, "Bổ sung hóa đơn", "Chủ cơ sở", TODAY)
    assert field_records.load(db, record_id).final_actions is None
    field_records.finalize(db, actor, record_id, TODAY)
    field_records.save_action(db, actor, record_id, action, "Bổ sung hóa đơn", "Chủ cơ sở", TODAY, "done")
    (kept,) = field_records.load(db, record_id).final_actions or []
    assert (kept.id, kept.description, kept.deadline, kept.state) == (action, "Bổ sung hóa đơn", TODAY, "open")
    copy = field_records.correct(db, actor, record_id, "Ghi sai giờ")
    data = field_records.load(db, copy)
    assert data.final_actions is None and (data.start_time, data.end_time) == ("08:30", "10:15")


def test_an_inspection_contradicting_itself_needs_an_explanation(db: Database, actor, context: dict[str, str],
                                                                 tmp_path: Path) -> None:  # noqa: ANN001
    import unicodedata

    from pypdf import PdfReader

    from kc_desktop.documents.render import render_record
    from kc_desktop.errors import ExplanationNeeded

    record_id = field_records.start(
        db, actor, "inspection", context["inspection"], context["project"], context["establishment"], TODAY
    )
    _complete(db, actor, record_id, context["inspection"])
    answers = {"hoa_don": "khong_dat", "hoa_don_ghi_chu": "Chưa có hóa đơn", "ket_luan_kiem_tra": "dat_yeu_cau"}
    field_records.save_draft(db, actor, record_id, {"answers": answers, "conclusion": "Kết luận: Đạt tiến độ."})
    found = field_records.contradictions(db, record_id)
    assert list(found) == ["conclusion"]
    assert "«Thực hiện đúng nội dung và tiến độ»" in found["conclusion"]
    assert "«Hóa đơn giá trị gia tăng»" in found["conclusion"]
    assert field_records.problems(db, record_id, TODAY) == found
    assert field_records.load(db, record_id).error_count == 1
    with pytest.raises(ExplanationNeeded):
        field_records.finalize(db, actor, record_id, TODAY)
    # A violation concluded "Đạt tiến độ" is still a contradiction.
    field_records.save_draft(db, actor, record_id, {"answers": {"ket_luan_kiem_tra": "de_nghi_dung",
                                                                "ton_tai": "Chưa có hóa đơn giá trị gia tăng."}})
    assert "«Có vi phạm, đề nghị xem xét dừng hỗ trợ» nhưng kết luận lại ghi «đạt tiến độ»" in (
        field_records.contradictions(db, record_id)["conclusion"])
    why = "Hóa đơn đã xuất, đang chờ bản gốc; đoàn giữ kết luận theo tiến độ thực tế."
    number = field_records.finalize(db, actor, record_id, TODAY, explanation=why)
    assert field_records.load(db, record_id).explanation == why
    pdf = render_record(db, "inspection", record_id, tmp_path / "kiem-tra.pdf")
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(pdf).pages))
    flat = " ".join(text.split())
    assert f"Số: {number}" in flat and f"Ý kiến khác / giải trình: {why}" in flat


def test_a_survey_contradicting_itself(db: Database, actor, context: dict[str, str]) -> None:  # noqa: ANN001
    record_id = field_records.start(
        db, actor, "survey", context["survey"], context["project"], context["establishment"], TODAY
    )
    _complete(db, actor, record_id, context["survey"])
    assert field_records.contradictions(db, record_id) == {}
    field_records.save_draft(db, actor, record_id, {
        "answers": {"ngay_nhan_ho_so": "2026-12-01", "dia_ban": "phuong", "lang_nghe": "khong",
                    "de_xuat": "du_dieu_kien"},
        "participants": [Participant("Nguyễn Văn An", "Cán bộ", "UBND xã"),
                         Participant("Nguyen Van An", "Chủ cơ sở", "", "establishment")]})
    found = field_records.contradictions(db, record_id)
    assert found["record_date"] == "Ngày nhận hồ sơ đề nghị hỗ trợ (01/12/2026) sau ngày khảo sát (20/11/2026)."
    assert "Đề xuất «Đủ điều kiện hỗ trợ» nhưng cơ sở ở phường" in found["conclusion"]  # it says so too
    assert found["participants"] == "«Nguyễn Văn An» được ghi với 2 vai trò: Cán bộ (đoàn) và Chủ cơ sở (cơ sở)."
    # Found not eligible, and said so: nothing to explain.
    field_records.save_draft(db, actor, record_id, {"answers": {
        "ngay_nhan_ho_so": "2026-11-02", "de_xuat": "khong_du", "ly_do_khong_du": "Cơ sở ở phường"},
        "participants": [Participant("Nguyễn Văn An", "Cán bộ", "UBND xã")], "conclusion": "Không đủ điều kiện."})
    assert field_records.contradictions(db, record_id) == {}


def test_a_photo_of_one_repeat_instance_is_stored_in_that_instance(db, actor, tmp_path) -> None:  # noqa: ANN001
    from documents_factory import photo

    from kc_desktop.documents.render import render_survey
    from kc_desktop.forms.definition import FormDefinition, Question
    from kc_desktop.forms.xlsform import write_xlsform
    from kc_desktop.services import field_records as records
    from kc_desktop.services import templates as template_service

    definition = FormDefinition("may_moc", "1", "Máy móc", (
        Question("may", "begin_group", "Máy móc", container="repeat"),
        Question("ten_may", "text", "Tên máy"),
        Question("anh_may", "image", "Ảnh máy"),
        Question("", "end_group", "", container="repeat"),
    ), {})
    write_xlsform(definition, tmp_path / "may.xlsx")
    template_id = template_service.import_template(db, actor, tmp_path / "may.xlsx", "survey")
    template_service.publish(db, actor, template_id)
    record_id = records.start(db, actor, "survey", template_id)
    records.save_draft(db, actor, record_id, {"answers": {"may": [{"ten_may": "Lò nung"}, {"ten_may": "Máy ép"}]}})
    attachment = records.attach_photo(db, actor, record_id, photo(tmp_path, "may.jpg", (800, 600)), "may[2]/anh_may")
    answers = records.load(db, record_id).answers
    assert answers["may"] == [{"ten_may": "Lò nung"}, {"ten_may": "Máy ép", "anh_may": [attachment]}]
    assert "anh_may" not in answers and "may[2]/anh_may" not in answers
    pdf = tmp_path / "bien_ban.pdf"
    render_survey(db, record_id, pdf)
    import pypdfium2 as pdfium

    text = "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf))
    assert "Máy ép" in text and "(1 ảnh, xem phụ lục)" in text
    # The first machine goes: its photos with it, the second's photo follows it to number 1.
    first = records.attach_photo(db, actor, record_id, photo(tmp_path, "lo.jpg", (640, 480)), "may[1]/anh_may")
    records.instance_removed(db, actor, record_id, "may[1]")
    kept = {a.id: a.question for a in attachments.for_owner(db, record_id)}
    assert kept == {attachment: "may[1]/anh_may"} and first not in kept
