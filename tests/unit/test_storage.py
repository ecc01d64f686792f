"""Storage: pragmas, sync columns, the change log, migrations, refusal of bad or newer files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text, update

from kc_desktop.db import migrate
from kc_desktop.db.changelog import ActorMissing
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models import ChangeLog, Establishment
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.errors import DatabaseError, NewerDatabase
from kc_desktop.services import establishments


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new(name: str = "Cơ sở gốm Minh Long", **fields: object) -> EstablishmentInput:
    return EstablishmentInput(name=name, admin_unit_code=str(fields.pop("admin_unit_code", "00583")), **fields)  # type: ignore[arg-type]


def test_sqlite_pragmas_protect_against_power_loss(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_new_database_is_at_head_revision(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()


def test_every_change_stamps_the_record_and_lands_in_the_change_log(db: Database, actor) -> None:  # noqa: ANN001
    record_id = establishments.create(db, actor, _new())
    establishments.update(db, actor, record_id, _new("Cơ sở gốm Minh Long mới"))
    establishments.delete(db, actor, record_id)
    establishments.restore(db, actor, record_id)
    with db.read() as session:
        record = session.get(Establishment, record_id)
        assert record is not None
        assert record.version == 4
        assert record.origin_site_id == actor.site_id
        assert record.created_by == record.updated_by == actor.officer_id
        assert record.created_at <= record.updated_at
        assert len(record.id) == 36
        log = session.execute(
            select(ChangeLog.version, ChangeLog.deleted).where(ChangeLog.record_id == record_id).order_by(ChangeLog.seq)
        ).all()
    assert log == [(1, False), (2, False), (3, True), (4, False)]


def test_saving_unchanged_fields_is_not_a_change(db: Database, actor) -> None:  # noqa: ANN001
    record_id = establishments.create(db, actor, _new())
    establishments.update(db, actor, record_id, _new())
    assert establishments.load(db, record_id)[1] == 1


def test_a_failed_transaction_leaves_no_change_log(db: Database, actor) -> None:  # noqa: ANN001
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(ChangeLog))
    with pytest.raises(RuntimeError), db.session(actor) as session:
        session.add(Establishment(name="Tạm", kind="household", admin_unit_code="00583"))
        session.flush()
        raise RuntimeError("power cut")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == before
        assert session.scalar(select(func.count()).select_from(Establishment)) == 0


def test_changes_without_an_actor_are_refused(db: Database, actor) -> None:  # noqa: ANN001
    with pytest.raises(ActorMissing), db.session() as session:
        session.add(Establishment(name="Ai đó", kind="household", admin_unit_code="00583"))


def test_bulk_statements_that_would_skip_the_change_log_are_refused(db: Database, actor) -> None:  # noqa: ANN001
    establishments.create(db, actor, _new())
    with pytest.raises(ActorMissing), db.session(actor) as session:
        session.execute(update(Establishment).values(name="Đổi hàng loạt"))


def test_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.sqlite"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 20)
    digest = _digest(path)
    with pytest.raises(DatabaseError, match="không phải cơ sở dữ liệu"):
        open_database(path)
    assert _digest(path) == digest


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(DatabaseError, match="không phải của KC Desktop"):
        open_database(path)


def test_database_from_a_newer_program_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "kc.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    digest = _digest(path)
    with pytest.raises(NewerDatabase, match="mới hơn"):
        open_database(path)
    assert _digest(path) == digest


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="không tồn tại"):
        open_database(tmp_path / "no" / "such" / "kc.sqlite")


def test_full_disk_while_saving_keeps_the_database_as_it_was(db: Database, actor) -> None:  # noqa: ANN001
    establishments.create(db, actor, _new())
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _tiny_disk(dbapi_connection, record) -> None:  # noqa: ANN001
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(DatabaseError, match="Ổ đĩa đầy"):
        for index in range(200):
            establishments.create(db, actor, _new(f"Cơ sở số {index} " + "rất dài " * 30, notes="ghi chú " * 400))
    db.engine.dispose()
    event.remove(db.engine, "connect", _tiny_disk)
    with db.read() as session:
        names = session.scalars(select(Establishment.name)).all()
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert "Cơ sở gốm Minh Long" in names
    assert len(names) == len(set(names))
