"""Signed packages: a round trip, and every way a package can be bad (nothing is accepted)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kc_desktop.sync import keys, package
from kc_desktop.sync.package import PackageRejected

SITE = "5d1f3f0e-6a0c-4d3c-9a55-000000000001"
HEADER = {"kind": "changes", "sender": {"site_id": SITE, "code": "BT01"}, "schema": "0005",
          "program": "0.1.0", "created_at": "2026-11-21T10:00:00Z", "sequence": {"from": 1, "to": 3}}
CHANGES = [{"table": "establishment", "id": f"id-{n}", "version": 1, "deleted": False,
            "fields": {"name": f"Cơ sở gốm Bát Tràng {n}"}} for n in range(3)]


@pytest.fixture
def key(tmp_path: Path) -> Ed25519PrivateKey:
    return keys.load_or_create(tmp_path / "keys")


@pytest.fixture
def photo(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "anh.jpg"
    path.write_bytes(b"\xff\xd8 not really a jpeg, only bytes " * 50)
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest(), path


def _write(tmp_path: Path, key: Ed25519PrivateKey, photo: tuple[str, Path]) -> Path:
    return package.write(tmp_path / package.file_name("BT01", 1, 3), key, HEADER, CHANGES, {photo[0]: photo[1]})


def _trusting(key: Ed25519PrivateKey):  # noqa: ANN202
    return lambda manifest: key.public_key() if manifest["sender"]["site_id"] == SITE else None


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None],
             resign: Ed25519PrivateKey | None = None) -> Path:
    """Copy a package, replacing (or, with None, leaving out) some members; other bytes unchanged.
    With `resign`, the whole file is signed again by that key (a sender that lies)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    new.writestr(info.filename, change[info.filename])
            else:
                new.writestr(info.filename, old.read(info.filename))
        for name, data in change.items():
            if data is not None and name not in old.namelist():
                new.writestr(name, data)
    if resign is not None:
        package.sign_container(target, resign)
    return target


def test_round_trip(tmp_path: Path, key, photo) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    assert path.name == "KC-BT01-1-3.kcpkg" and not list(tmp_path.glob("*.part"))
    read = package.read(path, _trusting(key))
    assert read.sender == SITE and read.changes == CHANGES
    assert read.attachments == {photo[0]: photo[1].read_bytes()}
    assert read.manifest["counts"] == {"records": 3, "attachments": 1}


def test_key_is_kept_and_private(tmp_path: Path) -> None:
    first = keys.load_or_create(tmp_path)
    again = keys.load_or_create(tmp_path)
    assert keys.public_bytes(first.public_key()) == keys.public_bytes(again.public_key())
    assert (tmp_path / keys.KEY_FILE).stat().st_mode & 0o077 == 0
    assert len(keys.fingerprint(first.public_key()).split()) == 8


def test_changed_bytes_anywhere_are_refused(tmp_path: Path, key, photo) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    with zipfile.ZipFile(path) as archive:
        lines = archive.read(package.CHANGES).replace("Bát Tràng 1".encode(), "Bát Tràng 9".encode())
        manifest = archive.read(package.MANIFEST).replace(b'"BT01"', b'"BT02"')
    with pytest.raises(PackageRejected, match="đã bị sửa"):
        package.read(_rewrite(path, tmp_path / "a.kcpkg", {package.CHANGES: lines}), _trusting(key))
    with pytest.raises(PackageRejected, match="đã bị thay đổi"):
        package.read(_rewrite(path, tmp_path / "a2.kcpkg", {package.CHANGES: lines}, key), _trusting(key))
    with pytest.raises(PackageRejected, match="Chữ ký"):
        package.read(_rewrite(path, tmp_path / "b.kcpkg", {package.MANIFEST: manifest}), _trusting(key))
    with pytest.raises(PackageRejected, match="đã bị thay đổi"):
        package.read(_rewrite(path, tmp_path / "c.kcpkg", {f"attachments/{photo[0]}": b"other"}, key), _trusting(key))
    # Any byte at all: zip headers and timestamps are covered by the signature of the whole file.
    for offset in (10, 40, len(path.read_bytes()) - 70):
        data = bytearray(path.read_bytes())
        data[offset] ^= 0x01
        (flipped := tmp_path / f"flip-{offset}.kcpkg").write_bytes(bytes(data))
        with pytest.raises(PackageRejected):
            package.read(flipped, _trusting(key))


def test_wrong_missing_or_untrusted_signature(tmp_path: Path, key, photo) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    stranger = Ed25519PrivateKey.generate()
    with pytest.raises(PackageRejected, match="Chữ ký"):
        package.read(path, lambda site: stranger.public_key())
    with pytest.raises(PackageRejected, match="chưa được tin cậy"):
        package.read(path, lambda site: None)
    with pytest.raises(PackageRejected, match="thiếu bản kê khai hoặc chữ ký"):
        package.read(_rewrite(path, tmp_path / "x.kcpkg", {package.SIGNATURE: None}), _trusting(key))


def test_truncated_and_foreign_files(tmp_path: Path, key, photo) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    cut = tmp_path / "cut.kcpkg"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(PackageRejected, match="cắt cụt"):
        package.read(cut, _trusting(key))
    text = tmp_path / "note.kcpkg"
    text.write_text("không phải gói", encoding="utf-8")
    with pytest.raises(PackageRejected, match="cắt cụt|không phải"):
        package.read(text, _trusting(key))


@pytest.mark.parametrize("member", ["../../etc/passwd", "/etc/passwd", "attachments/../../x", "C:/x", "a\\..\\b"])
def test_unsafe_member_names(tmp_path: Path, key, photo, member: str) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    bad = tmp_path / "bad.kcpkg"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(bad, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        new.writestr(zipfile.ZipInfo(member), b"x")
    with pytest.raises(PackageRejected, match="không an toàn"):
        package.read(bad, _trusting(key))


def test_zip_bomb(tmp_path: Path, key, photo) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    bomb = _rewrite(path, tmp_path / "bomb.kcpkg", {"attachments/" + "0" * 64: b"\0" * (40 * 1024 * 1024)})
    with pytest.raises(PackageRejected, match="quá lớn"):
        package.read(bomb, _trusting(key))


def test_a_manifest_that_lies(tmp_path: Path, key, photo) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(package.MANIFEST))
    manifest["counts"]["records"] = 5  # signed by the sender, but not what the package holds
    data = json.dumps(manifest).encode()
    lying = _rewrite(path, tmp_path / "lying.kcpkg", {package.MANIFEST: data, package.SIGNATURE: key.sign(data)}, key)
    with pytest.raises(PackageRejected, match="số bản ghi không khớp"):
        package.read(lying, _trusting(key))
    extra = _rewrite(path, tmp_path / "extra.kcpkg", {"attachments/" + "1" * 64: b"unlisted"}, key)
    with pytest.raises(PackageRejected, match="không khớp bản kê khai"):
        package.read(extra, _trusting(key))


def test_a_newer_format_is_explained(tmp_path: Path, key, photo) -> None:  # noqa: ANN001
    path = _write(tmp_path, key, photo)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(package.MANIFEST))
    manifest["format_version"] = 2
    data = json.dumps(manifest).encode()
    newer = _rewrite(path, tmp_path / "newer.kcpkg", {package.MANIFEST: data, package.SIGNATURE: key.sign(data)})
    with pytest.raises(PackageRejected, match="cập nhật KC Desktop"):
        package.read(newer, _trusting(key))
