"""Takes submissions from phones and kills itself with SIGKILL at a chosen moment, for the crash tests.

    python phone_crasher.py DB import FOLDER KILL_AT     imports ODK Collect's instances folder
    python phone_crasher.py DB serve PORT KILL_AT        runs the form server on 127.0.0.1:PORT

KILL_AT is `commit:N` (just after the Nth database commit once the work starts: the commit is on
disk, nothing after it ran), `flush:N` (inside a transaction, after its Nth flush: nothing of it is
committed) or `none`. Only SQLAlchemy's own session events are listened to; the database is real.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def kill_at(point: str) -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    if point == "none":
        return
    moment, _, number = point.partition(":")
    count = {"n": 0}

    def maybe_die(*_: object) -> None:
        count["n"] += 1
        if count["n"] == int(number):
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Session, "after_commit" if moment == "commit" else "after_flush", maybe_die)


def main() -> None:
    db_path, action, target, point = sys.argv[1:5]
    from kc_desktop.db.engine import open_database
    from kc_desktop.phones import intake
    from kc_desktop.services import installation
    from kc_desktop.sync import identity

    db = open_database(db_path)
    actor = installation.current_actor(db)
    assert actor is not None
    identity.phone_keys(db)
    if action == "import":
        kill_at(point)
        for result in intake.import_folder(db, actor, Path(target)):
            print(result.folder, result.outcome.status if result.outcome else result.refusal, flush=True)
        return
    from kc_desktop.phones.server import FormServer

    server = FormServer(db, actor, "127.0.0.1", int(target))
    server.public_key()
    kill_at(point)
    server.start()
    print("ready", flush=True)
    signal.pause()  # until killed (SIGKILL at KILL_AT, or SIGTERM from the test)


if __name__ == "__main__":
    main()
