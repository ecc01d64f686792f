"""Answers to a form: which questions show, what is wrong with them, initial values."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping

from kc_desktop.forms import answer_types as types
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
from kc_desktop.forms.expressions import ExpressionError, evaluate, parse, parse_filter, truthy

REQUIRED_MESSAGE = "Câu này bắt buộc phải trả lời."
OTHER = "other"  # the choice "Khác" of a select … or_other; its text is the answer of "<name>_other"
OTHER_MESSAGE = "Hãy ghi rõ lựa chọn «Khác»."
FILTERED_MESSAGE = "Lựa chọn «{choice}» không thuộc danh sách áp dụng cho câu trả lời ở trên."
_YES = frozenset({"yes", "true", "true()", "1"})
_NO = frozenset({"", "no", "false", "false()", "0"})
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TRIGGER_REF = re.compile(r"\$\{([^}]+)\}")
# Metadata filled from who works where: question type -> key of the `about` mapping given to metadata().
_FROM_CONTEXT = ("deviceid", "username", "email", "phonenumber", "subscriberid", "simserial")


def required_constant(text: str) -> bool | None:
    """True/False for the constant spellings XLSForm allows in `required`; None for an expression."""
    key = text.strip().lower()
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return len(value) == 0
    return False


def convert(question: Question, value: object, definition: FormDefinition) -> tuple[object, str]:
    """The typed value of a non-empty answer and '' — or the raw value and what is wrong with it."""
    kind = question.type
    if kind.endswith("_from_file") and question.list_name in definition.file_choices:
        kind = kind.removesuffix("_from_file")  # the file shipped with the form: checked as its list
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value, ""
        if isinstance(value, float) and value.is_integer():
            return int(value), ""
        if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            return int(value.strip()), ""
        return value, "Phải là số nguyên."
    if kind == "decimal":
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return value, ""
        if isinstance(value, str) and _DECIMAL.fullmatch(value.strip()):
            return float(value.strip()), ""
        return value, "Phải là số (phần thập phân viết sau dấu chấm)."
    if kind == "date":
        if isinstance(value, dt.date):
            return (value.date() if isinstance(value, dt.datetime) else value), ""
        if isinstance(value, str) and _DATE.fullmatch(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip()), ""
            except ValueError:
                pass
        return value, "Ngày không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2025-10-15)."
    if kind == "select_one":
        choice = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else None
        if choice is not None and (choice in definition.choice_names(question.list_name)
                                   or (question.or_other and choice == OTHER)):
            return choice, ""
        return value, f"Lựa chọn «{value}» không có trong danh sách."
    if kind == "select_multiple":
        if isinstance(value, str):
            items = value.split()
        elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            items = [v.strip() for v in value]
        else:
            return value, "Câu trả lời phải là danh sách các lựa chọn."
        known = definition.choice_names(question.list_name) | ({OTHER} if question.or_other else set())
        unknown = [v for v in items if v not in known]
        if unknown:
            return value, f"Lựa chọn «{', '.join(unknown)}» không có trong danh sách."
        return items, ""
    if kind == "image":
        if isinstance(value, str) or (isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)):
            return value, ""
        return value, "Ảnh đính kèm không hợp lệ."
    return _convert_more(question, value, definition)


def _convert_more(question: Question, value: object, definition: FormDefinition) -> tuple[object, str]:
    """convert() for the types beyond text, numbers, dates, the plain selects and photos."""
    kind = question.type
    if kind == "time":
        return types.time_value(value)
    if kind in ("datetime", *types.MOMENT_TYPES):
        return types.datetime_value(value)
    if kind == "today":
        return convert(Question(question.name, "date", ""), value, definition)
    if kind in ("geopoint", "geotrace", "geoshape", "start-geopoint"):
        return types.geo_value("geopoint" if kind == "start-geopoint" else kind, value)
    if kind == "range":
        return types.range_value(question.parameters, value)
    if kind == "rank":
        return types.rank_value(value, definition.choice_names(question.list_name))
    if kind == "acknowledge":
        return types.acknowledge_value(value)
    if kind in types.FILE_TYPES:
        return types.files_value(value)
    if kind in ("select_multiple_from_file",):
        items = value.split() if isinstance(value, str) else value
        if isinstance(items, list | tuple) and all(isinstance(v, str) for v in items):
            return list(items), ""
        return value, "Câu trả lời phải là danh sách các lựa chọn."
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return value, ""
    return value, "Câu trả lời phải là chữ."


class _State(Mapping[str, object]):
    """Answers as expressions see them: typed, and '' for questions that are not shown (as in ODK)."""

    def __init__(self, definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None) -> None:
        self.definition = definition
        self.answers = answers
        self.today = today
        self.shown: dict[str, bool] = {}
        self.typed: dict[str, object] = {}
        self.changed: str | None = None  # the question just edited (fires the calculations it triggers)
        self._computing: set[str] = set()

    def visible(self, name: str) -> bool:
        known = self.shown.get(name)
        if known is not None:
            return known
        # Assumed visible while being computed: a relevant cycle (refused at import) cannot loop forever.
        self.shown[name] = True
        result = True
        if self.definition.has_question(name):
            parent = self.definition.parent(name)
            if parent and not self.visible(parent):
                result = False
            else:
                relevant = self.definition.question(name).relevant
                result = not relevant or self.truth(relevant, None, fallback=True)
        self.shown[name] = result
        return result

    def truth(self, text: str, current: object, fallback: bool) -> bool:
        try:
            return truthy(evaluate(parse(text), self, current, self.today))
        except ExpressionError:
            return fallback

    def get(self, name: str, default: object = None) -> object:
        if name in self.typed:
            return self.typed[name]
        value: object = ""
        if self.definition.has_question(name) and self.visible(name):
            question = self.definition.question(name)
            raw = self.answers.get(name)
            if question.calculation and not self._keeps(question, raw):
                raw = self._compute(question)
            if not is_empty(raw):
                value = convert(question, raw, self.definition)[0]
        self.typed[name] = value
        return value

    def choice_label(self, name: str, value: str) -> str:
        """jr:choice-name: the label of a choice of a question's list (the value itself if unknown)."""
        if not self.definition.has_question(name):
            return value
        options = self.definition.options(self.definition.question(name).list_name)
        return next((o.label for o in options if o.name == value), value)

    def _keeps(self, question: Question, raw: object) -> bool:
        """Whether a calculation keeps its stored value: once() computed, or a trigger that did not fire."""
        if question.trigger:
            return self.changed is None or self.changed not in _TRIGGER_REF.findall(question.trigger)
        return not is_empty(raw) and question.calculation.replace(" ", "").startswith("once(")

    def _compute(self, question: Question) -> object:
        if question.name in self._computing:  # a calculation that needs itself: nothing
            return ""
        self._computing.add(question.name)
        try:
            return stored(evaluate(parse(question.calculation), self, None, self.today))
        except ExpressionError:
            return ""
        finally:
            self._computing.discard(question.name)

    def __getitem__(self, name: str) -> object:
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.answers)

    def __len__(self) -> int:
        return len(self.answers)


def _state(definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None) -> _State:
    state = _State(definition, answers, today)
    # Dependencies first, so that each relevant finds what it reads already known (shallow recursion).
    for name in definition.relevance_order:
        state.visible(name)
    return state


def visible(definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None = None) -> set[str]:
    """Names of the questions, notes and groups shown: their own and their groups' `relevant` hold."""
    state = _state(definition, answers, today)
    return {name for name, shown in state.shown.items() if shown}


def is_required(question: Question, state: _State) -> bool:
    constant = required_constant(question.required)
    if constant is not None:
        return constant
    return state.truth(question.required, None, fallback=True)


def check(definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None = None) -> dict[str, str]:
    """What is wrong, by question name, among the questions shown; an empty dict when all is well."""
    state = _state(definition, answers, today)
    errors: dict[str, str] = {}
    for q in definition.fields():
        if not state.shown.get(q.name, True):
            continue
        raw = answers.get(q.name)
        if is_empty(raw):
            if q.required and is_required(q, state):
                errors[q.name] = q.required_message or REQUIRED_MESSAGE
            continue
        value, problem = convert(q, raw, definition)
        if not problem:
            problem = _choice_problem(q, value, answers, state)
        if problem:
            errors[q.name] = problem
        elif q.constraint and _computable(q.constraint) and not state.truth(q.constraint, value, fallback=False):
            errors[q.name] = q.constraint_message or f"Giá trị không thỏa điều kiện: {q.constraint}"
    return errors


def _computable(text: str) -> bool:
    """False for a valid XLSForm expression beyond what this program computes (it is not enforced);
    a broken one counts as computable, and fails, the safe side."""
    try:
        parse(text)
    except ExpressionError:
        from kc_desktop.forms.xpath_check import expression_problem

        return bool(expression_problem(text))
    return True


def default_value(question: Question, today: dt.date | None = None) -> object:
    """The initial answer from the `default` column (None if there is none); `today()` is allowed.

    Other computed defaults (${other}, now(), …) are kept in the template but not computed here yet."""
    text = question.default.strip()
    if not text:
        return None
    if text.replace(" ", "") == "today()":
        return (today or dt.date.today()).isoformat()
    if "${" in text or "(" in text:
        return None
    if question.type == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if question.type == "decimal" and _DECIMAL.fullmatch(text):
        return float(text)
    if question.type == "select_multiple":
        return text.split()
    return text


def defaults(definition: FormDefinition, today: dt.date | None = None) -> dict[str, object]:
    """Initial answers for a new record: every answerable question with a `default`."""
    result: dict[str, object] = {}
    for q in definition.fields():
        value = default_value(q, today)
        if value is not None and q.type != "image":
            result[q.name] = value
    return result


def stored(value: object) -> object:
    """A computed value as answers store it (JSON): numbers stay numbers, dates and truths are written out."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    if isinstance(value, dt.datetime):
        return types.datetime_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def computed(definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None = None,
             changed: str | None = None) -> dict[str, object]:
    """The value of every question with a calculation ('' when hidden or not computable), as stored.

    `changed` is the question just edited: a calculation with a `trigger` is computed again only then.
    """
    calculated = definition.calculated
    if not calculated:
        return {}
    state = _state(definition, answers, today)
    state.changed = changed
    state.typed.clear()  # values read while computing visibility were read before `changed` was known
    return {q.name: stored(state.get(q.name)) for q in calculated}


def metadata(definition: FormDefinition, answers: Mapping[str, object], about: Mapping[str, str],
             now: dt.datetime | None = None, edited: bool = False) -> dict[str, object]:
    """The metadata answers that change now: start and today once, end at every edit (`edited`), and
    what `about` says of the officer and the installation (username, deviceid, …)."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    changes: dict[str, object] = {}
    for q in definition.metadata:
        old = answers.get(q.name)
        if q.type == "start" or (q.type == "end" and not edited):
            value: object = old if not is_empty(old) else types.datetime_text(now)
        elif q.type == "end":
            value = types.datetime_text(now)
        elif q.type == "today":
            value = old if not is_empty(old) else now.date().isoformat()
        elif q.type in _FROM_CONTEXT and about.get(q.type):
            value = about[q.type]
        else:
            continue
        if value != old:
            changes[q.name] = value
    return changes


def other_name(question: Question) -> str:
    """The answer key of the text typed for the choice "Khác" of a select … or_other."""
    return question.name + "_other"


def _choice_problem(q: Question, value: object, answers: Mapping[str, object], state: _State) -> str:
    """"Khác" chosen without saying what, or a choice its choice_filter leaves out now."""
    chosen = value if isinstance(value, list) else [value]
    if q.or_other and OTHER in chosen and is_empty(answers.get(other_name(q))) \
            and not state.definition.has_question(other_name(q)):
        return OTHER_MESSAGE
    if q.choice_filter:
        allowed = _allowed(q, state)
        if allowed is not None:
            refused = [c for c in chosen if c not in allowed and c != OTHER]
            if refused:
                return FILTERED_MESSAGE.format(choice=refused[0])
    return ""


class _ChoiceRow(Mapping[str, object]):
    """What a choice_filter reads: ${…} from the answers, bare names from the choice's columns."""

    def __init__(self, state: _State, option: ChoiceOption) -> None:
        self.state, self.option = state, option

    def get(self, name: str, default: object = None) -> object:
        if not name.startswith("@"):
            return self.state.get(name)
        column = name[1:]
        if column == "name":
            return self.option.name
        if column == "label":
            return self.option.label
        return next((value for key, value in self.option.extra if key == column), "")

    def __getitem__(self, name: str) -> object:
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def choice_label(self, name: str, value: str) -> str:
        return self.state.choice_label(name, value)


def _allowed(q: Question, state: _State) -> frozenset[str] | None:
    """The choices a choice_filter lets through now; None when it cannot be computed (all are offered)."""
    try:
        expr = parse_filter(q.choice_filter)
        return frozenset(o.name for o in state.definition.options(q.list_name)
                         if truthy(evaluate(expr, _ChoiceRow(state, o), None, state.today)))
    except ExpressionError:
        return None


def choice_filters(definition: FormDefinition, answers: Mapping[str, object],
                   today: dt.date | None = None) -> dict[str, frozenset[str] | None]:
    """For each question with a choice_filter: the names of the choices offered now (None = all)."""
    filtered = definition.filtered
    if not filtered:
        return {}
    state = _state(definition, answers, today)
    return {q.name: _allowed(q, state) for q in filtered}
