"""The cell editor of an EditableModel column: a line, an amount in đồng, a date, or a choice."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kc_desktop.gui.i18n import tr_or_core
from kc_desktop.gui.models.editable import EditableModel
from kc_desktop.gui.widgets.value_edits import MoneyEdit, OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex


class EditDelegate(QStyledItemDelegate):
    def __init__(self, model: EditableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._model.columns[index.column()]
        if column.kind == "money":
            return MoneyEdit(parent)
        if column.kind == "date":
            editor = OptionalDateEdit(parent)
            editor.setAutoFillBackground(True)
            return editor
        if column.kind == "choice":
            combo = QComboBox(parent)
            for key, label in column.choices:
                combo.addItem(tr_or_core(self._model.context, label), key)
            # A choice is complete the moment it is picked.
            combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, MoneyEdit):
            editor.set_value(int(value or 0))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, MoneyEdit | OptionalDateEdit):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        if isinstance(editor, OptionalDateEdit):
            rect = rect.adjusted(0, 0, max(0, 170 - rect.width()), 0)
        editor.setGeometry(rect)
