"""Alembic driven from code: current and head revisions, refusal of newer databases, upgrade."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from kc_desktop import paths
from kc_desktop.errors import NewerDatabase


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.package_dir() / "db" / "migrations"))
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refuse_newer(revision: str | None) -> None:
    """A revision this program does not know was written by a newer program."""
    if revision is None:
        return
    if revision not in known_revisions():
        raise NewerDatabase(
            f"Cơ sở dữ liệu này do một phiên bản KC Desktop mới hơn tạo ra (lược đồ {revision}); "
            "hãy cài phiên bản mới nhất. Cơ sở dữ liệu không bị thay đổi."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate in one transaction. On SQLite, foreign keys are checked once at the end rather than
    during table rebuilds (a rebuilt parent table would otherwise trip them), as SQLite advises."""
    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
            connection.commit()
        try:
            with connection.begin():
                if sqlite:  # Python's sqlite3 would run DDL outside any transaction: open one by hand
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise IntegrityError("PRAGMA foreign_key_check", None, Exception("foreign key violations"))
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()
