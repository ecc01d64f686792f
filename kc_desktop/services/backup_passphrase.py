"""The office's backup passphrase (kc_desktop.services.backup_archive): chosen once by a head, never
stored; the database keeps the backup key sealed with it, which every backup is encrypted to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kc_desktop.db.backup import read_only_uri
from kc_desktop.services import backup_archive

PASSPHRASE_ENV = "KC_BACKUP_PASSPHRASE"
BACKUP_KEY = "backup_key"  # app_setting: the backup key sealed with the passphrase (never the passphrase)


def backup_key(db_path: Path) -> backup_archive.BackupKey | None:
    """The office's backup key (set once the head chose the passphrase), read from the database file."""
    try:
        connection = sqlite3.connect(read_only_uri(db_path), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT value FROM app_setting WHERE key = ?", (BACKUP_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    try:
        return backup_archive.BackupKey.from_json(row[0]) if row else None
    except (ValueError, KeyError, TypeError):
        return None


def has_passphrase(db_path: Path) -> bool:
    return backup_key(db_path) is not None


def set_passphrase(db: object, passphrase: str, repeated: str | None = None, actor: object = None) -> None:
    """Choose (or change) the passphrase that opens this office's backups from now on; older backups
    keep opening with the passphrase they were made with. Only a head may."""
    from kc_desktop.db.changelog import record_event
    from kc_desktop.db.engine import Database
    from kc_desktop.db.models import AppSetting
    from kc_desktop.services import installation
    from kc_desktop.services.permissions import Action, require

    assert isinstance(db, Database)
    acting = actor or installation.current_actor(db)
    require(db, acting, Action.SET_BACKUP_PASSPHRASE)  # type: ignore[arg-type]
    backup_archive.check_new_passphrase(passphrase, repeated)
    key = backup_archive.new_key(passphrase)
    with db.session() as session:
        changed = session.get(AppSetting, BACKUP_KEY) is not None
        session.merge(AppSetting(key=BACKUP_KEY, value=key.to_json()))
        record_event(session, AppSetting.__tablename__, BACKUP_KEY, {"backup_key": [None, key.public[:16]]},
                     "Đổi mật khẩu sao lưu" if changed else "Đặt mật khẩu sao lưu",
                     changed_by=getattr(acting, "officer_id", ""))


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise BackupPassphraseError unless `passphrase` opens this backup file (nothing is decrypted but its key)."""
    header = backup_archive.read_header(path)
    backup_archive.open_key(header.key, passphrase, path.name)
