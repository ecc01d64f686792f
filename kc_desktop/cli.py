"""Command line (DESIGN.md §6): automation, the city office's scripts and the tests.

Exit status 0 on success, 1 when input was rejected, 2 on usage errors. Errors are
one readable line on stderr, never a traceback. Qt is imported only to open the GUI.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kc_desktop import __version__
from kc_desktop.errors import KCError

log = logging.getLogger("kc_desktop")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        from kc_desktop.cli_usage import translate

        self.exit(2, f"{self.prog}: lỗi cú pháp lệnh: {translate(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kc-desktop", description="KC Desktop: công tác khuyến công tại cơ sở.")
    parser.add_argument("--version", action="version", version=f"KC Desktop {__version__}")
    parser.add_argument("--db", help="tệp cơ sở dữ liệu hoặc URL SQLAlchemy (mặc định: thư mục dữ liệu người dùng)")
    parser.add_argument("--user", help="đăng nhập bằng tài khoản này (mật khẩu đọc từ KC_PASSWORD hoặc nhập khi được "
                                       "hỏi); cần cho các lệnh thay đổi dữ liệu khi cơ sở dữ liệu đã có tài khoản")
    parser.add_argument("--demo", action="store_true", help="lần chạy đầu: tạo dữ liệu mẫu để dùng thử")
    parser.add_argument("--self-test", action="store_true",
                        help="tự kiểm tra bản cài đặt (cơ sở dữ liệu tạm, in PDF, xuất gói, cửa sổ) rồi thoát")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    init = commands.add_parser("init", help="thiết lập đơn vị và cán bộ cho cơ sở dữ liệu mới")
    init.add_argument("--site-code", required=True)
    init.add_argument("--site-name", required=True)
    init.add_argument("--level", default="commune", choices=["commune", "district", "city"])
    init.add_argument("--admin-unit", help="mã xã/phường (5 chữ số)")
    init.add_argument("--officer", required=True, help="họ tên cán bộ")
    init.add_argument("--title", default="", help="chức vụ")

    demo = commands.add_parser("demo", help="tạo dữ liệu mẫu")
    demo.add_argument("--establishments", type=_count, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--projects", type=_count, default=40, help="số đề án mẫu (kèm khảo sát, kiểm tra)")

    stats = commands.add_parser("stats", help="số bản ghi theo loại")
    stats.add_argument("--json", action="store_true")

    est = commands.add_parser("establishments", help="danh sách cơ sở CNNT").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    imp = est.add_parser("import", help="nhập từ tệp Excel")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    imp.add_argument("--json", action="store_true")
    exp = est.add_parser("export", help="xuất ra tệp Excel")
    exp.add_argument("file", type=Path)
    exp.add_argument("--search", default="")
    lst = est.add_parser("list", help="liệt kê, tìm kiếm")
    lst.add_argument("--search", default="")
    lst.add_argument("--deleted", action="store_true", help="các cơ sở đã xóa")
    lst.add_argument("--json", action="store_true")

    tpl = commands.add_parser("templates", help="mẫu phiếu khảo sát, kiểm tra (XLSForm)").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    timp = tpl.add_parser("import", help="nhập mẫu phiếu từ tệp XLSForm (.xlsx)")
    timp.add_argument("file", type=Path)
    timp.add_argument("--kind", choices=["survey", "inspection"])
    timp.add_argument("--publish", action="store_true", help="phát hành ngay sau khi nhập")
    texp = tpl.add_parser("export", help="xuất mẫu phiếu ra tệp XLSForm")
    texp.add_argument("code")
    texp.add_argument("file", type=Path)
    texp.add_argument("--version", dest="template_version")
    tpl.add_parser("list", help="liệt kê các mẫu phiếu")

    prt = commands.add_parser("print", help="in biên bản ra tệp PDF")
    prt.add_argument("kind", choices=["survey", "inspection", "acceptance"])
    which = prt.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", help="mã hồ sơ của biên bản (hoặc 8 ký tự đầu, như trong tên tệp PDF)")
    which.add_argument("--all", action="store_true", help="in tất cả biên bản loại này vào một thư mục")
    prt.add_argument("-o", "--output", required=True, type=Path, help="tệp PDF (một biên bản) hoặc thư mục (--all)")

    rec = commands.add_parser("records", help="biên bản khảo sát, kiểm tra, nghiệm thu").add_subparsers(
        dest="action", required=True, parser_class=_Parser)
    rls = rec.add_parser("list", help="mã, số, ngày và tình trạng của các biên bản")
    rls.add_argument("--kind", choices=["survey", "inspection", "acceptance"])
    rls.add_argument("--json", action="store_true")
    for module in _command_modules():
        module.add_commands(commands)
    return parser


def _command_modules() -> list:  # noqa: ANN401 - modules that add their own command groups
    from kc_desktop import cli_accounts, cli_backup, cli_sync

    return [cli_sync, cli_backup, cli_accounts]


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("phải là số không âm")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from kc_desktop.gui.selftest import run as self_test  # Qt too: the test opens the window offscreen

        return self_test()
    if args.command is None:
        from kc_desktop.app import run  # Qt is loaded only for the GUI

        return run(args.db, demo=args.demo)
    handlers = dict(HANDLERS)
    for module in _command_modules():
        handlers.update(module.HANDLERS)
    handler: Callable[[argparse.Namespace], int] = handlers[args.command]
    try:
        return handler(args)
    except KCError as exc:
        print(f"Lỗi: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as exc:
        print(f"Lỗi: {_os_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu; thao tác dở dang không được lưu.", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        from kc_desktop.logs import log_file, start_file_log

        written = start_file_log() is not None or bool(logging.getLogger("kc_desktop").handlers)
        log.exception("unexpected error in: %s", " ".join(sys.argv[1:]) if argv is None else " ".join(argv))
        where = f"; chi tiết ghi trong «{log_file()}»" if written else ""
        print(f"Lỗi không mong đợi ({type(exc).__name__}): {_one_line(str(exc))}{where}.", file=sys.stderr)
        return 1


def _one_line(message: str) -> str:
    """Messages listing several problems (one per line) become one line: "…: problem 1; problem 2"."""
    lines = [line.strip().removeprefix("- ").strip() for line in message.splitlines() if line.strip()]
    if len(lines) < 2:
        return message.strip()
    return f"{lines[0]} {'; '.join(line.rstrip('. ') for line in lines[1:])}."


def _os_message(exc: BaseException) -> str:
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
    "restore": None, "accounts": {"lock", "unlock"},
}
PASSWORD_ENV = "KC_PASSWORD"


def changes_data(args: argparse.Namespace) -> bool:
    actions = CHANGING.get(args.command, set())
    return actions is None or getattr(args, "action", None) in actions


def _open(args: argparse.Namespace, *, create: bool = True):  # noqa: ANN202 - Database, imported lazily
    from kc_desktop.db.engine import open_database
    from kc_desktop.services.setup import ensure_reference_data

    db = open_database(args.db, create=create)
    ensure_reference_data(db)
    # On a server every staff member works under their own account; on a laptop's file, to change data.
    if not db.is_sqlite or changes_data(args):
        signed_in(db, args)
    return db


def signed_in(db, args: argparse.Namespace):  # noqa: ANN001, ANN201 - Database and Actor, imported lazily
    """Who acts: the account named by --user (password from KC_PASSWORD or asked), or the installation's
    officer on a database that has no account yet. Wrong passwords count and lock as in the GUI."""
    import getpass
    import os

    from kc_desktop.services import accounts
    from kc_desktop.services.setup import current_actor

    cached = getattr(args, "signed_in_as", None)
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


def _actor(db, args: argparse.Namespace) -> object:  # noqa: ANN001
    actor = signed_in(db, args)
    if actor is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị: hãy chạy «kc-desktop init …» hoặc mở chương trình.")
    return actor


def cmd_init(args: argparse.Namespace) -> int:
    from kc_desktop.errors import ValidationFailed
    from kc_desktop.services import setup

    db = _open(args)
    identity = setup.SiteIdentity(args.site_code, args.site_name, args.level, args.admin_unit, args.officer, args.title)
    try:
        setup.initialize(db, identity)
    except ValidationFailed as exc:
        raise KCError(" ".join(exc.errors.values())) from exc
    info = setup.office_info(db)
    assert info is not None
    print(f"Đã thiết lập đơn vị {info.site_code} – {info.site_name}; cán bộ {info.officer_name}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kc_desktop.progress import drive
    from kc_desktop.services import demo

    db = _open(args)
    actor = signed_in(db, args) or demo.ensure_office(db)
    summary = drive(demo.generate(db, actor, establishments=args.establishments, seed=args.seed), _progress_printer())
    from kc_desktop.services import demo_work

    work = drive(demo_work.generate(db, actor, count=args.projects, seed=args.seed), _progress_printer())
    print(
        f"Đã tạo {summary.establishments} cơ sở mẫu ({summary.craft_villages} làng nghề), {work.projects} đề án, "
        f"{work.surveys} biên bản khảo sát, {work.inspections} biên bản kiểm tra, "
        f"{work.acceptances} biên bản nghiệm thu."
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kc_desktop.services.stats import record_counts

    counts = record_counts(_open(args, create=False))
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        for name, value in counts.items():
            print(f"{name}: {value}")
    return 0


def cmd_establishments(args: argparse.Namespace) -> int:
    from kc_desktop.db.search import EstablishmentFilter
    from kc_desktop.progress import drive
    from kc_desktop.services import establishments

    if args.action == "import":
        from kc_desktop.xlsx.establishments import import_establishments

        _readable(args.file)
        db = _open(args)
        report = drive(import_establishments(db, _actor(db, args), args.file, dry_run=args.dry_run),
                       _progress_printer())
        if args.json:
            print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        else:
            for outcome in report.rejected_rows:  # rejected rows on stderr: the summary stays on stdout
                print(f"Dòng {outcome.row}: {outcome.reason}", file=sys.stderr)
            print(report.summary())
        return 1 if report.rejected else 0
    if args.action == "export":
        from kc_desktop.xlsx.establishments import export_establishments

        db = _open(args, create=False)
        written = drive(export_establishments(db, args.file, EstablishmentFilter(text=args.search)))
        print(f"Đã xuất {written} cơ sở ra {args.file}.")
        return 0
    db = _open(args, create=False)
    ids = establishments.search_ids(db, EstablishmentFilter(text=args.search, deleted=args.deleted))
    rows = establishments.rows(db, ids)
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(
                f"{r.tax_code or '-':<15} {r.name} — {r.admin_unit_name}"
                + (f" — {r.craft_village_name}" if r.craft_village_name else "")
            )
        print(f"{len(rows)} cơ sở.")
    return 0


def _readable(path: Path) -> None:
    """A plain file to read: a folder, a device or a pipe is refused at once (a pipe would wait forever)."""
    from kc_desktop.paths import not_a_file

    problem = not_a_file(path)
    if problem:
        raise KCError(problem)


def _row_json(row: object) -> dict[str, object]:
    import dataclasses

    data = dataclasses.asdict(row)  # type: ignore[call-overload]
    data.pop("extra", None)
    return data


def _progress_printer() -> Callable[[object], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(step: object) -> None:
        print(f"\r{step.message} {step.done}/{step.total}", end="", file=sys.stderr, flush=True)  # type: ignore[attr-defined]

    return show


def cmd_templates(args: argparse.Namespace) -> int:
    from kc_desktop.services import templates

    if args.action == "import":
        _readable(args.file)
        db = _open(args)
        template_id = templates.import_template(db, _actor(db, args), args.file, args.kind)
        if args.publish:
            templates.publish(db, _actor(db, args), template_id)
        row = next(t for t in templates.list_templates(db) if t.id == template_id)
        print(
            f"Đã nhập mẫu {row.code} phiên bản {row.template_version} ({row.question_count} câu hỏi), "
            f"trạng thái: {row.status_label}."
        )
        return 0
    db = _open(args, create=False)
    if args.action == "export":
        version = templates.export_template(db, args.code, args.file, args.template_version)
        print(f"Đã xuất mẫu {args.code} phiên bản {version} ra {args.file}.")
        return 0
    for row in templates.list_templates(db):
        print(
            f"{row.code:<32} {row.template_version:<8} {row.status_label:<10} {row.question_count:>4} câu  {row.title}"
        )
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from kc_desktop.documents import render
    from kc_desktop.progress import drive
    from kc_desktop.services import record_index

    db = _open(args, create=False)
    if not args.all:
        record_id = record_index.resolve(db, args.kind, args.id)  # the full id, or its 8-character prefix
        path = args.output if args.output.suffix.lower() == ".pdf" else args.output / f"{args.kind}-{record_id[:8]}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        render.render_record(db, args.kind, record_id, path)
        print(path)
        return 0
    args.output.mkdir(parents=True, exist_ok=True)
    jobs = [(args.kind, record_id, args.output / name) for record_id, name in _printable(db, args.kind)]
    count = drive(render.render_batch(jobs, db.url), _progress_printer())
    print(f"Đã in {count} biên bản vào {args.output}.")
    return 0


def _printable(db: object, kind: str) -> list[tuple[str, str]]:
    """(record id, file name) of every record of a kind; drafts are named as drafts."""
    from kc_desktop.services import acceptances, field_record_list, field_records

    if kind == "acceptance":
        records = [acceptances.load(db, i) for i in acceptances.ids(db)]  # type: ignore[arg-type]
    else:
        records = [field_records.load(db, i) for i in field_record_list.search_ids(db, kind)]  # type: ignore[arg-type]
    names = []
    for record in records:
        day = getattr(record, "record_date", None) or getattr(record, "acceptance_date", None)
        number = record.number_text.replace("/", "-") if record.number_text else "BAN-NHAP"
        names.append((record.id, f"{number}-{day.year if day else ''}-{record.id[:8]}.pdf"))
    return names


def cmd_records(args: argparse.Namespace) -> int:
    from kc_desktop.services import record_index

    lines = record_index.list_records(_open(args, create=False), args.kind)
    if args.json:
        print(json.dumps([line.to_dict() for line in lines], ensure_ascii=False, indent=2))
        return 0
    for line in lines:
        day = f"{line.date:%d/%m/%Y}" if line.date else "chưa ghi ngày"
        print(f"{line.id[:8]}  {record_index.KIND_LABELS[line.kind]:<10} {line.number or '(chưa có số)':<14} "
              f"{day:<13} {record_index.STATE_LABELS.get(line.state, line.state):<12} {line.establishment}")
    print(f"{len(lines)} biên bản.")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "records": cmd_records,
    "init": cmd_init,
    "demo": cmd_demo,
    "stats": cmd_stats,
    "establishments": cmd_establishments,
    "templates": cmd_templates,
    "print": cmd_print,
}
