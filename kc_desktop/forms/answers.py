"""Answers to a form: which questions show, what is wrong with them, initial values."""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping

from kc_desktop.forms import answer_types as types
from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
from kc_desktop.forms.expr_eval import RowValues
from kc_desktop.forms.expr_values import to_date, to_number, to_string
from kc_desktop.forms.expressions import ExpressionError, evaluate, parse, parse_filter, truthy

REQUIRED_MESSAGE = "Câu này bắt buộc phải trả lời."
MAX_INSTANCES = 100  # a repeat_count beyond this (a typing slip: 300 machines) gives this many instances
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


Context = tuple[tuple[str, int], ...]  # the repeat instances around a question: (repeat, 0-based index)


def instance_key(context: Context, name: str) -> str:
    """How errors, visibility and filters name a question of one instance: "cong_nhan[2]/ho_ten"."""
    return "".join(f"{repeat}[{index + 1}]/" for repeat, index in context) + name


def split_key(key: str) -> tuple[Context, str]:
    """The context and the name of an instance key ("" context for a question outside any repeat)."""
    parts = key.split("/")
    context: list[tuple[str, int]] = []
    for part in parts[:-1]:
        repeat, _, number = part.partition("[")
        context.append((repeat, int(number.rstrip("]") or 1) - 1))
    return tuple(context), parts[-1]


def instances(answers: Mapping[str, object], repeat: str) -> list[dict[str, object]]:
    """The instances of a repeat stored in `answers` (a list of dicts; anything else counts as none)."""
    found = answers.get(repeat)
    if not isinstance(found, list):
        return []
    return [item if isinstance(item, dict) else {} for item in found]


def renumbered(removed: str, key: str) -> str:
    """An instance key after the instance `removed` ("may[2]") went: "may[3]/ten" -> "may[2]/ten";
    '' for a key inside the removed instance itself; any other key unchanged."""
    repeat, _, number = removed.rpartition("[")
    gone = int(number.rstrip("]"))
    if not key.startswith(repeat + "["):
        return key
    digits, _, tail = key[len(repeat) + 1:].partition("]")
    if not digits.isdigit() or int(digits) < gone:
        return key
    return "" if int(digits) == gone else f"{repeat}[{int(digits) - 1}]{tail}"


def answer_at(answers: Mapping[str, object], key: str) -> object:
    """The stored answer of a question, or of a question of one instance by its instance key."""
    context, name = split_key(key)
    found: Mapping[str, object] = answers
    for repeat, index in context:
        items = instances(found, repeat)
        if not 0 <= index < len(items):
            return None
        found = items[index]
    return found.get(name)


def change_at(answers: Mapping[str, object], key: str, value: object) -> dict[str, object]:
    """The top-level change that sets one answer: {name: value}, or for a question of an instance the
    whole repeat (a copy) with that answer set; missing instances are added empty."""
    context, name = split_key(key)
    if not context:
        return {name: value}
    top = copy.deepcopy(instances(answers, context[0][0]))
    items, target = top, None
    for depth, (repeat, index) in enumerate(context):
        if depth:
            assert target is not None
            items = instances(target, repeat)
            target[repeat] = items
        while len(items) <= index:
            items.append({})
        target = items[index]
    assert target is not None
    target[name] = value
    return {context[0][0]: top}


def nest_repeats(definition: FormDefinition, answers: Mapping[str, object]) -> dict[str, object]:
    """Answers with repeats as lists of instances. A record saved before its template's repeat was one
    (a plain group then) holds the repeat's answers at the top: they become its first instance."""
    result = dict(answers)
    for repeat in definition.repeats:
        if definition.repeat_path(repeat) or isinstance(result.get(repeat), list):
            continue
        inside = {q.name for q in definition.members(repeat)}
        found = {name: result.pop(name) for name in list(result) if name in inside}
        result[repeat] = [found] if any(not is_empty(v) for v in found.values()) else []
    return result


class _State(Mapping[str, object]):
    """Answers as expressions see them: typed, and '' for questions that are not shown (as in ODK).

    One state per repeat instance (`context`), below the state of what encloses it: a question of the
    same instance is read here, one outside the repeat from the enclosing state, and one of a repeat
    not entered (sum(${price}) outside the repeat) as the list of its values in every instance."""

    def __init__(self, definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None,
                 context: Context = (), outer: _State | None = None) -> None:
        self.definition = definition
        self.answers = answers  # the answers of this instance (of the record at the top)
        self.today = today
        self.context = context
        self.outer = outer
        self.shown: dict[str, bool] = {}
        self.typed: dict[str, object] = {}
        self.changed: str | None = None  # the question just edited (fires the calculations it triggers)
        self._computing: set[str] = set()
        self._inner: dict[tuple[str, int], _State] = {}
        self._repeats = tuple(repeat for repeat, _index in context)

    # -- instances ------------------------------------------------------------------------------
    def inner(self, repeat: str, index: int) -> _State:
        """The state of one instance of a repeat that is directly inside this one."""
        key = (repeat, index)
        found = self._inner.get(key)
        if found is None:
            items = instances(self.answers, repeat)
            data = items[index] if 0 <= index < len(items) else {}
            found = _State(self.definition, data, self.today, (*self.context, key), self)
            found.changed = self.changed
            self._inner[key] = found
        return found

    def count(self, repeat: str) -> int:
        return len(instances(self.answers, repeat))

    def local(self, name: str) -> bool:
        """Whether a question belongs to this instance itself (not to an enclosing or an inner repeat)."""
        return self.definition.repeat_path(name) == self._repeats

    def _home(self, name: str) -> _State:
        """The state that reads a question: the deepest instance of this context its repeats share."""
        path = self.definition.repeat_path(name)
        state = self
        while state.outer is not None and path[: len(state._repeats)] != state._repeats:
            state = state.outer
        return state

    def key(self, name: str) -> str:
        return instance_key(self.context, name)

    def raw(self, name: str) -> object:
        return self.answers.get(name)

    def position(self) -> int:
        return self.context[-1][1] + 1 if self.context else 1

    def instance_value(self, repeat: str, number: int, name: str) -> object:
        home = self._home(repeat)
        if self.definition.repeat_path(repeat) != home._repeats or not 1 <= number <= home.count(repeat):
            return ""
        return home.inner(repeat, number - 1).get(name)

    def walk(self) -> Iterator[_State]:
        """This state and those of every instance inside it, depth first."""
        yield self
        for repeat in self.definition.repeats:
            if self.definition.repeat_path(repeat) == self._repeats:
                for index in range(self.count(repeat)):
                    yield from self.inner(repeat, index).walk()

    def forget_values(self) -> None:
        self.typed.clear()
        for state in self._inner.values():
            state.changed = self.changed
            state.forget_values()

    # -- values ---------------------------------------------------------------------------------
    def visible(self, name: str) -> bool:
        if self.context and name == self.context[-1][0]:
            return self._instance_shown()
        if not self.local(name) and self.definition.has_question(name):
            home = self._home(name)
            if home is not self:
                return home.visible(name)
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
                question = self.definition.question(name)
                relevant = question.relevant
                if relevant and question.repeat and self._reads_own_instance(name, relevant):
                    result = True  # decided in each instance (_instance_shown); the repeat itself shows
                else:
                    result = not relevant or self.truth(relevant, None, fallback=True)
        self.shown[name] = result
        return result

    def _reads_own_instance(self, repeat: str, relevant: str) -> bool:
        """Whether a repeat's relevant reads the questions of its own instances (or position(..))."""
        try:
            expr = parse(relevant)
        except ExpressionError:
            return False
        inside = {q.name for q in self.definition.members(repeat)}
        return bool(expr.refs & inside) or "position(" in relevant.replace(" ", "")

    def _instance_shown(self) -> bool:
        """Whether this instance is shown: its repeat is, and the repeat's relevant holds in this instance
        (ODK evaluates a repeat's relevant for each instance, in its own context)."""
        repeat = self.context[-1][0]
        known = self.shown.get("..")
        if known is not None:
            return known
        self.shown[".."] = True
        assert self.outer is not None
        result = self.outer.visible(repeat)
        relevant = self.definition.question(repeat).relevant
        if result and relevant:
            result = self.truth(relevant, None, fallback=True)
        if not result:  # what was read while deciding assumed the instance shown
            self.shown.clear()
            self.typed.clear()
        self.shown[".."] = result
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
        if self.definition.has_question(name):
            home = self._home(name)
            if home is not self:
                return home.get(name)
            value = self._value(name)
        self.typed[name] = value
        return value

    def _value(self, name: str) -> object:
        path = self.definition.repeat_path(name)
        question = self.definition.question(name)
        if question.repeat and len(path) == len(self._repeats):
            # The repeat itself (count(${repeat})): one item per instance.
            return [str(n) for n in range(1, self.count(name) + 1)] if self.visible(name) else ""
        if len(path) > len(self._repeats):
            # A question of a repeat not entered: its values in every instance, as a list.
            repeat = path[len(self._repeats)]
            if not self.visible(repeat):
                return ""
            found: list[object] = []
            for index in range(self.count(repeat)):
                item = self.inner(repeat, index).get(name)
                found.extend(item if isinstance(item, list) else [item])
            return found
        if not self.visible(name):
            return ""
        raw = self.answers.get(name)
        if question.calculation and not self._keeps(question, raw):
            raw = self._compute(question)
        return convert(question, raw, self.definition)[0] if not is_empty(raw) else ""

    def choice_label(self, name: str, value: str) -> str:
        """jr:choice-name: the label of a choice of a question's list (the value itself if unknown)."""
        if not self.definition.has_question(name):
            return value
        options = self.definition.options(self.definition.question(name).list_name)
        return next((o.label for o in options if o.name == value), value)

    def instance_items(self, source: str) -> tuple[Mapping[str, str], ...]:
        """instance('source')/root/item: the items of a choice list, else of a data file shipped with the form."""
        return instance_items(self.definition, source)

    def pull(self, source: str, column: str, key_column: str, key: str) -> str:
        """pulldata('file', 'column', 'key column', key): a cell of the first row of a shipped CSV whose key
        column holds the key ('' if none)."""
        return next((item.get(column, "") for item in instance_items(self.definition, source)
                     if item.get(key_column, "") == key), "")

    def fired(self, question: Question) -> bool:
        """Whether the question just edited (`changed`, an instance key) is one a trigger names, as seen
        from this instance: its own instance's question, or one outside the repeat."""
        if self.changed is None:
            return False
        return any(self._home(ref).key(ref) == self.changed for ref in _TRIGGER_REF.findall(question.trigger)
                   if self.definition.has_question(ref))

    def _keeps(self, question: Question, raw: object) -> bool:
        """Whether a calculation keeps its stored value: once() computed, or a trigger that did not fire."""
        if question.trigger:
            return not self.fired(question)
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
    state = _State(definition, nest_repeats(definition, answers) if definition.repeats else answers, today)
    # Dependencies first, so that each relevant finds what it reads already known (shallow recursion).
    for each in state.walk():
        for name in definition.relevance_order:
            if each.local(name):
                each.visible(name)
    return state


def visible(definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None = None) -> set[str]:
    """Names of the questions, notes and groups shown: their own and their groups' `relevant` hold.

    A question inside a repeat is named once per instance by its instance key ("cong_nhan[2]/ho_ten");
    the repeat itself by its name, each instance its repeat's relevant shows by its own key ("cong_nhan[2]")."""
    state = _state(definition, answers, today)
    shown = {each.key(name) for each in state.walk() for name, on in each.shown.items() if on and each.local(name)}
    # Each instance shown by its repeat's relevant, by its own key: "may[2]".
    shown.update(_own_key(each.context) for each in state.walk() if each.context and each.visible(each.context[-1][0]))
    return shown


def outputs(definition: FormDefinition, answers: Mapping[str, object],
            today: dt.date | None = None) -> dict[str, tuple[str, str]]:
    """The label and the hint, answers put in, of each question, note or group whose label or hint shows
    answers ("Lương tháng của ${ho_ten}", ODK's output), by instance key inside a repeat."""
    showing = [q for q in definition.questions
               if q.name and q.type != "end_group" and ("${" in q.label or "${" in q.hint)]
    if not showing:
        return {}
    state = _state(definition, answers, today)
    return {each.key(q.name): (_filled(q.label, each), _filled(q.hint, each))
            for each in state.walk() for q in showing if each.local(q.name)}


def _filled(text: str, state: _State) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if not state.definition.has_question(name):
            return match.group(0)
        found = state.get(name)
        if isinstance(found, list | tuple):
            return " ".join(str(stored(item)) for item in found)
        shown = stored(found)
        return to_string(shown) if isinstance(shown, int | float) else str(shown)
    return _TRIGGER_REF.sub(value, text) if "${" in text else text


def _own_key(context: Context) -> str:
    """The key of an instance itself: "khu[1]/may[2]"."""
    repeat, index = context[-1]
    return instance_key(context[:-1], f"{repeat}[{index + 1}]")


def _locks(definition: FormDefinition, q: Question) -> list[str]:
    """The read_only texts of a question and of its groups (a group's holds for everything inside it)."""
    found, name = [], q.name
    while name:
        text = definition.question(name).read_only
        if text:
            found.append(text)
        name = definition.parent(name)
    return found


def fixed_read_only(definition: FormDefinition) -> tuple[frozenset[str], frozenset[str]]:
    """Names of the questions an officer never changes (calculations, read_only yes on them or a group
    around them), and of those whose read_only (or a group's) is an expression over the answers."""
    fixed = {q.name for q in definition.fields()
             if q.calculation or any(required_constant(t) for t in _locks(definition, q))}
    changing = {q.name for q in definition.fields() if q.name not in fixed
                and any(required_constant(t) is None for t in _locks(definition, q))}
    return frozenset(fixed), frozenset(changing)


def read_only_questions(definition: FormDefinition, answers: Mapping[str, object],
                        today: dt.date | None = None) -> set[str]:
    """The questions (instance keys inside a repeat) an officer cannot change now: a calculation, a
    `read_only` of yes, or a `read_only` expression that holds (on the question or a group around it)."""
    fixed, changing = fixed_read_only(definition)
    state = _state(definition, answers, today)
    found: set[str] = set()
    for each in state.walk():
        found.update(each.key(name) for name in fixed if each.local(name))
        found.update(each.key(name) for name in changing
                     if each.local(name) and any(each.truth(t, None, fallback=False)
                                                 for t in _locks(definition, definition.question(name))
                                                 if required_constant(t) is None))
    return found


def is_required(question: Question, state: _State) -> bool:
    constant = required_constant(question.required)
    if constant is not None:
        return constant
    return state.truth(question.required, None, fallback=True)


def check(definition: FormDefinition, answers: Mapping[str, object], today: dt.date | None = None) -> dict[str, str]:
    """What is wrong, by question name, among the questions shown; an empty dict when all is well.

    A question inside a repeat is named by its instance key ("cong_nhan[2]/ho_ten")."""
    state = _state(definition, answers, today)
    errors: dict[str, str] = {}
    states = list(state.walk())
    for q in definition.fields():
        for each in states:
            if not each.local(q.name) or not each.visible(q.name):
                continue
            problem = _problem(q, each)
            if problem:
                errors[each.key(q.name)] = problem
    if not definition.repeats:
        return errors
    # In the order of the form: an instance's problems together, instance after instance.
    order = {q.name: n for n, q in enumerate(definition.questions)}

    def place(key: str) -> tuple[object, ...]:
        context, name = split_key(key)
        return (*(part for repeat, index in context for part in (order.get(repeat, 0), index)), order.get(name, 0))

    return dict(sorted(errors.items(), key=lambda item: place(item[0])))


def _problem(q: Question, state: _State) -> str:
    raw = state.raw(q.name)
    if is_empty(raw):
        return (q.required_message or REQUIRED_MESSAGE) if q.required and is_required(q, state) else ""
    value, problem = convert(q, raw, state.definition)
    if not problem:
        problem = _choice_problem(q, value, state)
    if problem:
        return problem
    if q.constraint and _computable(q.constraint) and not state.truth(q.constraint, value, fallback=False):
        return q.constraint_message or f"Giá trị không thỏa điều kiện: {q.constraint}"
    return ""


def _computable(text: str) -> bool:
    """False for a valid XLSForm expression beyond what this program computes (it is not enforced);
    a broken one counts as computable, and fails, the safe side."""
    try:
        parse(text)
    except ExpressionError:
        from kc_desktop.forms.xpath_check import expression_problem

        return bool(expression_problem(text))
    return True


def dynamic(text: str) -> bool:
    """Whether a `default` is an expression computed when the record (or the instance) is made."""
    return "${" in text or "(" in text


def default_value(question: Question, today: dt.date | None = None) -> object:
    """The initial answer from a fixed `default` (None if there is none, or if it is an expression: see
    defaults() and instance_defaults(), which compute those)."""
    text = question.default.strip()
    if not text:
        return None
    if text.replace(" ", "") == "today()":
        return (today or dt.date.today()).isoformat()
    if dynamic(text):
        return None
    if question.type == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if question.type == "decimal" and _DECIMAL.fullmatch(text):
        return float(text)
    if question.type == "select_multiple":
        return text.split()
    return text


def _dynamic_default(question: Question, state: _State) -> object:
    """An expression default computed now (ODK: a setvalue when the form or the instance is first made);
    None when it gives nothing."""
    try:
        value = stored(evaluate(parse(question.default), state, None, state.today))
    except ExpressionError:
        return None
    if is_empty(value):
        return None
    if question.type == "select_multiple" and isinstance(value, str):
        return value.split()
    if question.type == "date" and isinstance(value, int | float):  # date arithmetic gives days since 1970
        day = to_date(value)
        return day.isoformat() if day is not None else None
    return value


def defaults(definition: FormDefinition, today: dt.date | None = None) -> dict[str, object]:
    """Initial answers for a new record: every answerable question with a `default`; an expression
    (${other}, now(), concat(…)) is computed over the fixed ones, in the order of the form."""
    result, later = _fixed_defaults(definition, (), today)
    for repeat in definition.repeats:
        if not definition.repeat_path(repeat):
            result[repeat] = []  # instances are added in the filler (or fixed by repeat_count)
    for q in later:
        value = _dynamic_default(q, _state(definition, result, today))
        if value is not None:
            result[q.name] = value
    return result


def _fixed_defaults(definition: FormDefinition, path: tuple[str, ...],
                    today: dt.date | None) -> tuple[dict[str, object], list[Question]]:
    """The fixed defaults of the questions directly inside the repeats `path` (() for the record's own), and
    the questions whose default is an expression, to compute once those are known."""
    result: dict[str, object] = {}
    later: list[Question] = []
    for q in definition.fields():
        if q.type == "image" or definition.repeat_path(q.name) != path:
            continue
        value = default_value(q, today)
        if value is not None:
            result[q.name] = value
        elif q.default.strip() and dynamic(q.default):
            later.append(q)
    return result, later


def instance_defaults(definition: FormDefinition, repeat: str, today: dt.date | None = None,
                      answers: Mapping[str, object] | None = None, key: str = "") -> dict[str, object]:
    """The answers of a new instance of a repeat: its own questions with a `default`. An expression default
    is computed in the new instance (position(..), ${…} of the record) when `answers` (the record's) and
    `key` (the repeat's instance key, "khu[1]/may"; its name outside other repeats) are given."""
    result, later = _fixed_defaults(definition, (*definition.repeat_path(repeat), repeat), today)
    if not later or answers is None:
        return result
    context, _name = split_key(key or repeat)
    for q in later:
        items = answer_at(answers, key or repeat)
        adding = [*(items if isinstance(items, list) else []), result]
        state = _state(definition, {**answers, **change_at(answers, key or repeat, adding)}, today)
        for outer, index in context:
            state = state.inner(outer, index)
        value = _dynamic_default(q, state.inner(repeat, len(adding) - 1))
        if value is not None:
            result[q.name] = value
    return result


def repeat_counts(definition: FormDefinition, answers: Mapping[str, object],
                  today: dt.date | None = None) -> dict[str, int]:
    """For each instance of a repeat with a `repeat_count` (by instance key): how many instances it has
    now (a number, or an expression over the answers; nothing computable counts as 0)."""
    fixed = [name for name in definition.repeats if definition.question(name).repeat_count.strip()]
    if not fixed:
        return {}
    state = _state(definition, answers, today)
    result: dict[str, int] = {}
    for each in state.walk():
        for name in fixed:
            if not each.local(name):
                continue
            try:
                number = to_number(evaluate(parse(definition.question(name).repeat_count), each, None, today))
            except ExpressionError:
                number = 0
            result[each.key(name)] = min(int(number), MAX_INSTANCES) if math.isfinite(number) and number > 0 else 0
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

    `changed` is the question just edited (its instance key inside a repeat, "may[2]/ten_may"): a
    calculation with a `trigger` naming it is computed again only then, in that instance (or in every
    instance, for a question outside the repeat); a question with a trigger and no calculation is cleared.
    """
    calculated = definition.calculated
    # A trigger on a question without a calculation clears it when the question it names changes (ODK's
    # setvalue without a value).
    triggered = [q for q in definition.fields() if q.trigger and not q.calculation]
    if not calculated and not (triggered and changed):
        return {}
    state = _state(definition, answers, today)
    state.changed = changed
    state.forget_values()  # values read while computing visibility were read before `changed` was known
    result: dict[str, object] = {q.name: "" for q in triggered if not definition.repeat_path(q.name)
                                 and state.fired(q)}
    result.update({q.name: stored(state.get(q.name)) for q in calculated if not definition.repeat_path(q.name)})
    inside = [q for q in (*calculated, *triggered) if definition.repeat_path(q.name)]
    if not inside:
        return result
    # A calculation inside a repeat is stored in each instance: the repeat's instances come back whole.
    values = [(each.context, q.name, stored(each.get(q.name)) if q.calculation else "")
              for each in state.walk() for q in inside
              if each.local(q.name) and (q.calculation or each.fired(q))]
    for repeat in dict.fromkeys(context[0][0] for context, _n, _v in values):
        copied = copy.deepcopy(instances(state.answers, repeat))
        for context, name, value in values:
            target = _instance_dict(copied, context) if context[0][0] == repeat else None
            if target is not None:
                target[name] = value
        result[repeat] = copied
    return result


def _instance_dict(items: list[dict[str, object]], context: Context) -> dict[str, object] | None:
    """The dict of one instance in a copy of a repeat's instances (None if the stored data is not as expected)."""
    found: object = items
    for depth, (repeat, index) in enumerate(context):
        if depth:
            found = found.get(repeat) if isinstance(found, dict) else None
        if not isinstance(found, list) or not 0 <= index < len(found) or not isinstance(found[index], dict):
            return None
        found = found[index]
    return found if isinstance(found, dict) else None


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


def _choice_problem(q: Question, value: object, state: _State) -> str:
    """"Khác" chosen without saying what, or a choice its choice_filter leaves out now."""
    chosen = value if isinstance(value, list) else [value]
    if q.or_other and OTHER in chosen and is_empty(state.raw(other_name(q))) \
            and not state.definition.has_question(other_name(q)):
        return OTHER_MESSAGE
    if state.definition.filter_of(q):
        allowed = _allowed(q, state)
        if allowed is not None:
            refused = [c for c in chosen if c not in allowed and c != OTHER]
            if refused:
                return FILTERED_MESSAGE.format(choice=refused[0])
    return ""


def instance_items(definition: FormDefinition, source: str) -> tuple[Mapping[str, str], ...]:
    """The items of a secondary instance: a choice list by name, else a file beside the form by its name
    with or without extension (pulldata('fruits', …) reads fruits.csv)."""
    from kc_desktop.forms.choice_files import table

    for lists in (definition.choices, definition.external_choices):
        if source in lists:
            return tuple({"name": o.name, "label": o.label, **dict(o.extra)} for o in lists[source])
    for item in definition.files:
        if item.name == source or item.name.rsplit(".", 1)[0] == source:
            return table(item.name, item.data)
    return ()


def _columns(option: ChoiceOption) -> dict[str, str]:
    """A choice as the row a choice_filter reads: its own columns, then name and label."""
    return {**dict(option.extra), "name": option.name, "label": option.label}


def _allowed(q: Question, state: _State) -> frozenset[str] | None:
    """The choices a choice_filter lets through now; None when it cannot be computed (all are offered)."""
    try:
        expr = parse_filter(state.definition.filter_of(q))
        return frozenset(o.name for o in state.definition.options(q.list_name)
                         if truthy(evaluate(expr, RowValues(_columns(o), state), None, state.today)))
    except ExpressionError:
        return None


def choice_filters(definition: FormDefinition, answers: Mapping[str, object],
                   today: dt.date | None = None) -> dict[str, frozenset[str] | None]:
    """For each question with a choice_filter (by instance key inside a repeat): the names of the
    choices offered now (None = all)."""
    filtered = definition.filtered
    if not filtered:
        return {}
    state = _state(definition, answers, today)
    return {each.key(q.name): _allowed(q, each) for each in state.walk() for q in filtered if each.local(q.name)}
