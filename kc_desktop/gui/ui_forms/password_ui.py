# Generated from ui/password.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog: _QWidget) -> None:
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(PasswordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 14, 18, 14)
        self.heading = QLabel(PasswordDialog)
        self.heading.setObjectName(u"heading")

        self.main_layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.old_label = QLabel(PasswordDialog)
        self.old_label.setObjectName(u"old_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_label)

        self.old = QLineEdit(PasswordDialog)
        self.old.setObjectName(u"old")
        self.old.setMaxLength(256)
        self.old.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old)

        self.error_old = QLabel(PasswordDialog)
        self.error_old.setObjectName(u"error_old")
        self.error_old.setStyleSheet(u"color: #b3261e;")
        self.error_old.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_old)

        self.new_label = QLabel(PasswordDialog)
        self.new_label.setObjectName(u"new_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new = QLineEdit(PasswordDialog)
        self.new.setObjectName(u"new")
        self.new.setMaxLength(256)
        self.new.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new)

        self.error_password = QLabel(PasswordDialog)
        self.error_password.setObjectName(u"error_password")
        self.error_password.setStyleSheet(u"color: #b3261e;")
        self.error_password.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_password)

        self.confirm_label = QLabel(PasswordDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(PasswordDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setMaxLength(256)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.error_confirm = QLabel(PasswordDialog)
        self.error_confirm.setObjectName(u"error_confirm")
        self.error_confirm.setStyleSheet(u"color: #b3261e;")
        self.error_confirm.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_confirm)


        self.main_layout.addLayout(self.form)

        self.error_general = QLabel(PasswordDialog)
        self.error_general.setObjectName(u"error_general")
        self.error_general.setStyleSheet(u"color: #b3261e;")
        self.error_general.setWordWrap(True)

        self.main_layout.addWidget(self.error_general)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.old_label.setBuddy(self.old)
        self.new_label.setBuddy(self.new)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.old, self.new)
        QWidget.setTabOrder(self.new, self.confirm)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog: _QWidget) -> None:
        self.old_label.setText(QCoreApplication.translate("PasswordDialog", u"M\u1eadt kh\u1ea9u hi\u1ec7n t\u1ea1i", None))
        self.new_label.setText(QCoreApplication.translate("PasswordDialog", u"M\u1eadt kh\u1ea9u m\u1edbi", None))
        self.new.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"\u00cdt nh\u1ea5t 8 k\u00fd t\u1ef1", None))
        self.confirm_label.setText(QCoreApplication.translate("PasswordDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u m\u1edbi", None))
        pass
    # retranslateUi
