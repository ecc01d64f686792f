"""Command line (DESIGN.md §6): automation, the city office's scripts and the tests.

Exit status 0 on success, 1 when input was rejected, 2 on usage errors. Errors are
one readable line on stderr, never a traceback. Qt is imported only to open the GUI.
Each command group has its module here; what they share is in `common`.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Protocol

from kc_desktop import __version__
from kc_desktop.cli import accounts, backup, data, gallery, office, phones, sync
from kc_desktop.cli.common import Parser, one_line, os_message
from kc_desktop.errors import KCError

log = logging.getLogger("kc_desktop")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="kc-desktop", description="KC Desktop: công tác khuyến công tại cơ sở.")
    parser.add_argument("--version", action="version", version=f"KC Desktop {__version__}")
    parser.add_argument("--db", help="tệp cơ sở dữ liệu hoặc URL SQLAlchemy (mặc định: thư mục dữ liệu người dùng)")
    parser.add_argument("--user", help="đăng nhập bằng tài khoản này (mật khẩu đọc từ KC_PASSWORD hoặc nhập khi được "
                                       "hỏi); cần cho các lệnh thay đổi dữ liệu khi cơ sở dữ liệu đã có tài khoản")
    parser.add_argument("--demo", action="store_true", help="lần chạy đầu: tạo dữ liệu mẫu để dùng thử")
    parser.add_argument("--self-test", action="store_true",
                        help="tự kiểm tra bản cài đặt (cơ sở dữ liệu tạm, in PDF, xuất gói, cửa sổ) rồi thoát")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for module in _command_modules():
        module.add_commands(commands)
    return parser


class _CommandGroups(Protocol):
    """A module that adds its own command groups."""

    HANDLERS: dict[str, Callable[[argparse.Namespace], int]]

    def add_commands(self, commands: argparse._SubParsersAction[Parser]) -> None: ...


def _command_modules() -> list[_CommandGroups]:
    return [data, sync, backup, accounts, office, gallery, phones]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from kc_desktop.gui.selftest import run as self_test  # Qt too: the test opens the window offscreen

        return self_test()
    if args.command is None:
        from kc_desktop.app import run  # Qt is loaded only for the GUI

        return run(args.db, demo=args.demo)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}
    for module in _command_modules():
        handlers.update(module.HANDLERS)
    handler: Callable[[argparse.Namespace], int] = handlers[args.command]
    try:
        return handler(args)
    except KCError as exc:
        print(f"Lỗi: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as exc:
        print(f"Lỗi: {os_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu; thao tác dở dang không được lưu.", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        from kc_desktop.logs import log_file, start_file_log

        written = start_file_log() is not None or bool(logging.getLogger("kc_desktop").handlers)
        log.exception("unexpected error in: %s", " ".join(sys.argv[1:]) if argv is None else " ".join(argv))
        where = f"; chi tiết ghi trong «{log_file()}»" if written else ""
        print(f"Lỗi không mong đợi ({type(exc).__name__}): {one_line(str(exc))}{where}.", file=sys.stderr)
        return 1
