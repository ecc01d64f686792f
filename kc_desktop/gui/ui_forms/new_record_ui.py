# Generated from ui/new_record.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_NewRecordDialog(object):
    def setupUi(self, NewRecordDialog: _QWidget) -> None:
        if not NewRecordDialog.objectName():
            NewRecordDialog.setObjectName(u"NewRecordDialog")
        NewRecordDialog.setMinimumSize(QSize(640, 0))
        self.main_layout = QVBoxLayout(NewRecordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(NewRecordDialog)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.template_label = QLabel(NewRecordDialog)
        self.template_label.setObjectName(u"template_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template = QComboBox(NewRecordDialog)
        self.template.setObjectName(u"template")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template)

        self.project_label = QLabel(NewRecordDialog)
        self.project_label.setObjectName(u"project_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.project_label)

        self.project = ChoiceCombo(NewRecordDialog)
        self.project.setObjectName(u"project")
        self.project.setMinimumContentsLength(40)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.project)

        self.establishment_label = QLabel(NewRecordDialog)
        self.establishment_label.setObjectName(u"establishment_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.establishment_label)

        self.record_date_label = QLabel(NewRecordDialog)
        self.record_date_label.setObjectName(u"record_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.record_date_label)

        self.record_date = OptionalDateEdit(NewRecordDialog)
        self.record_date.setObjectName(u"record_date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.record_date)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(NewRecordDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #b3261e;")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(NewRecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template)
        self.project_label.setBuddy(self.project)
        self.record_date_label.setBuddy(self.record_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template, self.project)
        QWidget.setTabOrder(self.project, self.record_date)

        self.retranslateUi(NewRecordDialog)

        QMetaObject.connectSlotsByName(NewRecordDialog)
    # setupUi

    def retranslateUi(self, NewRecordDialog: _QWidget) -> None:
        self.template_label.setText(QCoreApplication.translate("NewRecordDialog", u"&M\u1eabu phi\u1ebfu:", None))
        self.project_label.setText(QCoreApplication.translate("NewRecordDialog", u"\u0110\u1ec1 \u00e1&n:", None))
        self.establishment_label.setText(QCoreApplication.translate("NewRecordDialog", u"C\u01a1 &s\u1edf:", None))
        self.record_date_label.setText(QCoreApplication.translate("NewRecordDialog", u"N&g\u00e0y l\u1eadp:", None))
        pass
    # retranslateUi
