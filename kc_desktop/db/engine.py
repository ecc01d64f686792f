"""Opening a database: engine, SQLite pragmas, version check, backup, migration."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kc_desktop import paths
from kc_desktop.db import changelog, migrate
from kc_desktop.db.backup import backup_sqlite
from kc_desktop.db.changelog import ACTOR_KEY, Actor
from kc_desktop.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


def database_url(db: str | Path | None) -> str:
    """A path, a SQLAlchemy URL or None (the default file in the user data dir)."""
    if db is None:
        return f"sqlite:///{paths.default_database()}"
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseError(f"Thư mục «{path.parent}» không tồn tại.")
        return
    if path.is_dir():
        raise DatabaseError(f"«{path}» là một thư mục, không phải tệp cơ sở dữ liệu.")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseError(f"Không đọc được tệp «{path}»: {exc.strerror}.") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"Tệp «{path.name}» không phải cơ sở dữ liệu KC Desktop (không phải tệp SQLite); tệp không bị thay đổi."
        )


@dataclass
class Database:
    """An open, migrated database and the sessions that write to it."""

    url: str
    engine: Engine
    factory: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self, actor: Actor | None = None) -> Iterator[Session]:
        """A session in one transaction, committed at the end unless an error escapes."""
        try:
            with self.factory() as session:
                if actor is not None:
                    session.info[ACTOR_KEY] = actor
                with session.begin():
                    yield session
        except (OperationalError, SADatabaseError) as exc:
            if isinstance(exc, IntegrityError):
                raise
            # The transaction has rolled back: say so in words, not a traceback.
            raise DatabaseError(_explain(exc, self.path)) from exc

    def read(self) -> Session:
        """A session for reading only."""
        return self.factory()

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path | None = None, *, create: bool = True, backup_before_migrate: bool = True) -> Database:
    """Open (and create or migrate) a KC Desktop database.

    Refuses files that are not SQLite databases and databases written by a newer
    program; backs the database up before migrating an existing schema.
    """
    url = database_url(db)
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    path = Path(parsed.database) if is_sqlite and parsed.database else None
    if path is not None:
        _check_sqlite_file(path)
        if not path.exists() and not create:
            raise DatabaseError(f"Không có cơ sở dữ liệu «{path}».")
    engine = create_engine(url, future=True)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        current = migrate.current_revision(engine)
        migrate.refuse_newer(current)
        if current != migrate.head_revision():
            if current is not None and path is not None and backup_before_migrate:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                backup_sqlite(path, paths.backup_dir(path) / f"{path.stem}-{stamp}-truoc-nang-cap-{current}.sqlite")
            elif current is None and _has_foreign_tables(engine):
                raise DatabaseError("Cơ sở dữ liệu này không phải của KC Desktop; không có gì bị thay đổi.")
            migrate.upgrade(engine)
    except (OperationalError, SADatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseError(_explain(exc, path)) from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    changelog.install(factory)
    return Database(url, engine, factory)


def _has_foreign_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _explain(exc: BaseException, path: Path | None) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    where = f"«{path}»" if path else "cơ sở dữ liệu"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"Không ghi được vào {where}: tệp hoặc thư mục chỉ cho phép đọc."
    if "full" in text:
        return f"Ổ đĩa đầy, không ghi được vào {where}; thao tác chưa được lưu, dữ liệu cũ vẫn nguyên vẹn."
    if "locked" in text:
        return f"{where} đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại."
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return f"{where} không phải cơ sở dữ liệu hợp lệ hoặc đã bị hỏng; không có gì bị thay đổi."
    return f"Lỗi cơ sở dữ liệu {where}: {getattr(exc, 'orig', exc)}"
