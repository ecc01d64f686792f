"""The office on the command line: `office` shows how its minutes are numbered, `office --symbol TTKC` numbers
them with the office's own symbol (all kinds on one counter a year), `office --by-body` by the team or council
that held the session (BB-ĐKS, BB-ĐKT, BB-HĐNT). Choosing needs a head (--user on a database with accounts)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from kc_desktop.errors import KCError

if TYPE_CHECKING:
    from kc_desktop.cli.common import Parser

BY_BODY = "theo đoàn, hội đồng lập biên bản (BB-ĐKS, BB-ĐKT, BB-HĐNT)"


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    office = commands.add_parser("office", help="đơn vị: ký hiệu số biên bản")
    choice = office.add_mutually_exclusive_group()
    choice.add_argument("--symbol", metavar="KÝ_HIỆU",
                        help="đánh số biên bản theo ký hiệu của đơn vị, ví dụ TTKC, UBND, SCT (Số: 01/BB-TTKC)")
    choice.add_argument("--by-body", action="store_true",
                        help="đánh số biên bản theo đoàn, hội đồng lập biên bản (BB-ĐKS, BB-ĐKT, BB-HĐNT)")


def cmd_office(args: argparse.Namespace) -> int:
    from kc_desktop.cli.common import acting, open_db
    from kc_desktop.services import installation, numbering

    changing = args.symbol is not None or args.by_body
    args.action = "set" if changing else "show"  # what kc_desktop.cli.common.CHANGING reads
    db = open_db(args, create=False)
    try:
        office = installation.office_info(db)
        if office is None:
            raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị: hãy chạy «kc-desktop init …» trước.")
        if changing:
            symbol = numbering.set_office_symbol(db, acting(db, args), "" if args.by_body else args.symbol)
            how = f"theo đơn vị, ký hiệu BB-{symbol} (ví dụ Số: 01/BB-{symbol})" if symbol else BY_BODY
            print(f"Từ nay số biên bản của {office.site_name} đánh {how}; các số đã cấp giữ nguyên.")
            return 0
        with db.read() as session:
            symbol = numbering.office_symbol(session)
        how = f"theo đơn vị, ký hiệu BB-{symbol}" if symbol else BY_BODY
        print(f"{office.site_name} ({office.site_code}): số biên bản đánh {how}.")
        return 0
    finally:
        db.close()


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"office": cmd_office}
