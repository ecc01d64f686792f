"""One input widget per XLSForm question type, all speaking plain Python values."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QIntValidator, QMouseEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from kc_desktop.forms.definition import ChoiceOption, Question
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit

# Beyond this many choices radio buttons take too much room; a drop-down list is used.
_MAX_RADIOS = 6
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")
THUMBNAIL = 72
_MUTED = QColor("#5f6368")


class _Frozen(QObject):
    """Swallows the clicks, keys and wheel turns that would change a choice."""

    _BLOCKED = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                          QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                          QEvent.Type.Wheel})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self._BLOCKED or super().eventFilter(watched, event)


def _freeze(widget: QWidget, on: bool) -> None:
    """Keep a choice readable but unchangeable (a disabled widget is grey and hard to read)."""
    frozen = widget.findChild(_Frozen, "frozen", Qt.FindChildOption.FindDirectChildrenOnly)
    if on and frozen is None:
        frozen = _Frozen(widget)
        frozen.setObjectName("frozen")
        widget.installEventFilter(frozen)
    elif not on and frozen is not None:
        widget.removeEventFilter(frozen)
        frozen.deleteLater()
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if on else Qt.FocusPolicy.StrongFocus)


class QuestionInput(QWidget):
    """Base: `changed` fires with the question name whenever the user edits the value."""

    changed = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.read_only = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, on: bool) -> None:
        self.read_only = on

    def _emit(self, *args: object) -> None:
        self.changed.emit(self.question.name)


class TextInput(QuestionInput):
    """Text, integer and decimal questions; numbers keep what was typed when it is not a number yet."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._multi = "multiline" in question.appearance
        if self._multi:
            self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.edit.setFixedHeight(76)
            self.edit.setTabChangesFocus(True)
            self.edit.textChanged.connect(self._emit)
        else:
            self.edit = QLineEdit()
            self.edit.textEdited.connect(self._emit)
            if question.type == "integer":
                self.edit.setValidator(QIntValidator(-(10**9), 10**9, self))
            if question.type in ("integer", "decimal"):
                self.edit.setMaximumWidth(180)
                self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.edit)
        if question.type in ("integer", "decimal"):
            layout.addStretch(1)

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def value(self) -> Any:
        text = self.text()
        stripped = text.strip()
        if self.question.type == "integer" and _INTEGER.fullmatch(stripped):
            return int(stripped)
        if self.question.type == "decimal" and _DECIMAL.fullmatch(stripped):
            number = stripped.replace(",", ".")  # officers write 12,5 as well as 12.5
            return int(number) if _INTEGER.fullmatch(number) else float(number)
        return text

    def set_value(self, value: Any) -> None:
        if value is None:
            text = ""
        elif isinstance(value, float) and value.is_integer() and self.question.type == "decimal":
            text = str(int(value))
        else:
            text = str(value)
        if isinstance(self.edit, QPlainTextEdit):
            if self.edit.toPlainText() != text:
                self.edit.setPlainText(text)
        elif self.edit.text() != text:
            self.edit.setText(text)

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.edit.setReadOnly(on)


class DateInput(QuestionInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = OptionalDateEdit()
        self.edit.changed.connect(self._emit)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> Any:
        day = self.edit.value()
        return day.isoformat() if day else ""

    def set_value(self, value: Any) -> None:
        try:
            day = value if isinstance(value, dt.date) else (dt.date.fromisoformat(str(value)) if value else None)
        except ValueError:
            day = None
        self.edit.set_value(day)

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.edit.set_read_only(on)


class _Caption(QLabel):
    """The label under a likert button: word-wrapped, centred, and a click on it chooses."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._button.isEnabled() and self._button.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self._button.click()  # the frozen (read-only) button has no focus: nothing happens then


class SelectOneInput(QuestionInput):
    """Radio buttons (a second click clears the answer), or a drop-down list for long lists.

    Appearances: `minimal` a drop-down list whatever the length; `likert` a scale (buttons on one row,
    labels under them); `quick` is the filler's (it moves on to the next question after a choice).
    """

    def __init__(self, question: Question, options: tuple[ChoiceOption, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._options = options
        self._names = [o.name for o in options]
        self._combo: QComboBox | None = None
        self._group: QButtonGroup | None = None
        self.icons: dict[str, QIcon] = {}  # pictures of the choices (media::image), kept across set_choices
        appearance = question.appearance.split()
        searching = "autocomplete" in appearance or "search" in appearance
        if (len(options) > _MAX_RADIOS and "likert" not in appearance) or "minimal" in appearance or searching:
            layout = QHBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            self._combo = QComboBox()
            self._combo.addItem("", "")
            for option in options:
                self._combo.addItem(option.label, option.name)
            self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            if searching:
                # autocomplete: typing part of a label offers the choices holding it.
                self._combo.setEditable(True)
                self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                completer = self._combo.completer()
                assert completer is not None
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
                self._combo.lineEdit().textEdited.connect(self._emit)  # type: ignore[union-attr]
            self._combo.currentIndexChanged.connect(self._emit)
            layout.addWidget(self._combo)
            layout.addStretch(1)
            return
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # lets a second click clear the answer
        self._captions: list[QLabel] = []
        if "likert" in question.appearance:
            self._likert(options)
            return
        buttons = [QRadioButton(option.label) for option in options]
        # Short labels sit on one line; long ones (a sentence each) are stacked.
        if sum(len(o.label) for o in options) > 70:
            box: QVBoxLayout | QHBoxLayout = QVBoxLayout(self)
            box.setSpacing(2)
        else:
            box = QHBoxLayout(self)
            box.setSpacing(16)
        box.setContentsMargins(0, 0, 0, 0)
        for index, button in enumerate(buttons):
            self._group.addButton(button, index)
            box.addWidget(button)
        box.addStretch(1)
        self._group.idClicked.connect(self._clicked)

    def _likert(self, options: tuple[ChoiceOption, ...]) -> None:
        """appearance likert: a scale, the buttons on one row and each choice's label centred under it."""
        assert self._group is not None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for index, option in enumerate(options):
            button = QRadioButton()
            button.setAccessibleName(option.label)
            button.setToolTip(option.label)
            caption = _Caption(option.label, button)
            self._group.addButton(button, index)
            self._captions.append(caption)
            grid.addWidget(button, 0, index, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(caption, 1, index)  # the whole column, so that a long label wraps to its width
            grid.setColumnStretch(index, 1)
            grid.setColumnMinimumWidth(index, 56)
        self._group.idClicked.connect(self._clicked)

    def captions(self) -> list[QLabel]:
        """The labels under the buttons of a likert scale (empty otherwise)."""
        return list(self._captions)

    def _clicked(self, index: int) -> None:
        assert self._group is not None
        for other in self._group.buttons():
            if self._group.id(other) != index:
                other.setChecked(False)
        self._emit()

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons() if self._group is not None else []

    def button(self, name: str) -> QAbstractButton:
        """The radio button of a choice (tests and keyboard shortcuts)."""
        assert self._group is not None
        return self._group.button(self._names.index(name))

    def combo(self) -> QComboBox | None:
        return self._combo

    def value(self) -> Any:
        if self._combo is not None:
            combo = self._combo
            if combo.isEditable() and combo.currentText() != combo.itemText(combo.currentIndex()):
                return ""  # typed text that is not (yet) a choice
            return self._combo.currentData() or ""
        assert self._group is not None
        checked = self._group.checkedId()
        return self._names[checked] if checked >= 0 else ""

    def set_choices(self, allowed: frozenset[str] | None) -> None:
        """Offer only these choices (a choice_filter); None offers them all."""
        if self._combo is None:
            for index, (name, button) in enumerate(zip(self._names, self.buttons(), strict=True)):
                button.setVisible(allowed is None or name in allowed)
                if self._captions:
                    self._captions[index].setVisible(allowed is None or name in allowed)
            return
        current = self.value()
        self._combo.blockSignals(True)
        while self._combo.count() > 1:
            self._combo.removeItem(1)
        for option in self._options:
            if allowed is None or option.name in allowed:
                self._combo.addItem(option.label, option.name)
                if option.name in self.icons:
                    self._combo.setItemIcon(self._combo.count() - 1, self.icons[option.name])
        self._combo.setCurrentIndex(max(self._combo.findData(current), 0) if current else 0)
        self._combo.blockSignals(False)

    def set_value(self, value: Any) -> None:
        if self._combo is not None:
            self._combo.blockSignals(True)
            self._combo.setCurrentIndex(max(self._combo.findData(value), 0) if value in self._names else 0)
            self._combo.blockSignals(False)
            return
        assert self._group is not None
        for button in self._group.buttons():
            button.setChecked(value in self._names and self._group.id(button) == self._names.index(value))

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        for widget in [self._combo, *self.buttons()]:
            if widget is not None:
                _freeze(widget, on)
        if self._combo is not None and self._combo.lineEdit() is not None:
            self._combo.lineEdit().setReadOnly(on)  # type: ignore[union-attr]  # autocomplete: typed in


class SelectMultipleInput(QuestionInput):
    """Tick boxes in one or two columns; appearance `minimal`: a drop-down button that opens them as a
    list and shows what is chosen."""

    def __init__(self, question: Question, options: tuple[ChoiceOption, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._boxes: list[tuple[str, QCheckBox]] = []
        self.drop_down: QToolButton | None = None
        minimal = "minimal" in question.appearance.split()
        holder: QWidget = QWidget() if minimal else self
        layout = QGridLayout(holder)
        layout.setContentsMargins(4 if minimal else 0, 4 if minimal else 0, 4 if minimal else 0, 4 if minimal else 0)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)
        columns = 1 if minimal or any(len(o.label) > 40 for o in options) else 2
        for index, option in enumerate(options):
            box = QCheckBox(option.label)
            box.toggled.connect(self._emit)
            layout.addWidget(box, index // columns, index % columns)
            self._boxes.append((option.name, box))
        layout.setColumnStretch(columns, 1)
        if minimal:
            self._minimal(holder)

    def _minimal(self, holder: QWidget) -> None:
        """The boxes in a menu under a button; a click on a box ticks it and leaves the menu open."""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.drop_down = QToolButton()
        self.drop_down.setObjectName("selectMultipleMinimal")
        self.drop_down.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.drop_down.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.drop_down.setMinimumWidth(160)  # reads as a drop-down list, as a minimal select_one does
        menu = QMenu(self.drop_down)
        action = QWidgetAction(menu)
        action.setDefaultWidget(holder)
        menu.addAction(action)
        self.drop_down.setMenu(menu)
        row.addWidget(self.drop_down)
        row.addStretch(1)
        for _name, box in self._boxes:
            box.toggled.connect(self._summarise)
        self._summarise()

    def _summarise(self) -> None:
        if self.drop_down is None:
            return
        chosen = [box.text() for _name, box in self._boxes if box.isChecked()]
        text = ", ".join(chosen) if chosen else self.tr("Chọn…")
        self.drop_down.setText(text if len(text) <= 80 else text[:79] + "…")
        self.drop_down.setToolTip("\n".join(chosen))

    def set_choices(self, allowed: frozenset[str] | None) -> None:
        """Offer only these choices (a choice_filter); None offers them all."""
        for name, box in self._boxes:
            box.setVisible(allowed is None or name in allowed)

    def box(self, name: str) -> QCheckBox:
        return next(box for key, box in self._boxes if key == name)

    def value(self) -> Any:
        return [name for name, box in self._boxes if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value.split() if isinstance(value, str) else value or [])
        for name, box in self._boxes:
            box.blockSignals(True)
            box.setChecked(name in chosen)
            box.blockSignals(False)
        self._summarise()

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        for _name, box in self._boxes:
            _freeze(box, on)


class ImageInput(QuestionInput):
    """Photos of one question: the record editor stores them; this shows them and asks for more."""

    photo_requested = Signal(str)
    photo_clicked = Signal(str)  # attachment id

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._ids: list[str] = []
        self._count = QLabel()
        # A palette, not a style sheet: a style sheet per widget is slow to apply on a long form.
        palette = self._count.palette()
        palette.setColor(QPalette.ColorRole.WindowText, _MUTED)
        self._count.setPalette(palette)
        self.add_button = QPushButton(self.tr("Thêm ảnh…"))
        self.add_button.clicked.connect(lambda: self.photo_requested.emit(self.question.name))
        self._strip = QHBoxLayout()
        self._strip.setSpacing(4)
        layout.addWidget(self.add_button)
        layout.addLayout(self._strip)
        layout.addWidget(self._count)
        layout.addStretch(1)
        self._show()

    def _show(self) -> None:
        self._count.setText(self.tr("{n} ảnh").format(n=len(self._ids)) if self._ids else self.tr("Chưa có ảnh"))

    def value(self) -> Any:
        return list(self._ids)

    def set_value(self, value: Any) -> None:
        self._ids = list(value) if isinstance(value, list | tuple) else ([value] if value else [])
        self._show()

    def set_thumbnails(self, items: list[tuple[str, QPixmap, str]]) -> None:
        """(attachment id, small picture, tooltip) of each photo of the question."""
        while self._strip.count():
            item = self._strip.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for attachment_id, pixmap, tip in items:
            button = QToolButton()
            button.setObjectName("thumbnail")
            button.setIcon(QIcon(pixmap))
            button.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
            button.setAutoRaise(True)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, i=attachment_id: self.photo_clicked.emit(i))
            self._strip.addWidget(button)

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.add_button.setVisible(not on)


# Questions answered by typing a line of text (the barcode is typed or read by a hand scanner, which types).
