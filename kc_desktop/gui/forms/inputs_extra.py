"""Inputs of the question types beyond text, numbers, dates, choices and photos: time, date and time,
range, rank, acknowledge, places (typed or read from a photo's GPS), files and computed values."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.forms import answer_types as types
from kc_desktop.forms.definition import ChoiceOption, Question
from kc_desktop.gui.forms.acceptance_parts import normal_time
from kc_desktop.gui.forms.inputs import _DECIMAL, _INTEGER, QuestionInput
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit

_MUTED = QColor("#5f6368")
_STAR = QColor("#c88a00")


def _muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, _MUTED)
    label.setPalette(palette)
    return label


def _row(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def _time_edit(owner: QuestionInput) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("08:30")
    edit.setMaxLength(12)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00:00:00") + 30)
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    edit.textEdited.connect(owner._emit)
    return edit


def _clock(text: str) -> str:
    """What was typed as a time, tidied when it reads as one (8h30 -> 08:30), else as typed."""
    return types.time_text(text) or normal_time(text) or text.strip()


class TimeInput(QuestionInput):
    """A time of day typed freely (8h30, 8:30, 0830) and stored as 08:30."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = _row(self)
        self.edit = _time_edit(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> Any:
        return _clock(self.edit.text())

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.edit.text() != text:
            self.edit.setText(text)

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.edit.setReadOnly(on)


class DateTimeInput(QuestionInput):
    """A day and a time of day, stored as 2025-10-15T08:30."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = _row(self)
        self.date = OptionalDateEdit()
        self.date.changed.connect(self._emit)
        self.time = _time_edit(self)
        layout.addWidget(self.date)
        layout.addWidget(self.time)
        layout.addStretch(1)

    def value(self) -> Any:
        day, clock = self.date.value(), _clock(self.time.text())
        if day is None:
            return f"T{clock}" if clock else ""
        return f"{day.isoformat()}T{clock}"

    def set_value(self, value: Any) -> None:
        moment = value if isinstance(value, dt.datetime) else (
            types.parse_datetime(value) if isinstance(value, str) and value else None)
        if moment is not None:
            self.date.set_value(moment.date())
            self.time.setText(types.datetime_text(moment)[11:])
        else:
            self.date.set_value(None)
            self.time.setText("")

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.date.set_read_only(on)
        self.time.setReadOnly(on)


_MAX_RANGE_STEPS = 200  # a range with more steps than this is only typed


class RangeInput(QuestionInput):
    """A number between the range's start and end, on its steps (the bounds are shown beside it), typed or
    chosen with a slider; appearances: `vertical` (an upright slider), `no-ticks` (a slider without marks),
    `picker` (a drop-down list of the values), `rating` (a row of stars)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = _row(self)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(120)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.textEdited.connect(self._typed)
        self.bounds = types.range_of(question.parameters)
        steps = (self.bounds.end - self.bounds.start) / self.bounds.step
        self._values = ([self.bounds.start + n * self.bounds.step for n in range(round(steps) + 1)]
                        if 0 < steps <= _MAX_RANGE_STEPS and abs(steps - round(steps)) < 1e-9 else [])
        appearance = question.appearance.split()
        self.slider: QSlider | None = None
        self.picker: QComboBox | None = None
        self.stars: list[QToolButton] = []
        if self._values and "rating" in appearance:
            for index, number in enumerate(self._values):
                star = QToolButton()
                star.setObjectName("ratingStar")
                star.setAutoRaise(True)
                star.setToolTip(_number(number))
                font = star.font()
                font.setPointSizeF(font.pointSizeF() * 1.6)
                star.setFont(font)
                palette = star.palette()
                palette.setColor(QPalette.ColorRole.ButtonText, _STAR)
                star.setPalette(palette)
                star.clicked.connect(lambda _c=False, i=index: self._chosen(i))
                layout.addWidget(star)
                self.stars.append(star)
        elif self._values and "picker" in appearance:
            self.picker = QComboBox()
            self.picker.addItem("", None)
            for number in self._values:
                self.picker.addItem(_number(number), number)
            self.picker.activated.connect(lambda index: self._chosen(index - 1))
            layout.addWidget(self.picker)
            self.edit.hide()  # the list shows the value itself
        elif self._values:
            upright = "vertical" in appearance
            self.slider = QSlider(Qt.Orientation.Vertical if upright else Qt.Orientation.Horizontal)
            self.slider.setRange(0, len(self._values) - 1)
            self.slider.setPageStep(max(1, len(self._values) // 10))
            if "no-ticks" not in appearance and len(self._values) <= 21:
                self.slider.setTickPosition(QSlider.TickPosition.TicksBelow if not upright
                                            else QSlider.TickPosition.TicksRight)
            if upright:
                self.slider.setMinimumHeight(120)
            else:
                self.slider.setMinimumWidth(200)
            self.slider.valueChanged.connect(self._chosen)
            layout.addWidget(self.slider, 0 if upright else 1)
        layout.addWidget(self.edit)
        layout.addWidget(_muted(QLabel(f"({self.bounds.text()})")))
        layout.addStretch(1)
        self._show_control()

    def _typed(self) -> None:
        self._show_control()
        self._emit()

    def _chosen(self, index: int) -> None:
        """A value picked with the slider, the list or a star."""
        if self.read_only or not 0 <= index < len(self._values):
            self._show_control()
            return
        text = _number(self._values[index])
        if self.edit.text() != text:
            self.edit.setText(text)
            self._show_control()
            self._emit()

    def _index(self) -> int:
        value = self.value()
        if isinstance(value, int | float):
            for index, number in enumerate(self._values):
                if abs(number - value) < 1e-9:
                    return index
        return -1

    def _show_control(self) -> None:
        """The slider, list or stars showing the value typed (nothing chosen for an empty or odd value)."""
        index = self._index()
        if self.slider is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(max(index, 0))
            self.slider.blockSignals(False)
        if self.picker is not None:
            self.picker.setCurrentIndex(index + 1)
        for number, star in enumerate(self.stars):
            star.setText("★" if number <= index else "☆")

    def value(self) -> Any:
        text = self.edit.text().strip()
        number = text.replace(",", ".")  # officers write 2,5 as well as 2.5
        if not _DECIMAL.fullmatch(number):
            return text
        return int(number) if _INTEGER.fullmatch(number) else float(number)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else (str(int(value)) if isinstance(value, float) and value.is_integer()
                                         else str(value))
        if self.edit.text() != text:
            self.edit.setText(text)
        self._show_control()

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.edit.setReadOnly(on)
        for control in [self.slider, self.picker, *self.stars]:
            if control is not None:
                control.setEnabled(not on)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class RankInput(QuestionInput):
    """The choices in the order of preference: dragged, or moved with the buttons; empty until ordered."""

    def __init__(self, question: Question, options: tuple[ChoiceOption, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._labels = {o.name: o.label for o in options}
        self._ranked = False
        layout = _row(self)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMaximumHeight(22 * max(len(options), 2) + 8)
        self.list.model().rowsMoved.connect(lambda *_a: self._moved())
        buttons = QVBoxLayout()
        self.up = QPushButton(self.tr("Lên"))
        self.down = QPushButton(self.tr("Xuống"))
        self.clear = QPushButton(self.tr("Bỏ xếp hạng"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.clear.clicked.connect(self._clear)
        for button in (self.up, self.down, self.clear):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._fill(list(self._labels))

    def _fill(self, names: list[str]) -> None:
        self.list.clear()
        rest = [n for n in self._labels if n not in names]
        for number, name in enumerate([*names, *rest], 1):
            shown = f"{number}. {self._labels.get(name, name)}" if self._ranked else self._labels.get(name, name)
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)

    def names(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def _move(self, by: int) -> None:
        row = self.list.currentRow()
        names = self.names()
        if row < 0 or not 0 <= row + by < len(names) or self.read_only:
            return
        names.insert(row + by, names.pop(row))
        self._ranked = True
        self._fill(names)
        self.list.setCurrentRow(row + by)
        self._emit()

    def _moved(self) -> None:
        self._ranked = True
        self._fill(self.names())
        self._emit()

    def _clear(self) -> None:
        self._ranked = False
        self._fill(list(self._labels))
        self._emit()

    def value(self) -> Any:
        return self.names() if self._ranked else []

    def set_value(self, value: Any) -> None:
        names = value.split() if isinstance(value, str) else list(value or [])
        self._ranked = bool(names)
        self._fill([str(n) for n in names])

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if on
                                  else QAbstractItemView.DragDropMode.InternalMove)
        for button in (self.up, self.down, self.clear):
            button.setVisible(not on)


class AcknowledgeInput(QuestionInput):
    """A box to tick: the answer is "OK"."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = _row(self)
        self.box = QCheckBox(self.tr("Xác nhận"))
        self.box.toggled.connect(self._emit)
        layout.addWidget(self.box)
        layout.addStretch(1)

    def value(self) -> Any:
        return types.ACKNOWLEDGED if self.box.isChecked() else ""

    def set_value(self, value: Any) -> None:
        self.box.setChecked(types.acknowledge_value(value)[1] == "" if value else False)

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.box.setEnabled(not on)


class GeoInput(QuestionInput):
    """geopoint: one point typed as "lat lon alt acc" or read from a photo's GPS; geotrace and geoshape:
    one point per line, stored as ODK writes them (points joined by ';')."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        self._single = question.type == "geopoint"
        if self._single:
            self.edit: QLineEdit | QPlainTextEdit = QLineEdit()
            self.edit.setPlaceholderText("21.0285 105.8542")
            self.edit.textEdited.connect(self._emit)
            self.edit.setMaximumWidth(360)
        else:
            self.edit = QPlainTextEdit()
            self.edit.setFixedHeight(76)
            self.edit.setTabChangesFocus(True)
            self.edit.setPlaceholderText("21.0285 105.8542\n21.0290 105.8550")
            self.edit.textChanged.connect(self._emit)
        line.addWidget(self.edit)
        self.photo_button = QPushButton(self.tr("Lấy từ ảnh…"))
        self.photo_button.setToolTip(self.tr("Đọc tọa độ GPS ghi trong ảnh chụp"))
        self.photo_button.clicked.connect(self._from_photo)
        line.addWidget(self.photo_button)
        line.addStretch(1)
        layout.addLayout(line)
        help_text = types.POINT_HELP if self._single else "mỗi dòng một điểm: " + types.POINT_HELP
        layout.addWidget(_muted(QLabel(help_text[0].upper() + help_text[1:])))

    def text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    def value(self) -> Any:
        lines = [line.strip() for line in self.text().splitlines() if line.strip()]
        return ";".join(lines)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        text = text.strip() if self._single else "\n".join(p.strip() for p in text.split(";") if p.strip())
        if self.text() != text:
            if isinstance(self.edit, QLineEdit):
                self.edit.setText(text)
            else:
                self.edit.setPlainText(text)

    def add_point(self, point: types.Point) -> None:
        """A point read elsewhere (a photo's GPS): replaces a geopoint, is added to a line or shape."""
        text = point.text() if self._single else "\n".join(filter(None, [self.text().rstrip(), point.text()]))
        if isinstance(self.edit, QLineEdit):
            self.edit.setText(text)
            self._emit()
        else:
            self.edit.setPlainText(text)  # textChanged emits

    def _from_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Chọn ảnh có tọa độ GPS"), "",
                                                    self.tr("Ảnh (*.jpg *.jpeg *.png *.heic *.tif *.tiff)"))
        if not path:
            return
        point = types.photo_point(Path(path))
        if point is None:
            from kc_desktop.gui import messages

            messages.show_info(self, self.tr("Ảnh này không có tọa độ GPS."))
            return
        self.add_point(point)

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.edit.setReadOnly(on)
        self.photo_button.setVisible(not on)


class FileInput(QuestionInput):
    """file, audio, video: the name of the file chosen (the file itself stays where it is)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = _row(self)
        self.edit = QLineEdit()
        self.edit.setReadOnly(True)
        self.edit.setPlaceholderText(self.tr("Chưa chọn tệp"))
        self.choose = QPushButton(self.tr("Chọn tệp…"))
        self.choose.clicked.connect(self._choose)
        self.remove = QPushButton(self.tr("Bỏ"))
        self.remove.clicked.connect(lambda: self._set(""))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp"))
        if path:
            self._set(Path(path).name)

    def _set(self, name: str) -> None:
        self.edit.setText(name)
        self._emit()

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(" ".join(value) if isinstance(value, list | tuple) else str(value or ""))

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.choose.setVisible(not on)
        self.remove.setVisible(not on)


class ComputedInput(QuestionInput):
    """A calculated value shown read-only (a calculate with a label)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = _row(self)
        self.shown = QLabel()
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.shown)
        layout.addStretch(1)
        self._value: Any = ""

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value
        text = "" if value is None else (str(int(value)) if isinstance(value, float) and value.is_integer()
                                         else str(value))
        self.shown.setText(text or "—")
