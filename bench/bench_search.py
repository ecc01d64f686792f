"""Search-as-you-type on 100,000 establishments, against the bare SQLite FTS query doing the same matching."""

from __future__ import annotations

import sqlite3
import statistics

from bench.common import big_database, median_ms, report

QUERIES = [
    "bat trang",
    "dong anh",
    "nguyen van hung",
    "gom",
    "hop tac xa may",
    "0123",
    "son mai ha thai",
    "thi lan",
    "xa phu nghia",
    "khong co gi nhu the nay",
]


def run() -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.db.search import EstablishmentFilter, fts_query
    from kc_desktop.services import establishments

    path = big_database()
    db = open_database(path)
    bare = sqlite3.connect(path)
    sql = (
        "SELECT id FROM establishment WHERE +deleted_at IS NULL AND search_key IN "
        "(SELECT rowid FROM establishment_fts WHERE establishment_fts MATCH ?) ORDER BY name_sort, id"
    )
    ours, base = [], []
    for text in QUERIES:
        found = establishments.search_ids(db, EstablishmentFilter(text=text))
        expected = [r[0] for r in bare.execute(sql, (fts_query(text),))]
        assert found == expected, text
        ours.append(median_ms(lambda t=text: establishments.search_ids(db, EstablishmentFilter(text=t))))
        base.append(median_ms(lambda t=text: bare.execute(sql, (fts_query(t),)).fetchall()))
    report("search_median", statistics.median(ours), "ms", statistics.median(base), "ms")
    report("search_worst", max(ours), "ms", max(base), "ms")
    db.close()
