"""Hostile establishment lists: mutated .xlsx archives and generated sheets of hostile cells.

Each import ends in a report (rejected rows with one-line reasons) or in one SpreadsheetError-like
KCError, within the time limit, and a refused import leaves the database and its folder as they were.
"""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path
from typing import Any

import pytest
from fuzz_support import (
    FILE_EDITS,
    MEMBER_EDITS,
    XML_ILLEGAL,
    Formula,
    LongText,
    Members,
    RawCell,
    Serial,
    Shared,
    bounded,
    cell_text,
    check_error,
    check_line,
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
from hypothesis import given, note
from hypothesis import strategies as st

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.errors import KCError
from kc_desktop.progress import drive
from kc_desktop.xlsx import fields
from kc_desktop.xlsx.establishments import ImportReport, import_establishments
from tests.unit.xlsx_factory import office_workbook

_names = itertools.count()

GOOD_ROWS = [
    [1, "Công ty TNHH Gốm sứ Minh Long", "0100233488", "Phạm Thị Hương", "0912345678", "Giang Cao", "Xã Bát Tràng",
     "Gốm sứ", 35, "x", ""],
    [2, "Hợp tác xã Lụa Vạn Phúc", "0100047516", "Nguyễn Văn Đức", "0987654321", "Tổ dân phố 5", "Phường Hà Đông",
     "Dệt lụa", 40, None, ""],
    [3, "Hộ kinh doanh Lê Văn Tám", "", "Lê Văn Tám", "", "Thôn 3", "Bát Tràng", "Sơn mài", 4, "", "Không có MST"],
]

def check_report(report: ImportReport) -> None:
    for outcome in report.outcomes:
        assert outcome.action in ("create", "update", "unchanged", "rejected")
        if outcome.action == "rejected":
            check_line(outcome.reason, f"reason of row {outcome.row}")


def import_checked(db: Database, actor: Actor, folder: Path, data: bytes, suffix: str = ".xlsx") -> str:
    """Import one file: a report, or a clear error with the database and its folder untouched."""
    before, files = dump(db.path), listing(db.path.parent)
    path = write_file(folder, f"danh-sach-{next(_names)}{suffix}", data)
    try:
        report = bounded(lambda: drive(import_establishments(db, actor, path)), f"establishment list {path.name}")
    except KCError as exc:
        check_error(exc)
        assert dump(db.path) == before, "a refused import changed the database"
        tally(f"refused: {type(exc).__name__}: {exc}")
        return "refused"
    finally:
        remove(path)
        assert listing(db.path.parent) == files, "stray files next to the database"
    check_report(report)
    tally(f"imported: {'some' if report.created + report.updated else 'no'} rows written, "
          f"{'some' if report.rejected else 'no'} rows rejected")
    return "imported"


class Base(list):  # type: ignore[type-arg]
    """Archive members, shown briefly in Hypothesis' reports."""

    def __repr__(self) -> str:
        return f"<{len(self)} members: {', '.join(name for name, _ in self)}>"


@pytest.fixture
def office_members(inputs: Path) -> Members:
    """The parts of a real office list as openpyxl writes it (titles, merged cells, two header rows, footer)."""
    return Base(members_of(office_workbook(inputs / "base.xlsx", GOOD_ROWS).read_bytes()))


@fuzz_settings(250)
@given(st.lists(MEMBER_EDITS, min_size=1, max_size=4), st.lists(FILE_EDITS, max_size=2))
def test_mutated_archives(db: Database, actor: Actor, inputs: Path, office_members: Members,
                          member_edits: list[tuple[Any, ...]], file_edits: list[tuple[Any, ...]]) -> None:
    data = mutated(office_members, member_edits, file_edits)
    note(f"{len(data)} bytes")
    import_checked(db, actor, inputs, data)


# --- generated sheets ----------------------------------------------------------------------------------------

CAPTIONS = sorted({text for texts in fields.CAPTIONS.variants.values() for text in texts})
REAL_VALUES = [
    "0100233488", "0100233488-001", "001089012345", "0912345678", "+84 912 345 678", "Bát Tràng", "Xã Bát Tràng",
    "Phường Hà Đông", "00583", "x", "có", "không", "-", "Chưa có", "Công ty TNHH", "HTX", "Hộ kinh doanh", "Gốm sứ",
    "Làng gốm Bát Tràng", "Tổng cộng", "Người lập biểu", "(Ký, ghi rõ họ tên)", "Hà Nội, ngày 1 tháng 2 năm 2026",
    "12 người", "1.200", "²", "1²", "٣", "١٢", "1_000", "1e999", "1e400", "NaN", "inf", "-Infinity", "21.03",
    "105,85", "0x10", " 12 ", "12,5", LongText("9" * 400), 10**400, -(10**20), "a@b", "0", "  ", "\t", "\n",
]
TEXT = st.one_of(
    cell_text(40),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"],
                                   exclude_characters=XML_ILLEGAL), max_size=10),
    st.integers(300, 40_000).map(lambda n: LongText("Đ" * n)),
    st.integers(2, 20).map(lambda n: "Cơ sở\n" * n),
)
CLEAN_CELL = st.one_of(
    st.none(), st.sampled_from(REAL_VALUES), TEXT,
    st.integers(min_value=-(10**30), max_value=10**30), st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0, 1, -1, 2**63, 2**64, 10**20, 1e300, 1.5, -0.0, 999999999999]), st.booleans(),
    st.sampled_from(["45000", "0", "1", "60", "61", "1.5", "2958465"]).map(Serial),
    st.tuples(st.sampled_from(["SUM(A1:A3)", "1/0", "A1&B1", "NOW()"]),
              st.one_of(st.none(), st.integers(), st.sampled_from(["", "#DIV/0!", "x\ny"]))).map(
        lambda t: Formula(*t)),
    st.sampled_from(['<c t="e"><v>#REF!</v></c>', '<c t="d"><v>2025-13-45</v></c>', '<c t="inlineStr"/>',
                     '<c t="str"><v>x</v></c>', '<c t="b"/>', '<c s="1"/>']).map(RawCell),
)
DAMAGING_CELL = st.one_of(
    st.text(min_size=1, max_size=10).map(lambda t: t + XML_ILLEGAL[len(t) % len(XML_ILLEGAL)]),
    st.sampled_from(["-1", "1e10", "abc", "1e999"]).map(Serial),
    st.sampled_from(["99999", "-1", "1.5"]).map(Shared),
    st.sampled_from(['<c r="XFE1"><v>1</v></c>', '<c t="b"><v>yes</v></c>', LongText("<v>" + "9" * 5000 + "</v>"),
                     '<c><v>1e999</v></c>']).map(RawCell),
)


@st.composite
def cells(draw: st.DrawFn) -> object:
    """Mostly cells a sound file may hold; one in a hundred damages the sheet."""
    return draw(DAMAGING_CELL if draw(st.integers(0, 99)) == 57 else CLEAN_CELL)  # 0 and 99 come often


CELL = cells()
HEADER = st.lists(st.one_of(st.sampled_from(CAPTIONS), st.sampled_from(CAPTIONS), st.none(), st.just(""), TEXT),
                  min_size=1, max_size=12)
MERGES = st.lists(st.sampled_from(["A1:D1", "F4:G4", "A5:A9", "G6:G8", "B6:B1048576", "C2:C1", "XFD1:XFD9",
                                   "A1", "?:?"]), max_size=3)


@st.composite
def sheets(draw: st.DrawFn) -> tuple[list[list[object]], bool, list[str]]:
    header = draw(HEADER)
    if draw(st.integers(0, 3)) != 2:
        header[draw(st.integers(0, len(header) - 1))] = "Tên cơ sở"
        header.append(draw(st.sampled_from(CAPTIONS)))
    rows = draw(st.lists(st.lists(CELL, max_size=12), max_size=8))
    above = draw(st.lists(st.lists(CELL, max_size=4), max_size=2))
    return [*above, header, *rows], draw(st.booleans()), draw(MERGES)


@fuzz_settings(250)
@given(sheets(), st.booleans())
def test_generated_sheets(db: Database, actor: Actor, inputs: Path,
                          sheet: tuple[list[list[object]], bool, list[str]], date1904: bool) -> None:
    rows, shared, merged = sheet
    members = workbook_members([("DS cơ sở", rows)], shared=shared, merged=merged, date1904=date1904)
    import_checked(db, actor, inputs, zip_of(members))


EVERY_FIELD = [texts[0] for name, texts in fields.CAPTIONS.variants.items() if name != "_ignored"]


@fuzz_settings(200)
@given(st.lists(st.lists(st.one_of(st.sampled_from(REAL_VALUES), CELL), min_size=len(EVERY_FIELD),
                         max_size=len(EVERY_FIELD)), min_size=1, max_size=5))
def test_every_column_with_hostile_cells(db: Database, actor: Actor, inputs: Path, rows: list[list[object]]) -> None:
    """A list with a column for every field, so that every cell conversion meets every kind of cell."""
    import_checked(db, actor, inputs, zip_of(workbook_members([("DS", [EVERY_FIELD, *rows])])))


@fuzz_settings(60)
@given(st.binary(max_size=2000),
       st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]))
def test_random_bytes(db: Database, actor: Actor, inputs: Path, data: bytes, magic: bytes) -> None:
    import_checked(db, actor, inputs, magic + data)


def test_zip_bomb_is_refused_quickly(db: Database, actor: Actor, inputs: Path) -> None:
    members = workbook_members([("DS", [["Tên cơ sở", "Xã/Phường"], ["Cơ sở A", "Bát Tràng"]])])
    members.append(("xl/media/zeros.bin", bytes(50 * 1024 * 1024)))
    with zipfile.ZipFile(inputs / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    assert import_checked(db, actor, inputs, (inputs / "bomb.zip").read_bytes()) == "refused"
