"""Phones on the command line: `phones add NAME [-o QR.png]`, `list`, `revoke NAME`, `serve`, `import FOLDER`.

`add` prints one line, the server address the phone is set up with (its token included: shown only
now); `-o` writes the QR code ODK Collect scans. `serve` runs the form server until stopped (Ctrl+C or
a termination signal). `import` takes ODK Collect's instances folder copied off a phone.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kc_desktop.errors import KCError

if TYPE_CHECKING:
    from kc_desktop.cli.common import Parser


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("cổng phải từ 0 đến 65535")
    return value


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    from kc_desktop.phones.server import DEFAULT_PORT

    group = commands.add_parser("phones", help="điện thoại điền phiếu bằng ODK Collect").add_subparsers(
        dest="action", required=True)
    add = group.add_parser("add", help="thêm điện thoại; in địa chỉ máy chủ (có mã riêng) để cài vào ODK Collect")
    add.add_argument("name", help="tên điện thoại (ví dụ tên cán bộ dùng máy)")
    add.add_argument("--host", help="địa chỉ của máy tính trong mạng nội bộ (mặc định: tự tìm)")
    add.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"cổng (mặc định {DEFAULT_PORT})")
    add.add_argument("-o", "--output", type=Path, help="ghi mã QR cấu hình ODK Collect ra tệp PNG")
    group.add_parser("list", help="các điện thoại và số bài đã gửi")
    revoke = group.add_parser("revoke", help="thu hồi quyền của một điện thoại")
    revoke.add_argument("name")
    serve = group.add_parser("serve", help="chạy máy chủ cho điện thoại đến khi dừng (Ctrl+C)")
    serve.add_argument("--host", help="địa chỉ lắng nghe trong mạng nội bộ (mặc định: địa chỉ của máy)")
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"cổng (mặc định {DEFAULT_PORT})")
    imp = group.add_parser("import", help="nhập thư mục instances của ODK Collect chép từ điện thoại")
    imp.add_argument("folder", type=Path)
    imp.add_argument("--phone", help="tên điện thoại đã gửi (để ghi nhận nguồn)")


def cmd_phones(args: argparse.Namespace) -> int:
    from kc_desktop.cli.common import acting, open_db
    from kc_desktop.phones import registry

    db = open_db(args)
    if args.action == "add":
        from kc_desktop.phones import server, setup_code
        from kc_desktop.services.installation import office_info

        host = server.check_host(args.host)
        if args.output is not None and args.output.is_dir():
            raise KCError(f"«{args.output}» là một thư mục; hãy ghi tên tệp PNG.")
        token = registry.add(db, acting(db, args), args.name)
        url = server.phone_url(host, args.port, token)
        if args.output is not None:
            office = office_info(db)
            setup_code.write_png(url, setup_code.project_name(office.site_name if office else None), args.output)
        print(url)
        return 0
    if args.action == "list":
        phones = registry.list_phones(db)
        if not phones:
            print("Chưa có điện thoại nào.")
        for phone in phones:
            state = f"đã thu hồi {phone.revoked_at:%d/%m/%Y}" if phone.revoked_at else "đang dùng"
            seen = f", lần cuối {phone.last_seen_at:%d/%m/%Y %H:%M}" if phone.last_seen_at else ""
            print(f"{phone.name}\t{state}\t{phone.submissions} bài gửi{seen}")
        return 0
    if args.action == "revoke":
        registry.revoke(db, args.name)
        print(f"Đã thu hồi quyền của điện thoại «{args.name}».")
        return 0
    if args.action == "serve":
        return _serve(db, args)
    return _import(db, args)


def _serve(db: object, args: argparse.Namespace) -> int:
    import signal
    import threading

    from kc_desktop.cli.common import acting
    from kc_desktop.phones.server import FormServer

    server = FormServer(db, acting(db, args), args.host, args.port)  # type: ignore[arg-type]
    stop = threading.Event()

    def ask_stop(signum: int, frame: object) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, ask_stop)
    url = server.start()
    print(f"Máy chủ cho điện thoại đang chạy tại {url} (Ctrl+C để dừng).", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    print("Đã dừng máy chủ cho điện thoại.", flush=True)
    return 0


def _import(db: object, args: argparse.Namespace) -> int:
    from kc_desktop.cli.common import acting
    from kc_desktop.phones import intake, registry

    phone_id = None
    if args.phone:
        phone = registry.by_name(db, args.phone)  # type: ignore[arg-type]
        if phone is None:
            raise KCError(f"Không có điện thoại tên «{args.phone}».")
        phone_id = phone.id
    results = intake.import_folder(db, acting(db, args), args.folder, phone_id=phone_id)  # type: ignore[arg-type]
    counts = {"new": 0, "edited": 0, "again": 0, "aside": 0, "refused": 0}
    for result in results:
        if result.outcome is None:
            counts["refused"] += 1
            print(f"{result.folder}: không nhận: {result.refusal}")
        elif not result.outcome.created:
            counts["again"] += 1
        elif result.outcome.status == intake.KEPT_ASIDE:
            counts["aside"] += 1
            print(f"{result.folder}: để riêng: {result.outcome.reason}")
        elif result.outcome.edited:
            counts["edited"] += 1
            print(f"{result.folder}: bài sửa, đã cập nhật bản nháp {result.outcome.record_id}")
        else:
            counts["new"] += 1
            print(f"{result.folder}: bản nháp mới {result.outcome.record_id}")
    edited = f"{counts['edited']} bài sửa đã cập nhật bản nháp; " if counts["edited"] else ""
    print(f"Đã nhập {counts['new']} bài thành bản nháp; {edited}{counts['again']} bài đã nhận trước đó; "
          f"{counts['aside']} bài để riêng; {counts['refused']} bài không nhận.")
    if counts["refused"]:
        raise KCError(f"{counts['refused']} bài gửi không nhận được (xem từng bài ở trên).")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"phones": cmd_phones}
