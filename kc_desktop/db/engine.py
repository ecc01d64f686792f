"""Opening a database: engine, SQLite pragmas, version check, backup, migration.

The offices use a SQLite file; the city office may use PostgreSQL (`--db postgresql+psycopg://…`),
which has no file to check or copy: its backups are the server's business (pg_dump).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kc_desktop import paths
from kc_desktop.db import changelog, changes, epoch, migrate
from kc_desktop.db.backup import backup_sqlite
from kc_desktop.db.changelog import ACTOR_KEY, Actor
from kc_desktop.db.changes import Changes
from kc_desktop.domain.text import one_line
from kc_desktop.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
# Seconds to wait for a database server before saying it cannot be reached.
CONNECT_TIMEOUT = 10

log = logging.getLogger(__name__)


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
    # 64 MiB of page cache (the default is 2 MiB): index pages of large imports stay in memory.
    cursor.execute("PRAGMA cache_size = -65536")
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
    # The lowest version a record edited now gets (kc_desktop.db.epoch): above 0 after a restore or a copy.
    version_floor: int = 0
    # Told what each committed transaction wrote (kc_desktop.db.changes), on the committing thread.
    listeners: list[Callable[[Changes], None]] = field(default_factory=list)

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
                session.info[epoch.FLOOR_KEY] = self.version_floor
                session.info[changes.LISTENERS] = self.listeners
                if actor is not None:
                    session.info[ACTOR_KEY] = actor
                with session.begin():
                    yield session
        except (OperationalError, SADatabaseError) as exc:
            if isinstance(exc, IntegrityError):
                raise
            # The transaction has rolled back: say so in words, not a traceback.
            raise DatabaseError(_explain(exc, self.path, make_url(self.url))) from exc

    def refresh_epoch(self, restarted: str | None = None) -> str:
        """Make sure this copy has its epoch (a new one if it was moved, or if `restarted` says why);
        returns the epoch's id and keeps its version floor for the sessions to come."""
        with self.factory() as session, session.begin():
            if restarted:
                current = epoch.begin(session, restarted, epoch.home_of(self.path))
            else:
                current = epoch.ensure(session, self.path)
            self.version_floor, epoch_id = current.version_floor, current.id
        return epoch_id

    def on_change(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener` with what every transaction of this database writes, once committed;
        returns the function that stops it."""
        self.listeners.append(listener)
        return lambda: self.listeners.remove(listener) if listener in self.listeners else None

    def read(self) -> Session:
        """A session for reading only."""
        return self.factory()

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path | None = None, *, create: bool = True, backup_before_migrate: bool = True) -> Database:
    """Open (and create or migrate) a KC Desktop database.

    Refuses files that are not SQLite databases and databases written by a newer
    program; backs a SQLite database up before migrating an existing schema.
    """
    url = database_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(
            "Địa chỉ cơ sở dữ liệu không hợp lệ; ví dụ đúng: postgresql+psycopg://người_dùng@máy_chủ:5432/tên_csdl."
        ) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        # The driver installed with the program, not SQLAlchemy's default (psycopg2).
        parsed = parsed.set(drivername="postgresql+psycopg")
        url = parsed.render_as_string(hide_password=False)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    path = Path(parsed.database) if is_sqlite and parsed.database else None
    if path is not None:
        _check_sqlite_file(path)
        if not path.exists() and not create:
            raise DatabaseError(f"Không có cơ sở dữ liệu «{path}».")
    options: dict[str, Any] = {}
    if not is_sqlite:
        # A connection to a server may have been cut while the program sat idle: test it before use.
        options["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT}
    try:
        engine = create_engine(url, future=True, **options)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        shown = parsed.render_as_string(hide_password=True)
        raise DatabaseError(f"Không dùng được cơ sở dữ liệu «{shown}»: loại cơ sở dữ liệu không được hỗ trợ.") from exc
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
            elif current is not None and not is_sqlite:
                log.warning(
                    "upgrading %s from schema %s without a copy first: back up server databases with their own tools "
                    "(pg_dump)", parsed.render_as_string(hide_password=True), current,
                )
            migrate.upgrade(engine)
    except (OperationalError, SADatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseError(_explain(exc, path, parsed)) from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    changelog.install(factory)
    changes.install(factory)
    database = Database(url, engine, factory)
    if is_sqlite:
        database.refresh_epoch()
    return database


def _has_foreign_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _explain(exc: BaseException, path: Path | None, url: URL | None = None) -> str:
    """One sentence for an officer; the server's own words only when nothing better fits."""
    text = str(getattr(exc, "orig", exc)).lower()
    if url is not None and url.get_backend_name() != "sqlite":
        return _explain_server(exc, text, url)
    where = f"«{path}»" if path else "cơ sở dữ liệu"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"Không ghi được vào {where}: tệp hoặc thư mục chỉ cho phép đọc."
    if "full" in text:
        return f"Ổ đĩa đầy, không ghi được vào {where}; thao tác chưa được lưu, dữ liệu cũ vẫn nguyên vẹn."
    if "locked" in text:
        return f"{where} đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại."
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return f"{where} không phải cơ sở dữ liệu hợp lệ hoặc đã bị hỏng; không có gì bị thay đổi."
    return f"Lỗi cơ sở dữ liệu {where}: {_one_line(str(getattr(exc, 'orig', exc)))}"


def _explain_server(exc: BaseException, text: str, url: URL) -> str:
    """Errors of a database server (PostgreSQL): connection problems in words, others in the server's."""
    server = url.host or "localhost"
    if url.port:
        server += f":{url.port}"
    if "database" in text and "does not exist" in text:
        return (
            f"Máy chủ {server} không có cơ sở dữ liệu «{url.database}»; "
            "hãy nhờ người quản trị máy chủ tạo cơ sở dữ liệu đó trước."
        )
    if ("role" in text and "does not exist" in text) or "authentication failed" in text or "pg_hba.conf" in text:
        return (
            f"Máy chủ {server} không cho người dùng «{url.username or ''}» đăng nhập: "
            "sai tên người dùng hoặc mật khẩu, hoặc chưa được cấp quyền."
        )
    if "permission denied" in text:
        return f"Người dùng «{url.username or ''}» không đủ quyền trên cơ sở dữ liệu «{url.database}» ({server})."
    unreachable = (
        "connection refused", "could not connect", "is the server running", "failed to resolve host",
        "could not translate host name", "name or service not known", "timeout expired", "timed out",
        "no route to host", "network is unreachable", "invalid port", "connection failed",
    )
    if any(words in text for words in unreachable):
        return (
            f"Không kết nối được máy chủ cơ sở dữ liệu {server}: máy chủ chưa chạy, sai địa chỉ "
            "hoặc mạng bị ngắt. Không có gì bị thay đổi."
        )
    lost = ("server closed the connection", "terminating connection", "connection is lost", "connection is closed",
            "consuming input failed", "connection already closed")
    if any(words in text for words in lost):
        return f"Mất kết nối với máy chủ cơ sở dữ liệu {server}; thao tác vừa rồi chưa được lưu, hãy thử lại."
    if "read-only" in text:
        return f"Máy chủ {server} đang chỉ cho phép đọc; thao tác chưa được lưu."
    if "no space left" in text:
        return f"Máy chủ {server} hết chỗ trên đĩa; thao tác chưa được lưu, dữ liệu cũ vẫn nguyên vẹn."
    return f"Lỗi cơ sở dữ liệu «{url.database}» trên máy chủ {server}: {_one_line(str(getattr(exc, 'orig', exc)))}"


def _one_line(text: str) -> str:
    return " ".join(one_line(text).split())
