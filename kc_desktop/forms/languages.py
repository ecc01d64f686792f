"""The languages of a form (label::Tiếng Việt (vi), label::English (en), …) and the texts shown in one of them.

A form keeps every language it came with (Question.translations, ChoiceOption.translations) and export
writes them all back. Its plain fields (label, hint, constraint_message, required_message) hold the
Vietnamese text, else the default language's, else the unlabelled column's: that is what the printed
minutes use, whatever the interface language, because official documents are in Vietnamese.
The form filler and the template preview show the form in the interface language with `in_language`:
each text in that language, else in the form's default_language, else the unlabelled column, else the
first language that has it.
"""

from __future__ import annotations

import dataclasses

from kc_desktop.forms.definition import ChoiceOption, FormDefinition, Question
from kc_desktop.forms.language_codes import code_of, order_of, pick

__all__ = ["SHOWN_COLUMNS", "code_of", "in_language", "options_in", "order", "pick"]

SHOWN_COLUMNS = ("label", "hint", "constraint_message", "required_message")


def order(definition: FormDefinition, code: str) -> tuple[str, ...]:
    """The form's languages in the order texts are looked for when showing it in language `code`."""
    return order_of(definition.languages, definition.default_language, code)


def _question(q: Question, languages: tuple[str, ...]) -> Question:
    if not q.translations:
        return q

    def text(column: str) -> str:
        return pick(q.translations, column, languages, str(getattr(q, column)))

    return dataclasses.replace(q, label=text("label"), hint=text("hint"), constraint_message=text("constraint_message"),
                               required_message=text("required_message"))


def options_in(options: tuple[ChoiceOption, ...], languages: tuple[str, ...]) -> tuple[ChoiceOption, ...]:
    return tuple(dataclasses.replace(o, label=pick(o.translations, "label", languages, o.label))
                 if o.translations else o for o in options)


def in_language(definition: FormDefinition, code: str) -> FormDefinition:
    """The form with its shown texts (labels, hints, messages, choice labels) in language `code`
    ("vi", "en"), falling back as the module says; answers and expressions are untouched."""
    languages = order(definition, code)
    if languages in ((), ("",)):
        return definition
    return dataclasses.replace(
        definition,
        questions=tuple(_question(q, languages) for q in definition.questions),
        choices={name: options_in(options, languages) for name, options in definition.choices.items()},
        external_choices={name: options_in(options, languages)
                          for name, options in definition.external_choices.items()},
        shown_languages=languages,
    )
