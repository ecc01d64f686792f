"""Hostile packages into the city database, hostile receipts and reference packages into an office's.

Every package ends imported, already imported, or rejected with one line; a rejected one leaves the
database exactly as it was (a dump of every row) and no stray file beside it. Rebuilt packages are
signed again with the sender's real key, so that the checks behind the signatures are reached.
"""

from __future__ import annotations

import itertools
import struct
from typing import Any

from fuzz_support import (
    bounded,
    check_error,
    check_line,
    dump,
    fuzz_settings,
    listing,
    patch_headers,
    remove,
    tally,
    write_file,
)
from hypothesis import given
from hypothesis import strategies as st
from sync_world import (
    CHANGE_EDITS,
    FIELD_NAMES,
    MANIFEST_EDITS,
    MEMBER_EDITS,
    VALUE,
    Parts,
    World,
    build,
    edit_changes,
    edit_manifest,
    edit_members,
    freshen,
)

from kc_desktop.errors import KCError
from kc_desktop.sync import city, office, trust
from kc_desktop.sync.export import export_changes
from tests.sync.sync_helpers import Site

_names = itertools.count()


def import_checked(w: World, data: bytes, name: str = "") -> city.Outcome:
    """Import one package into the city: imported, already imported, or rejected with nothing changed."""
    path = write_file(w.root / "incoming", name or f"KC-BT01-{next(_names)}.kcpkg", data)
    before, files = dump(w.hq.db.path), listing(w.hq.folder)
    try:
        outcome = bounded(lambda: city.import_package(w.hq.db, path), f"package {path.name}")
    finally:
        remove(path)
    assert outcome.status in (city.IMPORTED, city.ALREADY, city.REJECTED), outcome
    check_line(outcome.line, "outcome")
    if outcome.status != city.IMPORTED:
        assert dump(w.hq.db.path) == before, f"a {outcome.status} package changed the database: {outcome.line}"
        assert listing(w.hq.folder) - {"attachments"} == files - {"attachments"}, "stray files beside the database"
    tally(f"{outcome.status}: {outcome.message}")
    return outcome


def office_checked(w: World, data: bytes, kind: str) -> None:
    """Read a receipt or reference package into BT01: a result, or one clear error with nothing changed."""
    path = write_file(w.root / "incoming", f"KC-SCT-HN-{kind}-{next(_names)}.kcpkg", data)
    site: Site = w.bt
    before, files = dump(site.db.path), listing(site.folder)
    read = office.read_receipt if kind == "receipt" else office.read_reference
    try:
        bounded(lambda: read(site.db, path), f"{kind} {path.name}")
    except KCError as exc:
        check_error(exc)
        assert dump(site.db.path) == before, f"a refused {kind} changed the office database: {exc}"
        assert listing(site.folder) == files, "stray files beside the office database"
        tally(f"refused: {exc}")
        return
    finally:
        remove(path)
    # What was accepted must not break the office's next export (the receipt's mark is used there).
    exported = bounded(lambda: export_changes(site.db, w.root / "exports"), f"export after {kind} {path.name}")
    if exported.path is not None:
        remove(exported.path)
    tally("read")


def _good_parts(w: World) -> Parts:
    return Parts.of(w.good)


# --- bytes of the genuine package ---------------------------------------------------------------------------

BYTE_EDITS = st.lists(st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 1 << 20)),
    st.tuples(st.just("insert"), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("delete"), st.integers(0, 1 << 20), st.integers(1, 64)),
), min_size=1, max_size=3)


def edit_bytes(data: bytes, edits: list[tuple[Any, ...]]) -> bytes:
    for edit in edits:
        position = edit[1] % (len(data) + 1)
        if edit[0] == "flip" and position < len(data):
            data = data[:position] + bytes([data[position] ^ edit[2]]) + data[position + 1:]
        elif edit[0] == "cut":
            data = data[:position]
        elif edit[0] == "insert":
            data = data[:position] + edit[2] + data[position:]
        elif edit[0] == "delete":
            data = data[:position] + data[position + edit[2]:]
    return data


@fuzz_settings(60)
@given(BYTE_EDITS)
def test_byte_edits_of_a_genuine_package(world: World, edits: list[tuple[Any, ...]]) -> None:
    genuine = world.good.read_bytes()
    data = edit_bytes(genuine, edits)
    outcome = import_checked(world, data)
    assert outcome.status == city.REJECTED or data == genuine


# --- zip structure, sealed again with the sender's key ---------------------------------------------------------

HEADER_EDITS = st.lists(st.one_of(
    st.tuples(st.just("flags"), st.integers(0, 8), st.sampled_from([0x1, 0x8, 0x40, 0x800, 0x2000, 0xFFFF])),
    st.tuples(st.just("method"), st.integers(0, 8), st.sampled_from([1, 6, 9, 12, 14, 93, 98, 99, 0xFFFF])),
    st.tuples(st.just("size"), st.integers(0, 8), st.sampled_from([0, 1, 0x7FFFFFFF, 0xFFFFFFFF])),
    st.tuples(st.just("name"), st.integers(0, 8), st.sampled_from([b"\xff", b"\xc3", b"/", b"\\", b"\x00"])),
), min_size=1, max_size=3)


def edit_headers(data: bytes, edits: list[tuple[Any, ...]]) -> bytes:
    for edit in edits:
        if edit[0] == "name":
            data = _rename_first_byte(data, edit[1], edit[2])
        else:
            data = patch_headers(data, edit[1], **{edit[0]: edit[2]})
    return data


def _rename_first_byte(data: bytes, index: int, byte: bytes) -> bytes:
    """Put a byte at the start of one member's name (both headers), e.g. invalid UTF-8 under the UTF-8 flag."""
    from fuzz_support import _headers

    headers = _headers(data)
    if not headers:
        return data
    central, local = headers[index % len(headers)]
    out = bytearray(data)
    for offset, name_at, flags_at in ((central, 46, 8), (local, 30, 6)):
        if offset + name_at < len(out):
            out[offset + name_at] = byte[0]
            flags = struct.unpack_from("<H", out, offset + flags_at)[0]
            struct.pack_into("<H", out, offset + flags_at, flags | 0x800)
    return bytes(out)


@fuzz_settings(80)
@given(HEADER_EDITS)
def test_zip_structure_edits_sealed_again(world: World, edits: list[tuple[Any, ...]]) -> None:
    data = build(world.key(world.bt), _good_parts(world), patch=lambda raw: edit_headers(raw, edits))
    import_checked(world, data)


# --- content, signed again with the sender's key ---------------------------------------------------------------


@fuzz_settings(250)
@given(st.sampled_from(["newer", "new", "as-is"]), st.lists(CHANGE_EDITS, max_size=4),
       st.lists(MANIFEST_EDITS, max_size=2), st.lists(MEMBER_EDITS, max_size=2), st.booleans())
def test_content_edits_signed_again(world: World, fresh: str, change_edits: list[tuple[Any, ...]],
                                    manifest_edits: list[tuple[Any, ...]], member_edits: list[tuple[Any, ...]],
                                    relist: bool) -> None:
    parts = _good_parts(world)
    freshen(parts.lines, fresh)
    for edit in change_edits:
        edit_changes(world, parts.lines, edit)
    for edit in manifest_edits:
        edit_manifest(world, parts, edit)
    for edit in member_edits:
        edit_members(world, parts, edit)
    import_checked(world, build(world.key(world.bt), parts, relist=relist or not member_edits))


FIELD_EDITS = st.one_of(
    st.tuples(st.just("field"), st.integers(0, 50), st.integers(0, 40), VALUE),
    st.tuples(st.just("new_field"), st.integers(0, 50), st.sampled_from(FIELD_NAMES), VALUE),
    st.tuples(st.just("drop_field"), st.integers(0, 50), st.integers(0, 40)),
    st.tuples(st.just("duplicate"), st.integers(0, 50), st.integers(-2, 2)),
)


@fuzz_settings(200)
@given(st.sampled_from(["newer", "new"]), st.lists(FIELD_EDITS, min_size=1, max_size=3))
def test_record_values_signed_again(world: World, fresh: str, edits: list[tuple[Any, ...]]) -> None:
    """Records that are news to the city (inserts, updates, conflicts) with hostile values in their fields."""
    parts = _good_parts(world)
    freshen(parts.lines, fresh)
    for edit in edits:
        edit_changes(world, parts.lines, edit)
    import_checked(world, build(world.key(world.bt), parts))


@fuzz_settings(40)
@given(st.lists(CHANGE_EDITS, max_size=3), st.lists(MANIFEST_EDITS, max_size=1))
def test_content_edits_signed_by_a_stranger_or_the_city(world: World, change_edits: list[tuple[Any, ...]],
                                                        manifest_edits: list[tuple[Any, ...]]) -> None:
    parts = _good_parts(world)
    for edit in change_edits:
        edit_changes(world, parts.lines, edit)
    for edit in manifest_edits:
        edit_manifest(world, parts, edit)
    signer = world.key(world.hq) if len(change_edits) % 2 else world.key(world.vp)
    outcome = import_checked(world, build(signer, parts))
    assert outcome.status == city.REJECTED


# --- what the office reads from the city ----------------------------------------------------------------------

RECEIPT_VALUES = st.one_of(st.sampled_from(["@bt_site", "@vp_site", 0, -1, 2**63, 10**30, True, "7", None, 1.5]),
                           st.integers())


@fuzz_settings(80)
@given(st.sampled_from(["acknowledged", "site_id", "received", "extra"]), RECEIPT_VALUES,
       st.lists(MANIFEST_EDITS, max_size=2), st.lists(CHANGE_EDITS, max_size=1))
def test_receipts(world: World, key: str, value: Any, manifest_edits: list[tuple[Any, ...]],
                  change_edits: list[tuple[Any, ...]]) -> None:
    from sync_world import _value

    parts = Parts.of(world.receipt)
    if isinstance(parts.manifest, dict) and isinstance(parts.manifest.get("receipt"), dict):
        parts.manifest = {**parts.manifest, "receipt": {**parts.manifest["receipt"], key: _value(world, value)}}
    for edit in manifest_edits:
        edit_manifest(world, parts, edit)
    parts.lines = list(parts.lines) or [{"table": "site"}]
    for edit in change_edits:
        edit_changes(world, parts.lines, edit)
    office_checked(world, build(world.key(world.hq), parts), "receipt")


@fuzz_settings(100)
@given(st.lists(CHANGE_EDITS, max_size=3), st.lists(MANIFEST_EDITS, max_size=2), st.booleans(),
       st.sampled_from([None, {}, {"limits": "x"}, {"limits": [1, None, {"a": 1e308}]}, [], "x"]),
       st.sampled_from([None, [], ["x"], [{}], [{"site_id": "@stranger", "code": "X", "level": "city",
                                                 "public_key": "00" * 32}], "x"]))
def test_reference_packages(world: World, change_edits: list[tuple[Any, ...]], manifest_edits: list[tuple[Any, ...]],
                            sealed: bool, limits: Any, city_keys: Any) -> None:
    from kc_desktop.sync import package

    parts = Parts.of(world.reference, trust.own_encryption_keys(world.bt.db))
    if isinstance(parts.manifest, dict):
        parts.manifest = dict(parts.manifest)
        if limits is not None:
            parts.manifest["support_limits"] = limits
        if city_keys is not None:
            parts.manifest["city_keys"] = city_keys
    parts.lines = list(parts.lines)
    freshen(parts.lines, "newer")
    for edit in change_edits:
        edit_changes(world, parts.lines, edit)
    for edit in manifest_edits:
        edit_manifest(world, parts, edit)
    data = build(world.key(world.hq), parts)
    if sealed:
        path = write_file(world.root / "incoming", "to-seal.kcpkg", data)
        package.seal(path, trust.own_encryption_keys(world.bt.db)[0].public_key())
        data = path.read_bytes()
        remove(path)
    office_checked(world, data, "reference")


@fuzz_settings(40)
@given(BYTE_EDITS, st.sampled_from(["receipt", "reference"]))
def test_byte_edits_of_city_packages(world: World, edits: list[tuple[Any, ...]], kind: str) -> None:
    source = world.receipt if kind == "receipt" else world.reference
    office_checked(world, edit_bytes(source.read_bytes(), edits), kind)
