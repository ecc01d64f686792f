"""What the command groups share: the parser class, opening the database and signing in, one-line
messages, progress on a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kc_desktop.errors import KCError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from kc_desktop.db.changelog import Actor
    from kc_desktop.db.engine import Database


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        from kc_desktop.cli.usage import translate

        self.exit(2, f"{self.prog}: lỗi cú pháp lệnh: {translate(message)}\n")


def count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("phải là số không âm")
    return value


def one_line(message: str) -> str:
    """Messages listing several problems (one per line) become one line: "…: problem 1; problem 2"."""
    lines = [line.strip().removeprefix("- ").strip() for line in message.splitlines() if line.strip()]
    if len(lines) < 2:
        return message.strip()
    return f"{lines[0]} {'; '.join(line.rstrip('. ') for line in lines[1:])}."


def os_message(exc: BaseException) -> str:
    text = str(exc).lower()
    if "no space" in text or "disk" in text and "full" in text:
        return "Ổ đĩa đầy; thao tác chưa được lưu, dữ liệu cũ vẫn nguyên vẹn."
    if isinstance(exc, PermissionError) or "read-only" in text or "readonly" in text:
        return f"Không có quyền ghi: {getattr(exc, 'filename', '') or exc}."
    if isinstance(exc, FileNotFoundError):
        return f"Không tìm thấy tệp «{exc.filename}»."
    return str(exc)


# Commands that change data or act with a role: on a database with accounts they sign in first (--user).
# None as the action: every action of the command.
CHANGING: dict[str, set[str] | None] = {
    "demo": None, "establishments": {"import"}, "templates": {"import"},
    "sync": {"export", "receipt", "reference", "trust-city", "rotate-key", "revoke-city", "recover"},
    "city": {"import", "trust-site", "receipts", "publish", "recovery", "rotate-key", "revoke-site"},
    "restore": None, "accounts": {"lock", "unlock"}, "phones": {"add", "revoke", "serve", "import"},
    "office": {"set"},
}
PASSWORD_ENV = "KC_PASSWORD"


def changes_data(args: argparse.Namespace) -> bool:
    actions = CHANGING.get(args.command, set())
    return actions is None or getattr(args, "action", None) in actions


def open_db(args: argparse.Namespace, *, create: bool = True) -> Database:
    from kc_desktop.db.engine import open_database
    from kc_desktop.services.setup import ensure_reference_data

    db = open_database(args.db, create=create)
    ensure_reference_data(db)
    # On a server every staff member works under their own account; on a laptop's file, to change data.
    if not db.is_sqlite or changes_data(args):
        signed_in(db, args)
    return db


def signed_in(db: Database, args: argparse.Namespace) -> Actor | None:
    """Who acts: the account named by --user (password from KC_PASSWORD or asked), or the installation's
    officer on a database that has no account yet. Wrong passwords count and lock as in the GUI."""
    import getpass
    import os

    from kc_desktop.services import accounts
    from kc_desktop.services.installation import current_actor

    cached: Actor | None = getattr(args, "signed_in_as", None)
    if cached is not None:
        return cached
    if accounts.count(db) == 0:
        actor = current_actor(db)  # None on a database not set up yet (demo sets one up)
    else:
        if not args.user:
            raise KCError("Cơ sở dữ liệu này có tài khoản: hãy đăng nhập bằng --user TÊN_ĐĂNG_NHẬP "
                          f"(mật khẩu đọc từ {PASSWORD_ENV} hoặc nhập khi được hỏi).")
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if sys.stdin is None or not sys.stdin.isatty():
                raise KCError(f"Cần mật khẩu của «{args.user}»: đặt biến môi trường {PASSWORD_ENV} hoặc chạy trong "
                              "cửa sổ lệnh để nhập.")
            password = getpass.getpass(f"Mật khẩu của {args.user}: ")
        actor = accounts.authenticate(db, args.user, password)
    args.signed_in_as = actor
    return actor


def acting(db: Database, args: argparse.Namespace) -> Actor:
    actor = signed_in(db, args)
    if actor is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị: hãy chạy «kc-desktop init …» hoặc mở chương trình.")
    return actor


def readable(path: Path) -> None:
    """A plain file to read: a folder, a device or a pipe is refused at once (a pipe would wait forever)."""
    from kc_desktop.paths import not_a_file

    problem = not_a_file(path)
    if problem:
        raise KCError(problem)


def row_json(row: DataclassInstance) -> dict[str, object]:
    import dataclasses

    data = dataclasses.asdict(row)
    data.pop("extra", None)
    return data


def progress_printer() -> Callable[[object], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(step: object) -> None:
        print(f"\r{step.message} {step.done}/{step.total}", end="", file=sys.stderr, flush=True)  # type: ignore[attr-defined]

    return show
