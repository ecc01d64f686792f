"""Read-only table models of plain rows: lazy (ids first, rows in pages) and small fully-loaded ones.

Each column says how a row reads in it; subclasses say where ids and rows come from. The
lazy one follows the establishment list (after Anki's browser): a search keeps only the
ids, the rows the view asks for are built a page at a time and cached until the next search.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from kc_desktop.gui.i18n import Context, tr_or_core

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
MAX_PAGES = 50

R = TypeVar("R")

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class Lists(Context):
    """Translation context of the lists' headers and of what their rows say."""


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (translated in `context`), how a row reads in it, and its looks."""

    key: str
    header: str
    text: Callable[[R], str]
    align: str = "left"  # left, right, center
    sample: str = ""  # a typical value, for the initial width
    color: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    icon: Callable[[R], QIcon | None] | None = None
    bold: Callable[[R], bool] | None = None
    italic: Callable[[R], bool] | None = None


class _RowsModel(QAbstractTableModel, Generic[R]):
    """What both kinds share: columns, roles, header texts."""

    context = "Lists"  # translation context of the headers

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def record(self, row: int) -> R | None:
        raise NotImplementedError

    def id_at(self, row: int) -> str | None:
        raise NotImplementedError

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return {"right": _RIGHT, "center": _CENTER}.get(column.align, _LEFT)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return None
        row = self.record(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else (column.text(row) or None)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = column.color(row) if column.color else None
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(row) if column.icon else None
        bold = bool(column.bold and column.bold(row))
        italic = bool(column.italic and column.italic(row))
        if not (bold or italic):
            return None
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr_or_core(self.context, column.header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return {"right": _RIGHT, "center": _CENTER}.get(column.align, _LEFT)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < self.rowCount() else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ListModel(_RowsModel[R]):
    """A small list held whole (drafts of the day, a project's history); rows carry an `id`."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> str | None:
        record = self.record(row)
        return getattr(record, "id", None) if record is not None else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


class LazyModel(_RowsModel[R]):
    """Ids of a search first; rows fetched a page at a time and cached until the next search."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[R | None]] = OrderedDict()
        self.pages_loaded = 0

    # Subclasses say where ids and rows come from.
    def fetch_ids(self) -> list[str]:
        raise NotImplementedError

    def fetch_rows(self, ids: list[str]) -> list[R]:
        raise NotImplementedError

    def search(self) -> None:
        """Run the search again and forget every cached row."""
        ids = self.fetch_ids()
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.pages_loaded = 0
        self.endResetModel()

    def refresh_ids(self, ids: Sequence[str]) -> None:
        """Rebuild the rows of records changed elsewhere, without a new search."""
        wanted = set(ids)
        for page in list(self._pages):
            if any(i in wanted for i in self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]):
                del self._pages[page]
                first = page * PAGE_SIZE
                last = min(first + PAGE_SIZE, len(self._ids)) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record(self, row: int) -> R | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // PAGE_SIZE)[row % PAGE_SIZE]

    def _page(self, number: int) -> list[R | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        found = {getattr(row, "id"): row for row in self.fetch_rows(ids)}  # noqa: B009 - rows are dataclasses
        page = [found.get(i) for i in ids]  # a record gone since the search shows empty until the next one
        self._pages[number] = page
        self.pages_loaded += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)
