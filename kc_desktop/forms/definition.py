"""A form template as plain frozen data: questions, choice lists, settings; JSON in and out."""

from __future__ import annotations

import base64
import contextlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kc_desktop.domain.text import fold, one_line
from kc_desktop.errors import KCError
from kc_desktop.forms.expressions import ExpressionError, parse

# Questions an officer answers (the filler shows an input for the first seven; the others are kept
# in the template and shown as plain text until the filler learns them).
ANSWERABLE_TYPES = (
    "text",
    "integer",
    "decimal",
    "date",
    "select_one",
    "select_multiple",
    "image",
    "time",
    "datetime",
    "geopoint",
    "geotrace",
    "geoshape",
    "barcode",
    "range",
    "rank",
    "acknowledge",
    "audio",
    "video",
    "file",
    "background-audio",
    "select_one_from_file",
    "select_multiple_from_file",
    "select_one_external",
    "osm",  # an OpenStreetMap feature: an .osm file made by a mapping app (on the desktop, a file attached)
)
# Filled in by the program, never shown as a question: form metadata and calculations.
AUTOMATIC_TYPES = (
    "calculate",
    "hidden",
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
    "background-geopoint",
    "xml-external",
    "csv-external",
)
MARKER_TYPES = ("note", "begin_group", "end_group")
TYPES = ANSWERABLE_TYPES + AUTOMATIC_TYPES + MARKER_TYPES
SELECT_TYPES = ("select_one", "select_multiple")
# Types whose second word names a choice list (or, for *_from_file, a file of choices).
LIST_TYPES = (*SELECT_TYPES, "rank", "select_one_from_file", "select_multiple_from_file", "select_one_external")
# begin_group/end_group rows stand for a plain group, a repeat or a loop over a choice list.
CONTAINERS = ("", "repeat", "loop")
# Columns that may have one text per language (label::English, media::image::Français, …).
TRANSLATABLE = ("label", "hint", "guidance_hint", "constraint_message", "required_message", "image", "big-image",
                "audio", "video")

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
    "required_message",
    "calculation",
    "choice_filter",
    "parameters",
    "repeat_count",
    "read_only",
    "trigger",
    "container",
)

Translations = tuple[tuple[str, str, str], ...]  # (column, language, text); language "" = no language
Pairs = tuple[tuple[str, str], ...]


# appearance search('file'[, 'matches'|'contains'|'startswith'|'endswith', 'column', value[, 'column', value]]):
# the choices come from file.csv beside the form; the list's rows in the choices sheet name its columns.
_SEARCH = re.compile(r"""search\(\s*['"]([^'"]+)['"]\s*((?:,\s*(?:'[^']*'|"[^"]*"|\$\{[^}]*\}|[^,()]+)\s*)*)\)""")
_SEARCH_ARG = re.compile(r"""\s*,\s*('[^']*'|"[^"]*"|\$\{[^}]*\}|[^,()]+?)\s*(?=,|$)""")
_SEARCH_TESTS = {"matches": "{column} = {value}", "contains": "contains({column}, {value})",
                 "startswith": "starts-with({column}, {value})", "endswith": "ends-with({column}, {value})"}


def search_of(question: Question) -> tuple[str, str] | None:
    """For a question with the search() appearance: the CSV file it reads and the choice_filter its other
    arguments amount to ('' for none); None without search(), or with arguments this program cannot read."""
    found = _SEARCH.search(question.appearance)
    if found is None:
        return None
    args = [a.strip() for a in _SEARCH_ARG.findall(found.group(2))]
    file = found.group(1) + ("" if found.group(1).lower().endswith(".csv") else ".csv")
    if not args:
        return file, ""
    test = _SEARCH_TESTS.get(args[0].strip("'\""))
    pairs = args[1:]
    if test is None or len(pairs) not in (2, 4) or (len(pairs) == 4 and args[0].strip("'\"") != "matches"):
        return None
    tests = [test.format(column=pairs[i].strip("'\""), value=pairs[i + 1]) for i in range(0, len(pairs), 2)]
    return file, " and ".join(tests)


def _translation(translations: Translations, column: str, language: str) -> str:
    return next((text for col, lang, text in translations if col == column and lang == language), "")


@dataclass(frozen=True)
class ChoiceOption:
    name: str
    label: str
    # Every language of the label and of the media columns; `label` is the text shown here.
    translations: Translations = ()
    # Other columns of the choices sheet (used by choice_filter), as (header, value).
    extra: Pairs = ()

    def text(self, column: str, language: str) -> str:
        return _translation(self.translations, column, language)


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
    # The choice list of a select or rank, the file of a select_*_from_file, the list a loop goes over.
    list_name: str = ""
    required_message: str = ""
    calculation: str = ""
    choice_filter: str = ""
    parameters: str = ""  # as written, e.g. "start=0 end=10 step=1"
    repeat_count: str = ""
    read_only: str = ""
    trigger: str = ""
    # For begin_group/end_group rows: "" (a group), "repeat" or "loop".
    container: str = ""
    or_other: bool = False
    # Every language of the translatable columns (TRANSLATABLE); `label`, `hint`, `constraint_message`
    # and `required_message` hold the text shown by this program (Vietnamese, else the default language).
    translations: Translations = ()
    # Other XLSForm columns kept as written, e.g. ("body::accuracyThreshold", "5").
    extra: Pairs = ()
    # The Excel row it came from, for messages; not part of what the question means.
    row: int = field(default=0, compare=False)

    @property
    def answerable(self) -> bool:
        return self.type in ANSWERABLE_TYPES

    @property
    def automatic(self) -> bool:
        """Metadata (start, deviceid, …) and calculations: a value without a question on screen."""
        return self.type in AUTOMATIC_TYPES

    @property
    def repeat(self) -> bool:
        return self.type in ("begin_group", "end_group") and self.container == "repeat"

    @property
    def file_name(self) -> str:
        """The file of choices of a select_one_from_file / select_multiple_from_file."""
        return self.list_name if self.type.endswith("_from_file") else ""

    def text(self, column: str, language: str) -> str:
        """The text of a translatable column in one language ('' for the column without language)."""
        return _translation(self.translations, column, language)

    @property
    def xlsform_type(self) -> str:
        """The type as written in the survey sheet's `type` column."""
        if self.type in ("begin_group", "end_group"):
            verb = self.type.split("_")[0]
            word = self.container or "group"
            if self.container == "loop" and verb == "begin":
                return f"begin_loop over {self.list_name}"
            return f"{verb}_{word}"
        if self.type in LIST_TYPES:
            return f"{self.type} {self.list_name}" + (" or_other" if self.or_other else "")
        if self.type == "osm" and self.list_name:
            return f"osm {self.list_name}"  # the tags of the osm sheet it asks for
        return self.type


@dataclass(frozen=True)
class FormFile:
    """A file shipped beside the form (a list of choices, a pulldata() table, an image), kept as read."""

    name: str
    data: bytes = field(repr=False)


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
    # Settings sheet: the language shown when a text has none in the officer's language, the
    # expression that names a record in lists, the ODK/Enketo style, and every other setting as written.
    default_language: str = ""
    instance_name: str = ""
    style: str = ""
    settings: Pairs = ()
    # Lists of the external_choices sheet (for select_one_external), kept for export.
    external_choices: dict[str, tuple[ChoiceOption, ...]] = field(default_factory=dict)
    # Files shipped beside the form (forms/form_files.py): lists of *_from_file questions, media.
    files: tuple[FormFile, ...] = ()
    # The osm sheet: the tags an osm question asks for, by list name, kept for export and phones.
    osm_choices: dict[str, tuple[ChoiceOption, ...]] = field(default_factory=dict)
    # The entities sheet (ODK Central datasets a submission creates or updates), each row as written;
    # the desktop fills the form as any other, the rows are kept for export and phones.
    entities: tuple[Pairs, ...] = ()
    # Set by forms/languages.py in_language(): the language order the shown texts were chosen in (the
    # lists of files follow it too); () for the definition as stored (its texts are the Vietnamese ones).
    shown_languages: tuple[str, ...] = field(default=(), compare=False)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages of the form in order of first use ('' = columns without a language)."""
        found: dict[str, None] = {}
        for q in self.questions:
            found.update((lang, None) for _c, lang, _t in q.translations)
        for options in self.choices.values():
            for o in options:
                found.update((lang, None) for _c, lang, _t in o.translations)
        return tuple(found)

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
    def _repeat_paths(self) -> dict[str, tuple[str, ...]]:
        paths: dict[str, tuple[str, ...]] = {}
        stack: list[Question] = []
        for q in self.questions:
            if q.type == "end_group":
                if stack:
                    stack.pop()
                continue
            paths.setdefault(q.name, tuple(g.name for g in stack if g.repeat))
            if q.type == "begin_group":
                stack.append(q)
        return paths

    def repeat_path(self, name: str) -> tuple[str, ...]:
        """The repeats around a question (outermost first; a repeat itself is not in its own path)."""
        return self._repeat_paths.get(name, ())

    @cached_property
    def repeats(self) -> tuple[str, ...]:
        """The names of the repeat groups, in document order."""
        return tuple(q.name for q in self.questions if q.repeat and q.type == "begin_group" and q.name)

    def members(self, repeat: str) -> tuple[Question, ...]:
        """The rows inside a repeat (nested groups and repeats too), in document order, end_group rows left out."""
        return tuple(q for q in self.questions
                     if q.type != "end_group" and q.name and repeat in self.repeat_path(q.name))

    @cached_property
    def search_choices(self) -> dict[str, tuple[ChoiceOption, ...]]:
        """The choices of lists shown with the search() appearance, read from the CSV shipped with the form:
        the list's first row in the choices sheet names the columns of the code and of the label."""
        from kc_desktop.forms.choice_files import table

        out: dict[str, tuple[ChoiceOption, ...]] = {}
        for q in self.questions:
            found = search_of(q)
            spec = self.choices.get(q.list_name, ())
            data = next((f for f in self.files if found and f.name == found[0]), None)
            if found is None or not spec or q.list_name in out:
                continue
            if data is None:  # not shipped (named at import): nothing to offer rather than the column names
                out[q.list_name] = ()
                continue
            code, label = spec[0].name, spec[0].label
            rows = table(data.name, data.data)
            out[q.list_name] = tuple(ChoiceOption(row[code], row.get(label, row[code]), (), tuple(row.items()))
                                     for row in rows if row.get(code, "").strip())
        return out

    @cached_property
    def _choice_names(self) -> dict[str, frozenset[str]]:
        lists = {**self.external_choices, **self.file_choices, **self.choices, **self.search_choices}
        return {name: frozenset(o.name for o in options) for name, options in lists.items()}

    @cached_property
    def file_choices(self) -> dict[str, tuple[ChoiceOption, ...]]:
        """The choices of each list file shipped with the form, by file name (a select_one_from_file's
        list_name), labelled in the language shown (forms/languages.py in_language), else as the stored
        texts: Vietnamese first. A file that cannot be read (checked at import) offers nothing."""
        from kc_desktop.forms.choice_files import FileListError, read_list
        from kc_desktop.forms.language_codes import order_of, pick

        languages = self.shown_languages or order_of(self.languages, self.default_language, "vi")
        questions = {q.file_name: q for q in self.questions if q.file_name}
        out: dict[str, tuple[ChoiceOption, ...]] = {}
        for item in self.files:
            if item.name in questions:
                with contextlib.suppress(FileListError):
                    rows = read_list(item.name, item.data, questions[item.name].parameters)
                    out[item.name] = tuple(ChoiceOption(name, pick(texts, "label", languages, label), texts, extra)
                                           for name, label, texts, extra in rows)
        return out

    @cached_property
    def missing_files(self) -> dict[str, int]:
        """List files the form's questions choose from that were not shipped with it: name -> survey row."""
        stored = {f.name for f in self.files}
        return {q.file_name: q.row for q in reversed(self.questions) if q.file_name and q.file_name not in stored}

    def options(self, list_name: str) -> tuple[ChoiceOption, ...]:
        """The choices of a list: the choices sheet's, else those of a file shipped with the form, else
        the external_choices sheet's (select_one_external; phones get them as itemsets.csv)."""
        for lists in (self.search_choices, self.choices, self.file_choices, self.external_choices):
            found = lists.get(list_name)
            if found is not None:
                return found
        return ()

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

    @cached_property
    def calculated(self) -> tuple[Question, ...]:
        """Questions whose value is computed: calculate rows and questions with a `calculation`."""
        return tuple(q for q in self.questions if q.calculation and q.name and q.type not in MARKER_TYPES)

    @cached_property
    def filtered(self) -> tuple[Question, ...]:
        """Questions whose choices depend on other answers (a choice_filter: cascading lists)."""
        return tuple(q for q in self.questions if self.filter_of(q) and q.name and self.options(q.list_name))

    def filter_of(self, question: Question) -> str:
        """A question's choice_filter, or what the arguments of its search() appearance ask for."""
        if question.choice_filter:
            return question.choice_filter
        found = search_of(question) if question.list_name in self.search_choices else None
        return found[1] if found else ""

    @cached_property
    def metadata(self) -> tuple[Question, ...]:
        """Metadata rows (start, end, today, deviceid, username, …), filled by the program."""
        return tuple(q for q in self.questions if q.automatic and q.type != "calculate" and q.name)

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
            if q.or_other:
                item["or_other"] = True
            if q.translations:
                item["translations"] = [list(t) for t in q.translations]
            if q.extra:
                item["extra"] = [list(p) for p in q.extra]
            if q.row:
                item["row"] = q.row
            questions.append(item)
        data: dict[str, Any] = {
            "format": _JSON_FORMAT,
            "form_id": self.form_id,
            "version": self.version,
            "title": self.title,
            "questions": questions,
            "choices": _lists_json(self.choices),
        }
        for key in ("default_language", "instance_name", "style"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.settings:
            data["settings"] = [list(p) for p in self.settings]
        if self.external_choices:
            data["external_choices"] = _lists_json(self.external_choices)
        if self.osm_choices:
            data["osm_choices"] = _lists_json(self.osm_choices)
        if self.entities:
            data["entities"] = [[list(p) for p in row] for row in self.entities]
        if self.files:
            data["files"] = [{"name": f.name, "base64": base64.b64encode(f.data).decode("ascii")} for f in self.files]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FormDefinition:
        try:
            questions = tuple(
                Question(
                    name=str(item["name"]),
                    type=str(item["type"]),
                    row=int(item.get("row", 0)),
                    or_other=bool(item.get("or_other", False)),
                    translations=_triples(item.get("translations", ())),
                    extra=_pairs(item.get("extra", ())),
                    **{key: str(item.get(key, "")) for key in _QUESTION_TEXT_FIELDS},
                )
                for item in data["questions"]
            )
            choices = _lists(data["choices"])
            return cls(
                str(data["form_id"]),
                str(data["version"]),
                str(data["title"]),
                questions,
                choices,
                default_language=str(data.get("default_language", "")),
                instance_name=str(data.get("instance_name", "")),
                style=str(data.get("style", "")),
                settings=_pairs(data.get("settings", ())),
                external_choices=_lists(data.get("external_choices", ())),
                osm_choices=_lists(data.get("osm_choices", ())),
                entities=tuple(_pairs(row) for row in data.get("entities", ())),
                files=tuple(FormFile(str(f["name"]), base64.b64decode(f["base64"], validate=True))
                            for f in data.get("files", ())),
            )
        except (KeyError, TypeError, ValueError) as exc:  # bad base64 is a ValueError too
            raise TemplateError([Problem("", 0, "", f"dữ liệu mẫu phiếu bị hỏng ({exc!r})")]) from exc


def _option_json(option: ChoiceOption) -> dict[str, Any]:
    item: dict[str, Any] = {"name": option.name, "label": option.label}
    if option.translations:
        item["translations"] = [list(t) for t in option.translations]
    if option.extra:
        item["extra"] = [list(p) for p in option.extra]
    return item


def _lists_json(lists: dict[str, tuple[ChoiceOption, ...]]) -> list[dict[str, Any]]:
    """Choice lists as a list, so that their order survives `sort_keys`."""
    return [{"list_name": name, "options": [_option_json(o) for o in options]} for name, options in lists.items()]


def _lists(entries: Any) -> dict[str, tuple[ChoiceOption, ...]]:
    return {
        str(entry["list_name"]): tuple(
            ChoiceOption(
                str(o["name"]), str(o["label"]), _triples(o.get("translations", ())), _pairs(o.get("extra", ()))
            )
            for o in entry["options"]
        )
        for entry in entries
    }


def _triples(items: Any) -> Translations:
    return tuple((str(a), str(b), str(c)) for a, b, c in items)


def _pairs(items: Any) -> Pairs:
    return tuple((str(a), str(b)) for a, b in items)


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

    def summary(self, shown: int = 3) -> str:
        """One line for the command line: the first problems and how many more ("… và 1.206 lỗi khác")."""
        head = f"Mẫu phiếu «{self.source}»" if self.source else "Mẫu phiếu"
        first = "; ".join(_clip(str(p)) for p in self.problems[:shown])
        rest = len(self.problems) - shown
        more = f" … và {rest:,} lỗi khác".replace(",", ".") if rest > 0 else ""
        count = f"có {len(self.problems):,} lỗi".replace(",", ".") if len(self.problems) > 1 else "có lỗi"
        return f"{head} {count}, chưa nhập gì: {first}{more}"


def _clip(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
