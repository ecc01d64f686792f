# Generated from ui/choose_passphrase.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_ChoosePassphraseDialog(object):
    def setupUi(self, ChoosePassphraseDialog: _QWidget) -> None:
        if not ChoosePassphraseDialog.objectName():
            ChoosePassphraseDialog.setObjectName(u"ChoosePassphraseDialog")
        self.main_layout = QVBoxLayout(ChoosePassphraseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.advice = QLabel(ChoosePassphraseDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.main_layout.addWidget(self.advice)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphrase_label = QLabel(ChoosePassphraseDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(ChoosePassphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.again_label = QLabel(ChoosePassphraseDialog)
        self.again_label.setObjectName(u"again_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.again_label)

        self.passphraseAgain = QLineEdit(ChoosePassphraseDialog)
        self.passphraseAgain.setObjectName(u"passphraseAgain")
        self.passphraseAgain.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseAgain)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(ChoosePassphraseDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #b3261e;")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(ChoosePassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
        self.again_label.setBuddy(self.passphraseAgain)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase, self.passphraseAgain)

        self.retranslateUi(ChoosePassphraseDialog)

        QMetaObject.connectSlotsByName(ChoosePassphraseDialog)
    # setupUi

    def retranslateUi(self, ChoosePassphraseDialog: _QWidget) -> None:
        self.advice.setText(QCoreApplication.translate("ChoosePassphraseDialog", u"B\u1ea3n sao l\u01b0u ch\u1ee9a to\u00e0n b\u1ed9 d\u1eef li\u1ec7u, kh\u00f3a c\u1ee7a \u0111\u01a1n v\u1ecb v\u00e0 m\u1ecdi \u1ea3nh, ch\u1eef k\u00fd, n\u00ean \u0111\u01b0\u1ee3c m\u00e3 h\u00f3a b\u1eb1ng m\u1eadt kh\u1ea9u n\u00e0y. Sao l\u01b0u t\u1ef1 \u0111\u1ed9ng h\u1eb1ng ng\u00e0y kh\u00f4ng c\u1ea7n nh\u1eadp l\u1ea1i; ch\u1ec9 khi kh\u00f4i ph\u1ee5c m\u1edbi c\u1ea7n.\n"
"\n"
"\u2022 D\u00f9ng \u00edt nh\u1ea5t {n} k\u00fd t\u1ef1, d\u1ec5 \u0111\u1ecdc khi c\u1ea7n (v\u00ed d\u1ee5 m\u1ed9t c\u00e2u ng\u1eafn c\u00f3 s\u1ed1).\n"
"\u2022 Ghi ra gi\u1ea5y, cho v\u00e0o phong b\u00ec ni\u00eam phong, c\u1ea5t trong t\u1ee7 c\u1ee7a \u0111\u01a1n v\u1ecb, kh\u00f4ng \u0111\u1ec3 c\u00f9ng m\u00e1y t\u00ednh hay c\u00f9ng USB sao l\u01b0u.\n"
"\u2022 M\u1eadt kh\u1ea9u kh\u00f4ng \u0111\u01b0\u1ee3c l\u01b0u \u1edf \u0111\u00e2u trong ch\u01b0\u01a1ng tr\u00ecnh: m\u1ea5t m\u1eadt kh\u1ea9u th\u00ec kh\u00f4ng m\u1edf \u0111\u01b0\u1ee3c b\u1ea3n sao l\u01b0u.\n"
"\u2022 C\u00e1c b\u1ea3n sao l\u01b0"
                        "u c\u0169 v\u1eabn m\u1edf b\u1eb1ng m\u1eadt kh\u1ea9u \u0111\u00e3 d\u00f9ng khi l\u1eadp ch\u00fang.", None))
        self.passphrase_label.setText(QCoreApplication.translate("ChoosePassphraseDialog", u"M\u1eadt kh\u1ea9u sao l\u01b0u:", None))
        self.again_label.setText(QCoreApplication.translate("ChoosePassphraseDialog", u"Nh\u1eadp l\u1ea1i:", None))
        pass
    # retranslateUi
