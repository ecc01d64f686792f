"""The backup file (issue 10): the 100,000-record database, the site's keys and 300 photos in one
encrypted `.kcbak`, written and read back; then restored into a new place.

Baselines, in the same run: the same bytes without encryption or read-back, by the bare libraries
(sqlite3's backup API, then zipfile of the copy and the photos), and unzipping that archive.
`run(establishments=…, photos=…)` takes a smoke size (tests/integration/test_bench_smoke.py).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import statistics
import zipfile
from pathlib import Path

from bench import common
from bench.common import BIG, big_database, report, size, timed

PASSPHRASE = "Bat-Trang-2026"
PHOTO_BYTES = 200 * 1024


def _database(folder: Path, establishments: int) -> Path:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import demo, setup

    path = folder / "kc.sqlite"
    if establishments >= BIG:
        shutil.copy(big_database(), path)
        open_database(path).close()  # migrated, as the program leaves it
        return path
    db = open_database(path)
    actor = setup.initialize(db, setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583", "Nguyễn Văn An"))
    for _ in demo.generate(db, actor, establishments=establishments, seed=1):
        pass
    db.close()
    return path


def _photos(folder: Path, count: int) -> None:
    """Stand-ins for photos: incompressible, stored by content hash as the program stores them."""
    root = folder / "attachments"
    for number in range(count):
        payload = os.urandom(PHOTO_BYTES - number)
        digest = hashlib.sha256(payload).hexdigest()
        (root / digest[:2]).mkdir(parents=True, exist_ok=True)
        (root / digest[:2] / f"{digest}.jpg").write_bytes(payload)


def run(establishments: int = BIG, photos: int = size(300, 5), repeat: int = size(3, 1)) -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import backup_passphrase, backups

    folder = common.OUT / "backup_file"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = _database(folder, establishments)
    _photos(folder, photos)
    db = open_database(path)
    backup_passphrase.set_passphrase(db, PASSPHRASE)
    db.close()
    out = folder / "usb"
    out.mkdir()
    size = "100k" if establishments >= BIG else f"{establishments}"

    def ours() -> None:
        for old in out.glob("*"):
            old.unlink()
        backups.backup_to(path, out / "ban-sao.kcbak")

    def bare() -> None:
        copy = folder / "bare-copy.sqlite"
        source, target = sqlite3.connect(path), sqlite3.connect(copy)
        source.backup(target)
        target.close()
        source.close()
        with zipfile.ZipFile(folder / "bare.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(copy, "database.sqlite")
            for photo in (folder / "attachments").rglob("*.jpg"):
                archive.write(photo, photo.relative_to(folder).as_posix(), zipfile.ZIP_STORED)
        copy.unlink()

    ours()
    bare()  # warm the disk cache for both
    report(f"backup_file_{size}", statistics.median(timed(ours) for _ in range(repeat)), "s",
           statistics.median(timed(bare) for _ in range(repeat)), "s")

    restored = folder / "new-laptop"

    def restore() -> None:
        shutil.rmtree(restored, ignore_errors=True)
        restored.mkdir()
        backups.restore(restored / "kc.sqlite", out / "ban-sao.kcbak", passphrase=PASSPHRASE)

    def unzip() -> None:
        shutil.rmtree(folder / "bare-out", ignore_errors=True)
        with zipfile.ZipFile(folder / "bare.zip") as archive:
            archive.extractall(folder / "bare-out")

    report(f"restore_file_{size}", statistics.median(timed(restore) for _ in range(repeat)), "s",
           statistics.median(timed(unzip) for _ in range(repeat)), "s")
    shutil.rmtree(folder, ignore_errors=True)
