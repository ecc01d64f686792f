"""What the city accepts from an office: the rules its own users live by, applied to every incoming change
inside the import's transaction, before anything is written (issue 11).

- A finalized record (minutes, a published template) never changes; a correction is a new record
  pointing to the one it replaces, with its reason (kc_desktop.services.finalizing).
- A project's status moves only along the allowed steps, each recorded in its history, and its money
  is consistent (kc_desktop.domain.project.money_problem).
- Links: an office's record may point only to its own records, the city's, or built-in ones, unless the
  city itself published that link.
- Every change comes with its audit line, naming who made it.

A package that breaks one is refused whole, with the record and the rule in an officer's words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kc_desktop.db.base import BUILTIN_SITE_ID
from kc_desktop.db.models import SYNCED_TABLES
from kc_desktop.domain.project import ProjectStatus, money_problem, status_path
from kc_desktop.services.audit_text import table_label
from kc_desktop.sync.apply import BOOKKEEPING, LOCAL, Line
from kc_desktop.sync.package import PackageRejected

_CHUNK = 500


def _rows(session: Session, table: Table, ids: Iterable[str]) -> dict[str, Any]:
    """The stored rows (all columns) of these ids."""
    ids = list(ids)
    found: dict[str, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        query = select(table).where(table.c.id.in_(ids[start:start + _CHUNK]))
        found.update((row["id"], row) for row in session.execute(query).mappings())
    return found


def _what(line: Line, values: dict[str, Any] | None = None) -> str:
    """'Biên bản nghiệm thu 12/BB-HĐNT (a1b2c3d4)', 'Đề án KC-2026-01 (…)'."""
    values = values or line.values
    name = values.get("number_text") or values.get("code") or values.get("name") or ""
    return f"{table_label(line.table.name)} {name} ({line.id[:8]})".replace("  ", " ")


def _label(status: str) -> str:
    parsed = ProjectStatus.parse(status)
    return parsed.label if parsed is not None else status


class Checker:
    def __init__(self, session: Session, lines: list[Line], sender: str, city: str, name: str) -> None:
        self.session, self.lines, self.sender, self.city, self.name = session, lines, sender, city, name
        self.incoming = {(line.table.name, line.id): line for line in lines}
        self.stored: dict[tuple[str, str], Any] = {}
        by_table: dict[Table, list[str]] = {}
        for line in lines:
            by_table.setdefault(line.table, []).append(line.id)
        for table, ids in by_table.items():
            self.stored.update(((table.name, i), row) for i, row in _rows(session, table, ids).items())

    def refuse(self, line: Line, why: str, values: dict[str, Any] | None = None) -> None:
        raise PackageRejected(f"Gói «{self.name}»: {_what(line, values)}: {why}; Sở không nhận gói này.")

    def news(self, line: Line) -> bool:
        """Whether the line would change the city's copy (new to it, or a newer version)."""
        row = self.stored.get((line.table.name, line.id))
        return row is None or line.version > max(row["version"], row["synced_version"] or 0)

    # -- finalized records -------------------------------------------------------------------

    def frozen(self, line: Line) -> None:
        model = SYNCED_TABLES[line.table.name]
        check = getattr(model, "frozen_change", None)
        row = self.stored.get((line.table.name, line.id))
        if check is None or row is None or not self.news(line):
            return
        local = LOCAL | set(getattr(model, "LOCAL_COLUMNS", ())) | BOOKKEEPING
        changed = {k: row[k] for k, v in line.values.items() if k not in local and v != row[k]}
        if not changed:
            return
        before: Any = model(**{k: v for k, v in row.items() if k not in LOCAL})
        message = before.frozen_change(changed)
        if message:
            self.refuse(line, message[:1].lower() + message[1:].rstrip("."), dict(row))

    def correction(self, line: Line) -> None:
        replaced = line.values.get("supersedes_id")
        if not replaced or (line.table.name, line.id) in self.stored:
            return
        target = self.incoming.get((line.table.name, replaced))
        values = target.values if target is not None else self.stored.get((line.table.name, replaced))
        if values is None:
            values = _rows(self.session, line.table, [replaced]).get(replaced)
        if values is None or values.get("origin_site_id") != self.sender or values.get("state") != "finalized":
            self.refuse(line, "bản đính chính phải thay thế một biên bản đã hoàn tất của chính đơn vị")
        if not str(line.values.get("correction_reason") or "").strip():
            self.refuse(line, "bản đính chính phải ghi lý do đính chính")

    # -- projects ----------------------------------------------------------------------------

    def project(self, line: Line) -> None:
        if not self.news(line):
            return
        v = line.values
        row = self.stored.get((line.table.name, line.id))
        current = {**(dict(row) if row is not None else {}), **v}
        total, kc, counterpart, advanced, settled = (int(current.get(k) or 0) for k in (
            "total_amount", "kc_amount", "counterpart_amount", "advanced_amount", "settled_amount"))
        problem = money_problem(total, kc, counterpart, advanced, settled, str(current.get("status") or ""))
        if problem:
            self.refuse(line, problem, current)
        target = str(current.get("status") or "")
        start = row["status"] if row is not None else None
        if target == start:
            return
        if ProjectStatus.parse(target) is None:
            self.refuse(line, f"trạng thái «{target}» không hợp lệ", current)
        steps = self._steps(line.id)
        if not status_path(start, target, steps):
            was = _label(start) if start else "mới lập"
            self.refuse(line, f"chuyển trạng thái từ «{was}» sang «{_label(target)}» không theo từng bước "
                              "được phép có ghi trong lịch sử đề án", current)
        if target == ProjectStatus.CANCELLED.value and not str(current.get("cancel_reason") or "").strip():
            self.refuse(line, "hủy đề án phải ghi rõ lý do", current)

    def _steps(self, project_id: str) -> list[tuple[str | None, str]]:
        table = SYNCED_TABLES["project_status_change"].__table__
        steps = {row["id"]: (row["from_status"], row["to_status"]) for row in self.session.execute(
            select(table).where(table.c.project_id == project_id, table.c.deleted_at.is_(None))).mappings()}
        for line in self.lines:
            if line.table is table and line.values.get("project_id") == project_id \
                    and line.values.get("deleted_at") is None:
                steps[line.id] = (line.values.get("from_status"), str(line.values.get("to_status")))
        return list(steps.values())

    # -- links -------------------------------------------------------------------------------

    def links(self, line: Line) -> None:
        row = self.stored.get((line.table.name, line.id))
        for fk in line.table.foreign_keys:
            target_table, key = fk.column.table, fk.parent.key
            value = line.values.get(key)
            if not value or target_table.name not in SYNCED_TABLES:
                continue
            if row is not None and row[key] == value:
                continue  # the link the city already holds (its own, or one it published)
            owner = self._owner(target_table, value)
            if owner in (None, self.sender, self.city, BUILTIN_SITE_ID):
                continue
            self.refuse(line, f"gắn vào {table_label(target_table.name).lower()} ({value[:8]}) của một đơn vị "
                              "khác mà Sở chưa công bố liên kết này")

    def _owner(self, table: Table, record_id: str) -> str | None:
        incoming = self.incoming.get((table.name, record_id))
        if incoming is not None:
            return str(incoming.values.get("origin_site_id"))
        return self.session.scalar(select(table.c.origin_site_id).where(table.c.id == record_id))

    # -- audit -------------------------------------------------------------------------------

    def audited(self, audit: list[dict[str, Any]]) -> None:
        have = {(a["table_name"], a["record_id"], a["version"])
                for a in audit if a.get("changed_by") or a.get("reason")}
        for line in self.lines:
            if self.news(line) and (line.table.name, line.id, line.version) not in have:
                self.refuse(line, f"thay đổi (phiên bản {line.version}) không kèm dòng nhật ký cho biết ai sửa, "
                                  "lúc nào, sửa gì")


def check(session: Session, lines: list[Line], audit: list[dict[str, Any]], *, sender: str, city: str,
          name: str, require_audit: bool = True) -> None:
    """Refuse the package (PackageRejected) at the first change the city's rules do not allow."""
    checker = Checker(session, lines, sender, city, name)
    if require_audit:
        checker.audited(audit)
    for line in lines:
        checker.frozen(line)
        checker.correction(line)
        checker.links(line)
        if line.table.name == "project":
            checker.project(line)
