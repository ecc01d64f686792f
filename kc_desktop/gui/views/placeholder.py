"""A calm page for an area that a later version fills in: what it will do, not an error."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A fixed-width column: word-wrapped labels get their height right only without alignment flags.
        column = QWidget(self)
        column.setFixedWidth(560)
        picture = QLabel(column)
        picture.setPixmap(icon.pixmap(QSize(64, 64)))
        heading = QLabel(title, column)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(description, column)
        body.setObjectName("description")
        soon = QLabel(
            self.tr("Phần này sẽ có trong bản cập nhật tới. Dữ liệu cơ sở bạn nhập hôm nay sẽ được dùng tiếp ở đây."),
            column,
        )
        soon.setStyleSheet("color: #5f6368;")
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        for label in (picture, heading, body, soon):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            inner.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
