"""Shared tools of the fuzz tests: bounded runs, checks of outcomes, raw workbooks and zip surgery.

Every reader is fed hostile input and must end in success or in one clear error: a KCError whose
message is one line of Vietnamese, never another exception, never a hang, never a partial write.
"""

from __future__ import annotations

import io
import os
import re
import signal
import sqlite3
import struct
import threading
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from xml.sax.saxutils import escape, quoteattr

from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from kc_desktop.errors import KCError

T = TypeVar("T")
CORPUS = Path(__file__).parent / "corpus"
# Seconds one example may take before it counts as a hang (generous: CI machines are shared).
EXAMPLE_SECONDS = 20.0
# Letters only Vietnamese text has (among the languages a message could be in by mistake).
_VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_MAX_MESSAGE = 2000


# A longer hunt than CI's: KC_FUZZ_SCALE=20 runs twenty times the examples; KC_FUZZ_SEED (any value)
# draws new random examples on each run (Hypothesis prints how to reproduce a failure it finds).
SCALE = float(os.environ.get("KC_FUZZ_SCALE", "1"))
SEED = os.environ.get("KC_FUZZ_SEED")


def fuzz_settings(examples: int) -> settings:
    """Reproducible runs: the same `examples` every time (derandomised, no example database), no
    deadline per example (bounded() catches hangs instead)."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # no slow "explain" phase
        deadline=None,
        derandomize=SEED is None,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                               HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


def tally(label: str) -> None:
    """Count an outcome in Hypothesis' statistics (--hypothesis-show-statistics); nothing outside a fuzz test.

    Quoted names and numbers are left out, so that alike outcomes count together."""
    try:
        label = label.encode("utf-8", "replace").decode("utf-8")
        event(re.sub(r"[0-9]+", "N", re.sub(r"«[^»]*»", "«…»", label))[:90])
    except InvalidArgument:
        pass


class Hung(BaseException):
    """Raised into a run that took too long; a BaseException, so that no `except Exception` hides it."""


def bounded(run: Callable[[], T], what: str, seconds: float = EXAMPLE_SECONDS) -> T:
    """The result of `run()`, failing the test (naming `what`) if it takes longer than `seconds`.

    In the main thread a timer signal interrupts the run; elsewhere (or without SIGALRM) the run goes
    to a worker thread that is abandoned when it overruns.
    """
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        def alarm(signum: int, frame: object) -> None:
            raise Hung(what)

        previous = signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return run()
        except Hung:
            raise AssertionError(f"hang: more than {seconds:.0f} s on {what}") from None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = run()
        except BaseException as exc:  # handed back to the caller's thread below
            box["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise AssertionError(f"hang: more than {seconds:.0f} s on {what}")
    if "error" in box:
        raise box["error"]
    return box["result"]


def check_line(text: str, what: str = "message") -> None:
    """One non-empty, reasonably short line of Vietnamese."""
    assert isinstance(text, str) and text.strip(), f"empty {what}"
    assert "\n" not in text and "\r" not in text, f"{what} spans several lines: {text!r}"
    assert len(text) <= _MAX_MESSAGE, f"{what} is {len(text)} characters long: {text[:200]!r}…"
    assert _VIETNAMESE.search(text.lower()), f"{what} is not Vietnamese: {text!r}"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise AssertionError(f"{what} cannot be printed (a lone surrogate): {text!r}") from None


def check_error(exc: BaseException) -> None:
    """A clear error: a KCError with a one-line Vietnamese message (a template's list: one line per problem)."""
    from kc_desktop.forms.definition import TemplateError

    assert isinstance(exc, KCError), f"{type(exc).__name__} instead of a KCError: {exc!r}"
    if isinstance(exc, TemplateError) and len(exc.problems) > 1:
        head, *lines = str(exc).split("\n")
        check_line(head, "template error heading")
        assert len(lines) == len(exc.problems), f"a problem spans several lines: {str(exc)!r}"
        for problem, line in zip(exc.problems, lines, strict=True):
            check_line(line, f"problem {problem!r}")
        return
    check_line(str(exc))


def dump(path: Path) -> str:
    """Every row of every table of an SQLite file, read as another program would."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def listing(folder: Path) -> set[str]:
    """The files of a folder (SQLite's own -wal/-shm files aside), to find stray temporary files."""
    return {p.name for p in Path(folder).iterdir() if not p.name.endswith(("-wal", "-shm", "-journal"))}


class LongText(str):
    """A long string shown briefly in Hypothesis' reports."""

    def __repr__(self) -> str:
        return f"<{len(self)} characters: {str.__repr__(self[:20])}…>"


class LongBytes(bytes):
    def __repr__(self) -> str:
        return f"<{len(self)} bytes: {bytes.__repr__(self[:20])}…>"


# --- zip surgery ---------------------------------------------------------------------------------------------

Members = list[tuple[str, bytes]]


def members_of(data: bytes) -> Members:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def zip_of(members: Members, compression: int = zipfile.ZIP_DEFLATED, comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression) as archive:
        warnings.simplefilter("ignore")  # duplicate names are wanted here
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
        archive.comment = comment
    return buffer.getvalue()


def _headers(data: bytes) -> list[tuple[int, int]]:
    """(offset of the central directory entry, offset of its local header) for every member."""
    found = []
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        if position + 46 > len(data):
            break
        local = struct.unpack_from("<I", data, position + 42)[0]
        found.append((position, local))
        position = data.find(b"PK\x01\x02", position + 4)
    return found


def patch_headers(data: bytes, index: int, *, flags: int | None = None, method: int | None = None,
                  size: int | None = None, name: bytes | None = None) -> bytes:
    """Edit the central and local headers of one member in place: flag bits, compression method, the
    declared uncompressed size, or its name (same length only)."""
    headers = _headers(data)
    if not headers:
        return data
    central, local = headers[index % len(headers)]
    out = bytearray(data)
    for offset, flag_at, method_at, size_at, name_at in ((central, 8, 10, 24, 46), (local, 6, 8, 22, 30)):
        if offset + name_at > len(out):
            continue
        if flags is not None:
            struct.pack_into("<H", out, offset + flag_at, flags)
        if method is not None:
            struct.pack_into("<H", out, offset + method_at, method)
        if size is not None:
            struct.pack_into("<I", out, offset + size_at, size)
        if name is not None:
            length = struct.unpack_from("<H", out, offset + (28 if name_at == 46 else 26))[0]
            if len(name) == length:
                out[offset + name_at : offset + name_at + length] = name
    return bytes(out)


# --- raw workbooks -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    text: str
    cached: object = None


@dataclass(frozen=True)
class Shared:
    """A shared-string reference by raw index (may be out of range or negative)."""

    index: str


@dataclass(frozen=True)
class Serial:
    """A number shown with a date format (what Excel stores for a date)."""

    value: str


@dataclass(frozen=True)
class RawCell:
    """Cell XML written as given, for cells no writer would make."""

    xml: str


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"


# Characters XML 1.0 cannot hold: a cell with one of them damages the sheet it is in.
XML_ILLEGAL = "".join(chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])


def cell_text(max_size: int) -> st.SearchStrategy[str]:
    """Any text a sound workbook can hold (unicode, line breaks and all)."""
    return st.text(alphabet=st.characters(codec="utf-8", exclude_characters=XML_ILLEGAL), max_size=max_size)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _cell(ref: str, value: object, strings: list[str] | None) -> str:
    if value is None:
        return ""
    if isinstance(value, RawCell):
        return value.xml
    if isinstance(value, Shared):
        return f'<c r="{ref}" t="s"><v>{escape(value.index)}</v></c>'
    if isinstance(value, Serial):
        return f'<c r="{ref}" s="1"><v>{escape(value.value)}</v></c>'
    if isinstance(value, Formula):
        cached = "" if value.cached is None else f"<v>{escape(str(value.cached))}</v>"
        kind = ' t="str"' if isinstance(value.cached, str) else ""
        return f'<c r="{ref}"{kind}><f>{escape(value.text)}</f>{cached}</c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    text = str(value)
    if strings is not None:
        strings.append(text)
        return f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def sheet_xml(rows: Sequence[Sequence[object]], strings: list[str] | None = None,
              merged: Sequence[str] = (), first_row: int = 1) -> str:
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}"><sheetData>']
    for number, values in enumerate(rows, first_row):
        cells = "".join(_cell(f"{column_letter(i)}{number}", v, strings) for i, v in enumerate(values))
        parts.append(f'<row r="{number}">{cells}</row>')
    parts.append("</sheetData>")
    if merged:
        parts.append(f'<mergeCells count="{len(merged)}">')
        parts.extend(f"<mergeCell ref={quoteattr(ref)}/>" for ref in merged)
        parts.append("</mergeCells>")
    parts.append("</worksheet>")
    return "".join(parts)


def workbook_members(sheets: Sequence[tuple[str, Sequence[Sequence[object]]]], *, shared: bool = True,
                     merged: Sequence[str] = (), date1904: bool = False) -> Members:
    """The parts of a minimal, valid .xlsx: one worksheet per (title, rows), strings shared or inline.

    Text is encoded with surrogatepass, so that a lone surrogate becomes invalid UTF-8 in the file.
    """
    strings: list[str] | None = [] if shared else None
    sheet_parts = [sheet_xml(rows, strings, merged if index == 0 else ()) for index, (_, rows) in enumerate(sheets)]
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_TYPES}.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPES}.sharedStrings+xml"/>'
        f"{overrides}</Types>"
    )
    root_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    listed = "".join(
        f"<sheet name={quoteattr(title)} sheetId=\"{i}\" r:id=\"rId{i}\"/>" for i, (title, _) in enumerate(sheets, 1)
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"{pr}<sheets>{listed}</sheets></workbook>"
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    rels += f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>'
    rels += f'<Relationship Id="rIdStrings" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">{rels}'
        "</Relationships>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )
    shared_xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{len(strings or [])}">'
        + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings or [])
        + "</sst>"
    )

    def encoded(text: str) -> bytes:
        return text.encode("utf-8", "surrogatepass")

    members: Members = [
        ("[Content_Types].xml", encoded(content_types)),
        ("_rels/.rels", encoded(root_rels)),
        ("xl/workbook.xml", encoded(workbook)),
        ("xl/_rels/workbook.xml.rels", encoded(workbook_rels)),
        ("xl/styles.xml", encoded(styles)),
        ("xl/sharedStrings.xml", encoded(shared_xml)),
    ]
    members += [(f"xl/worksheets/sheet{i}.xml", encoded(xml)) for i, xml in enumerate(sheet_parts, 1)]
    return members


def workbook_bytes(sheets: Sequence[tuple[str, Sequence[Sequence[object]]]], **options: Any) -> bytes:
    return zip_of(workbook_members(sheets, **options))


def write_file(folder: Path, name: str, data: bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data)
    return path


def remove(path: Path) -> None:
    Path(path).unlink(missing_ok=True)


# --- mutations of an archive ---------------------------------------------------------------------------------

# Fragments that hostile files put into XML parts.
LAUGHS = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY a{i} "{(f"&a{i - 1};" if i > 1 else "&a;") * 10}">' for i in range(1, 10)) + "]>")
XML_FRAGMENTS = [
    LAUGHS, "&a9;", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', "&e;", "<!-- -->",
    '<c r="XFD1"><v>1</v></c>', '<c r="XFE1"><v>1</v></c>', '<c r="AAAAAAAAAA1"><v>1</v></c>',
    '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', '<row r="999999999999"/>', '<row r="-1"/>', '<row r="x"/>',
    '<row r="1"/>', '<c t="s"><v>-1</v></c>', '<c t="s"><v>99999999</v></c>', '<c t="s"><v>x</v></c>',
    "<v>1e999</v>", "<v>-1e308</v>", "<v>" + "9" * 5000 + "</v>", '<c s="1"><v>1e20</v></c>', '<c s="1"><v>-5</v></c>',
    '<c s="99999999999999999999"><v>5</v></c>', '<c t="b"><v>2</v></c>', '<c t="d"><v>hôm qua</v></c>',
    '<c t="e"><v>#N/A</v></c>', '<c><f>SUM(A1:A9)</f></c>', '<c t="inlineStr"><is><r><t>a</t></r></is></c>',
    '<mergeCell ref="A1:A1048576"/>', '<mergeCell ref="ZZZ1:ZZZ9"/>', '<mergeCell ref="foo:bar"/>',
    '<mergeCell ref="B6:B3"/>', "<" * 50, ">" * 50, "<a>" * 5000, "</a>" * 50, "\x00", "\x1f", "\ufffe",
    '<numFmt numFmtId="x" formatCode="dd/mm/yyyy"/>', '<xf numFmtId="-1"/>', '<workbookPr date1904="true"/>',
    '<sheet name="x" sheetId="1" r:id="rId999"/>', '<Relationship Id="rId1" Target="/../../../etc/passwd"/>',
    '<Relationship Id="rId1" Target="worksheets/../../../sheet.xml"/>', "<?xml version='1.0' encoding='utf-16'?>",
]
BYTE_FRAGMENTS = [b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\x00\x00\x00\x00", b"\xef\xbb\xbf"]
MEMBER_NAMES = ["xl/worksheets/sheet2.xml", "XL/WORKBOOK.XML", "xl/sharedStrings.xml", "xl/styles.xml",
                "../evil.xml", "/xl/workbook.xml", "xl\\styles.xml", "xl/worksheets/", "[Content_Types].xml", "Ω.xml"]


def hostile_document(members: Members, index: int) -> bytes:
    """A whole XML part no writer makes: entity bombs, deep nesting, a sheet of enormous dimensions."""
    name = members[index % len(members)][0] if members else "x"
    root = {"xl/workbook.xml": "workbook", "xl/styles.xml": "styleSheet", "xl/sharedStrings.xml": "sst"}.get(
        name, "worksheet")
    body = {
        0: f"{LAUGHS}<{root} xmlns=\"{MAIN}\">&a9;</{root}>",
        1: f'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><{root} xmlns="{MAIN}">&e;</{root}>',
        2: f'<{root} xmlns="{MAIN}">' + "<a>" * 100_000 + "</a>" * 100_000 + f"</{root}>",
        3: f'<{root} xmlns="{MAIN}"><sheetData>' + "".join(
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Cơ sở {n}</t></is></c><c r="XFD{n}"><v>1</v></c></row>'
            for n in range(1, 2000)) + "</sheetData></worksheet>",
        4: f'<{root} xmlns="{MAIN}"><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
           "</sheetData><mergeCells>" + '<mergeCell ref="A1:A1048576"/>' * 2000 + "</mergeCells></worksheet>",
        5: f'<{root} xmlns="{MAIN}"><sheetData>' + '<row r="1048576"/><row r="1"/>' * 500 + "</sheetData></worksheet>",
    }
    return body[index % len(body)].encode()


# One edit of the archive's members, or of the file's bytes once zipped.
MEMBER_EDITS = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, 20)),
    st.tuples(st.just("duplicate"), st.integers(0, 20)),
    st.tuples(st.just("rename"), st.integers(0, 20), st.sampled_from(MEMBER_NAMES)),
    st.tuples(st.just("swap"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(st.just("flip"), st.integers(0, 20), st.integers(0, 1 << 16), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 20), st.integers(0, 1 << 16)),
    st.tuples(st.just("splice"), st.integers(0, 20), st.integers(0, 1 << 16), st.sampled_from(XML_FRAGMENTS)),
    st.tuples(st.just("bytes"), st.integers(0, 20), st.integers(0, 1 << 16), st.sampled_from(BYTE_FRAGMENTS)),
    st.tuples(st.just("hostile"), st.integers(0, 20), st.integers(0, 5)),
)
FILE_EDITS = st.one_of(
    st.tuples(st.just("truncate"), st.integers(0, 1 << 16)),
    st.tuples(st.just("flipfile"), st.integers(0, 1 << 16), st.integers(1, 255)),
    st.tuples(st.just("flags"), st.integers(0, 20), st.sampled_from([0x1, 0x8, 0x41, 0x800, 0xFFFF])),
    st.tuples(st.just("method"), st.integers(0, 20), st.sampled_from([0, 1, 6, 9, 12, 14, 99, 0xFFFF])),
    st.tuples(st.just("size"), st.integers(0, 20), st.sampled_from([0, 1, 0x7FFFFFFF, 0xFFFFFFFF])),
)


def apply_member_edit(members: Members, edit: tuple[Any, ...]) -> Members:
    members = list(members)
    if not members:
        return members
    kind, index = edit[0], edit[1] % len(members)
    name, data = members[index]
    if kind == "drop":
        del members[index]
    elif kind == "duplicate":
        members.append((name, data + b" "))
    elif kind == "rename":
        members[index] = (edit[2], data)
    elif kind == "swap":
        other = edit[2] % len(members)
        members[index], members[other] = (name, members[other][1]), (members[other][0], data)
    elif kind == "flip" and data:
        position = edit[2] % len(data)
        members[index] = (name, data[:position] + bytes([data[position] ^ edit[3]]) + data[position + 1:])
    elif kind == "cut":
        members[index] = (name, data[: edit[2] % (len(data) + 1)])
    elif kind in ("splice", "bytes"):
        fragment = edit[3] if isinstance(edit[3], bytes) else edit[3].encode()
        position = edit[2] % (len(data) + 1)
        members[index] = (name, data[:position] + fragment + data[position:])
    elif kind == "hostile":
        members[index] = (name, hostile_document(members, edit[2]))
    return members


def apply_file_edit(data: bytes, edit: tuple[Any, ...]) -> bytes:
    kind = edit[0]
    if kind == "truncate":
        return data[: edit[1] % (len(data) + 1)]
    if kind == "flipfile" and data:
        position = edit[1] % len(data)
        return data[:position] + bytes([data[position] ^ edit[2]]) + data[position + 1:]
    if kind == "flags":
        return patch_headers(data, edit[1], flags=edit[2])
    if kind == "method":
        return patch_headers(data, edit[1], method=edit[2])
    if kind == "size":
        return patch_headers(data, edit[1], size=edit[2])
    return data


def mutated(base: Members, member_edits: list[tuple[Any, ...]], file_edits: list[tuple[Any, ...]]) -> bytes:
    members = base
    for edit in member_edits:
        members = apply_member_edit(members, edit)
    data = zip_of(members)
    for edit in file_edits:
        data = apply_file_edit(data, edit)
    return data
