# Generated from ui/minutes_editor.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.widgets.notices import Banner

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_MinutesEditor(object):
    def setupUi(self, MinutesEditor: _QWidget) -> None:
        if not MinutesEditor.objectName():
            MinutesEditor.setObjectName(u"MinutesEditor")
        self.main_layout = QVBoxLayout(MinutesEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel(MinutesEditor)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.subtitle = QLabel(MinutesEditor)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setStyleSheet(u"color: #5f6368;")

        self.main_layout.addWidget(self.subtitle)

        self.correctionBanner = Banner(MinutesEditor)
        self.correctionBanner.setObjectName(u"correctionBanner")

        self.main_layout.addWidget(self.correctionBanner)

        self.banner = Banner(MinutesEditor)
        self.banner.setObjectName(u"banner")

        self.main_layout.addWidget(self.banner)

        self.splitter = QSplitter(MinutesEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.splitter.addWidget(self.tabs)
        self.side = QWidget(self.splitter)
        self.side.setObjectName(u"side")
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(6, 0, 0, 0)
        self.error_title = QLabel(self.side)
        self.error_title.setObjectName(u"error_title")
        self.error_title.setWordWrap(True)

        self.side_layout.addWidget(self.error_title)

        self.errors = QListWidget(self.side)
        self.errors.setObjectName(u"errors")
        self.errors.setStyleSheet(u"QListWidget { color: #b3261e; }")
        self.errors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.errors.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.errors.setResizeMode(QListView.ResizeMode.Adjust)
        self.errors.setSpacing(3)
        self.errors.setWordWrap(True)

        self.side_layout.addWidget(self.errors)

        self.side_layout.setStretch(1, 1)
        self.splitter.addWidget(self.side)

        self.main_layout.addWidget(self.splitter)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.status = QLabel(MinutesEditor)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.bottom.addWidget(self.status)

        self.preview = QPushButton(MinutesEditor)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(110, 0))
        self.preview.setAutoDefault(False)

        self.bottom.addWidget(self.preview)

        self.progress = QPushButton(MinutesEditor)
        self.progress.setObjectName(u"progress")
        self.progress.setAutoDefault(False)

        self.bottom.addWidget(self.progress)

        self.discard = QPushButton(MinutesEditor)
        self.discard.setObjectName(u"discard")
        self.discard.setMinimumSize(QSize(110, 0))
        self.discard.setAutoDefault(False)

        self.bottom.addWidget(self.discard)

        self.correct = QPushButton(MinutesEditor)
        self.correct.setObjectName(u"correct")
        self.correct.setMinimumSize(QSize(110, 0))
        self.correct.setAutoDefault(False)

        self.bottom.addWidget(self.correct)

        self.finalize = QPushButton(MinutesEditor)
        self.finalize.setObjectName(u"finalize")
        self.finalize.setMinimumSize(QSize(110, 0))
        self.finalize.setAutoDefault(False)

        self.bottom.addWidget(self.finalize)

        self.close = QPushButton(MinutesEditor)
        self.close.setObjectName(u"close")
        self.close.setMinimumSize(QSize(110, 0))
        self.close.setAutoDefault(False)

        self.bottom.addWidget(self.close)

        self.bottom.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom)

        self.main_layout.setStretch(4, 1)

        self.retranslateUi(MinutesEditor)

        QMetaObject.connectSlotsByName(MinutesEditor)
    # setupUi

    def retranslateUi(self, MinutesEditor: _QWidget) -> None:
#if QT_CONFIG(tooltip)
        self.preview.setToolTip(QCoreApplication.translate("MinutesEditor", u"Xem bi\u00ean b\u1ea3n nh\u01b0 khi in, r\u1ed3i in ho\u1eb7c l\u01b0u th\u00e0nh PDF (Ctrl+P). B\u1ea3n nh\u00e1p in ra c\u00f3 d\u00f2ng ch\u1eef \u00abB\u1ea2N NH\u00c1P\u00bb, ch\u01b0a c\u00f3 s\u1ed1.", None))
#endif // QT_CONFIG(tooltip)
        self.preview.setText(QCoreApplication.translate("MinutesEditor", u"Xem tr\u01b0\u1edbc / &In", None))
#if QT_CONFIG(tooltip)
        self.progress.setToolTip(QCoreApplication.translate("MinutesEditor", u"In t\u1edd \u00abT\u00ecnh h\u00ecnh th\u1ef1c hi\u1ec7n ki\u1ebfn ngh\u1ecb\u00bb: t\u00ecnh tr\u1ea1ng hi\u1ec7n nay c\u1ee7a c\u00e1c vi\u1ec7c c\u1ea7n th\u1ef1c hi\u1ec7n. Bi\u00ean b\u1ea3n \u0111\u00e3 k\u00fd gi\u1eef nguy\u00ean t\u00ecnh tr\u1ea1ng l\u00fac k\u00fd.", None))
#endif // QT_CONFIG(tooltip)
        self.progress.setText(QCoreApplication.translate("MinutesEditor", u"T\u00ecnh h\u00ecnh th\u1ef1c hi\u1ec7n ki\u1ebfn ngh\u1ecb", None))
        self.discard.setText(QCoreApplication.translate("MinutesEditor", u"&X\u00f3a b\u1ea3n nh\u00e1p", None))
        self.correct.setText(QCoreApplication.translate("MinutesEditor", u"&L\u1eadp b\u1ea3n \u0111\u00ednh ch\u00ednh", None))
#if QT_CONFIG(tooltip)
        self.finalize.setToolTip(QCoreApplication.translate("MinutesEditor", u"Ki\u1ec3m tra to\u00e0n b\u1ed9, c\u1ea5p s\u1ed1 bi\u00ean b\u1ea3n v\u00e0 kh\u00f3a l\u1ea1i kh\u00f4ng cho s\u1eeda (Ctrl+Enter, c\u00f3 h\u1ecfi l\u1ea1i tr\u01b0\u1edbc).", None))
#endif // QT_CONFIG(tooltip)
        self.finalize.setText(QCoreApplication.translate("MinutesEditor", u"&Ho\u00e0n t\u1ea5t bi\u00ean b\u1ea3n", None))
#if QT_CONFIG(tooltip)
        self.close.setToolTip(QCoreApplication.translate("MinutesEditor", u"\u0110\u00f3ng c\u1eeda s\u1ed5; b\u1ea3n nh\u00e1p \u0111\u00e3 \u0111\u01b0\u1ee3c t\u1ef1 \u0111\u1ed9ng l\u01b0u (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.close.setText(QCoreApplication.translate("MinutesEditor", u"\u0110\u00f3n&g", None))
        pass
    # retranslateUi
