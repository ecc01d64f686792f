"""Real XLSForms from public ODK, KoboToolbox, Ona and pyxform repositories (../shared/xlsform-corpus).

SOURCES.tsv says for each file whether the reference (pyxform 4.5 plus ODK Validate) accepts it.
Every form it accepts imports here, unless it uses a feature this program cannot honour (listed
below with the reason); its export converts with pyxform and passes ODK Validate, and reads back to
the same questions, choices, languages, expressions and settings. Every form it refuses is refused
with messages of one line each.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from kc_desktop import paths
from kc_desktop.forms.definition import FormDefinition, TemplateError
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "xlsform-corpus"
# Valid for the reference, refused here: features this program cannot honour (none left: the OSM
# question and the entities sheet of pyxform__case_insensitivity.xlsx are kept since).
UNSUPPORTED: dict[str, str] = {}


def _marks() -> dict[str, str]:
    sources = CORPUS / "SOURCES.tsv"
    if not sources.is_file():
        if os.environ.get("CI"):
            raise AssertionError(f"the XLSForm corpus is missing: {CORPUS}")
        return {}
    with sources.open(encoding="utf-8") as handle:
        return {row["file"]: row["pyxform_4.5_and_odk_validate"] for row in csv.DictReader(handle, delimiter="\t")}


MARKS = _marks()
VALID = sorted(name for name, mark in MARKS.items() if mark == "valid")
INVALID = sorted(name for name, mark in MARKS.items() if mark == "invalid")


def _odk_validate(path: Path) -> None:
    """Convert with pyxform and check with ODK Validate (Java); fails the test on any error."""
    if shutil.which("java") is None:
        if os.environ.get("CI"):
            raise AssertionError("ODK Validate needs a Java runtime (.ci/run installs one)")
        pytest.skip("no Java runtime for ODK Validate")
    from pyxform.xls2xform import convert

    convert(str(path), validate=True)


def _meaning(definition: FormDefinition) -> tuple[object, ...]:
    return (
        definition.form_id,
        definition.version,
        definition.title,
        definition.default_language,
        definition.instance_name,
        definition.style,
        definition.settings,
        definition.languages,
        definition.questions,
        definition.choices,
        definition.external_choices,
        definition.osm_choices,
        definition.entities,
        definition.files,
    )


def test_the_corpus_is_there_and_the_exceptions_are_few() -> None:
    if not MARKS:
        pytest.skip("no XLSForm corpus beside the project")
    assert len(VALID) >= 30 and len(INVALID) >= 5
    assert set(UNSUPPORTED) <= set(VALID) and len(UNSUPPORTED) <= 2


@pytest.mark.parametrize("name", VALID)
def test_a_valid_form_imports_and_round_trips(name: str, tmp_path: Path) -> None:
    if name in UNSUPPORTED:
        with pytest.raises(TemplateError) as caught:
            read_xlsform(CORPUS / name)
        assert all("chưa hỗ trợ" in p.message and "\n" not in str(p) for p in caught.value.problems)
        return
    definition = read_xlsform(CORPUS / name)
    assert definition.questions
    exported = tmp_path / name
    write_xlsform(definition, exported)
    _odk_validate(exported)
    assert _meaning(read_xlsform(exported)) == _meaning(definition)


@pytest.mark.parametrize("name", INVALID)
def test_an_invalid_form_is_refused_clearly(name: str) -> None:
    with pytest.raises(TemplateError) as caught:
        read_xlsform(CORPUS / name)
    problems = caught.value.problems
    assert problems
    for problem in problems:
        text = str(problem)
        assert "\n" not in text and "Traceback" not in text and len(text) < 500


@pytest.mark.parametrize("file_name", ["khao_sat_ho_tro_thiet_bi.xlsx", "kiem_tra_thuc_hien.xlsx"])
def test_built_in_templates_pass_odk_validate(file_name: str, tmp_path: Path) -> None:
    definition = read_xlsform(paths.resource("templates", file_name))
    exported = tmp_path / file_name
    write_xlsform(definition, exported)
    _odk_validate(exported)
    assert read_xlsform(exported) == definition


def test_a_template_with_repeats_round_trips_and_passes_odk_validate(tmp_path: Path) -> None:
    from pyxform.xls2xform import convert

    from tests.unit.repeat_form import repeat_definition

    definition = repeat_definition()
    exported = tmp_path / "repeats.xlsx"
    write_xlsform(definition, exported)
    _odk_validate(exported)
    assert _meaning(read_xlsform(exported)) == _meaning(definition)
    xform = convert(str(exported), validate=False).xform
    assert '<repeat nodeset="/data/lao_dong">' in xform  # a real repeat, not a group
    assert '<repeat nodeset="/data/may" jr:count=" /data/so_may ">' in xform
    assert 'relevant=" ../tuoi  &lt; 18"' in xform and 'calculate="sum( /data/lao_dong/luong )"' in xform
