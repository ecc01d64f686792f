"""Every window fits its screen: the one place where a top-level window's size and position are clamped.

Officers' laptops are small: 1366×768 at 100 %, or 1920×1080 at 150 % (1280×720 logical pixels), less the
taskbar. A window asks for a comfortable first size; when it is first shown, `FitsScreen` (mixed into every
top-level window class of the program; the main window calls `fit` itself) shrinks it to the screen's available
geometry, keeps its frame (title bar included) inside it, and lowers an explicit minimum size that the screen
cannot hold when the layout can go smaller. The content scrolls; the action row stays in view. `problems` says
why a window does not fit (the gallery reports it).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QWidget

# Until the window system says (before a window is mapped, or offscreen), a title bar is assumed this tall.
TITLE_BAR = 32
FITTED = "kc_screen_fitted"  # the property set on a window once fitted: later shows keep the officer's size
_TOP_LEVEL = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def available(window: QWidget) -> QRect:
    """The screen's area not taken by the taskbar, in logical pixels, for the screen the window is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 680)


def frame_margins(window: QWidget) -> QMargins:
    """The window frame around the client area; the title bar is assumed when not known yet."""
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(max(0, inner.left() - frame.left()), max(0, inner.top() - frame.top()),
                       max(0, frame.right() - inner.right()), max(0, frame.bottom() - inner.bottom()))
    if margins.top() < TITLE_BAR:
        margins.setTop(TITLE_BAR)
    return margins


def room(window: QWidget) -> QSize:
    """The largest client area whose frame fits in the available geometry."""
    area, margins = available(window), frame_margins(window)
    return QSize(area.width() - margins.left() - margins.right(), area.height() - margins.top() - margins.bottom())


def needed(window: QWidget) -> QSize:
    """The smallest client size the window accepts: its minimum size or, when larger, its layout's minimum."""
    return window.minimumSize().expandedTo(window.minimumSizeHint())


def fit(window: QWidget) -> None:
    """Clamp a top-level window's size and position to its screen's available geometry."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    space = room(window)
    minimum = window.minimumSize()
    if minimum.width() > space.width() or minimum.height() > space.height():
        # An explicit minimum the screen cannot hold: as small as the layout allows, within the screen.
        window.setMinimumSize(minimum.boundedTo(space).expandedTo(window.minimumSizeHint()))
    size = window.size().boundedTo(space).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    area, margins = available(window), frame_margins(window)
    frame = window.geometry().marginsAdded(margins)
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(window.pos() + (QRect(x, y, 1, 1).topLeft() - frame.topLeft()))


def problems(window: QWidget) -> list[str]:
    """Why a shown window does not fit its screen (empty when it fits)."""
    found = []
    space, least = room(window), needed(window)
    if least.width() > space.width() or least.height() > space.height():
        found.append(f"minimum {least.width()}×{least.height()} > available {space.width()}×{space.height()}")
    if not window.isMaximized():
        frame = window.geometry().marginsAdded(frame_margins(window))
        if not available(window).contains(frame):
            found.append(f"frame {frame.width()}×{frame.height()}+{frame.x()}+{frame.y()} outside the screen")
    return found


def is_top_level(widget: QWidget) -> bool:
    return widget.isWindow() and widget.windowType() in _TOP_LEVEL


class FitsScreen:
    """Mixed in before a top-level window's Qt class (`class D(FitsScreen, QDialog)`): the window fits its
    screen when it is first shown; later shows keep the size the officer gave it.

    Each window fits itself rather than one application-wide event filter doing it: a Python filter on the
    application sees every event of every object, including objects being destroyed, and crashed under load.
    """

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        window = cast(QWidget, self)
        if not window.property(FITTED) and is_top_level(window):
            window.setProperty(FITTED, True)
            fit(window)
        super().showEvent(event)  # type: ignore[misc]
