"""Alembic environment: runs on the connection handed over by kc_desktop.db.migrate."""
from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import kc_desktop.db.models  # noqa: F401  (every table registers itself on Base.metadata)
from kc_desktop.db.base import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Only for developers running `alembic` by hand with -x url=...
        url = context.get_x_argument(as_dictionary=True)["url"]
        with create_engine(url).begin() as connection:
            _migrate(connection)
    else:
        _migrate(connection)


def _include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The FTS5 search index and its shadow tables are made by hand in 0001, not by models.
    return not (type_ == "table" and name is not None and name.startswith("establishment_fts"))


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
