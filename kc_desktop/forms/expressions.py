"""The XLSForm expression subset: parse once (cached), evaluate safely, list the fields referred to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from kc_desktop.forms.expr_eval import Fn, compile_tree, run
from kc_desktop.forms.expr_syntax import Binary, Call, Current, ExpressionError, Lookup, Negate, Node, Ref, parse_tree
from kc_desktop.forms.expr_values import Value, truthy

__all__ = ["Expr", "ExpressionError", "Value", "evaluate", "parse", "parse_filter", "references", "truthy"]


@dataclass(frozen=True)
class Expr:
    """A parsed expression: its text, its tree, the fields it reads and whether it reads `.`."""

    text: str
    tree: Node
    refs: frozenset[str]
    uses_current: bool
    fn: Fn = field(repr=False, compare=False)


def _walk(node: Node, refs: set[str]) -> bool:
    """Collect ${…} names into `refs`; True if the current value `.` is used."""
    if isinstance(node, Ref):
        refs.add(node.name)
        return False
    if isinstance(node, Current):
        return True
    if isinstance(node, Negate):
        return _walk(node.operand, refs)
    if isinstance(node, Binary):
        left = _walk(node.left, refs)
        return _walk(node.right, refs) or left
    if isinstance(node, Lookup):
        inner: set[str] = set()
        used = _walk(node.where, inner) if node.where is not None else False
        refs.update(r for r in inner if not r.startswith("@"))  # columns of the items are not questions
        return used
    if isinstance(node, Call):
        used = False
        for arg in node.args:
            used = _walk(arg, refs) or used
        return used
    return False


@lru_cache(maxsize=4096)
def parse(text: str) -> Expr:
    """Parse expression text (cached by text); raises ExpressionError(message, position)."""
    tree = parse_tree(text)
    refs: set[str] = set()
    uses_current = _walk(tree, refs)
    return Expr(text, tree, frozenset(refs), uses_current, compile_tree(tree))


@lru_cache(maxsize=1024)
def parse_filter(text: str) -> Expr:
    """Parse a choice_filter, where a bare name is a column of the choices sheet (read as ${@name})."""
    tree = parse_tree(text, columns=True)
    refs: set[str] = set()
    uses_current = _walk(tree, refs)
    return Expr(text, tree, frozenset(r for r in refs if not r.startswith("@")), uses_current, compile_tree(tree))


def evaluate(
    expr: Expr | str,
    values: Mapping[str, object],
    current: object = None,
    today: dt.date | None = None,
) -> Value:
    """The value of an expression; unknown or unanswered fields read as ''. Raises only ExpressionError."""
    parsed = parse(expr) if isinstance(expr, str) else expr
    return run(parsed.fn, values, current, today)


def references(expr: Expr | str) -> set[str]:
    """Names of the fields an expression refers to with ${…}."""
    parsed = parse(expr) if isinstance(expr, str) else expr
    return set(parsed.refs)
