"""Widgets that render survey and inspection templates and edit field records."""

from kc_desktop.gui import qt_fixes

# Forms emit a signal on every keystroke: the binding's emit() must not lose references (see qt_fixes).
qt_fixes.install()
