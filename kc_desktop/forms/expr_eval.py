"""Evaluation of parsed expressions with ODK's value rules, compiled once into Python closures."""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from kc_desktop.forms.expr_syntax import (
    Binary,
    Call,
    Current,
    ExpressionError,
    Literal,
    Lookup,
    Matcher,
    Negate,
    Node,
    Ref,
    linear_pattern,
    regex_problem,
)
from kc_desktop.forms.expr_values import Value, is_number, to_date, to_number, to_string, truthy

# Applied to two dates or two numbers (see order()).
_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class Env:
    """What one evaluation sees: answers by name, the current answer (`.`), today's date."""

    __slots__ = ("values", "current", "_today")

    def __init__(self, values: Mapping[str, object], current: object, today: dt.date | None) -> None:
        self.values = values
        self.current = current
        self._today = today

    @property
    def today(self) -> dt.date:
        if self._today is None:
            self._today = dt.date.today()
        return self._today


Fn = Callable[[Env], Value]


def lookup(raw: object) -> Value:
    """An answer as the expression sees it: unanswered is '', a list is its space-separated items."""
    if raw is None:
        return ""
    if isinstance(raw, str | bool | int | float):
        return raw
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, list | tuple | set | frozenset):
        return " ".join(str(item) for item in raw)
    if isinstance(raw, Decimal):
        return float(raw)
    return str(raw)


def equal(a: Value, b: Value) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return truthy(a) == truthy(b)
    if (isinstance(a, dt.date) or isinstance(b, dt.date)) and not (is_number(a) or is_number(b)):
        left, right = to_date(a), to_date(b)
        return left is not None and left == right
    if is_number(a) or is_number(b):
        return to_number(a) == to_number(b)  # NaN equals nothing, as in XPath
    return to_string(a) == to_string(b)


def order(op: str, a: Value, b: Value) -> bool:
    compare = _ORDER[op]
    dated = isinstance(a, dt.date) or isinstance(b, dt.date)
    if (dated and not (is_number(a) or is_number(b))) or (isinstance(a, str) and isinstance(b, str)):
        left, right = to_date(a), to_date(b)
        if left is not None and right is not None:
            return compare(left, right)
        if dated:
            return False
    return compare(to_number(a), to_number(b))  # NaN compares false, as in XPath


def arithmetic(op: str, a: Value, b: Value) -> int | float:
    x, y = to_number(a), to_number(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if y == 0:
        raise ExpressionError("chia cho 0" if op == "div" else "chia lấy dư (mod) cho 0")
    exact = isinstance(x, int) and isinstance(y, int)
    if op == "div":
        # Whole quotients stay exact integers; others are real numbers as in XPath.
        return x // y if exact and x % y == 0 else x / y
    if exact:
        remainder = abs(x) % abs(y)  # XPath mod keeps the sign of the dividend
        return -remainder if x < 0 else remainder
    return math.fmod(x, y)


def _negate(value: Value) -> int | float:
    return -to_number(value)


def _int(value: Value) -> int | float:
    number = to_number(value)
    if isinstance(number, int) or not math.isfinite(number):
        return number
    return math.trunc(number)


def _date(value: Value) -> Value:
    if isinstance(value, str) and not value.strip():
        return ""
    result = to_date(value)
    if result is None:
        raise ExpressionError(f"không đổi được «{to_string(value)}» thành ngày (cần dạng YYYY-MM-DD)")
    return result


@lru_cache(maxsize=256)
def _pattern(text: str) -> Matcher:
    problem = regex_problem(text)
    if problem:
        raise ExpressionError(problem)
    return linear_pattern(text) or re.compile(text)


def _selected(items: Value, choice: Value) -> bool:
    return to_string(choice).strip() in to_string(items).split()


def compile_tree(node: Node) -> Fn:
    """Turn a tree into nested closures; evaluating them costs a few function calls per node."""
    if isinstance(node, Literal):
        constant = node.value
        return lambda env: constant
    if isinstance(node, Ref):
        name = node.name
        return lambda env: lookup(env.values.get(name))
    if isinstance(node, Current):
        return lambda env: lookup(env.current)
    if isinstance(node, Negate):
        inner = compile_tree(node.operand)
        return lambda env: _negate(inner(env))
    if isinstance(node, Binary):
        return _compile_binary(node)
    if isinstance(node, Lookup):
        found = _lookup(node)
        return lambda env: next(iter(found(env)), "")  # a node-set as a value: its first node, as in XPath
    return _compile_call(node)


class RowValues(Mapping[str, object]):
    """What a filter over rows reads (an instance('…')/root/item[…], a choice_filter's choices): a bare name
    from the row's columns, ${…} and current()/../… from the answers; the answers' hooks (choice labels,
    files, positions) pass through."""

    def __init__(self, item: Mapping[str, str], outer: Mapping[str, object]) -> None:
        self.item, self.outer = item, outer

    def get(self, name: str, default: object = None) -> object:
        if name.startswith("@"):
            return self.item.get(name[1:], "")
        return self.outer.get(name, default)

    def __getitem__(self, name: str) -> object:
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.outer, name)  # the hooks of the answers (choice labels, files, positions)


def _lookup(node: Lookup) -> Callable[[Env], list[Value]]:
    """The values of `field` in the items of a secondary instance that pass the filter."""
    where = compile_tree(node.where) if node.where is not None else None
    source, field = node.source, node.field

    def run(env: Env) -> list[Value]:
        hook = getattr(env.values, "instance_items", None)
        items: list[Mapping[str, str]] = list(hook(source)) if callable(hook) else []
        if where is not None:
            items = [item for item in items
                     if truthy(where(Env(RowValues(item, env.values), env.current, env._today)))]
        return [item.get(field, "") for item in items]
    return run


def _compile_binary(node: Binary) -> Fn:
    left, right, op = compile_tree(node.left), compile_tree(node.right), node.op
    if op == "and":
        return lambda env: truthy(left(env)) and truthy(right(env))
    if op == "or":
        return lambda env: truthy(left(env)) or truthy(right(env))
    if op == "=":
        return lambda env: equal(left(env), right(env))
    if op == "!=":
        return lambda env: not equal(left(env), right(env))
    if op in _ORDER:
        return lambda env: order(op, left(env), right(env))
    return lambda env: arithmetic(op, left(env), right(env))


def _compile_call(node: Call) -> Fn:
    name = node.name
    args = [compile_tree(arg) for arg in node.args]
    if name in ("true", "false"):
        constant = name == "true"
        return lambda env: constant
    if name == "today":
        return lambda env: env.today
    if name == "now":
        return lambda env: dt.datetime.now().replace(microsecond=0)
    if name == "jr:choice-name":
        value, path = args
        return lambda env: _choice_name(env, value(env), path(env))
    if name == "position":
        return lambda env: _form_hook(env, "position", lambda: 1)()
    if name in ("normalize-space", "string") and not args:  # of the current node
        return lambda env: _one_arg(name, lookup(env.current))
    if name == "pulldata":
        return lambda env: _form_hook(env, "pull", lambda *_a: "")(*(to_string(arg(env)) for arg in args))
    if name == "uuid" and args:
        length = args[0]
        return lambda env: _random_text(int(to_number(length(env))))
    if name == "indexed-repeat":
        return _indexed_repeat(node, args)
    if name == "if":
        cond, then, other = args
        return lambda env: then(env) if truthy(cond(env)) else other(env)
    if name == "coalesce":
        first, second = args
        return lambda env: _coalesce(first(env), second, env)
    if name == "concat":
        return lambda env: "".join(to_string(arg(env)) for arg in args)
    if name == "selected":
        items, choice = args
        return lambda env: _selected(items(env), choice(env))
    if name == "regex":
        subject, pattern = args
        return lambda env: _pattern(to_string(pattern(env))).fullmatch(to_string(subject(env))) is not None
    from kc_desktop.forms.expr_functions import NODESET, PURE  # imported when first compiled: most forms never use it

    over_nodes = NODESET.get(name)
    if over_nodes is not None:
        # A question of a repeat read from outside it is a node-set: one value per instance, kept apart
        # (joined into one text, empty values would vanish and a value with a space would count twice).
        readers = [_nodes(arg) if isinstance(arg, Ref) else _lookup(arg) if isinstance(arg, Lookup) else _one(fn)
                   for arg, fn in zip(node.args, args, strict=True)]
        return lambda env: over_nodes([read(env) for read in readers])
    pure = PURE.get(name)
    if pure is not None:
        return lambda env: pure([arg(env) for arg in args])
    unary: dict[str, Callable[[Value], Value]] = {
        "not": lambda v: not truthy(v),
        "string-length": lambda v: len(to_string(v)),
        "count-selected": lambda v: len(to_string(v).split()),
        "number": to_number,
        "int": _int,
        "string": to_string,
        "date": _date,
        "once": lambda v: v,  # the value is kept once stored (answers.py)
    }
    function, (arg,) = unary[name], args
    return lambda env: function(arg(env))


def _nodes(ref: Ref) -> Callable[[Env], list[Value]]:
    """The values of the nodes a reference names: each instance's value for a list (a repeated question)."""
    name = ref.name

    def read(env: Env) -> list[Value]:
        raw = env.values.get(name)
        if isinstance(raw, list | tuple):
            return [lookup(item) for item in raw]
        return [lookup(raw)]
    return read


def _one(fn: Fn) -> Callable[[Env], list[Value]]:
    return lambda env: [fn(env)]


def _one_arg(name: str, value: Value) -> Value:
    return " ".join(to_string(value).split()) if name == "normalize-space" else to_string(value)


def _random_text(length: int) -> str:
    """uuid(n): n random letters and digits (a short random identifier)."""
    import secrets
    import string

    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(max(0, min(length, 1000))))


def _form_hook(env: Env, name: str, fallback: Callable[..., Value]) -> Callable[..., Value]:
    """What the answers being evaluated offer beyond values (choice labels, repeat positions), if anything."""
    hook = getattr(env.values, name, None)
    return hook if callable(hook) else fallback


def _choice_name(env: Env, value: Value, path: Value) -> Value:
    """jr:choice-name(value, '${question}'): the label of a choice of that question's list."""
    text = to_string(path).strip()
    question = text[2:-1] if text.startswith("${") and text.endswith("}") else text.rsplit("/", 1)[-1]
    return _form_hook(env, "choice_label", lambda _q, v: v)(question, to_string(value))


def _indexed_repeat(node: Call, args: list[Fn]) -> Fn:
    """indexed-repeat(${field}, ${repeat}, n[, ${inner repeat}, m]): a field of the n-th instance of a repeat."""
    field, repeat = node.args[0], node.args[1]
    if not isinstance(field, Ref) or not isinstance(repeat, Ref):
        raise ExpressionError("indexed-repeat cần ${câu hỏi} và ${nhóm lặp}", node.position)
    index = args[2]

    def run(env: Env) -> Value:
        number = to_number(index(env))
        if math.isnan(number):
            return ""
        hook = _form_hook(env, "instance_value", lambda _r, _n, _f: "")
        return lookup(hook(repeat.name, int(number), field.name))
    return run


def _coalesce(first: Value, second: Fn, env: Env) -> Value:
    return second(env) if isinstance(first, str) and first == "" else first


def run(fn: Fn, values: Mapping[str, object], current: object, today: dt.date | None) -> Value:
    """Evaluate compiled closures; arithmetic that Python refuses becomes an ExpressionError."""
    try:
        return fn(Env(values, current, today))
    except ExpressionError:
        raise
    except (ArithmeticError, ValueError, RecursionError) as exc:
        raise ExpressionError(f"kết quả quá lớn hoặc không tính được ({type(exc).__name__})") from exc
