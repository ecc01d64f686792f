"""Importing a 10,000-row office spreadsheet, against openpyxl merely reading the same file."""

from __future__ import annotations

import random
import statistics
import time
import warnings
from pathlib import Path

from openpyxl import Workbook, load_workbook

from bench.common import report, scratch, size, timed

ROWS = size(10_000, 200)
_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Phùng"]
_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Quang", "Thu", "Hữu"]
_GIVEN = ["Hùng", "Lan", "Hương", "Dũng", "Tuấn", "Nga", "Hải", "Thảo", "Long", "Trang", "Sơn", "Yến"]
_TRADES = [("Gốm sứ", "Bát đĩa, bình hoa"), ("Dệt lụa", "Khăn lụa"), ("Sơn mài", "Tranh sơn mài"),
           ("Mây tre đan", "Giỏ mây"), ("Đồ gỗ mỹ nghệ", "Tượng gỗ"), ("Chế biến thực phẩm", "Bún khô"),
           ("Cơ khí", "Phụ tùng"), ("May mặc", "Quần áo")]
_KINDS = ["Hộ kinh doanh", "Công ty TNHH", "HTX", "Doanh nghiệp tư nhân"]


def tax_code(seed: int) -> str:
    """A valid 10-digit tax code (DOMAIN.md §4: weights 31…3, check = 10 − sum mod 11, remainder 0 invalid)."""
    while True:
        head = f"{seed % 10**9:09d}"
        remainder = sum(int(d) * w for d, w in zip(head, _WEIGHTS, strict=True)) % 11
        if remainder:
            return head + str(10 - remainder)
        seed += 1


def make_sheet(path: Path, rows: int = ROWS, seed: int = 1) -> None:
    """An office list: title rows, a two-row header, rows with numeric and text codes, a total and signatures."""
    from vietnam_provinces import Ward

    rng = random.Random(seed)
    units = [w.name for w in Ward.iter_all() if int(w.province_code) == 1]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.merged_cells.add("A2:L2")
    sheet.append(["UBND THÀNH PHỐ HÀ NỘI"])
    sheet.append(["DANH SÁCH CƠ SỞ CÔNG NGHIỆP NÔNG THÔN NĂM 2025"])
    sheet.append([])
    sheet.append(["STT", "Tên cơ sở", "Mã số thuế", "Loại hình", "Người đại diện", "Điện thoại", "Địa chỉ", None,
                  "Ngành nghề", "Sản phẩm chính", "Số lao động", "Chủ là nữ", "Ghi chú"])
    sheet.append([None, None, None, None, None, None, "Thôn", "Xã/Phường"])
    codes = rng.sample(range(10_000_000, 999_000_000), rows)
    for n in range(1, rows + 1):
        owner = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        trade, products = rng.choice(_TRADES)
        code = tax_code(codes[n - 1])
        kind = rng.choice(_KINDS)
        phone = f"09{rng.randrange(10**8):08d}"
        sheet.append([
            n,
            f"{kind} {trade} {owner} {n}",
            int(code) if n % 3 == 0 else code,  # a third stored as numbers, leading zero lost
            kind,
            owner,
            int(phone) if n % 2 else phone,
            f"Thôn {rng.randrange(1, 12)}",
            rng.choice(units),
            trade,
            products,
            rng.randrange(1, 200),
            "x" if rng.random() < 0.3 else None,
            "",
        ])
    sheet.append(["Tổng cộng"])
    sheet.append([])
    sheet.append([None, None, None, None, None, None, None, None, "Hà Nội, ngày 05 tháng 02 năm 2026"])
    sheet.append([None, "Người lập biểu", None, None, None, None, None, None, "Thủ trưởng đơn vị"])
    book.save(path)


def read_only_pass(path: Path) -> int:
    """The baseline: what openpyxl does just to read every value of the sheet."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(path, read_only=True, data_only=True)
        count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
    return count


def _import_seconds(path: Path, folder: Path, label: str) -> float:
    """Median of three imports of `path` into fresh databases."""
    from kc_desktop.db.engine import open_database
    from kc_desktop.progress import drive
    from kc_desktop.services import setup
    from kc_desktop.xlsx.establishments import import_establishments

    seconds: list[float] = []
    for attempt in range(3):
        db = open_database(folder / f"kc-{label}-{attempt}.sqlite")
        actor = setup.initialize(db, setup.SiteIdentity("HN01", "Trung tâm Khuyến công", "city", None, "Nguyễn An"))
        start = time.perf_counter()
        result = drive(import_establishments(db, actor, path))
        seconds.append(time.perf_counter() - start)
        assert result.created == ROWS and result.rejected == 0, result.summary()
        db.close()
    return statistics.median(seconds)


def _other_formats(path: Path) -> dict[str, Path]:
    """The same list as Excel 97–2003 .xls and LibreOffice .ods, written by the tests' factory (needs xlwt)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "unit"))
    try:
        from xlsx_factory import save_as
    except ImportError:
        return {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(path)
    made: dict[str, Path] = {}
    for suffix in ("xls", "ods"):
        try:
            made[suffix] = save_as(book, path.with_suffix(f".{suffix}"))
        except ImportError:  # xlwt is a test extra
            continue
    return made


def run() -> None:
    folder = scratch("import")
    path = folder / "co-so-10k.xlsx"
    make_sheet(path)
    baseline = statistics.median(timed(lambda: read_only_pass(path)) for _ in range(3))
    report("import_10k", _import_seconds(path, folder, "xlsx"), "s", baseline, "s")
    # The same list kept as .xls or .ods, against the same baseline (openpyxl reading the .xlsx).
    for suffix, other in _other_formats(path).items():
        report(f"import_10k_{suffix}", _import_seconds(other, folder, suffix), "s", baseline, "s")
