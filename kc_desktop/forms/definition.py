"""A form template as plain frozen data: questions, choice lists, settings; JSON in and out."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kc_desktop.domain.text import fold, one_line
from kc_desktop.errors import KCError
from kc_desktop.forms.expressions import ExpressionError, parse

ANSWERABLE_TYPES = ("text", "integer", "decimal", "date", "select_one", "select_multiple", "image")
MARKER_TYPES = ("note", "begin_group", "end_group")
TYPES = ANSWERABLE_TYPES + MARKER_TYPES
SELECT_TYPES = ("select_one", "select_multiple")

_JSON_FORMAT = 1
_QUESTION_TEXT_FIELDS = (
    "label",
    "hint",
    "required",
    "constraint",
    "constraint_message",
    "relevant",
    "default",
    "appearance",
    "list_name",
)


@dataclass(frozen=True)
class ChoiceOption:
    name: str
    label: str


@dataclass(frozen=True)
class Question:
    """One row of the survey sheet; `type` is the base type, a select's list is in `list_name`."""

    name: str
    type: str
    label: str
    hint: str = ""
    required: str = ""
    constraint: str = ""
    constraint_message: str = ""
    relevant: str = ""
    default: str = ""
    appearance: str = ""
    list_name: str = ""
    # The Excel row it came from, for messages; not part of what the question means.
    row: int = field(default=0, compare=False)

    @property
    def answerable(self) -> bool:
        return self.type in ANSWERABLE_TYPES

    @property
    def xlsform_type(self) -> str:
        """The type as written in the survey sheet's `type` column."""
        return f"{self.type} {self.list_name}" if self.type in SELECT_TYPES else self.type


@dataclass(frozen=True)
class Section:
    """A top-level group (or a run of questions outside any group, with `group` None) for rendering.

    `questions` keeps document order and holds notes, fields and the begin_group rows of nested
    groups (as sub-headings); end_group rows are left out.
    """

    group: Question | None
    questions: tuple[Question, ...]

    @property
    def title(self) -> str:
        return self.group.label if self.group is not None else ""


@dataclass(frozen=True)
class FormDefinition:
    form_id: str
    version: str
    title: str
    questions: tuple[Question, ...]
    choices: dict[str, tuple[ChoiceOption, ...]]

    def __hash__(self) -> int:
        # The choices dict is not hashable; equal definitions have equal questions, which is enough.
        return hash((self.form_id, self.version, self.title, self.questions))

    @cached_property
    def _by_name(self) -> dict[str, Question]:
        return {q.name: q for q in self.questions if q.name and q.type != "end_group"}

    @cached_property
    def _parents(self) -> dict[str, str]:
        parents: dict[str, str] = {}
        stack: list[str] = []
        for q in self.questions:
            if q.type == "end_group":
                if stack:
                    stack.pop()
                continue
            parents.setdefault(q.name, stack[-1] if stack else "")
            if q.type == "begin_group":
                stack.append(q.name)
        return parents

    @cached_property
    def _choice_names(self) -> dict[str, frozenset[str]]:
        return {name: frozenset(o.name for o in options) for name, options in self.choices.items()}

    @cached_property
    def relevance_order(self) -> tuple[str, ...]:
        """Named questions ordered so that each comes after what its `relevant` and its groups depend on.

        Working through them in this order keeps the evaluation of visibility shallow even when a
        relevant refers to a later question; members of a cycle (refused at import) come last.
        """
        names = list(self._by_name)
        deps: dict[str, set[str]] = {}
        for name in names:
            found = {self.parent(name)} - {""}
            relevant = self._by_name[name].relevant
            if relevant:
                with contextlib.suppress(ExpressionError):  # a broken relevant depends on nothing
                    found |= parse(relevant).refs & self._by_name.keys()
            deps[name] = found
        users: dict[str, list[str]] = {name: [] for name in names}
        for name, found in deps.items():
            for dep in found:
                users[dep].append(name)
        waiting = {name: len(found) for name, found in deps.items()}
        order = [name for name in names if not waiting[name]]
        for done in order:  # grows while it is walked: Kahn's algorithm
            for user in users[done]:
                waiting[user] -= 1
                if not waiting[user]:
                    order.append(user)
        placed = set(order)
        return tuple(order + [name for name in names if name not in placed])

    def question(self, name: str) -> Question:
        """The question (or group, or note) with this name; KeyError if there is none."""
        return self._by_name[name]

    def has_question(self, name: str) -> bool:
        return name in self._by_name

    def parent(self, name: str) -> str:
        """The name of the group that directly encloses a question, or '' at the top level."""
        return self._parents.get(name, "")

    def choice_names(self, list_name: str) -> frozenset[str]:
        return self._choice_names.get(list_name, frozenset())

    def fields(self) -> list[Question]:
        """Questions that take an answer, in document order (no notes, no group markers)."""
        return [q for q in self.questions if q.answerable]

    def sections(self) -> list[Section]:
        """Top-level structure for rendering: each top-level group, and each run of ungrouped questions."""
        sections: list[Section] = []
        group: Question | None = None
        items: list[Question] = []
        depth = 0

        def close() -> None:
            if group is not None or items:
                sections.append(Section(group, tuple(items)))

        for q in self.questions:
            if q.type == "begin_group":
                if depth == 0:
                    close()
                    group, items = q, []
                else:
                    items.append(q)
                depth += 1
            elif q.type == "end_group":
                depth = max(depth - 1, 0)
                if depth == 0:
                    close()
                    group, items = None, []
            else:
                items.append(q)
        close()
        return sections

    def conclusion_section(self) -> Section | None:
        """The template's own conclusion: the last top-level group whose title says "Kết luận"."""
        found = [s for s in self.sections() if s.group is not None and "ket luan" in fold(s.title)]
        return found[-1] if found else None

    def conclusion_question(self) -> Question | None:
        """The question of the conclusion section that states the conclusion: its first choice question,
        else its first answerable one (printed as the minutes' conclusion)."""
        section = self.conclusion_section()
        if section is None:
            return None
        answerable = [q for q in section.questions if q.answerable and q.type != "image"]
        chosen = [q for q in answerable if q.type == "select_one"] or answerable
        return chosen[0] if chosen else None

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data; choice lists are a list so that their order survives `sort_keys`."""
        questions = []
        for q in self.questions:
            item: dict[str, Any] = {"name": q.name, "type": q.type}
            item.update({key: getattr(q, key) for key in _QUESTION_TEXT_FIELDS if getattr(q, key)})
            if q.row:
                item["row"] = q.row
            questions.append(item)
        return {
            "format": _JSON_FORMAT,
            "form_id": self.form_id,
            "version": self.version,
            "title": self.title,
            "questions": questions,
            "choices": [
                {"list_name": name, "options": [{"name": o.name, "label": o.label} for o in options]}
                for name, options in self.choices.items()
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FormDefinition:
        try:
            questions = tuple(
                Question(
                    name=str(item["name"]),
                    type=str(item["type"]),
                    row=int(item.get("row", 0)),
                    **{key: str(item.get(key, "")) for key in _QUESTION_TEXT_FIELDS},
                )
                for item in data["questions"]
            )
            choices = {
                str(entry["list_name"]): tuple(ChoiceOption(str(o["name"]), str(o["label"])) for o in entry["options"])
                for entry in data["choices"]
            }
            return cls(str(data["form_id"]), str(data["version"]), str(data["title"]), questions, choices)
        except (KeyError, TypeError, ValueError) as exc:
            raise TemplateError([Problem("", 0, "", f"dữ liệu mẫu phiếu bị hỏng ({exc!r})")]) from exc


@dataclass(frozen=True)
class Problem:
    """One problem in a template file; `column` is the letter and header, e.g. "E (relevant)"."""

    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        place = [f"Trang {self.sheet}"] if self.sheet else []
        if self.row:
            place.append(f"dòng {self.row}")
        if self.column:
            place.append(f"cột {self.column}")
        text = self.message if self.message.endswith(".") else self.message + "."
        return one_line(f"{', '.join(place)}: {text}" if place else text[:1].upper() + text[1:])


class TemplateError(KCError):
    """A template file cannot be used; `problems` lists every problem found, nothing was imported."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        head = f"Mẫu phiếu «{source}»" if source else "Mẫu phiếu"
        if len(problems) == 1:
            text = f"{head} không dùng được, chưa nhập gì. {problems[0]}"
        else:
            lines = "\n".join(f"- {p}" for p in problems)
            text = f"{head} có {len(problems)} lỗi, chưa nhập gì:\n{lines}"
        super().__init__(text)
