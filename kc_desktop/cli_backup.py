"""Command line of backups (DESIGN.md §3, §6): `backup -o FILE`, `restore FILE`, `check [FILE]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from kc_desktop.errors import KCError


def add_commands(commands: argparse._SubParsersAction) -> None:
    bk = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu ra một tệp (được cả khi chương trình đang mở)")
    bk.add_argument("-o", "--output", required=True, type=Path, help="tệp sao lưu, hoặc thư mục để đặt tệp vào")
    rs = commands.add_parser(
        "restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu (dữ liệu hiện tại được giữ lại trong backups/)"
    )
    rs.add_argument("file", type=Path, help="bản sao lưu")
    ck = commands.add_parser("check", help="kiểm tra tính toàn vẹn của cơ sở dữ liệu hoặc của một bản sao lưu")
    ck.add_argument("file", nargs="?", type=Path, help="tệp cần kiểm tra (mặc định: cơ sở dữ liệu đang dùng)")


def _database_path(args: argparse.Namespace) -> Path:
    from sqlalchemy.engine import make_url

    from kc_desktop.db.engine import database_url

    url = make_url(database_url(args.db))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise KCError(
            "Sao lưu, khôi phục và kiểm tra ở đây chỉ dành cho cơ sở dữ liệu SQLite trên máy này; "
            "với PostgreSQL hãy dùng công cụ sao lưu của máy chủ (pg_dump)."
        )
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    from kc_desktop.services import backups

    db_path = _database_path(args)
    target = backups.backup_to(db_path, args.output)
    written = backups.check(target, quick=True)
    if not written.ok:
        raise KCError(f"Bản sao lưu vừa ghi không đọc lại được: {written.problem}")
    print(f"Đã sao lưu «{db_path}» vào «{target}» ({written.describe()}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import backups

    db_path = _database_path(args)
    result = backups.restore(db_path, args.file)
    # Opens (and migrates a backup of an older schema) right away, as the program will.
    open_database(db_path, create=False).close()
    print(f"Đã khôi phục «{db_path}» từ «{args.file}» ({result.source.describe()}).")
    if result.kept is not None:
        print(f"Dữ liệu trước khi khôi phục được giữ lại tại «{result.kept}».")
    else:
        print("Trước đó chưa có cơ sở dữ liệu nào ở đây.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from kc_desktop.services import backups

    path = args.file if args.file is not None else _database_path(args)
    result = backups.check(path)
    if not result.ok:
        raise KCError(result.problem or f"Tệp «{path}» không dùng được.")
    described = result.describe(when=args.file is not None)
    print(f"Cơ sở dữ liệu tốt: «{path}» (lược đồ {result.revision}, {described}).")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}
