"""`demo --establishments 100000` end to end, against a bare executemany of the same number of rows."""

from __future__ import annotations

import sqlite3
import time

from bench.common import BIG, big_database, report, scratch


def run() -> None:
    seconds: list[float] = []
    big_database(seconds)
    folder = scratch("demo-baseline")
    connection = sqlite3.connect(folder / "bare.sqlite")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, tax_code TEXT, representative TEXT, "
        "phone TEXT, address TEXT, admin_unit_code TEXT, trade TEXT, products TEXT, employees INT)"
    )
    rows = [
        (
            f"id-{i:08d}",
            f"Cơ sở gốm sứ số {i}",
            f"01{i:08d}",
            "Nguyễn Văn An",
            "0912345678",
            "Số 1, Thôn Đông",
            "00583",
            "Gốm sứ",
            "Bát đĩa",
            i % 50,
        )
        for i in range(BIG)
    ]
    start = time.perf_counter()
    with connection:
        connection.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    baseline = time.perf_counter() - start
    connection.close()
    report("demo_100k", seconds[0], "s", baseline, "s")
