"""Every window fits its screen: the first size, the position and a minimum that is too large are clamped to the
screen's available geometry when the window is first shown (kc_desktop.gui.screen_fit), and every top-level
window class of the program fits itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from kc_desktop.gui import screen_fit
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.main_window import MainWindow


class FittedWindow(screen_fit.FitsScreen, QWidget):
    pass


class FittedDialog(screen_fit.FitsScreen, QDialog):
    pass


def test_a_window_larger_than_the_screen_is_shrunk_and_kept_on_it(qtbot) -> None:  # noqa: ANN001
    window = FittedWindow()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(QPushButton("Đóng", window))
    area = screen_fit.available(window)
    window.resize(area.width() + 400, area.height() + 300)
    window.move(area.right() - 50, area.bottom() - 50)
    window.show()
    frame = window.geometry().marginsAdded(screen_fit.frame_margins(window))
    assert area.contains(frame), (area, frame)
    assert screen_fit.problems(window) == []
    window.resize(area.width() + 400, area.height() + 300)  # later resizes are the officer's (or the window's)
    window.hide()
    window.show()
    assert window.width() > area.width()


def test_a_minimum_the_screen_cannot_hold_is_lowered_to_what_the_layout_needs(qtbot) -> None:  # noqa: ANN001
    dialog = FittedDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("Ngắn", dialog))
    area = screen_fit.available(dialog)
    dialog.setMinimumSize(area.width() * 2, area.height() * 2)
    dialog.show()
    assert dialog.minimumWidth() <= area.width() and dialog.minimumHeight() <= area.height() - screen_fit.TITLE_BAR
    assert screen_fit.problems(dialog) == []


def test_a_layout_too_large_for_the_screen_is_reported(qtbot) -> None:  # noqa: ANN001
    window = FittedWindow()
    qtbot.addWidget(window)
    area = screen_fit.available(window)
    button = QPushButton("Rộng", window)
    button.setMinimumWidth(area.width() + 100)
    QVBoxLayout(window).addWidget(button)
    window.show()
    problems = screen_fit.problems(window)
    assert problems and problems[0].startswith("minimum ") and "> available" in problems[0], problems


def test_the_main_window_restores_to_a_size_that_fits(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_sized()
    area, normal = screen_fit.available(window), window.normalGeometry()
    assert window.isMaximized()  # the test screen is smaller than 1280×800
    # Restored, it is no larger than the screen (less a title bar), or than its layout needs on a tiny screen.
    assert normal.width() <= max(area.width(), window.minimumSizeHint().width())
    assert normal.height() <= max(area.height() - screen_fit.TITLE_BAR, window.minimumSizeHint().height())
    assert normal.height() < 800


def test_every_dialog_and_window_class_of_the_program_fits_itself() -> None:
    """A new dialog that forgets the mixin would open at its own size, buttons below a small screen's edge."""
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtWidgets import QMainWindow

    import kc_desktop.gui as gui

    unfitted = []
    for info in pkgutil.walk_packages(gui.__path__, "kc_desktop.gui."):
        if ".ui_forms" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or issubclass(cls, QMainWindow):
                continue  # the main window fits itself in show_sized
            top_level = issubclass(cls, QDialog) or issubclass(cls, QWidget) and cls.__name__.endswith("Window")
            if top_level and not issubclass(cls, screen_fit.FitsScreen):
                unfitted.append(f"{module.__name__}.{name}")
    assert unfitted == []
    from kc_desktop.gui.forms.minutes_editor import MinutesEditor
    from kc_desktop.gui.help import GuideWindow

    assert issubclass(MinutesEditor, screen_fit.FitsScreen) and issubclass(GuideWindow, screen_fit.FitsScreen)
