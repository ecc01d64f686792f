"""A pytest plugin loaded first (`-p tests.qt_guard` in pyproject): the `gui` marker on every test that uses Qt,
and `-m "not gui"` runs without importing PySide6 at all (pytest-qt is left out, the GUI tests not collected)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

GUI_FOLDER = Path(__file__).resolve().parent / "gui"
_QT_OPTIONS = {"qt_api": "string", "qt_log_level_fail": "string", "qt_log_ignore": "linelist"}


def _without_gui(args: list[str]) -> bool:
    """`-m "not gui"` (or a marker expression that only adds to it) was asked for."""
    for index, arg in enumerate(args):
        expression = args[index + 1] if arg == "-m" and index + 1 < len(args) else arg.removeprefix("-m") \
            if arg.startswith("-m") and len(arg) > 2 else None
        if expression is not None and expression.replace("(", "").replace(")", "").strip().startswith("not gui"):
            return True
    return False


NO_QT = _without_gui(sys.argv[1:])


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    if NO_QT:
        pluginmanager.set_blocked("pytest-qt")  # it would import PySide6 to configure itself (its entry point)


def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    """Paths of GUI tests named on the command line are dropped too (ignore_collect is not asked about them)."""
    if not NO_QT:
        return
    kept = [arg for arg in args if arg.startswith("-") or not _in_gui(Path(arg.split("::")[0]))]
    args[:] = kept
    known = early_config.known_args_namespace  # where pytest looks for the initial conftests (tests/gui's imports Qt)
    known.file_or_dir = [arg for arg in known.file_or_dir if not _in_gui(Path(arg.split("::")[0]))]


def _in_gui(path: Path) -> bool:
    try:
        path = path.resolve()
    except OSError:
        return False
    return path == GUI_FOLDER or GUI_FOLDER in path.parents


def pytest_addoption(parser: pytest.Parser) -> None:
    if NO_QT:  # pytest-qt's settings in pyproject stay valid under --strict-config
        for name, kind in _QT_OPTIONS.items():
            parser.addini(name, "pytest-qt's (not loaded in this run)", type=kind)  # type: ignore[arg-type]


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if NO_QT and (collection_path == GUI_FOLDER or GUI_FOLDER in collection_path.parents):
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use Qt are `gui` tests: in tests/gui, or asking for qtbot or a Qt fixture."""
    for item in items:
        path = Path(str(item.fspath)).resolve()
        uses_qt = GUI_FOLDER in path.parents or "qtbot" in getattr(item, "fixturenames", ()) \
            or "qapp" in getattr(item, "fixturenames", ())
        if uses_qt and item.get_closest_marker("gui") is None:
            item.add_marker(pytest.mark.gui)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """KC_ASSERT_NO_QT set (tests/unit/test_qt_guard.py): the run fails if anything imported PySide6."""
    import os

    if os.environ.get("KC_ASSERT_NO_QT") and any(name.split(".")[0] == "PySide6" for name in sys.modules):
        print("PySide6 was imported in a run without GUI tests", file=sys.stderr)
        session.exitstatus = 3
