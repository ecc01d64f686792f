"""The one way screens hear about changes: an app-wide bus that forwards what every committed
transaction wrote (kc_desktop.db.changes), whoever wrote it: an editor's autosave, a background import,
a dialog, the command line's services run from the GUI.

Every view connects to `bus(db).changed` and refreshes when the tables it shows are touched, so Hôm nay,
the lists, the project pages and the sync page always show the current state. Transactions committed on
a worker thread reach the views on the GUI thread (a queued signal).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from shiboken6 import isValid

from kc_desktop.db.changes import Changes
from kc_desktop.db.engine import Database


class ChangeBus(QObject):
    """Emits `changed(Changes)` after each transaction of one database commits."""

    changed = Signal(object)

    def __init__(self, db: Database) -> None:
        super().__init__(QCoreApplication.instance())
        self.db = db
        self._stop = db.on_change(self._heard)
        self.destroyed.connect(lambda *_: self._stop())

    def _heard(self, changes: Changes) -> None:
        if isValid(self):
            self.changed.emit(changes)  # from a worker thread: queued to the GUI thread's receivers


_buses: dict[int, ChangeBus] = {}


def bus(db: Database) -> ChangeBus:
    """The application's change bus for `db` (made on first use)."""
    found = _buses.get(id(db))
    if found is None or not isValid(found) or found.db is not db:
        found = _buses[id(db)] = ChangeBus(db)
    return found


class Follower(QObject):
    """Refreshes its owner a moment after any of the tables it follows changed (saves come while typing:
    the screen follows once typing pauses, not on every keystroke). It is the owner's child, so the
    connection ends with the owner."""

    def __init__(self, owner: QObject, db: Database, tables: frozenset[str] | set[str],
                 refresh: Callable[[], None], delay_ms: int = 400) -> None:
        super().__init__(owner)
        self.tables = tuple(tables)
        self.heard: Changes = Changes()  # what changed since the owner last refreshed
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._refresh)
        self._refresh_owner = refresh
        bus(db).changed.connect(self.changed)

    def changed(self, changes: Changes) -> None:
        if changes.touches(*self.tables):
            self.heard = self.heard | changes
            self.timer.start()

    def _refresh(self) -> None:
        self._refresh_owner()
        self.heard = Changes()

    def now(self) -> None:
        """Refresh at once if a change is waiting (the owner is about to be looked at)."""
        if self.timer.isActive():
            self.timer.stop()
            self._refresh()


def follow(owner: QObject, db: Database, tables: frozenset[str] | set[str], refresh: Callable[[], None],
           delay_ms: int = 400) -> Follower:
    """Call `refresh` a moment after any of `tables` changed, for as long as `owner` lives."""
    return Follower(owner, db, tables, refresh, delay_ms)
