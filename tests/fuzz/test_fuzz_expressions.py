"""The expression parser and evaluator on random text, random token soup and random deep nesting.

Every text parses or raises one ExpressionError (one Vietnamese line, a position inside the text);
every parsed expression evaluates or raises ExpressionError: never a RecursionError, never a hang.
"""

from __future__ import annotations

import datetime as dt

from fuzz_support import bounded, check_error, fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from kc_desktop.forms.expressions import ExpressionError, evaluate, parse

TODAY = dt.date(2026, 3, 15)
PIECES = [
    *"()[]{}$,.'\"=!<>+-*/ 0123456789abxyz_\t\n", "${", "}", "${a}", "${b}", "${c.d-e}", ".", "..", "div", "mod",
    "and", "or", "not(", "if(", "regex(", "concat(", "selected(", "coalesce(", "date(", "number(", "int(",
    "string-length(", "count-selected(", "today()", "true()", "false()", "'x'", "\"y\"", "1e5", "9" * 41, "0.5",
    ".5", "…", "ä", "Đ", "\x00", "\u200b", "\ud800", "∞", "１", "٣",
]
TOKEN_SOUP = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
ANSWER = st.one_of(
    st.none(), st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.dates(),
    st.lists(st.text(alphabet="abc ", max_size=4), max_size=4),
    st.sampled_from(["", "NaN", "1e308", "-0", "2025-02-30"]),
)
ANSWERS = st.dictionaries(st.sampled_from(["a", "b", "c.d-e", "x"]), ANSWER, max_size=4)


def _atoms() -> st.SearchStrategy[str]:
    return st.sampled_from(["1", "0", "-1", "2.5", "'a b'", "''", "${a}", "${b}", "${c.d-e}", ".", "today()",
                            "true()", "'2025-01-31'", "1" * 40, "'(a+)+$'", "'[0-9]{10}'"])


def _grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    binary = st.tuples(inner, st.sampled_from(["+", "-", "*", " div ", " mod ", "=", "!=", "<", "<=", ">", ">=",
                                               " and ", " or "]), inner).map("".join)
    unary = st.tuples(st.sampled_from(["not(", "string-length(", "count-selected(", "number(", "int(", "string(",
                                       "date(", "-", "("]), inner).map(
        lambda pair: pair[0] + pair[1] + (")" if pair[0].endswith("(") else ""))
    pairs = st.tuples(st.sampled_from(["selected(", "regex(", "coalesce(", "concat("]), inner, inner).map(
        lambda t: f"{t[0]}{t[1]}, {t[2]})")
    conditional = st.tuples(inner, inner, inner).map(lambda t: f"if({t[0]}, {t[1]}, {t[2]})")
    return st.one_of(binary, unary, pairs, conditional)


GRAMMAR = st.recursive(_atoms(), _grow, max_leaves=60)
NESTING = st.tuples(
    st.sampled_from(["(", "not(", "-", "- ", "int(", "concat(1, ", "if(1, 2, ", "string("]),
    st.integers(min_value=1, max_value=3000),
    st.sampled_from(["1", "${a}", ".", ""]),
    st.booleans(),
).map(lambda t: t[0] * t[1] + t[2] + (")" * t[1] if t[3] and t[0].endswith(("(", ", ")) else ""))
LONG_CHAINS = st.tuples(st.sampled_from(["1 + ", "${a} and ", "- ", "1 = ", "'x' or "]),
                        st.integers(min_value=1, max_value=2500)).map(lambda t: t[0] * t[1] + "1")


def check_expression(text: str, values: dict[str, object], current: object = None) -> None:
    """Parse and evaluate one text: a value, or one clear ExpressionError."""
    def run() -> None:
        try:
            expr = parse(text)
        except ExpressionError as exc:
            check_error(exc)
            assert exc.position is None or 1 <= exc.position <= len(text) + 1, (exc.position, len(text))
            return
        try:
            evaluate(expr, values, current, TODAY)
        except ExpressionError as exc:
            check_error(exc)

    bounded(run, f"expression {text[:200]!r}", seconds=10)


@fuzz_settings(400)
@given(st.text(max_size=300), ANSWERS)
def test_random_text(text: str, values: dict[str, object]) -> None:
    check_expression(text, values)


@fuzz_settings(400)
@given(TOKEN_SOUP, ANSWERS, ANSWER)
def test_token_soup(text: str, values: dict[str, object], current: object) -> None:
    check_expression(text, values, current)


@fuzz_settings(300)
@given(GRAMMAR, ANSWERS, ANSWER)
def test_well_formed_expressions(text: str, values: dict[str, object], current: object) -> None:
    check_expression(text, values, current)


@fuzz_settings(150)
@given(st.one_of(NESTING, LONG_CHAINS), ANSWERS)
def test_deep_nesting_and_long_chains(text: str, values: dict[str, object]) -> None:
    check_expression(text, values)


REGEX_PIECES = ["(", ")", "(?:", "a", "b", "aa", "|", "*", "+", "?", "*?", "{2,}", "{0,30}", "{30}", ".", "\\w",
                "\\d", "[ab]", "[^b]", "^", "$", "\\", "\\1"]
PATTERNS = st.lists(st.sampled_from(REGEX_PIECES), min_size=1, max_size=16).map("".join)
SUBJECTS = st.sampled_from(["a" * 30 + "!", "ab" * 20 + "c", "", "a" * 200])


@fuzz_settings(400)
@given(PATTERNS, SUBJECTS)
def test_regex_patterns_never_backtrack_for_ever(pattern: str, subject: str) -> None:
    """A pattern the parser accepts runs quickly on the subjects that make bad patterns backtrack."""
    check_expression(f"regex(${{a}}, '{pattern}')", {"a": subject})
