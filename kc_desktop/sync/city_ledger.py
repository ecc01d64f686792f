"""What the city has received of each office, per epoch of its change numbers: ranges, gaps and
what it can acknowledge."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kc_desktop.db.engine import Database
from kc_desktop.db.models_sync import SyncImport
from kc_desktop.sync import trust


@dataclass(frozen=True)
class Gap:
    site_code: str
    site_name: str
    first: int
    last: int

    @property
    def message(self) -> str:
        who = self.site_name or self.site_code
        numbers = f"{self.first}" if self.first == self.last else f"{self.first}–{self.last}"
        return f"Gói {numbers} từ {who} chưa nhận được."


@dataclass(frozen=True)
class Received:
    """What the city has of one epoch of an office (kc_desktop.db.epoch): merged ranges of numbers."""

    site_id: str
    epoch: str
    first: int
    ranges: list[tuple[int, int]]
    latest: int  # the import id of its newest package: the epoch the office is in now has the highest

    @property
    def acknowledged(self) -> int:
        """The last number up to which everything of this epoch has arrived (0: not even its first)."""
        return acknowledged(self.ranges, self.first)


def received(db: Database) -> list[Received]:
    with db.read() as session:
        rows = session.execute(select(SyncImport.site_id, SyncImport.epoch, SyncImport.epoch_first,
                                      SyncImport.seq_from, SyncImport.seq_to, SyncImport.id)
                               .where(SyncImport.kind == "changes")
                               .order_by(SyncImport.site_id, SyncImport.epoch, SyncImport.seq_from))
        found: dict[tuple[str, str], Received] = {}
        for site, epoch_id, first, start, last, import_id in rows:
            entry = found.get((site, epoch_id))
            if entry is None:
                entry = found[(site, epoch_id)] = Received(site, epoch_id, first, [], import_id)
            elif import_id > entry.latest:
                entry = found[(site, epoch_id)] = Received(site, epoch_id, first, entry.ranges, import_id)
            ranges = entry.ranges
            if ranges and start <= ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], max(ranges[-1][1], last))
            else:
                ranges.append((start, last))
    return list(found.values())


def current_epochs(db: Database) -> dict[str, Received]:
    """Per office, what the city has of the epoch it sent its newest package in."""
    latest: dict[str, Received] = {}
    for entry in received(db):
        if entry.site_id not in latest or entry.latest > latest[entry.site_id].latest:
            latest[entry.site_id] = entry
    return latest


def received_ranges(db: Database) -> dict[str, list[tuple[int, int]]]:
    """Per office, the merged ranges of change numbers received so far in its current epoch."""
    return {site: entry.ranges for site, entry in current_epochs(db).items()}


def gaps(db: Database) -> list[Gap]:
    """Numbers missing in each office's current epoch (a lost copy's older epoch can never be completed)."""
    names = {row.site_id: row for row in trust.trusted(db)}
    found = []
    for site, entry in current_epochs(db).items():
        card = names.get(site)
        code, name = (card.code, card.name) if card else (site[:8], "")
        expected = entry.first
        for first, last in entry.ranges:
            if last < expected:
                continue
            if first > expected:
                found.append(Gap(code, name, expected, first - 1))
            expected = last + 1
    return found


def acknowledged(ranges: list[tuple[int, int]], first: int = 1) -> int:
    """The last number up to which everything from `first` on has arrived, or 0."""
    upto = first - 1
    for start, last in ranges:
        if start > upto + 1:
            break
        upto = max(upto, last)
    return upto if upto >= first else 0
