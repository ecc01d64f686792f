"""Several city officers writing to the same PostgreSQL database at the same moment.

Each officer is a thread with its own program (its own `open_database`), so its own connections and
sessions. Barriers make the transactions overlap for real.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import pytest
from sqlalchemy import func, select
from test_field_records import TODAY, _complete, context  # noqa: F401  (the fixture `context` too)
from xlsx_factory import check_digit_tax_code

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models import ChangeLog, Establishment
from kc_desktop.db.models_work import DocumentCounter
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.errors import DuplicateTaxCode, KCError
from kc_desktop.services import establishments, field_records, numbering
from kc_desktop.services.establishments import StaleRecord

pytestmark = pytest.mark.postgres

OFFICERS = 4
WAIT = 30  # seconds before a barrier gives up, so that a deadlock fails instead of hanging

T = TypeVar("T")


@pytest.fixture
def programs(pg_url: str, db: Database, actor: Actor) -> Iterator[list[Database]]:
    """One open database per officer, all on the database of `db` (which is set up first)."""
    opened = [open_database(pg_url) for _ in range(OFFICERS)]
    yield opened
    for program in opened:
        program.close()


def _at_once(work: list[Callable[[], T]]) -> list[T | BaseException]:
    """Run each piece of work in its own thread, started together; results or exceptions, in order."""
    start = threading.Barrier(len(work), timeout=WAIT)

    def run(job: Callable[[], T]) -> T:
        start.wait()
        return job()

    with ThreadPoolExecutor(len(work)) as pool:
        futures = [pool.submit(run, job) for job in work]
        return [future.exception(timeout=WAIT * 2) or future.result() for future in futures]


def test_officers_creating_and_editing_establishments_at_once_all_succeed(
    db: Database, actor: Actor, programs: list[Database]
) -> None:
    def create(program: Database, number: int) -> Callable[[], str]:
        data = EstablishmentInput(name=f"Cơ sở gốm số {number}", admin_unit_code="00583",
                                  tax_code=check_digit_tax_code(1000 + number), trade="Gốm sứ")
        return lambda: establishments.create(program, actor, data)

    ids = _at_once([create(program, n) for n, program in enumerate(programs)])
    assert all(isinstance(i, str) for i in ids) and len(set(ids)) == OFFICERS

    def edit(program: Database, record_id: str) -> Callable[[], int]:
        data, version, _ = establishments.load(program, record_id)
        data.phone = "0912345678"
        return lambda: establishments.update(program, actor, record_id, data, expected_version=version)

    assert _at_once([edit(program, i) for program, i in zip(programs, ids, strict=True)]) == [2] * OFFICERS
    assert len(establishments.search_ids(db, establishments.EstablishmentFilter(text="gom so"))) == OFFICERS
    with db.read() as session:
        logged = session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.record_id.in_(ids)))
    assert logged == 2 * OFFICERS


def test_the_same_tax_code_saved_twice_at_once_is_refused_once(actor: Actor, programs: list[Database]) -> None:
    def create(program: Database, name: str) -> Callable[[], str]:
        data = EstablishmentInput(name=name, admin_unit_code="00583", tax_code="0100233488")
        return lambda: establishments.create(program, actor, data)

    results = _at_once([create(programs[0], "Công ty Gốm Minh Long"), create(programs[1], "Gốm Minh Long (trùng)")])
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(refused) == 1 and isinstance(refused[0], DuplicateTaxCode), results
    assert refused[0].existing_id in results


def test_transactions_that_overlap_do_not_wait_for_each_other(actor: Actor, programs: list[Database]) -> None:
    both_written = threading.Barrier(2, timeout=WAIT)

    def write(program: Database, number: int) -> str:
        with program.session(actor) as session:
            record = Establishment(name=f"Hộ dệt số {number}", kind="household", admin_unit_code="09556")
            session.add(record)
            session.flush()
            both_written.wait()  # neither has committed yet: a database-wide lock would never get here
            return record.id

    ids = _at_once([lambda: write(programs[0], 1), lambda: write(programs[1], 2)])
    assert all(isinstance(i, str) for i in ids)
    assert len(establishments.rows(programs[2], ids)) == 2  # type: ignore[arg-type]


def test_the_same_version_saved_twice_at_once_is_refused_once(
    db: Database, actor: Actor, programs: list[Database]
) -> None:
    record_id = establishments.create(db, actor, EstablishmentInput(name="Cơ sở mây tre", admin_unit_code="00454"))

    def edit(program: Database, phone: str) -> Callable[[], int]:
        data, version, _ = establishments.load(program, record_id)
        data.phone = phone
        return lambda: establishments.update(program, actor, record_id, data, expected_version=version)

    results = _at_once([edit(programs[0], "0912345678"), edit(programs[1], "0987654321")])
    assert sorted(type(r).__name__ for r in results) == ["StaleRecord", "int"]
    saved = next(r for r in results if not isinstance(r, StaleRecord))
    assert establishments.load(db, record_id)[1] == saved == 2


def _drafts(db: Database, actor: Actor, context: dict[str, str], count: int) -> list[str]:  # noqa: F811
    ids = []
    for _ in range(count):
        record_id = field_records.start(
            db, actor, "survey", context["survey"], context["project"], context["establishment"], TODAY
        )
        _complete(db, actor, record_id, context["survey"])
        ids.append(record_id)
    return ids


def test_surveys_finalized_at_the_same_moment_get_different_numbers(
    db: Database, actor: Actor, context: dict[str, str], programs: list[Database]  # noqa: F811
) -> None:
    drafts = _drafts(db, actor, context, OFFICERS)
    numbers = _at_once([
        (lambda program=program, record_id=record_id: field_records.finalize(program, actor, record_id, TODAY))
        for program, record_id in zip(programs, drafts, strict=True)
    ])
    assert sorted(numbers) == [f"{n:02d}/BB-ĐKS" for n in range(1, OFFICERS + 1)]  # type: ignore[type-var]
    assert [field_records.load(db, r).number_text for r in drafts] == numbers
    later = _drafts(db, actor, context, 1)[0]
    assert field_records.finalize(db, actor, later, TODAY) == f"{OFFICERS + 1:02d}/BB-ĐKS"


def test_one_draft_finalized_twice_at_once_gets_one_number(
    db: Database, actor: Actor, context: dict[str, str], programs: list[Database]  # noqa: F811
) -> None:
    (draft,) = _drafts(db, actor, context, 1)
    results = _at_once([lambda program=program: field_records.finalize(program, actor, draft, TODAY)
                        for program in programs[:2]])
    assert results.count("01/BB-ĐKS") == 1
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(refused) == 1 and isinstance(refused[0], KCError) and "đã hoàn tất" in refused[0].message
    with db.read() as session:
        assert session.scalar(select(DocumentCounter.last_number)) == 1


@pytest.mark.parametrize("first_of_the_year", [True, False], ids=["new-counter", "existing-counter"])
def test_a_number_being_given_makes_the_next_one_wait(db: Database, actor: Actor, first_of_the_year: bool) -> None:
    if not first_of_the_year:
        with db.session(actor) as session:
            numbering.next_number(session, actor.site_id, 2026, "inspection")
    base = 0 if first_of_the_year else 1
    got: list[tuple[int, str]] = []
    with db.session(actor) as first:
        assert numbering.next_number(first, actor.site_id, 2026, "inspection")[0] == base + 1

        def second() -> None:
            with db.session(actor) as session:
                got.append(numbering.next_number(session, actor.site_id, 2026, "inspection"))

        waiting = threading.Thread(target=second)
        waiting.start()
        time.sleep(0.5)
        assert waiting.is_alive() and got == []  # held until the first transaction ends
    waiting.join(WAIT)
    assert got == [(base + 2, f"{base + 2:02d}/BB-ĐKT")]
