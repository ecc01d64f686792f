"""The ODK XForms functions beyond the first few: strings, numbers, selects, dates, places, jr:choice-name."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from kc_desktop.forms.answers import computed
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
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
        evaluate("pulldata('a', 'b', 'c', 'd')", {})
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
