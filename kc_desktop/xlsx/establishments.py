"""Import of the establishment register from office spreadsheets, and its export (see export.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kc_desktop.db.base import new_id
from kc_desktop.db.changelog import Actor, insert_rows
from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment, Site
from kc_desktop.domain.establishment import FIELDS, LABELS, EstablishmentInput, clean
from kc_desktop.domain.ids import normalize_phone, normalize_tax_code
from kc_desktop.domain.text import fold, nfc, one_line
from kc_desktop.errors import InvalidValue, KCError, ValidationFailed
from kc_desktop.progress import Progress, Steps
from kc_desktop.services.establishments import apply, check_references
from kc_desktop.xlsx import fields as f
from kc_desktop.xlsx.export import export_establishments
from kc_desktop.xlsx.reader import Table, cell_text, footer_kind, is_blank, read_table
from kc_desktop.xlsx.report import ImportReport, RowOutcome

__all__ = ["ImportReport", "RowOutcome", "export_establishments", "import_establishments"]

STEP = 500


def import_establishments(db: Database, actor: Actor, path: Path, *, dry_run: bool = False) -> Steps[ImportReport]:
    """Import establishments from an office spreadsheet, all or nothing, in one transaction.

    A dry run reads and checks everything and writes nothing. Closing the generator
    (Cancel) rolls the transaction back.
    """
    path = Path(path)
    table = yield from read_table(path, f.CAPTIONS, "name")
    if dry_run:
        with db.read() as session:
            return (yield from _Import(session, table, dry_run=True).run())
    with db.session(actor) as session:
        return (yield from _Import(session, table, dry_run=False).run())


@dataclass
class _Row:
    """A data row after the first pass: its cells by field and its tax code, if readable."""

    number: int
    cells: dict[str, object]
    name: str
    key: str  # the folded name, to match rows without tax code
    tax: str = ""
    tax_error: str = ""


# A record an import works on: an ORM one, or for a new record a plain object (see _Import._save).
_Working = Establishment | SimpleNamespace


@dataclass
class _Pending:
    row: int
    action: str
    name: str
    tax_code: str
    reason: str = ""
    record: _Working | None = None


@dataclass
class _Import:
    session: Session
    table: Table
    dry_run: bool
    lookups: f.Lookups = field(init=False)
    default_unit: str = ""
    by_tax: dict[str, _Working] = field(default_factory=dict)  # working records by tax code
    # Records without tax code, by (folded name, ward/commune), and which of them rows have matched.
    by_name: dict[tuple[str, str], list[_Working]] = field(default_factory=dict)
    matched: set[int] = field(default_factory=set)
    last_matched: dict[tuple[str, str], _Working] = field(default_factory=dict)
    first_with_tax: dict[str, int] = field(default_factory=dict)
    created: list[SimpleNamespace] = field(default_factory=list)
    references: dict[tuple[str, str | None, str | None], dict[str, str]] = field(default_factory=dict)
    conversions: dict[tuple[str, object, str], tuple[Any, str | None]] = field(default_factory=dict)

    def run(self) -> Steps[ImportReport]:
        self.lookups = f.Lookups.load(self.session)
        site = self.session.scalars(select(Site.admin_unit_code).where(Site.is_self.is_(True))).first()
        self.default_unit = site or ""
        rows, skipped = self._first_pass()
        yield Progress(0, len(rows), "Đang đối chiếu với danh sách cơ sở…")
        self._load_existing(rows)
        pending: list[_Pending] = []
        for index, row in enumerate(rows, 1):
            pending.append(self._decide(row))
            if index % STEP == 0:
                yield Progress(index, len(rows), "Đang kiểm tra từng dòng…")
        if not self.dry_run:
            yield from self._write()
        outcomes = [
            RowOutcome(p.row, p.action, p.name, p.tax_code, p.reason, p.record.id if p.record is not None else None)
            for p in pending
        ]
        header = self.table.header
        return ImportReport(
            str(self.table.path), self.table.sheet, header.row, dict(header.captions), outcomes, skipped, self.dry_run
        )

    def _first_pass(self) -> tuple[list[_Row], int]:
        """Cells by field, tax codes normalised; blank, total and signature rows left out and counted."""
        columns = self.table.header.columns
        tax_column = columns.get("tax_code")
        skipped = self.table.skipped_header_rows
        footer = False
        rows: list[_Row] = []
        for number, values in self.table.rows:
            has_tax = tax_column is not None and tax_column < len(values) and not f.is_empty_code(values[tax_column])
            if not has_tax:
                kind = footer_kind(values)
                footer = footer or kind == "signature"
                if kind or footer:
                    skipped += 1
                    continue
            cells = {name: values[column] if column < len(values) else None for name, column in columns.items()}
            if all(is_blank(value) for value in cells.values()):
                skipped += 1
                continue
            name = f.text_of(cells.get("name"))
            row = _Row(number, cells, name, fold(name))
            if has_tax:
                try:
                    row.tax = normalize_tax_code(cells["tax_code"])
                except InvalidValue as exc:
                    row.tax_error = exc.message
            rows.append(row)
        return rows, skipped

    def _load_existing(self, rows: Sequence[_Row]) -> None:
        """Existing records this sheet may touch, in a few queries: by tax code (even deleted), then by name."""
        taxes = sorted({row.tax for row in rows if row.tax})
        for chunk in _chunks(taxes):
            for record in self.session.scalars(select(Establishment).where(Establishment.tax_code.in_(chunk))):
                self.by_tax[record.tax_code or ""] = self._working(record)
        names = sorted({row.key for row in rows if row.key and not row.tax})
        for chunk in _chunks(names):
            query = (
                select(Establishment)
                .where(
                    Establishment.deleted_at.is_(None),
                    Establishment.name_sort.in_(chunk),
                    Establishment.tax_code.is_(None),
                )
                .order_by(Establishment.created_at, Establishment.id)
            )
            for record in self.session.scalars(query):
                self.by_name.setdefault((record.name_sort, record.admin_unit_code), []).append(self._working(record))

    def _working(self, record: Establishment) -> Establishment:
        """The record itself, or in a dry run a copy that is never added to the session."""
        if not self.dry_run:
            return record
        copy = Establishment(**{name: getattr(record, name) for name in FIELDS})
        copy.id, copy.deleted_at = record.id, record.deleted_at
        return copy

    def _decide(self, row: _Row) -> _Pending:
        errors: dict[str, str] = {"tax_code": row.tax_error} if row.tax_error else {}
        given = self._given(row, errors)
        unit = given.pop("admin_unit_code") or ""
        target: _Working | None = None
        if row.tax:
            first = self.first_with_tax.setdefault(row.tax, row.number)
            if first != row.number:
                return self._reject(row, {"tax_code": f"trùng mã số thuế với dòng {first}."})
            target = self.by_tax.get(row.tax)
            if target is not None and target.deleted_at is not None:
                trash = f"cơ sở «{target.name}» có mã số thuế này đang ở thùng rác (đã xóa); hãy khôi phục rồi nhập lại"
                return self._reject(row, {"tax_code": trash}, target)
        elif row.key and not row.tax_error:
            target = self._same_name(row.key, unit or self.default_unit, given)
        data = _input_of(target)
        for name, value in given.items():
            setattr(data, name, value)
        data.tax_code = row.tax or data.tax_code
        # Blank ward/commune or kind: keep the record's; a new one gets the office's ward and a guess.
        data.admin_unit_code = unit or data.admin_unit_code or self.default_unit
        if target is None:
            data.kind = given.get("kind") or f.kind_from_name(data.name)
            if "sector_code" not in row.cells:
                data.sector_code = self.lookups.guess_sector(data.trade) or self.lookups.guess_sector(data.products)
        if not data.admin_unit_code and "admin_unit_code" not in errors:
            errors["admin_unit_code"] = "chưa ghi xã/phường của cơ sở."
        try:
            data = clean(data)
        except ValidationFailed as exc:
            errors.update({k: v for k, v in exc.errors.items() if k not in errors})
        errors = errors or self._references(data)
        if errors:
            return self._reject(row, errors)
        return self._save(row, data, target)

    def _given(self, row: _Row, errors: dict[str, str]) -> dict[str, Any]:
        """The fields the row gives a value to (its columns), converted; conversion failures go to `errors`."""
        cells = row.cells
        unit = self._cached(cells, errors, "admin_unit_code", self.lookups.unit)
        given: dict[str, Any] = {"name": row.name, "admin_unit_code": unit}
        for name in f.TEXT_FIELDS:
            if name in cells and name != "name":
                given[name] = f.text_of(cells[name])
        if "phone" in cells:
            given["phone"] = self._convert(cells, errors, "phone", _phone) or ""
        kind = self._cached(cells, errors, "kind", lambda v: f.kind_of(v) or f.text_of(v))
        if kind:
            given["kind"] = kind
        # "-", "Không", "Chưa có" in an optional column mean nothing, not a name to look up.
        optional = ("craft_village_id", "sector_code", "employees", "latitude", "longitude")
        present = {name: None if f.is_empty(cells[name]) else cells[name] for name in optional if name in cells}
        if "craft_village_id" in cells:
            find = self.lookups.village
            given["craft_village_id"] = self._cached(present, errors, "craft_village_id", lambda v: find(v, unit), unit)
        if "sector_code" in cells:
            given["sector_code"] = self._cached(present, errors, "sector_code", self._sector)
        for name, convert in (("employees", f.count_of), ("latitude", f.coordinate_of), ("longitude", f.coordinate_of)):
            if name in cells:
                given[name] = self._convert(present, errors, name, convert)
        for name in f.FLAG_FIELDS:
            if name in cells:
                given[name] = bool(self._convert(cells, errors, name, f.flag_of))
        return given

    def _same_name(self, key: str, unit: str, given: dict[str, Any]) -> _Working | None:
        """The record without tax code a row without tax code stands for: same folded name and ward/commune.

        Each record answers one row, the one with the same values first (two households may share a
        name); once all are taken, a further row updates the last one matched.
        """
        candidates = self.by_name.get((key, unit))
        if not candidates:
            return None
        free = [c for c in candidates if id(c) not in self.matched]
        if not free:
            return self.last_matched[(key, unit)]
        same = [c for c in free if all(getattr(c, name) == value for name, value in given.items() if name != "name")]
        return (same or free)[0]

    def _save(self, row: _Row, data: EstablishmentInput, target: _Working | None) -> _Pending:
        record: _Working
        if target is None:
            # A plain object, not an ORM one: new rows go in through the change log's bulk path.
            # A dry run creates nothing, so its rows get no id to report.
            record_id = None if self.dry_run else new_id()
            record = SimpleNamespace(**{name: getattr(data, name) for name in FIELDS}, id=record_id, deleted_at=None)
            record.tax_code = data.tax_code or None
            self.created.append(record)
            action = "create"
        else:
            record = target
            action = "update" if apply(record, data) else "unchanged"
        self.matched.add(id(record))
        if data.tax_code:
            self.by_tax[data.tax_code] = record
        else:
            key = (row.key, data.admin_unit_code)
            if target is None:
                self.by_name.setdefault(key, []).append(record)
            self.last_matched[key] = record
        # A record created by a dry run is never saved: it has no id to report.
        return _Pending(row.number, action, data.name, data.tax_code, record=record)

    def _reject(self, row: _Row, errors: dict[str, str], record: _Working | None = None) -> _Pending:
        captions = self.table.header.captions
        parts = []
        for name in sorted(errors, key=lambda n: FIELDS.index(n) if n in FIELDS else -1):
            where = f"cột «{captions[name]}»" if name in captions else f"{LABELS[name]} (tệp không có cột này)"
            message = errors[name].rstrip(". ")
            parts.append(f"{where}: {message[:1].lower()}{message[1:]}")
        reason = one_line("; ".join(parts) + ".")  # cell values quoted in it may hold line breaks
        tax = row.tax or cell_text(row.cells.get("tax_code"))
        return _Pending(row.number, "rejected", nfc(row.name), tax, reason[:1].upper() + reason[1:], record)

    @staticmethod
    def _convert(cells: dict[str, object], errors: dict[str, str], name: str, convert: Callable[[Any], Any]) -> Any:
        """The converted cell of a field (None when blank or absent); a failure is noted in `errors`."""
        value = cells.get(name)
        if is_blank(value):
            return None
        try:
            return convert(value)
        except InvalidValue as exc:
            errors[name] = exc.message
            return None

    def _cached(
        self,
        cells: dict[str, object],
        errors: dict[str, str],
        name: str,
        convert: Callable[[Any], Any],
        extra: str = "",
    ) -> Any:
        """Like _convert, once per distinct cell value: a list repeats the same communes, kinds and villages."""
        value = cells.get(name)
        if is_blank(value):
            return None
        key = (name, value, extra)
        if key not in self.conversions:
            failed: dict[str, str] = {}
            self.conversions[key] = (self._convert(cells, failed, name, convert), failed.get(name))
        result, error = self.conversions[key]
        if error:
            errors[name] = error
        return result

    def _sector(self, value: object) -> str:
        code = self.lookups.sector(value)
        if code is None:
            raise InvalidValue(f"Không có nhóm ngành «{cell_text(value)}» trong danh mục.")
        return code

    def _references(self, data: EstablishmentInput) -> dict[str, str]:
        """check_references(), once per combination of codes: the codes come from the loaded lists."""
        key = (data.admin_unit_code, data.craft_village_id, data.sector_code)
        if key not in self.references:
            with self.session.no_autoflush:
                self.references[key] = check_references(self.session, data)
        return self.references[key]

    def _write(self) -> Steps[None]:
        total = len(self.created)
        try:
            self.session.flush()  # updates of existing records go through the unit of work
            for start in range(0, total, STEP):
                # New records: the change log's bulk path, stamped and logged like a flush.
                insert_rows(self.session, Establishment, [vars(r) for r in self.created[start : start + STEP]])
                yield Progress(min(start + STEP, total), total, "Đang ghi vào cơ sở dữ liệu…")
        except IntegrityError as exc:
            raise KCError(
                "Danh sách cơ sở vừa bị thay đổi ở nơi khác trong lúc nhập (trùng mã số thuế); "
                "không có gì được lưu, hãy nhập lại."
            ) from exc


def _phone(value: object) -> str:
    return "" if f.is_empty_code(value) else normalize_phone(value)


def _input_of(record: _Working | None) -> EstablishmentInput:
    if record is None:
        return EstablishmentInput()
    data = EstablishmentInput(**{name: getattr(record, name) for name in FIELDS})
    data.tax_code = data.tax_code or ""
    return data


def _chunks(items: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [items[start : start + size] for start in range(0, len(items), size)]
