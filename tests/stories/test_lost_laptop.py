"""A laptop lost with work the city already had: backup plus the city's recovery package give back
everything, and the new laptop's work reaches the city with nothing dropped or duplicated."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models import Establishment
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.services import attachments, establishments, installation
from tests.stories.conftest import (
    PASSPHRASE,
    Run,
    fingerprint,
    init_city,
    init_office,
    introduce,
    one_error_line,
)
from tests.sync.sync_helpers import snapshot

SECRET = {"KC_BACKUP_PASSPHRASE": PASSPHRASE}


def _work(db_path: Path, name: str, photo_dir: Path | None = None, rename: tuple[str, str] | None = None) -> str:
    """What an officer does in the program: a new establishment (with a photo), and an edit of another."""
    db = open_database(db_path, create=False)
    try:
        actor = installation.current_actor(db)
        assert actor is not None
        new_id = establishments.create(db, actor, EstablishmentInput(name=name, admin_unit_code="00583"))
        if photo_dir is not None:
            photo_dir.mkdir(parents=True, exist_ok=True)
            picture = photo_dir / f"{name[-3:]}.jpg"
            Image.new("RGB", (320, 240), (sum(map(ord, name)) % 255, 120, 90)).save(picture)
            attachments.add_image(db, actor, "establishment", new_id, picture, caption=f"Xưởng của {name}")
        if rename is not None:
            target = _by_name(db, rename[0])
            establishments.update(db, actor, target, EstablishmentInput(name=rename[1], admin_unit_code="00583"))
        return new_id
    finally:
        db.close()


def _by_name(db: Database, name: str) -> str:
    with db.read() as session:
        return session.query(Establishment.id).filter(Establishment.name == name).one()[0]


def _names(db_path: Path) -> set[str]:
    db = open_database(db_path, create=False)
    try:
        with db.read() as session:
            return {n for (n,) in session.query(Establishment.name).filter(Establishment.deleted_at.is_(None))}
    finally:
        db.close()


def _own_state(db_path: Path, office_db: Path) -> dict:
    """The office's own records as one database holds them."""
    office = open_database(office_db, create=False)
    db = open_database(db_path, create=False)
    try:
        site_id = installation.office_info(office).site_id  # type: ignore[union-attr]
        return snapshot(db, origin=site_id)
    finally:
        db.close()
        office.close()


def _audit_lines(db_path: Path) -> list[str]:
    from kc_desktop.db.models_sync import SyncAudit

    db = open_database(db_path, create=False)
    try:
        with db.read() as session:
            return [row.fields or "" for row in session.query(SyncAudit)]
    finally:
        db.close()


def _export_import(run: Run, office: Path, hq: Path, usb: Path, *extra: str) -> Path:
    package = Path(run("--db", office, "sync", "export", "-o", usb, *extra, check=True).stdout.strip())
    imported = run("--db", hq, "city", "import", package, check=True)
    assert "đã nhập" in imported.stdout
    return package


def test_a_lost_laptop_loses_nothing(run: Run, tmp_path: Path) -> None:
    laptop, hq, usb = tmp_path / "laptop" / "kc.sqlite", tmp_path / "so" / "kc.sqlite", tmp_path / "usb"
    init_office(run, laptop)
    init_city(run, hq)
    introduce(run, laptop, hq, tmp_path / "cards")
    run("--db", laptop, "demo", "--establishments", "12", "--projects", "2", check=True)
    _work(laptop, "Cơ sở gốm Minh Long 001", tmp_path / "photos")

    # The office works, exports; the city imports and answers.
    _export_import(run, laptop, hq, usb / "1")
    [receipt] = run("--db", hq, "city", "receipts", "-o", usb / "r1", check=True).stdout.split()
    run("--db", laptop, "sync", "receipt", receipt, check=True)

    # The head backs up (choosing the passphrase once), the office works more and exports.
    backed = run("--db", laptop, "backup", "-o", usb, env=SECRET, check=True)
    [backup] = sorted(usb.glob("*.kcbak"))
    assert "Đã sao lưu" in backed.stdout
    _work(laptop, "Cơ sở gốm Minh Long 002", tmp_path / "photos", rename=("Cơ sở gốm Minh Long 001", "Gốm Minh Long"))
    _export_import(run, laptop, hq, usb / "2", "--encrypt")
    [late_receipt] = run("--db", hq, "city", "receipts", "-o", usb / "r2", check=True).stdout.split()
    at_the_city = _own_state(hq, laptop)

    # The laptop is lost. A new one restores the backup into a new database…
    fresh = tmp_path / "new-laptop" / "kc.sqlite"
    fresh.parent.mkdir()
    wrong = one_error_line(run("--db", fresh, "restore", backup, env={"KC_BACKUP_PASSPHRASE": "sai mật khẩu"}))
    assert "Mật khẩu sao lưu không đúng" in wrong and not fresh.exists()
    run("--db", fresh, "restore", backup, env=SECRET, check=True)
    assert "Cơ sở gốm Minh Long 001" in _names(fresh) and "Cơ sở gốm Minh Long 002" not in _names(fresh)
    # …whose photos came back with it, and whose key is the site's (the city accepts its packages).
    assert list((fresh.parent / "attachments").rglob("*.jpg"))

    # A receipt for numbers the lost laptop issued after the backup is refused and changes nothing.
    refused = one_error_line(run("--db", fresh, "sync", "receipt", late_receipt))
    assert "chỉ ghi đến số" in refused or "bản khác" in refused

    # An edit made before the recovery is newer than the lost laptop's and is kept.
    _work(fresh, "Cơ sở mây tre Phú Vinh", rename=("Cơ sở gốm Minh Long 001", "Gốm Minh Long Bát Tràng"))

    # The city's recovery package brings back what the lost laptop had sent.
    recovery = Path(run("--db", hq, "city", "recovery", "--site", "BT01", "-o", usb / "3", check=True).stdout.strip())
    recovered = run("--db", fresh, "sync", "recover", recovery, check=True).stdout
    assert "đã lấy lại từ Sở" in recovered and "1 giữ bản mới hơn" in recovered
    names = _names(fresh)
    assert {"Cơ sở gốm Minh Long 002", "Cơ sở mây tre Phú Vinh", "Gốm Minh Long Bát Tràng"} <= names
    assert "Gốm Minh Long" not in names
    assert len(list((fresh.parent / "attachments").rglob("*.jpg"))) == 2
    again = run("--db", fresh, "sync", "recover", recovery, check=True).stdout
    assert "đã đọc trước đó" in again

    # Work on the new laptop reaches the city: every edit there, nothing duplicated, nothing dropped.
    _work(fresh, "Cơ sở sơn mài Hạ Thái", rename=("Cơ sở gốm Minh Long 002", "Gốm Minh Long 2"))
    _export_import(run, fresh, hq, usb / "4", "--all")
    city_now, office_now = _own_state(hq, fresh), _own_state(fresh, fresh)
    assert city_now == office_now
    assert set(at_the_city) <= set(city_now)
    assert len(_names(hq) & {"Gốm Minh Long Bát Tràng", "Gốm Minh Long 2", "Cơ sở sơn mài Hạ Thái",
                             "Cơ sở mây tre Phú Vinh"}) == 4

    # The city keeps the new laptop's history too, though its change numbers start again after the restore.
    assert any("Gốm Minh Long 2" in line for line in _audit_lines(hq))

    # The receipt for the new epoch is accepted; then there is nothing new to send.
    [receipt] = run("--db", hq, "city", "receipts", "-o", usb / "r3", check=True).stdout.split()
    run("--db", fresh, "sync", "receipt", receipt, check=True)
    nothing = run("--db", fresh, "sync", "export", "-o", usb / "5", check=True)
    assert nothing.stdout == "" and "Không có thay đổi nào mới" in nothing.stderr
    gaps = run("--db", hq, "city", "status", check=True).stdout
    assert "chưa nhận được" not in gaps


def test_recovery_for_another_office_or_from_an_untrusted_city_is_refused(run: Run, tmp_path: Path) -> None:
    bt, vp, hq = tmp_path / "bt" / "kc.sqlite", tmp_path / "vp" / "kc.sqlite", tmp_path / "so" / "kc.sqlite"
    init_office(run, bt)
    init_office(run, vp, "VP02", "UBND phường Hà Đông", "09556")
    init_city(run, hq)
    introduce(run, bt, hq, tmp_path / "cards")
    introduce(run, vp, hq, tmp_path / "cards")
    _work(bt, "Cơ sở gốm Bát Tràng")
    _export_import(run, bt, hq, tmp_path / "usb")
    recovery = Path(run("--db", hq, "city", "recovery", "--site", "BT01", "-o", tmp_path / "r", check=True).stdout
                    .strip())
    other = one_error_line(run("--db", vp, "sync", "recover", recovery))
    # Sealed to BT01's key: another office cannot even open it (an unsealed one names its office).
    assert "không gửi cho đơn vị này" in other or "dành cho đơn vị BT01" in other
    # A city BT01 never trusted (it trusts BT01 and holds its data, but BT01 never confirmed its key).
    rogue = tmp_path / "rogue" / "kc.sqlite"
    init_city(run, rogue)
    card = tmp_path / "cards" / "bt.json"
    told = fingerprint(run("--db", rogue, "city", "trust-site", card, "--fingerprint", "?").stdout)
    run("--db", rogue, "city", "trust-site", card, "--fingerprint", told, check=True)
    run("--db", rogue, "city", "import", *sorted((tmp_path / "usb").glob("*.kcpkg")), check=True)
    forged = Path(run("--db", rogue, "city", "recovery", "--site", "BT01", "-o", tmp_path / "f", check=True).stdout
                  .strip())
    before = bt.read_bytes()
    assert "chưa được tin cậy" in one_error_line(run("--db", bt, "sync", "recover", forged))
    assert bt.read_bytes() == before
    assert "Không có đơn vị mã" in one_error_line(run("--db", hq, "city", "recovery", "--site", "XX9", "-o", tmp_path))
    # A truncated or foreign backup file: one line, nothing changed.
    run("--db", bt, "backup", "-o", tmp_path / "b.kcbak", env=SECRET, check=True)
    (tmp_path / "cut.kcbak").write_bytes((tmp_path / "b.kcbak").read_bytes()[:-100])
    before = bt.read_bytes()
    assert "cắt cụt" in one_error_line(run("--db", bt, "restore", tmp_path / "cut.kcbak", env=SECRET))
    (tmp_path / "notes.kcbak").write_text("ghi chú", "utf-8")
    assert "không phải" in one_error_line(run("--db", bt, "restore", tmp_path / "notes.kcbak", env=SECRET))
    assert bt.read_bytes() == before
    # Another office's backup needs --other-site, and the message names both offices.
    message = one_error_line(run("--db", vp, "restore", tmp_path / "b.kcbak", env=SECRET))
    assert "BT01" in message and "VP02" in message and "--other-site" in message


def test_export_all_names_an_attachment_missing_on_this_computer(run: Run, tmp_path: Path) -> None:
    office = tmp_path / "bt" / "kc.sqlite"
    init_office(run, office)
    _work(office, "Cơ sở gốm Chu Đậu", tmp_path / "photos")
    [photo] = list((office.parent / "attachments").rglob("*.jpg"))
    photo.unlink()  # a restore from an old copy of the database, without its photos
    result = run("--db", office, "sync", "export", "-o", tmp_path / "usb", "--all", check=True)
    assert Path(result.stdout.strip()).exists()
    warning = result.stderr.strip()
    assert warning.startswith("Cảnh báo: Thiếu tệp đính kèm «Xưởng của Cơ sở gốm Chu Đậu»")
    assert photo.name[:12] in warning
