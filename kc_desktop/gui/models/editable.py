"""A small editable table of plain dict rows (participants, follow-up actions, beneficiaries)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from kc_desktop.domain.money import amount_in_words
from kc_desktop.gui.i18n import tr_or_core
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class EditColumn:
    """How one column is edited: text, money (integer đồng), date, or a choice among (value, label)."""

    key: str
    header: str
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()
    editable: bool = True
    sample: str = ""
    placeholder: str = ""


class EditableModel(QAbstractTableModel):
    """Rows are dicts keyed by column; `edited(row, key)` fires for every change the user makes."""

    edited = Signal(int, str)
    context = "Lists"

    def __init__(self, columns: Sequence[EditColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict[str, Any]] = []
        self._read_only = False
        self.editable_keys: set[str] | None = None  # when set, only these columns can change
        self.cell_error: Callable[[dict[str, Any], str], str | None] | None = None

    # -- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def row(self, number: int) -> dict[str, Any]:
        return self._rows[number]

    def update_row(self, number: int, **values: Any) -> None:
        """Change a row from the program (an id given by the database…) without emitting `edited`."""
        self._rows[number].update(values)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        row: dict[str, Any] = {c.key: ("" if c.kind in ("text", "choice") else None) for c in self.columns}
        for c in self.columns:
            if c.kind == "choice" and c.choices:
                row[c.key] = c.choices[0][0]
            if c.kind == "money":
                row[c.key] = 0
        row.update(values or {})
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(row)
        self.endInsertRows()
        return number

    def remove_row(self, number: int) -> dict[str, Any]:
        self.beginRemoveRows(QModelIndex(), number, number)
        removed = self._rows.pop(number)
        self.endRemoveRows()
        return removed

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _display(self, column: EditColumn, value: Any) -> str:
        if column.kind == "money":
            return thousands(int(value)) if value else "0"
        if column.kind == "date":
            return f"{value:%d/%m/%Y}" if isinstance(value, dt.date) else ""
        if column.kind == "choice":
            label = next((label for key, label in column.choices if key == value), None)
            return tr_or_core(self.context, label) if label else str(value or "")
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        value = row.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(column, value)
            return text or (QCoreApplication.translate(self.context, column.placeholder) if column.placeholder
                            else "")
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind == "money" else (_CENTER if column.kind == "date" else _LEFT)
        problem = self.cell_error(row, column.key) if self.cell_error else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            if column.kind == "money" and value:
                return amount_in_words(int(value))
            return self._display(column, value) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if problem:
                return QBrush(QColor(ERROR_COLOR))
            if column.placeholder and not self._display(column, value):
                return QBrush(QColor(MUTED_COLOR))
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(QColor("#fdecea"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._can_edit(index.column()):
            return False
        column = self.columns[index.column()]
        if column.kind == "money":
            value = int(value or 0)
        elif column.kind == "text":
            value = "" if value is None else str(value)
        row = self._rows[index.row()]
        if row.get(column.key) == value:
            return False
        row[column.key] = value
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.edited.emit(index.row(), column.key)
        return True

    def _can_edit(self, column: int) -> bool:
        key = self.columns[column].key
        if not self.columns[column].editable:
            return False
        if self.editable_keys is not None:
            return key in self.editable_keys
        return not self._read_only

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._can_edit(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr_or_core(self.context, self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                kind = self.columns[section].kind
                return _RIGHT if kind == "money" else (_CENTER if kind == "date" else _LEFT)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        return None
