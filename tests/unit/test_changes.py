"""Every committed transaction tells the database's listeners what it wrote; a failed one tells nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from kc_desktop.db.changes import Changes
from kc_desktop.db.engine import Database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import ProjectInput
from kc_desktop.errors import KCError
from kc_desktop.services import acceptances, establishments, projects


def test_service_calls_report_the_rows_they_wrote(db: Database, actor) -> None:  # noqa: ANN001
    heard: list[Changes] = []
    stop = db.on_change(heard.append)

    place = establishments.create(db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long", admin_unit_code="00583"))
    assert heard[-1].touches("establishment") and place in heard[-1].ids("establishment")

    project = projects.save(db, actor, None, ProjectInput(code="KC-2026-001", title="Lò nung gas", plan_year=2026))
    record = acceptances.start(db, actor, project, place, dt.date(2026, 6, 1))
    assert record in heard[-1].ids("acceptance")
    acceptances.save_draft(db, actor, record, {"place": "Nhà văn hóa thôn"})
    assert heard[-1].ids("acceptance") == {record}
    assert not heard[-1].touches("establishment", "project")

    count = len(heard)
    with pytest.raises(KCError):
        acceptances.finalize(db, actor, record)  # incomplete: refused, nothing written
    assert len(heard) == count
    establishments.rows(db, [place])  # reading tells nothing
    assert len(heard) == count

    stop()
    establishments.create(db, actor, EstablishmentInput(name="Hợp tác xã Lụa Vạn Phúc", admin_unit_code="09556"))
    assert len(heard) == count


def test_bulk_inserts_say_what_they_wrote(db: Database, actor) -> None:  # noqa: ANN001
    from kc_desktop.db.changelog import insert_rows
    from kc_desktop.db.models import Establishment

    heard: list[Changes] = []
    db.on_change(heard.append)
    with db.session(actor) as session:
        rows = [{"name": f"Cơ sở {n}", "kind": "household", "admin_unit_code": "00583"} for n in range(3)]
        ids = insert_rows(session, Establishment, rows)
    (changes,) = heard
    assert changes.ids("establishment") == set(ids)
    assert (changes | Changes.of("project", ["p"])).touches("establishment", "project")
