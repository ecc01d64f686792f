"""The Ngôn ngữ / Language menu: the interface language is chosen here and used from the next start."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from kc_desktop.gui import i18n, messages
from kc_desktop.gui.i18n import noop as _N

# Said in the language just chosen, which the open windows do not speak yet.
_RESTART = _N("LanguageMenu", "Ngôn ngữ mới sẽ được dùng từ lần mở KC Desktop tiếp theo.")
_TITLE = _N("LanguageMenu", "Ngôn ngữ")


class LanguageMenu(QMenu):
    """One checkable entry per language, each named in itself; the title is in both so either reader finds it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ngôn ngữ / &Language"))
        self.setObjectName("languageMenu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        chosen = i18n.current_language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            self._group.addAction(action)
            self.addAction(action)
        self._group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        language = str(action.data())
        if language == i18n.current_language():
            return
        try:
            i18n.set_language(language)
        except OSError as exc:
            for other in self._group.actions():
                other.setChecked(other.data() == i18n.current_language())
            messages.show_error(self.parentWidget(), self.tr("Không lưu được lựa chọn ngôn ngữ: {why}").format(
                why=exc.strerror or exc))
            return
        messages.show_info(self.parentWidget(), in_language(language, _RESTART), in_language(language, _TITLE))


def in_language(language: str, text: str) -> str:
    """A text of this menu in `language`, whatever language the interface speaks now."""
    compiled = i18n.compiled_catalogue(language)
    translator = QTranslator()
    if compiled is not None and translator.load(str(compiled)):
        return translator.translate("LanguageMenu", text) or text
    return text
