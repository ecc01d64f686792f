"""Checks of a whole form definition: names, groups, choice lists, expressions, relevant cycles."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from kc_desktop.forms.answers import convert, default_value, required_constant
from kc_desktop.forms.definition import LIST_TYPES, FormDefinition, Problem, Question, search_of
from kc_desktop.forms.expr_syntax import NAME
from kc_desktop.forms.expressions import Expr, ExpressionError, parse
from kc_desktop.forms.xpath_check import expression_problem

# Columns holding an expression, checked as ODK Validate would (a constant yes/no is not one).
_EXPRESSION_COLUMNS = (
    "relevant", "constraint", "required", "calculation", "choice_filter", "repeat_count", "read_only"
)
# Those this program evaluates itself; a reference in them must name a question of the form.
_EVALUATED = ("relevant", "constraint", "required")


class _Checker:
    def __init__(self, definition: FormDefinition, columns: Mapping[str, str] | None, sheet: str) -> None:
        self.definition = definition
        self.columns = columns
        self.sheet = sheet
        self.problems: list[Problem] = []

    def column(self, name: str) -> str:
        if self.columns is None:
            return name
        return self.columns.get(name, name)

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

    `columns` maps a survey column (type, name, relevant, …) to how it is shown, e.g. "E (relevant)";
    without it the column's name is shown. `ignore` holds names of rows already refused (so
    references to them are not reported twice).
    """
    checker = _Checker(definition, columns, sheet)
    _check_groups(checker)
    names = _check_names(checker)
    for q in definition.questions:
        if q.type == "end_group":
            continue
        if q.type in LIST_TYPES and not q.file_name and q.type != "select_one_external" and check_lists:
            _check_list(checker, q)
        _check_expressions(checker, q, names, ignore)
        if "search(" in q.appearance.replace(" ", "") and search_of(q) is None:
            checker.add(q, "appearance", "chương trình chưa hỗ trợ cách viết search() này (chỉ search('tệp') và "
                                         "search('tệp', 'matches'|'contains'|'startswith'|'endswith', 'cột', giá trị))")
        if q.default and q.answerable and not _dynamic(q.default):
            _check_default(checker, q)
    _check_cycles(checker, names)
    checker.problems.sort(key=lambda p: p.row)
    return checker.problems


def _dynamic(text: str) -> bool:
    """A default computed when the form opens (today(), ${other}, …), not a fixed value."""
    return "${" in text or "(" in text


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
            first = seen[q.name]
            if _parent_of(checker, q) != _parent_of(checker, first):
                checker.add(
                    q,
                    "name",
                    f"tên «{q.name}» đã dùng ở dòng {first.row} (trong nhóm khác): chương trình chưa hỗ trợ "
                    "hai câu hỏi cùng tên trong một phiếu, hãy đổi một tên",
                )
            else:
                checker.add(q, "name", f"tên «{q.name}» trùng với dòng {first.row}")
        else:
            seen[q.name] = q
    return seen


def _parent_of(checker: _Checker, target: Question) -> str:
    """The group around a row, found by position (names may repeat, so not through the name)."""
    stack: list[str] = []
    for q in checker.definition.questions:
        if q is target:
            return stack[-1] if stack else ""
        if q.type == "begin_group":
            stack.append(q.name)
        elif q.type == "end_group" and stack:
            stack.pop()
    return ""


def _check_list(checker: _Checker, q: Question) -> None:
    if not q.list_name:
        checker.add(q, "type", f"{q.type} cần tên danh sách lựa chọn, ví dụ «{q.type} co_khong»")
    elif q.list_name not in checker.definition.choices:
        checker.add(q, "type", f"danh sách lựa chọn «{q.list_name}» không có trong trang choices")
    elif not checker.definition.choices[q.list_name]:
        checker.add(q, "type", f"danh sách lựa chọn «{q.list_name}» không có lựa chọn nào")


def _check_expressions(checker: _Checker, q: Question, names: Mapping[str, Question], ignore: Collection[str]) -> None:
    for column in _EXPRESSION_COLUMNS:
        text = getattr(q, column)
        if not text or (column in ("required", "read_only") and required_constant(text) is not None):
            continue
        if column == "repeat_count" and text.strip().isdigit():
            continue
        wrong = expression_problem(text)
        if wrong:
            checker.add(q, column, f"biểu thức sai cú pháp: {wrong}")
            continue
        if column not in _EVALUATED:
            continue
        try:
            expr: Expr = parse(text)
        except ExpressionError:
            continue  # valid XLSForm beyond what this program computes; kept as written
        for ref in sorted(expr.refs):
            if ref not in names and ref not in ignore and not ref.startswith("meta/"):
                checker.add(q, column, f"tham chiếu ${{{ref}}} tới câu hỏi không có trong phiếu")
    if q.default and _dynamic(q.default):
        wrong = expression_problem(q.default)
        if wrong:
            checker.add(q, "default", f"biểu thức sai cú pháp: {wrong}")


def _check_default(checker: _Checker, q: Question) -> None:
    text = q.default.strip()
    if q.type not in ("integer", "decimal", "date", "select_one", "select_multiple"):
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
