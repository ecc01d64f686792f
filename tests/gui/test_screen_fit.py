"""Every window fits its screen: the first size, the position and a minimum that is too large are clamped to the
screen's available geometry when the window is first shown (kc_desktop.gui.screen_fit)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from kc_desktop.gui import screen_fit
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fitter() -> Iterator[screen_fit.ScreenFitter]:
    """The application's fitter for one test. Other tests run without it: an application-wide Python event
    filter sees every event of every object, and under the test suite it has crashed inside pytest-qt's event
    processing (being investigated)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = screen_fit.install(app)
    assert screen_fit.install(app) is installed  # once
    yield installed
    app.removeEventFilter(installed)
    installed.setParent(None)
    installed.deleteLater()


def test_a_window_larger_than_the_screen_is_shrunk_and_kept_on_it(qtbot) -> None:  # noqa: ANN001
    window = QWidget()
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
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("Ngắn", dialog))
    area = screen_fit.available(dialog)
    dialog.setMinimumSize(area.width() * 2, area.height() * 2)
    dialog.show()
    assert dialog.minimumWidth() <= area.width() and dialog.minimumHeight() <= area.height() - screen_fit.TITLE_BAR
    assert screen_fit.problems(dialog) == []


def test_a_layout_too_large_for_the_screen_is_reported(qtbot) -> None:  # noqa: ANN001
    window = QWidget()
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
