"""Renders a template as a form: groups as sections, `relevant` hiding, constraints checked inline."""
from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kc_desktop.forms.answers import (
    OTHER,
    REQUIRED_MESSAGE,
    Context,
    answer_at,
    change_at,
    check,
    choice_filters,
    computed,
    fixed_read_only,
    instance_defaults,
    instance_key,
    is_empty,
    metadata,
    nest_repeats,
    other_name,
    outputs,
    read_only_questions,
    renumbered,
    repeat_counts,
    required_constant,
    split_key,
    visible,
)
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
from kc_desktop.forms.form_files import picture
from kc_desktop.forms.languages import in_language
from kc_desktop.gui.forms.input_factory import make_input
from kc_desktop.gui.forms.inputs import (
    ImageInput,
    QuestionInput,
    SelectMultipleInput,
    SelectOneInput,
    TextInput,
)
from kc_desktop.gui.forms.repeat_box import RepeatBox, instance_title
from kc_desktop.gui.i18n import current_language

_ERROR_COLOR = QColor("#b3261e")
PICTURE = QSize(240, 160)  # a question's picture (media::image) at most this size
CHOICE_PICTURE = QSize(48, 48)  # a choice's picture beside its button
_HINT_COLOR = QColor("#5f6368")
_NOTE_STYLE = ("QLabel { background: #fff4e0; color: #6b4300; border: 1px solid #f0d39c; border-radius: 4px;"
               " padding: 6px; }")
_STAR = ' <span style="color:#b3261e">*</span>'


@functools.cache
def _bold() -> QFont:
    font = QFont()  # nothing set but the weight: the rest comes from the parent widget
    font.setBold(True)
    return font


def _colored(label: QLabel, color: QColor) -> QLabel:
    # A palette, not a style sheet: style sheets on hundreds of labels make a long form slow to open.
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    return label


# A label this short fits on one line at any width the form can have (the editor's minimum leaves it
# some 600 pixels); only longer ones wrap. A word-wrapped label is laid out again at every width the
# layout tries, which is most of what opening a long form costs.
WRAP_FROM = 60


def _wraps(text: str) -> bool:
    return len(text) > WRAP_FROM


def _set_shown(widget: QWidget, on: bool) -> None:
    """Show or hide only on a change. A widget never hidden shows with its window: showing it
    explicitly before the window is shown would polish and lay it out now, and again at the show."""
    if widget.isHidden() == on:
        widget.setVisible(on)


class _QuestionRow(QWidget):
    """Label (with a red star when required), hint, input and the error line of one question."""

    def __init__(self, question: Question, field: QuestionInput | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        self._plain = question.label or question.name
        self._text = html.escape(self._plain)
        self.label = QLabel()
        self.label.setWordWrap(_wraps(self._plain))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        if field is None:
            if question.type == "note":
                self.label.setStyleSheet(_NOTE_STYLE)
            self.label.setText(self._text)
        else:
            self.label.setBuddy(field)
        self._star: bool | None = None
        layout.addWidget(self.label)
        self.hint: QLabel | None = None
        if question.hint:
            self.hint = _colored(QLabel(html.escape(question.hint)), _HINT_COLOR)
            self.hint.setWordWrap(_wraps(question.hint))
            layout.addWidget(self.hint)
        if field is not None:
            layout.addWidget(field)
            self.set_star(required_constant(question.required) is True)
        self._error: QLabel | None = None  # made when it first shows an error: most rows never do

    def set_texts(self, label: str, hint: str) -> None:
        """The label and hint with the answers they show put in (${…} in them)."""
        plain = label or self.question.name
        if plain != self._plain:
            self._plain, self._text = plain, html.escape(plain)
            self.label.setWordWrap(_wraps(plain))
            if self.label.buddy() is None:
                self.label.setText(self._text)
            else:
                star, self._star = bool(self._star), None
                self.set_star(star)
        if self.hint is not None and self.hint.text() != html.escape(hint):
            self.hint.setText(html.escape(hint))

    def add_picture(self, data: bytes) -> QLabel | None:
        """The question's picture (media::image), small, between its label and its input."""
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return None
        if pixmap.width() > PICTURE.width() or pixmap.height() > PICTURE.height():
            pixmap = pixmap.scaled(PICTURE, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        label = QLabel()
        label.setObjectName("picture")
        label.setPixmap(pixmap)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, label)
        return label

    def add_warning(self, text: str) -> None:
        """A lasting red line under the question (a file of choices missing from the template)."""
        warning = _colored(QLabel(text), _ERROR_COLOR)
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(warning)

    @property
    def error(self) -> QLabel:
        """The red line under the question (made on first use, then kept)."""
        if self._error is None:
            self._error = _colored(QLabel(), _ERROR_COLOR)
            self._error.setObjectName("error")
            self._error.setWordWrap(True)
            self._error.hide()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._error)
        return self._error

    def set_star(self, on: bool) -> None:
        if on == self._star:
            return
        self._star = on
        if on:
            self.label.setFont(QFont())  # the parent's font: the rich text makes the label bold
            self.label.setTextFormat(Qt.TextFormat.RichText)
            self.label.setText(f"<b>{self._text}</b>{_STAR}")
        else:
            # Plain text in a bold font looks the same and opens far faster: a word-wrapped rich text label
            # lays out a text document at every width tried (150 questions: ~45 ms).
            self.label.setFont(_bold())
            self.label.setTextFormat(Qt.TextFormat.PlainText)
            self.label.setText(self._plain.replace("&", "&&"))  # a label with a buddy reads & as a shortcut

    def show_error(self, message: str | None) -> None:
        if self._error is None and not message:
            return
        if self.error.text() != (message or ""):
            self.error.setText(message or "")
        _set_shown(self.error, bool(message))


class FormFiller(QScrollArea):
    """Edits the answers of one record; emits `edited(name)` on every change the user makes.

    Errors show under a question once it was answered or edited, all of them after
    `show_all_errors()`; errors given by `set_errors` (from finalize) show until the question
    is edited. `relevant` hides and shows questions and whole groups as answers change.
    """

    edited = Signal(str)
    instance_removed = Signal(str)  # the key of the instance a user removed, "may[2]" (its photos go with it)
    photo_requested = Signal(str)
    photo_clicked = Signal(str)
    errors_changed = Signal(dict)

    def __init__(self, definition: FormDefinition, parent: QWidget | None = None,
                 about: Mapping[str, str] | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        # Labels, hints, messages and choices in the interface language ("vi", "en"), falling back to the
        # form's default language (forms/languages.py); the answers are the same in every language.
        self.language = language or current_language()
        self.definition = in_language(definition, self.language)
        # What metadata questions record: "username" (the officer), "deviceid" (the installation), …
        self.about = dict(about or {})
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inputs: dict[str, QuestionInput] = {}
        self._rows: dict[str, _QuestionRow] = {}
        self._groups: dict[str, QGroupBox] = {}
        self._others: dict[str, QuestionInput] = {}  # select … or_other -> the line for "Khác (ghi rõ)"
        # Inside a repeat, inputs, rows, groups and the lines above are keyed by instance key ("may[2]/ten").
        self._repeats: dict[str, RepeatBox] = {}
        self._dropped: dict[str, list[Any]] = {}  # instances a smaller repeat_count took away, by repeat key
        # Asked before an instance with answers is removed; gets the instance's title, calls back on yes.
        self.confirm_remove: Callable[[str, Callable[[], None]], object] = self._confirm_remove
        self._answers: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._given: dict[str, str] = {}
        self._errors: dict[str, str] = {}
        self._show_all = False
        self.read_only = False
        self._triggers = any(q.trigger for q in self.definition.questions)
        # Calculations and questions read_only (or in a read_only group) for good; and those whose read_only
        # (or their group's) is an expression: locked and unlocked as the answers change.
        fixed, self._locks = fixed_read_only(self.definition)
        # Labels and hints that show answers (${…}): filled in at each refresh.
        self._outputs = any("${" in q.label or "${" in q.hint for q in self.definition.questions)
        self._fixed = fixed | {q.name for q in self.definition.calculated}
        body = QWidget()
        body.setObjectName("formBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 4, 12, 8)
        layout.setSpacing(6)
        title = QLabel(html.escape(definition.title))
        title.setObjectName("formTitle")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self._build(layout)
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()

    def _build(self, top: QVBoxLayout) -> None:
        self._build_rows(self.definition.questions, top, ())

    def _build_members(self, members: Sequence[Question], layout: QVBoxLayout, context: Context) -> None:
        self._build_rows(members, layout, context)

    def _build_rows(self, questions: Sequence[Question], top: QVBoxLayout, context: Context) -> None:
        """The rows of `questions` (of one repeat instance, with `context`) in `top`; a repeat inside
        them becomes a RepeatBox whose instances are built by this method again."""
        stack: list[QVBoxLayout] = [top]
        skip_to = -1
        for position, question in enumerate(questions):
            if position <= skip_to:
                continue
            layout = stack[-1]
            key = instance_key(context, question.name)
            if question.type == "begin_group" and question.repeat:
                skip_to = _group_end(questions, position)
                members = questions[position + 1:skip_to]
                named = re.fullmatch(r"\s*\$\{([^}]+)\}\s*", question.repeat_count)
                source = named.group(1) if named and self.definition.has_question(named.group(1)) else ""
                repeat = RepeatBox(question, context, functools.partial(self._build_members, members),
                                   self._add_instance, self._remove_instance,
                                   count_from=self.definition.question(source).label if source else "")
                repeat.setObjectName(f"repeat_{question.name}")
                repeat.set_read_only(self.read_only)
                layout.addWidget(repeat)
                self._repeats[key] = repeat
                self._groups[key] = repeat
                repeat.rebuild(len(self._instances(key)))
                continue
            if question.type == "begin_group":
                box = QGroupBox(question.label or question.name)
                box.setObjectName("section" if len(stack) == 1 else "subsection")
                box.setProperty("group", question.name)
                # On a phone a group's questions are one per screen unless it has appearance field-list; on
                # the desktop the whole form is one page, so every group (field-list or not) is shown
                # together in its box. The appearance is kept as a property for style sheets and tests.
                box.setProperty("fieldList", "field-list" in question.appearance.split())
                # The title is bold; the questions inside keep the normal font of their own holder.
                bold = box.font()
                bold.setBold(True)
                box.setFont(bold)
                holder = QWidget(box)
                normal = QFont(self.font())
                normal.setBold(False)  # set explicitly, or the holder would inherit the bold title font
                holder.setFont(normal)
                box_layout = QVBoxLayout(box)
                box_layout.setContentsMargins(8, 4, 8, 4)
                box_layout.addWidget(holder)
                inner = QVBoxLayout(holder)
                inner.setSpacing(2)
                inner.setContentsMargins(0, 0, 0, 0)
                layout.addWidget(box)
                self._groups[key] = box
                stack.append(inner)
                continue
            if question.type == "end_group":
                if len(stack) > 1:
                    stack.pop()
                continue
            if question.automatic and (question.type != "calculate" or not question.label):
                continue  # metadata and unlabelled calculations: a value, nothing on screen
            options = self.definition.options(question.list_name)
            if question.or_other:
                options = (*options, ChoiceOption(OTHER, self.tr("Khác")))
            field = make_input(question, options)
            if field is not None and question.name in self._fixed:
                field.set_read_only(True)
            row = _QuestionRow(question, field)
            row.setObjectName(f"q_{key}")
            if self.definition.files:
                self._add_pictures(question, row, field, options)
            if question.file_name in self.definition.missing_files:
                row.add_warning(self.tr(
                    "Thiếu tệp «{file}» của mẫu phiếu (trang survey, dòng {row}): chưa có lựa chọn nào; "
                    "hãy đặt tệp cạnh tệp Excel của mẫu rồi nhập lại mẫu phiếu.").format(
                        file=question.file_name, row=self.definition.missing_files[question.file_name]))
            layout.addWidget(row)
            self._rows[key] = row
            if field is not None:
                self._add_input(key, field)
                if isinstance(field, ImageInput):
                    field.photo_requested.connect(lambda _n, k=key: self.photo_requested.emit(k))
                    field.photo_clicked.connect(self.photo_clicked)
                if question.or_other and not self.definition.has_question(other_name(question)):
                    self._add_other(question, row, context)

    def _add_pictures(self, question: Question, row: _QuestionRow, field: QuestionInput | None,
                      options: tuple[ChoiceOption, ...]) -> None:
        """The pictures of the media::image column shipped with the form: the question's above its input,
        each choice's beside its button."""
        data = picture(self.definition, question)
        if data is not None:
            row.add_picture(data)
        if not isinstance(field, SelectOneInput | SelectMultipleInput):
            return
        for option in options:
            found = picture(self.definition, option)
            pixmap = QPixmap()
            if found is None or not pixmap.loadFromData(found):
                continue
            icon = QIcon(pixmap)
            if isinstance(field, SelectMultipleInput):
                field.box(option.name).setIcon(icon)
                field.box(option.name).setIconSize(CHOICE_PICTURE)
            elif field.combo() is not None:
                combo = field.combo()
                assert combo is not None
                field.icons[option.name] = icon
                combo.setItemIcon(combo.findData(option.name), icon)
                combo.setIconSize(CHOICE_PICTURE)
            else:
                field.button(option.name).setIcon(icon)
                field.button(option.name).setIconSize(CHOICE_PICTURE)

    def _add_input(self, name: str, field: QuestionInput) -> None:
        field.setObjectName(f"input_{name}")
        field.changed.connect(lambda _question, key=name: self._on_changed(key))
        if self.read_only:
            field.set_read_only(True)
        self._inputs[name] = field

    def _add_other(self, question: Question, row: QWidget, context: Context = ()) -> None:
        """The line where "Khác" is said (the answer "<name>_other"), shown while "Khác" is chosen."""
        name = instance_key(context, other_name(question))
        other = TextInput(Question(name, "text", ""))
        assert isinstance(other.edit, QLineEdit)
        other.edit.setPlaceholderText(self.tr("Khác (ghi rõ)"))
        other.hide()
        layout = row.layout()
        assert layout is not None
        layout.addWidget(other)
        self._add_input(name, other)
        self._others[instance_key(context, question.name)] = other

    # -- repeats ----------------------------------------------------------------------------------
    def _instances(self, key: str) -> list[Any]:
        found = answer_at(self._answers, key)
        return found if isinstance(found, list) else []

    def _store(self, key: str, value: Any) -> str:
        """Set an answer (of an instance too); returns the top-level name that changed."""
        change = change_at(self._answers, key, value)
        self._answers.update(change)
        return next(iter(change))

    def _forget(self, key: str) -> None:
        """Drop the inputs, rows and boxes of the instances of the repeat `key` (about to be rebuilt)."""
        prefix = key + "["
        for table in (self._inputs, self._rows, self._groups, self._others, self._repeats):
            for name in [n for n in table if n.startswith(prefix)]:
                del table[name]  # type: ignore[attr-defined]

    def _sync_repeats(self) -> None:
        """Give each repeat on screen as many instances as the answers hold, and show their values."""
        for key in list(self._repeats):
            box = self._repeats.get(key)
            wanted = len(self._instances(key))
            if box is None or box.count == wanted:
                continue
            if box.count < wanted:  # added at the end: only the new ones are built
                first = box.count
                box.grow(wanted)
                for index in range(first, wanted):
                    self._show_under(f"{key}[{index + 1}]")
                continue
            self._forget(key)
            box.rebuild(wanted)
            self._show_under(key)

    def _show_under(self, name: str) -> None:
        """Show the stored values in the inputs of a question, of every instance of a repeat ("may") or of
        one instance ("may[2]")."""
        prefixes = (name + "[", name + "/")
        for key in self._inputs:
            if key == name or key.startswith(prefixes):
                self._show_value(key, answer_at(self._answers, key))

    def _fix_counts(self) -> dict[str, Any]:
        """Instances added or dropped where repeat_count says how many there are."""
        changed: dict[str, Any] = {}
        for key, count in repeat_counts(self.definition, self._answers).items():
            items = self._instances(key)
            if len(items) == count:
                continue
            # The instances a smaller count drops are kept aside while the form is open: typing "3" over
            # "2" (the count is "" then "3") brings them back.
            kept = self._dropped.get(key, [])
            if count < len(items):
                self._dropped[key] = items[count:] + kept
                items = items[:count]
            else:
                back = kept[:count - len(items)]
                self._dropped[key] = kept[len(back):]
                repeat = split_key(key)[1]
                items = items + back
                while len(items) < count:  # one by one: a default may read position(..)
                    now = {**self._answers, **change_at(self._answers, key, items)}
                    items.append(instance_defaults(self.definition, repeat, answers=now, key=key))
            top = self._store(key, items)
            changed[top] = self._answers[top]
        return changed

    def _add_instance(self, box: RepeatBox) -> None:
        if self.read_only:
            return
        key = instance_key(box.context, box.question.name)
        items = [*self._instances(key), instance_defaults(self.definition, box.question.name,
                                                           answers=self._answers, key=key)]
        self._structure_changed(self._store(key, items))
        box = self._repeats.get(key, box)  # a repeat inside an instance was built anew
        target = box.first_focusable(len(items) - 1)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(target, 20, 40)

    def _remove_instance(self, box: RepeatBox, index: int) -> None:
        if self.read_only:
            return
        key = instance_key(box.context, box.question.name)
        items = self._instances(key)
        if not 0 <= index < len(items):
            return

        def remove() -> None:
            kept = [item for i, item in enumerate(self._instances(key)) if i != index]
            self._structure_changed(self._store(key, kept), f"{key}[{index + 1}]")
            self.instance_removed.emit(f"{key}[{index + 1}]")
            self.add_focus(self._repeats.get(key, box))

        calculated = {q.name for q in self.definition.calculated}
        item = items[index]
        if isinstance(item, dict) and any(not is_empty(v) for k, v in item.items() if k not in calculated):
            self.confirm_remove(instance_title(box.question, index + 1), remove)
        else:
            remove()

    def add_focus(self, box: RepeatBox) -> None:
        QTimer.singleShot(0, lambda: box.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
                          if box.add_button.isVisible() else None)

    def _confirm_remove(self, title: str, on_yes: Callable[[], None]) -> object:
        from kc_desktop.gui import messages

        return messages.confirm(self, self.tr("Xóa «{what}» cùng mọi câu trả lời trong đó?").format(what=title),
                                self.tr("Xóa"), on_yes)

    def _structure_changed(self, top: str, removed: str = "") -> None:
        """After an instance was added or removed (`removed`: its key, "may[2]"): renumber, recompute, store."""
        if removed:
            # What was typed in the instances after the removed one moves up a number, its errors with it.
            self._touched = {k for k in map(functools.partial(renumbered, removed), self._touched) if k}
            self._given = {k: v for k, v in ((renumbered(removed, k), v) for k, v in self._given.items()) if k}
        if removed:  # the instances after it are numbered anew: built anew
            self._forget(top)
            if top in self._repeats:
                self._repeats[top].rebuild(len(self._instances(top)))
        self._sync_repeats()
        self._show_under(top)
        changes = self._automatic(top)
        self.refresh()
        self.edited.emit(top)
        for other in changes:
            if other != top:
                self.edited.emit(other)

    def label_of(self, key: str) -> str:
        """A question as the list of problems names it: "Người lao động 2 › Họ và tên"."""
        context, name = split_key(key)
        label = self.definition.question(name).label or name if self.definition.has_question(name) else name
        where = [instance_title(self.definition.question(r), i + 1) for r, i in context
                 if self.definition.has_question(r)]
        return " › ".join([*where, label])

    # -- values ---------------------------------------------------------------------------------
    def set_answers(self, answers: dict[str, Any]) -> None:
        """Show a record's answers; what it already holds counts as answered (its errors show)."""
        self._answers = nest_repeats(self.definition, answers) if self.definition.repeats else dict(answers)
        if self._repeats:
            self._sync_repeats()
        self._touched = {name for name in self._inputs if not is_empty(answer_at(self._answers, name))}
        for name in self._inputs:
            value = answer_at(self._answers, name)
            self._show_value(name, "" if value is None else value)
        self.refresh()

    def set_answer(self, name: str, value: Any) -> None:
        """Change one answer (by instance key inside a repeat) from the program (photos added…) without
        emitting `edited`."""
        self._store(name, value)
        self._show_value(name, value)
        self.refresh()

    def fill_automatic(self) -> dict[str, Any]:
        """Fill metadata (start, today, the officer, the installation, …) and calculations; returns what
        changed, for the caller to store (nothing is emitted)."""
        changes = self._automatic(None)
        if changes:
            self.refresh()
        return changes

    def _automatic(self, edited: str | None) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if self.definition.metadata and not self.read_only:
            changes.update(metadata(self.definition, self._answers, self.about, edited=edited is not None))
            self._answers.update(changes)
        if self._repeats and not self.read_only:
            changes.update(self._fix_counts())
            self._sync_repeats()
        if (self.definition.calculated or self._triggers) and not self.read_only:
            values = computed(self.definition, self._answers, changed=edited)
            changes.update({k: v for k, v in values.items() if self._answers.get(k, "") != v})
            self._answers.update(changes)
        for name in changes:
            self._show_under(name)
        return changes

    def _drop_filtered(self) -> dict[str, Any]:
        """Clear the choices a cascading list no longer offers (a village of another commune)."""
        changes: dict[str, Any] = {}
        for name, allowed in choice_filters(self.definition, self._answers).items():
            value = answer_at(self._answers, name)
            if allowed is None or is_empty(value):
                continue
            chosen = value if isinstance(value, list) else [value]
            kept = [c for c in chosen if c in allowed or c == OTHER]
            if kept != chosen:
                new = kept if isinstance(value, list) else ""
                top = self._store(name, new)
                changes[top] = self._answers[top]
                self._show_value(name, new)
        return changes

    def _show_value(self, name: str, value: Any) -> None:
        """Put a value set by the program (not typed) in its input, without emitting `edited`."""
        field = self._inputs.get(name)
        if field is not None:
            field.blockSignals(True)
            try:
                field.set_value(value)
            finally:
                field.blockSignals(False)

    def answers(self) -> dict[str, Any]:
        return dict(self._answers)

    def input(self, name: str) -> QuestionInput:
        return self._inputs[name]

    def inputs(self) -> dict[str, QuestionInput]:
        return dict(self._inputs)

    def row(self, name: str) -> QWidget:
        return self._rows[name]

    def group(self, name: str) -> QGroupBox:
        return self._groups[name]

    def _on_changed(self, name: str) -> None:
        top = self._store(name, self._inputs[name].value())
        self._touched.add(name)
        self._given.pop(name, None)
        changes = self._automatic(name)
        changes.update(self._drop_filtered())
        self.refresh()
        self.edited.emit(top)  # inside a repeat: the repeat's name, its instances are stored whole
        for other in changes:
            if other != top:
                self.edited.emit(other)  # computed values and the end time are stored like answers
        if self._quick(name):
            self.focus_next(name)

    def _quick(self, key: str) -> bool:
        """appearance quick: a choice made moves on to the next question (ODK Collect moves to the next screen)."""
        name = split_key(key)[1]
        if not self.definition.has_question(name):
            return False
        question = self.definition.question(name)
        return ("quick" in question.appearance.split() and question.type.startswith("select_one")
                and not is_empty(answer_at(self._answers, key)))

    def focus_next(self, key: str) -> str | None:
        """Put the cursor in the next question shown after `key` that takes an answer; returns its key."""
        keys = list(self._inputs)
        if key not in keys:
            return None
        for following in keys[keys.index(key) + 1:]:
            row = self._rows.get(following)
            if row is not None and row.isVisibleTo(self) and not self._inputs[following].read_only:
                self.focus_question(following)
                return following
        return None

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        for key, field in self._inputs.items():
            field.set_read_only(on or split_key(key)[1] in self._fixed)  # a calculation stays locked in editing
        for box in self._repeats.values():
            box.set_read_only(on)
        self._apply_locks()

    def _apply_locks(self) -> None:
        """Lock or unlock the questions whose read_only is an expression, as the answers now say."""
        if not self._locks:
            return
        locked = read_only_questions(self.definition, self._answers)
        for name, field in self._inputs.items():
            if split_key(name)[1] in self._locks:
                field.set_read_only(self.read_only or name in locked)

    # -- relevance and errors ---------------------------------------------------------------------
    def refresh(self) -> dict[str, str]:
        """Show/hide by `relevant` and show each visible question's error; returns the errors."""
        shown = visible(self.definition, self._answers)
        errors = check(self.definition, self._answers)
        for name, row in self._rows.items():
            is_shown = name in shown
            _set_shown(row, is_shown)
            message = self._given.get(name) or (errors.get(name) if self._show_errors_of(name) else None)
            if message == REQUIRED_MESSAGE:  # the core's words, in the interface language
                message = self.tr("Câu này bắt buộc phải trả lời.")
            row.show_error(message if is_shown else None)
            question = row.question
            if name in self._inputs and required_constant(question.required) is None:
                # A required expression (e.g. "when the answer above is 'không'") gets its star when it holds.
                row.set_star(errors.get(name) in (REQUIRED_MESSAGE, question.required_message or REQUIRED_MESSAGE))
        for name, box in self._groups.items():
            _set_shown(box, name in shown)
        for name, repeat in self._repeats.items():
            if self.definition.question(split_key(name)[1]).relevant:
                for index in range(repeat.count):
                    repeat.set_instance_shown(index, f"{name}[{index + 1}]" in shown)
        self._apply_locks()
        if self._outputs:
            for key, (label, hint) in outputs(self.definition, self._answers).items():
                shown_row = self._rows.get(key)
                if shown_row is not None:
                    shown_row.set_texts(label, hint)
                elif key in self._groups and not isinstance(self._groups[key], RepeatBox):
                    self._groups[key].setTitle(label)
        if self.definition.filtered:
            for name, allowed in choice_filters(self.definition, self._answers).items():
                field = self._inputs.get(name)
                if isinstance(field, SelectOneInput | SelectMultipleInput):
                    field.set_choices(allowed)
        for name, other in self._others.items():
            value = answer_at(self._answers, name)
            _set_shown(other, OTHER in (value if isinstance(value, list) else [value]))
        if errors != self._errors:
            self._errors = errors
            self.errors_changed.emit(dict(errors))
        return errors

    def errors(self) -> dict[str, str]:
        """What is wrong now among the questions shown, shown under them or not."""
        return dict(self._errors)

    def _show_errors_of(self, name: str) -> bool:
        return self._show_all or name in self._touched

    def show_all_errors(self, on: bool = True) -> dict[str, str]:
        self._show_all = on
        return self.refresh()

    def set_errors(self, errors: dict[str, str]) -> None:
        """Errors found elsewhere (finalize): shown under their questions until they are edited."""
        self._given = {name: message for name, message in errors.items() if name in self._rows}
        self.refresh()

    def focus_question(self, name: str) -> None:
        """Scroll to a question (or group) and put the cursor in it."""
        target: QWidget | None = self._rows.get(name) or self._groups.get(name)
        if target is None:
            return
        self.ensureWidgetVisible(target, 20, 40)
        field = self._inputs.get(name)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            first = field.focusProxy() or next(
                (w for w in field.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        # The layout may not have placed the row yet when the section was just shown.
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(target, 20, 40))


def _group_end(questions: Sequence[Question], start: int) -> int:
    """The position of the end_group row that closes the group opened at `start` (the last row if none)."""
    depth = 0
    for position in range(start, len(questions)):
        kind = questions[position].type
        depth += 1 if kind == "begin_group" else -1 if kind == "end_group" else 0
        if depth == 0:
            return position
    return len(questions)
