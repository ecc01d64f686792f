"""The Designer forms of ui/ and their compiled modules in kc_desktop/gui/ui_forms/ agree (tools/compile_ui.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "tools" / "compile_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("compile_ui", module)
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_up_to_date() -> None:
    tool = _tool()
    program = tool.uic()
    if program is None:
        pytest.skip("pyside6-uic is not installed")
    assert tool.forms(), "no Designer form found in ui/"
    stale = tool.stale(program)
    assert not stale, "run `python tools/compile_ui.py` (or `python dev.py ui`):\n" + "\n".join(stale)


def test_compiled_modules_say_where_they_come_from() -> None:
    tool = _tool()
    for form in tool.forms():
        text = tool.module_path(form).read_text(encoding="utf-8")
        assert text.startswith(f"# Generated from ui/{form.name} by tools/compile_ui.py"), form.name
