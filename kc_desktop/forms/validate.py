"""Checks of a whole form definition: names, groups, choice lists, expressions, relevant cycles."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from kc_desktop.forms.answers import convert, default_value, required_constant
from kc_desktop.forms.definition import SELECT_TYPES, FormDefinition, Problem, Question
from kc_desktop.forms.expr_syntax import NAME
from kc_desktop.forms.expressions import Expr, ExpressionError, parse

_EXPRESSION_COLUMNS = ("relevant", "constraint", "required")
_UNUSED_BY = {
    "begin_group": ("required", "constraint", "constraint_message", "default"),
    "note": ("required", "constraint", "constraint_message", "default"),
    "image": ("default",),
}
_KIND = {"begin_group": "nhóm", "note": "ghi chú (note)", "image": "câu hỏi ảnh"}


class _Checker:
    def __init__(self, definition: FormDefinition, columns: Mapping[str, str] | None, sheet: str) -> None:
        self.definition = definition
        self.columns = columns
        self.sheet = sheet
        self.problems: list[Problem] = []

    def column(self, name: str) -> str:
        if self.columns is None:
            return name
        return self.columns.get(name, "")

    def add(self, q: Question, column: str, message: str) -> None:
        self.problems.append(Problem(self.sheet, q.row, self.column(column), message))


def problems(
    definition: FormDefinition,
    columns: Mapping[str, str] | None = None,
    sheet: str = "survey",
    ignore: Collection[str] = (),
    check_lists: bool = True,
) -> list[Problem]:
    """Every problem of the definition, in row order.

    `columns` maps a survey column (type, name, label, relevant, …) to how it is shown, e.g.
    "E (relevant)"; a missing entry means the column is absent from the file. `ignore` holds names
    of rows already refused (so references to them are not reported twice).
    """
    checker = _Checker(definition, columns, sheet)
    _check_groups(checker)
    names = _check_names(checker)
    for q in definition.questions:
        if q.type == "end_group":
            continue
        if q.type in SELECT_TYPES and check_lists:
            _check_list(checker, q)
        if (q.answerable or q.type == "note") and not q.label and (columns is None or "label" in columns):
            checker.add(q, "label", "thiếu nhãn (label) của câu hỏi")
        for column in _UNUSED_BY.get(q.type, ()):
            if getattr(q, column):
                checker.add(q, column, f"{_KIND[q.type]} không dùng cột {column}")
        _check_expressions(checker, q, names, ignore)
        if q.default and q.type not in _UNUSED_BY:
            _check_default(checker, q)
    _check_cycles(checker, names)
    checker.problems.sort(key=lambda p: p.row)
    return checker.problems


def _check_groups(checker: _Checker) -> None:
    stack: list[Question] = []
    for q in checker.definition.questions:
        if q.type == "begin_group":
            stack.append(q)
        elif q.type == "end_group":
            if stack:
                stack.pop()
            else:
                checker.add(q, "type", "dòng end_group không có begin_group tương ứng ở trên")
    for q in stack:
        checker.add(q, "type", f"nhóm «{q.name}» chưa được đóng: thiếu dòng end_group")


def _check_names(checker: _Checker) -> dict[str, Question]:
    seen: dict[str, Question] = {}
    for q in checker.definition.questions:
        if q.type == "end_group":
            continue
        if not q.name:
            checker.add(q, "name", "thiếu tên (name)")
        elif not NAME.fullmatch(q.name):
            checker.add(
                q,
                "name",
                f"tên «{q.name}» không hợp lệ: phải bắt đầu bằng chữ cái hoặc '_', "
                "sau đó chỉ gồm chữ, số, '_', '-', '.'",
            )
        elif q.name in seen:
            checker.add(q, "name", f"tên «{q.name}» trùng với dòng {seen[q.name].row}")
        else:
            seen[q.name] = q
    return seen


def _check_list(checker: _Checker, q: Question) -> None:
    if not q.list_name:
        checker.add(q, "type", f"{q.type} cần tên danh sách lựa chọn, ví dụ «{q.type} co_khong»")
    elif q.list_name not in checker.definition.choices:
        checker.add(q, "type", f"danh sách lựa chọn «{q.list_name}» không có trong trang choices")
    elif not checker.definition.choices[q.list_name]:
        checker.add(q, "type", f"danh sách lựa chọn «{q.list_name}» không có lựa chọn nào")


def _parsed(checker: _Checker, q: Question, column: str) -> Expr | None:
    text = getattr(q, column)
    if not text or (column == "required" and required_constant(text) is not None):
        return None
    try:
        return parse(text)
    except ExpressionError as exc:
        checker.add(q, column, f"biểu thức sai cú pháp ở vị trí {exc.position}: {exc.detail}")
        return None


def _check_expressions(checker: _Checker, q: Question, names: Mapping[str, Question], ignore: Collection[str]) -> None:
    for column in _EXPRESSION_COLUMNS:
        expr = _parsed(checker, q, column)
        if expr is None:
            continue
        for ref in sorted(expr.refs):
            target = names.get(ref)
            if target is None:
                if ref not in ignore:
                    checker.add(q, column, f"tham chiếu ${{{ref}}} tới câu hỏi không có trong phiếu")
            elif not target.answerable:
                checker.add(q, column, f"${{{ref}}} là {_KIND.get(target.type, target.type)}, không có câu trả lời")


def _check_default(checker: _Checker, q: Question) -> None:
    text = q.default.strip()
    if "${" in text or ("(" in text and text.replace(" ", "") != "today()"):
        checker.add(q, "default", "giá trị mặc định chỉ được là một giá trị cố định, hoặc today() cho câu ngày")
        return
    if text.replace(" ", "") == "today()":
        if q.type != "date":
            checker.add(q, "default", "today() chỉ dùng làm giá trị mặc định của câu hỏi ngày (date)")
        return
    _, problem = convert(q, default_value(q), checker.definition)
    if problem:
        checker.add(q, "default", f"giá trị mặc định «{text}» không hợp lệ: {problem}")


def _check_cycles(checker: _Checker, names: Mapping[str, Question]) -> None:
    """Refuse a `relevant` that depends on itself, directly or through other questions or its groups."""
    definition = checker.definition
    deps: dict[str, list[str]] = {}
    for name, q in names.items():
        parent = definition.parent(name)
        edges = [parent] if parent in names else []  # a group with a refused name is not in `names`
        if q.relevant:
            try:
                refs = parse(q.relevant).refs
            except ExpressionError:
                refs = frozenset()
            edges += [r for r in sorted(refs) if r in names]
        deps[name] = edges
    # Kahn's algorithm strips everything that does not depend on a cycle.
    waiting = {name: len(edges) for name, edges in deps.items()}
    users: dict[str, list[str]] = {name: [] for name in deps}
    for name, edges in deps.items():
        for dep in edges:
            users[dep].append(name)
    ready = [name for name, count in waiting.items() if count == 0]
    while ready:
        done = ready.pop()
        for user in users[done]:
            waiting[user] -= 1
            if waiting[user] == 0:
                ready.append(user)
    stuck = [name for name in names if waiting[name] > 0]
    handled: set[str] = set()
    for start in stuck:  # document order, so each cycle is reported once, at its first row
        path: list[str] = []
        node = start
        while node not in handled and node not in path:
            path.append(node)
            node = next(dep for dep in deps[node] if waiting[dep] > 0)
        handled.update(path)
        if node in path:
            cycle = path[path.index(node) :]
            first = min(cycle, key=lambda n: names[n].row)
            turn = cycle.index(first)
            ordered = cycle[turn:] + cycle[:turn] + [first]
            shown = " → ".join(f"${{{n}}}" for n in ordered)
            checker.add(names[first], "relevant", f"điều kiện hiển thị (relevant) phụ thuộc vòng tròn: {shown}")
