"""A record's template answers as the minutes print them: sections of "question: answer", checklist tables."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from kc_desktop.documents.blocks import vn_date, vn_number
from kc_desktop.documents.data import AnswerLine, AnswerSection, Checklist, ChecklistGroup, ChecklistItem
from kc_desktop.domain.money import amount_in_words
from kc_desktop.domain.text import fold
from kc_desktop.forms.answers import OTHER, convert, is_empty, other_name, visible
from kc_desktop.forms.definition import FormDefinition, Question, Section

NOTE_SUFFIX = "_ghi_chu"  # the template names an item's note question "<item>_ghi_chu"
RESULT_CODES = frozenset({"dat", "khong_dat", "khong_ap_dung"})
Part = AnswerSection | Checklist
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


def answer_text(question: Question, raw: object, definition: FormDefinition, photos: int = 0) -> str:
    """An answer as printed: choice labels (not codes), dates dd/mm/yyyy, Vietnamese number separators."""
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
        factor = money_factor(question.label)
        words = in_words(value, factor) if factor else ""
        return f"{vn_number(value)} {words}" if words else vn_number(value)
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
        self.definition, self.answers, self.photo_counts, self.draft = definition, answers, photo_counts, draft
        self.shown = visible(definition, answers)

    def answered(self, question: Question) -> str | None:
        """The printed answer; "…" for an empty answer on a draft; None when nothing is printed."""
        if question.type == "image":
            count = self.photo_counts.get(question.name, 0)
            return answer_text(question, None, self.definition, count) if count or self.draft else None
        raw = self.answers.get(question.name)
        if is_empty(raw):
            return "…" if self.draft else None
        text = answer_text(question, raw, self.definition)
        said = self.answers.get(other_name(question)) if question.or_other else None
        if not is_empty(said) and not self.definition.has_question(other_name(question)):
            text = f"{text} ({str(said).strip()})"  # "Khác (lò nung điện)"
        return text

    def lines(self, section: Section, checklist: bool) -> list[AnswerLine | ChecklistItem]:
        out: list[AnswerLine | ChecklistItem] = []
        notes = {q.name + NOTE_SUFFIX for q in section.questions if checklist and is_checklist_item(self.definition, q)}
        for q in section.questions:
            if q.name not in self.shown or q.name in notes or (q.automatic and not q.label):
                continue  # metadata and unlabelled calculations are not printed
            if q.type == "note":
                out.append(ChecklistItem(q.label, free=True) if checklist else AnswerLine(q.label, kind="note"))
            elif q.type == "begin_group":
                out.append(ChecklistItem(q.label, free=True) if checklist else AnswerLine(q.label, kind="subheading"))
            elif checklist and is_checklist_item(self.definition, q):
                note_name, note = q.name + NOTE_SUFFIX, ""
                if note_name in self.shown and self.definition.has_question(note_name):
                    note = self.answered(self.definition.question(note_name)) or ""
                out.append(ChecklistItem(q.label, self.answered(q) or "", "" if note == "…" else note))
            else:
                text = self.answered(q)
                if text is not None:
                    out.append(ChecklistItem(q.label, text, free=True) if checklist else AnswerLine(q.label, text))
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
        checklist = checklists and any(is_checklist_item(definition, q) for q in section.questions)
        lines = reader.lines(section, checklist)
        if checklist:
            group = ChecklistGroup(section.title, tuple(i for i in lines if isinstance(i, ChecklistItem)))
            if out and isinstance(out[-1], Checklist):
                out[-1] = Checklist((*out[-1].groups, group))
            else:
                out.append(Checklist((group,)))
        elif lines:
            out.append(AnswerSection(section.title, tuple(i for i in lines if isinstance(i, AnswerLine))))
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
