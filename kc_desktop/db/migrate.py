"""Alembic driven from code: current and head revisions, refusal of newer databases, upgrade.

Opening a database that is already up to date does not import Alembic (about 0.1 s at every start):
the revisions are read from the migration files' `revision` / `down_revision` lines and the
database's revision from its `alembic_version` table. Anything unusual falls back to Alembic.
"""

from __future__ import annotations

import ast
import functools
import re
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import IntegrityError

from kc_desktop import paths
from kc_desktop.errors import NewerDatabase

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_VERSION_TABLE = "alembic_version"
_ASSIGNMENT = re.compile(r"^(revision|down_revision|branch_labels|depends_on)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.M)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.package_dir() / "db" / "migrations"))
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def _chain() -> dict[str, str | None] | None:
    """Each revision and the one it follows, read from the migration files without importing them;
    None when a file does not have the plain form (branches, merges, dependencies): Alembic then decides."""
    chain: dict[str, str | None] = {}
    for script in sorted((paths.package_dir() / "db" / "migrations" / "versions").glob("*.py")):
        try:
            found = {name: ast.literal_eval(value) for name, value in _ASSIGNMENT.findall(script.read_text("utf-8"))}
        except (ValueError, SyntaxError, OSError):
            return None
        revision, down = found.get("revision"), found.get("down_revision")
        plain = found.get("branch_labels") is None and found.get("depends_on") is None
        if not plain or not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return None
        if revision in chain:
            return None
        chain[revision] = down
    return chain or None


def head_revision() -> str:
    chain = _chain()
    if chain is not None:
        heads = set(chain) - set(chain.values())
        if len(heads) == 1:
            return heads.pop()
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    chain = _chain()
    if chain is not None:
        return set(chain)
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table(_VERSION_TABLE):
            return None
        rows = [row[0] for row in connection.exec_driver_sql(f"SELECT version_num FROM {_VERSION_TABLE}")]
        if len(rows) <= 1:
            return rows[0] if rows else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()  # several heads: Alembic explains


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
    from alembic import command

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
