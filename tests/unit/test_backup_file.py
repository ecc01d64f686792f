"""The backup file (.kcbak): database, keys and attachments in one file only the passphrase opens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models_sync import SyncEpoch
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.errors import DatabaseError
from kc_desktop.services import attachments, backup_archive, backup_passphrase, backups, establishments
from kc_desktop.services.backup_archive import BackupFileError, BackupPassphraseError
from kc_desktop.sync import identity

SECRET = "gốm-Bát-Tràng-2026"


@pytest.fixture
def office(db: Database, actor: Actor, tmp_path: Path) -> Path:
    for n in range(12):
        establishments.create(db, actor, EstablishmentInput(name=f"Cơ sở gốm {n}", admin_unit_code="00583"))
    for n in range(3):
        picture = tmp_path / f"anh-{n}.jpg"
        Image.new("RGB", (200 + n, 150), (n * 60, 90, 30)).save(picture)
        attachments.add_image(db, actor, "establishment", _first(db), picture, caption=f"Ảnh {n}")
    backup_passphrase.set_passphrase(db, SECRET)
    assert db.path is not None
    return db.path


def _first(db: Database) -> str:
    from kc_desktop.db.models import Establishment

    with db.read() as session:
        return session.scalars(select(Establishment.id)).first()  # type: ignore[return-value]


def _files(folder: Path) -> set[str]:
    return {p.name for p in (folder / "attachments").rglob("*.jpg")}


def test_round_trip_brings_back_database_keys_and_attachments(db: Database, office: Path, tmp_path: Path) -> None:
    signing = identity.public_key(db)
    saved = backups.backup_to(office, tmp_path)
    assert saved.suffix == ".kcbak" and saved.name.endswith("-thu-cong.kcbak")
    raw = saved.read_bytes()
    assert SECRET.encode() not in raw and b"C\xc6\xa1 s\xe1\xbb\x9f g\xe1\xbb\x91m" not in raw  # nothing readable
    assert SECRET.encode() not in office.read_bytes()
    header = backups.check(saved)
    assert header.ok and header.encrypted and header.establishments == 12 and header.site_code == "BT01"
    assert backups.check(saved, passphrase=SECRET).ok

    fresh = tmp_path / "may-moi" / "kc.sqlite"
    fresh.parent.mkdir()
    result = backups.restore(fresh, saved, passphrase=SECRET)
    assert result.kept is None and result.source.establishments == 12
    assert _files(fresh.parent) == _files(office.parent) and len(_files(fresh.parent)) == 3
    restored = open_database(fresh)
    try:
        assert identity.public_key(restored) == signing  # the same site: the city goes on accepting it
        assert establishments.count(restored) == 12
        with restored.read() as session:
            epochs = session.scalars(select(SyncEpoch).order_by(SyncEpoch.first_seq)).all()
        assert epochs[-1].reason == "khôi phục từ bản sao lưu" and epochs[-1].version_floor > 0
        assert restored.version_floor == epochs[-1].version_floor
    finally:
        restored.close()


def test_a_wrong_passphrase_or_a_changed_or_cut_file_is_refused_and_changes_nothing(
        db: Database, office: Path, tmp_path: Path) -> None:
    saved = backups.backup_to(office, tmp_path / "ban-sao.kcbak")
    target = tmp_path / "kc.sqlite"  # the database the fixture opened: keep it as it is
    before = target.read_bytes()
    with pytest.raises(BackupPassphraseError, match="không đúng"):
        backups.restore(target, saved, passphrase="sai-mat-khau")
    with pytest.raises(BackupPassphraseError, match="Cần mật khẩu"):
        backups.restore(target, saved)
    data = saved.read_bytes()
    header = backup_archive.read_header(saved)
    cases = {
        "body": data[: header.offset + 100] + bytes([data[header.offset + 100] ^ 1]) + data[header.offset + 101:],
        "header": data.replace(b'"establishments": 12', b'"establishments": 99'),
        "cut": data[:-40],
        "tail": data + b"x",
    }
    for name, content in cases.items():
        bad = tmp_path / f"{name}.kcbak"
        bad.write_bytes(content)
        with pytest.raises((BackupFileError, DatabaseError)) as caught:
            backups.restore(target, bad, passphrase=SECRET)
        assert any(word in caught.value.message for word in ("bị sửa", "cắt cụt", "bị hỏng", "dữ liệu lạ")), name
        assert not backups.check(bad, passphrase=SECRET).ok, name
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".kcbak-*")) and not list(tmp_path.glob(".*.part"))


def test_the_passphrase_is_chosen_once_and_checked(db: Database, actor: Actor, tmp_path: Path) -> None:
    assert db.path is not None and not backup_passphrase.has_passphrase(db.path)
    with pytest.raises(BackupPassphraseError, match="Chưa đặt mật khẩu"):
        backups.backup_to(db.path, tmp_path)
    with pytest.raises(BackupPassphraseError, match="ít nhất 8"):
        backup_passphrase.set_passphrase(db, "ngan")
    with pytest.raises(BackupPassphraseError, match="không giống"):
        backup_passphrase.set_passphrase(db, "mot-mat-khau", "mat-khau-khac")
    backup_passphrase.set_passphrase(db, "mat-khau-cu-2025")
    old = backups.backup_to(db.path, tmp_path / "cu.kcbak")
    backup_passphrase.set_passphrase(db, "mat-khau-moi-2026")
    new = backups.backup_to(db.path, tmp_path / "moi.kcbak")
    # Each backup opens with the passphrase in force when it was made.
    backup_passphrase.check_passphrase(old, "mat-khau-cu-2025")
    backup_passphrase.check_passphrase(new, "mat-khau-moi-2026")
    with pytest.raises(BackupPassphraseError):
        backup_passphrase.check_passphrase(old, "mat-khau-moi-2026")


def test_daily_backup_is_a_backup_file_once_the_passphrase_is_set(db: Database, office: Path) -> None:
    day = dt.datetime(2026, 3, 1, 8, 0)
    made = [backups.daily_backup(office, now=day + dt.timedelta(days=n)) for n in range(16)]
    assert all(path is not None and path.suffix == ".kcbak" for path in made)
    kept = [b for b in backups.list_backups(office) if b.kind == backups.AUTOMATIC]
    assert len(kept) == backups.KEEP_AUTOMATIC and kept[0].path == made[-1]
    assert backups.newest_good_backup(office).path == made[-1]  # type: ignore[union-attr]
