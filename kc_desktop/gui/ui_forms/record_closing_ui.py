# Generated from ui/record_closing.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout

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
        pass
    # retranslateUi
