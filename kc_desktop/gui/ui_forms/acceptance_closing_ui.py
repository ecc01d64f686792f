# Generated from ui/acceptance_closing.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
)

from kc_desktop.gui.forms.acceptance_parts import ChecksPanel

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_ClosingSection(object):
    def setupUi(self, ClosingSection: _QWidget) -> None:
        if not ClosingSection.objectName():
            ClosingSection.setObjectName(u"ClosingSection")
        self.main_layout = QVBoxLayout(ClosingSection)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.checks_group = QGroupBox(ClosingSection)
        self.checks_group.setObjectName(u"checks_group")
        self.checks_group_layout = QVBoxLayout(self.checks_group)
        self.checks_group_layout.setObjectName(u"checks_group_layout")
        self.checks = ChecksPanel(self.checks_group)
        self.checks.setObjectName(u"checks")

        self.checks_group_layout.addWidget(self.checks)


        self.main_layout.addWidget(self.checks_group)

        self.conclusion_box = QGroupBox(ClosingSection)
        self.conclusion_box.setObjectName(u"conclusion_box")
        self.conclusion_box_layout = QVBoxLayout(self.conclusion_box)
        self.conclusion_box_layout.setObjectName(u"conclusion_box_layout")
        self.radios = QHBoxLayout()
        self.radios.setObjectName(u"radios")
        self.conclusion_accepted = QRadioButton(self.conclusion_box)
        self.conclusion_accepted.setObjectName(u"conclusion_accepted")

        self.radios.addWidget(self.conclusion_accepted)

        self.conclusion_with_conditions = QRadioButton(self.conclusion_box)
        self.conclusion_with_conditions.setObjectName(u"conclusion_with_conditions")

        self.radios.addWidget(self.conclusion_with_conditions)

        self.conclusion_not_accepted = QRadioButton(self.conclusion_box)
        self.conclusion_not_accepted.setObjectName(u"conclusion_not_accepted")

        self.radios.addWidget(self.conclusion_not_accepted)

        self.radios_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.radios.addItem(self.radios_spacer)

        self.radios.setStretch(3, 1)

        self.conclusion_box_layout.addLayout(self.radios)

        self.error_conclusion = QLabel(self.conclusion_box)
        self.error_conclusion.setObjectName(u"error_conclusion")
        self.error_conclusion.setStyleSheet(u"color: #b3261e;")
        self.error_conclusion.setWordWrap(True)

        self.conclusion_box_layout.addWidget(self.error_conclusion)

        self.conclusion_text = QPlainTextEdit(self.conclusion_box)
        self.conclusion_text.setObjectName(u"conclusion_text")
        self.conclusion_text.setMinimumSize(QSize(0, 70))
        self.conclusion_text.setMaximumSize(QSize(16777215, 130))
        self.conclusion_text.setTabChangesFocus(True)

        self.conclusion_box_layout.addWidget(self.conclusion_text)


        self.main_layout.addWidget(self.conclusion_box)

        self.lower = QHBoxLayout()
        self.lower.setObjectName(u"lower")
        self.recommendations_group = QGroupBox(ClosingSection)
        self.recommendations_group.setObjectName(u"recommendations_group")
        self.recommendations_group_layout = QVBoxLayout(self.recommendations_group)
        self.recommendations_group_layout.setObjectName(u"recommendations_group_layout")
        self.recommendations = QPlainTextEdit(self.recommendations_group)
        self.recommendations.setObjectName(u"recommendations")
        self.recommendations.setMinimumSize(QSize(0, 70))
        self.recommendations.setMaximumSize(QSize(16777215, 130))
        self.recommendations.setTabChangesFocus(True)

        self.recommendations_group_layout.addWidget(self.recommendations)


        self.lower.addWidget(self.recommendations_group)

        self.recipients_group = QGroupBox(ClosingSection)
        self.recipients_group.setObjectName(u"recipients_group")
        self.recipients_group_layout = QVBoxLayout(self.recipients_group)
        self.recipients_group_layout.setObjectName(u"recipients_group_layout")
        self.recipients = QPlainTextEdit(self.recipients_group)
        self.recipients.setObjectName(u"recipients")
        self.recipients.setMinimumSize(QSize(0, 70))
        self.recipients.setMaximumSize(QSize(16777215, 130))
        self.recipients.setTabChangesFocus(True)

        self.recipients_group_layout.addWidget(self.recipients)


        self.lower.addWidget(self.recipients_group)

        self.lower.setStretch(0, 3)
        self.lower.setStretch(1, 2)

        self.main_layout.addLayout(self.lower)

        self.hint = QLabel(ClosingSection)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #5f6368;")

        self.main_layout.addWidget(self.hint)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.main_layout.setStretch(4, 1)

        self.retranslateUi(ClosingSection)

        QMetaObject.connectSlotsByName(ClosingSection)
    # setupUi

    def retranslateUi(self, ClosingSection: _QWidget) -> None:
        self.checks_group.setTitle(QCoreApplication.translate("ClosingSection", u"S\u1ef1 ph\u00f9 h\u1ee3p v\u1edbi n\u1ed9i dung \u0111\u01b0\u1ee3c duy\u1ec7t v\u00e0 h\u1ed3 s\u01a1, ch\u1ee9ng t\u1eeb", None))
        self.conclusion_box.setTitle(QCoreApplication.translate("ClosingSection", u"&K\u1ebft lu\u1eadn c\u1ee7a h\u1ed9i \u0111\u1ed3ng", None))
        self.conclusion_text.setPlaceholderText(QCoreApplication.translate("ClosingSection", u"Nh\u1eadn x\u00e9t, k\u1ebft lu\u1eadn chi ti\u1ebft c\u1ee7a h\u1ed9i \u0111\u1ed3ng\u2026", None))
        self.recommendations_group.setTitle(QCoreApplication.translate("ClosingSection", u"Ki\u1ebfn ngh\u1ecb", None))
        self.recommendations.setPlaceholderText(QCoreApplication.translate("ClosingSection", u"Ki\u1ebfn ngh\u1ecb, \u0111\u1ec1 xu\u1ea5t (n\u1ebfu c\u00f3)\u2026", None))
        self.recipients_group.setTitle(QCoreApplication.translate("ClosingSection", u"N\u01a1i nh\u1eadn", None))
        self.recipients.setPlaceholderText(QCoreApplication.translate("ClosingSection", u"M\u1ed7i n\u01a1i nh\u1eadn m\u1ed9t d\u00f2ng, v\u00ed d\u1ee5:\n"
"S\u1edf C\u00f4ng Th\u01b0\u01a1ng H\u00e0 N\u1ed9i;\n"
"C\u01a1 s\u1edf th\u1ee5 h\u01b0\u1edfng;\n"
"L\u01b0u: VT.", None))
        self.hint.setText(QCoreApplication.translate("ClosingSection", u"N\u01a1i nh\u1eadn in \u1edf g\u00f3c d\u01b0\u1edbi b\u00ean tr\u00e1i bi\u00ean b\u1ea3n, m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i.", None))
        pass
    # retranslateUi
