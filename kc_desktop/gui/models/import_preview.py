"""What an Excel import will do (or did) to each row, as a table; rejected rows stand out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kc_desktop.gui.i18n import noop as _N

Index = QModelIndex | QPersistentModelIndex

# Marked for lupdate and translated when shown (a translator is installed after import time).
ACTIONS = {
    "create": _N("ImportPreview", "Thêm mới"),
    "update": _N("ImportPreview", "Cập nhật"),
    "unchanged": _N("ImportPreview", "Không đổi"),
    "rejected": _N("ImportPreview", "Bị từ chối"),
}
_REJECTED_BACKGROUND = QColor(253, 226, 226)
_REJECTED_TEXT = QColor(150, 20, 20)
_CREATE_TEXT = QColor(20, 110, 40)


def action_label(action: str) -> str:
    return QCoreApplication.translate("ImportPreview", ACTIONS.get(action, action))


class ImportPreviewModel(QAbstractTableModel):
    """One line per spreadsheet row: row number, action, name, tax code, reason."""

    HEADERS = (
        _N("ImportPreviewModel", "Dòng"),
        _N("ImportPreviewModel", "Kết quả"),
        _N("ImportPreviewModel", "Tên cơ sở"),
        _N("ImportPreviewModel", "Mã số thuế"),
        _N("ImportPreviewModel", "Lý do"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcomes: list[Any] = []
        self._only_rejected = False
        self._shown: list[Any] = []

    def set_outcomes(self, outcomes: Sequence[Any]) -> None:
        """`outcomes` are RowOutcome values of kc_desktop.xlsx (row, action, name, tax_code, reason)."""
        self.beginResetModel()
        self._outcomes = list(outcomes)
        self._shown = self._select()
        self.endResetModel()

    def set_only_rejected(self, only: bool) -> None:
        self.beginResetModel()
        self._only_rejected = only
        self._shown = self._select()
        self.endResetModel()

    def _select(self) -> list[Any]:
        if self._only_rejected:
            return [o for o in self._outcomes if o.action == "rejected"]
        return list(self._outcomes)

    def outcome(self, row: int) -> Any | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        outcome = self.outcome(index.row()) if index.isValid() else None
        if outcome is None:
            return None
        column = index.column()
        rejected = outcome.action == "rejected"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                str(outcome.row),
                action_label(outcome.action),
                outcome.name or "",
                outcome.tax_code or "",
                outcome.reason or "",
            )
            text = values[column]
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        if role == Qt.ItemDataRole.BackgroundRole and rejected:
            return QBrush(_REJECTED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if rejected:
                return QBrush(_REJECTED_TEXT)
            if outcome.action == "create" and column == 1:
                return QBrush(_CREATE_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
