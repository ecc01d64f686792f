"""The ODK XForms functions beyond the first few: strings, numbers, selects, dates, places, jr:choice-name."""

from __future__ import annotations

import base64
import datetime as dt
import math

import pytest

from kc_desktop.forms.answers import choice_filters, computed
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, FormFile, Question
from kc_desktop.forms.expressions import ExpressionError, evaluate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("round(2.456, 2)", 2.46),
        ("round(2.5)", 3),
        ("round(-2.5)", -2),
        ("floor(-1.5)", -2),
        ("ceiling(1.2)", 2),
        ("abs(-3)", 3),
        ("pow(2, 10)", 1024),
        ("sqrt(16)", 4.0),
        ("log10(1000)", 3.0),
        ("int(-2.7)", -2),
        ("min(3, 1, 2)", 1),
        ("max(3, 1, 2)", 3),
        ("sum('1 2 3')", 6),
        ("substr('abcdef', 1, 3)", "bc"),
        ("substr('abcdef', 2)", "cdef"),
        ("substring('12345', 2, 3)", "234"),
        ("substring-before('1999/04/01', '/')", "1999"),
        ("substring-after('1999/04/01', '/')", "04/01"),
        ("starts-with('Bát Tràng', 'Bát')", True),
        ("ends-with('Bát Tràng', 'x')", False),
        ("contains('Gốm Bát Tràng', 'Bát')", True),
        ("normalize-space('  a   b ')", "a b"),
        ("translate('bar', 'abc', 'ABC')", "BAr"),
        ("string-length('Gốm')", 3),
        ("concat('a', 1, true())", "a1true"),
        ("join(', ', 'a', 'b')", "a, b"),
        ("selected-at('x y z', 1)", "y"),
        ("count-selected('x y z')", 3),
        ("count-non-empty('a', '', 'b')", 2),
        ("checklist(1, 2, true(), false(), true())", True),
        ("weighted-checklist(5, -1, true(), 3, true(), 2)", True),
        ("boolean-from-string('true')", True),
        ("if(1 > 2, 'a', 'b')", "b"),
        ("coalesce('', 'b')", "b"),
        ("regex('0912345678', '0[0-9]{9}')", True),
        ("format-date('2026-03-05', '%d/%m/%Y')", "05/03/2026"),
        ("format-date-time('2026-03-05T08:07', '%e/%n/%y %H:%M')", "5/3/26 08:07"),
        ("decimal-date-time('1970-01-02T12:00')", 1.5),
        ("decimal-time('06:00')", 0.25),
        ("date('2026-03-05') + 1 = date('2026-03-06')", True),
        ("once('x')", "x"),
        ("position(..)", 1),
        # Examples of the ODK XForms specification (getodk.github.io/xforms-spec, functions).
        ("digest('abc', 'SHA-256', 'hex')", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("digest('abc', 'MD5')", "kAFQmDzST7DWlj99KOF/cg=="),
        ("digest('abc', 'SHA-1', 'hex')", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("base64-decode('SGVsbG8gV29ybGQh')", "Hello World!"),
        ("base64-decode('R%E1')", ""),
        ("base64-decode('R+G7kW0gc+G7qQ==')", "Gốm sứ"),
        ("distinct-values('a b a c b')", "a b c"),
        ("sum('1 2 3', 4)", 10),
        ("min('4 2', 3)", 2),
        ("count('x y z')", 3),
    ],
)
def test_functions_compute_as_the_odk_specification_says(text: str, expected: object) -> None:
    assert evaluate(text, {}) == expected


def test_moments_places_and_random_values() -> None:
    assert isinstance(evaluate("now()", {}), dt.datetime)
    assert evaluate("today()", {}, today=dt.date(2026, 3, 5)) == dt.date(2026, 3, 5)
    assert 0 <= float(evaluate("random()", {})) < 1  # type: ignore[arg-type]
    assert len(str(evaluate("uuid()", {}))) == 36
    assert math.isclose(float(evaluate("pi()", {})), math.pi)  # type: ignore[arg-type]
    metres = float(evaluate("distance(${d})", {"d": "21 105 0 0;21.001 105 0 0"}))  # type: ignore[arg-type]
    assert 110 < metres < 112  # a thousandth of a degree of latitude
    square = "0 0 0 0;0 0.001 0 0;0.001 0.001 0 0;0.001 0 0 0;0 0 0 0"
    assert 12000 < float(evaluate("area(${s})", {"s": square})) < 12500  # type: ignore[arg-type]


def test_unknown_functions_and_bad_parent_steps_are_still_refused() -> None:
    with pytest.raises(ExpressionError, match="không được hỗ trợ"):
        evaluate("jr:itext('a')", {})
    with pytest.raises(ExpressionError, match="current"):
        evaluate("current()/.. = 1", {})
    with pytest.raises(ExpressionError, match="«..»"):
        evaluate(".. = 1", {})  # ../x (a question beside this one) reads x
    assert evaluate("../x + 1", {"x": 2}) == 3


def test_choice_name_gives_the_label_of_an_answer() -> None:
    form = FormDefinition(
        "f", "1", "Phiếu",
        (Question("nganh", "select_one", "Ngành", list_name="nganh"),
         Question("ten_nganh", "calculate", "", calculation="jr:choice-name(${nganh}, '${nganh}')")),
        {"nganh": (ChoiceOption("gom", "Gốm sứ"), ChoiceOption("may", "Mây tre đan"))},
    )
    assert computed(form, {"nganh": "may"}) == {"ten_nganh": "Mây tre đan"}


def test_uuid_of_a_length_and_extract_signed() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    short = evaluate("uuid(8)", {})
    assert isinstance(short, str) and len(short) == 8 and short.isalnum() and short != evaluate("uuid(8)", {})
    key = Ed25519PrivateKey.generate()
    message = "Mã cơ sở BT-0042".encode()
    signed = base64.b64encode(key.sign(message) + message).decode()
    public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
    assert evaluate("extract-signed(${s}, ${k})", {"s": signed, "k": public}) == "Mã cơ sở BT-0042"
    other = base64.b64encode(Ed25519PrivateKey.generate().public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)).decode()
    assert evaluate("extract-signed(${s}, ${k})", {"s": signed, "k": other}) == ""  # another key signed it


VILLAGES = (
    ChoiceOption("bat_trang", "Làng gốm Bát Tràng", extra=(("xa", "bt"), ("so_ho", "1200"))),
    ChoiceOption("kim_lan", "Làng gốm Kim Lan", extra=(("xa", "kl"), ("so_ho", "300"))),
    ChoiceOption("giang_cao", "Làng gốm Giang Cao", extra=(("xa", "bt"), ("so_ho", "450"))),
)
PRICES = "ma,ten,don_gia\nG01,Bình gốm,150000\nG02,Lọ hoa,\"85000\"\n".encode()


def _places_form(*questions: Question) -> FormDefinition:
    return FormDefinition("f", "1", "Làng nghề", (
        Question("xa", "select_one", "Xã", list_name="xa"),
        *questions,
    ), {"xa": (ChoiceOption("bt", "Bát Tràng"), ChoiceOption("kl", "Kim Lan")), "lang_nghe": VILLAGES},
        files=(FormFile("gia.csv", PRICES),))


def test_current_and_absolute_paths_read_the_questions_they_name() -> None:
    form = _places_form(
        Question("lang", "select_one", "Làng nghề", list_name="lang_nghe", choice_filter="xa = current()/../xa"),
        Question("lang2", "select_one", "Làng nghề", list_name="lang_nghe", choice_filter="xa = /data/xa"),
        Question("so_lang", "calculate", "", calculation="count(/data/xa) + string-length(current()/../xa)"),
    )
    assert choice_filters(form, {"xa": "bt"}) == {"lang": frozenset({"bat_trang", "giang_cao"}),
                                                    "lang2": frozenset({"bat_trang", "giang_cao"})}
    assert computed(form, {"xa": "kl"}) == {"so_lang": 3}
    assert evaluate("current() > 2", {}, current=5) is True
    assert evaluate("/data/meta/instanceID = ''", {"instanceID": "x"}) is True  # metadata, not a question


def test_instance_lookups_and_pulldata_read_the_lists_and_files_of_the_form() -> None:
    form = _places_form(
        Question("lang", "select_one", "Làng nghề", list_name="lang_nghe"),
        Question("ten_lang", "calculate", "",
                 calculation="instance('lang_nghe')/root/item[name = ${lang}]/label"),
        Question("so_ho", "calculate", "",
                 calculation="instance('lang_nghe')/root/item[name = current()/../lang]/so_ho"),
        Question("so_lang_cua_xa", "calculate", "", calculation="count(instance('lang_nghe')/root/item[xa = ${xa}])"),
        Question("ho_cua_xa", "calculate", "", calculation="sum(instance('lang_nghe')/root/item[xa = ${xa}]/so_ho)"),
        Question("ma_hang", "text", "Mã hàng"),
        Question("don_gia", "calculate", "", calculation="pulldata('gia', 'don_gia', 'ma', ${ma_hang})"),
        Question("ten_hang", "calculate", "", calculation="instance('gia')/root/item[ma = ${ma_hang}]/ten"),
    )
    values = computed(form, {"xa": "bt", "lang": "giang_cao", "ma_hang": "G02"})
    assert values == {"ten_lang": "Làng gốm Giang Cao", "so_ho": "450", "so_lang_cua_xa": 2, "ho_cua_xa": 1650,
                      "don_gia": "85000", "ten_hang": "Lọ hoa"}
    assert computed(form, {"xa": "kl", "ma_hang": "G09"})["don_gia"] == ""  # no such row: nothing


def test_randomize_shuffles_the_same_way_for_the_same_seed_and_the_current_node_defaults() -> None:
    items = "a b c d e f g h"
    once = evaluate("randomize(${x}, 42)", {"x": items})
    assert isinstance(once, str) and sorted(once.split()) == items.split()
    assert evaluate("randomize(${x}, 42)", {"x": items}) == once
    assert evaluate("randomize(${x}, 7)", {"x": items}) != once
    assert evaluate("selected-at(randomize(${x}, 42), 0)", {"x": items}) == once.split()[0]
    assert evaluate("count-selected(randomize(${x}))", {"x": items}) == 8
    assert evaluate("normalize-space()", {}, current="  Bát   Tràng ") == "Bát Tràng"
    assert evaluate("string() = '5'", {}, current=5) is True
