"""Command line of the exchange with the city office (DESIGN.md §4, §6): `sync …` on an office's
database, `city …` on the city office's."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kc_desktop.errors import KCError

if TYPE_CHECKING:
    from kc_desktop.cli.common import Parser
    from kc_desktop.db.changelog import Actor
    from kc_desktop.db.engine import Database


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    snc = commands.add_parser("sync", help="trao đổi dữ liệu với Sở").add_subparsers(dest="action", required=True)
    sexp = snc.add_parser("export", help="xuất các thay đổi chưa gửi Sở thành một gói có chữ ký")
    sexp.add_argument("-o", "--output", required=True, type=Path, help="thư mục chứa gói")
    sexp.add_argument("--all", action="store_true", help="xuất lại toàn bộ dữ liệu")
    sexp.add_argument("--encrypt", action="store_true", help="mã hóa gói bằng khóa của Sở")
    rec = snc.add_parser("receipt", help="đọc biên nhận của Sở")
    rec.add_argument("file", type=Path)
    ref = snc.add_parser("reference", help="đọc gói danh mục của Sở (đề án được duyệt, mẫu phiếu, mức hỗ trợ)")
    ref.add_argument("file", type=Path)
    tcity = snc.add_parser("trust-city", help="tin cậy khóa của Sở (sau khi đối chiếu dấu vân tay)")
    _trust_arguments(tcity)
    card = snc.add_parser("card", help="ghi thẻ khóa công khai của đơn vị ra tệp")
    card.add_argument("-o", "--output", required=True, type=Path)
    snc.add_parser("rotate-key", help="đổi khóa của đơn vị (Sở nhận khóa mới qua thông báo ký bằng khóa cũ)")
    rcity = snc.add_parser("revoke-city", help="thu hồi khóa của Sở đang tin cậy (máy của Sở bị mất)")
    rcity.add_argument("--site", default="", help="mã của Sở (khi tin cậy nhiều khóa của Sở)")
    rcv = snc.add_parser("recover", help="lấy lại dữ liệu của đơn vị từ gói khôi phục của Sở")
    rcv.add_argument("file", type=Path)

    city = commands.add_parser("city", help="chế độ Sở: nhập gói, biên nhận, báo cáo").add_subparsers(
        dest="action", required=True)
    cimp = city.add_parser("import", help="nhập các gói của đơn vị (tệp hoặc thư mục)")
    cimp.add_argument("packages", nargs="+", type=Path)
    tsite = city.add_parser("trust-site", help="tin cậy khóa của một đơn vị (sau khi đối chiếu dấu vân tay)")
    _trust_arguments(tsite)
    crec = city.add_parser("receipts", help="ghi biên nhận có chữ ký cho từng đơn vị")
    crec.add_argument("-o", "--output", required=True, type=Path)
    cpub = city.add_parser("publish", help="ghi gói danh mục cho từng đơn vị")
    cpub.add_argument("-o", "--output", required=True, type=Path)
    cpub.add_argument("--limits", type=Path, help="bảng mức hỗ trợ mới (.json) để áp dụng và gửi đi")
    city.add_parser("status", help="các đơn vị đã tin cậy, gói đã nhận, gói còn thiếu, xung đột")
    ccard = city.add_parser("card", help="ghi thẻ khóa công khai của Sở ra tệp")
    ccard.add_argument("-o", "--output", required=True, type=Path)
    city.add_parser("rotate-key", help="đổi khóa của Sở (các đơn vị nhận khóa mới qua thông báo ký bằng khóa cũ)")
    rsite = city.add_parser("revoke-site", help="thu hồi khóa của một đơn vị (máy bị mất, bị đánh cắp)")
    rsite.add_argument("code", help="mã đơn vị")
    crcv = city.add_parser("recovery", help="gói khôi phục: mọi dữ liệu Sở đang giữ của một đơn vị")
    crcv.add_argument("--site", required=True, help="mã đơn vị")
    crcv.add_argument("-o", "--output", required=True, type=Path, help="thư mục chứa gói")
    crep = city.add_parser("report", help="báo cáo tổng hợp năm ra tệp Excel")
    crep.add_argument("--year", required=True, type=int)
    crep.add_argument("-o", "--output", required=True, type=Path)
    crep.add_argument("--site", help="chỉ dữ liệu của một đơn vị (mã đơn vị)")


def _trust_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="một gói do đơn vị đó gửi, hoặc thẻ khóa (.json) của đơn vị")
    parser.add_argument("--fingerprint", help="dấu vân tay đơn vị đọc cho bạn (nếu không có, sẽ hỏi)")


def _db(args: argparse.Namespace) -> Database:
    from kc_desktop.cli.common import open_db as _open

    return _open(args, create=False)


def _who(db: Database, args: argparse.Namespace) -> Actor | None:
    """The signed-in officer, or the installation's."""
    from kc_desktop.cli.common import signed_in

    return signed_in(db, args)


def cmd_sync(args: argparse.Namespace) -> int:
    from kc_desktop.sync import office, trust
    from kc_desktop.sync.export import export_changes

    db = _db(args)
    if args.action == "export":
        result = export_changes(db, args.output, everything=args.all, encrypt=args.encrypt)
        for warning in result.missing:
            print(f"Cảnh báo: {warning}", file=sys.stderr)
        if result.path is None:
            print("Không có thay đổi nào mới kể từ lần Sở xác nhận gần nhất.", file=sys.stderr)
            return 0
        print(result.path)
    elif args.action == "receipt":
        receipt = office.read_receipt(db, args.file)
        print(f"Sở đã nhận các thay đổi đến số {receipt.acknowledged}; lần xuất sau chỉ gồm thay đổi mới hơn.")
    elif args.action == "reference":
        ref = office.read_reference(db, args.file)
        if ref.already:
            print(f"{args.file.name}: đã đọc trước đó, không có gì thay đổi.")
        else:
            print(f"{args.file.name} (gói danh mục số {ref.number}): {ref.applied.written} bản ghi mới hoặc cập nhật, "
                  f"{ref.applied.unchanged} không đổi, {ref.applied.conflicts} xung đột"
                  f"{', cập nhật mức hỗ trợ' if ref.support_limits else ''}.")
    elif args.action == "trust-city":
        return _trust(db, args, city=True)
    elif args.action == "card":
        print(trust.write_card(db, args.output))
    elif args.action == "rotate-key":
        _rotate(db, args, "Sở")
    elif args.action == "revoke-city":
        row = trust.revoke_code(db, args.site, city=True, actor=_who(db, args))
        print(f"Đã thu hồi khóa {row.fingerprint} của {row.code} – {row.name}; gói ký bằng khóa này sẽ bị từ chối.")
    elif args.action == "recover":
        recovered = office.recover(db, args.file)
        if recovered.already:
            print(f"{args.file.name}: đã đọc trước đó, không có gì thay đổi.")
        else:
            print(f"{args.file.name}: {recovered.summary}")
    return 0


def _rotate(db: Database, args: argparse.Namespace, other: str) -> None:
    from kc_desktop.sync import identity

    before, after = identity.rotate(db, _who(db, args))
    print(f"Đã đổi khóa: dấu vân tay cũ {before}, mới {after}.")
    print(f"Gói gửi đi từ nay ký bằng khóa mới, kèm thông báo ký bằng khóa cũ; {other} nhận khóa mới "
          "khi đọc gói đầu tiên, không cần gọi điện đối chiếu.")


def _trust(db: Database, args: argparse.Namespace, *, city: bool) -> int:
    from kc_desktop.domain.enums import SiteLevel
    from kc_desktop.services.installation import office_info
    from kc_desktop.sync import trust

    card = trust.card_from_file(db, args.file)
    if city != (card.level == SiteLevel.CITY.value):
        raise KCError(f"«{args.file.name}» là khóa của {card.level_label.lower()} {card.code}, "
                      f"không phải của {'Sở' if city else 'một đơn vị'}.")
    print(f"Đơn vị: {card.code} – {card.name} ({card.level_label})")
    print(f"Dấu vân tay: {card.fingerprint}")
    typed = args.fingerprint
    if typed is None:
        if not sys.stdin.isatty():
            raise KCError("Cần xác nhận dấu vân tay: chạy lại với --fingerprint \"…\" như đơn vị đọc cho bạn.")
        typed = input("Nhập dấu vân tay đơn vị đọc cho bạn (qua điện thoại, giấy tờ) để xác nhận: ")
    me = office_info(db, getattr(_who(db, args), "officer_id", None))
    trust.trust(db, card, typed, by=me.officer_name if me else "", actor=_who(db, args))
    print(f"Đã tin cậy khóa của {card.code} – {card.name}.")
    return 0


def cmd_city(args: argparse.Namespace) -> int:
    from kc_desktop.sync import city

    db = _db(args)
    if args.action == "report":
        return _report(db, args)
    city.require_city(db)
    if args.action == "import":
        return _import(db, args.packages, _who(db, args))
    if args.action == "trust-site":
        return _trust(db, args, city=False)
    if args.action == "receipts":
        for path in city.write_receipts(db, args.output, actor=_who(db, args)):
            print(path)
    elif args.action == "publish":
        if args.limits is not None:
            city.set_support_limits(db, args.limits, actor=_who(db, args))
        for path in city.publish_reference(db, args.output, actor=_who(db, args)):
            print(path)
    elif args.action == "status":
        _status(db)
    elif args.action == "card":
        from kc_desktop.sync import trust

        print(trust.write_card(db, args.output))
    elif args.action == "rotate-key":
        _rotate(db, args, "các đơn vị")
    elif args.action == "revoke-site":
        from kc_desktop.sync import trust

        row = trust.revoke_code(db, args.code, city=False, actor=_who(db, args))
        print(f"Đã thu hồi khóa {row.fingerprint} của {row.code} – {row.name}; gói ký bằng khóa này sẽ bị từ chối. "
              "Khi đơn vị có khóa mới, hãy tin cậy lại bằng city trust-site sau khi đối chiếu dấu vân tay.")
    elif args.action == "recovery":
        made = city.write_recovery(db, args.site, args.output, actor=_who(db, args))
        for warning in made.missing:
            print(f"Cảnh báo: {warning}", file=sys.stderr)
        print(made.path)
    return 0


def _import(db: Database, items: list[Path], actor: Actor | None = None) -> int:
    from kc_desktop.progress import Progress
    from kc_desktop.sync import city

    if not city.package_files(items):
        raise KCError("Không có gói dữ liệu (.kcpkg) nào trong các đường dẫn đã cho.")
    rejected = 0
    for item in city.import_many(db, items, actor):
        if isinstance(item, Progress):
            continue
        rejected += item.status == city.REJECTED
        print(item.line, file=sys.stderr if item.status == city.REJECTED else sys.stdout, flush=True)
    for gap in city.gaps(db):
        print(gap.message)
    return 1 if rejected else 0


def _status(db: Database) -> None:
    from kc_desktop.sync import city, conflicts, trust

    ranges = city.received_ranges(db)
    for row in trust.trusted(db):
        have = ", ".join(f"{a}–{b}" for a, b in ranges.get(row.site_id, [])) or "chưa có"
        state = "" if row.active else " (đã thu hồi)"
        print(f"{row.code:<12} {row.name}{state}: đã nhận {have}; dấu vân tay {row.fingerprint}")
    for gap in city.gaps(db):
        print(gap.message)
    print(f"Xung đột chờ xem xét: {conflicts.open_conflict_count(db)}")


def _report(db: Database, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from kc_desktop.db.models import Site
    from kc_desktop.reports.city import write_report

    site_id = None
    if args.site:
        with db.read() as session:
            site_id = session.scalar(select(Site.id).where(Site.code == args.site))
        if site_id is None:
            raise KCError(f"Không có đơn vị mã «{args.site}» trong cơ sở dữ liệu.")
    write_report(db, args.year, args.output, site_id=site_id)
    print(args.output)
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"sync": cmd_sync, "city": cmd_city}
