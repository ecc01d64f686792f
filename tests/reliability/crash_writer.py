"""Writers for the crash-safety tests: they commit through the real services in a loop and print
each commit on stdout (flushed) only after it has returned, so every printed line is a promise.

    python crash_writer.py MODE DB SEED [RECORD_ID]   one writer, until it is killed
    python crash_writer.py serve                      a fork server (POSIX): imports everything once,
                                                      then for each JSON line [MODE, DB, SEED, RECORD_ID]
                                                      on stdin forks a writer, prints `pid N`, and
                                                      `reaped N killed` once the writer has died

Modes:
  establishments  creates establishments (`c ID`) and edits earlier ones (`u ID VERSION`)
  draft           autosaves answers of one draft field record, as the form filler does (`d SEED:I`)
  backup          writes manual backups of the database over and over (`b SEED:I`)
  cli             runs `kc-desktop demo` (one transaction) and prints its summary line when committed
"""

from __future__ import annotations

import itertools
import json
import os
import random
import sys
import time
from typing import Any

QUESTION = "thiet_bi_hien_co"  # a text question of the default survey template


def report(line: str) -> None:
    """One write(2) of the whole line: a kill can never leave half of it in the pipe."""
    os.write(1, f"{line}\n".encode())


def _filler(rng: random.Random, words: int) -> str:
    vocabulary = ["máy", "sấy", "gốm", "men", "lò", "nung", "điện", "xưởng", "thôn", "Bát", "Tràng", "cũ", "mới"]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def establishments_writer(db_path: str, seed: int) -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.domain.establishment import EstablishmentInput
    from kc_desktop.services import establishments, installation

    rng = random.Random(seed)
    db = open_database(db_path)
    actor = installation.current_actor(db)
    assert actor is not None
    created: list[str] = []
    for index in itertools.count():
        if created and rng.random() < 0.3:
            record_id = rng.choice(created)
            data = EstablishmentInput(name=f"Cơ sở {seed}-{record_id[:8]} đã sửa", admin_unit_code="00583",
                                      notes=_filler(rng, 300))
            version = establishments.update(db, actor, record_id, data)
            report(f"u {record_id} {version}")
        data = EstablishmentInput(name=f"Cơ sở thử {seed}-{index}", admin_unit_code="00583",
                                  trade="Gốm sứ", notes=_filler(rng, rng.randint(50, 600)))
        record_id = establishments.create(db, actor, data)
        created.append(record_id)
        report(f"c {record_id}")


def draft_writer(db_path: str, seed: int, record_id: str) -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import field_records, installation

    rng = random.Random(seed)
    db = open_database(db_path)
    actor = installation.current_actor(db)
    assert actor is not None
    for index in itertools.count():
        answers: dict[str, Any] = {QUESTION: f"{seed}:{index}: {_filler(rng, rng.randint(20, 400))}",
                                   "so_lao_dong": index}
        field_records.save_draft(db, actor, record_id, {"answers": answers})
        report(f"d {seed}:{index}")


def backup_writer(db_path: str, seed: int) -> None:
    from pathlib import Path

    from kc_desktop.services import backups

    target = Path(db_path).with_name("ban-sao.kcbak")
    for index in itertools.count():
        backups.backup_to(Path(db_path), target)
        report(f"b {seed}:{index}")


def cli_writer(db_path: str, seed: int) -> None:
    from kc_desktop import cli

    code = cli.main(["--db", db_path, "demo", "--establishments", "1500", "--projects", "0", "--seed", str(seed)])
    sys.stdout.flush()
    report(f"exit {code}")
    while True:  # stay alive to be killed like the others
        time.sleep(3600)


def write(mode: str, db_path: str, seed: int, record_id: str | None) -> None:
    if mode == "establishments":
        establishments_writer(db_path, seed)
    elif mode == "draft":
        assert record_id is not None
        draft_writer(db_path, seed, record_id)
    elif mode == "backup":
        backup_writer(db_path, seed)
    elif mode == "cli":
        cli_writer(db_path, seed)
    else:
        raise SystemExit(f"unknown mode {mode}")


def serve() -> None:
    # Everything a writer needs is imported before forking, so that each writer starts in milliseconds.
    import kc_desktop.cli  # noqa: F401
    import kc_desktop.services.backups  # noqa: F401
    import kc_desktop.services.demo  # noqa: F401
    import kc_desktop.services.establishments  # noqa: F401
    import kc_desktop.services.field_records  # noqa: F401
    from kc_desktop.db.engine import open_database  # noqa: F401

    report("ready")
    for line in sys.stdin:
        mode, db_path, seed, record_id = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                write(mode, db_path, int(seed), record_id)
            except BaseException:
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(1)
        report(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9
        # On a line of its own, whatever the writer was printing when it died.
        report(f"\nreaped {pid} {'killed' if killed else f'exited {status}'}")


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    else:
        write(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
