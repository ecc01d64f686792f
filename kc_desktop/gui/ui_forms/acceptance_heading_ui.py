# Generated from ui/acceptance_heading.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kc_desktop.gui.forms.acceptance_parts import TimeEdit
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_HeadingSection(object):
    def setupUi(self, HeadingSection: _QWidget) -> None:
        if not HeadingSection.objectName():
            HeadingSection.setObjectName(u"HeadingSection")
        self.main_layout = QVBoxLayout(HeadingSection)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.who = QGridLayout()
        self.who.setObjectName(u"who")
        self.project_caption = QLabel(HeadingSection)
        self.project_caption.setObjectName(u"project_caption")
        font = QFont()
        font.setBold(True)
        self.project_caption.setFont(font)

        self.who.addWidget(self.project_caption, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.projectInfo = QLabel(HeadingSection)
        self.projectInfo.setObjectName(u"projectInfo")
        self.projectInfo.setWordWrap(True)
        self.projectInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.who.addWidget(self.projectInfo, 0, 1, 1, 1)

        self.beneficiary_caption = QLabel(HeadingSection)
        self.beneficiary_caption.setObjectName(u"beneficiary_caption")
        self.beneficiary_caption.setFont(font)

        self.who.addWidget(self.beneficiary_caption, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.beneficiaryInfo = QLabel(HeadingSection)
        self.beneficiaryInfo.setObjectName(u"beneficiaryInfo")
        self.beneficiaryInfo.setWordWrap(True)
        self.beneficiaryInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.who.addWidget(self.beneficiaryInfo, 1, 1, 1, 1)

        self.who.setColumnStretch(1, 1)

        self.main_layout.addLayout(self.who)

        self.basis = QGroupBox(HeadingSection)
        self.basis.setObjectName(u"basis")
        self.basis_grid = QGridLayout(self.basis)
        self.basis_grid.setObjectName(u"basis_grid")
        self.approval_decision_label = QLabel(self.basis)
        self.approval_decision_label.setObjectName(u"approval_decision_label")

        self.basis_grid.addWidget(self.approval_decision_label, 0, 0, 1, 1)

        self.approval_decision_no = QLineEdit(self.basis)
        self.approval_decision_no.setObjectName(u"approval_decision_no")

        self.basis_grid.addWidget(self.approval_decision_no, 0, 1, 1, 1)

        self.approval_date_label = QLabel(self.basis)
        self.approval_date_label.setObjectName(u"approval_date_label")

        self.basis_grid.addWidget(self.approval_date_label, 0, 2, 1, 1)

        self.approval_date = OptionalDateEdit(self.basis)
        self.approval_date.setObjectName(u"approval_date")

        self.basis_grid.addWidget(self.approval_date, 0, 3, 1, 1)

        self.contract_label = QLabel(self.basis)
        self.contract_label.setObjectName(u"contract_label")

        self.basis_grid.addWidget(self.contract_label, 1, 0, 1, 1)

        self.contract_no = QLineEdit(self.basis)
        self.contract_no.setObjectName(u"contract_no")

        self.basis_grid.addWidget(self.contract_no, 1, 1, 1, 1)

        self.contract_date_label = QLabel(self.basis)
        self.contract_date_label.setObjectName(u"contract_date_label")

        self.basis_grid.addWidget(self.contract_date_label, 1, 2, 1, 1)

        self.contract_date = OptionalDateEdit(self.basis)
        self.contract_date.setObjectName(u"contract_date")

        self.basis_grid.addWidget(self.contract_date, 1, 3, 1, 1)

        self.council_decision_label = QLabel(self.basis)
        self.council_decision_label.setObjectName(u"council_decision_label")

        self.basis_grid.addWidget(self.council_decision_label, 2, 0, 1, 1)

        self.council_decision_no = QLineEdit(self.basis)
        self.council_decision_no.setObjectName(u"council_decision_no")

        self.basis_grid.addWidget(self.council_decision_no, 2, 1, 1, 1)

        self.council_decision_date_label = QLabel(self.basis)
        self.council_decision_date_label.setObjectName(u"council_decision_date_label")

        self.basis_grid.addWidget(self.council_decision_date_label, 2, 2, 1, 1)

        self.council_decision_date = OptionalDateEdit(self.basis)
        self.council_decision_date.setObjectName(u"council_decision_date")

        self.basis_grid.addWidget(self.council_decision_date, 2, 3, 1, 1)

        self.basis_errors = QWidget(self.basis)
        self.basis_errors.setObjectName(u"basis_errors")
        self.basis_errors_layout = QVBoxLayout(self.basis_errors)
        self.basis_errors_layout.setSpacing(0)
        self.basis_errors_layout.setObjectName(u"basis_errors_layout")
        self.basis_errors_layout.setContentsMargins(0, 0, 0, 0)
        self.error_council_decision_no = QLabel(self.basis_errors)
        self.error_council_decision_no.setObjectName(u"error_council_decision_no")
        self.error_council_decision_no.setStyleSheet(u"color: #b3261e;")
        self.error_council_decision_no.setWordWrap(True)

        self.basis_errors_layout.addWidget(self.error_council_decision_no)

        self.error_council_decision_date = QLabel(self.basis_errors)
        self.error_council_decision_date.setObjectName(u"error_council_decision_date")
        self.error_council_decision_date.setStyleSheet(u"color: #b3261e;")
        self.error_council_decision_date.setWordWrap(True)

        self.basis_errors_layout.addWidget(self.error_council_decision_date)


        self.basis_grid.addWidget(self.basis_errors, 3, 1, 1, 3)

        self.basis_grid.setColumnStretch(1, 1)

        self.main_layout.addWidget(self.basis)

        self.session = QGroupBox(HeadingSection)
        self.session.setObjectName(u"session")
        self.session_grid = QGridLayout(self.session)
        self.session_grid.setObjectName(u"session_grid")
        self.acceptance_date_label = QLabel(self.session)
        self.acceptance_date_label.setObjectName(u"acceptance_date_label")

        self.session_grid.addWidget(self.acceptance_date_label, 0, 0, 1, 1)

        self.acceptance_date = OptionalDateEdit(self.session)
        self.acceptance_date.setObjectName(u"acceptance_date")

        self.session_grid.addWidget(self.acceptance_date, 0, 1, 1, 1)

        self.start_time_label = QLabel(self.session)
        self.start_time_label.setObjectName(u"start_time_label")

        self.session_grid.addWidget(self.start_time_label, 0, 2, 1, 1)

        self.start_time = TimeEdit(self.session)
        self.start_time.setObjectName(u"start_time")

        self.session_grid.addWidget(self.start_time, 0, 3, 1, 1)

        self.end_time_label = QLabel(self.session)
        self.end_time_label.setObjectName(u"end_time_label")

        self.session_grid.addWidget(self.end_time_label, 0, 4, 1, 1)

        self.end_time = TimeEdit(self.session)
        self.end_time.setObjectName(u"end_time")

        self.session_grid.addWidget(self.end_time, 0, 5, 1, 1)

        self.session_errors = QWidget(self.session)
        self.session_errors.setObjectName(u"session_errors")
        self.session_errors_layout = QVBoxLayout(self.session_errors)
        self.session_errors_layout.setSpacing(0)
        self.session_errors_layout.setObjectName(u"session_errors_layout")
        self.session_errors_layout.setContentsMargins(0, 0, 0, 0)
        self.error_acceptance_date = QLabel(self.session_errors)
        self.error_acceptance_date.setObjectName(u"error_acceptance_date")
        self.error_acceptance_date.setStyleSheet(u"color: #b3261e;")
        self.error_acceptance_date.setWordWrap(True)

        self.session_errors_layout.addWidget(self.error_acceptance_date)

        self.error_start_time = QLabel(self.session_errors)
        self.error_start_time.setObjectName(u"error_start_time")
        self.error_start_time.setStyleSheet(u"color: #b3261e;")
        self.error_start_time.setWordWrap(True)

        self.session_errors_layout.addWidget(self.error_start_time)

        self.error_end_time = QLabel(self.session_errors)
        self.error_end_time.setObjectName(u"error_end_time")
        self.error_end_time.setStyleSheet(u"color: #b3261e;")
        self.error_end_time.setWordWrap(True)

        self.session_errors_layout.addWidget(self.error_end_time)


        self.session_grid.addWidget(self.session_errors, 1, 1, 1, 6)

        self.place_label = QLabel(self.session)
        self.place_label.setObjectName(u"place_label")

        self.session_grid.addWidget(self.place_label, 2, 0, 1, 1)

        self.place = QLineEdit(self.session)
        self.place.setObjectName(u"place")

        self.session_grid.addWidget(self.place, 2, 1, 1, 6)

        self.place_errors = QWidget(self.session)
        self.place_errors.setObjectName(u"place_errors")
        self.place_errors_layout = QVBoxLayout(self.place_errors)
        self.place_errors_layout.setSpacing(0)
        self.place_errors_layout.setObjectName(u"place_errors_layout")
        self.place_errors_layout.setContentsMargins(0, 0, 0, 0)
        self.error_place = QLabel(self.place_errors)
        self.error_place.setObjectName(u"error_place")
        self.error_place.setStyleSheet(u"color: #b3261e;")
        self.error_place.setWordWrap(True)

        self.place_errors_layout.addWidget(self.error_place)


        self.session_grid.addWidget(self.place_errors, 3, 1, 1, 6)

        self.session_grid.setColumnStretch(6, 1)

        self.main_layout.addWidget(self.session)

#if QT_CONFIG(shortcut)
        self.approval_decision_label.setBuddy(self.approval_decision_no)
        self.contract_label.setBuddy(self.contract_no)
        self.council_decision_label.setBuddy(self.council_decision_no)
        self.acceptance_date_label.setBuddy(self.acceptance_date)
        self.start_time_label.setBuddy(self.start_time)
        self.end_time_label.setBuddy(self.end_time)
        self.place_label.setBuddy(self.place)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HeadingSection)

        QMetaObject.connectSlotsByName(HeadingSection)
    # setupUi

    def retranslateUi(self, HeadingSection: _QWidget) -> None:
        self.project_caption.setText(QCoreApplication.translate("HeadingSection", u"\u0110\u1ec1 \u00e1n:", None))
        self.beneficiary_caption.setText(QCoreApplication.translate("HeadingSection", u"C\u01a1 s\u1edf th\u1ee5 h\u01b0\u1edfng:", None))
        self.basis.setTitle(QCoreApplication.translate("HeadingSection", u"C\u0103n c\u1ee9", None))
        self.approval_decision_label.setText(QCoreApplication.translate("HeadingSection", u"&Quy\u1ebft \u0111\u1ecbnh ph\u00ea duy\u1ec7t s\u1ed1:", None))
        self.approval_decision_no.setPlaceholderText(QCoreApplication.translate("HeadingSection", u"v\u00ed d\u1ee5 125/Q\u0110-SCT", None))
        self.approval_date_label.setText(QCoreApplication.translate("HeadingSection", u"ng\u00e0y", None))
        self.contract_label.setText(QCoreApplication.translate("HeadingSection", u"H\u1ee3&p \u0111\u1ed3ng s\u1ed1:", None))
        self.contract_no.setPlaceholderText(QCoreApplication.translate("HeadingSection", u"v\u00ed d\u1ee5 12/2026/H\u0110-KC", None))
        self.contract_date_label.setText(QCoreApplication.translate("HeadingSection", u"ng\u00e0y", None))
        self.council_decision_label.setText(QCoreApplication.translate("HeadingSection", u"H\u1ed9i \u0111\u1ed3ng th\u00e0nh l\u1eadp th&eo quy\u1ebft \u0111\u1ecbnh s\u1ed1:", None))
        self.council_decision_no.setPlaceholderText(QCoreApplication.translate("HeadingSection", u"v\u00ed d\u1ee5 31/Q\u0110-TTKC", None))
        self.council_decision_date_label.setText(QCoreApplication.translate("HeadingSection", u"ng\u00e0y", None))
        self.session.setTitle(QCoreApplication.translate("HeadingSection", u"Bu\u1ed5i nghi\u1ec7m thu", None))
        self.acceptance_date_label.setText(QCoreApplication.translate("HeadingSection", u"Ng\u00e0&y nghi\u1ec7m thu:", None))
        self.start_time_label.setText(QCoreApplication.translate("HeadingSection", u"&B\u1eaft \u0111\u1ea7u l\u00fac:", None))
        self.end_time_label.setText(QCoreApplication.translate("HeadingSection", u"&K\u1ebft th\u00fac l\u00fac:", None))
        self.place_label.setText(QCoreApplication.translate("HeadingSection", u"\u0110\u1ecb&a \u0111i\u1ec3m:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("HeadingSection", u"v\u00ed d\u1ee5: T\u1ea1i x\u01b0\u1edfng s\u1ea3n xu\u1ea5t c\u1ee7a c\u01a1 s\u1edf, th\u00f4n Giang Cao, x\u00e3 B\u00e1t Tr\u00e0ng", None))
        pass
    # retranslateUi
