"""Alembic driven from code: current and head revisions, refusal of newer databases, upgrade."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refuse_newer(revision: str | None) -> None:
    """A revision this program does not know was written by a newer program."""
    if revision is None:
        return
    known = {script.revision for script in _scripts().walk_revisions()}
    if revision not in known:
        raise NewerDatabase(
            f"Cơ sở dữ liệu này do một phiên bản KC Desktop mới hơn tạo ra (lược đồ {revision}); "
            "hãy cài phiên bản mới nhất. Cơ sở dữ liệu không bị thay đổi."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
