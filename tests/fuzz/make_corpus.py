"""Write the corpus of hostile inputs (tests/fuzz/corpus/): python tests/fuzz/make_corpus.py

Every file is small and named for what it is; test_corpus.py replays each through its reader. The
files are made deterministically, so running this again changes nothing unless a case changed.
Package cases that must reach the checks behind the signatures are kept as members with
placeholders (@bt_site, @fresh…), which the replay fills in and signs with the office's real key.
"""

from __future__ import annotations

import hashlib
import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from fuzz_support import (  # noqa: E402
    CORPUS,
    LAUGHS,
    MAIN,
    Formula,
    RawCell,
    Serial,
    patch_headers,
    workbook_members,
    zip_of,
)

HEAD = ["STT", "Tên cơ sở", "Mã số thuế", "Xã/Phường", "Số lao động", "Vĩ độ", "Ghi chú"]
ROW = [1, "Cơ sở gốm Quang Vinh", "0100233488", "Bát Tràng", 12, 21.03, ""]
SHEET = "xl/worksheets/sheet1.xml"


def _list(rows: list[list[object]] | None = None, **options: object) -> list[tuple[str, bytes]]:
    return workbook_members([("DS cơ sở", [HEAD, *(rows if rows is not None else [ROW])])], **options)


def _replace(members: list[tuple[str, bytes]], name: str, data: bytes) -> list[tuple[str, bytes]]:
    return [(n, data if n == name else d) for n, d in members]


def _sheet(body: str, after: str = "", before: str = "") -> bytes:
    header = ('<row r="1"><c t="inlineStr"><is><t>Tên cơ sở</t></is></c>'
              '<c t="inlineStr"><is><t>Xã/Phường</t></is></c></row>')
    return f'{before}<worksheet xmlns="{MAIN}"><sheetData>{header}{body}</sheetData>{after}</worksheet>'.encode()


def _row(number: int, *cells: str) -> str:
    return f'<row r="{number}">{"".join(cells)}</row>'


def _text(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _bomb(members: list[tuple[str, bytes]], megabytes: int = 5) -> bytes:
    return zip_of([*members, ("xl/media/zeros.bin", bytes(megabytes * 1024 * 1024))])


def _name_byte(data: bytes, index: int, byte: int) -> bytes:
    """The first byte of one member's name replaced (both headers), with the UTF-8 flag set."""
    import struct

    from fuzz_support import _headers

    central, local = _headers(data)[index]
    out = bytearray(data)
    for offset, name_at, flags_at in ((central, 46, 8), (local, 30, 6)):
        out[offset + name_at] = byte
        struct.pack_into("<H", out, offset + flags_at, struct.unpack_from("<H", out, offset + flags_at)[0] | 0x800)
    return bytes(out)


def establishment_lists() -> dict[str, bytes]:
    base = _list()
    one = _row(2, _text("A2", "Cơ sở A"), _text("B2", "Bát Tràng"))
    deep_strings = ("<sst xmlns=\"" + MAIN + "\"><si><t>" + "&a9;" + "</t></si></sst>")
    quadratic = ('<!DOCTYPE x [<!ENTITY a "' + "a" * 20_000 + '">]><styleSheet xmlns="' + MAIN + '">'
                 + "&a;" * 20_000 + "</styleSheet>")
    cases = {
        "billion-laughs-in-sheet": zip_of(_replace(base, SHEET, _sheet(_row(2, _text("A2", "&a9;")), before=LAUGHS))),
        "billion-laughs-in-shared-strings": zip_of(_replace(base, "xl/sharedStrings.xml",
                                                            (LAUGHS + deep_strings).encode())),
        "quadratic-entity-blowup-in-styles": zip_of(_replace(base, "xl/styles.xml", quadratic.encode())),
        "external-entity-file-in-workbook": zip_of(_replace(base, "xl/workbook.xml", (
            '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook xmlns="' + MAIN + '">&e;</workbook>'
        ).encode())),
        "external-parameter-entity-in-sheet": zip_of(_replace(base, SHEET, _sheet(
            one, before='<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/dtd"> %p;]>'))),
        "deep-nesting-100k-elements": zip_of(_replace(base, SHEET, _sheet("<a>" * 100_000 + "</a>" * 100_000))),
        "cell-beyond-column-xfd": zip_of(_replace(base, SHEET, _sheet(_row(2, _text("XFE2", "x"))))),
        "column-letters-overflow": zip_of(_replace(base, SHEET, _sheet(_row(2, _text("AAAAAAAAAAAA2", "x"))))),
        "row-beyond-1048576": zip_of(_replace(base, SHEET, _sheet(_row(4_000_000_000, _text("A1", "x"))))),
        "rows-going-back-a-million-rows-each-time": zip_of(_replace(base, SHEET, _sheet(
            "".join(_row(1_048_576, _text("A1048576", "x")) + _row(2, _text("A2", "y")) for _ in range(300))))),
        "value-in-column-xfd-on-every-row": zip_of(_replace(base, SHEET, _sheet("".join(
            _row(n, _text(f"A{n}", f"Cơ sở {n}"), f'<c r="XFD{n}"><v>1</v></c>') for n in range(2, 1500))))),
        "merged-ranges-to-the-last-row": zip_of(_replace(base, SHEET, _sheet(
            "".join(_row(n, _text(f"A{n}", f"Cơ sở {n}"), _text(f"B{n}", "Bát Tràng")) for n in range(2, 50)),
            after="<mergeCells>" + '<mergeCell ref="B2:B1048576"/>' * 3000 + "</mergeCells>"))),
        "merged-range-garbage": zip_of(_replace(base, SHEET, _sheet(one, after=(
            '<mergeCells><mergeCell ref="foo:bar"/><mergeCell ref="B9:B2"/><mergeCell ref="ZZZZ1:ZZZZ5"/>'
            '<mergeCell ref=":"/></mergeCells>')))),
        "shared-string-index-negative": zip_of(_replace(base, SHEET, _sheet(_row(2, '<c t="s"><v>-1</v></c>')))),
        "shared-string-index-out-of-range": zip_of(_replace(base, SHEET, _sheet(
            _row(2, '<c t="s"><v>4294967296</v></c>')))),
        "number-of-5000-digits": zip_of(_replace(base, SHEET, _sheet(
            _row(2, _text("A2", "Cơ sở A"), "<c><v>" + "9" * 5000 + "</v></c>")))),
        "numbers-1e999-and-nan": zip_of(_replace(base, SHEET, _sheet(
            _row(2, _text("A2", "Cơ sở A"), "<c><v>1e999</v></c>", "<c><v>nan</v></c>")))),
        "date-serial-beyond-year-9999": zip_of(_replace(base, SHEET, _sheet(
            _row(2, _text("A2", "Cơ sở A"), '<c s="1"><v>1e20</v></c>')))),
        "style-index-of-20-digits": zip_of(_replace(base, SHEET, _sheet(
            _row(2, _text("A2", "Cơ sở A"), '<c s="99999999999999999999"><v>5</v></c>')))),
        "invalid-utf8-in-cell": zip_of(_replace(base, SHEET, _sheet(_row(2, _text("A2", "@@"))).replace(
            b"@@", b"\xff\xfe\xc3"))),
        "declared-utf16-but-utf8": zip_of(_replace(base, SHEET, b"<?xml version='1.0' encoding='utf-16'?>"
                                                   + _sheet(one))),
        "zip-bomb-5mb-of-zeros": _bomb(base),
        "member-encrypted-flag": patch_headers(zip_of(base), 6, flags=0x1),
        "member-unsupported-compression": patch_headers(zip_of(base), 6, method=99),
        "member-declared-size-4gb": patch_headers(zip_of(base), 6, size=0xFFFFFFFF),
        "member-name-invalid-utf8": _name_byte(zip_of(base), 6, 0xFF),
        "workbook-member-twice": zip_of([*base, ("xl/workbook.xml", b"<workbook/>")]),
        "workbook-relations-missing": zip_of([(n, d) for n, d in base if n != "xl/_rels/workbook.xml.rels"]),
        "truncated-archive": zip_of(base)[:700],
        "csv-text-named-xlsx": "STT;Tên cơ sở\n1;Cơ sở A\n".encode(),
        "ole-header-old-xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
        "empty-file": b"",
        "line-breaks-and-controls-in-cells": zip_of(_list([
            [1, "Cơ sở\nhai dòng", "0100\n233488", "Bát\r\nTràng", "12\nngười", "21\u202803", "\x85\u2029"],
            [2, "Cơ sở\tB", "-", "Xã\nKhông Có", "x\ny", "abc\ndef", ""],
        ])),
        "cell-of-40000-characters": zip_of(_list([[1, "Đ" * 40_000, "Đ" * 40_000, "Đ" * 40_000, "Đ" * 40_000,
                                                    "Đ" * 40_000, "Đ" * 40_000]])),
        "superscript-digits-as-head-count": zip_of(_list([[1, "Cơ sở A", "", "Bát Tràng", "²", "", ""],
                                                           [2, "Cơ sở B", "", "Bát Tràng", "1²", "", ""]])),
        "integer-of-400-digits-in-number-columns": zip_of(_list([[1, "Cơ sở A", 10**400, 10**400, 10**400,
                                                                   10**400, ""]])),
        "header-only-with-duplicate-and-empty-captions": zip_of(workbook_members([("DS", [
            ["Tên cơ sở", "Tên cơ sở", "", None, "Xã/Phường", "Xã/Phường", "Tên cơ sở"]])])),
        "formulas-errors-and-dates-as-text": zip_of(_list([
            [1, Formula("A1&B1", "Cơ sở A"), Formula("1/0", "#DIV/0!"), RawCell('<c t="e"><v>#REF!</v></c>'),
             Formula("SUM(A1:A9)"), RawCell('<c t="d"><v>2025-13-45</v></c>'), Serial("2958466")],
        ])),
    }
    return {f"{name}.xlsx": data for name, data in cases.items()}


SURVEY_HEAD = ["type", "name", "label", "required", "constraint", "relevant", "default"]
CHOICES = [["list_name", "name", "label"], ["co_khong", "co", "Có"], ["co_khong", "khong", "Không"]]
SETTINGS = [["form_id", "version", "form_title"], ["mau_thu", "1", "Phiếu thử"]]


def _form(survey: list[list[object]], choices: list[list[object]] | None = None,
          settings: list[list[object]] | None = None) -> list[tuple[str, bytes]]:
    sheets = [("survey", [SURVEY_HEAD, *survey]), ("choices", choices or CHOICES), ("settings", settings or SETTINGS)]
    return workbook_members(sheets)


def templates() -> dict[str, bytes]:
    base = _form([["text", "ten", "Tên cơ sở", "", "", "", ""]])
    header = "".join(_text(f"{col}1", name) for col, name in zip("ABC", ["type", "name", "label"], strict=True))
    cases = {
        "survey-row-beyond-1048576": zip_of(_replace(base, SHEET, (
            f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row>'
            f'<row r="999999999">{_text("A999999999", "text")}</row></sheetData></worksheet>').encode())),
        "survey-value-in-column-zzz-on-every-row": zip_of(_replace(base, SHEET, (
            f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row>' + "".join(
                f'<row r="{n}">{_text(f"A{n}", "text")}<c r="ZZZ{n}"><v>1</v></c></row>' for n in range(2, 400))
            + "</sheetData></worksheet>").encode())),
        "zip-bomb-5mb-of-zeros": _bomb(base),
        "billion-laughs-in-survey": zip_of(_replace(base, SHEET, (
            LAUGHS + f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{_text("A1", "&a9;")}</row></sheetData>'
            "</worksheet>").encode())),
        "group-with-invalid-name-around-questions": zip_of(_form([
            ["begin_group", "1bad", "Nhóm", "", "", "", ""],
            ["text", "a", "A", "", "", "", ""],
            ["end_group", "", "", "", "", "", ""],
        ])),
        "relevant-cycle-through-groups": zip_of(_form([
            ["begin_group", "g1", "Nhóm 1", "", "", "${b} = 'co'", ""],
            ["select_one co_khong", "a", "A?", "", "", "", ""],
            ["end_group", "", "", "", "", "", ""],
            ["select_one co_khong", "b", "B?", "", "", "${a} = 'co'", ""],
        ])),
        "line-breaks-in-type-name-and-list": zip_of(_form([
            ["select_one\nco_khong", "a\nb", "Nhãn", "", "", "", ""],
            ["text", "c", "Nhãn", "", "", "${\n}", ""],
        ], choices=[["list_name", "name", "label"], ["co\nkhong", "co", "Có"], ["co_khong", "a b", "Có"]])),
        "regex-that-backtracks-for-ever": zip_of(_form([
            ["text", "a", "A", "", "regex(., '(a|a)*b')", "", ""],
            ["text", "b", "B", "", "regex(., '(a?){30}a{30}')", "", ""],
            ["text", "c", "C", "", "regex(., '(\\w+)*$')", "", ""],
        ])),
        "expression-nested-41-deep": zip_of(_form([["integer", "a", "A", "", "(" * 41 + "1" + ")" * 41, "", ""]])),
        "every-type-wrong": zip_of(_form([[t, f"q{i}", "Nhãn", "", "", "", ""] for i, t in enumerate([
            "begin repeat", "calculate", "geopoint", "select_one", "select_one missing", "select_one co_khong x",
            "select_one co_khong or_other", "select_one_from_file a.csv", "end_group", "begin_group", "\x85"])])),
        "names-of-300-characters": zip_of(_form([["text", "a" * 300, "x" * 300, "", "", "", ""]],
                                                settings=[["form_id", "version", "form_title"],
                                                          ["f" * 300, "v" * 300, "t" * 3000]])),
        "settings-form-id-invalid": zip_of(_form([["text", "a", "A", "", "", "", ""]],
                                                 settings=[["form_id", "version"], ["1 bad id", "1"]])),
        "iso-date-cell-garbage": zip_of(_replace(base, SHEET, (
            f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row><row r="2">'
            f'<c r="A2" t="d"><v>2025-13-45</v></c></row></sheetData></worksheet>').encode())),
        "no-survey-sheet": zip_of(workbook_members([("choices", CHOICES)])),
    }
    return {f"{name}.xlsx": data for name, data in cases.items()}


def expressions() -> dict[str, str]:
    return {
        "nesting-41-parentheses": "(" * 41 + "1" + ")" * 41,
        "nesting-3000-not": "not(" * 3000 + "true()" + ")" * 3000,
        "unary-minus-2500-times": "- " * 2500 + "1",
        "additions-2000": "1 + " * 2000 + "1",
        "reference-with-line-break": "${\n}",
        "unterminated-string": "'abc",
        "unterminated-reference": "${abc",
        "number-of-41-digits": "1" * 41,
        "regex-repeated-alternation": "regex(., '(a|a)*b')",
        "regex-nested-quantifier": "regex(., '(a+)+b')",
        "regex-repeated-optional": "regex(., '(a?){30}a{30}')",
        "regex-invalid": "regex(., '(')",
        "division-by-zero": "1 div 0",
        "date-of-huge-number": "date(99999999999999)",
        "nul-character": "1 \x00 2",
        "arabic-indic-digits": "١ + ٢",
        "empty": "",
        "only-spaces": "   \t ",
        "unknown-function": "eval('1')",
        "dot-dot": "../a",
    }


def _package_zip(members: list[tuple[str, bytes]], flags: dict[int, int] | None = None) -> bytes:
    """A zip shaped like a package (with a zip comment where the seal goes), signed by nobody known."""
    data = zip_of(members, comment=bytes(64))
    for index, flag in (flags or {}).items():
        data = patch_headers(data, index, flags=flag)
    return data


def packages() -> dict[str, bytes]:
    manifest = (b'{"format": "kc-desktop-package", "format_version": 1, "kind": "changes", '
                b'"sender": {"site_id": "00000000-0000-0000-0000-000000000001", "code": "BT01"}, '
                b'"counts": {"records": 0, "attachments": 0}, "members": {"changes.jsonl": {}}}')
    members = [("manifest.json", manifest), ("manifest.sig", bytes(64)), ("changes.jsonl", b"")]
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [*members, ("attachments/zeros", bytes(20 * 1024 * 1024))]:
            archive.writestr(name, data)
    cases = {
        "member-name-invalid-utf8": _name_byte(_package_zip(members), 0, 0xFF),
        "member-unsupported-compression": patch_headers(_package_zip(members), 0, method=99),
        "member-encrypted-flag": _package_zip(members, {0: 0x1}),
        "member-lzma-compression-garbage": patch_headers(_package_zip(members), 0, method=14),
        "zip-bomb-20mb-attachment": bomb.getvalue(),
        "member-dot-dot": _package_zip([*members, ("../../evil.txt", b"x")]),
        "member-absolute-path": _package_zip([*members, ("/etc/evil.txt", b"x")]),
        "member-backslash-path": _package_zip([*members, ("..\\evil.txt", b"x")]),
        "manifest-nested-50000-deep": _package_zip(_replace(members, "manifest.json",
                                                            b"[" * 50_000 + b"]" * 50_000)),
        "manifest-number-of-5000-digits": _package_zip(_replace(members, "manifest.json", manifest.replace(
            b'"format_version": 1', b'"format_version": ' + b"1" * 5000))),
        "manifest-not-utf8": _package_zip(_replace(members, "manifest.json", b"\xff\xfe{}")),
        "manifest-missing": _package_zip(members[1:]),
        "truncated": _package_zip(members)[:200],
        "empty": b"",
        "not-a-zip": "Báo cáo quý III".encode(),
        "sealed-header-only": b"KC-DESKTOP-SEALED-1\n",
        "sealed-garbage": b"KC-DESKTOP-SEALED-1\n" + hashlib.sha256(b"x").digest() * 8,
    }
    return {f"{name}.kcpkg": data for name, data in cases.items()}


# Record lines with placeholders: @bt_site (the sender), @vp_site, @hq_site, @bt_establishment,
# @vp_establishment, @stranger (ids the replay knows), @fresh (a version newer than any seen),
# @new_id (an id not seen before).
_SITE = ('{"table": "site", "id": "@bt_site", "version": @fresh, "base": null, "deleted": false, "fields": '
         '{"origin_site_id": "@bt_site", "version": @fresh, "code": "BT01", "name": "UBND xã Bát Tràng", '
         '"level": "commune", "admin_unit_code": "00583", "created_at": "2025-01-01T00:00:00+00:00", '
         '"updated_at": "2025-01-01T00:00:00+00:00", "created_by": "", "updated_by": "", "deleted_at": null}}')


def _establishment(record_id: str = '"@new_id"', version: str = "@fresh", **fields: str) -> str:
    """A record line: a new establishment (an insert), or with record_id '"@bt_establishment"' an update
    of one the city has changed too (a conflict)."""
    values = {"origin_site_id": '"@bt_site"', "version": version, "name": '"Cơ sở mẫu"', "kind": '"household"',
              "admin_unit_code": '"00583"', "created_at": '"2025-01-01T00:00:00+00:00"',
              "updated_at": '"2025-01-01T00:00:00+00:00"', "created_by": '""', "updated_by": '""',
              "deleted_at": "null"}
    values.update(fields)
    body = ", ".join(f'"{key}": {value}' for key, value in values.items())
    return (f'{{"table": "establishment", "id": {record_id}, "version": {version}, "base": null, "deleted": false, '
            f'"fields": {{{body}}}}}')


def package_lines() -> dict[str, str]:
    cases = {
        "version-beyond-64-bits": _establishment(version="9223372036854775808"),
        "head-count-beyond-64-bits": _establishment(employees="9223372036854775808"),
        "search-key-beyond-64-bits": _establishment(search_key="18446744073709551616"),
        "latitude-integer-of-400-digits": _establishment(latitude="1" + "0" * 400),
        "latitude-nan-and-longitude-infinity": _establishment(latitude="NaN", longitude="Infinity"),
        "name-with-lone-surrogate": _establishment(name='"\\ud800"'),
        "name-with-nul-character": _establishment(name='"a\\u0000b"'),
        "created-year-1-east-of-utc": _establishment(created_at='"0001-01-01T00:00:00+05:00"'),
        "updated-year-9999-west-of-utc": _establishment(updated_at='"9999-12-31T23:59:59-05:00"'),
        "update-without-updated-at": _establishment('"@bt_establishment"').replace(
            ', "updated_at": "2025-01-01T00:00:00+00:00"', ""),
        "update-with-hostile-values": _establishment('"@bt_establishment"', employees="9223372036854775808",
                                                     latitude="1e999", name='"\\ud800"'),
        "attachment-without-sha256": ('{"table": "attachment", "id": "@stranger", "version": @fresh, "base": null, '
                                      '"deleted": false, "fields": {"origin_site_id": "@bt_site", "version": @fresh}}'),
        "line-nested-3000-deep": "[" * 3000 + "]" * 3000,
        "line-number-of-5000-digits": "1" * 5000,
        "line-not-utf8": "@not-utf8@",
        "unknown-table-name-of-5000-characters": _establishment().replace('"table": "establishment"',
                                                                            '"table": "' + "x" * 5000 + '"'),
        "table-name-with-line-break": _establishment().replace('"table": "establishment"', '"table": "a\\nb"'),
        "field-name-with-line-break": _establishment(**{"a\\nb": '"x"'}),
        "same-id-twice-different-versions": _establishment() + "\n" + _establishment(version="1"),
        "record-of-another-office": _establishment('"@vp_establishment"'),
        "record-claiming-another-office": _establishment(origin_site_id='"@vp_site"'),
        "id-of-the-sender-site-in-establishments": _establishment('"@bt_site"'),
        "site-row-of-the-city": _SITE.replace('"id": "@bt_site"', '"id": "@hq_site"'),
        "wrong-types-everywhere": _establishment(name="1", kind="[]", employees='"12"', latitude='"21.0"',
                                                 women_owned='"yes"', deleted_at='"hôm qua"'),
    }
    return {f"{name}.changes.jsonl": text + "\n" for name, text in cases.items()}


def audit_lines() -> dict[str, str]:
    """The change log that travels with the records (audit.jsonl), hostile; @audit_seq is a change
    number the city has not kept yet (the replay stretches the package's range to it)."""
    entry = ('{"seq": @audit_seq, "table": "establishment", "id": "@bt_establishment", "version": 1, "deleted": false, '
             '"changed_at": "2025-01-01T00:00:00+00:00", "changed_by": "", "changed_by_name": "", "fields": null, '
             '"reason": null}')
    cases = {
        "line-nested-3000-deep": "[" * 3000 + "]" * 3000,
        "number-of-5000-digits": entry.replace('"seq": @audit_seq', '"seq": ' + "1" * 5000),
        "sequence-beyond-64-bits": entry.replace('"seq": @audit_seq', '"seq": 9223372036854775808'),
        "version-beyond-64-bits": entry.replace('"version": 1', '"version": 9223372036854775808'),
        "changed-year-9999-west-of-utc": entry.replace("2025-01-01T00:00:00+00:00", "9999-12-31T23:59:59-05:00"),
        "reason-with-lone-surrogate-and-nul": entry.replace('"reason": null', '"reason": "\\ud800\\u0000"'),
        "not-utf8": "@not-utf8@",
    }
    return {f"{name}.audit.jsonl": text + "\n" for name, text in cases.items()}


def city_packages() -> dict[str, str]:
    """What the city sends an office, as changes to the manifest of a genuine receipt or reference
    package (merged into it; placeholders as above), signed again with the city's key by the replay."""
    receipts = {
        "acknowledged-true": '{"receipt": {"site_id": "@bt_site", "acknowledged": true, "received": []}}',
        "acknowledged-beyond-64-bits": ('{"receipt": {"site_id": "@bt_site", "acknowledged": 9223372036854775808, '
                                        '"received": []}}'),
        "acknowledged-as-text": '{"receipt": {"site_id": "@bt_site", "acknowledged": "7", "received": []}}',
        "acknowledged-negative": '{"receipt": {"site_id": "@bt_site", "acknowledged": -1, "received": []}}',
        "for-another-office": '{"receipt": {"site_id": "@vp_site", "acknowledged": 1, "received": []}}',
        "receipt-not-an-object": '{"receipt": [1, 2]}',
    }
    references = {
        "support-limits-of-numbers": '{"support_limits": {"limits": [1, null, {"a": 1e308}]}}',
        "support-limits-bad-date": ('{"support_limits": {"limits": [{"support_kind": "x", '
                                    '"effective_from": "2025-02-30"}]}}'),
        "city-key-not-a-key": ('{"city_keys": [{"site_id": "@stranger", "code": "X", "level": "city", '
                               '"public_key": "zz"}]}'),
        "city-keys-not-a-list": '{"city_keys": true}',
        "for-another-office": '{"recipient": "@vp_site"}',
        "schema-of-5000-characters": '{"schema": "' + "9" * 5000 + '"}',
    }
    return {**{f"{name}.receipt.json": text + "\n" for name, text in receipts.items()},
            **{f"{name}.reference.json": text + "\n" for name, text in references.items()}}


def main() -> None:
    groups = {"establishments": establishment_lists(), "templates": templates(), "packages": packages()}
    for folder, files in groups.items():
        for name, data in files.items():
            _write(CORPUS / folder / name, data)
    for name, text in expressions().items():
        _write(CORPUS / "expressions" / f"{name}.txt", text.encode())
    for name, text in city_packages().items():
        _write(CORPUS / "office" / name, text.encode())
    for name, text in {**package_lines(), **audit_lines()}.items():
        _write(CORPUS / "packages" / name, text.encode("utf-8", "surrogatepass").replace(b"@not-utf8@", b"\xff\xfe"))
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    print(f"{sum(1 for p in CORPUS.rglob('*') if p.is_file())} files, {total // 1024} KB in {CORPUS}")


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


if __name__ == "__main__":
    main()
