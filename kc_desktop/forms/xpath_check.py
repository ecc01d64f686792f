"""A light check of XLSForm expressions, standing in for ODK Validate (which needs Java) at import.

ODK Validate refuses a form whose expressions do not parse or call a function ODK does not know.
This check tokenises with pyxform's own expression lexer and finds those mistakes: stray
characters (an unclosed quote, `label::English`), unbalanced brackets, two values with no
operator between them, unknown functions. It accepts every expression of the valid forms of the
public test corpus; what it passes, this program may still be unable to compute (see expressions.py).
"""

from __future__ import annotations

from functools import lru_cache

# XPath 1.0 and the ODK XForms functions (getodk.github.io/xforms-spec, JavaRosa).
KNOWN_FUNCTIONS = frozenset(
    (
        "last", "position", "count", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
        "ends-with", "contains", "substring-before", "substring-after", "substring", "string-length",
        "normalize-space", "translate", "boolean", "not", "true", "false", "lang", "number", "sum", "floor",
        "ceiling", "round", "if", "selected", "selected-at", "count-selected", "jr:choice-name", "jr:itext",
        "coalesce", "join", "substr", "checklist", "weighted-checklist", "regex", "date", "date-time",
        "decimal-date-time", "decimal-time", "format-date", "format-date-time", "now", "today", "once", "random",
        "randomize", "uuid", "digest", "base64-decode", "extract-signed", "pow", "log", "log10", "abs", "sin",
        "cos", "tan", "asin", "acos", "atan", "atan2", "sqrt", "exp", "exp10", "pi", "int", "min", "max", "area",
        "distance", "geofence", "count-non-empty", "indexed-repeat", "instance", "current", "pulldata",
        "boolean-from-string",
    )
)
_OPERAND = {"NAME", "NUMBER", "SYSTEM_LITERAL", "PYXFORM_REF", "DATE", "TIME", "DATETIME", "SELF_REF", "PARENT_REF"}
_OPENS = {"OPEN_PAREN": ")", "FUNC_CALL": ")", "XPATH_PRED_START": "]"}
_CLOSES = {"CLOSE_PAREN": ")", "XPATH_PRED_END": "]"}


@lru_cache(maxsize=2048)
def expression_problem(text: str) -> str:
    """'' if the expression looks well formed; otherwise what is wrong, in Vietnamese."""
    from pyxform.parsing.expression import parse_expression

    try:
        tokens = [t for t in parse_expression(text) if t.type != "WHITESPACE"]
    except Exception:  # noqa: BLE001 - the lexer catches every character; this is only a safety net
        return "biểu thức không đọc được"
    stack: list[tuple[str, int]] = []
    previous = ""
    for token in tokens:
        where = f" ở vị trí {token.start_pos + 1}" if token.start_pos is not None else ""
        kind, value = token.type, str(token.value)
        if kind == "OTHER" or kind in ("PYXFORM_REF_START", "PYXFORM_REF_END") or (kind == "BRACKET"):
            if value in ("'", '"'):
                return f"dấu nháy {value} chưa được đóng{where}"
            return f"ký tự «{value}» không hợp lệ trong biểu thức{where}"
        if kind == "FUNC_CALL":
            name = value[:-1]
            if name not in KNOWN_FUNCTIONS:
                return f"hàm «{name}()» không có trong XLSForm{where}"
        negative = kind == "NUMBER" and value.startswith("-")  # "${a}-1" lexes as ${a} and -1
        if kind in _OPERAND and (previous in _OPERAND or previous in _CLOSES) and not negative:
            return f"thiếu toán tử trước «{value}»{where}"
        if kind in _OPENS:
            stack.append((_OPENS[kind], token.start_pos or 0))
        elif kind in _CLOSES:
            if not stack or stack[-1][0] != _CLOSES[kind]:
                return f"thừa dấu «{_CLOSES[kind]}»{where}"
            stack.pop()
        previous = kind
    if stack:
        return f"thiếu dấu «{stack[-1][0]}» (mở ở vị trí {stack[-1][1] + 1})"
    if previous in ("OPS_MATH", "OPS_COMP", "OPS_BOOL", "COMMA", "OPS_UNION"):
        return "biểu thức kết thúc bằng một phép toán, thiếu vế sau"
    return ""
