"""Every bad package the city may be handed: refused with its reason, the city database exactly as it was."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kc_desktop.sync import city, identity, keys, package
from kc_desktop.sync.export import export_changes
from tests.sync.sync_helpers import CITY, OFFICES, Site, add_establishment, introduce, make_site


@pytest.fixture
def world(tmp_path: Path) -> dict[str, object]:
    hq = make_site(tmp_path, CITY)
    bt, vp = make_site(tmp_path, OFFICES["BT01"]), make_site(tmp_path, OFFICES["VP02"])
    introduce(hq, bt, vp)
    add_establishment(bt, "Công ty TNHH Gốm sứ Minh Long", "0100233488")
    add_establishment(bt, "Cơ sở gốm Quang Vinh")
    add_establishment(vp, "Hợp tác xã Lụa Vạn Phúc", "0100047516", unit="09556")
    vp_package = export_changes(vp.db, tmp_path / "vp").path
    assert city.import_package(hq.db, vp_package).status == city.IMPORTED
    good = export_changes(bt.db, tmp_path / "bt").path
    return {"hq": hq, "bt": bt, "vp": vp, "good": good, "vp_package": vp_package, "tmp": tmp_path}


def dump(site: Site) -> str:
    """Every row of every table, read from the file as another program would."""
    connection = sqlite3.connect(site.db.path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _resigned(w: dict, edit: Callable[[dict, list[dict]], None], name: str = "resigned.kcpkg") -> Path:
    """A package really signed by BT01's own key, whose content was edited before signing."""
    bt: Site = w["bt"]  # type: ignore[assignment]
    read = package.read(w["good"], lambda site: identity.signing_key(bt.db).public_key())  # type: ignore[arg-type]
    manifest = {k: v for k, v in read.manifest.items() if k not in ("format", "format_version", "counts", "members")}
    changes = [dict(c) for c in read.changes]
    edit(manifest, changes)
    return package.write(w["tmp"] / name, identity.signing_key(bt.db), manifest, changes)  # type: ignore[operator]


def _relisted(w: dict, edit: Callable[[dict], None]) -> Path:
    """The good package with its manifest edited and signed again by BT01: a manifest that lies."""
    bt: Site = w["bt"]  # type: ignore[assignment]
    members = _members(w["good"])  # type: ignore[arg-type]
    manifest = json.loads(members[package.MANIFEST])
    edit(manifest)
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    members[package.MANIFEST], members[package.SIGNATURE] = raw, identity.signing_key(bt.db).sign(raw)
    path = _zip(w["tmp"] / "lying.kcpkg", members)  # type: ignore[operator]
    package.sign_container(path, identity.signing_key(bt.db))
    return path


def changed_record(w: dict) -> Path:
    members = _members(w["good"])
    members[package.CHANGES] = members[package.CHANGES].replace(b"Quang Vinh", b"Quang Vinx")
    return _zip(w["tmp"] / "changed.kcpkg", members)


def changed_byte(w: dict) -> Path:
    data = bytearray(Path(w["good"]).read_bytes())
    data[len(data) // 3] ^= 0x20
    (target := w["tmp"] / "flipped.kcpkg").write_bytes(bytes(data))
    return target


def changed_manifest(w: dict) -> Path:
    members = _members(w["good"])
    members[package.MANIFEST] = members[package.MANIFEST].replace(b'"BT01"', b'"BT09"')
    return _zip(w["tmp"] / "manifest.kcpkg", members)


def wrong_signature(w: dict) -> Path:
    members = _members(w["good"])
    members[package.SIGNATURE] = keys.load_or_create(w["tmp"] / "stranger").sign(members[package.MANIFEST])
    return _zip(w["tmp"] / "wrong-sig.kcpkg", members)


def missing_signature(w: dict) -> Path:
    members = _members(w["good"])
    del members[package.SIGNATURE]
    return _zip(w["tmp"] / "no-sig.kcpkg", members)


def untrusted_office(w: dict) -> Path:
    from kc_desktop.services import setup

    other = make_site(w["tmp"], setup.SiteIdentity("DA03", "UBND xã Đông Anh", "commune", "00454", "Phạm Văn Dũng"))
    add_establishment(other, "Cơ sở mộc Đông Anh")
    return export_changes(other.db, w["tmp"] / "da").path


def records_of_another_office(w: dict) -> Path:
    vp_line = package.read(w["vp_package"], lambda s: identity.signing_key(w["vp"].db).public_key()).changes
    stolen = next(c for c in vp_line if c["table"] == "establishment")
    return _resigned(w, lambda manifest, changes: changes.append({**stolen, "version": stolen["version"] + 1,
                                                                  "fields": {**stolen["fields"],
                                                                             "version": stolen["version"] + 1}}))


def claims_another_offices_record(w: dict) -> Path:
    vp_line = package.read(w["vp_package"], lambda s: identity.signing_key(w["vp"].db).public_key()).changes
    stolen = next(c for c in vp_line if c["table"] == "establishment")
    bt_site = w["bt"].actor.site_id
    forged = {**stolen, "version": 5, "fields": {**stolen["fields"], "version": 5, "origin_site_id": bt_site,
                                                 "name": "Đã bị sửa"}}
    return _resigned(w, lambda manifest, changes: changes.append(forged))


def truncated(w: dict) -> Path:
    data = Path(w["good"]).read_bytes()
    (target := w["tmp"] / "cut.kcpkg").write_bytes(data[: len(data) // 2])
    return target


def dot_dot_member(w: dict) -> Path:
    return _zip(w["tmp"] / "dotdot.kcpkg", {**_members(w["good"]), "../../evil.txt": b"x"})


def absolute_member(w: dict) -> Path:
    return _zip(w["tmp"] / "absolute.kcpkg", {**_members(w["good"]), "/etc/evil.txt": b"x"})


def zip_bomb(w: dict) -> Path:
    return _zip(w["tmp"] / "bomb.kcpkg", {**_members(w["good"]), "attachments/zeros": bytes(20 * 1024 * 1024)})


def lying_counts(w: dict) -> Path:
    return _relisted(w, lambda manifest: manifest["counts"].update(records=manifest["counts"]["records"] + 1))


def lying_hash(w: dict) -> Path:
    return _relisted(w, lambda manifest: manifest["members"][package.CHANGES].update(sha256="0" * 64))


def newer_schema(w: dict) -> Path:
    return _resigned(w, lambda manifest, changes: manifest.update(schema="9999"))


def bad_value(w: dict) -> Path:
    def edit(manifest: dict, changes: list[dict]) -> None:
        changes[-1]["fields"]["created_at"] = "hôm qua"
    return _resigned(w, edit)


def unknown_table(w: dict) -> Path:
    return _resigned(w, lambda manifest, changes: changes.append({**changes[0], "table": "salary"}))


def receipt_not_data(w: dict) -> Path:
    [receipt] = [p for p in city.write_receipts(w["hq"].db, w["tmp"] / "r") if "VP02" in p.name]
    return receipt


def not_a_package(w: dict) -> Path:
    (target := w["tmp"] / "bao-cao.kcpkg").write_text("Báo cáo quý III", "utf-8")
    return target


SPOILERS = [changed_record, changed_byte, changed_manifest, wrong_signature, missing_signature, untrusted_office,
            records_of_another_office, claims_another_offices_record, truncated, dot_dot_member, absolute_member,
            zip_bomb, lying_counts, lying_hash, newer_schema, bad_value, unknown_table, receipt_not_data,
            not_a_package]
REASONS = {
    "changed_record": "đã bị sửa", "changed_byte": "", "changed_manifest": "chữ ký",
    "wrong_signature": "chữ ký", "missing_signature": "thiếu", "untrusted_office": "chưa được tin cậy",
    "records_of_another_office": "không thuộc đơn vị gửi", "claims_another_offices_record": "của đơn vị khác",
    "truncated": "hỏng", "dot_dot_member": "không an toàn", "absolute_member": "không an toàn",
    "zip_bomb": "quá lớn", "lying_counts": "không khớp", "lying_hash": "đã bị thay đổi",
    "newer_schema": "mới hơn", "bad_value": "không hợp lệ", "unknown_table": "không được biết",
    "receipt_not_data": "biên nhận", "not_a_package": "không phải gói",
}


@pytest.mark.parametrize("spoil", SPOILERS, ids=lambda f: f.__name__)
def test_bad_package_is_refused_and_nothing_changes(world: dict, spoil: Callable[[dict], Path]) -> None:
    bad = spoil(world)
    before = dump(world["hq"])
    outcome = city.import_package(world["hq"].db, bad)
    assert outcome.status == city.REJECTED, outcome.line
    assert REASONS[spoil.__name__] in outcome.line and "\n" not in outcome.line
    assert dump(world["hq"]) == before
    # The genuine package still goes in afterwards.
    assert city.import_package(world["hq"].db, world["good"]).status == city.IMPORTED


def test_same_package_twice_says_already_imported(world: dict) -> None:
    assert city.import_package(world["hq"].db, world["good"]).status == city.IMPORTED
    before = dump(world["hq"])
    again = city.import_package(world["hq"].db, world["good"])
    assert again.status == city.ALREADY and "đã nhập trước đó" in again.line
    assert dump(world["hq"]) == before


def test_cli_prints_one_line_per_package_and_exits_1_on_rejection(world: dict, capsys) -> None:  # noqa: ANN001
    from kc_desktop.cli import main

    bad = changed_record(world)
    db = str(world["hq"].db.path)
    assert main(["--db", db, "city", "import", str(world["good"]), str(bad), str(world["good"])]) == 1
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert lines[0].startswith(world["good"].name + ": đã nhập") and "đã nhập trước đó" in lines[1]
    assert err.strip().splitlines() == [f"{bad.name}: bị từ chối: gói đã bị sửa (chữ ký toàn tệp không đúng); "
                                        "không nhập."]
