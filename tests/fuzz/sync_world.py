"""A city office and two offices that trust each other, and packages rebuilt from their genuine ones.

Rebuilt packages are signed with the real keys (manifest signature and whole-file seal), so that a
hostile content gets past the signature checks and reaches the checks behind them.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fuzz_support import LongBytes, LongText, Members, members_of, zip_of
from hypothesis import strategies as st

from kc_desktop.db.models import SYNCED_TABLES
from kc_desktop.services import establishments
from kc_desktop.sync import city, identity, package
from kc_desktop.sync.export import export_changes
from tests.sync.sync_helpers import CITY, OFFICES, Site, add_establishment, introduce, make_site


@dataclass
class World:
    root: Path
    hq: Site
    bt: Site
    vp: Site
    good: Path  # BT01's genuine package, not imported yet
    receipt: Path  # the city's receipt for BT01
    reference: Path  # the city's reference package for BT01 (sealed to it)
    ids: dict[str, str] = field(default_factory=dict)  # names of interesting ids -> ids

    def key(self, site: Site) -> Ed25519PrivateKey:
        return identity.signing_key(site.db)


def make_world(root: Path) -> World:
    hq = make_site(root, CITY)
    bt, vp = make_site(root, OFFICES["BT01"]), make_site(root, OFFICES["VP02"])
    introduce(hq, bt, vp)
    first = add_establishment(bt, "Công ty TNHH Gốm sứ Minh Long", "0100233488")
    second = add_establishment(bt, "Cơ sở gốm Quang Vinh")
    other = add_establishment(vp, "Hợp tác xã Lụa Vạn Phúc", "0100047516", unit="09556")
    for site, folder in ((vp, "vp"), (bt, "bt-first")):
        sent = export_changes(site.db, root / folder).path
        assert sent is not None and city.import_package(hq.db, sent).status == city.IMPORTED
    # The city corrects one of BT01's records itself, and BT01 edits both and adds a third: its next
    # package updates, inserts and conflicts.
    for site, record_id, note in ((hq, first, "Sở sửa"), (bt, first, "Xã sửa"), (bt, second, "Đã kiểm tra")):
        data, _, _ = establishments.load(site.db, record_id)
        data.notes = note
        establishments.update(site.db, site.actor, record_id, data)
    add_establishment(bt, "Hộ kinh doanh Lê Văn Tám")
    good = export_changes(bt.db, root / "bt").path
    assert good is not None
    [receipt] = [p for p in city.write_receipts(hq.db, root / "receipts") if "BT01" in p.name]
    [reference] = [p for p in city.publish_reference(hq.db, root / "reference") if "BT01" in p.name]
    ids = {"bt_site": bt.actor.site_id, "bt_officer": bt.actor.officer_id, "bt_establishment": first,
           "vp_site": vp.actor.site_id, "vp_establishment": other, "hq_site": hq.actor.site_id,
           "stranger": str(uuid.UUID(int=7))}
    (root / "incoming").mkdir()
    return World(root, hq, bt, vp, good, receipt, reference, ids)


# --- JSON with values Python's json module will not write --------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """JSON text written as given: NaN, 1e999, a number of 5000 digits, a lone surrogate, deep nesting."""

    text: str

    def __repr__(self) -> str:
        return f"Raw({self.text[:40]!r}{'…' if len(self.text) > 40 else ''})"


def dumps(value: Any, indent: int | None = None) -> bytes:
    raws: list[str] = []

    def placeholder(item: object) -> str:
        if isinstance(item, Raw):
            raws.append(item.text)
            return f"@@raw{len(raws) - 1}@@"
        raise TypeError(type(item))

    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent, default=placeholder)
    text = re.sub(r'"@@raw([0-9]+)@@"', lambda m: raws[int(m.group(1))], text)
    return text.encode("utf-8", "surrogatepass")


# --- packages rebuilt and signed again --------------------------------------------------------------------------


@dataclass
class Parts:
    """A package taken apart: its manifest (as data, or raw bytes), its record lines and its other members."""

    manifest: dict[str, Any] | bytes
    lines: list[Any]  # dicts, or bytes for a raw line
    others: Members  # audit.jsonl, attachments/…, anything added

    @classmethod
    def of(cls, path: Path, decrypt_with: Any = None) -> Parts:
        if package.is_sealed(path):
            archive, plain = package.open_archive(path, decrypt_with)
            with archive, plain:
                members = [(info.filename, archive.read(info)) for info in archive.infolist()]
        else:
            members = members_of(Path(path).read_bytes())
        found = dict(members)
        manifest = json.loads(found[package.MANIFEST])
        lines = [json.loads(line) for line in found[package.CHANGES].decode().splitlines() if line.strip()]
        others = [(n, d) for n, d in members if n not in (package.MANIFEST, package.SIGNATURE, package.CHANGES)]
        return cls(manifest, lines, others)


def line_bytes(lines: list[Any]) -> bytes:
    return b"".join((line if isinstance(line, bytes) else dumps(line)) + b"\n" for line in lines)


def records(data: bytes) -> int:
    return sum(1 for line in data.decode("utf-8", "replace").splitlines() if line.strip())


def build(key: Ed25519PrivateKey, parts: Parts, *, relist: bool = True, changes_name: str = package.CHANGES,
          patch: Callable[[bytes], bytes] | None = None) -> bytes:
    """The bytes of a package of these parts, the manifest listing what it holds (unless `relist` is off),
    signed and sealed with `key`; `patch` edits the zip before it is sealed."""
    changes = line_bytes(parts.lines)
    members = [(changes_name, changes), *parts.others]
    if isinstance(parts.manifest, dict):
        manifest = dict(parts.manifest)
        if relist:
            manifest["members"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                                   for name, data in members}
            manifest["counts"] = {"records": records(changes),
                                  "attachments": sum(1 for name, _ in members if name.startswith(package.ATTACHMENTS))}
        manifest_bytes = dumps(manifest, indent=1)
    else:
        manifest_bytes = parts.manifest
    data = zip_of([(package.MANIFEST, manifest_bytes), (package.SIGNATURE, key.sign(manifest_bytes)), *members],
                  comment=bytes(package.SEAL_SIZE))
    if patch is not None:
        data = patch(data)
    return seal(data, key)


def seal(data: bytes, key: Ed25519PrivateKey) -> bytes:
    """Sign the file as package.sign_container does: its last bytes sign everything before them."""
    body = data[: -package.SEAL_SIZE] if len(data) > package.SEAL_SIZE else data
    return body + key.sign(package.CONTAINER + hashlib.sha256(body).digest())


# --- hostile values and edits ------------------------------------------------------------------------------------

DEEP = Raw("[" * 50_000 + "]" * 50_000)
VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**53 + 1, 2**63, 2**64, -(2**63) - 1, 10**30, 1.5, -0.0, 1e308,
    Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1" + "0" * 5000), Raw("1e999"), Raw("-1e999"), DEEP,
    Raw('"\\ud800"'), Raw('"\\udfff\\ud800"'), "", " ", LongText("x" * 100_000), "\x00", "a\nb", "\u202e",
    LongText("Đ" * 301), "2025-02-30", "2025-01-01", "2025-01-01T00:00:00", "2025-01-01T00:00:00+00:00",
    "0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-23:59", "0001-01-01", "00583",
    "99999", [], {}, [1, 2], {"a": {"b": []}},
    "@bt_site", "@bt_officer", "@bt_establishment", "@vp_site", "@vp_establishment", "@hq_site", "@stranger",
]
FIELD_NAMES = ["unknown", "", "id", "is_self", "synced_version", "search_key", "name_sort", "search_text",
               "version", "origin_site_id", "deleted_at", "updated_at", "created_at", "__proto__", LongText("x" * 300)]
TABLES = [*SYNCED_TABLES, "salary", "sqlite_master", "change_log", "sync_import", "trusted_key", "app_setting",
          "sync_conflict", "", None]
RAW_LINES = [b"garbage", b"[]", b"null", b"{}", b"1", b'"x"', b"\xff\xfe", b"\xef\xbb\xbf{}", b'{"table": "site"',
             LongBytes(b"[" * 50_000 + b"]" * 50_000), LongBytes(b"1" + b"0" * 5000), b'{"a": NaN}',
             b'{"id": 1e999}', b"\x00"]
MANIFEST_KEYS = ["kind", "schema", "sequence", "sender", "program", "created_at", "format", "format_version",
                 "recipient", "counts", "members", "city_keys", "support_limits", "receipt", "extra"]
SENDER_KEYS = ["site_id", "code", "name", "level", "public_key", "encryption_key"]
RAW_MANIFESTS = [b"", b"{}", b"[]", b"\xff", LongBytes(DEEP.text.encode()),
                 b'{"format": "kc-desktop-package", "x": 1e999}',
                 LongBytes(b'{"format": "kc-desktop-package", "format_version": ' + b"1" * 5000 + b"}"), b"NaN"]
MEMBER_NAMES = ["../evil", "/abs", "a\\b", "c:x", "attachments/", "attachments/../x", "audit.jsonl", "changes.jsonl",
                "manifest.json", ".hidden", "attachments/" + "0" * 64, "ñ", LongText("x" * 300)]

VALUE = st.sampled_from(VALUES)
INDEX = st.integers(0, 50)
CHANGE_EDITS = st.one_of(
    st.tuples(st.just("field"), INDEX, st.integers(0, 40), VALUE),
    st.tuples(st.just("new_field"), INDEX, st.sampled_from(FIELD_NAMES), VALUE),
    st.tuples(st.just("drop_field"), INDEX, st.integers(0, 40)),
    st.tuples(st.just("top"), INDEX, st.sampled_from(["table", "id", "version", "base", "deleted", "fields"]), VALUE),
    st.tuples(st.just("drop_top"), INDEX, st.sampled_from(["table", "id", "version", "base", "fields"])),
    st.tuples(st.just("table"), INDEX, st.sampled_from(TABLES)),
    st.tuples(st.just("duplicate"), INDEX, st.integers(-2, 2)),
    st.tuples(st.just("remove"), INDEX),
    st.tuples(st.just("raw"), INDEX, st.sampled_from(RAW_LINES)),
)
MANIFEST_EDITS = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(MANIFEST_KEYS), VALUE),
    st.tuples(st.just("drop"), st.sampled_from(MANIFEST_KEYS)),
    st.tuples(st.just("sender"), st.sampled_from(SENDER_KEYS), VALUE),
    st.tuples(st.just("sequence"), st.sampled_from(["from", "to"]), VALUE),
    st.tuples(st.just("raw"), st.sampled_from(RAW_MANIFESTS)),
)
MEMBER_EDITS = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(MEMBER_NAMES), st.binary(max_size=64)),
    st.tuples(st.just("attachment"), st.binary(max_size=64)),
    st.tuples(st.just("audit"), INDEX, st.one_of(VALUE, st.sampled_from(RAW_LINES))),
    st.tuples(st.just("drop"), INDEX),
    st.tuples(st.just("rename"), INDEX, st.sampled_from(MEMBER_NAMES)),
)


def _value(world: World, value: Any) -> Any:
    if isinstance(value, str) and value.startswith("@") and value[1:] in world.ids:
        return world.ids[value[1:]]
    return value


_fresh = itertools.count(1000)


def freshen(lines: list[Any], how: str) -> None:
    """Make the records news to the city: newer versions ("newer", updates and conflicts), or new ids
    ("new", inserts); "as-is" keeps the genuine lines, old news once the package is in."""
    for index, line in enumerate(lines):
        if how == "as-is" or not isinstance(line, dict) or not isinstance(line.get("fields"), dict):
            continue
        line = lines[index] = copy.deepcopy(line)
        number = next(_fresh)
        if how == "newer":
            line["version"] = line["fields"]["version"] = number
        elif how == "new" and line.get("table") == "establishment":
            line["id"] = str(uuid.UUID(int=number))
            line["fields"]["tax_code"] = None


def edit_changes(world: World, lines: list[Any], edit: tuple[Any, ...]) -> None:
    if not lines:
        return
    kind, index = edit[0], edit[1] % len(lines)
    line = lines[index]
    if kind == "raw":
        lines[index] = edit[2]
        return
    if kind == "remove":
        del lines[index]
        return
    if not isinstance(line, dict):
        return
    line = lines[index] = copy.deepcopy(line)  # the parts are shared between examples
    fields = line.get("fields") if isinstance(line.get("fields"), dict) else None
    if kind == "field" and fields:
        name = sorted(fields)[edit[2] % len(fields)]
        fields[name] = _value(world, edit[3])
    elif kind == "new_field" and fields is not None:
        fields[edit[2]] = _value(world, edit[3])
    elif kind == "drop_field" and fields:
        del fields[sorted(fields)[edit[2] % len(fields)]]
    elif kind == "top":
        line[edit[2]] = _value(world, edit[3])
    elif kind == "drop_top":
        line.pop(edit[2], None)
    elif kind == "table":
        line["table"] = edit[2]
    elif kind == "duplicate":
        twin = copy.deepcopy(line)
        if isinstance(twin.get("version"), int) and fields is not None:
            twin["version"] = max(1, twin["version"] + edit[2])
            twin["fields"]["version"] = twin["version"]
        lines.append(twin)


def edit_manifest(world: World, parts: Parts, edit: tuple[Any, ...]) -> None:
    kind = edit[0]
    if kind == "raw":
        parts.manifest = edit[1]
        return
    if not isinstance(parts.manifest, dict):
        return
    manifest = parts.manifest = copy.deepcopy(parts.manifest)
    if kind == "set":
        manifest[edit[1]] = _value(world, edit[2])
    elif kind == "drop":
        manifest.pop(edit[1], None)
    elif kind in ("sender", "sequence") and isinstance(manifest.get(kind), dict):
        manifest[kind][edit[1]] = _value(world, edit[2])


def edit_members(world: World, parts: Parts, edit: tuple[Any, ...]) -> None:
    kind = edit[0]
    others = parts.others = list(parts.others)
    if kind == "add":
        others.append((edit[1], edit[2]))
    elif kind == "attachment":
        others.append((package.ATTACHMENTS + hashlib.sha256(edit[1]).hexdigest(), edit[1]))
    elif kind == "audit":
        found = [i for i, (name, _) in enumerate(others) if name == package.AUDIT]
        if not found:
            return
        position = found[0]
        lines = others[position][1].splitlines() or [b"{}"]
        number = edit[1] % len(lines)
        value = edit[2]
        if isinstance(value, bytes):
            lines[number] = value
        else:
            try:
                entry = json.loads(lines[number])
            except ValueError:
                entry = {}
            if isinstance(entry, dict) and entry:
                entry[sorted(entry)[edit[1] % len(entry)]] = _value(world, value)
            lines[number] = dumps(entry)
        others[position] = (package.AUDIT, b"\n".join(lines) + b"\n")
    elif others and kind == "drop":
        del others[edit[1] % len(others)]
    elif others and kind == "rename":
        index = edit[1] % len(others)
        others[index] = (edit[2], others[index][1])
