"""Commands on an office's data: init, demo, stats, establishments, templates, print, records."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kc_desktop.cli.common import (
    Parser,
    acting,
    count,
    open_db,
    progress_printer,
    readable,
    row_json,
    signed_in,
)
from kc_desktop.errors import KCError

if TYPE_CHECKING:
    from kc_desktop.db.engine import Database


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:

    init = commands.add_parser("init", help="thiết lập đơn vị và cán bộ cho cơ sở dữ liệu mới")
    init.add_argument("--site-code", required=True)
    init.add_argument("--site-name", required=True)
    init.add_argument("--level", default="commune", choices=["commune", "district", "city"])
    init.add_argument("--admin-unit", help="mã xã/phường (5 chữ số)")
    init.add_argument("--officer", required=True, help="họ tên cán bộ")
    init.add_argument("--title", default="", help="chức vụ")

    demo = commands.add_parser("demo", help="tạo dữ liệu mẫu")
    demo.add_argument("--establishments", type=count, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--projects", type=count, default=40, help="số đề án mẫu (kèm khảo sát, kiểm tra)")

    stats = commands.add_parser("stats", help="số bản ghi theo loại")
    stats.add_argument("--json", action="store_true")

    est = commands.add_parser("establishments", help="danh sách cơ sở CNNT").add_subparsers(
        dest="action", required=True, parser_class=Parser
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
        dest="action", required=True, parser_class=Parser
    )
    timp = tpl.add_parser("import", help="nhập mẫu phiếu từ tệp XLSForm (.xlsx, .xls hoặc .ods)")
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
    prt.add_argument("--progress", action="store_true",
                     help="in tờ «Tình hình thực hiện kiến nghị» (tình trạng hiện nay của các việc cần thực hiện) "
                          "của biên bản khảo sát, kiểm tra đã hoàn tất, thay cho biên bản")

    rec = commands.add_parser("records", help="biên bản khảo sát, kiểm tra, nghiệm thu").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    rls = rec.add_parser("list", help="mã, số, ngày và tình trạng của các biên bản")
    rls.add_argument("--kind", choices=["survey", "inspection", "acceptance"])
    rls.add_argument("--json", action="store_true")


def cmd_init(args: argparse.Namespace) -> int:
    from kc_desktop.errors import ValidationFailed
    from kc_desktop.services import installation, setup

    db = open_db(args)
    identity = setup.SiteIdentity(args.site_code, args.site_name, args.level, args.admin_unit, args.officer, args.title)
    try:
        setup.initialize(db, identity)
    except ValidationFailed as exc:
        raise KCError(" ".join(exc.errors.values())) from exc
    info = installation.office_info(db)
    assert info is not None
    print(f"Đã thiết lập đơn vị {info.site_code} – {info.site_name}; cán bộ {info.officer_name}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kc_desktop.progress import drive
    from kc_desktop.services import demo

    db = open_db(args)
    actor = signed_in(db, args) or demo.ensure_office(db)
    summary = drive(demo.generate(db, actor, establishments=args.establishments, seed=args.seed), progress_printer())
    from kc_desktop.services import demo_work

    work = drive(demo_work.generate(db, actor, count=args.projects, seed=args.seed), progress_printer())
    print(
        f"Đã tạo {summary.establishments} cơ sở mẫu ({summary.craft_villages} làng nghề), {work.projects} đề án, "
        f"{work.surveys} biên bản khảo sát, {work.inspections} biên bản kiểm tra, "
        f"{work.acceptances} biên bản nghiệm thu."
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kc_desktop.services.stats import record_counts

    counts = record_counts(open_db(args, create=False))
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

        readable(args.file)
        db = open_db(args)
        report = drive(import_establishments(db, acting(db, args), args.file, dry_run=args.dry_run),
                       progress_printer())
        if args.json:
            print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        else:
            for outcome in report.rejected_rows:  # rejected rows on stderr: the summary stays on stdout
                print(f"Dòng {outcome.row}: {outcome.reason}", file=sys.stderr)
            print(report.summary())
        return 1 if report.rejected else 0
    if args.action == "export":
        from kc_desktop.xlsx.establishments import export_establishments

        db = open_db(args, create=False)
        written = drive(export_establishments(db, args.file, EstablishmentFilter(text=args.search)))
        print(f"Đã xuất {written} cơ sở ra {args.file}.")
        return 0
    db = open_db(args, create=False)
    ids = establishments.search_ids(db, EstablishmentFilter(text=args.search, deleted=args.deleted))
    rows = establishments.rows(db, ids)
    if args.json:
        print(json.dumps([row_json(r) for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(
                f"{r.tax_code or '-':<15} {r.name} — {r.admin_unit_name}"
                + (f" — {r.craft_village_name}" if r.craft_village_name else "")
            )
        print(f"{len(rows)} cơ sở.")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from kc_desktop.forms.definition import Problem, TemplateError
    from kc_desktop.services import templates

    notes: list[Problem] = []
    if args.action == "import":
        readable(args.file)
        db = open_db(args)
        try:
            template_id = templates.import_template(db, acting(db, args), args.file, args.kind, notes=notes)
        except TemplateError as exc:  # one line, however many problems (a refusal can list thousands)
            raise KCError(exc.summary()) from exc
        for note in notes[:5]:
            print(f"Lưu ý: {note}", file=sys.stderr)
        if len(notes) > 5:
            print(f"Lưu ý: … và {len(notes) - 5} lưu ý khác.", file=sys.stderr)
        if args.publish:
            templates.publish(db, acting(db, args), template_id)
        row = next(t for t in templates.list_templates(db) if t.id == template_id)
        print(
            f"Đã nhập mẫu {row.code} phiên bản {row.template_version} ({row.question_count} câu hỏi), "
            f"trạng thái: {row.status_label}."
        )
        return 0
    db = open_db(args, create=False)
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

    db = open_db(args, create=False)
    if args.progress and args.kind == "acceptance":
        raise KCError("Biên bản nghiệm thu không có việc cần thực hiện; --progress dùng cho survey, inspection.")
    renderer = render.PROGRESS if args.progress else args.kind
    prefix = "tinh-hinh-" if args.progress else ""
    if not args.all:
        record_id = record_index.resolve(db, args.kind, args.id)  # the full id, or its 8-character prefix
        path = (args.output if args.output.suffix.lower() == ".pdf"
                else args.output / f"{prefix}{args.kind}-{record_id[:8]}.pdf")
        path.parent.mkdir(parents=True, exist_ok=True)
        render.render_record(db, renderer, record_id, path)
        print(path)
        return 0
    args.output.mkdir(parents=True, exist_ok=True)
    printable = _printable(db, args.kind, finalized_only=args.progress)
    jobs = [(renderer, record_id, args.output / (prefix + name)) for record_id, name in printable]
    count = drive(render.render_batch(jobs, db.url), progress_printer())
    what = "tờ tình hình thực hiện kiến nghị" if args.progress else "biên bản"
    print(f"Đã in {count} {what} vào {args.output}.")
    return 0


def _printable(db: Database, kind: str, finalized_only: bool = False) -> list[tuple[str, str]]:
    """(record id, file name) of every record of a kind; drafts are named as drafts."""
    from kc_desktop.services import minutes

    service = minutes.service(kind)
    records = [service.load(db, i) for i in minutes.search_ids(db, kind)]
    if finalized_only:
        records = [r for r in records if r.state == "finalized"]
    names = []
    for record in records:
        day = getattr(record, "record_date", None) or getattr(record, "acceptance_date", None)
        number = record.number_text.replace("/", "-") if record.number_text else "BAN-NHAP"
        names.append((record.id, f"{number}-{day.year if day else ''}-{record.id[:8]}.pdf"))
    return names


def cmd_records(args: argparse.Namespace) -> int:
    from kc_desktop.services import record_index

    lines = record_index.list_records(open_db(args, create=False), args.kind)
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
