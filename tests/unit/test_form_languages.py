"""Every language of a form kept, exported and shown: the interface language, else the form's
default_language, else the unlabelled column; the printed minutes stay in Vietnamese."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kc_desktop.documents.template_parts import answer_text
from kc_desktop.forms.answers import check
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.forms.languages import code_of, in_language, order
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform


def write_form(path: Path, default_language: str = "English (en)") -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label::English (en)", "label::Tiếng Việt (vi)", "hint::English (en)",
                   "hint::Tiếng Việt (vi)", "constraint", "constraint_message::English (en)",
                   "constraint_message::Tiếng Việt (vi)", "required", "required_message::English (en)",
                   "required_message::Tiếng Việt (vi)", "label::Français (fr)"])
    survey.append(["integer", "workers", "Workers", "Số lao động", "Full-time only", "Chỉ tính toàn thời gian",
                   ". >= 0", "Cannot be negative", "Không được âm", "yes", "Say how many", "Hãy ghi số lao động",
                   "Travailleurs"])
    survey.append(["select_one yn", "export", "Exports?", "", "", "Chỉ tính năm nay", "", "", "", "", "", "",
                   "Exporte ?"])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label::English (en)", "label::Tiếng Việt (vi)"])
    choices.append(["yn", "yes", "Yes", "Có"])
    choices.append(["yn", "no", "No", ""])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version", "form_title", "default_language"])
    settings.append(["song_ngu", "1", "Song ngữ", default_language])
    book.save(path)
    return path


@pytest.fixture
def form(tmp_path: Path) -> FormDefinition:
    return read_xlsform(write_form(tmp_path / "song_ngu.xlsx"))


def test_language_columns_are_told_by_code_or_by_name() -> None:
    assert code_of("Tiếng Việt (vi)") == code_of("Vietnamese") == code_of("tiếng việt") == "vi"
    assert code_of("English (en)") == code_of("English") == code_of("english (en-GB)") == "en"
    assert code_of("Français (fr)") == "fr" and code_of("Kiswahili") == "" and code_of("") == ""


def test_the_interface_language_comes_first_then_the_default_language(form: FormDefinition) -> None:
    assert order(form, "en")[:2] == ("English (en)", "")
    assert order(form, "vi")[:2] == ("Tiếng Việt (vi)", "English (en)")
    english, vietnamese = in_language(form, "en"), in_language(form, "vi")
    workers_en, workers_vi = english.question("workers"), vietnamese.question("workers")
    assert (workers_en.label, workers_en.hint, workers_en.constraint_message, workers_en.required_message) == (
        "Workers", "Full-time only", "Cannot be negative", "Say how many")
    assert (workers_vi.label, workers_vi.hint, workers_vi.constraint_message, workers_vi.required_message) == (
        "Số lao động", "Chỉ tính toàn thời gian", "Không được âm", "Hãy ghi số lao động")
    # A text missing in Vietnamese falls back to the default language (English here), per text.
    assert vietnamese.question("export").label == "Exports?"
    # A text in one language only is shown in every language rather than nothing.
    assert vietnamese.question("export").hint == english.question("export").hint == "Chỉ tính năm nay"
    assert [o.label for o in vietnamese.options("yn")] == ["Có", "No"]
    assert [o.label for o in english.options("yn")] == ["Yes", "No"]
    # The messages of checks follow the language shown; the answers are the same.
    assert check(english, {"workers": -1})["workers"] == "Cannot be negative"
    assert check(vietnamese, {})["workers"] == "Hãy ghi số lao động"
    assert english == in_language(english, "en") and english.questions[0].name == form.questions[0].name


def test_a_language_the_form_lacks_falls_back_to_the_default_language(tmp_path: Path) -> None:
    form = read_xlsform(write_form(tmp_path / "f.xlsx", default_language="Français (fr)"))
    assert in_language(form, "en").question("workers").label == "Workers"
    assert in_language(form, "xx").question("workers").label == "Travailleurs"
    assert in_language(form, "xx").question("export").label == "Exporte ?"


def test_printed_minutes_use_vietnamese_whatever_the_interface(form: FormDefinition) -> None:
    assert form.question("workers").label == "Số lao động"
    assert answer_text(form.question("export"), "yes", form) == "Có"
    assert answer_text(form.question("export"), "no", form) == "No"  # no Vietnamese: the default language


def test_export_writes_every_language_back(form: FormDefinition, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_xlsform(form, out)
    headers = [c.value for c in next(openpyxl.load_workbook(out)["survey"].iter_rows(max_row=1))]
    for column in ("label", "hint", "constraint_message", "required_message"):
        assert f"{column}::English (en)" in headers and f"{column}::Tiếng Việt (vi)" in headers
    assert "label::Français (fr)" in headers
    again = read_xlsform(out)
    assert again == form and again.languages == form.languages == ("English (en)", "Tiếng Việt (vi)", "Français (fr)")
    assert again.default_language == "English (en)"
    assert [q.translations for q in again.questions] == [q.translations for q in form.questions]
    assert {n: [o.translations for o in os] for n, os in again.choices.items()} == {
        n: [o.translations for o in os] for n, os in form.choices.items()}
