"""`kc-desktop gallery -o DIR [--size 1280x680] [--scale 1.5] [--lang vi|en]`: a picture of every window.

Every main screen, editor and dialog is opened offscreen on a screen whose available geometry is --size
logical pixels at --scale (as Windows' display scaling), and saved as one PNG named after the screen. The
exit status is 1, with one line on stderr per window, when a window's minimum size does not fit that
screen or a window cannot be opened.

The size and scale are simulated before Qt starts: the offscreen platform reads its screen from a JSON
file (QT_QPA_PLATFORM=offscreen:configfile=…; its size is in device pixels, --size × --scale) and
QT_SCALE_FACTOR scales the interface. The user's database is never changed: the gallery works on a copy
(filled with a small set of demo data when it has none) in a temporary folder, which is also the data folder
for the run; the interface language chosen here is not kept.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kc_desktop.errors import KCError

if TYPE_CHECKING:
    from kc_desktop.cli.common import Parser
    from kc_desktop.db.engine import Database

# Logical pixels of 1920×1080 at 150 % (or 1280×720 at 100 %) less a 40-pixel taskbar.
DEFAULT_SIZE = "1280x680"
# The demo data made when the database has none: small, the gallery stays quick.
DEMO_ESTABLISHMENTS = 40
DEMO_PROJECTS = 8
_QT_SCALING = ("QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR", "QT_ENABLE_HIGHDPI_SCALING",
               "QT_USE_PHYSICAL_DPI", "QT_FONT_DPI")


def size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{3,5})\s*[x×X]\s*(\d{3,5})\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError("cần dạng RỘNGxCAO, ví dụ 1280x680")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError("kích thước phải từ 320x240 đến 8000x8000")
    return width, height


def scale(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError("cần một số, ví dụ 1.5") from None
    if not 0.5 <= value <= 4:
        raise argparse.ArgumentTypeError("tỉ lệ phải từ 0.5 đến 4")
    return value


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    gallery = commands.add_parser(
        "gallery", help="chụp ảnh mọi màn hình, trình soạn biên bản và hộp thoại (không hiện cửa sổ); "
                        "báo lỗi khi cửa sổ không vừa màn hình")
    gallery.add_argument("-o", "--output", required=True, type=Path, help="thư mục lưu ảnh PNG")
    gallery.add_argument("--size", type=size, default=size(DEFAULT_SIZE),
                         help=f"vùng màn hình dùng được (trừ thanh tác vụ), điểm ảnh logic (mặc định {DEFAULT_SIZE})")
    gallery.add_argument("--scale", type=scale, default=1.0, help="tỉ lệ hiển thị như trong Windows (1.5 = 150 %%)")
    gallery.add_argument("--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ giao diện (không lưu lại)")


def _source(db: str | None) -> Path:
    from sqlalchemy.engine import make_url

    from kc_desktop.db.engine import database_url

    url = make_url(database_url(db))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise KCError("Lệnh gallery chỉ dùng tệp SQLite trên máy này (làm việc trên một bản sao).")
    return Path(url.database)


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the database file (the original is only read)."""
    import sqlite3

    from kc_desktop.paths import not_a_file

    problem = not_a_file(source)
    if problem:
        raise KCError(problem)
    reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def _with_demo_data(db: Database) -> None:
    """Demo data in a database that has too little to show (no office, establishment or minutes)."""
    from kc_desktop.progress import drive
    from kc_desktop.services import demo, demo_work, establishments, installation, minutes
    from kc_desktop.services.installation import current_actor

    actor = current_actor(db) if installation.office_info(db) is not None else None
    actor = actor or demo.ensure_office(db)
    if establishments.count(db) == 0:
        drive(demo.generate(db, actor, establishments=DEMO_ESTABLISHMENTS, seed=1))
    if any(not minutes.search_ids(db, kind) for kind in ("survey", "inspection", "acceptance")):
        drive(demo_work.generate(db, actor, count=DEMO_PROJECTS, seed=1))


def _simulate_screen(folder: Path, width: int, height: int, factor: float) -> None:
    """The offscreen platform with one screen of `width`×`height` logical pixels at `factor`."""
    config = folder / "screen.json"
    screen = {"name": "Gallery", "x": 0, "y": 0, "width": round(width * factor), "height": round(height * factor),
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = f"{factor:g}"
    for name in _QT_SCALING:
        os.environ.pop(name, None)


def cmd_gallery(args: argparse.Namespace) -> int:
    widgets = sys.modules.get("PySide6.QtWidgets")  # looked at, never imported here: the core stays Qt-free
    if widgets is not None and widgets.QApplication.instance() is not None:
        raise KCError("Lệnh gallery cần chạy trong một tiến trình riêng (Qt đã được khởi động).")
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise KCError(f"«{output}» là một tệp, không phải thư mục.")
    width, height = args.size
    source = _source(args.db)
    with tempfile.TemporaryDirectory(prefix="kc-gallery-") as folder:
        work = Path(folder)
        _simulate_screen(work, width, height, args.scale)
        previous_data = os.environ.get("KC_DESKTOP_DATA")
        os.environ["KC_DESKTOP_DATA"] = str(work / "data")  # keys, settings and logs of this run stay here
        from kc_desktop.db.engine import open_database
        from kc_desktop.services import setup

        copy = work / "db" / "kc_desktop.sqlite"
        copy.parent.mkdir()
        if source.exists():
            _copy(source, copy)
        db = open_database(copy)
        try:
            setup.ensure_reference_data(db)
            _with_demo_data(db)
            from kc_desktop.gui import gallery

            result = gallery.run(db, output, work, args.lang)
            available = gallery.screen_size()
        finally:
            from kc_desktop.gui.tasks import BackgroundOp

            BackgroundOp.cancel_all_and_wait()
            db.close()
            if previous_data is None:
                os.environ.pop("KC_DESKTOP_DATA", None)
            else:
                os.environ["KC_DESKTOP_DATA"] = previous_data
    where = f"{width}×{height}, tỉ lệ {args.scale:g}"
    if available != (width, height):
        print(f"Lưu ý: màn hình mô phỏng là {available[0]}×{available[1]} điểm ảnh logic "
              f"(yêu cầu {width}×{height}).", file=sys.stderr)
    for name, why in result.misfits.items():
        print(f"Lỗi: cửa sổ «{name}» không vừa màn hình {where}: {why}.", file=sys.stderr)
    for name, why in result.failures.items():
        print(f"Lỗi: không mở được «{name}»: {why}.", file=sys.stderr)
    print(f"Đã lưu {len(result.saved)} ảnh vào «{output}» ({where}).")
    return 1 if result.misfits or result.failures else 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"gallery": cmd_gallery}
