"""Command line of backups (DESIGN.md §3, §6): `backup -o FILE`, `restore FILE`, `check [FILE]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kc_desktop.errors import KCError
from kc_desktop.services.backup_passphrase import PASSPHRASE_ENV

if TYPE_CHECKING:
    from kc_desktop.cli.common import Parser


def _passphrase(*, new: bool) -> str | None:
    """The backup passphrase: KC_BACKUP_PASSPHRASE, or asked at a terminal (twice when it is new)."""
    import getpass
    import os
    import sys

    text = os.environ.get(PASSPHRASE_ENV)
    if text:
        return text
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    if not new:
        return getpass.getpass("Mật khẩu sao lưu: ")
    print("Đặt mật khẩu sao lưu của đơn vị (ít nhất 8 ký tự). Mật khẩu không được lưu ở đâu cả: hãy ghi ra giấy, "
          "niêm phong và cất ở nơi an toàn của đơn vị; mất mật khẩu thì không mở được bản sao lưu.")
    first = getpass.getpass("Mật khẩu sao lưu mới: ")
    again = getpass.getpass("Nhập lại mật khẩu: ")
    from kc_desktop.services.backup_archive import check_new_passphrase

    check_new_passphrase(first, again)
    return first


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    bk = commands.add_parser(
        "backup", help="sao lưu cơ sở dữ liệu, khóa của đơn vị và mọi ảnh, chữ ký ra một tệp mã hóa (.kcbak)")
    bk.add_argument("-o", "--output", required=True, type=Path, help="tệp sao lưu, hoặc thư mục để đặt tệp vào")
    bk.add_argument("--new-passphrase", action="store_true",
                    help=f"đặt mật khẩu sao lưu mới (đọc từ {PASSPHRASE_ENV} hoặc hỏi)")
    rs = commands.add_parser(
        "restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu (dữ liệu hiện tại được giữ lại trong backups/)"
    )
    rs.add_argument("file", type=Path, help=f"bản sao lưu (mật khẩu đọc từ {PASSPHRASE_ENV} hoặc hỏi)")
    rs.add_argument("--other-site", action="store_true", help="cho phép khôi phục bản sao lưu của một đơn vị khác")
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
    from kc_desktop.services import backup_passphrase, backups

    db_path = _database_path(args)
    if args.new_passphrase or not backup_passphrase.has_passphrase(db_path):
        _choose_passphrase(args, db_path)
    target = backups.backup_to(db_path, args.output)
    written = backups.check(target, quick=True)
    if not written.ok:
        raise KCError(f"Bản sao lưu vừa ghi không đọc lại được: {written.problem}")
    print(f"Đã sao lưu «{db_path}» vào «{target}» ({written.describe()}).")
    return 0


def _choose_passphrase(args: argparse.Namespace, db_path: Path) -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import backup_passphrase

    passphrase = _passphrase(new=True)
    if passphrase is None:
        raise KCError(f"Chưa đặt mật khẩu sao lưu: đặt biến môi trường {PASSPHRASE_ENV} hoặc chạy trong cửa sổ lệnh "
                      "để nhập; mật khẩu bảo vệ khóa của đơn vị trong bản sao lưu. Chưa sao lưu.")
    from kc_desktop.cli.common import signed_in

    db = open_database(db_path, create=False)
    try:
        backup_passphrase.set_passphrase(db, passphrase, actor=signed_in(db, args))
    finally:
        db.close()
    print("Đã đặt mật khẩu sao lưu; các bản sao lưu từ nay (kể cả bản tự động hằng ngày) mở bằng mật khẩu này.")


def cmd_restore(args: argparse.Namespace) -> int:
    from kc_desktop.services import backup_archive, backups

    db_path = _database_path(args)
    _sign_in_to_replace(args, db_path)
    passphrase = _passphrase(new=False) if backup_archive.is_archive(args.file) else None
    result = backups.restore(db_path, args.file, passphrase=passphrase, other_site=args.other_site)
    print(f"Đã khôi phục «{db_path}» từ «{args.file}» ({result.source.describe()}).")
    if result.kept is not None:
        print(f"Dữ liệu trước khi khôi phục được giữ lại tại «{result.kept}».")
    else:
        print("Trước đó chưa có cơ sở dữ liệu nào ở đây.")
    return 0


def _sign_in_to_replace(args: argparse.Namespace, db_path: Path) -> None:
    """Replacing a database with accounts needs one of them (--user): a restore changes all its data."""
    from kc_desktop.cli.common import signed_in
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import backups

    if not db_path.exists() or not backups.check(db_path, quick=True, details=False).ok:
        return  # nothing to protect, or a damaged file a restore is meant to replace
    db = open_database(db_path, create=False)
    try:
        signed_in(db, args)
    finally:
        db.close()


def cmd_check(args: argparse.Namespace) -> int:
    import os

    from kc_desktop.services import backups

    path = args.file if args.file is not None else _database_path(args)
    result = backups.check(path, passphrase=os.environ.get(PASSPHRASE_ENV))
    if not result.ok:
        raise KCError(result.problem or f"Tệp «{path}» không dùng được.")
    described = result.describe(when=args.file is not None)
    if result.encrypted and not os.environ.get(PASSPHRASE_ENV):
        print(f"Bản sao lưu đọc được: «{path}» (lược đồ {result.revision}, {described}); nội dung được mã hóa, "
              f"đặt {PASSPHRASE_ENV} để kiểm tra toàn bộ.")
    elif result.encrypted:
        print(f"Bản sao lưu tốt: «{path}» (lược đồ {result.revision}, {described}); đã mở và kiểm tra toàn bộ.")
    else:
        print(f"Cơ sở dữ liệu tốt: «{path}» (lược đồ {result.revision}, {described}).")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}
