"""Epochs of a database's change numbers (in the spirit of Syncthing's index IDs).

A database file can be restored from a backup, or copied to another laptop, while the copy it
came from carries on (or is lost with work the city already has). Both copies would then issue the
same change numbers and the same record versions for different edits, and the city would take
the second copy's news for old news. So a copy starts a new epoch:

- when it is restored from a backup (the restore says so), or
- when it is opened in another place than the one its current epoch was started in (another
  machine, another folder): its "home" differs.

An epoch has a random id that travels with every package and receipt, so the city counts and
acknowledges numbers per epoch, and an office refuses a receipt for numbers its copy never issued.
Records edited in a new epoch jump to at least its version floor (minutes since 2020 at its
start), so an edit made after a restore is newer than anything the lost copy sent before it.
"""

from __future__ import annotations

import datetime as dt
import socket
import uuid
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kc_desktop.db import changelog
from kc_desktop.db.base import utcnow
from kc_desktop.db.models import ChangeLog, Site
from kc_desktop.db.models_sync import SyncEpoch

FLOOR_KEY = changelog.FLOOR_KEY
MOVED = "mở ở máy hoặc thư mục khác"
RESTORED = "khôi phục từ bản sao lưu"
FIRST = "bắt đầu"
_ORIGIN = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def home_of(path: Path | None) -> str:
    """Where a database is used: this machine and the file's full path (empty for a server)."""
    if path is None:
        return ""
    try:
        where = str(Path(path).resolve())
    except OSError:
        where = str(Path(path).absolute())
    return f"{socket.gethostname()}|{where}"[:1000]


def history(session: Session) -> list[SyncEpoch]:
    """This database's epochs, oldest first."""
    return list(session.scalars(select(SyncEpoch).order_by(SyncEpoch.first_seq, SyncEpoch.started_at)))


def current(session: Session) -> SyncEpoch | None:
    epochs = history(session)
    return epochs[-1] if epochs else None


def last_seq(session: Session) -> int:
    return int(session.scalar(select(func.max(ChangeLog.seq))) or 0)


def _floor(now: dt.datetime) -> int:
    return max(0, int((now - _ORIGIN).total_seconds() // 60))


def begin(session: Session, reason: str, home: str) -> SyncEpoch:
    """Start a new epoch in the caller's transaction; the first one starts with no version floor."""
    now = utcnow()
    first = current(session) is None
    row = SyncEpoch(id=str(uuid.uuid4()), first_seq=last_seq(session) + 1, started_at=now,
                    version_floor=0 if first else _floor(now), reason=FIRST if first else reason, home=home)
    session.add(row)
    session.flush()
    return row


def ensure(session: Session, path: Path | None) -> SyncEpoch:
    """The current epoch, started afresh when the database is new to this place (a copy)."""
    home = home_of(path)
    latest = current(session)
    if latest is None:
        return begin(session, FIRST, home)
    if path is not None and latest.home != home and not _is_city(session):
        return begin(session, MOVED, home)
    return latest


def _is_city(session: Session) -> bool:
    """The city sends no changes of its own: its shared file opened from several desks is one copy."""
    return session.scalar(select(Site.level).where(Site.is_self.is_(True))) == "city"


def range_of(epochs: list[SyncEpoch], epoch_id: str, issued: int) -> tuple[int, int] | None:
    """The change numbers this database issued in an epoch (`issued`: the last number so far)."""
    for index, row in enumerate(epochs):
        if row.id == epoch_id:
            end = epochs[index + 1].first_seq - 1 if index + 1 < len(epochs) else issued
            return row.first_seq, end
    return None
