"""`-m "not gui"` runs the core's tests without importing PySide6, and tests using Qt are marked `gui` by themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pytest(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *args],
                          capture_output=True, text=True, cwd=ROOT, env={**env, "KC_ASSERT_NO_QT": "1"}, timeout=300)


def test_not_gui_never_imports_qt() -> None:
    result = _pytest("-m", "not gui", "tests/unit/test_text_ids_money.py", "tests/gui/test_lazy_model.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PySide6 was imported" not in result.stderr


def test_tests_using_qt_are_marked_gui() -> None:
    result = _pytest("--collect-only", "-m", "gui", "tests/gui/test_lazy_model.py", "tests/unit/test_text_ids_money.py")
    collected = [line for line in result.stdout.splitlines() if "::" in line]
    assert collected and all(line.startswith("tests/gui/") for line in collected), result.stdout
