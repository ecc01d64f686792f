"""`kc-desktop --self-test`: prove an installed program works, in a few seconds, without a screen.

It opens a temporary database (created and migrated), sets up an office, creates an establishment and
a finalized survey, prints its minutes to PDF and reads the text back, exports a signed package and
verifies it, then builds the main window offscreen. Every step prints one line; the first failure
stops the test with exit status 1. Nothing outside a temporary folder is touched.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kc_desktop import __version__


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kc-self-test-") as folder:
        root = Path(folder)
        previous = os.environ.get("KC_DESKTOP_DATA")
        os.environ["KC_DESKTOP_DATA"] = str(root / "data")  # keys, backups, attachments stay in the folder
        state: dict[str, object] = {"root": root}
        try:
            for label, step in STEPS:
                began = time.perf_counter()
                try:
                    detail = step(state)
                except Exception as exc:  # noqa: BLE001 - a self-test reports whatever breaks
                    print(f"LỖI   {label}: {type(exc).__name__}: {exc}", flush=True)
                    return 1
                print(f"ĐẠT   {label} ({(time.perf_counter() - began) * 1000:.0f} ms){detail}", flush=True)
        finally:
            database = state.get("db")
            if database is not None:
                database.close()  # type: ignore[attr-defined]
            if previous is None:
                os.environ.pop("KC_DESKTOP_DATA", None)
            else:
                os.environ["KC_DESKTOP_DATA"] = previous
    print(f"KC Desktop {__version__}: tự kiểm tra đạt trong {time.perf_counter() - started:.1f} s.", flush=True)
    return 0


def _database(state: dict) -> str:
    from kc_desktop.db.engine import open_database
    from kc_desktop.db.migrate import head_revision
    from kc_desktop.services import setup

    db = open_database(state["root"] / "kc.sqlite")
    state["db"] = db
    setup.ensure_reference_data(db)
    state["actor"] = setup.initialize(db, setup.SiteIdentity("TEST", "UBND xã Bát Tràng", "commune", "00583",
                                                             "Cán bộ kiểm tra"))
    return f": lược đồ {head_revision()}"


def _record(state: dict) -> str:
    from kc_desktop.domain.establishment import EstablishmentInput
    from kc_desktop.services import establishments, field_records, templates

    db, actor = state["db"], state["actor"]
    state["establishment"] = establishments.create(db, actor, EstablishmentInput(  # type: ignore[arg-type]
        name="Công ty TNHH Gốm sứ Minh Long", tax_code="0100233488", admin_unit_code="00583"))
    template = templates.published(db, "survey")[0]  # type: ignore[arg-type]
    record = field_records.start(db, actor, "survey", template.id,  # type: ignore[arg-type]
                                 establishment_id=state["establishment"], record_date=dt.date.today())
    state["record"] = record
    return f": cơ sở và biên bản khảo sát {record[:8]}"


def _expressions(state: dict) -> str:
    """The form engine with its compiled parts (RE2 for regex()), as a template's constraints use it."""
    from kc_desktop.forms.expressions import evaluate, parse

    checks = {"regex(., '(a+)+b')": ("a" * 10_000, False), "regex(., '[0-9]{10}')": ("0912345678", True),
              "format-date(date('2026-02-05'), '%d/%m/%Y')": ("", "05/02/2026")}
    for text, (current, expected) in checks.items():
        got = evaluate(parse(text), {}, current)
        if got != expected:
            raise RuntimeError(f"{text} = {got!r}, cần {expected!r}")
    return f": {len(checks)} biểu thức"


def _pdf(state: dict) -> str:
    from kc_desktop.documents import render

    path = state["root"] / "bien-ban.pdf"
    render.render_record(state["db"], "survey", state["record"], path)  # type: ignore[arg-type]
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:] or b"LiberationSerif" not in data:
        raise RuntimeError("tệp PDF không hoàn chỉnh hoặc thiếu phông chữ nhúng")
    return f": {len(data) // 1024} KB, phông chữ nhúng"


def _package(state: dict) -> str:
    from kc_desktop.sync import identity, package
    from kc_desktop.sync.export import export_changes

    db = state["db"]
    result = export_changes(db, state["root"] / "usb")  # type: ignore[arg-type]
    if result.path is None:
        raise RuntimeError("không có gì để xuất")
    public = identity.signing_key(db).public_key()  # type: ignore[arg-type]
    read = package.read(result.path, lambda site: public)
    return f": {len(read.changes)} bản ghi, chữ ký đúng"


def _window(state: dict) -> str:
    from kc_desktop.app import make_application
    from kc_desktop.gui.context import AppContext
    from kc_desktop.gui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    window = MainWindow(AppContext.load(state["db"]))  # type: ignore[arg-type]
    window.show()
    app.processEvents()
    areas = window.navigation.count()
    window.close()
    window.deleteLater()
    app.processEvents()
    return f": {areas} khu vực, nền {app.platformName()}"


STEPS: tuple[tuple[str, Callable[[dict], str]], ...] = (
    ("Mở và nâng cấp cơ sở dữ liệu tạm", _database),
    ("Tạo hồ sơ", _record),
    ("Tính biểu thức của mẫu phiếu", _expressions),
    ("In biên bản ra PDF", _pdf),
    ("Xuất gói dữ liệu có chữ ký", _package),
    ("Mở cửa sổ chính (không màn hình)", _window),
)
