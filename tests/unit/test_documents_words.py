"""Words and figures of official documents: date lines (ND 30), amounts in words, Vietnamese numbers."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kc_desktop.documents.blocks import vn_date, vn_date_line, vn_number, vn_time
from kc_desktop.domain.money import amount_in_words, format_vnd

DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
          "bảy": 7, "tám": 8, "chín": 9}
GROUPS = {"nghìn": 1_000, "triệu": 1_000_000}


def parse_words(text: str) -> int:
    """The reverse of amount_in_words, written independently: words back to the number."""
    words = text.split()
    assert words[-1] == "đồng"
    words = [words[0].lower(), *words[1:-1]]
    total = current = 0
    pending: int | None = None
    for word in words:
        if word in DIGITS:
            assert pending is None, f"two digits in a row in {text!r}"
            pending = DIGITS[word]
        elif word == "mười":
            assert pending is None
            current += 10
        elif word == "mươi":
            assert pending is not None and pending >= 2
            current, pending = current + pending * 10, None
        elif word == "trăm":
            assert pending is not None
            current, pending = current + pending * 100, None
        elif word in ("linh", "lẻ"):
            assert current % 100 == 0 and current >= 0
        elif word in GROUPS:
            total, current, pending = total + (current + (pending or 0)) * GROUPS[word], 0, None
        elif word == "tỷ":
            total, current, pending = (total + current + (pending or 0)) * 1_000_000_000, 0, None
        else:
            raise AssertionError(f"unknown word {word!r} in {text!r}")
    return total + current + (pending or 0)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (2_024, "Hai nghìn không trăm hai mươi bốn đồng"),
        (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
        (400_070_192, "Bốn trăm triệu không trăm bảy mươi nghìn một trăm chín mươi hai đồng"),
        (105, "Một trăm linh năm đồng"),
        (21, "Hai mươi mốt đồng"),
        (15, "Mười lăm đồng"),
        (300_000_000, "Ba trăm triệu đồng"),
        (1_000_000_000, "Một tỷ đồng"),
        (125_000_000, "Một trăm hai mươi lăm triệu đồng"),
        (0, "Không đồng"),
    ],
)
def test_amount_in_words_vectors(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words
    assert parse_words(words) == amount


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.integers(min_value=0, max_value=10**15 - 1), st.integers(min_value=0, max_value=10**6)))
def test_amount_in_words_properties(amount: int) -> None:
    words = amount_in_words(amount)
    assert words[0].isupper() and words.endswith(" đồng")
    assert "  " not in words and words == words.strip()
    body = words.lower()
    assert not re.search(r"\bmươi một\b", body), words  # 21, 31 … read "mốt"
    assert not re.search(r"\bmười năm\b|\bmươi năm\b", body), words  # 15, 25 … read "lăm"
    assert not re.search(r"(?<!trăm) linh\b", body), words  # "linh" only after hundreds
    assert parse_words(words) == amount


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_figures_use_dot_separators(amount: int) -> None:
    text = format_vnd(amount, "đồng")
    assert re.fullmatch(r"-?\d{1,3}(\.\d{3})* đồng", text)
    assert int(text.replace(".", "").removesuffix(" đồng")) == amount


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (dt.date(2026, 2, 5), "Hà Nội, ngày 05 tháng 02 năm 2026"),
        (dt.date(2026, 1, 1), "Hà Nội, ngày 01 tháng 01 năm 2026"),
        (dt.date(2026, 3, 15), "Hà Nội, ngày 15 tháng 3 năm 2026"),
        (dt.date(2025, 11, 9), "Hà Nội, ngày 09 tháng 11 năm 2025"),
        (dt.date(2025, 12, 31), "Hà Nội, ngày 31 tháng 12 năm 2025"),
        (dt.date(2024, 2, 29), "Hà Nội, ngày 29 tháng 02 năm 2024"),
        (None, "Hà Nội, ngày … tháng … năm …"),
    ],
)
def test_date_line_leading_zeros(day: dt.date | None, line: str) -> None:
    assert vn_date_line("Hà Nội", day) == line


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_date_line_rule_for_every_day(day: dt.date) -> None:
    found = re.fullmatch(r"Bát Tràng, ngày (\d\d) tháng (\d{1,2}) năm (\d{4})", vn_date_line("Bát Tràng", day))
    assert found is not None
    assert (int(found[1]), int(found[2]), int(found[3])) == (day.day, day.month, day.year)
    assert len(found[2]) == (2 if day.month <= 2 or day.month >= 10 else 1)


def test_numbers_dates_and_times_in_text() -> None:
    assert vn_number(1_234_567) == "1.234.567"
    assert vn_number(12.5) == "12,5" and vn_number(0.25) == "0,25" and vn_number(Decimal("3")) == "3"
    assert vn_number(1250.5) == "1.250,5" and vn_number(True) == "Có"
    assert vn_date(dt.date(2026, 2, 5)) == "05/02/2026"
    assert vn_time(dt.time(8, 5)) == "08 giờ 05 phút" and vn_time(None) == "… giờ … phút"


@pytest.mark.parametrize(("name", "level", "parent", "unit"), [
    ("UBND xã Bát Tràng", "commune", "", "ỦY BAN NHÂN DÂN\nXÃ BÁT TRÀNG"),
    ("Ủy ban nhân dân phường Hoàn Kiếm", "commune", "", "ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀN KIẾM"),
    ("Phòng Kinh tế xã Bát Tràng", "commune", "UBND XÃ BÁT TRÀNG", "PHÒNG KINH TẾ XÃ BÁT TRÀNG"),
    ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội", "city", "SỞ CÔNG THƯƠNG HÀ NỘI",
     "TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP HÀ NỘI"),
    ("Sở Công Thương Hà Nội", "city", "UBND THÀNH PHỐ HÀ NỘI", "SỞ CÔNG THƯƠNG HÀ NỘI"),
    ("Phòng Kinh tế huyện Gia Lâm", "district", "UBND HUYỆN GIA LÂM", "PHÒNG KINH TẾ HUYỆN GIA LÂM"),
    ("UBND huyện Gia Lâm", "district", "", "ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM"),
    ("Phòng Văn hóa - Xã hội phường Hoàn Kiếm", "commune", "UBND PHƯỜNG HOÀN KIẾM",
     "PHÒNG VĂN HÓA - XÃ HỘI PHƯỜNG HOÀN KIẾM"),
])
def test_the_issuing_body_and_its_parent_as_nd_30_writes_them(name: str, level: str, parent: str, unit: str) -> None:
    from kc_desktop.documents.output import agency_for
    from kc_desktop.services.installation import OfficeInfo

    agency = agency_for(OfficeInfo("s", "BT01", name, level, "o", "Nguyễn Văn An"))
    assert (agency.parent, agency.unit) == (parent, unit)
