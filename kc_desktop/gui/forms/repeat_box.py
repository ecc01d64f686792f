"""A repeat group on screen: its instances one under the other, each with a numbered header, and the
buttons to add one and to remove one (hidden when repeat_count fixes how many there are)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.forms.answers import Context
from kc_desktop.forms.definition import Question
from kc_desktop.gui.i18n import Context as Texts


class RepeatTexts(Texts):
    """Translation context of what a repeat says outside its widget."""

_INSTANCE_STYLE = ("QFrame#repeatInstance { border: 1px solid #c9d3df; border-radius: 6px; background: #f7f9fc; }"
                   " QFrame#repeatInstanceHeader { background: #e8eef6; border: none;"
                   " border-top-left-radius: 6px; border-top-right-radius: 6px; }")


def instance_title(question: Question, number: int) -> str:
    """"Người lao động 2"; "Lượt 2" for a repeat without a label."""
    label = question.label.strip()
    return f"{label} {number}" if label else RepeatTexts.tr("Lượt {n}").format(n=number)


def _lowered(label: str) -> str:
    """A label inside a sentence: "Người lao động" -> "người lao động" (an acronym stays as written)."""
    return label[:1].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


class RepeatBox(QGroupBox):
    """The instances of one repeat (of one enclosing instance: `context`).

    `build(layout, context)` fills an instance's body with the rows of its questions (the form filler's
    own builder); `add` and `remove(index)` are the filler's, which change the answers and rebuild."""

    def __init__(self, question: Question, context: Context, build: Callable[[QVBoxLayout, Context], None],
                 add: Callable[[RepeatBox], None], remove: Callable[[RepeatBox, int], None],
                 count_from: str = "", parent: QWidget | None = None) -> None:
        super().__init__(question.label or question.name, parent)
        self.question = question
        self.context = context
        self._build, self._add, self._remove = build, add, remove
        self.fixed = bool(question.repeat_count.strip())
        self.read_only = False
        self.frames: list[QFrame] = []
        self.remove_buttons: list[QPushButton] = []
        self.setObjectName("repeat")
        self.setProperty("group", question.name)
        bold = self.font()
        bold.setBold(True)
        self.setFont(bold)
        holder = QWidget(self)
        normal = QFont(self.font())
        normal.setBold(False)
        holder.setFont(normal)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 8)
        outer.addWidget(holder)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.instances = QVBoxLayout()
        self.instances.setSpacing(10)
        layout.addLayout(self.instances)
        # With a repeat_count, where the number comes from: the question it names, else "other answers".
        if not self.fixed:
            empty = self.tr("Chưa có lượt nào.")
        elif count_from:
            empty = self.tr("Chưa có lượt nào: số lượt theo câu «{question}».").format(question=count_from)
        else:
            empty = self.tr("Chưa có lượt nào: số lượt được tính từ các câu trả lời khác.")
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("repeatEmpty")
        self.empty.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.empty)
        label = question.label.strip()
        self.add_button = QPushButton(self.tr("+ Thêm {what}").format(what=_lowered(label)) if label
                                      else self.tr("+ Thêm lượt"))
        self.add_button.setObjectName("repeatAdd")
        self.add_button.setAccessibleName(self.tr("Thêm một lượt: {what}").format(what=label or question.name))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self._add(self))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setStyleSheet(_INSTANCE_STYLE)
        self._update_buttons()

    @property
    def count(self) -> int:
        return len(self.frames)

    def rebuild(self, count: int) -> None:
        """Show `count` instances, built anew (the filler forgets the old ones' inputs first)."""
        for frame in self.frames:
            self.instances.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        self.frames, self.remove_buttons = [], []
        self.grow(count)

    def grow(self, count: int) -> None:
        """Add instances at the end up to `count` (those shown stay as they are)."""
        for index in range(len(self.frames), count):
            self.frames.append(self._instance(index))
            if self.isVisible():
                self.frames[-1].show()  # at once, not when the layout next runs: the cursor goes into it
        self._update_buttons()

    def _instance(self, index: int) -> QFrame:
        frame = QFrame()
        frame.setObjectName("repeatInstance")
        frame.setProperty("instance", index + 1)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(1, 1, 1, 8)
        layout.setSpacing(4)
        header = QFrame()
        header.setObjectName("repeatInstanceHeader")
        header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        line = QHBoxLayout(header)
        line.setContentsMargins(10, 4, 6, 4)
        title = QLabel(instance_title(self.question, index + 1))
        title.setObjectName("repeatInstanceTitle")
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        line.addWidget(title)
        line.addStretch(1)
        remove = QPushButton(self.tr("Xóa"))
        remove.setObjectName("repeatRemove")
        remove.setAccessibleName(self.tr("Xóa {what}").format(what=title.text()))
        remove.setToolTip(self.tr("Xóa {what}").format(what=title.text()))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda _c=False, i=index: self._remove(self, i))
        line.addWidget(remove)
        self.remove_buttons.append(remove)
        layout.addWidget(header)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(10, 0, 10, 0)
        inner.setSpacing(2)
        layout.addWidget(body)
        self.instances.addWidget(frame)
        self._build(inner, (*self.context, (self.question.name, index)))
        return frame

    def set_instance_shown(self, index: int, on: bool) -> None:
        """An instance the repeat's relevant leaves out: its header stays (it can be removed), its questions
        give way to a short line saying why."""
        if not 0 <= index < len(self.frames):
            return
        frame = self.frames[index]
        note = frame.findChild(QLabel, "repeatInstanceSkipped")
        if on and note is None:
            return
        if note is None:
            note = QLabel(self.tr("Lượt này không áp dụng theo điều kiện của nhóm lặp."))
            note.setObjectName("repeatInstanceSkipped")
            note.setContentsMargins(10, 0, 10, 0)
            palette = note.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#5f6368"))
            note.setPalette(palette)
            layout = frame.layout()
            assert layout is not None
            layout.addWidget(note)
        note.setVisible(not on)

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.fixed and not self.read_only
        self.add_button.setVisible(editable)
        for button in self.remove_buttons:
            button.setVisible(editable)
        self.empty.setVisible(not self.frames)

    def first_focusable(self, index: int) -> QWidget | None:
        """The first widget of an instance the cursor can go to (after adding it)."""
        if not 0 <= index < len(self.frames):
            return None
        return next((w for w in self.frames[index].findChildren(QWidget)
                     if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.objectName() != "repeatRemove"
                     and not isinstance(w, QPushButton)), None)
