"""Text folding, identifiers and money, from DOMAIN.md §4-5."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kc_desktop.domain.ids import normalize_personal_id, normalize_phone, normalize_tax_code
from kc_desktop.domain.money import amount_in_words, format_vnd
from kc_desktop.domain.text import fold, nfc, tokens
from kc_desktop.errors import InvalidValue


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đông Anh", "dong anh"),
        ("Bát Tràng", "bat trang"),
        ("HÀ NỘI", "ha noi"),
        ("  Vạn   Phúc ", "van phuc"),
        ("Quảng Phú Cầu", "quang phu cau"),
        ("Ứng Hòa", "ung hoa"),
        ("Hòa", "hoa"),
        ("Hoà", "hoa"),
    ],
)
def test_fold_removes_accents_case_and_d_stroke(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


def test_nfc_precomposes_and_collapses_spaces() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn  Thị   Hằng ")
    assert decomposed != "Nguyễn Thị Hằng"
    assert nfc(decomposed) == "Nguyễn Thị Hằng"


def test_tokens_are_folded_words() -> None:
    assert tokens("Công ty TNHH Gốm-sứ 0100233488-001") == ["cong", "ty", "tnhh", "gom", "su", "0100233488", "001"]


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ĐÁ"))
def test_fold_is_ascii_and_form_independent(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == fold(unicodedata.normalize("NFD", text)) == fold(folded)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0100233488", "0100233488"),
        ("0100047516", "0100047516"),
        (100233488, "0100233488"),
        (100233488.0, "0100233488"),
        ("100233488", "0100233488"),
        ("0100233488-001", "0100233488-001"),
        ("0100233488001", "0100233488-001"),
        (100233488001, "0100233488-001"),
        (" 0100 233 488 ", "0100233488"),
        ("001089012345", "001089012345"),
        (1089012345, "001089012345"),
        ("", ""),
    ],
)
def test_tax_codes_are_validated_and_restored(raw: object, expected: str) -> None:
    assert normalize_tax_code(raw) == expected


@pytest.mark.parametrize("raw", ["0100233489", "0100233480-001", "12345", "01002334881234", "abc", "099089012345"])
def test_invalid_tax_codes_are_refused_in_vietnamese(raw: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        normalize_tax_code(raw)
    assert "Mã số thuế" in caught.value.message or "định danh" in caught.value.message


def test_personal_id_needs_known_province() -> None:
    assert normalize_personal_id("001089012345") == "001089012345"
    with pytest.raises(InvalidValue, match="mã tỉnh"):
        normalize_personal_id("099089012345")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0912345678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("912345678", "0912345678"),
        (912345678, "0912345678"),
        ("0912.345.678", "0912345678"),
        ("024 3826 1234", "02438261234"),
        ("", ""),
    ],
)
def test_phones_are_normalised(raw: object, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["123", "0112345678", "+1 202 555 0100", "09123456789"])
def test_invalid_phones_are_refused(raw: str) -> None:
    with pytest.raises(InvalidValue, match="Số điện thoại"):
        normalize_phone(raw)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (2024, "Hai nghìn không trăm hai mươi bốn đồng"),
        (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
        (400_070_192, "Bốn trăm triệu không trăm bảy mươi nghìn một trăm chín mươi hai đồng"),
        (105, "Một trăm linh năm đồng"),
        (21, "Hai mươi mốt đồng"),
        (15, "Mười lăm đồng"),
        (300_000_000, "Ba trăm triệu đồng"),
        (1_000_000_000, "Một tỷ đồng"),
        (10, "Mười đồng"),
        (11, "Mười một đồng"),
        (1_000_005, "Một triệu không trăm linh năm đồng"),
        (125_000_000, "Một trăm hai mươi lăm triệu đồng"),
        (2_000_000_000_000, "Hai nghìn tỷ đồng"),
    ],
)
def test_amount_in_words_vectors(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words


def test_format_vnd() -> None:
    assert format_vnd(1_234_567) == "1.234.567 đ"
    assert format_vnd(125_000_000, "đồng") == "125.000.000 đồng"
