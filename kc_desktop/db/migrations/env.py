"""Alembic environment: runs on the connection handed over by kc_desktop.db.migrate."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kc_desktop.db.models import Base

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


def _migrate(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
