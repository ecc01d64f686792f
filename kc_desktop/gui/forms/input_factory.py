"""Which input a question gets: the common ones (inputs.py) and those field forms add (inputs_extra.py)."""
from __future__ import annotations

from kc_desktop.forms.definition import ChoiceOption, Question
from kc_desktop.gui.forms import inputs_extra as extra
from kc_desktop.gui.forms.inputs import (
    DateInput,
    ImageInput,
    QuestionInput,
    SelectMultipleInput,
    SelectOneInput,
    TextInput,
)

_TYPED = ("text", "integer", "decimal", "barcode")
_NO_INPUT = ("note", "begin_group", "end_group")


def make_input(question: Question, options: tuple[ChoiceOption, ...]) -> QuestionInput | None:
    """The input for a question, or None for notes, group markers and metadata (nothing to type)."""
    kind = question.type
    if kind in _TYPED:
        return TextInput(question)
    if question.automatic and kind != "calculate":
        return None
    if kind == "date":
        return DateInput(question)
    if kind in ("select_one", "select_one_from_file", "select_one_external") and options:
        return SelectOneInput(question, options)
    if kind in ("select_multiple", "select_multiple_from_file") and options:
        return SelectMultipleInput(question, options)
    if kind == "image":
        return ImageInput(question)
    if kind in _NO_INPUT:
        return None
    more: dict[str, type[QuestionInput]] = {
        "time": extra.TimeInput, "datetime": extra.DateTimeInput, "range": extra.RangeInput,
        "acknowledge": extra.AcknowledgeInput, "geopoint": extra.GeoInput, "geotrace": extra.GeoInput,
        "geoshape": extra.GeoInput, "calculate": extra.ComputedInput,
        **dict.fromkeys(("file", "audio", "video", "background-audio", "osm"), extra.FileInput),
    }
    if kind == "rank":
        return extra.RankInput(question, options)
    if kind in more:
        return more[kind](question)
    # A list from a file not shipped with the form, or a type to come: the code is typed in.
    return TextInput(question)
