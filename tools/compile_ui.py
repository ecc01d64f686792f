"""Compile the Qt Designer forms in ui/ into Python modules: ui/<name>.ui -> kc_desktop/gui/ui_forms/<name>_ui.py.

    python tools/compile_ui.py           regenerate every module whose form changed (and drop those of removed forms)
    python tools/compile_ui.py --check   only say which modules are out of date (exit status 1 if any)

The modules are checked in, so that opening a dialog parses no XML and a bundle needs nothing besides them;
tests/test_ui_forms.py fails when one no longer matches its form. Edit the .ui file (pyside6-designer), never
the module. The texts of the forms reach the translation catalogues through the .ui files (lupdate reads them).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "kc_desktop" / "gui" / "ui_forms"
_PACKAGE_FILES = ("__init__.py",)


def uic() -> str | None:
    """pyside6-uic of the running Python's environment, else the one on the PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / "pyside6-uic.exe", folder / "pyside6-uic"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-uic")


def forms() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def module_path(form: Path) -> Path:
    return OUT_DIR / f"{form.stem}_ui.py"


def header(form: Path) -> str:
    return (f"# Generated from ui/{form.name} by tools/compile_ui.py: edit the form in Qt Designer and run the\n"
            "# tool again; changes made here are lost. Its texts are translated from the .ui file.\n"
            "# ruff: noqa\n"
            "# mypy: ignore-errors\n")


def compile_form(form: Path, program: str) -> str:
    """The module text for one form: uic's output under our own header (uic's names its version)."""
    done = subprocess.run([program, "-g", "python", str(form.relative_to(ROOT))], cwd=ROOT, capture_output=True,
                          check=True, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    lines = done.stdout.decode("utf-8").replace("\r\n", "\n").splitlines()
    start = 0
    while start < len(lines) and (lines[start].startswith("#") or not lines[start].strip()):
        start += 1  # uic's own banner: coding line, file name, uic version, warning
    code = _used_imports_only("\n".join(lines[start:]).rstrip() + "\n")
    return header(form) + "\n" + _annotated(code)


_UI_METHOD = re.compile(r"^(    def (?:setupUi|retranslateUi)\(self, \w+)\):$", re.M)


def _annotated(code: str) -> str:
    """Annotate setupUi and retranslateUi, so that mypy reads the widgets' types from setupUi's body
    (`self.ui.username` is a QLineEdit, not Any)."""
    code = _UI_METHOD.sub(r"\1: _QWidget) -> None:", code)
    first_class = code.index("\nclass ")
    return code[:first_class] + "\nfrom PySide6.QtWidgets import QWidget as _QWidget\n" + code[first_class:]


def _used_imports_only(code: str) -> str:
    """uic imports some forty Qt names whatever the form uses; each one a module touches costs PySide6 the
    set-up of that type (about 9 ms for uic's list), so only the names the form uses are kept."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines()
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [alias.name for alias in node.names if alias.name in used]
        kept = [f"from {node.module} import {', '.join(names)}"] if names else []
        if kept and len(kept[0]) > 120:
            kept = [f"from {node.module} import (", *(f"    {name}," for name in names), ")"]
        lines[node.lineno - 1:node.end_lineno] = kept
    return "\n".join(lines) + "\n"


def stale(program: str) -> list[str]:
    """What is out of date: modules that differ from their form, and modules of forms that are gone."""
    found = [f"{module_path(form).relative_to(ROOT)} (from ui/{form.name})" for form in forms()
             if not module_path(form).exists() or module_path(form).read_text(encoding="utf-8")
             != compile_form(form, program)]
    wanted = {module_path(form).name for form in forms()} | set(_PACKAGE_FILES)
    found += [f"{path.relative_to(ROOT)} (its form is gone)" for path in sorted(OUT_DIR.glob("*.py"))
              if path.name not in wanted]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only list the modules that are out of date")
    args = parser.parse_args(argv)
    program = uic()
    if program is None:
        print("pyside6-uic not found: install PySide6 (pip install -e .) first.", file=sys.stderr)
        return 2
    if args.check:
        left = stale(program)
        for line in left:
            print(f"out of date: {line}")
        return 1 if left else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for form in forms():
        text = compile_form(form, program)
        target = module_path(form)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {target.relative_to(ROOT)}")
    wanted = {module_path(form).name for form in forms()} | set(_PACKAGE_FILES)
    for path in sorted(OUT_DIR.glob("*.py")):
        if path.name not in wanted:
            path.unlink()
            print(f"removed {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
