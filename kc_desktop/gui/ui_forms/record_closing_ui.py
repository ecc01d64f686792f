# Generated from ui/record_closing.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from kc_desktop.gui.forms.record_parts import ActionsTable

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_ClosingPanel(object):
    def setupUi(self, ClosingPanel: _QWidget) -> None:
        if not ClosingPanel.objectName():
            ClosingPanel.setObjectName(u"ClosingPanel")
        self.main_layout = QVBoxLayout(ClosingPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.findings_label = QLabel(ClosingPanel)
        self.findings_label.setObjectName(u"findings_label")
        font = QFont()
        font.setBold(True)
        self.findings_label.setFont(font)

        self.main_layout.addWidget(self.findings_label)

        self.findings = QPlainTextEdit(ClosingPanel)
        self.findings.setObjectName(u"findings")
        self.findings.setMinimumSize(QSize(0, 80))
        self.findings.setTabChangesFocus(True)

        self.main_layout.addWidget(self.findings)

        self.error_findings = QLabel(ClosingPanel)
        self.error_findings.setObjectName(u"error_findings")
        self.error_findings.setStyleSheet(u"color: #b3261e;")
        self.error_findings.setWordWrap(True)

        self.main_layout.addWidget(self.error_findings)

        self.follow_ups_label = QLabel(ClosingPanel)
        self.follow_ups_label.setObjectName(u"follow_ups_label")
        self.follow_ups_label.setFont(font)

        self.main_layout.addWidget(self.follow_ups_label)

        self.follow_ups_part = ActionsTable(ClosingPanel)
        self.follow_ups_part.setObjectName(u"follow_ups_part")

        self.main_layout.addWidget(self.follow_ups_part)

        self.conclusion_label = QLabel(ClosingPanel)
        self.conclusion_label.setObjectName(u"conclusion_label")
        self.conclusion_label.setFont(font)

        self.main_layout.addWidget(self.conclusion_label)

        self.conclusion = QPlainTextEdit(ClosingPanel)
        self.conclusion.setObjectName(u"conclusion")
        self.conclusion.setMinimumSize(QSize(0, 80))
        self.conclusion.setTabChangesFocus(True)

        self.main_layout.addWidget(self.conclusion)

        self.error_conclusion = QLabel(ClosingPanel)
        self.error_conclusion.setObjectName(u"error_conclusion")
        self.error_conclusion.setStyleSheet(u"color: #b3261e;")
        self.error_conclusion.setWordWrap(True)

        self.main_layout.addWidget(self.error_conclusion)

        self.recommendation_label = QLabel(ClosingPanel)
        self.recommendation_label.setObjectName(u"recommendation_label")
        self.recommendation_label.setFont(font)

        self.main_layout.addWidget(self.recommendation_label)

        self.recommendation = QPlainTextEdit(ClosingPanel)
        self.recommendation.setObjectName(u"recommendation")
        self.recommendation.setMinimumSize(QSize(0, 80))
        self.recommendation.setTabChangesFocus(True)

        self.main_layout.addWidget(self.recommendation)

        self.error_recommendation = QLabel(ClosingPanel)
        self.error_recommendation.setObjectName(u"error_recommendation")
        self.error_recommendation.setStyleSheet(u"color: #b3261e;")
        self.error_recommendation.setWordWrap(True)

        self.main_layout.addWidget(self.error_recommendation)

        self.recipients_label = QLabel(ClosingPanel)
        self.recipients_label.setObjectName(u"recipients_label")
        self.recipients_label.setFont(font)

        self.main_layout.addWidget(self.recipients_label)

        self.recipients_row = QHBoxLayout()
        self.recipients_row.setObjectName(u"recipients_row")
        self.recipients = QPlainTextEdit(ClosingPanel)
        self.recipients.setObjectName(u"recipients")
        self.recipients.setMinimumSize(QSize(0, 90))
        self.recipients.setMaximumSize(QSize(16777215, 140))
        self.recipients.setTabChangesFocus(True)

        self.recipients_row.addWidget(self.recipients)

        self.recipients_side = QVBoxLayout()
        self.recipients_side.setObjectName(u"recipients_side")
        self.recipients_hint = QLabel(ClosingPanel)
        self.recipients_hint.setObjectName(u"recipients_hint")
        self.recipients_hint.setStyleSheet(u"color: #5f6368;")
        self.recipients_hint.setWordWrap(True)

        self.recipients_side.addWidget(self.recipients_hint)

        self.recipients_reset = QPushButton(ClosingPanel)
        self.recipients_reset.setObjectName(u"recipients_reset")

        self.recipients_side.addWidget(self.recipients_reset, 0, Qt.AlignmentFlag.AlignLeft)

        self.recipients_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recipients_side.addItem(self.recipients_spacer)


        self.recipients_row.addLayout(self.recipients_side)

        self.recipients_row.setStretch(0, 3)
        self.recipients_row.setStretch(1, 2)

        self.main_layout.addLayout(self.recipients_row)

        self.error_recipients = QLabel(ClosingPanel)
        self.error_recipients.setObjectName(u"error_recipients")
        self.error_recipients.setStyleSheet(u"color: #b3261e;")
        self.error_recipients.setWordWrap(True)

        self.main_layout.addWidget(self.error_recipients)


        self.retranslateUi(ClosingPanel)

        QMetaObject.connectSlotsByName(ClosingPanel)
    # setupUi

    def retranslateUi(self, ClosingPanel: _QWidget) -> None:
        self.findings_label.setText(QCoreApplication.translate("ClosingPanel", u"Nh\u1eefng \u0111i\u1ec1u ph\u00e1t hi\u1ec7n", None))
        self.findings.setPlaceholderText(QCoreApplication.translate("ClosingPanel", u"Nh\u1eefng \u0111i\u1ec1u ph\u00e1t hi\u1ec7n qua kh\u1ea3o s\u00e1t, ki\u1ec3m tra\u2026", None))
        self.follow_ups_label.setText(QCoreApplication.translate("ClosingPanel", u"Vi\u1ec7c c\u1ea7n l\u00e0m sau bi\u00ean b\u1ea3n", None))
        self.conclusion_label.setText(QCoreApplication.translate("ClosingPanel", u"K\u1ebft lu\u1eadn", None))
        self.conclusion.setPlaceholderText(QCoreApplication.translate("ClosingPanel", u"K\u1ebft lu\u1eadn c\u1ee7a \u0111o\u00e0n\u2026", None))
        self.recommendation_label.setText(QCoreApplication.translate("ClosingPanel", u"Ki\u1ebfn ngh\u1ecb", None))
        self.recommendation.setPlaceholderText(QCoreApplication.translate("ClosingPanel", u"Ki\u1ebfn ngh\u1ecb, \u0111\u1ec1 xu\u1ea5t\u2026", None))
        self.recipients_label.setText(QCoreApplication.translate("ClosingPanel", u"N\u01a1i nh\u1eadn", None))
        self.recipients.setPlaceholderText(QCoreApplication.translate("ClosingPanel", u"M\u1ed7i n\u01a1i nh\u1eadn m\u1ed9t d\u00f2ng, v\u00ed d\u1ee5:\n"
"S\u1edf C\u00f4ng Th\u01b0\u01a1ng H\u00e0 N\u1ed9i;\n"
"C\u01a1 s\u1edf \u2026;\n"
"L\u01b0u: VT.", None))
        self.recipients_hint.setText(QCoreApplication.translate("ClosingPanel", u"M\u1ed7i n\u01a1i nh\u1eadn m\u1ed9t b\u1ea3n: \u00abl\u1eadp th\u00e0nh \u2026 b\u1ea3n\u00bb \u0111\u1ebfm theo danh s\u00e1ch n\u00e0y. Ch\u01b0a s\u1eeda th\u00ec danh s\u00e1ch \u0111i theo th\u00e0nh ph\u1ea7n tham d\u1ef1.", None))
#if QT_CONFIG(tooltip)
        self.recipients_reset.setToolTip(QCoreApplication.translate("ClosingPanel", u"B\u1ecf danh s\u00e1ch \u0111\u00e3 s\u1eeda, l\u1eadp l\u1ea1i theo th\u00e0nh ph\u1ea7n tham d\u1ef1", None))
#endif // QT_CONFIG(tooltip)
        self.recipients_reset.setText(QCoreApplication.translate("ClosingPanel", u"&L\u1eadp l\u1ea1i theo th\u00e0nh ph\u1ea7n", None))
        pass
    # retranslateUi
