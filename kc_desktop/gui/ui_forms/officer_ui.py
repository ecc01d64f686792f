# Generated from ui/officer.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_OfficerDialog(object):
    def setupUi(self, OfficerDialog: _QWidget) -> None:
        if not OfficerDialog.objectName():
            OfficerDialog.setObjectName(u"OfficerDialog")
        OfficerDialog.setMinimumSize(QSize(500, 0))
        self.main_layout = QVBoxLayout(OfficerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 14, 18, 14)
        self.heading = QLabel(OfficerDialog)
        self.heading.setObjectName(u"heading")

        self.main_layout.addWidget(self.heading)

        self.note = QLabel(OfficerDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(u"color: #5f6368;")

        self.main_layout.addWidget(self.note)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(OfficerDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(OfficerDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.error_name = QLabel(OfficerDialog)
        self.error_name.setObjectName(u"error_name")
        self.error_name.setStyleSheet(u"color: #b3261e;")
        self.error_name.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_name)

        self.title_label = QLabel(OfficerDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(OfficerDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.role_label = QLabel(OfficerDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(OfficerDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role)

        self.error_role = QLabel(OfficerDialog)
        self.error_role.setObjectName(u"error_role")
        self.error_role.setStyleSheet(u"color: #b3261e;")
        self.error_role.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.error_role)

        self.username_label = QLabel(OfficerDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(OfficerDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.username)

        self.error_username = QLabel(OfficerDialog)
        self.error_username.setObjectName(u"error_username")
        self.error_username.setStyleSheet(u"color: #b3261e;")
        self.error_username.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.error_username)

        self.password_label = QLabel(OfficerDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(OfficerDialog)
        self.password.setObjectName(u"password")
        self.password.setMaxLength(256)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.password)

        self.error_password = QLabel(OfficerDialog)
        self.error_password.setObjectName(u"error_password")
        self.error_password.setStyleSheet(u"color: #b3261e;")
        self.error_password.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.error_password)

        self.confirm_label = QLabel(OfficerDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(OfficerDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setMaxLength(256)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.error_confirm = QLabel(OfficerDialog)
        self.error_confirm.setObjectName(u"error_confirm")
        self.error_confirm.setStyleSheet(u"color: #b3261e;")
        self.error_confirm.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.error_confirm)


        self.main_layout.addLayout(self.form)

        self.error_general = QLabel(OfficerDialog)
        self.error_general.setObjectName(u"error_general")
        self.error_general.setStyleSheet(u"color: #b3261e;")
        self.error_general.setWordWrap(True)

        self.main_layout.addWidget(self.error_general)

        self.buttons = QDialogButtonBox(OfficerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.title_label.setBuddy(self.title)
        self.role_label.setBuddy(self.role)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.title)
        QWidget.setTabOrder(self.title, self.role)
        QWidget.setTabOrder(self.role, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.confirm)

        self.retranslateUi(OfficerDialog)

        QMetaObject.connectSlotsByName(OfficerDialog)
    # setupUi

    def retranslateUi(self, OfficerDialog: _QWidget) -> None:
        OfficerDialog.setWindowTitle(QCoreApplication.translate("OfficerDialog", u"Th\u00eam c\u00e1n b\u1ed9", None))
        self.heading.setText(QCoreApplication.translate("OfficerDialog", u"Th\u00eam c\u00e1n b\u1ed9 c\u1ee7a \u0111\u01a1n v\u1ecb", None))
        self.note.setText(QCoreApplication.translate("OfficerDialog", u"C\u00e1n b\u1ed9 \u0111\u0103ng nh\u1eadp b\u1eb1ng t\u00ean v\u00e0 m\u1eadt kh\u1ea9u n\u00e0y r\u1ed3i t\u1ef1 \u0111\u1ed5i m\u1eadt kh\u1ea9u trong \u00abQu\u1ea3n tr\u1ecb \u2192 \u0110\u1ed5i m\u1eadt kh\u1ea9u\u00bb.", None))
        self.name_label.setText(QCoreApplication.translate("OfficerDialog", u"H\u1ecd v\u00e0 t\u00ean *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OfficerDialog", u"V\u00ed d\u1ee5 L\u00ea Th\u1ecb Hoa", None))
        self.title_label.setText(QCoreApplication.translate("OfficerDialog", u"Ch\u1ee9c v\u1ee5", None))
        self.title.setPlaceholderText(QCoreApplication.translate("OfficerDialog", u"V\u00ed d\u1ee5 C\u00e1n b\u1ed9 khuy\u1ebfn c\u00f4ng", None))
        self.role_label.setText(QCoreApplication.translate("OfficerDialog", u"Vai tr\u00f2", None))
        self.username_label.setText(QCoreApplication.translate("OfficerDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp *", None))
        self.username.setPlaceholderText(QCoreApplication.translate("OfficerDialog", u"V\u00ed d\u1ee5 hoa.le", None))
        self.password_label.setText(QCoreApplication.translate("OfficerDialog", u"M\u1eadt kh\u1ea9u *", None))
        self.password.setPlaceholderText(QCoreApplication.translate("OfficerDialog", u"\u00cdt nh\u1ea5t 8 k\u00fd t\u1ef1; c\u00e1n b\u1ed9 t\u1ef1 \u0111\u1ed5i sau", None))
        self.confirm_label.setText(QCoreApplication.translate("OfficerDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u *", None))
    # retranslateUi
