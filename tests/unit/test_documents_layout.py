"""Official documents built from hand-made data, read back from the PDF: ND 30 text, A4, fonts, pages, tables."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

import pytest
from documents_factory import DIACRITICS_NAME, acceptance, inspection, pdf_bytes, photo, signature_png, survey
from pypdf import PdfReader

from kc_desktop.documents.acceptance import build_acceptance
from kc_desktop.documents.data import PhotoRef, content_hash
from kc_desktop.documents.frame import footer_text
from kc_desktop.documents.inspection import build_inspection
from kc_desktop.documents.survey import build_survey

A4 = (595.276, 841.89)  # 210 × 297 mm


def pages_text(data: bytes) -> list[str]:
    return [unicodedata.normalize("NFC", page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def final_acceptance() -> tuple[bytes, int, object]:
    doc = acceptance(items=3)
    data, pages = pdf_bytes(build_acceptance, doc)
    return data, pages, doc


def test_heading_has_quoc_hieu_tieu_ngu_number_and_date(final_acceptance: tuple[bytes, int, object]) -> None:
    data, _, _ = final_acceptance
    first = flat(pages_text(data)[0])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Độc lập - Tự do - Hạnh phúc" in first
    assert "Số: 01/BB-HĐNT" in first
    assert "Hà Nội, ngày 05 tháng 02 năm 2026" in first
    assert "SỞ CÔNG THƯƠNG HÀ NỘI" in first and "BIÊN BẢN" in first
    assert "BẢN NHÁP" not in "".join(pages_text(data))


def test_draft_has_watermark_on_every_page_and_no_number() -> None:
    data, pages = pdf_bytes(build_acceptance, acceptance(items=12, draft=True))
    texts = pages_text(data)
    assert pages >= 2 and len(texts) == pages
    assert all("BẢN NHÁP" in flat(t) for t in texts)
    assert "Số: …/BB-HĐNT" in flat(texts[0]) and not re.search(r"Số: \d", "".join(texts))


def test_amounts_in_figures_and_words(final_acceptance: tuple[bytes, int, object]) -> None:
    data, _, _ = final_acceptance
    text = flat(" ".join(pages_text(data)))
    doc = dataclasses.replace(acceptance(items=0), total_amount=125_000_000, kc_amount=2_024,
                              counterpart_amount=400_070_192)
    text = flat(" ".join(pages_text(pdf_bytes(build_acceptance, doc)[0])))
    assert "Tổng kinh phí thực hiện: 125.000.000 đồng" in text
    assert "(Bằng chữ: Một trăm hai mươi lăm triệu đồng)" in text
    assert "2.024 đồng" in text and "Hai nghìn không trăm hai mươi bốn đồng" in text
    assert "400.070.192 đồng" in text
    assert "Bốn trăm triệu không trăm bảy mươi nghìn một trăm chín mươi hai đồng" in text


def test_every_page_is_a4_with_embedded_fonts_numbers_and_footer(final_acceptance: tuple[bytes, int, object]) -> None:
    data, pages, doc = final_acceptance
    reader = PdfReader(io.BytesIO(data))
    texts = pages_text(data)
    digest = content_hash(doc)
    assert pages == len(reader.pages) >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=0.01)
        fonts = page["/Resources"]["/Font"]
        assert fonts, "no fonts on the page"
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            assert "LiberationSerif" in font["/BaseFont"] or "KCSerif" in font["/BaseFont"]
        # The frame draws the page number (from page 2), then the footer, before the page's content.
        lines = [line.strip() for line in texts[number - 1].splitlines() if line.strip()]
        if number == 1:
            assert lines[0].startswith("Mã hồ sơ ")
        else:
            assert lines[0] == str(number) and lines[1].startswith("Mã hồ sơ ")
        assert digest in texts[number - 1] and footer_text(doc.meta, digest) in flat(texts[number - 1])


def test_three_hundred_items_all_printed_with_header_repeated() -> None:
    doc = acceptance(items=300)
    data, pages = pdf_bytes(build_acceptance, doc)
    texts = pages_text(data)
    text = flat(" ".join(texts))
    for item in doc.items:
        assert item.delivered is not None
        assert f"{item.delivered.name} Model: {item.delivered.model}" in text or item.delivered.name in text
    names = re.findall(r"Máy ép gạch tự động số (\d+)\b", text)
    assert {int(n) for n in names} == set(range(1, 301))
    with_table = [t for t in texts if "SN-" in t]
    assert len(with_table) >= 10
    assert all("Thực tế bàn giao, lắp đặt" in t and "Theo nội dung được phê duyệt" in t for t in with_table)
    assert pages > len(with_table)


def test_every_vietnamese_diacritic_survives(final_acceptance: tuple[bytes, int, object]) -> None:
    data, _, _ = final_acceptance
    text = flat(" ".join(pages_text(data)))
    assert unicodedata.normalize("NFC", DIACRITICS_NAME) in text


def test_very_long_text_flows_over_pages() -> None:
    words = ("Lò nung gas tiết kiệm năng lượng được lắp đặt đúng vị trí, vận hành ổn định; "
             "cơ sở đề nghị hỗ trợ thêm hệ thống xử lý khí thải. ")
    long_text = (words * 400)[:20_000]
    data, pages = pdf_bytes(build_survey, survey(long_text=long_text))
    assert pages >= 5
    assert "hệ thống xử lý khí thải" in pages_text(data)[3]
    # the same text in a table cell: the row splits across pages rather than failing
    data, pages = pdf_bytes(build_acceptance, acceptance(items=2, long_text=long_text))
    assert pages >= 5
    long_item = dataclasses.replace(acceptance(items=1), items=(dataclasses.replace(
        acceptance(items=1).items[0], delivered=dataclasses.replace(
            acceptance(items=1).items[0].delivered, specifications=long_text)),))  # type: ignore[arg-type]
    assert pdf_bytes(build_acceptance, long_item)[1] >= 5


def test_photos_in_any_orientation_and_signatures(tmp_path: Path) -> None:
    photos = (
        PhotoRef(photo(tmp_path, "landscape.jpg", (1600, 1200)), "Toàn cảnh xưởng",
                 dt.datetime(2026, 2, 5, 2, 30, tzinfo=dt.UTC)),
        PhotoRef(photo(tmp_path, "portrait.jpg", (900, 1600)), "Bảng điện"),
        PhotoRef(photo(tmp_path, "rotated.jpg", (1500, 1000), orientation=6), "Ảnh xoay"),
        PhotoRef(photo(tmp_path, "mirrored.jpg", (800, 600), orientation=8), ""),
        PhotoRef(tmp_path / "missing.jpg", "Ảnh đã mất"),
    )
    doc = acceptance(items=2, photos=photos, signature=signature_png(tmp_path))
    data, pages = pdf_bytes(build_acceptance, doc)
    texts = pages_text(data)
    appendix = flat(" ".join(texts[-2:]))
    assert "PHỤ LỤC ẢNH" in appendix and "(Kèm theo Biên bản số 01/BB-HĐNT ngày 05/02/2026)" in appendix
    assert "Ảnh 1. Toàn cảnh xưởng (chụp 09:30 ngày 05/02/2026)" in appendix
    assert "Ảnh 3. Ảnh xoay" in appendix and "Ảnh 4." in appendix
    assert "Không đọc được tệp ảnh missing.jpg" in appendix
    reader = PdfReader(io.BytesIO(data))
    sizes = []
    for page in reader.pages:
        for image in page.images:
            sizes.append(image.image.size)
    # EXIF-rotated photos are drawn upright: the camera's 1500 × 1000 landscape frame is a portrait
    assert {(1600, 1200), (900, 1600), (1000, 1500), (600, 800), (600, 220)} <= set(sizes)
    assert (1500, 1000) not in sizes and (800, 600) not in sizes
    text = flat(" ".join(texts))
    # Signed on paper: the space is left for the ink, no note is printed in it.
    assert "(đã ký trên bản giấy)" not in text and "(Ký, ghi rõ họ tên)" in text


def test_survey_and_inspection_minutes_from_data() -> None:
    data, pages = pdf_bytes(build_survey, survey())
    text = flat(" ".join(pages_text(data)))
    assert "Số: 01/BB-ĐKS" in text and "NỘI DUNG KHẢO SÁT, THẨM TRA" in text
    assert "Đối tượng ưu tiên: Chủ cơ sở là nữ, Chủ cơ sở là người dân tộc thiểu số" in text
    assert "Nơi nhận:" in text and "- Lưu: VT." in text
    data, pages = pdf_bytes(build_inspection, inspection(draft=True))
    text = flat(" ".join(pages_text(data)))
    assert "Số: …/BB-ĐKT" in text and "BẢN NHÁP" in text
    for words in ("STT Nội dung kiểm tra Kết quả Ghi chú", "Không đạt Sai model", "Không áp dụng",
                  "Bổ sung hồ sơ xuất xứ thiết bị Chủ cơ sở 01/03/2026", "Người thực hiện Thời hạn Tình trạng"):
        assert words in text, words


def test_content_hash_ignores_meta_and_follows_content() -> None:
    doc = acceptance(items=2)
    same = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, number_text="99/BB-HĐNT", is_draft=True))
    changed = dataclasses.replace(doc, kc_amount=doc.kc_amount + 1)
    assert content_hash(doc) == content_hash(same) != content_hash(changed)
    assert re.fullmatch(r"[0-9a-f]{12}", content_hash(doc))
