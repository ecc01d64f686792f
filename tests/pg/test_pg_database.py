"""Opening a PostgreSQL database: migration to the current schema, refusals, explained failures, first run."""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from kc_desktop import cli
from kc_desktop.db import migrate
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models import Base
from kc_desktop.errors import DatabaseError, KCError
from kc_desktop.services import installation, setup, stats

pytestmark = pytest.mark.postgres


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _raw(url: str):  # noqa: ANN202 - an Engine without anything of KC Desktop
    return create_engine(url, poolclass=NullPool)


def test_an_empty_database_is_migrated_to_the_current_schema(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert not db.is_sqlite and db.path is None
        assert {"establishment", "change_log", "document_counter", "sync_import"} <= set(
            inspect(db.engine).get_table_names()
        )
    finally:
        db.close()
    again = open_database(pg_url)  # already current: nothing to do
    again.close()
    assert not (tmp_path / "data" / "backups").exists()


def test_migrations_build_exactly_the_schema_the_models_describe(pg_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = _raw(pg_url)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_every_migration_goes_down_and_up_again(pg_url: str) -> None:
    from alembic import command

    engine = _raw(pg_url)
    migrate.upgrade(engine)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_an_older_schema_is_upgraded_without_a_file_copy(pg_url: str, tmp_path: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    engine = _raw(pg_url)
    migrate.upgrade(engine, "0005")
    engine.dispose()
    with caplog.at_level(logging.WARNING, logger="kc_desktop.db.engine"):
        db = open_database(pg_url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.close()
    assert "pg_dump" in caplog.text and "0005" in caplog.text
    assert not (tmp_path / "data" / "backups").exists()


def test_a_database_of_another_program_is_left_alone(pg_url: str) -> None:
    engine = _raw(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE customer (id integer PRIMARY KEY)"))
    with pytest.raises(DatabaseError, match="không phải của KC Desktop"):
        open_database(pg_url)
    assert set(inspect(engine).get_table_names()) == {"customer"}
    engine.dispose()


def test_a_database_of_a_newer_program_is_refused(pg_url: str) -> None:
    engine = _raw(pg_url)
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(KCError, match="phiên bản KC Desktop mới hơn"):
        open_database(pg_url)
    engine.dispose()


def test_servers_that_cannot_be_used_are_explained_in_one_line(pg_url: str) -> None:
    url = make_url(pg_url)
    cases = {
        url.set(port=_free_port()): "Không kết nối được máy chủ cơ sở dữ liệu 127.0.0.1:",
        url.set(database="kc_khong_co"): "không có cơ sở dữ liệu «kc_khong_co»",
        url.set(username="nobody"): "không cho người dùng «nobody» đăng nhập",
    }
    for bad, expected in cases.items():
        with pytest.raises(DatabaseError) as caught:
            open_database(bad.render_as_string(hide_password=False))
        assert expected in caught.value.message
        assert "\n" not in caught.value.message
    with pytest.raises(DatabaseError, match="không được hỗ trợ"):
        open_database("postgresql+nosuchdriver://postgres@127.0.0.1/x")


def test_a_url_without_driver_uses_psycopg(pg_url: str) -> None:
    db = open_database(pg_url.replace("postgresql+psycopg://", "postgresql://"))
    try:
        assert db.engine.dialect.driver == "psycopg" and db.url.startswith("postgresql+psycopg://")
    finally:
        db.close()


def test_a_connection_cut_by_the_server_is_replaced(db: Database, actor: Actor, pg_url: str) -> None:
    assert installation.office_info(db) is not None  # a pooled connection now exists
    admin = _raw(pg_url)
    with admin.connect() as connection:
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        )
    admin.dispose()
    info = installation.office_info(db)
    assert info is not None and info.site_code == "BT01"


def test_a_connection_lost_in_the_middle_of_a_change_is_explained(db: Database, actor: Actor, pg_url: str) -> None:
    admin = _raw(pg_url)
    with pytest.raises(DatabaseError) as caught, db.session(actor) as session:
        pid = session.scalar(text("SELECT pg_backend_pid()"))
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        session.execute(text("SELECT 1"))
    admin.dispose()
    assert caught.value.message.startswith("Mất kết nối với máy chủ cơ sở dữ liệu 127.0.0.1:")
    assert installation.office_info(db) is not None  # the next piece of work gets a new connection


def test_first_run_sets_up_the_office_and_reference_data(db: Database, actor: Actor, pg_url: str) -> None:
    info = installation.office_info(db)
    assert info is not None and (info.site_id, info.officer_id) == (actor.site_id, actor.officer_id)
    with pytest.raises(KCError, match="đã có thông tin đơn vị"):
        setup.initialize(db, setup.SiteIdentity("BT02", "UBND xã Bát Tràng", "commune", "00583", "Trần Thị Bình"))
    counts = stats.record_counts(db)
    assert counts["sites"] == counts["officers"] == 1
    assert counts["admin_units"] == 126 and counts["craft_villages"] > 0
    assert counts["form_templates"] >= 2 and counts["establishments"] == 0 and counts["change_log"] > 0
    second = open_database(pg_url)  # another officer's program on the same server database
    try:
        assert installation.current_actor(second) == actor
        assert stats.record_counts(second) == counts
    finally:
        second.close()


def test_command_line_on_the_server(pg_url: str, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # The commands leave closing to the end of the process; here they share one, so close them after.
    opened: list[Database] = []

    def tracked(*args: object, **kwargs: object) -> Database:
        database = open_database(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(database)
        return database

    monkeypatch.setattr("kc_desktop.db.engine.open_database", tracked)
    try:
        _command_line(pg_url, capsys)
    finally:
        for database in opened:
            database.close()


def _command_line(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    office = ["--site-code", "SCT-HN", "--site-name", "Sở Công Thương Hà Nội", "--level", "city", "--officer", "Bình"]
    assert cli.main(["--db", pg_url, "init", *office]) == 0
    assert cli.main(["--db", pg_url, "demo", "--establishments", "60", "--projects", "4"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", pg_url, "stats", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["establishments"] == 60 and counts["projects"] == 4 and counts["surveys"] > 0
    assert cli.main(["--db", pg_url, "establishments", "list", "--search", "gom", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    unreachable = make_url(pg_url).set(port=_free_port()).render_as_string(hide_password=False)
    assert cli.main(["--db", unreachable, "stats"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Lỗi: Không kết nối được máy chủ") and error.count("\n") == 1
