"""Crash safety, proven (DESIGN.md §3): writers killed with SIGKILL at random moments, dozens of times.

After every kill the database must open, pass `PRAGMA integrity_check`, and hold every write the
writer had reported committed. The writers go through the real services (crash_writer.py); on
POSIX they are forked from a server that has imported everything, so each round costs a fraction
of a second. `KC_CRASH_SEED=N` replays a run; the seed is in every failure message.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models import Establishment
from kc_desktop.db.models_work import FieldRecord
from kc_desktop.progress import drive
from kc_desktop.services import backup_passphrase, backups, demo, field_records, templates

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 35
QUESTION = "thiet_bi_hien_co"

pytestmark = pytest.mark.slow


class Writers:
    """Starts a writer, kills it with SIGKILL after a delay, returns every line it printed."""

    def __init__(self) -> None:
        self.server: subprocess.Popen[str] | None = None
        self.lines: queue.Queue[str] = queue.Queue()
        if hasattr(os, "fork"):
            self.server = subprocess.Popen(
                [sys.executable, str(WRITER), "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                bufsize=1,
            )
            self.reader = threading.Thread(target=self._read, args=(self.server,), daemon=True)
            self.reader.start()
            assert self._next() == "ready"

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip():
                self.lines.put(line.rstrip("\n"))

    def _next(self) -> str:
        try:
            return self.lines.get(timeout=60)
        except queue.Empty:
            assert self.server is not None
            raise AssertionError(f"the writer server fell silent (exit status {self.server.poll()})") from None

    def round(self, mode: str, db: Path, seed: int, delay: float, record_id: str | None = None) -> list[str]:
        if self.server is None:  # no fork (Windows): a new process each round, killed the same way
            process = subprocess.Popen(
                [sys.executable, str(WRITER), mode, str(db), str(seed), *([record_id] if record_id else [])],
                stdout=subprocess.PIPE, text=True,
            )
            time.sleep(1.0 + delay)  # the interpreter starting
            process.kill()
            return process.communicate(timeout=60)[0].splitlines()
        assert self.server.stdin is not None
        self.server.stdin.write(json.dumps([mode, str(db), seed, record_id]) + "\n")
        self.server.stdin.flush()
        printed = []
        while not (line := self._next()).startswith("pid "):
            printed.append(line)
        pid = int(line.split()[1])
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        while not (line := self._next()).startswith(f"reaped {pid} "):
            printed.append(line)
        assert line.endswith(" killed"), f"the writer stopped by itself ({line}); its traceback is on stderr"
        return printed

    def close(self) -> None:
        if self.server is not None:
            assert self.server.stdin is not None
            self.server.stdin.close()
            self.server.wait(timeout=30)
            self.reader.join(timeout=30)
            assert self.server.stdout is not None
            self.server.stdout.close()


@pytest.fixture
def writers() -> Iterator[Writers]:
    pool = Writers()
    yield pool
    pool.close()


@pytest.fixture
def base_seed() -> int:
    return int(os.environ.get("KC_CRASH_SEED", random.randrange(10**6)))


def _seed_and_number(text: str) -> tuple[int, int]:
    seed, number = text.split(":")[:2]
    return int(seed), int(number)


def _reopen_and_check(path: Path, why: str) -> Database:
    db = open_database(path)
    with db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok", why
    return db


def test_establishments_survive_sigkill_at_random_moments(
    db: Database, actor: Actor, writers: Writers, base_seed: int
) -> None:
    path = db.path
    assert path is not None
    db.close()
    rng = random.Random(base_seed)
    created: set[str] = set()
    versions: dict[str, int] = {}
    busy_rounds = 0
    for number in range(ROUNDS):
        seed = base_seed * 1000 + number
        delay = rng.uniform(0.0, 0.5)
        printed = writers.round("establishments", path, seed, delay)
        for line in printed:
            kind, record_id, *rest = line.split()
            if kind == "c":
                created.add(record_id)
            else:
                versions[record_id] = max(versions.get(record_id, 0), int(rest[0]))
        busy_rounds += len(printed) > 0
        why = f"KC_CRASH_SEED={base_seed}, round {number}, killed after {delay:.3f} s"
        reopened = _reopen_and_check(path, why)
        try:
            with reopened.read() as session:
                stored = {row[0]: row[1] for row in session.execute(select(Establishment.id, Establishment.version))}
        finally:
            reopened.close()
        assert not created - stored.keys(), f"committed records lost ({why})"
        assert all(stored[key] >= version for key, version in versions.items()), f"committed edits lost ({why})"
        # At most one commit per round can land unreported (killed between commit and print).
        assert len(stored) <= len(created) + number + 1, why
    assert busy_rounds >= ROUNDS // 2, f"most writers were killed before writing anything (seed {base_seed})"
    assert len(created) >= ROUNDS


def test_draft_autosave_survives_sigkill_at_random_moments(
    db: Database, actor: Actor, writers: Writers, base_seed: int
) -> None:
    path = db.path
    assert path is not None
    template = templates.published(db, "survey")[0]
    record_id = field_records.start(db, actor, "survey", template.id)
    db.close()
    rng = random.Random(base_seed)
    previous: tuple[int, int] | None = None  # (writer seed, save number) the draft held after the last round
    saves = 0
    for number in range(ROUNDS):
        seed = base_seed * 1000 + number
        delay = rng.uniform(0.0, 0.5)
        printed = writers.round("draft", path, seed, delay, record_id)
        reported = [_seed_and_number(line.split()[1]) for line in printed]
        saves += len(reported)
        why = f"KC_CRASH_SEED={base_seed}, round {number}, killed after {delay:.3f} s"
        reopened = _reopen_and_check(path, why)
        try:
            with reopened.read() as session:
                record = session.get(FieldRecord, record_id)
                assert record is not None and record.state == "draft", why
                answers = json.loads(record.answers)
        finally:
            reopened.close()
        stored = _seed_and_number(answers[QUESTION]) if QUESTION in answers else None
        # The last value reported saved, or the next one, saved just before the kill; never an older one.
        expected = reported[-1] if reported else previous
        following = (seed, expected[1] + 1) if reported and expected else (seed, 0)
        assert stored in (expected, following), f"draft holds {stored}, last reported {expected} ({why})"
        assert stored is None or answers["so_lao_dong"] == stored[1], why  # both answers of one save, together
        previous = stored
    assert saves >= ROUNDS, f"too few autosaves reported ({saves}, seed {base_seed})"


def test_the_command_line_killed_mid_transaction_leaves_a_sound_database(
    db: Database, actor: Actor, writers: Writers, base_seed: int
) -> None:
    path = db.path
    assert path is not None
    db.close()
    rng = random.Random(base_seed)
    count = 0
    for number in range(6):
        seed = base_seed * 1000 + number
        delay = rng.uniform(0.05, 1.5)
        printed = writers.round("cli", path, seed, delay)
        why = f"KC_CRASH_SEED={base_seed}, round {number}, killed after {delay:.3f} s"
        reopened = _reopen_and_check(path, why)
        try:
            with reopened.read() as session:
                now = len(session.execute(select(Establishment.id)).all())
        finally:
            reopened.close()
        done = any(line.startswith("Đã tạo") for line in printed)
        # One transaction: all of a demo or none of it; a reported one is there.
        assert now in (count, count + 1500), why
        assert not done or now == count + 1500, why
        count = now


def test_a_backup_killed_midway_leaves_the_old_copy_or_the_new_one(
    db: Database, actor: Actor, writers: Writers, base_seed: int
) -> None:
    path = db.path
    assert path is not None
    drive(demo.generate(db, actor, establishments=1500, seed=3))
    backup_passphrase.set_passphrase(db, "mat-khau-sao-luu")
    db.close()
    target = path.with_name("ban-sao.kcbak")
    rng = random.Random(base_seed)
    for number in range(12):
        delay = rng.uniform(0.0, 0.4)
        printed = writers.round("backup", path, base_seed * 1000 + number, delay)
        why = f"KC_CRASH_SEED={base_seed}, round {number}, killed after {delay:.3f} s"
        assert not printed or target.exists(), why
        if target.exists():
            result = backups.check(target, passphrase="mat-khau-sao-luu")
            assert result.ok and result.establishments == 1500, f"{result.problem} ({why})"
        # A partial file only ever has a hidden temporary name, never the backup's.
        assert {p.name for p in path.parent.glob("*.sqlite")} == {"kc.sqlite"}, why
        assert {p.name for p in path.parent.glob("*.kcbak")} <= {"ban-sao.kcbak"}, why
        _reopen_and_check(path, why).close()
