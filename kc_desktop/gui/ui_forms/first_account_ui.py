# Generated from ui/first_account.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
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

class Ui_FirstAccountDialog(object):
    def setupUi(self, FirstAccountDialog: _QWidget) -> None:
        if not FirstAccountDialog.objectName():
            FirstAccountDialog.setObjectName(u"FirstAccountDialog")
        FirstAccountDialog.setMinimumSize(QSize(540, 0))
        self.main_layout = QVBoxLayout(FirstAccountDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(22, 18, 22, 16)
        self.title = QLabel(FirstAccountDialog)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.intro = QLabel(FirstAccountDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(FirstAccountDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(FirstAccountDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.error_username = QLabel(FirstAccountDialog)
        self.error_username.setObjectName(u"error_username")
        self.error_username.setStyleSheet(u"color: #b3261e;")
        self.error_username.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_username)

        self.password_label = QLabel(FirstAccountDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(FirstAccountDialog)
        self.password.setObjectName(u"password")
        self.password.setMaxLength(256)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.error_password = QLabel(FirstAccountDialog)
        self.error_password.setObjectName(u"error_password")
        self.error_password.setStyleSheet(u"color: #b3261e;")
        self.error_password.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_password)

        self.confirm_label = QLabel(FirstAccountDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(FirstAccountDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setMaxLength(256)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.error_confirm = QLabel(FirstAccountDialog)
        self.error_confirm.setObjectName(u"error_confirm")
        self.error_confirm.setStyleSheet(u"color: #b3261e;")
        self.error_confirm.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_confirm)


        self.main_layout.addLayout(self.form)

        self.error_general = QLabel(FirstAccountDialog)
        self.error_general.setObjectName(u"error_general")
        self.error_general.setStyleSheet(u"color: #b3261e;")
        self.error_general.setWordWrap(True)

        self.main_layout.addWidget(self.error_general)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(FirstAccountDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.confirm)

        self.retranslateUi(FirstAccountDialog)

        QMetaObject.connectSlotsByName(FirstAccountDialog)
    # setupUi

    def retranslateUi(self, FirstAccountDialog: _QWidget) -> None:
        FirstAccountDialog.setWindowTitle(QCoreApplication.translate("FirstAccountDialog", u"KC Desktop \u2014 T\u1ea1o t\u00e0i kho\u1ea3n \u0111\u0103ng nh\u1eadp", None))
        self.title.setText(QCoreApplication.translate("FirstAccountDialog", u"T\u1ea1o t\u00e0i kho\u1ea3n \u0111\u0103ng nh\u1eadp", None))
        self.intro.setText(QCoreApplication.translate("FirstAccountDialog", u"T\u1eeb phi\u00ean b\u1ea3n n\u00e0y, m\u1ed7i c\u00e1n b\u1ed9 \u0111\u0103ng nh\u1eadp b\u1eb1ng t\u00e0i kho\u1ea3n ri\u00eang, \u0111\u1ec3 nh\u1eadt k\u00fd ghi r\u00f5 ai \u0111\u00e3 s\u1eeda g\u00ec. H\u00e3y t\u1ea1o t\u00e0i kho\u1ea3n cho <b>{name}</b> \u2014 {role} c\u1ee7a {office}. T\u00e0i kho\u1ea3n n\u00e0y th\u00eam \u0111\u01b0\u1ee3c t\u00e0i kho\u1ea3n cho c\u00e1c c\u00e1n b\u1ed9 kh\u00e1c.", None))
        self.username_label.setText(QCoreApplication.translate("FirstAccountDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp", None))
        self.username.setPlaceholderText(QCoreApplication.translate("FirstAccountDialog", u"V\u00ed d\u1ee5 an.nguyen", None))
        self.password_label.setText(QCoreApplication.translate("FirstAccountDialog", u"M\u1eadt kh\u1ea9u", None))
        self.password.setPlaceholderText(QCoreApplication.translate("FirstAccountDialog", u"\u00cdt nh\u1ea5t 8 k\u00fd t\u1ef1", None))
        self.confirm_label.setText(QCoreApplication.translate("FirstAccountDialog", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u", None))
    # retranslateUi
