"""Accounts on the command line (issue 11): `accounts add LOGIN --role … [--name …]`, `list`, `lock`, `unlock`.

The first account of a database is added without signing in: it is the installation's officer, who runs
the office (head) or the city (administrator). Later ones, and lock/unlock, need a head or an
administrator signed in with --user. A new password comes from KC_NEW_PASSWORD or is asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kc_desktop.errors import KCError

if TYPE_CHECKING:
    from kc_desktop.cli.common import Parser
    from kc_desktop.db.engine import Database

NEW_PASSWORD_ENV = "KC_NEW_PASSWORD"


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    acc = commands.add_parser("accounts", help="tài khoản đăng nhập của cán bộ").add_subparsers(
        dest="action", required=True)
    add = acc.add_parser("add", help=f"thêm tài khoản (mật khẩu đọc từ {NEW_PASSWORD_ENV} hoặc hỏi)")
    add.add_argument("login", help="tên đăng nhập")
    add.add_argument("--role", required=True, choices=["officer", "head", "city_admin"])
    add.add_argument("--name", help="họ tên cán bộ (tài khoản đầu tiên là của cán bộ đã thiết lập)")
    add.add_argument("--title", default="", help="chức vụ")
    acc.add_parser("list", help="các cán bộ và tài khoản của đơn vị")
    lock = acc.add_parser("lock", help="ngừng một tài khoản")
    lock.add_argument("login")
    unlock = acc.add_parser("unlock", help="mở khóa (sau nhiều lần nhập sai) và cho hoạt động lại")
    unlock.add_argument("login")


def _new_password(login: str) -> str:
    text = os.environ.get(NEW_PASSWORD_ENV)
    if text:
        return text
    if sys.stdin is None or not sys.stdin.isatty():
        raise KCError(f"Cần mật khẩu cho tài khoản «{login}»: đặt biến môi trường {NEW_PASSWORD_ENV} hoặc chạy trong "
                      "cửa sổ lệnh để nhập.")
    first = getpass.getpass(f"Mật khẩu mới của {login}: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise KCError("Hai lần nhập mật khẩu không giống nhau; chưa thêm tài khoản.")
    return first


def _officer_of(db: Database, login: str) -> str:
    from kc_desktop.services import accounts

    key = accounts.username_key(login)
    row = next((r for r in accounts.list_accounts(db) if r.username == key), None)
    if row is None:
        raise KCError(f"Không có tài khoản «{login}» ở đơn vị này.")
    return row.officer_id


def cmd_accounts(args: argparse.Namespace) -> int:
    from kc_desktop.cli.common import acting
    from kc_desktop.cli.common import open_db as _open
    from kc_desktop.domain.enums import Role
    from kc_desktop.errors import ValidationFailed
    from kc_desktop.services import accounts, installation, setup

    db = _open(args, create=False)
    try:
        if args.action == "list":
            for row in accounts.list_accounts(db):
                role = Role.parse(row.role)
                until = row.locked_until if row.locked() else None
                state = ("chưa có tài khoản" if not row.username else "đã ngừng" if not row.active else
                         f"bị khóa đến {until.astimezone():%H:%M %d/%m/%Y}" if until else "đang hoạt động")
                print(f"{row.username or '-':<20} {row.officer_name} – {role.label if role else row.role}: {state}")
            return 0
        if args.action == "add":
            password = _new_password(args.login)
            if accounts.count(db) == 0:
                office = installation.office_info(db)
                if office is None:
                    raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị: hãy chạy «kc-desktop init …» trước.")
                first = setup.first_role(office.level)
                if args.role != first:
                    raise KCError(f"Tài khoản đầu tiên là của cán bộ {office.officer_name}, người quản lý máy này: "
                                  f"vai trò phải là {first}.")
                accounts.create_first_account(db, args.login, password)
                print(f"Đã tạo tài khoản đầu tiên «{accounts.username_key(args.login)}» cho {office.officer_name}; "
                      "từ nay các lệnh thay đổi dữ liệu cần --user.")
                return 0
            if not args.name:
                raise KCError("Cần họ tên cán bộ của tài khoản mới: --name \"Họ tên\".")
            accounts.add_officer(db, acting(db, args), args.name, args.title, args.role, args.login, password)
            print(f"Đã thêm tài khoản «{accounts.username_key(args.login)}» cho {args.name} ({args.role}).")
            return 0
        officer_id = _officer_of(db, args.login)
        actor = acting(db, args)
        if args.action == "lock":
            accounts.set_active(db, actor, officer_id, False)
            print(f"Đã ngừng tài khoản «{args.login}».")
        else:
            accounts.unlock(db, actor, officer_id)
            accounts.set_active(db, actor, officer_id, True)
            print(f"Đã mở khóa tài khoản «{args.login}».")
        return 0
    except ValidationFailed as exc:
        raise KCError(" ".join(exc.errors.values())) from exc
    finally:
        db.close()


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"accounts": cmd_accounts}
