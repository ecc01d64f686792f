"""Command line of the exchange with the city office (DESIGN.md §4, §6): `sync …` on an office's
database, `city …` on the city office's."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def add_commands(commands: argparse._SubParsersAction) -> None:
    snc = commands.add_parser("sync", help="trao đổi dữ liệu với Sở").add_subparsers(dest="action", required=True)
    sexp = snc.add_parser("export", help="xuất các thay đổi chưa gửi Sở thành một gói có chữ ký")
    sexp.add_argument("-o", "--output", required=True, type=Path, help="thư mục chứa gói")
    sexp.add_argument("--all", action="store_true", help="xuất lại toàn bộ dữ liệu")


def cmd_sync(args: argparse.Namespace) -> int:
    from kc_desktop.cli import _open
    from kc_desktop.sync.export import export_changes

    result = export_changes(_open(args, create=False), args.output, everything=args.all)
    if result.path is None:
        print("Không có thay đổi nào mới kể từ lần Sở xác nhận gần nhất.", file=sys.stderr)
        return 0
    print(result.path)
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"sync": cmd_sync}
