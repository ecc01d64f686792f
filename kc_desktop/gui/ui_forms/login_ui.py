# Generated from ui/login.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog: _QWidget) -> None:
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(LoginDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(22, 18, 22, 16)
        self.title = QLabel(LoginDialog)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.office = QLabel(LoginDialog)
        self.office.setObjectName(u"office")
        self.office.setStyleSheet(u"color: #5f6368;")

        self.main_layout.addWidget(self.office)

        self.office_space = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.main_layout.addItem(self.office_space)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(LoginDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(LoginDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(LoginDialog)
        self.password.setObjectName(u"password")
        self.password.setMaxLength(256)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.main_layout.addLayout(self.form)

        self.error = QLabel(LoginDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setWordWrap(True)

        self.main_layout.addWidget(self.error)

        self.hint = QLabel(LoginDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #5f6368;")
        self.hint.setWordWrap(True)

        self.main_layout.addWidget(self.hint)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(LoginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog: _QWidget) -> None:
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"KC Desktop \u2014 \u0110\u0103ng nh\u1eadp", None))
        self.title.setText(QCoreApplication.translate("LoginDialog", u"\u0110\u0103ng nh\u1eadp", None))
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp", None))
        self.username.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"V\u00ed d\u1ee5 an.nguyen", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"M\u1eadt kh\u1ea9u", None))
        self.hint.setText(QCoreApplication.translate("LoginDialog", u"Qu\u00ean m\u1eadt kh\u1ea9u? Nh\u1edd l\u00e3nh \u0111\u1ea1o \u0111\u01a1n v\u1ecb \u0111\u1eb7t l\u1ea1i trong \u00abQu\u1ea3n tr\u1ecb \u2192 T\u00e0i kho\u1ea3n c\u00e1n b\u1ed9\u00bb.", None))
    # retranslateUi
