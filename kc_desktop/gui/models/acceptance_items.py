"""Items of an acceptance as two rows each: as approved, then as delivered, differences highlighted."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kc_desktop.domain.acceptance import AcceptanceItem, ItemSide
from kc_desktop.domain.money import amount_in_words
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.widgets.notices import MUTED_COLOR

Index = QModelIndex | QPersistentModelIndex
DIFFERENCE_BACKGROUND = "#ffe3a3"  # light amber: what was delivered is not what was approved
DIFFERENCE_SIDE = "#fff1cf"
DELIVERED_ONLY_BACKGROUND = "#eef0f2"  # cells that only the delivered side has (serial number, invoice…)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class ItemColumn:
    key: str  # an ItemSide field, "side" or "amount"
    header: str
    kind: str = "text"  # text, number, year, money, date, computed
    sample: str = ""
    delivered_only: bool = False


ITEM_COLUMNS = (
    ItemColumn("side", _N("AcceptanceItems", "Theo"), "computed", "Được duyệt"),
    ItemColumn("name", _N("AcceptanceItems", "Tên thiết bị, hạng mục"), sample="Máy nhào đất chân"),
    ItemColumn("model", _N("AcceptanceItems", "Model, ký hiệu"), sample="LGN-3M3"),
    ItemColumn("specifications", _N("AcceptanceItems", "Thông số kỹ thuật"), sample="Dung tích 3 m³, 1.300"),
    ItemColumn("quantity", _N("AcceptanceItems", "Số lượng"), "number", "Số lượng"),
    ItemColumn("unit", _N("AcceptanceItems", "ĐVT"), sample="cái"),
    ItemColumn("unit_price", _N("AcceptanceItems", "Đơn giá (đ)"), "money", "450.000.000"),
    ItemColumn("amount", _N("AcceptanceItems", "Thành tiền (đ)"), "computed", "1.450.000.000"),
    ItemColumn("origin", _N("AcceptanceItems", "Xuất xứ"), sample="Trung Quốc"),
    ItemColumn("year_made", _N("AcceptanceItems", "Năm SX"), "year", "2026"),
    ItemColumn("serial_no", _N("AcceptanceItems", "Số sê-ri"), sample="SN000000", delivered_only=True),
    ItemColumn("supplier", _N("AcceptanceItems", "Nhà cung cấp"), sample="Công ty TNHH Thiết bị",
               delivered_only=True),
    ItemColumn("invoice_no", _N("AcceptanceItems", "Số hóa đơn"), sample="0001234", delivered_only=True),
    ItemColumn("invoice_date", _N("AcceptanceItems", "Ngày hóa đơn"), "date", "20/11/2026 ×",
               delivered_only=True),
    ItemColumn("state_text", _N("AcceptanceItems", "Tình trạng lắp đặt, vận hành"),
               sample="Đã lắp đặt, chạy tốt", delivered_only=True),
)
FIELD_WORDS = {c.key: c.header for c in ITEM_COLUMNS}
_NUMBER = re.compile(r"[^\d,.\-]")


class AcceptanceItems(Context):
    """Translation context of the items table of an acceptance."""


def quantity_text(value: float) -> str:
    """2.0 -> '2', 1.5 -> '1,5' (Vietnamese decimal comma)."""
    if float(value).is_integer():
        return thousands(int(value))
    return f"{value:.3f}".rstrip("0").replace(".", ",")


def parse_quantity(text: Any) -> float | None:
    """'1,5' or '1.5' -> 1.5; '' -> 0; None when it is not a number."""
    if isinstance(text, int | float):
        return float(text)
    cleaned = _NUMBER.sub("", str(text or "")).strip()
    if not cleaned:
        return 0.0
    if "," in cleaned:  # 1.234,5 written the Vietnamese way
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1 or re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")  # thousands separators
    try:
        return float(cleaned)
    except ValueError:
        return None


def value_text(key: str, value: Any) -> str:
    if key == "quantity":
        return quantity_text(value or 0)
    if key == "unit_price":
        return thousands(int(value or 0))
    if key == "invoice_date":
        return f"{value:%d/%m/%Y}" if isinstance(value, dt.date) else ""
    if key == "year_made":
        return str(value) if value else ""
    return "" if value is None else str(value)


class AcceptanceItemsModel(QAbstractTableModel):
    """Row 2·i is item i as approved, row 2·i+1 as delivered. The delivered side follows the approved
    side until it is changed, so the officer types an item once and only corrects what differs."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(ITEM_COLUMNS)
        self._items: list[AcceptanceItem] = []
        self._read_only = False

    # -- items -----------------------------------------------------------------------------------
    def set_items(self, items: list[AcceptanceItem]) -> None:
        self.beginResetModel()
        self._items = [AcceptanceItem(dataclasses.replace(i.approved), dataclasses.replace(i.delivered))
                       for i in items]
        self.endResetModel()

    def items(self) -> list[AcceptanceItem]:
        return [AcceptanceItem(dataclasses.replace(i.approved), dataclasses.replace(i.delivered))
                for i in self._items]

    def item_count(self) -> int:
        return len(self._items)

    def add_item(self, approved: ItemSide | None = None) -> int:
        approved = approved or ItemSide()
        number = len(self._items)
        self.beginInsertRows(QModelIndex(), 2 * number, 2 * number + 1)
        self._items.append(AcceptanceItem(approved, dataclasses.replace(approved)))
        self.endInsertRows()
        self.edited.emit()
        return number

    def remove_item(self, number: int) -> None:
        if not 0 <= number < len(self._items):
            return
        self.beginRemoveRows(QModelIndex(), 2 * number, 2 * number + 1)
        del self._items[number]
        self.endRemoveRows()
        self.edited.emit()

    def set_read_only(self, on: bool) -> None:
        self._read_only = on
        self._all_changed()

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def side_of(self, row: int) -> tuple[AcceptanceItem, ItemSide, bool]:
        """(item, side, delivered?) of a table row."""
        item = self._items[row // 2]
        delivered = row % 2 == 1
        return item, item.delivered if delivered else item.approved, delivered

    def _all_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    # -- Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 2 * len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _enabled(self, column: ItemColumn, delivered: bool) -> bool:
        return column.kind != "computed" and (delivered or not column.delivered_only)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = self.columns[index.column()]
        item, side, delivered = self.side_of(index.row())
        key = column.key
        differs = set(item.differences()) if delivered else set()
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "side":
                return AcceptanceItems.tr("Thực tế") if delivered else AcceptanceItems.tr("Được duyệt")
            if key == "amount":
                return thousands(side.amount)
            if column.delivered_only and not delivered:
                return "—"
            return value_text(key, getattr(side, key))
        if role == Qt.ItemDataRole.EditRole:
            if key in ("side", "amount"):
                return None
            value = getattr(side, key)
            if key == "quantity":
                return quantity_text(value or 0)
            if key == "year_made":
                return str(value) if value else ""
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("money", "number") or key == "amount":
                return _RIGHT
            return _CENTER if column.kind in ("year", "date") else _LEFT
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in differs:
                return QBrush(QColor(DIFFERENCE_BACKGROUND))
            if key == "side" and differs:
                return QBrush(QColor(DIFFERENCE_SIDE))
            if column.delivered_only and not delivered:
                return QBrush(QColor(DELIVERED_ONLY_BACKGROUND))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column.delivered_only and not delivered) or (key == "side" and not delivered):
                return QBrush(QColor(MUTED_COLOR))
            return None
        if role == Qt.ItemDataRole.FontRole and (key == "amount" or (key == "side" and delivered)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, side, key, delivered, differs)
        return None

    def _tooltip(self, item: AcceptanceItem, side: ItemSide, key: str, delivered: bool,
                 differs: set[str]) -> str | None:
        if key == "side":
            if differs:
                names = ", ".join(AcceptanceItems.tr(FIELD_WORDS[name]) for name in item.differences())
                return AcceptanceItems.tr("Khác với được duyệt: {fields}").format(fields=names)
            return AcceptanceItems.tr("Đúng như được duyệt") if delivered and item.approved.name else None
        if key in differs:
            return AcceptanceItems.tr("{field} khác với được duyệt: «{approved}» → «{delivered}»").format(
                field=AcceptanceItems.tr(FIELD_WORDS[key]),
                approved=value_text(key, getattr(item.approved, key)) or "—",
                delivered=value_text(key, getattr(item.delivered, key)) or "—")
        if key == "amount":
            return amount_in_words(side.amount) if side.amount else None
        if key == "unit_price" and side.unit_price:
            return amount_in_words(side.unit_price)
        if key in FIELD_WORDS and not delivered and any(c.key == key and c.delivered_only for c in self.columns):
            return AcceptanceItems.tr("Chỉ ghi ở dòng «Thực tế»")
        text = value_text(key, getattr(side, key, None)) if key not in ("amount",) else ""
        return text or None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._can_edit(index):
            return False
        column = self.columns[index.column()]
        key = column.key
        item, side, delivered = self.side_of(index.row())
        parsed = self._parse(key, value)
        if parsed is _INVALID:
            return False
        old = getattr(side, key)
        if old == parsed:
            return False
        setattr(side, key, parsed)
        first = index.row()
        if not delivered and getattr(item.delivered, key) == old:
            setattr(item.delivered, key, parsed)  # still following the approved side
        self.dataChanged.emit(self.index(first - first % 2, 0),
                              self.index(first - first % 2 + 1, len(self.columns) - 1))
        self.edited.emit()
        return True

    @staticmethod
    def _parse(key: str, value: Any) -> Any:
        if key == "quantity":
            number = parse_quantity(value)
            return _INVALID if number is None or number < 0 else number
        if key == "year_made":
            text = str(value or "").strip()
            if not text:
                return None
            return int(text) if text.isdigit() and 1900 <= int(text) <= 2100 else _INVALID
        if key == "unit_price":
            return max(int(value or 0), 0)
        if key == "invoice_date":
            return value if isinstance(value, dt.date) or value is None else _INVALID
        return " ".join(str(value or "").split()) if key != "specifications" else str(value or "").strip()

    def _can_edit(self, index: Index) -> bool:
        if self._read_only:
            return False
        column = self.columns[index.column()]
        return self._enabled(column, index.row() % 2 == 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._can_edit(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return AcceptanceItems.tr(column.header)
            if role == Qt.ItemDataRole.ToolTipRole and column.delivered_only:
                return AcceptanceItems.tr("Chỉ ghi cho thiết bị thực tế bàn giao")
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section // 2 + 1) if section % 2 == 0 else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _CENTER
        return None


_INVALID = object()
