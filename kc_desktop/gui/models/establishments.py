"""The establishment list as a lazy table model: the ids of a search first, rows in cached pages.

After Anki's browser: a search keeps only the matching ids; the rows the view asks for are
built a page at a time through `establishments.rows` and cached until the next search.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kc_desktop.db.engine import Database
from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.domain.enums import EstablishmentKind
from kc_desktop.domain.establishment import LABELS, EstablishmentRow
from kc_desktop.gui.i18n import core, tr_or_core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.resources import thousands
from kc_desktop.services import establishments

PAGE_SIZE = 200
MAX_PAGES = 50  # ~10,000 rows kept; older pages are rebuilt if scrolled back to
ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex

# (field, header) in display order; headers come from domain LABELS where they fit a column.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", LABELS["name"]),
    ("kind", LABELS["kind"]),
    ("tax_code", _N("EstablishmentTableModel", "Mã số thuế")),
    ("representative", LABELS["representative"]),
    ("phone", LABELS["phone"]),
    ("admin_unit_code", LABELS["admin_unit_code"]),
    ("craft_village_id", LABELS["craft_village_id"]),
    ("trade", LABELS["trade"]),
    ("employees", LABELS["employees"]),
)
FIELD_COLUMN = {name: column for column, (name, _) in enumerate(COLUMNS)}
_DELETED_COLOR = QColor(128, 128, 128)


def _cell(row: EstablishmentRow, name: str) -> str:
    if name == "kind":
        kind = EstablishmentKind.parse(row.kind)
        return core(kind.label) if kind else row.kind
    if name == "admin_unit_code":
        return row.admin_unit_name
    if name == "craft_village_id":
        return row.craft_village_name
    if name == "employees":
        return thousands(row.employees) if row.employees is not None else ""
    return str(getattr(row, name) or "")


class EstablishmentTableModel(QAbstractTableModel):
    """Read-only, lazily filled list of establishments matching an EstablishmentFilter."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = EstablishmentFilter()
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[EstablishmentRow | None]] = OrderedDict()
        self.pages_loaded = 0  # how many pages were built since the last search (tests, tuning)

    # -- searching -------------------------------------------------------------------------

    @property
    def filter(self) -> EstablishmentFilter:
        return self._filter

    def search(self, flt: EstablishmentFilter | None = None) -> None:
        """Run the search again (with a new filter if given) and forget every cached row."""
        if flt is not None:
            self._filter = flt
        ids = establishments.search_ids(self._db, self._filter)
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.pages_loaded = 0
        self.endResetModel()

    def refresh_ids(self, ids: Sequence[str]) -> None:
        """Rebuild the rows of records edited elsewhere, without a new search."""
        wanted = set(ids)
        for page in list(self._pages):
            if any(i in wanted for i in self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]):
                del self._pages[page]
                first = page * PAGE_SIZE
                last = min(first + PAGE_SIZE, len(self._ids)) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- lookups for the view --------------------------------------------------------------

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record(self, row: int) -> EstablishmentRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // PAGE_SIZE)
        return page[row % PAGE_SIZE]

    def _page(self, number: int) -> list[EstablishmentRow | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        found = {row.id: row for row in establishments.rows(self._db, ids)}
        # A record removed since the search shows as an empty row until the next search.
        page = [found.get(i) for i in ids]
        self._pages[number] = page
        self.pages_loaded += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        name = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if name == "employees" else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        row = self.record(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, name)
        if not row.deleted:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_DELETED_COLOR)
        font = QFont()
        font.setItalic(True)
        return font

    def _tooltip(self, row: EstablishmentRow, name: str) -> str | None:
        if name != "name":
            return _cell(row, name) or None
        parts = [row.name, ", ".join(p for p in (row.address, row.admin_unit_name) if p)]
        if row.deleted:
            parts.append(self.tr("Đã xóa (trong thùng rác)"))
        return "\n".join(p for p in parts if p)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr_or_core("EstablishmentTableModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                horizontal = (
                    Qt.AlignmentFlag.AlignRight if COLUMNS[section][0] == "employees" else Qt.AlignmentFlag.AlignLeft
                )
                return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return thousands(section + 1) if 0 <= section < len(self._ids) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
