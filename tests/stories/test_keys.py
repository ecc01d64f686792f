"""A site's identity: its own keys per database, rotation announced by the old key, revocation."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kc_desktop.sync import keys
from tests.stories.conftest import Run, fingerprint, init_city, init_office, introduce, one_error_line


def _card(run: Run, db: Path, out: Path, command: str = "sync") -> dict:
    run("--db", db, command, "card", "-o", out, check=True)
    return json.loads(out.read_text("utf-8"))


def _export(run: Run, db: Path, usb: Path, *extra: str) -> Path:
    run("--db", db, "demo", "--establishments", "2", "--projects", "0", "--seed", str(len(list(usb.parent.rglob("*")))),
        check=True)
    return Path(run("--db", db, "sync", "export", "-o", usb, *extra, check=True).stdout.strip())


def test_two_databases_in_one_folder_never_share_a_key(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    folder.mkdir()
    # An earlier version kept one key file beside the databases: the first database adopts it, alone.
    legacy = Ed25519PrivateKey.generate()
    (folder / keys.KEY_FILE).write_bytes(legacy.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    office, training = folder / "kc.sqlite", folder / "tap-huan.sqlite"
    init_office(run, office)
    init_office(run, training, "TH01", "Lớp tập huấn")
    real, practice = _card(run, office, tmp_path / "a.json"), _card(run, training, tmp_path / "b.json")
    assert real["public_key"] == keys.public_bytes(legacy.public_key()).hex()
    assert practice["public_key"] != real["public_key"] and practice["encryption_key"] != real["encryption_key"]
    assert not (folder / keys.KEY_FILE).exists()
    # A city database in the same folder has its own keys too.
    hq = folder / "so.sqlite"
    init_city(run, hq)
    assert _card(run, hq, tmp_path / "c.json", "city")["public_key"] not in (real["public_key"],
                                                                             practice["public_key"])

    # The city refuses to register one key for two offices, and says which office has it.
    told = fingerprint(run("--db", hq, "city", "trust-site", tmp_path / "a.json", "--fingerprint", "?").stdout)
    run("--db", hq, "city", "trust-site", tmp_path / "a.json", "--fingerprint", told, check=True)
    clone = dict(practice, public_key=real["public_key"])
    (tmp_path / "clone.json").write_text(json.dumps(clone), "utf-8")
    refused = one_error_line(run("--db", hq, "city", "trust-site", tmp_path / "clone.json", "--fingerprint", told))
    assert "đã được đăng ký cho đơn vị BT01" in refused


def test_rotation_and_revocation_both_ways(run: Run, tmp_path: Path) -> None:
    office, hq, usb = tmp_path / "bt" / "kc.sqlite", tmp_path / "so" / "kc.sqlite", tmp_path / "usb"
    init_office(run, office)
    init_city(run, hq)
    introduce(run, office, hq, tmp_path / "cards")
    run("--db", hq, "city", "import", _export(run, office, usb / "1"), check=True)
    # Sealed to the city's current key before the city rotates: the city still opens it afterwards.
    sealed_early = _export(run, office, usb / "2", "--encrypt")

    # The office rotates: its next package is accepted without a phone call, and the city now knows the new key.
    rotated = run("--db", office, "sync", "rotate-key", check=True).stdout
    new_print = rotated.split("mới ")[1].split(".")[0]
    run("--db", hq, "city", "import", _export(run, office, usb / "3"), check=True)
    assert new_print in run("--db", hq, "city", "status", check=True).stdout

    # The city rotates: the office takes the new key from the receipt, and encrypts to the new key.
    run("--db", hq, "city", "rotate-key", check=True)
    [receipt] = run("--db", hq, "city", "receipts", "-o", usb / "r", check=True).stdout.split()
    run("--db", office, "sync", "receipt", receipt, check=True)
    assert "đã nhập" in run("--db", hq, "city", "import", sealed_early, check=True).stdout
    assert "đã nhập" in run("--db", hq, "city", "import", _export(run, office, usb / "4", "--encrypt"),
                            check=True).stdout
    [reference] = run("--db", hq, "city", "publish", "-o", usb / "p", check=True).stdout.split()
    run("--db", office, "sync", "reference", reference, check=True)

    # A stolen laptop: the city revokes the office's key; its packages are refused as revoked, not altered.
    run("--db", hq, "city", "revoke-site", "BT01", check=True)
    stolen = _export(run, office, usb / "5")
    refused = run("--db", hq, "city", "import", stolen)
    assert refused.returncode == 1 and "khóa đã bị thu hồi" in refused.stderr and "đã bị sửa" not in refused.stderr
    # A rotation announced by the revoked key is not believed either: only a new fingerprint check restores trust.
    run("--db", office, "sync", "rotate-key", check=True)
    fresh = _export(run, office, usb / "6")
    refused = run("--db", hq, "city", "import", fresh)
    assert refused.returncode == 1 and "khóa đã bị thu hồi" in refused.stderr
    told = fingerprint(run("--db", hq, "city", "trust-site", fresh, "--fingerprint", "?").stdout)
    run("--db", hq, "city", "trust-site", fresh, "--fingerprint", told, check=True)
    assert "đã nhập" in run("--db", hq, "city", "import", fresh, check=True).stdout
    assert "khóa đã bị thu hồi" in run("--db", hq, "city", "import", stolen).stderr
    # And the old key cannot be trusted again.
    again = one_error_line(run("--db", hq, "city", "trust-site", stolen, "--fingerprint", "x"))
    assert "thu hồi" in again

    # The other way: an office revokes the city's key (a stolen city PC); the city's receipts are refused.
    run("--db", office, "sync", "revoke-city", check=True)
    [receipt] = run("--db", hq, "city", "receipts", "-o", usb / "r2", check=True).stdout.split()
    line = one_error_line(run("--db", office, "sync", "receipt", receipt))
    assert "khóa đã bị thu hồi" in line.lower()
    # The city rotates and the office confirms the new key by fingerprint: receipts flow again.
    run("--db", hq, "city", "rotate-key", check=True)
    still = one_error_line(run("--db", office, "sync", "receipt",
                               run("--db", hq, "city", "receipts", "-o", usb / "r3", check=True).stdout.split()[0]))
    assert "khóa đã bị thu hồi" in still.lower()
    run("--db", hq, "city", "card", "-o", tmp_path / "so2.json", check=True)
    told = fingerprint(run("--db", office, "sync", "trust-city", tmp_path / "so2.json", "--fingerprint", "?").stdout)
    run("--db", office, "sync", "trust-city", tmp_path / "so2.json", "--fingerprint", told, check=True)
    [receipt] = run("--db", hq, "city", "receipts", "-o", usb / "r4", check=True).stdout.split()
    assert "Sở đã nhận" in run("--db", office, "sync", "receipt", receipt, check=True).stdout


def test_history_rewritten_in_the_file_is_noticed_by_check_and_by_the_city(run: Run, tmp_path: Path) -> None:
    import sqlite3

    office, hq, usb = tmp_path / "bt" / "kc.sqlite", tmp_path / "so" / "kc.sqlite", tmp_path / "usb"
    init_office(run, office)
    init_city(run, hq)
    introduce(run, office, hq, tmp_path / "cards")
    run("--db", hq, "city", "import", _export(run, office, usb / "1"), check=True)
    [receipt] = run("--db", hq, "city", "receipts", "-o", usb / "r", check=True).stdout.split()
    run("--db", office, "sync", "receipt", receipt, check=True)
    assert "Cơ sở dữ liệu tốt" in run("--db", office, "check", check=True).stdout

    # Someone edits who made an old change, straight in the file.
    with sqlite3.connect(office) as connection:
        connection.execute("UPDATE change_log SET reason = 'sửa cho đẹp' WHERE seq = 5")
    connection.close()
    broken = one_error_line(run("--db", office, "check"))
    assert "Nhật ký thay đổi đã bị sửa: mục số 5" in broken
    # The next package shows the city that the history it received was rewritten.
    refused = run("--db", hq, "city", "import", _export(run, office, usb / "2"))
    assert refused.returncode == 1 and "lịch sử thay đổi của đơn vị BT01 đã bị viết lại" in refused.stderr
