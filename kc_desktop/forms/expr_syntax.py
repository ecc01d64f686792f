"""Tokenizer and recursive-descent parser for the XLSForm expression subset (no eval anywhere)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol, cast

from kc_desktop.domain.text import one_line
from kc_desktop.errors import KCError

MAX_LENGTH = 4000  # characters; real relevant/constraint texts are a few dozen
MAX_TOKENS = 400  # bounds the depth of the tree, so evaluation never exhausts the stack
MAX_NESTING = 40  # parentheses and calls inside each other
MAX_NUMBER_DIGITS = 40
MAX_PATTERN = 200

# name -> (fewest, most) arguments; None = any number.
FUNCTIONS: dict[str, tuple[int, int | None]] = {
    "true": (0, 0),
    "false": (0, 0),
    "today": (0, 0),
    "not": (1, 1),
    "string-length": (1, 1),
    "count-selected": (1, 1),
    "number": (1, 1),
    "int": (1, 1),
    "string": (0, 1),
    "date": (1, 1),
    "once": (1, 1),
    "selected": (2, 2),
    "regex": (2, 2),
    "coalesce": (2, 2),
    "if": (3, 3),
    "concat": (1, None),
    "now": (0, 0),
    "random": (0, 0),
    "uuid": (0, 1),
    "pulldata": (4, 4),
    "digest": (2, 3),
    "base64-decode": (1, 1),
    "extract-signed": (2, 2),
    "pi": (0, 0),
    "round": (1, 2),
    "floor": (1, 1),
    "ceiling": (1, 1),
    "abs": (1, 1),
    "pow": (2, 2),
    "atan2": (2, 2),
    **dict.fromkeys(("sqrt", "exp", "exp10", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan"), (1, 1)),
    "min": (1, None),
    "max": (1, None),
    "sum": (1, None),
    "count": (1, None),
    "count-non-empty": (1, None),
    "distinct-values": (1, 1),
    "randomize": (1, 2),
    "boolean": (1, 1),
    "boolean-from-string": (1, 1),
    "starts-with": (2, 2),
    "ends-with": (2, 2),
    "contains": (2, 2),
    "substr": (2, 3),
    "substring": (2, 3),
    "substring-before": (2, 2),
    "substring-after": (2, 2),
    "normalize-space": (0, 1),
    "translate": (3, 3),
    "join": (2, None),
    "selected-at": (2, 2),
    "checklist": (3, None),
    "weighted-checklist": (4, None),
    "date-time": (1, 1),
    "decimal-date-time": (1, 1),
    "decimal-time": (1, 1),
    "format-date": (2, 2),
    "format-date-time": (2, 2),
    "area": (1, 1),
    "distance": (1, 1),
    "jr:choice-name": (2, 2),
    "position": (0, 1),
    "indexed-repeat": (3, None),
}
KEYWORD_OPERATORS = ("and", "or", "div", "mod")

NAME = re.compile(r"[^\W\d][\w.\-]*")  # an XML name, as XLSForm allows for question names
_RELATIVE = re.compile(r"\.\.(?:/\.\.)*(?:/[^\W\d][\w.\-]*)*/([^\W\d][\w.\-]*)")
# An absolute path written by hand, /data/group/name (pyxform writes ${name} as one): the last step names it.
_ABSOLUTE = re.compile(r"/[^\W\d][\w.\-]*(?:/[^\W\d][\w.\-]*)+")
# current() (the question the expression belongs to) and a path from it: current()/../name.
_CURRENT = re.compile(r"current\(\s*\)((?:\s*/\s*(?:\.\.|[^\W\d][\w.\-]*))*)")
# A secondary instance (a choice list, a CSV or XML file beside the form): instance('list')/root/item.
_INSTANCE = re.compile(r"instance\(\s*(['\"])([^'\"]+)\1\s*\)\s*/\s*root\s*/\s*item")
_STEP = re.compile(r"\s*/\s*([^\W\d][\w.\-]*)")
_FUNCTION_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z_][A-Za-z0-9_\-]*)?")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_SYMBOLS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "(", ")", ",")
class ExpressionError(KCError):
    """An expression cannot be read or computed; `detail` says why, `position` is 1-based or None."""

    def __init__(self, message: str, position: int | None = None) -> None:
        self.detail = one_line(message)
        self.position = position
        where = f"Biểu thức sai ở vị trí {position}: " if position is not None else "Không tính được biểu thức: "
        super().__init__(where + self.detail)


@dataclass(frozen=True, slots=True)
class Literal:
    value: str | int | float | bool
    position: int


@dataclass(frozen=True, slots=True)
class Ref:
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class Current:
    position: int


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Node
    position: int


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node
    position: int


@dataclass(frozen=True, slots=True)
class Lookup:
    """instance('list')/root/item[filter]/field: the items of a choice list or data file that pass the
    filter (a bare name in it is a column of the item, read as Ref("@column")), and one field of them."""

    source: str
    where: Node | None
    field: str
    position: int


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]
    position: int


Node = Literal | Ref | Current | Negate | Binary | Call | Lookup


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # num, str, ref, dot, name, op, instance, end
    text: str
    position: int  # 1-based


def _shown(token: Token) -> str:
    return "cuối biểu thức" if token.kind == "end" else f"«{token.text}»"


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        pos = i + 1
        if ch.isspace():
            i += 1
        elif text.startswith("${", i):
            end = text.find("}", i + 2)
            if end < 0:
                raise ExpressionError("thiếu dấu '}' đóng tham chiếu ${…}", pos)
            name = text[i + 2 : end]
            if not NAME.fullmatch(name):
                raise ExpressionError(f"tên câu hỏi «{name}» trong ${{…}} không hợp lệ", pos)
            tokens.append(Token("ref", name, pos))
            i = end + 1
        elif ch in "'\"":
            end = text.find(ch, i + 1)
            if end < 0:
                raise ExpressionError(f"chuỗi chưa có dấu {ch} đóng", pos)
            tokens.append(Token("str", text[i : end + 1], pos))
            i = end + 1
        elif "0" <= ch <= "9" or (ch == "." and i + 1 < n and "0" <= text[i + 1] <= "9"):
            match = _NUMBER.match(text, i)
            assert match is not None  # the first character is a digit or .digit
            if len(match.group()) > MAX_NUMBER_DIGITS:
                raise ExpressionError(f"số quá dài (quá {MAX_NUMBER_DIGITS} chữ số)", pos)
            tokens.append(Token("num", match.group(), pos))
            i = match.end()
        elif ch == "." and (relative := _RELATIVE.match(text, i)) is not None:
            # ../name (../../group/name …): a question beside this one, in the same repeat instance or
            # around it. Names are unique in a form, so the last one says which; the instance is the evaluator's.
            tokens.append(Token("ref", relative.group(1), pos))
            i = relative.end()
        elif ch == "/" and (absolute := _ABSOLUTE.match(text, i)) is not None:
            steps = absolute.group().split("/")
            # /data/meta/instanceID: the record's metadata, not a question; kept apart ("meta/instanceID").
            name = "/".join(steps[-2:]) if steps[-2] == "meta" else steps[-1]
            tokens.append(Token("ref", name, pos))
            i = absolute.end()
        elif text.startswith("current", i) and (here := _CURRENT.match(text, i)) is not None:
            steps = [step.strip() for step in here.group(1).split("/")[1:]]
            if not steps:
                tokens.append(Token("dot", ".", pos))
            elif steps[-1] == "..":
                raise ExpressionError("không hỗ trợ current() kết thúc bằng «..»; hãy dùng ${tên câu hỏi}", pos)
            else:
                tokens.append(Token("ref", steps[-1], pos))
            i = here.end()
        elif text.startswith("instance", i) and (source := _INSTANCE.match(text, i)) is not None:
            i = source.end()
            where = ""
            if text.startswith("[", i):
                end = _closing_bracket(text, i)
                where, i = text[i + 1:end], end + 1
            field = _STEP.match(text, i)
            if field is not None:
                i = field.end()
            # The three parts in one token, kept apart by NUL (which no expression holds).
            tokens.append(Token("instance", "\0".join((source.group(2), where, field.group(1) if field else "")), pos))
        elif ch == ".":
            parent = text.startswith("..", i)
            if parent and [t.text for t in tokens[-2:]] != ["position", "("]:
                raise ExpressionError("không hỗ trợ «..»; hãy dùng ${tên câu hỏi}", pos)
            tokens.append(Token("dot", ".", pos))  # position(..): the repeat instance around the question
            i += 2 if parent else 1
        elif ch.isascii() and (ch.isalpha() or ch == "_"):
            match = _FUNCTION_NAME.match(text, i)
            assert match is not None
            tokens.append(Token("name", match.group(), pos))
            i = match.end()
        else:
            symbol = next((s for s in _SYMBOLS if text.startswith(s, i)), None)
            if symbol is None:
                hint = "; để chia hãy dùng div" if ch == "/" else ""
                raise ExpressionError(f"ký tự «{ch}» không được hỗ trợ{hint}", pos)
            tokens.append(Token("op", symbol, pos))
            i += len(symbol)
        if len(tokens) > MAX_TOKENS:
            raise ExpressionError(f"biểu thức quá dài (quá {MAX_TOKENS} thành phần)", pos)
    tokens.append(Token("end", "", n + 1))
    return tokens


def _closing_bracket(text: str, start: int) -> int:
    """The position of the ']' that closes the '[' at `start` (quotes respected)."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
    raise ExpressionError("thiếu dấu ']' đóng điều kiện lọc […]", start + 1)


class Matcher(Protocol):
    """What both engines' compiled patterns offer here."""

    def fullmatch(self, text: str) -> object | None: ...


def linear_pattern(pattern: str) -> Matcher | None:
    """The pattern compiled by RE2, which matches in time linear in the text whatever the pattern (Google's
    maintained engine, as ODK's regex has no backreferences or lookaround), or None if RE2 cannot read it."""
    import re2

    options = re2.Options()
    options.log_errors = False  # a pattern RE2 cannot read is not an error here: Python's re is tried next
    try:
        return cast(Matcher, re2.compile(pattern, options=options))
    except re2.error:
        return None


def regex_problem(pattern: str) -> str | None:
    """Why a regex pattern is refused, or None. A pattern RE2 reads is safe; any other is refused when it could
    take exponential time in Python's backtracking engine."""
    if len(pattern) > MAX_PATTERN:
        return f"mẫu regex dài quá {MAX_PATTERN} ký tự"
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as exc:
        return f"mẫu regex sai: {exc}"
    if linear_pattern(pattern) is not None:
        return None
    # A repeated group that itself repeats, like (a+)+, (\w*)* or (a?){30}, or that repeats a choice, like
    # (a|a)*, backtracks exponentially.
    stack: list[list[bool]] = []  # per open group: [something inside repeats, it holds a '|']
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            stack.append([False, False])
        elif ch == ")" and stack:
            inner, choice = stack.pop()
            if i + 1 < len(pattern) and pattern[i + 1] in "*+{":
                if inner:
                    return "mẫu regex có nhóm lặp lồng trong nhóm lặp (có thể chạy rất lâu)"
                if choice:
                    return "mẫu regex có nhóm lặp chứa lựa chọn «|» (có thể chạy rất lâu)"
            if inner and stack:
                stack[-1][0] = True
        elif ch == "|" and stack:
            stack[-1][1] = True
        elif stack and (ch in "*+{" or (ch == "?" and pattern[i - 1] not in "(*+?}")):
            stack[-1][0] = True
        i += 1
    return None


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.nesting = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at(self, *ops: str) -> bool:
        token = self.token
        return (token.kind == "op" or (token.kind == "name" and token.text in KEYWORD_OPERATORS)) and (
            token.text in ops
        )

    def expect_close(self) -> None:
        if not self.at(")"):
            where = "" if self.token.kind == "end" else f" trước {_shown(self.token)}"
            raise ExpressionError(f"thiếu dấu ')'{where}", self.token.position)
        self.advance()

    def binary(self, level: int) -> Node:
        """Left-associative levels, loosest first: or, and, equality, relational, additive, multiplicative."""
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.at(*_LEVELS[level]):
            op = self.advance()
            right = self.binary(level + 1)
            left = Binary(op.text, left, right, op.position)
        return left

    def unary(self) -> Node:
        signs: list[Token] = []
        while self.at("-"):
            signs.append(self.advance())
        node = self.primary()
        for sign in reversed(signs):  # a loop, not recursion: "- - - 1" cannot overflow the stack
            node = Negate(node, sign.position)
        return node

    def primary(self) -> Node:
        token = self.advance()
        if token.kind == "num":
            value: int | float = float(token.text) if "." in token.text else int(token.text)
            return Literal(value, token.position)
        if token.kind == "str":
            return Literal(token.text[1:-1], token.position)
        if token.kind == "ref":
            return Ref(token.text, token.position)
        if token.kind == "dot":
            return Current(token.position)
        if token.kind == "instance":
            source, where, field = token.text.split("\0")
            return Lookup(source, parse_tree(where, columns=True) if where.strip() else None, field or "name",
                          token.position)
        if token.kind == "op" and token.text == "(":
            self.enter(token)
            inner = self.binary(0)
            self.expect_close()
            self.nesting -= 1
            return inner
        if token.kind == "name" and self.at("("):
            return self.call(token)
        if token.kind == "name" and token.text not in KEYWORD_OPERATORS:
            if token.text in FUNCTIONS:
                raise ExpressionError(f"hàm {token.text} thiếu dấu '(' ngay sau tên", self.token.position)
            raise ExpressionError(
                f"không hiểu «{token.text}»; tham chiếu tới câu hỏi phải viết ${{{token.text}}}, "
                "chuỗi phải đặt trong dấu nháy '…'",
                token.position,
            )
        if token.kind == "end":
            raise ExpressionError("biểu thức kết thúc khi còn thiếu một giá trị", token.position)
        raise ExpressionError(f"gặp {_shown(token)} ở chỗ cần một giá trị", token.position)

    def enter(self, token: Token) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise ExpressionError(f"biểu thức lồng quá {MAX_NESTING} tầng ngoặc", token.position)

    def call(self, name: Token) -> Call:
        if name.text not in FUNCTIONS:
            raise ExpressionError(f"hàm «{name.text}» không được hỗ trợ", name.position)
        self.enter(self.advance())
        args: list[Node] = []
        if not self.at(")"):
            args.append(self.binary(0))
            while self.at(","):
                self.advance()
                args.append(self.binary(0))
        self.expect_close()
        self.nesting -= 1
        fewest, most = FUNCTIONS[name.text]
        if len(args) < fewest or (most is not None and len(args) > most):
            wanted = str(fewest) if fewest == most else f"ít nhất {fewest}"
            raise ExpressionError(f"hàm {name.text}() cần {wanted} đối số, ở đây có {len(args)}", name.position)
        if name.text == "regex" and isinstance(args[1], Literal) and isinstance(args[1].value, str):
            problem = regex_problem(args[1].value)
            if problem:
                raise ExpressionError(problem, args[1].position)
        return Call(name.text, tuple(args), name.position)


_LEVELS: tuple[tuple[str, ...], ...] = (
    ("or",),
    ("and",),
    ("=", "!="),
    ("<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "div", "mod"),
)


def parse_tree(text: str, columns: bool = False) -> Node:
    """Parse expression text into a tree; ExpressionError names the position and the token at fault.

    With `columns` (a choice_filter), a bare name is a column of the choices sheet: Ref("@name").
    """
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"biểu thức dài quá {MAX_LENGTH} ký tự", 1)
    tokens = tokenize(text)
    if columns:
        tokens = [
            Token("ref", "@" + t.text, t.position)
            if t.kind == "name" and t.text not in KEYWORD_OPERATORS and nxt.text != "(" else t
            for t, nxt in zip(tokens, [*tokens[1:], tokens[-1]], strict=True)
        ]
    if tokens[0].kind == "end":
        raise ExpressionError("biểu thức trống", 1)
    parser = _Parser(tokens)
    node = parser.binary(0)
    token = parser.token
    if token.kind != "end":
        if token.kind == "op" and token.text == ")":
            raise ExpressionError("thừa dấu ')'", token.position)
        raise ExpressionError(f"gặp {_shown(token)} không đúng chỗ; có thể thiếu một phép toán", token.position)
    return node
