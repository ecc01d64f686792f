# Generated from ui/new_acceptance.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_NewAcceptanceDialog(object):
    def setupUi(self, NewAcceptanceDialog: _QWidget) -> None:
        if not NewAcceptanceDialog.objectName():
            NewAcceptanceDialog.setObjectName(u"NewAcceptanceDialog")
        NewAcceptanceDialog.setMinimumSize(QSize(760, 0))
        self.main_layout = QVBoxLayout(NewAcceptanceDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(NewAcceptanceDialog)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.intro = QLabel(NewAcceptanceDialog)
        self.intro.setObjectName(u"intro")

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.project_label = QLabel(NewAcceptanceDialog)
        self.project_label.setObjectName(u"project_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.project_label)

        self.project = ChoiceCombo(NewAcceptanceDialog)
        self.project.setObjectName(u"project")
        self.project.setMinimumContentsLength(44)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.project)

        self.beneficiary_label = QLabel(NewAcceptanceDialog)
        self.beneficiary_label.setObjectName(u"beneficiary_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.beneficiary_label)

        self.beneficiary = QComboBox(NewAcceptanceDialog)
        self.beneficiary.setObjectName(u"beneficiary")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.beneficiary)

        self.day_label = QLabel(NewAcceptanceDialog)
        self.day_label.setObjectName(u"day_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.day_label)

        self.day = OptionalDateEdit(NewAcceptanceDialog)
        self.day.setObjectName(u"day")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.day)


        self.main_layout.addLayout(self.form)

        self.note = QLabel(NewAcceptanceDialog)
        self.note.setObjectName(u"note")
        self.note.setStyleSheet(u"color: #5f6368;")
        self.note.setWordWrap(True)

        self.main_layout.addWidget(self.note)

        self.problem = QLabel(NewAcceptanceDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #b3261e;")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(NewAcceptanceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.project_label.setBuddy(self.project)
        self.beneficiary_label.setBuddy(self.beneficiary)
        self.day_label.setBuddy(self.day)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.project, self.beneficiary)
        QWidget.setTabOrder(self.beneficiary, self.day)

        self.retranslateUi(NewAcceptanceDialog)

        QMetaObject.connectSlotsByName(NewAcceptanceDialog)
    # setupUi

    def retranslateUi(self, NewAcceptanceDialog: _QWidget) -> None:
        NewAcceptanceDialog.setWindowTitle(QCoreApplication.translate("NewAcceptanceDialog", u"L\u1eadp bi\u00ean b\u1ea3n nghi\u1ec7m thu", None))
        self.title.setText(QCoreApplication.translate("NewAcceptanceDialog", u"L\u1eadp bi\u00ean b\u1ea3n nghi\u1ec7m thu", None))
        self.intro.setText(QCoreApplication.translate("NewAcceptanceDialog", u"Ch\u1ec9 c\u00e1c \u0111\u1ec1 \u00e1n \u0111\u00e3 ph\u00ea duy\u1ec7t, \u0111ang th\u1ef1c hi\u1ec7n ho\u1eb7c \u0111\u00e3 ki\u1ec3m tra m\u1edbi nghi\u1ec7m thu \u0111\u01b0\u1ee3c.", None))
        self.project_label.setText(QCoreApplication.translate("NewAcceptanceDialog", u"\u0110\u1ec1 \u00e1n:", None))
        self.beneficiary_label.setText(QCoreApplication.translate("NewAcceptanceDialog", u"&C\u01a1 s\u1edf th\u1ee5 h\u01b0\u1edfng:", None))
        self.day_label.setText(QCoreApplication.translate("NewAcceptanceDialog", u"&Ng\u00e0y nghi\u1ec7m thu:", None))
    # retranslateUi
