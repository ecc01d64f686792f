"""Translations: every text of the GUI is in both catalogues, the English one is finished and keeps the
placeholders, English really shows, and the language choice is kept in settings.json."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from gui_helpers import message_boxes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kc_desktop import paths, user_settings
from kc_desktop.gui import i18n
from kc_desktop.gui.context import AppContext

ROOT = Path(__file__).resolve().parents[2]
TRANSLATION_FUNCTIONS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_N"}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def _missing(wanted: set[tuple[str, str]], ts_file: Path) -> list[str]:
    have = _messages(ts_file)
    return [f"{context}: {source!r}" for context, source in sorted(wanted) if (context, source) not in have]


def test_every_text_of_the_code_is_in_both_catalogues(tmp_path: Path) -> None:
    """lupdate over the code, the same way tools/update_translations.py runs it, finds nothing new."""
    tool = _tool()
    assert tool.CORE_MODULE.read_text(encoding="utf-8") == tool.core_module_text(), (
        "the core's labels changed: run `python tools/update_translations.py` and translate what it adds"
    )
    fresh = tmp_path / "fresh.ts"
    tool.lupdate(fresh, "vi", silent=True)
    wanted = set(_messages(fresh))
    assert len(wanted) > 500  # lupdate really read the GUI
    for language in i18n.LANGUAGES:
        missing = _missing(wanted, i18n.ts_file(language))
        assert not missing, (
            f"{len(missing)} text(s) missing from {i18n.ts_file(language).name}; run "
            "`python tools/update_translations.py` and translate them:\n" + "\n".join(missing)
        )


def _python_sources() -> Iterator[Path]:
    yield from sorted((ROOT / "kc_desktop" / "gui").rglob("*.py"))
    yield ROOT / "kc_desktop" / "app.py"


def _unreadable_calls(path: Path) -> Iterator[str]:
    """Translation calls whose text lupdate would miss or file under another context than the one used."""

    def literal(node: ast.expr) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    def visit(node: ast.AST, in_class: bool) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                where = f"{path.relative_to(ROOT)}:{child.lineno}"
                if name.endswith("_tr") and child.args and literal(child.args[0]):
                    yield f"{where}: {name}() hides its text from lupdate; use self.tr() or a Context's tr()"
                elif name == "tr" and child.args and literal(child.args[0]) and isinstance(func, ast.Attribute):
                    prefix = ast.unparse(func.value)
                    if prefix == "self" and not in_class:
                        yield f"{where}: self.tr() outside a class"
                    elif prefix != "self" and not prefix[:1].isupper():
                        yield f"{where}: {prefix}.tr(): lupdate files it under {prefix!r}, not the object's class"
                elif (name in ("translate", "QT_TRANSLATE_NOOP", "_N") and len(child.args) >= 2
                      and literal(child.args[1]) and not literal(child.args[0])):
                    yield f"{where}: {name}() with a context lupdate cannot read"
            if isinstance(child, ast.JoinedStr):
                for call in ast.walk(child):
                    if isinstance(call, ast.Call) and getattr(call.func, "attr", getattr(call.func, "id", "")) in (
                        TRANSLATION_FUNCTIONS
                    ) and any(literal(a) for a in call.args):
                        yield f"{path.relative_to(ROOT)}:{child.lineno}: lupdate does not read tr() inside f-strings"
            yield from visit(child, in_class or isinstance(child, ast.ClassDef))

    yield from visit(ast.parse(path.read_text(encoding="utf-8")), False)


def test_every_translation_call_is_one_lupdate_reads() -> None:
    problems = [problem for path in _python_sources() for problem in _unreadable_calls(path)]
    assert not problems, "\n".join(problems)


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
_ACCELERATOR = re.compile(r"&(?!&|#?\w+;)")


def test_english_is_finished_and_keeps_placeholders_and_accelerators() -> None:
    problems = []
    for (context, source), message in _messages(i18n.ts_file("en")).items():
        translation = message.find("translation")
        assert translation is not None
        text = "".join(translation.itertext())
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{where} is not translated")
            continue
        if Counter(_PLACEHOLDER.findall(text)) != Counter(_PLACEHOLDER.findall(source)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        if len(_ACCELERATOR.findall(text)) != len(_ACCELERATOR.findall(source)):
            problems.append(f"{where}: & accelerators differ in {text!r}")
    assert not problems, "\n".join(problems)


def test_vietnamese_catalogue_is_the_source_itself() -> None:
    unfinished = [f"{context}: {source!r}" for (context, source), message in _messages(i18n.ts_file("vi")).items()
                  if (message.find("translation") is None or message.find("translation").get("type"))]
    assert not unfinished, "\n".join(unfinished)


@pytest.fixture
def english(qtbot) -> Iterator[None]:  # noqa: ANN001
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = i18n.install(app, "en")
    assert any(t.filePath().endswith("kc_desktop_en.qm") for t in installed)
    yield
    i18n.install(app, "vi")  # the other tests read Vietnamese


@pytest.mark.gui
def test_main_window_speaks_english(qtbot, english: None, ctx: AppContext, sample: dict[str, str]) -> None:  # noqa: ANN001
    from kc_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Today", "Establishments", "Projects", "Surveys", "Inspections", "Acceptance", "Sync", "Reports",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Work", "&View", "&Administration", "&Help"]
    file_menu = window.menuBar().actions()[0].menu()
    entries = [action.text() for action in file_menu.actions() if action.text()]
    assert "Craft &villages…" in entries and "&Back up data…" in entries and "&Quit" in entries
    assert window.language_menu.text() == "&Language / Ngôn ngữ"
    assert window.office_label.text() == "Office: UBND xã Bát Tràng (BT01)"
    assert window.count_label.text() == "4 establishments"
    assert window.establishments.model.headerData(0, Qt.Orientation.Horizontal) == "Establishment name"  # a core label


@pytest.mark.gui
def test_a_dialog_from_a_designer_form_speaks_english(qtbot, english: None, ctx: AppContext) -> None:  # noqa: ANN001
    """ui/login.ui's texts come from the catalogue (under the form's class name), like those set in code."""
    from PySide6.QtWidgets import QLabel

    from kc_desktop.gui.dialogs.login import LoginDialog

    dialog = LoginDialog(ctx.db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "KC Desktop — Sign in"
    assert dialog.ui.title.text() == "Sign in" and dialog.ui.username_label.text() == "Username"
    assert dialog.username.placeholderText() == "e.g. an.nguyen"
    assert dialog.findChild(QLabel, "hint").text().startswith("Forgot your password?")
    assert dialog.sign_in_button.text() == "Sign in"  # set in code


@pytest.mark.gui
def test_language_menu_keeps_the_choice_and_says_so_in_that_language(
    qtbot, ctx: AppContext, sample: dict[str, str]  # noqa: ANN001
) -> None:
    from kc_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu = window.language_menu.menu()
    english = menu.findChild(type(menu.actions()[0]), "language_en")
    assert [a.text() for a in menu.actions()] == ["Tiếng Việt", "English"]
    assert menu.actions()[0].isChecked()  # Vietnamese unless chosen otherwise
    english.trigger()
    assert i18n.current_language() == "en"
    assert json.loads(user_settings.settings_path().read_text(encoding="utf-8")) == {"language": "en"}
    boxes = message_boxes()
    assert {box.text() for box in boxes} == {"The new language will be used the next time KC Desktop is opened."}
    for box in boxes:
        box.close()
    assert window.navigation.item(1).text() == "Cơ sở"  # the open window keeps its language


def test_language_choice_round_trips_through_settings() -> None:
    settings = paths.data_dir() / "settings.json"
    assert not settings.exists()
    assert i18n.current_language() == "vi"  # the default
    settings.write_text(json.dumps({"language": "en", "other": 1}), encoding="utf-8")
    assert i18n.current_language() == "en"
    i18n.set_language("vi")
    assert json.loads(settings.read_text(encoding="utf-8")) == {"language": "vi", "other": 1}  # others kept
    assert i18n.current_language() == "vi"
    with pytest.raises(ValueError):
        i18n.set_language("fr")
    settings.write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    assert i18n.current_language() == "vi"  # an unknown language falls back to Vietnamese
    settings.write_text("{not json", encoding="utf-8")
    assert i18n.current_language() == "vi"  # so does a damaged file


def test_english_catalogue_compiles_and_translates(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    target = tmp_path / "kc_desktop_en.qm"
    assert i18n.compile_catalogue(i18n.ts_file("en"), target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("MainWindow", "Đồng bộ") == "Sync"
    assert translator.translate("Core", "Hộ kinh doanh") == "Household business"
