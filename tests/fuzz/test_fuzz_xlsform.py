"""Hostile XLSForm templates: generated survey/choices/settings sheets and mutated archives of real ones.

read_xlsform gives a definition or one TemplateError (one line per problem, in Vietnamese); an
accepted definition writes back and reads again to the same definition; import_template stores it
or refuses it leaving the database as it was.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from fuzz_support import (
    FILE_EDITS,
    MEMBER_EDITS,
    LongText,
    Members,
    RawCell,
    bounded,
    cell_text,
    check_error,
    dump,
    fuzz_settings,
    listing,
    members_of,
    mutated,
    remove,
    tally,
    workbook_members,
    write_file,
    zip_of,
)
from hypothesis import given
from hypothesis import strategies as st
from test_fuzz_expressions import GRAMMAR

from kc_desktop import paths
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.errors import KCError
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.forms.xlsform import read_xlsform, write_xlsform
from kc_desktop.services.templates import import_template

_names = itertools.count()

NAMES = ["a", "b", "c", "g1", "g2", "_x", "tên", "a.b-c", "1bad", "a b", "", "${a}", LongText("x" * 300), "a\nb"]
TYPES = [
    "text", "integer", "int", "decimal", "date", "note", "image", "photo", "begin_group", "end_group", "begin group",
    "end group", "select_one yn", "select_multiple yn", "select one yn", "select_one", "select_one missing",
    "select_one yn or_other", "select_one yn extra", "begin repeat", "end repeat", "calculate", "geopoint",
    "select_one_from_file x.csv", "TEXT", " text ", "", "\n", "select_multiple  yn",
]
EXPRESSIONS = st.one_of(
    GRAMMAR, st.sampled_from(["", "yes", "no", "true()", "${a}", "${b} = 'y'", "${a} > ${b}", ". > 0", "${missing}",
                              "selected(${c}, 'y')", "${g1} != ''", "(((", "1 div 0", "regex(., '(a|a)*')"]),
    cell_text(30),
)
DEFAULTS = st.one_of(st.sampled_from(["", "today()", "1", "-1", "abc", "2025-01-31", "2025-02-30", "${a}", "y",
                                      "y n", "1.5", "1e400"]), cell_text(10))
TEXTS = st.one_of(st.sampled_from(["Nhãn", "", "=1+1", "Có\nKhông", LongText("Đ" * 5000)]), cell_text(20))
SURVEY_HEADERS = ["type", "name", "label", "hint", "required", "constraint", "constraint_message", "relevant",
                  "default", "appearance"]
EXTRA_HEADERS = ["label::Vietnamese (vi)", "label::English (en)", "hint::Tiếng Việt", "media::image", "calculation",
                 "$given_name", "Type", "NAME", "", "label", "required_message", "choice_filter"]


@st.composite
def survey_row(draw: st.DrawFn, width: int) -> list[object]:
    row: list[object] = [
        draw(st.one_of(st.sampled_from(TYPES), cell_text(15))),
        draw(st.one_of(st.sampled_from(NAMES), cell_text(10))),
        draw(TEXTS), draw(TEXTS), draw(EXPRESSIONS), draw(EXPRESSIONS), draw(TEXTS), draw(EXPRESSIONS),
        draw(DEFAULTS), draw(st.sampled_from(["", "multiline", "signature", "x"])),
    ]
    row += [draw(TEXTS) for _ in range(width - len(row))]
    for index in draw(st.lists(st.integers(0, width - 1), max_size=3)):
        odd = st.sampled_from([RawCell('<c t="e"><v>#N/A</v></c>'), RawCell('<c t="d"><v>x</v></c>')])
        row[index] = draw(st.one_of(st.none(), st.integers(), st.floats(), st.booleans(), odd))
    return row


@st.composite
def forms(draw: st.DrawFn) -> list[tuple[str, list[list[object]]]]:
    header = list(SURVEY_HEADERS)
    header += draw(st.lists(st.sampled_from(EXTRA_HEADERS), max_size=2))
    for index in draw(st.lists(st.integers(0, len(header) - 1), max_size=2)):
        header[index] = draw(st.one_of(st.sampled_from(EXTRA_HEADERS), cell_text(10)))
    survey = [header, *draw(st.lists(survey_row(len(header)), max_size=10))]
    choices = [["list_name", "name", "label", *draw(st.lists(st.sampled_from(["image", "label::English (en)"]),
                                                             max_size=1))]]
    choices += draw(st.lists(st.lists(st.one_of(st.sampled_from(["yn", "y", "n", "Có", "Không", "", "x y", "1bad"]),
                                                cell_text(8)), min_size=2, max_size=4), max_size=6))
    settings = [["form_id", "version", "form_title"],
                [draw(st.sampled_from(["mau_thu", "", "1bad", "a b", "x" * 200])),
                 draw(st.one_of(st.sampled_from(["1", "", "2025.1"]), st.integers(), cell_text(5))),
                 draw(TEXTS)]]
    sheets = [("survey", survey), ("choices", choices), ("settings", settings)]
    kept = draw(st.lists(st.sampled_from(sheets), min_size=1, max_size=4))
    titles = draw(st.lists(st.sampled_from(["survey", "Survey ", "choices", "settings", "SURVEY", "khác", "x" * 31]),
                           min_size=len(kept), max_size=len(kept)))
    return [(title if draw(st.booleans()) else name, rows) for (name, rows), title in zip(kept, titles, strict=True)]


PLAUSIBLE_TYPES = ["text", "integer", "decimal", "date", "note", "image", "select_one yn", "select_multiple yn",
                   "begin_group", "end_group"]
PLAUSIBLE_NAMES = ["a", "b", "c", "d", "g1", "g2"]
PLAUSIBLE_EXPRESSIONS = ["", "", "", "${a} = 'y'", "${b} > 3", "selected(${c}, 'y')", "${d} != ''", ". > 0",
                         "${g1} = 1", "not(${a} = ${b})", "string-length(.) < 10", "today() > ${d}", "yes", "${a}"]


@st.composite
def plausible_forms(draw: st.DrawFn) -> list[tuple[str, list[list[object]]]]:
    """Templates that are right but for a few things: relevant cycles, references, defaults, open groups."""
    names = draw(st.permutations(PLAUSIBLE_NAMES))
    rows: list[list[object]] = [["type", "name", "label", "required", "constraint", "relevant", "default"]]
    groups = 0
    for name in names[: draw(st.integers(1, len(names)))]:
        kind = draw(st.sampled_from(PLAUSIBLE_TYPES))
        if kind == "end_group":
            groups -= 1
            rows.append([kind, "", "", "", "", "", ""])
            continue
        groups += kind == "begin_group"
        answerable = kind not in ("note", "begin_group")
        default = {"date": ["", "today()", "2025-01-31"], "integer": ["", "1", "abc"], "select_one yn": ["", "y"]}
        rows.append([kind, name, draw(st.sampled_from(["Nhãn", "Câu hỏi\nhai dòng", "=1+1"])),
                     draw(st.sampled_from(["", "yes", "${a} = 'y'"])) if answerable else "",
                     draw(st.sampled_from(PLAUSIBLE_EXPRESSIONS)) if answerable else "",
                     draw(st.sampled_from(PLAUSIBLE_EXPRESSIONS)),
                     draw(st.sampled_from(default.get(kind, [""]))) if answerable and kind != "image" else ""])
    rows += [["end_group", "", "", "", "", "", ""]] * max(groups - draw(st.integers(0, 1)), 0)
    choices = [["list_name", "name", "label"], ["yn", "y", "Có"], ["yn", "n", "Không"]]
    settings = [["form_id", "version", "form_title"], ["mau_thu", draw(st.sampled_from(["1", "2"])), "Phiếu thử"]]
    return [("survey", rows), ("choices", choices), ("settings", settings)]


def read_checked(path: Path) -> FormDefinition | None:
    """read_xlsform on one file: a definition that survives writing and reading back, or one clear error."""
    try:
        definition = bounded(lambda: read_xlsform(path), f"template {path.name}")
    except KCError as exc:
        check_error(exc)
        tally(f"refused: {type(exc).__name__}: {exc}".replace("\n", " "))
        return None
    again = path.with_name(path.stem + "-again.xlsx")
    try:
        write_xlsform(definition, again)
        assert read_xlsform(again) == definition, "an accepted template reads back differently"
    finally:
        remove(again)
    tally(f"accepted: {len(definition.questions)} questions")
    return definition


def import_checked(db: Database, actor: Actor, path: Path) -> None:
    before, files = dump(db.path), listing(db.path.parent)
    try:
        bounded(lambda: import_template(db, actor, path), f"template import {path.name}")
    except KCError as exc:
        check_error(exc)
        assert dump(db.path) == before, "a refused template changed the database"
    assert listing(db.path.parent) == files, "stray files next to the database"


def read_and_import(db: Database, actor: Actor, inputs: Path, data: bytes) -> None:
    path = write_file(inputs, f"mau-{next(_names)}.xlsx", data)
    try:
        if read_checked(path) is not None:
            import_checked(db, actor, path)
    finally:
        remove(path)


@fuzz_settings(120)
@given(forms(), st.booleans())
def test_generated_templates(db: Database, actor: Actor, inputs: Path, sheets: list[tuple[str, list[list[object]]]],
                             shared: bool) -> None:
    read_and_import(db, actor, inputs, zip_of(workbook_members(sheets, shared=shared)))


@fuzz_settings(100)
@given(plausible_forms())
def test_plausible_templates(db: Database, actor: Actor, inputs: Path,
                             sheets: list[tuple[str, list[list[object]]]]) -> None:
    read_and_import(db, actor, inputs, zip_of(workbook_members(sheets)))


class Base(list):  # type: ignore[type-arg]
    def __repr__(self) -> str:
        return f"<{len(self)} members: {', '.join(name for name, _ in self)}>"


@pytest.fixture(params=["khao_sat_ho_tro_thiet_bi.xlsx", "kiem_tra_thuc_hien.xlsx"])
def template_members(request: pytest.FixtureRequest) -> Members:
    return Base(members_of(paths.resource("templates", request.param).read_bytes()))


@fuzz_settings(100)
@given(st.lists(MEMBER_EDITS, min_size=1, max_size=4), st.lists(FILE_EDITS, max_size=2))
def test_mutated_templates(db: Database, actor: Actor, inputs: Path, template_members: Members,
                           member_edits: list[tuple[Any, ...]], file_edits: list[tuple[Any, ...]]) -> None:
    read_and_import(db, actor, inputs, mutated(template_members, member_edits, file_edits))
