# Generated from ui/minutes_view.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
)

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_MinutesView(object):
    def setupUi(self, MinutesView: _QWidget) -> None:
        if not MinutesView.objectName():
            MinutesView.setObjectName(u"MinutesView")
        self.main_layout = QVBoxLayout(MinutesView)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 10, 12, 6)
        self.title = QLabel(MinutesView)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.search = QLineEdit(MinutesView)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.top.addWidget(self.search)

        self.state_label = QLabel(MinutesView)
        self.state_label.setObjectName(u"state_label")

        self.top.addWidget(self.state_label)

        self.filter_state = QComboBox(MinutesView)
        self.filter_state.setObjectName(u"filter_state")

        self.top.addWidget(self.filter_state)

        self.round_label = QLabel(MinutesView)
        self.round_label.setObjectName(u"round_label")

        self.top.addWidget(self.round_label)

        self.filter_round = QComboBox(MinutesView)
        self.filter_round.setObjectName(u"filter_round")

        self.top.addWidget(self.filter_round)

        self.count = QLabel(MinutesView)
        self.count.setObjectName(u"count")
        self.count.setMinimumSize(QSize(110, 0))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.top.addWidget(self.count)

        self.top.setStretch(0, 1)

        self.main_layout.addLayout(self.top)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.new = QPushButton(MinutesView)
        self.new.setObjectName(u"new")

        self.actions.addWidget(self.new)

        self.open = QPushButton(MinutesView)
        self.open.setObjectName(u"open")

        self.actions.addWidget(self.open)

        self.preview = QPushButton(MinutesView)
        self.preview.setObjectName(u"preview")

        self.actions.addWidget(self.preview)

        self.batch = QPushButton(MinutesView)
        self.batch.setObjectName(u"batch")

        self.actions.addWidget(self.batch)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.templates = QPushButton(MinutesView)
        self.templates.setObjectName(u"templates")

        self.actions.addWidget(self.templates)

        self.hint = QLabel(MinutesView)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #5f6368;")

        self.actions.addWidget(self.hint)

        self.actions.setStretch(4, 1)

        self.main_layout.addLayout(self.actions)

        self.table = QTableView(MinutesView)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.state_label.setBuddy(self.filter_state)
        self.round_label.setBuddy(self.filter_round)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MinutesView)

        QMetaObject.connectSlotsByName(MinutesView)
    # setupUi

    def retranslateUi(self, MinutesView: _QWidget) -> None:
        self.search.setPlaceholderText(QCoreApplication.translate("MinutesView", u"T\u00ecm theo m\u00e3, t\u00ean \u0111\u1ec1 \u00e1n, t\u00ean c\u01a1 s\u1edf ho\u1eb7c s\u1ed1 bi\u00ean b\u1ea3n\u2026 (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
#if QT_CONFIG(tooltip)
        self.search.setToolTip(QCoreApplication.translate("MinutesView", u"T\u00ecm trong danh s\u00e1ch (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.state_label.setText(QCoreApplication.translate("MinutesView", u"T\u00ecnh t&r\u1ea1ng:", None))
        self.round_label.setText(QCoreApplication.translate("MinutesView", u"\u0110\u1ee3&t:", None))
        self.open.setText(QCoreApplication.translate("MinutesView", u"&M\u1edf bi\u00ean b\u1ea3n", None))
#if QT_CONFIG(tooltip)
        self.preview.setToolTip(QCoreApplication.translate("MinutesView", u"Xem bi\u00ean b\u1ea3n \u0111ang ch\u1ecdn nh\u01b0 khi in, r\u1ed3i in ho\u1eb7c l\u01b0u th\u00e0nh PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.preview.setText(QCoreApplication.translate("MinutesView", u"Xem tr\u01b0\u1edbc / &In", None))
#if QT_CONFIG(tooltip)
        self.batch.setToolTip(QCoreApplication.translate("MinutesView", u"In c\u00e1c bi\u00ean b\u1ea3n \u0111ang ch\u1ecdn (ho\u1eb7c t\u1ea5t c\u1ea3 bi\u00ean b\u1ea3n \u0111ang li\u1ec7t k\u00ea) ra t\u1ec7p PDF v\u00e0o m\u1ed9t th\u01b0 m\u1ee5c", None))
#endif // QT_CONFIG(tooltip)
        self.batch.setText(QCoreApplication.translate("MinutesView", u"In &h\u00e0ng lo\u1ea1t\u2026", None))
        self.templates.setText(QCoreApplication.translate("MinutesView", u"Q&u\u1ea3n l\u00fd m\u1eabu phi\u1ebfu\u2026", None))
        self.hint.setText(QCoreApplication.translate("MinutesView", u"B\u1ea3n nh\u00e1p \u0111\u01b0\u1ee3c t\u1ef1 \u0111\u1ed9ng l\u01b0u; c\u1ed9t \u00abL\u1ed7i\u00bb cho bi\u1ebft c\u00f2n g\u00ec ph\u1ea3i x\u1eed l\u00fd.", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("MinutesView", u"B\u1ea3n nh\u00e1p \u0111\u01b0\u1ee3c t\u1ef1 \u0111\u1ed9ng l\u01b0u khi g\u00f5; c\u1ed9t \u00abL\u1ed7i\u00bb cho bi\u1ebft c\u00f2n bao nhi\u00eau ch\u1ed7 ph\u1ea3i s\u1eeda tr\u01b0\u1edbc khi ho\u00e0n t\u1ea5t. B\u1ea5m \u0111\u00fap ho\u1eb7c Enter \u0111\u1ec3 m\u1edf bi\u00ean b\u1ea3n.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
