"""Every released schema, kept as a fixture database, upgrades to the current one with a backup first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kc_desktop.db import migrate
from kc_desktop.db.engine import open_database
from kc_desktop.services import establishments
from kc_desktop.services.installation import office_info

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema-*.sqlite"))


def test_there_is_a_fixture_for_every_released_schema_but_the_newest() -> None:
    assert FIXTURES, "no fixture databases"
    revisions = {path.stem.removeprefix("schema-") for path in FIXTURES}
    assert "0001" in revisions


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_schema_upgrades_with_a_backup_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "kc.sqlite"
    shutil.copy(fixture, path)
    old_revision = fixture.stem.removeprefix("schema-")
    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        info = office_info(db)
        assert info is not None and info.site_code == "BT01"
        names = [row.name for row in establishments.rows(db, establishments.search_ids(db))]
        assert names == ["Công ty TNHH Gốm sứ Minh Long", "Hợp tác xã Lụa Vạn Phúc"]
        assert establishments.search_ids(db, establishments.EstablishmentFilter(text="van phuc"))
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob(f"kc-*{old_revision}*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_revision
        assert connection.execute("SELECT count(*) FROM establishment").fetchone()[0] == 2


def test_migrations_build_exactly_the_schema_the_models_describe(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from kc_desktop.db.models import Base

    engine = create_engine(f"sqlite:///{tmp_path / 'schema.sqlite'}")
    migrate.upgrade(engine)

    def ours(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith("establishment_fts"))

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": ours})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_revisions_read_without_alembic_agree_with_alembic(tmp_path: Path) -> None:
    """Opening an up-to-date database does not import Alembic; what it reads instead must say the same."""
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    scripts = migrate._scripts()
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {script.revision for script in scripts.walk_revisions()}
    engine = create_engine(f"sqlite:///{tmp_path / 'kc.sqlite'}")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine, "0003")
    with engine.connect() as connection:
        assert migrate.current_revision(engine) == MigrationContext.configure(connection).get_current_revision()
    assert migrate.current_revision(engine) == "0003"
    engine.dispose()
