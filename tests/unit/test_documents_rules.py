"""The layout rules of the page frame, checked on the printed PDF read back (text, fonts, positions, rules).

Headings and group rows stay with what follows them; a table row breaks only with two lines on each
side and the header row repeats only at the top of a page; the signatures share their page with the
closing paragraph; no paragraph ends on a single word; footer and QR code lie inside the bottom
margin, 8 mm or more from the paper's edge, and the QR code reads from a 300 dpi rendering; a drawn
signature prints alone and a signature on paper leaves the space empty.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from documents_factory import acceptance, inspection, item, pdf_bytes, signature_png, survey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_layout import BOTTOM, MM, all_faults, lowest_ink_mm, read

from kc_desktop.documents.acceptance import build_acceptance
from kc_desktop.documents.data import (
    AcceptanceDocument,
    Checklist,
    ChecklistGroup,
    ChecklistItem,
    CouncilMember,
    InspectionDocument,
    Person,
    Signer,
    content_hash,
)
from kc_desktop.documents.frame import footer_text
from kc_desktop.documents.inspection import build_inspection


def assert_clean(data: bytes) -> None:
    faults = {rule: found for rule, found in all_faults(read(data)).items() if found}
    assert not faults, faults


def _with_officers(count: int) -> InspectionDocument:
    """The inspection minutes with `count` more officers: the checklist starts lower and lower."""
    doc = inspection()
    groups = tuple(
        ChecklistGroup(f"{roman}. Nhóm nội dung kiểm tra số {index}", tuple(
            ChecklistItem(f"Nội dung kiểm tra {index}.{n}: thiết bị lắp đặt đúng vị trí, vận hành ổn định", "Đạt",
                          "Phù hợp hồ sơ") for n in range(1, 3)))
        for index, roman in enumerate(("II", "III", "IV", "V", "VI", "VII"), start=1))
    officers = doc.officers + tuple(Person(f"Cán bộ số {n}", "Chuyên viên", "Trung tâm Khuyến công")
                                    for n in range(count))
    return dataclasses.replace(doc, officers=officers, parts=(doc.parts[0], Checklist(groups)))


@pytest.mark.parametrize("extra", range(0, 36, 3))
def test_inspection_minutes_keep_the_rules_wherever_the_page_breaks(extra: int) -> None:
    data, _ = pdf_bytes(build_inspection, _with_officers(extra))
    assert_clean(data)


def _with_council(count: int, items: int) -> AcceptanceDocument:
    doc = acceptance(items=items)
    council = doc.council + tuple(CouncilMember(f"Ủy viên số {n}", "Phòng Kinh tế", "Chuyên viên", "Ủy viên")
                                  for n in range(count))
    return dataclasses.replace(doc, council=council)


@pytest.mark.parametrize("extra", range(0, 22, 2))
def test_acceptance_minutes_keep_the_rules_wherever_the_page_breaks(extra: int) -> None:
    data, _ = pdf_bytes(build_acceptance, _with_council(extra, items=3))
    assert_clean(data)


def test_the_checks_find_faults_in_a_faulty_layout() -> None:
    """The checks are not blind: a page ending with a heading, a lone signature page are reported."""
    from reportlab.platypus import PageBreak

    from kc_desktop.documents import blocks, frame, minutes, signatures

    doc = acceptance(items=1)
    story = [blocks.heading("II. NỘI DUNG NGHIỆM THU"), PageBreak(), blocks.para("Nội dung."),
             minutes.closing(2), PageBreak(), *signatures.signature_blocks(doc.signers)]
    buffer = io.BytesIO()
    frame.build(story, doc.meta, "0" * 12, buffer, "t")
    faults = all_faults(read(buffer.getvalue()))
    assert faults["heading at page bottom"] and faults["signatures alone on a page"]


def test_footer_and_qr_inside_the_bottom_margin_and_the_qr_reads_at_300_dpi() -> None:
    doc = acceptance(items=3)
    data, pages = pdf_bytes(build_acceptance, doc)
    read_back = read(data)
    assert lowest_ink_mm(read_back) >= 8.0
    for page in read_back:
        assert page.forms, "no QR code"
        for left, bottom, right, top in page.forms:
            assert bottom >= 8 * MM and top <= BOTTOM
            assert right - left >= 9.5 * MM  # not shrunk out of reach of a phone's camera
        footer = [line for line in page.margin_lines if line.text.startswith("Mã hồ sơ")]
        assert footer and all(8 * MM <= line.y < BOTTOM for line in footer)
    expected = footer_text(doc.meta, content_hash(doc))
    document = pdfium.PdfDocument(data)
    try:
        for index in (0, pages - 1):
            image = document[index].render(scale=300 / 72).to_pil()
            codes = zxingcpp.read_barcodes(image)
            assert [code.text for code in codes] == [expected]
            # the code is the one in the bottom margin
            assert codes[0].position.top_left.y > image.height * (1 - BOTTOM / (297 * MM))
    finally:
        document.close()


def test_a_drawn_signature_prints_alone_and_on_paper_leaves_the_space_empty(tmp_path: Path) -> None:
    pad = signature_png(tmp_path)
    doc = dataclasses.replace(acceptance(items=1), signers=(
        Signer("Chủ tịch hội đồng", "Trần Văn Bình", signature_path=pad, signed_on_paper=True),
        Signer("Thư ký", "Lê Thị Hoa", signed_on_paper=True),
    ))
    data, _ = pdf_bytes(build_acceptance, doc)
    pages = read(data)
    assert not all_faults(pages)["signature and paper note"]
    images = [box for page in pages for box in page.images]
    assert len(images) == 1  # the drawn one; none, and no note, for the one signed on paper
    last = pages[-1]
    names = {line.text: line.y for line in last.lines if line.text in ("Trần Văn Bình Lê Thị Hoa",)}
    assert names, [line.text for line in last.lines]
    # the empty space for ink has the height of the drawn signature's space
    hints = [line.y for line in last.lines if line.text.startswith("(Ký, ghi rõ họ tên)")]
    assert hints and hints[0] - next(iter(names.values())) > 1.6 * 28.35


_WORDS = st.sampled_from(["máy", "ép", "gạch", "không", "nung", "Nguyễn", "Thị", "Ngọc", "Ánh", "lắp", "đặt",
                          "vận", "hành", "ổn", "định", "đúng", "tiến", "độ", "hồ", "sơ", "xuất", "xứ", "thiết",
                          "bị", "khuyến", "công", "hợp", "tác", "xã", "Phú", "Vinh", "Đặng", "Hữu", "Phước"])


def _phrase(least: int, most: int) -> st.SearchStrategy[str]:
    return st.lists(_WORDS, min_size=least, max_size=most).map(" ".join)


@st.composite
def _acceptances(draw: st.DrawFn) -> AcceptanceDocument:
    doc = acceptance(items=0)
    count = draw(st.integers(1, 40))
    listed = tuple(item(i, differ=draw(st.booleans())) for i in range(1, count + 1))
    long_name = draw(_phrase(3, 14)).title()
    council = tuple(CouncilMember(f"{long_name} {n}" if n % 3 == 0 else f"Ủy viên số {n}", draw(_phrase(1, 8)),
                                  "Chuyên viên", "Ủy viên") for n in range(draw(st.integers(1, 14))))
    signers = doc.signers + tuple(Signer("Các ủy viên", m.name) for m in council)
    total = sum(i.delivered.total for i in listed if i.delivered)
    return dataclasses.replace(
        doc, items=listed, council=doc.council[:2] + council, signers=signers, total_amount=total,
        kc_amount=total // 2, counterpart_amount=total - total // 2,
        conclusion_text="\n".join(draw(_phrase(1, 90)) + "." for _ in range(draw(st.integers(1, 4)))),
        conformity_text=draw(_phrase(4, 120)) + ".", recommendations=draw(_phrase(0, 60)))


@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_acceptances())
def test_random_acceptance_minutes_keep_the_rules_on_every_page(doc: AcceptanceDocument) -> None:
    data, _ = pdf_bytes(build_acceptance, doc)
    assert_clean(data)


@st.composite
def _inspections(draw: st.DrawFn) -> InspectionDocument:
    doc = inspection()
    groups = []
    for index in range(draw(st.integers(1, 8))):
        items = tuple(
            ChecklistItem(draw(_phrase(2, 30)), draw(st.sampled_from(["Đạt", "Không đạt", "Không áp dụng"])),
                          draw(_phrase(0, 12))) for _ in range(draw(st.integers(1, 6))))
        groups.append(ChecklistGroup(f"{index + 2}. {draw(_phrase(2, 16))}", items))
    officers = tuple(Person(draw(_phrase(2, 10)).title(), "Chuyên viên", draw(_phrase(1, 8)))
                     for _ in range(draw(st.integers(1, 8))))
    signers = doc.signers[-1:] + tuple(Signer("Đại diện đoàn kiểm tra", p.name) for p in officers)
    return dataclasses.replace(doc, officers=officers, signers=signers,
                               parts=(doc.parts[0], Checklist(tuple(groups))),
                               findings=draw(_phrase(1, 80)), conclusion=draw(_phrase(1, 120)) + ".")


@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_inspections())
def test_random_inspection_minutes_keep_the_rules_on_every_page(doc: InspectionDocument) -> None:
    data, _ = pdf_bytes(build_inspection, doc)
    assert_clean(data)


def _with_workers(count: int, extra_officers: int) -> tuple[object, list[str]]:
    """Survey minutes whose template has repeats: `count` workers (some with long notes) as a table."""
    from kc_desktop.documents.template_parts import parts
    from tests.unit.repeat_form import ANSWERS, repeat_definition

    names = [f"Hà Văn {n:02d}" for n in range(1, count + 1)]
    workers = [{"ho_ten": name, "tuoi": 16 if n % 4 == 0 else 30 + n % 20, "cong_viec": "tho_chinh",
                "luong": 6.5 + n % 3,
                "ghi_chu": "Học nghề theo hợp đồng ba bên, làm không quá sáu giờ mỗi ngày, có người giám hộ "
                           "ký xác nhận, nghỉ hằng tuần theo quy định của Bộ luật Lao động năm 2019"}
               for n, name in enumerate(names, 1)]
    answers = {**ANSWERS, "lao_dong": workers}
    printed = parts(repeat_definition(), answers, {}, checklists=False, draft=False)
    doc = survey()
    officers = doc.officers + tuple(Person(f"Cán bộ số {n}", "Chuyên viên", "Trung tâm Khuyến công")
                                    for n in range(extra_officers))
    return dataclasses.replace(doc, officers=officers, parts=(*doc.parts, *printed)), names


@pytest.mark.parametrize("extra", range(0, 12, 3))
def test_a_repeat_prints_as_a_table_that_keeps_the_rules_across_pages(extra: int) -> None:
    from kc_desktop.documents.survey import build_survey

    doc, names = _with_workers(24, extra)
    data, pages = pdf_bytes(build_survey, doc)
    assert pages >= 3
    assert_clean(data)
    read_back = read(data)
    text = "\n".join(page.text for page in read_back)
    # One row per worker, in order, numbered; the columns are the repeat's questions.
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)
    header = next(line.text for page in read_back for line in page.lines if line.text.startswith("STT"))
    assert "Họ và tên" in header and "Tuổi" in header and "Công việc" in header
    # The header row opens every page the table runs onto.
    table_pages = [page for page in read_back if any(name in page.text for name in names)]
    assert len(table_pages) >= 2
    for page in table_pages[1:]:
        top = next(line for line in page.lines if line.bold or any(name in line.text for name in names))
        assert top.text.startswith("STT"), top.text
    # The machines (a second repeat) print as their own table.
    assert "Lò nung gas" in text and "Máy nhào đất" in text and "Công suất (kW)" in text


def test_a_repeat_with_many_questions_prints_one_block_per_instance() -> None:
    from kc_desktop.documents.data import AnswerSection, RepeatTable
    from kc_desktop.documents.survey import build_survey
    from kc_desktop.documents.template_parts import MAX_REPEAT_COLUMNS, parts
    from kc_desktop.forms.definition import FormDefinition, Question

    columns = [Question(f"c{n}", "text", f"Thông số kỹ thuật {n}") for n in range(MAX_REPEAT_COLUMNS + 1)]
    definition = FormDefinition("f", "1", "Thiết bị", (
        Question("thiet_bi", "begin_group", "Thiết bị", container="repeat"), *columns,
        Question("", "end_group", "", container="repeat")), {})
    answers = {"thiet_bi": [{q.name: f"Giá trị {n}.{q.name}" for q in columns} for n in (1, 2)]}
    printed = parts(definition, answers, {}, checklists=False, draft=False)
    assert not any(isinstance(p, RepeatTable) for p in printed)
    assert [p.title for p in printed if isinstance(p, AnswerSection)] == ["Thiết bị 1", "Thiết bị 2"]
    data, _ = pdf_bytes(build_survey, dataclasses.replace(survey(), parts=printed))
    assert_clean(data)
    text = "\n".join(page.text for page in read(data))
    assert "Thiết bị 2" in text and "Thông số kỹ thuật 5: Giá trị 2.c5" in text


def test_a_group_row_ending_a_page_is_told_apart_from_a_heading() -> None:
    """A table's bold group row at the foot of a page (its items on the next) is its own fault class."""
    from pdf_layout import CELL_SIZE, LEFT, Line, Page, group_row_at_bottom_faults, heading_at_bottom_faults

    def line(y: float, words: str, size: float, bold: bool, x: float = LEFT + 4) -> Line:
        return Line(y, [(char, x + 6 * i, x + 6 * i + 5, size, bold) for i, char in enumerate(words)])

    group = line(90, "III. Máy móc thiết bị", CELL_SIZE, True)
    pages = [Page(1, [line(700, "Nội dung.", 13, False), group], [], [], [], [], []),
             Page(2, [line(760, "3 Đúng chủng loại Đạt", CELL_SIZE, False)], [], [], [], [], [])]
    assert group_row_at_bottom_faults(pages) == ["page 1: ends with «III. Máy móc thiết bị»"]
    assert heading_at_bottom_faults(pages) == []


def test_a_repeat_inside_a_repeat_prints_as_numbered_lines_in_its_column() -> None:
    from kc_desktop.documents.data import RepeatTable
    from kc_desktop.documents.survey import build_survey
    from kc_desktop.documents.template_parts import parts
    from kc_desktop.forms.definition import FormDefinition, Question

    def repeat(name: str, label: str, **extra: str) -> Question:
        return Question(name, "begin_group", label, container="repeat", **extra)

    end = Question("", "end_group", "", container="repeat")
    definition = FormDefinition("f", "1", "Xưởng và máy", (
        repeat("xuong", "Nhà xưởng"), Question("ten_xuong", "text", "Tên xưởng"),
        repeat("may", "Máy móc trong xưởng"), Question("ten_may", "text", "Tên máy"),
        Question("cong_suat", "decimal", "Công suất (kW)"),
        Question("ly_do", "text", "Lý do dừng", relevant="${cong_suat} = 0"),
        repeat("phu_tung", "Phụ tùng thay thế"), Question("ten_pt", "text", "Phụ tùng"), end,
        end,
        Question("dien_tich", "decimal", "Diện tích (m²)"),
        end), {})
    answers = {"xuong": [
        {"ten_xuong": "Xưởng nung", "dien_tich": 120, "may": [
            {"ten_may": "Lò ga", "cong_suat": 45, "phu_tung": [{"ten_pt": "Béc đốt"}, {"ten_pt": "Van ga"}]},
            {"ten_may": "Lò than cũ", "cong_suat": 0, "ly_do": "Chờ thay lò"}]},
        {"ten_xuong": "Xưởng tạo hình", "dien_tich": 80, "may": []},
    ]}
    printed = parts(definition, answers, {}, checklists=False, draft=False)
    table = next(p for p in printed if isinstance(p, RepeatTable))
    assert table.headers == ("STT", "Tên xưởng", "Máy móc trong xưởng", "Diện tích (m²)")
    assert table.rows[0][2] == ("1. Tên máy: Lò ga; Công suất (kW): 45\n"
                                "1.1. Phụ tùng: Béc đốt\n1.2. Phụ tùng: Van ga\n"
                                "2. Tên máy: Lò than cũ; Công suất (kW): 0; Lý do dừng: Chờ thay lò")
    assert table.rows[1] == ("2", "Xưởng tạo hình", "", "80")
    draft = next(p for p in parts(definition, answers, {}, checklists=False, draft=True) if isinstance(p, RepeatTable))
    assert draft.rows[1][2] == "…"  # a draft shows what is still to be filled in
    data, _ = pdf_bytes(build_survey, dataclasses.replace(survey(), parts=printed))
    assert_clean(data)
    text = "\n".join(page.text for page in read(data))
    lines = text.splitlines()
    assert "1 Xưởng nung 1. Tên máy: Lò ga; Công suất (kW): 45 120" in lines  # the inner lines in their cell
    assert lines.index("1.1. Phụ tùng: Béc đốt") + 1 == lines.index("1.2. Phụ tùng: Van ga")
    assert "Chờ thay lò" in text
