"""The import graph (issue 12): no cycles between modules, counting imports inside functions, and a domain
that imports neither the database nor the services. Imports under `if TYPE_CHECKING:` never run and are left out."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kc_desktop"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_only(tree: ast.AST) -> set[int]:
    """Line numbers of imports under `if TYPE_CHECKING:`."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                for child in ast.walk(inner):
                    if isinstance(child, ast.Import | ast.ImportFrom):
                        lines.add(child.lineno)
    return lines


def import_graph(type_checking: bool = False) -> dict[str, set[str]]:
    """Module -> the project's modules it imports; with `type_checking`, the imports only mypy reads too."""
    modules = _modules()

    def resolve(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text("utf-8"))
        skipped = set() if type_checking else _type_checking_only(tree)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if getattr(node, "lineno", None) in skipped:
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names if alias.name.startswith("kc_desktop")]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] +
                                    ([node.module] if node.module else []))
                if not base.startswith("kc_desktop"):
                    continue
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            else:
                continue
            graph[name].update(resolve(target) for target in targets)
        graph[name] -= {name, "kc_desktop", ""}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_back() -> None:
    assert cycles(import_graph()) == []


def test_not_even_for_the_type_checker() -> None:
    """Annotations name what a module needs (a QMainWindow), not the module that happens to pass it."""
    assert cycles(import_graph(type_checking=True)) == []


def test_the_domain_imports_neither_the_database_nor_services() -> None:
    graph = import_graph()
    forbidden = ("kc_desktop.db", "kc_desktop.services", "kc_desktop.sync", "kc_desktop.gui", "kc_desktop.app",
                 "kc_desktop.cli", "kc_desktop.documents", "kc_desktop.reports")
    wrong = sorted((module, target) for module, targets in graph.items() if module.startswith("kc_desktop.domain")
                   for target in targets if target.startswith(forbidden))
    assert wrong == []


def test_the_graph_sees_imports_inside_functions() -> None:
    """A cycle hidden in a function's import is one too: the walk must see it (a guard on the test itself)."""
    graph = import_graph()
    assert "kc_desktop.gui.selftest" in graph["kc_desktop.cli"]  # imported inside main()
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
