"""What an import did (or would do) to each spreadsheet row, for the command line, the GUI and JSON."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from kc_desktop.domain.money import thousands


@dataclass(frozen=True)
class RowOutcome:
    """What the import does (or did) with one spreadsheet row."""

    row: int
    action: str  # "create" | "update" | "unchanged" | "rejected"
    name: str
    tax_code: str
    reason: str = ""
    record_id: str | None = None


@dataclass
class ImportReport:
    """The outcome of an import or a dry run, row by row."""

    path: str
    sheet: str
    header_row: int
    columns: dict[str, str]
    outcomes: list[RowOutcome]
    skipped: int
    dry_run: bool

    def _count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self) -> int:
        return self._count("create")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def rejected(self) -> int:
        return self._count("rejected")

    @property
    def rejected_rows(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == "rejected"]

    def summary(self) -> str:
        line = (
            f"Thêm mới {_n(self.created)}, cập nhật {_n(self.updated)}, không đổi {_n(self.unchanged)}, "
            f"bị từ chối {_n(self.rejected)}, bỏ qua {_n(self.skipped)} dòng"
        )
        return line + (" (chạy thử, chưa lưu gì)." if self.dry_run else ".")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "dry_run": self.dry_run,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "outcomes": [dataclasses.asdict(outcome) for outcome in self.outcomes],
        }


def _n(number: int) -> str:
    return thousands(number)
