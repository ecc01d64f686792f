"""A record's template answers as the minutes print them: sections of "question: answer", checklist tables."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from kc_desktop.documents.blocks import vn_date, vn_number
from kc_desktop.documents.data import (
    AnswerLine,
    AnswerSection,
    Checklist,
    ChecklistGroup,
    ChecklistItem,
    RepeatTable,
)
from kc_desktop.domain.money import amount_in_words
from kc_desktop.domain.text import fold
from kc_desktop.forms.answers import (
    OTHER,
    Context,
    convert,
    instance_key,
    instances,
    is_empty,
    nest_repeats,
    other_name,
    outputs,
    visible,
)
from kc_desktop.forms.definition import FormDefinition, Question, Section

NOTE_SUFFIX = "_ghi_chu"  # the template names an item's note question "<item>_ghi_chu"
RESULT_CODES = frozenset({"dat", "khong_dat", "khong_ap_dung"})
Part = AnswerSection | Checklist | RepeatTable
# A repeat prints as a table while its questions fit as columns beside the number; with more, each
# instance prints as a block of "question: answer" lines under its own title ("Máy móc 2").
MAX_REPEAT_COLUMNS = 5
CONCLUSION_LABEL = "Kết luận"
# A number question whose label names a sum of money: "Tổng kinh phí đầu tư (triệu đồng)".
_MONEY_UNIT = re.compile(r"\(\s*(triệu|nghìn|ngàn)?\s*đồng\s*\)", re.IGNORECASE)
_UNIT_FACTORS = {"triệu": 1_000_000, "nghìn": 1_000, "ngàn": 1_000, "": 1}


def money_factor(label: str) -> int | None:
    """đồng per unit of a number question that is a sum of money (its label says so), else None."""
    found = _MONEY_UNIT.search(label)
    return _UNIT_FACTORS[(found.group(1) or "").lower()] if found else None


def in_words(value: object, factor: int) -> str:
    """"(Bằng chữ: Một trăm hai mươi bốn triệu tám trăm nghìn đồng)" of a number in units of `factor` đồng."""
    try:
        amount = int((Decimal(str(value)) * factor).to_integral_value())
    except (InvalidOperation, ValueError):
        return ""
    return f"(Bằng chữ: {amount_in_words(amount)})"


def answer_text(question: Question, raw: object, definition: FormDefinition, photos: int = 0,
                words: bool = True) -> str:
    """An answer as printed: choice labels (not codes), dates dd/mm/yyyy, Vietnamese number separators;
    a sum of money also in words unless `words` is False (a table cell)."""
    if question.type == "image":
        return f"({photos} ảnh, xem phụ lục)" if photos else "(không có ảnh)"
    value, problem = convert(question, raw, definition)
    if problem:
        return str(raw)
    if question.type in ("select_one", "select_multiple", "select_one_from_file", "select_multiple_from_file"):
        labels = {o.name: o.label for o in definition.options(question.list_name)}
        if question.or_other:
            labels.setdefault(OTHER, "Khác")
        chosen = value if isinstance(value, list | tuple) else [value]
        return ", ".join(labels.get(str(code), str(code)) for code in chosen)
    if question.type == "date" and isinstance(value, dt.date):
        return vn_date(value)
    if question.type in ("integer", "decimal"):
        factor = money_factor(question.label) if words else None
        said = in_words(value, factor) if factor else ""
        return f"{vn_number(value)} {said}" if said else vn_number(value)
    return _more_text(question, value, definition)


def _more_text(question: Question, value: object, definition: FormDefinition) -> str:
    """answer_text() of the types beyond text, numbers, dates and the plain selects."""
    kind = question.type
    if isinstance(value, dt.datetime):
        return f"{value:%H:%M} ngày {vn_date(value.date())}"
    if isinstance(value, dt.date):
        return vn_date(value)
    if kind == "rank" and isinstance(value, list):
        labels = {o.name: o.label for o in definition.options(question.list_name)}
        return "; ".join(f"{n}. {labels.get(code, code)}" for n, code in enumerate(value, 1))
    if kind == "acknowledge":
        return "Đã xác nhận"
    if kind in ("geopoint", "geotrace", "geoshape") and isinstance(value, str):
        return place_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return vn_number(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value).strip()


def place_text(value: str) -> str:
    """"21.0285, 105.8542 (độ cao 12 m, sai số 5 m)"; a line or a shape: its points, one after another."""
    shown = []
    for part in value.split(";"):
        numbers = part.split()
        if len(numbers) < 2:
            continue
        extra = []
        if len(numbers) > 2 and float(numbers[2]):
            extra.append(f"độ cao {numbers[2]} m")
        if len(numbers) > 3 and float(numbers[3]):
            extra.append(f"sai số {numbers[3]} m")
        shown.append(f"{numbers[0]}, {numbers[1]}" + (f" ({', '.join(extra)})" if extra else ""))
    if len(shown) == 1:
        return shown[0]
    return f"{len(shown)} điểm: " + "; ".join(shown)


def is_checklist_item(definition: FormDefinition, question: Question) -> bool:
    """A select_one with a "<name>_ghi_chu" note, or whose choices are Đạt / Không đạt / Không áp dụng."""
    if question.type != "select_one":
        return False
    codes = definition.choice_names(question.list_name)
    return definition.has_question(question.name + NOTE_SUFFIX) or (bool(codes) and codes <= RESULT_CODES)


class _Reader:
    def __init__(self, definition: FormDefinition, answers: Mapping[str, object], photo_counts: Mapping[str, int],
                 draft: bool) -> None:
        if definition.repeats:
            answers = nest_repeats(definition, answers)
        self.definition, self.answers, self.photo_counts, self.draft = definition, answers, photo_counts, draft
        self.shown = visible(definition, answers)
        self.texts = outputs(definition, answers)  # labels showing answers (${…}), filled in

    def label(self, question: Question) -> str:
        """A label as printed: with the answers it shows put in."""
        return self.texts.get(question.name, (question.label, ""))[0]

    def answered(self, question: Question, answers: Mapping[str, object] | None = None,
                 context: Context = ()) -> str | None:
        """The printed answer; "…" for an empty answer on a draft; None when nothing is printed.
        `answers` and `context` are those of a repeat instance."""
        answers = self.answers if answers is None else answers
        if question.type == "image":
            count = self.photo_counts.get(instance_key(context, question.name), 0)
            return answer_text(question, None, self.definition, count) if count or self.draft else None
        raw = answers.get(question.name)
        if is_empty(raw):
            return "…" if self.draft else None
        text = answer_text(question, raw, self.definition, words=not context)
        said = answers.get(other_name(question)) if question.or_other else None
        if not is_empty(said) and not self.definition.has_question(other_name(question)):
            text = f"{text} ({str(said).strip()})"  # "Khác (lò nung điện)"
        return text

    def _columns(self, group: Question) -> list[Question]:
        """What a repeat prints per instance: its own questions and the repeats directly inside it."""
        path = (*self.definition.repeat_path(group.name), group.name)
        return [q for q in self.definition.questions if q.name and self.definition.repeat_path(q.name) == path
                and (q.answerable or (q.automatic and q.label) or (q.repeat and q.type == "begin_group"))
                and q.type != "end_group"]

    def repeat(self, group: Question) -> list[Part]:
        """A repeat as a table (or one block per instance when its questions are too many for columns).
        A repeat inside it is one column (one line in a block): each of its instances on a line of its own,
        numbered, "1. Tên máy: Lò ga; Công suất (kW): 45"."""
        questions = self._columns(group)
        items = instances(self.answers, group.name)
        if not items:
            return [AnswerSection(group.label, (AnswerLine("Số lượt", "…"),))] if self.draft else []
        cells = [[self._cell(q, item, ((group.name, index),)) for q in questions] for index, item in enumerate(items)]
        if not self.draft:  # a column no instance answers is left out
            keep = [c for c in range(len(questions)) if any(row[c] for row in cells)]
            questions = [questions[c] for c in keep]
            cells = [[row[c] for c in keep] for row in cells]
        if len(questions) > MAX_REPEAT_COLUMNS:
            title = group.label.strip()
            return [AnswerSection(f"{title} {n}" if title else f"Lượt {n}",
                                  tuple(AnswerLine(q.label or q.name, text) for q, text in zip(questions, row,
                                                                                                 strict=True) if text))
                    for n, row in enumerate(cells, 1)]
        return [RepeatTable(group.label, ("STT", *(q.label or q.name for q in questions)),
                            tuple((str(n), *row) for n, row in enumerate(cells, 1)),
                            (False, *(q.type in ("integer", "decimal", "range") for q in questions)))]

    def _cell(self, question: Question, item: Mapping[str, object], context: Context) -> str:
        """One answer of one instance (`context` names it), '' where its relevant hides it in that instance;
        a repeat inside the instance as its lines."""
        if question.repeat and question.type == "begin_group":
            return self._nested(question, item, context)
        if instance_key(context, question.name) not in self.shown:
            return ""
        return self.answered(question, item, context) or ""

    def _nested(self, group: Question, item: Mapping[str, object], context: Context, prefix: str = "") -> str:
        """A repeat inside an instance: a line per instance, "1. question: answer; …", a deeper one's lines
        under each ("1.1. …")."""
        if instance_key(context, group.name) not in self.shown:
            return ""
        lines: list[str] = []
        for index, inner in enumerate(instances(item, group.name)):
            here: Context = (*context, (group.name, index))
            number = f"{prefix}{index + 1}."
            said, deeper = [], []
            for q in self._columns(group):
                text = self._cell(q, inner, here) if not q.repeat else ""
                if text:
                    said.append(f"{q.label or q.name}: {text}")
                elif q.repeat:
                    deeper.append(self._nested(q, inner, here, number))
            lines.append(f"{number} {'; '.join(said)}".rstrip())
            lines += [text for text in deeper if text]
        if not lines:
            return "…" if self.draft else ""
        return "\n".join(lines)

    def lines(self, section: Section, checklist: bool) -> list[AnswerLine | ChecklistItem | Part]:
        out: list[AnswerLine | ChecklistItem | Part] = []
        notes = {q.name + NOTE_SUFFIX for q in section.questions if checklist and is_checklist_item(self.definition, q)}
        inside = self.definition.repeat_path(section.group.name) if section.group is not None else ()
        for q in section.questions:
            if self.definition.repeat_path(q.name) != inside:
                continue  # a question of a repeat: in its table
            if q.repeat and q.type == "begin_group":
                if q.name in self.shown:
                    out += self.repeat(q)
                continue
            if q.name not in self.shown or q.name in notes or (q.automatic and not q.label):
                continue  # metadata and unlabelled calculations are not printed
            label = self.label(q)
            if q.type == "note":
                out.append(ChecklistItem(label, free=True) if checklist else AnswerLine(label, kind="note"))
            elif q.type == "begin_group":
                out.append(ChecklistItem(label, free=True) if checklist else AnswerLine(label, kind="subheading"))
            elif checklist and is_checklist_item(self.definition, q):
                note_name, note = q.name + NOTE_SUFFIX, ""
                if note_name in self.shown and self.definition.has_question(note_name):
                    note = self.answered(self.definition.question(note_name)) or ""
                out.append(ChecklistItem(label, self.answered(q) or "", "" if note == "…" else note))
            else:
                text = self.answered(q)
                if text is not None:
                    out.append(ChecklistItem(label, text, free=True) if checklist else AnswerLine(label, text))
        return out


def parts(definition: FormDefinition, answers: Mapping[str, object], photo_counts: Mapping[str, int],
          checklists: bool, draft: bool) -> tuple[Part, ...]:
    """Visible sections in template order; with `checklists`, consecutive sections holding checklist items
    become one checklist table (their other answers as plain rows of it)."""
    reader = _Reader(definition, answers, photo_counts, draft)
    out: list[Part] = []
    for section in definition.sections():
        if section.group is not None and section.group.name not in reader.shown:
            continue
        if section.group is not None and section.group.repeat:
            out += reader.repeat(section.group)
            continue
        checklist = checklists and any(is_checklist_item(definition, q) for q in section.questions)
        # A repeat inside the section cuts it: the lines before, the repeat's table, the lines after.
        runs: list[list[AnswerLine | ChecklistItem]] = [[]]
        tables: list[list[Part]] = [[]]
        for item in reader.lines(section, checklist):
            if isinstance(item, AnswerLine | ChecklistItem):
                if tables[-1]:
                    runs.append([])
                    tables.append([])
                runs[-1].append(item)
            else:
                tables[-1].append(item)
        for number, (lines, after) in enumerate(zip(runs, tables, strict=True)):
            title = (reader.label(section.group) if section.group is not None else "") if number == 0 else ""
            if checklist and lines:
                group = ChecklistGroup(title, tuple(i for i in lines if isinstance(i, ChecklistItem)))
                if out and isinstance(out[-1], Checklist):
                    out[-1] = Checklist((*out[-1].groups, group))
                else:
                    out.append(Checklist((group,)))
            elif lines or (number == 0 and title and after):
                out.append(AnswerSection(title, tuple(i for i in lines if isinstance(i, AnswerLine))))
            out += after
    return tuple(out)


def has_answered_basis(sections: tuple[Part, ...]) -> bool:
    """Whether the template has its own "Căn cứ" section with answers (then the project's is not repeated)."""
    return any(isinstance(p, AnswerSection) and "căn cứ" in p.title.lower() and p.lines for p in sections)


def _same(a: str, b: str) -> bool:
    return fold(a).strip(" .;") == fold(b).strip(" .;")


def take_conclusion(definition: FormDefinition, printed: tuple[Part, ...], conclusion: str,
                    recommendation: str) -> tuple[tuple[Part, ...], AnswerSection | None, str, str]:
    """The template's own conclusion section taken out of the parts, to print as the minutes' one conclusion.

    Its conclusion question becomes the line "Kết luận: …" (first); the record's conclusion and
    recommendation are returned empty where they only repeat one of its answers.
    Returns (the other parts, the conclusion section or None, conclusion, recommendation).
    """
    section, question = definition.conclusion_section(), definition.conclusion_question()
    if section is None:
        return printed, None, conclusion, recommendation
    found: AnswerSection | None = None
    for index in range(len(printed) - 1, -1, -1):
        part = printed[index]
        if isinstance(part, AnswerSection) and part.title == section.title:
            found = part
            break
    if found is None:
        return printed, None, conclusion, recommendation
    lines = list(found.lines)
    head = [n for n, line in enumerate(lines) if question is not None and line.label == question.label
            and line.kind == "answer"]
    if head:
        lines.insert(0, AnswerLine(CONCLUSION_LABEL, lines.pop(head[0]).text))
    answers = [line.text for line in lines if line.kind == "answer"]
    if any(_same(conclusion, text) for text in answers):
        conclusion = ""
    if any(_same(recommendation, text) for text in answers):
        recommendation = ""
    rest = printed[:index] + printed[index + 1:]
    return rest, AnswerSection(found.title, tuple(lines)), conclusion, recommendation
