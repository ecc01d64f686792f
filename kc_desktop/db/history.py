"""The history chain: change-log entries (the audit) chained by hashes, so that an entry edited or removed
in the database file afterwards shows (issue 11).

Each entry gets, when its transaction commits, its place in the chain and the SHA-256 of its content
together with the hash of the entry before it. The head (last place and hash) is kept in app_setting.
`verify` walks the chain and says where it breaks; `check` and the quick check at start run it.
Packages carry the head, and the city echoes in its receipts the head it holds, so a later package
shows whether the office's history up to then was rewritten after it was sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kc_desktop.db.models import AppSetting, ChangeLog

HEAD = "history_head"
UNSEALED = "kc_history_unsealed"  # session.info: this transaction wrote change-log entries
_COLUMNS = ("seq", "table_name", "record_id", "version", "deleted", "changed_at", "changed_by", "fields", "reason")


def _moment(value: str | dt.datetime) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def entry_hash(previous: str, row: Iterable[Any]) -> str:
    """The hash of one entry (its columns in _COLUMNS order) after the one before it."""
    seq, table, record, version, deleted, changed_at, changed_by, fields, reason = row
    content = json.dumps([int(seq), table, record, int(version), bool(deleted), _moment(changed_at), changed_by or "",
                          fields, reason], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(previous.encode() + content.encode()).hexdigest()


def parse_head(value: str | None) -> tuple[int, str]:
    if not value:
        return 0, ""
    index, _, digest = value.partition(":")
    return int(index), digest


def seal(session: Session) -> None:
    """Chain the entries this transaction wrote (and any left unchained), after the head; in the
    transaction, with the head row locked so that two desks of a city chain one after the other."""
    if not session.info.pop(UNSEALED, False):
        return
    connection = session.connection()
    table: Table = ChangeLog.__table__  # type: ignore[assignment]
    settings: Table = AppSetting.__table__  # type: ignore[assignment]
    head = connection.execute(select(settings.c.value).where(settings.c.key == HEAD).with_for_update()).scalar()
    index, previous = parse_head(head)
    rows = connection.execute(select(*(table.c[name] for name in _COLUMNS)).where(table.c.chain_index.is_(None))
                              .order_by(table.c.seq)).all()
    if not rows:
        return
    updates = []
    for row in rows:
        index += 1
        previous = entry_hash(previous, row)
        updates.append({"b_seq": row.seq, "chain_index": index, "chain": previous})
    connection.execute(update(table).where(table.c.seq == bindparam("b_seq"))
                       .values(chain_index=bindparam("chain_index"), chain=bindparam("chain")), updates)
    value = f"{index}:{previous}"
    if head is None:
        connection.execute(settings.insert().values(key=HEAD, value=value))
    else:
        connection.execute(update(settings).where(settings.c.key == HEAD).values(value=value))


def head(connection: Connection | Session) -> tuple[int, str]:
    settings = AppSetting.__table__
    return parse_head(connection.execute(select(settings.c.value).where(settings.c.key == HEAD)).scalar())


def recomputed_at(connection: Connection | Session, index: int) -> str:
    """The hash at a place of the chain, recomputed from the entries as they are now (an entry edited in the
    file gives another hash than the one the city received); "" if the chain has no such place."""
    table = ChangeLog.__table__
    rows = connection.execute(select(*(table.c[n] for n in _COLUMNS))
                              .where(table.c.chain_index.is_not(None), table.c.chain_index <= index)
                              .order_by(table.c.chain_index))
    previous, count = "", 0
    for row in rows:
        previous, count = entry_hash(previous, row), count + 1
    return previous if count == index else ""


def verify_rows(rows: Iterable[tuple[Any, ...]], head_value: str | None) -> str | None:
    """Walk (chain_index, chain, *_COLUMNS) rows in chain order: None if whole, else where it breaks."""
    expected_index, previous = 0, ""
    for row in rows:
        index, chain, *content = row
        expected_index += 1
        if index != expected_index:
            return (f"Nhật ký thay đổi bị xóa bớt hoặc chèn thêm: thiếu mục thứ {expected_index} của chuỗi "
                    f"(gặp mục thứ {index}, số thay đổi {content[0]}).")
        previous = entry_hash(previous, content)
        if chain != previous:
            return (f"Nhật ký thay đổi đã bị sửa: mục số {content[0]} (thứ {index} trong chuỗi) không khớp mã băm "
                    "của nó; các mục từ đó không còn đáng tin.")
    last_index, last_hash = parse_head(head_value)
    if last_index != expected_index or (last_index and last_hash != previous):
        return (f"Nhật ký thay đổi bị xóa bớt ở cuối: đầu chuỗi ghi mục thứ {last_index}, nhưng chỉ còn "
                f"{expected_index} mục.")
    return None


def verify(connection: Connection | Session) -> str | None:
    table = ChangeLog.__table__
    rows = connection.execute(select(table.c.chain_index, table.c.chain, *(table.c[n] for n in _COLUMNS))
                              .where(table.c.chain_index.is_not(None)).order_by(table.c.chain_index))
    settings = AppSetting.__table__
    return verify_rows(rows, connection.execute(select(settings.c.value).where(settings.c.key == HEAD)).scalar())


SQLITE_QUERY = ("SELECT chain_index, chain, " + ", ".join(_COLUMNS) +
                " FROM change_log WHERE chain_index IS NOT NULL ORDER BY chain_index")
