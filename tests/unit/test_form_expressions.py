"""The XLSForm expression subset: parsing, errors with positions, ODK value rules, properties."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kc_desktop.errors import KCError
from kc_desktop.forms.expr_eval import lookup
from kc_desktop.forms.expressions import ExpressionError, evaluate, parse, references, truthy

TODAY = dt.date(2026, 3, 15)


def ev(text: str, values: dict[str, object] | None = None, current: object = None) -> object:
    return evaluate(parse(text), values or {}, current, TODAY)


@pytest.mark.parametrize(
    ("text", "values", "current", "expected"),
    [
        ("1 + 2 * 3", {}, None, 7),
        ("(1 + 2) * 3", {}, None, 9),
        ("10 - 4 - 3", {}, None, 3),
        ("7 div 2", {}, None, 3.5),
        ("8 div 2", {}, None, 4),
        ("7 mod 3", {}, None, 1),
        ("-7 mod 3", {}, None, -1),
        ("- - 2", {}, None, 2),
        ("1.5 + .5", {}, None, 2.0),
        ("${a} > 5 and ${b} = 'x'", {"a": 7, "b": "x"}, None, True),
        ("${a} > 5", {"a": "10"}, None, True),  # numeric text compares as a number
        ("${a} = 5", {"a": "5.0"}, None, True),
        ("${a} = ''", {}, None, True),  # unanswered is the empty string
        ("${a} = ''", {"a": None}, None, True),
        ("${a} > 0", {}, None, False),  # '' is NaN as a number: every comparison is false
        ("${a} != 0", {}, None, True),
        (". >= 0", {}, 3, True),
        (". >= 0", {}, -1, False),
        ("string-length(.) = 3", {}, "abc", True),
        ("selected(${m}, 'b')", {"m": ["a", "b"]}, None, True),
        ("selected(${m}, 'c')", {"m": "a b"}, None, False),
        ("count-selected(${m})", {"m": ["a", "b", "c"]}, None, 3),
        ("count-selected(${m})", {}, None, 0),
        ("not(${a} = 'x')", {"a": "x"}, None, False),
        ("true() and not(false())", {}, None, True),
        ("true() or false() and false()", {}, None, True),  # and binds tighter than or
        ("(true() or false()) and false()", {}, None, False),
        ("1 = 1 or 1 div 0", {}, None, True),  # or short-circuits
        ("if(${a} = '', 'trống', concat('có ', ${a}))", {}, None, "trống"),
        ("if(${a} = '', 'trống', concat('có ', ${a}))", {"a": 4}, None, "có 4"),
        ("coalesce(${a}, 'mặc định')", {}, None, "mặc định"),
        ("coalesce(${a}, 'mặc định')", {"a": 0}, None, 0),
        ("number('12.5') + int(2.9) + int(-2.9)", {}, None, 12.5),
        ("string(6 div 2)", {}, None, "3"),
        ("concat('a', 1, true())", {}, None, "a1true"),
        ("today() = date('2026-03-15')", {}, None, True),
        ("${d} < today()", {"d": "2026-01-01"}, None, True),
        ("${d} < today()", {"d": dt.date(2027, 1, 1)}, None, False),
        ("${d1} < ${d2}", {"d1": "2025-12-31", "d2": "2026-01-01"}, None, True),
        ("today() - date('2026-03-01')", {}, None, 14),  # dates count as days
        ("date(${d}) > date('2020-01-01')", {"d": ""}, None, False),
        ("regex(., '[0-9]{10}')", {}, "0100233488", True),
        ("regex(., '[0-9]{10}')", {}, "x0100233488", False),  # the whole value must match
        ("regex(${p}, '0[35789][0-9]{8}')", {"p": "0912345678"}, None, True),
        ("${x} + 1", {"x": True}, None, 2),
    ],
)
def test_evaluates_like_odk(text: str, values: dict[str, object], current: object, expected: object) -> None:
    assert ev(text, values, current) == expected


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        ("not(${a} = 'x'", 15, "thiếu dấu ')'"),
        ("(1 + 2 and 3", 13, "thiếu dấu ')'"),
        ("if(1, 2 3)", 9, "thiếu dấu ')' trước «3»"),
        ("1 +", 4, "thiếu một giá trị"),
        ("1 2", 3, "«2»"),
        ("(1))", 4, "thừa dấu ')'"),
        ("foo(1)", 1, "hàm «foo» không được hỗ trợ"),
        ("selected(${a})", 1, "cần 2 đối số, ở đây có 1"),
        ("today(1)", 1, "cần 0 đối số"),
        ("${a", 1, "thiếu dấu '}'"),
        ("${1a} = 2", 1, "không hợp lệ"),
        ("'abc", 1, "chưa có dấu ' đóng"),
        ("a = 1", 1, "phải viết ${a}"),
        ("1 / 2", 3, "dùng div"),
        ("../ = 1", 1, "«..»"),
        ("1 == 2", 4, "«=»"),
        ("", 1, "trống"),
        ("not", 4, "thiếu dấu '('"),
        ("regex(., '((a+)+)\\1')", 10, "lồng"),  # RE2 reads no backreference: Python's re would backtrack
        ("regex(., '[a-')", 10, "mẫu regex sai"),
        ("regex(., '" + "a" * 201 + "')", 10, "dài quá 200"),
        ("1" * 41, 1, "số quá dài"),
        ("(" * 41 + "1" + ")" * 41, 41, "lồng quá"),
        (" + ".join(["1"] * 201), 801, "quá dài"),  # the 401st token
    ],
)
def test_syntax_errors_name_the_position_and_token(text: str, position: int, fragment: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    assert caught.value.position == position
    assert fragment in caught.value.detail
    assert isinstance(caught.value, KCError)
    assert f"vị trí {position}" in str(caught.value)


@pytest.mark.parametrize(
    "text", ["1 div 0", "5 mod 0", ". div ${z}", "date('2026-02-30')", "regex(., ${p})", "int(9.9e307 * 10) * 0"]
)
def test_runtime_problems_are_expression_errors(text: str) -> None:
    with pytest.raises(ExpressionError):
        ev(text, {"z": 0, "p": "((a*)*)\\1"}, 3)


def test_a_pattern_that_backtracks_for_ever_in_python_matches_at_once_with_re2() -> None:
    """Nested repetition, as a real form's constraint writes it, is honoured: RE2 matches in linear time."""
    assert ev("regex(., '(a+)+b')", {}, "a" * 50_000) is False
    assert ev("regex(., '(a+)+b')", {}, "aaab") is True
    assert ev("regex(., '^([0-9]+(\\.[0-9]+)?)*$')", {}, "12.5" + "1" * 40_000 + "x") is False


def test_huge_numbers_do_not_escape_as_python_errors() -> None:
    huge = " * ".join(["9" * 40] * 150)
    with pytest.raises(ExpressionError):
        ev(f"({huge}) * 1.5")
    with pytest.raises(ExpressionError):
        ev(f"string({huge} * {huge} * {huge})")


def test_references_and_parse_cache() -> None:
    expr = parse("selected(${a}, 'x') and ${b_2.c} > . and if(${a}, 1, ${c-d})")
    assert references(expr) == {"a", "b_2.c", "c-d"}
    assert references("1 + 2") == set()
    assert parse("${a} = 1") is parse("${a} = 1")
    assert expr.uses_current and not parse("${a}").uses_current


def test_today_defaults_to_the_real_date() -> None:
    assert evaluate("today()", {}) == dt.date.today()


def test_values_that_are_not_plain_text() -> None:
    from decimal import Decimal

    assert ev("${a} * 2", {"a": Decimal("1.5")}) == 3.0
    assert ev("${a} = '2026-03-15'", {"a": dt.datetime(2026, 3, 15, 8, 0)}) is True
    assert ev("string-length(${a})", {"a": object()}) > 0


# ---- properties -------------------------------------------------------------------------

ints = st.integers(min_value=-(10**15), max_value=10**15)


def lit(n: int) -> str:
    return f"({n})" if n >= 0 else f"(-{-n})"


@given(ints, ints)
def test_integer_arithmetic_matches_python(a: int, b: int) -> None:
    assert ev(f"{lit(a)} + {lit(b)}") == a + b
    assert ev(f"{lit(a)} - {lit(b)}") == a - b
    assert ev(f"{lit(a)} * {lit(b)}") == a * b
    if b:
        quotient = ev(f"{lit(a)} div {lit(b)}")
        assert quotient == (a // b if a % b == 0 else a / b)
        # XPath's mod goes with truncating division: the remainder has the sign of the dividend.
        truncated = (abs(a) // abs(b)) * (1 if (a >= 0) == (b > 0) else -1)
        assert ev(f"{lit(a)} mod {lit(b)}") == a - b * truncated
    else:
        with pytest.raises(ExpressionError):
            ev(f"{lit(a)} div {lit(b)}")


@given(ints, ints)
def test_comparisons_agree_with_python(a: int, b: int) -> None:
    for op, expected in (("<", a < b), ("<=", a <= b), (">", a > b), (">=", a >= b), ("=", a == b), ("!=", a != b)):
        assert ev(f"${{a}} {op} ${{b}}", {"a": a, "b": str(b)}) is expected


@given(ints, ints, ints)
def test_and_binds_tighter_than_or(a: int, b: int, c: int) -> None:
    values = {"a": a, "b": b, "c": c}
    assert ev("${a} > 0 or ${b} > 0 and ${c} > 0", values) == (a > 0 or (b > 0 and c > 0))
    assert ev("${a} + ${b} * ${c}", values) == a + b * c


any_value = st.one_of(
    st.none(),
    st.booleans(),
    ints,
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.lists(st.sampled_from(["a", "b", "c"]), max_size=3),
    st.dates(),
)


@given(any_value)
def test_not_not_is_truthiness(value: object) -> None:
    assert ev("not(not(${x}))", {"x": value}) is truthy(lookup(value))


@given(st.text(max_size=60))
@settings(max_examples=400)
def test_parse_raises_nothing_but_expression_error(text: str) -> None:
    with contextlib.suppress(ExpressionError):
        parse(text)


@given(st.text(alphabet="${}()'\".,-+*=<>!0123456789abdivmodnotrue ", max_size=40))
@settings(max_examples=400)
def test_parse_of_expression_like_noise(text: str) -> None:
    with contextlib.suppress(ExpressionError):
        parse(text)


leaves = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(str),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda f: f"{f:.3f}"),
    st.sampled_from(["'a'", "'2026-01-31'", "''", "'12'", "'x y'"]),
    st.sampled_from(["${a}", "${b}", "${c}", "${d}", "."]),
    st.sampled_from(["true()", "false()", "today()"]),
)


def _grow(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    binary = st.tuples(
        children,
        st.sampled_from(["=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod", "and", "or"]),
        children,
    ).map(lambda t: f"({t[0]} {t[1]} {t[2]})")
    one = st.tuples(
        st.sampled_from(["not", "string-length", "count-selected", "number", "int", "string", "date", "-"]), children
    ).map(lambda t: f"-({t[1]})" if t[0] == "-" else f"{t[0]}({t[1]})")
    two = st.tuples(st.sampled_from(["selected", "coalesce", "concat", "regex"]), children, children).map(
        lambda t: f"{t[0]}({t[1]}, {t[2]})"
    )
    three = st.tuples(children, children, children).map(lambda t: f"if({t[0]}, {t[1]}, {t[2]})")
    return st.one_of(binary, one, two, three)


expressions = st.recursive(leaves, _grow, max_leaves=25)


@given(expressions, st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), any_value), any_value)
@settings(max_examples=500)
def test_well_formed_expressions_evaluate_or_raise_expression_error(
    text: str, values: dict[str, object], current: object
) -> None:
    expr = parse(text)
    try:
        result = evaluate(expr, values, current, TODAY)
    except ExpressionError:
        return
    assert isinstance(result, str | int | float | bool | dt.date)
