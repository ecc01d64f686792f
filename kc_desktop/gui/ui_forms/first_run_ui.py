# Generated from ui/first_run.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.widgets.choice_combo import ChoiceCombo

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_FirstRunForm(object):
    def setupUi(self, FirstRunForm: _QWidget) -> None:
        if not FirstRunForm.objectName():
            FirstRunForm.setObjectName(u"FirstRunForm")
        FirstRunForm.resize(620, 600)
        self.main_layout = QVBoxLayout(FirstRunForm)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(FirstRunForm)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.main_layout.addWidget(self.title)

        self.intro = QLabel(FirstRunForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.office_group = QGroupBox(FirstRunForm)
        self.office_group.setObjectName(u"office_group")
        self.office_form = QFormLayout(self.office_group)
        self.office_form.setObjectName(u"office_form")
        self.office_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.site_code_label = QLabel(self.office_group)
        self.site_code_label.setObjectName(u"site_code_label")

        self.office_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.site_code_label)

        self.site_code = QLineEdit(self.office_group)
        self.site_code.setObjectName(u"site_code")
        self.site_code.setMaxLength(16)

        self.office_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.site_code)

        self.error_code = QLabel(self.office_group)
        self.error_code.setObjectName(u"error_code")
        self.error_code.setStyleSheet(u"color: #b3261e;")
        self.error_code.setWordWrap(True)

        self.office_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_code)

        self.site_name_label = QLabel(self.office_group)
        self.site_name_label.setObjectName(u"site_name_label")

        self.office_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.site_name_label)

        self.site_name = QLineEdit(self.office_group)
        self.site_name.setObjectName(u"site_name")

        self.office_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.site_name)

        self.error_name = QLabel(self.office_group)
        self.error_name.setObjectName(u"error_name")
        self.error_name.setStyleSheet(u"color: #b3261e;")
        self.error_name.setWordWrap(True)

        self.office_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.error_name)

        self.level_label = QLabel(self.office_group)
        self.level_label.setObjectName(u"level_label")

        self.office_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level = QComboBox(self.office_group)
        self.level.setObjectName(u"level")

        self.office_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.level)

        self.error_level = QLabel(self.office_group)
        self.error_level.setObjectName(u"error_level")
        self.error_level.setStyleSheet(u"color: #b3261e;")
        self.error_level.setWordWrap(True)

        self.office_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_level)

        self.admin_unit_label = QLabel(self.office_group)
        self.admin_unit_label.setObjectName(u"admin_unit_label")

        self.office_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.admin_unit_label)

        self.admin_unit = ChoiceCombo(self.office_group)
        self.admin_unit.setObjectName(u"admin_unit")

        self.office_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.admin_unit)

        self.error_admin_unit_code = QLabel(self.office_group)
        self.error_admin_unit_code.setObjectName(u"error_admin_unit_code")
        self.error_admin_unit_code.setStyleSheet(u"color: #b3261e;")
        self.error_admin_unit_code.setWordWrap(True)

        self.office_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.error_admin_unit_code)


        self.main_layout.addWidget(self.office_group)

        self.officer_group = QGroupBox(FirstRunForm)
        self.officer_group.setObjectName(u"officer_group")
        self.officer_form = QFormLayout(self.officer_group)
        self.officer_form.setObjectName(u"officer_form")
        self.officer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.officer_name_label = QLabel(self.officer_group)
        self.officer_name_label.setObjectName(u"officer_name_label")

        self.officer_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officer_name_label)

        self.officer_name = QLineEdit(self.officer_group)
        self.officer_name.setObjectName(u"officer_name")

        self.officer_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officer_name)

        self.error_officer_name = QLabel(self.officer_group)
        self.error_officer_name.setObjectName(u"error_officer_name")
        self.error_officer_name.setStyleSheet(u"color: #b3261e;")
        self.error_officer_name.setWordWrap(True)

        self.officer_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.error_officer_name)

        self.officer_title_label = QLabel(self.officer_group)
        self.officer_title_label.setObjectName(u"officer_title_label")

        self.officer_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officer_title_label)

        self.officer_title = QLineEdit(self.officer_group)
        self.officer_title.setObjectName(u"officer_title")

        self.officer_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officer_title)

        self.username_label = QLabel(self.officer_group)
        self.username_label.setObjectName(u"username_label")

        self.officer_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(self.officer_group)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.officer_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.username)

        self.error_username = QLabel(self.officer_group)
        self.error_username.setObjectName(u"error_username")
        self.error_username.setStyleSheet(u"color: #b3261e;")
        self.error_username.setWordWrap(True)

        self.officer_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.error_username)

        self.password_label = QLabel(self.officer_group)
        self.password_label.setObjectName(u"password_label")

        self.officer_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(self.officer_group)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.officer_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password)

        self.error_password = QLabel(self.officer_group)
        self.error_password.setObjectName(u"error_password")
        self.error_password.setStyleSheet(u"color: #b3261e;")
        self.error_password.setWordWrap(True)

        self.officer_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.error_password)

        self.confirm_label = QLabel(self.officer_group)
        self.confirm_label.setObjectName(u"confirm_label")

        self.officer_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(self.officer_group)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.officer_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.error_confirm = QLabel(self.officer_group)
        self.error_confirm.setObjectName(u"error_confirm")
        self.error_confirm.setStyleSheet(u"color: #b3261e;")
        self.error_confirm.setWordWrap(True)

        self.officer_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.error_confirm)


        self.main_layout.addWidget(self.officer_group)

        self.demo = QCheckBox(FirstRunForm)
        self.demo.setObjectName(u"demo")

        self.main_layout.addWidget(self.demo)

        self.error_general = QLabel(FirstRunForm)
        self.error_general.setObjectName(u"error_general")
        self.error_general.setStyleSheet(u"color: #b3261e;")
        self.error_general.setWordWrap(True)

        self.main_layout.addWidget(self.error_general)

        self.stretch = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.button_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.button_space)

        self.start = QPushButton(FirstRunForm)
        self.start.setObjectName(u"start")
        self.start.setAutoDefault(False)

        self.buttons.addWidget(self.start)

        self.quit = QPushButton(FirstRunForm)
        self.quit.setObjectName(u"quit")
        self.quit.setAutoDefault(False)

        self.buttons.addWidget(self.quit)


        self.main_layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.site_code_label.setBuddy(self.site_code)
        self.site_name_label.setBuddy(self.site_name)
        self.level_label.setBuddy(self.level)
        self.admin_unit_label.setBuddy(self.admin_unit)
        self.officer_name_label.setBuddy(self.officer_name)
        self.officer_title_label.setBuddy(self.officer_title)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.site_code, self.site_name)
        QWidget.setTabOrder(self.site_name, self.level)
        QWidget.setTabOrder(self.level, self.admin_unit)
        QWidget.setTabOrder(self.admin_unit, self.officer_name)
        QWidget.setTabOrder(self.officer_name, self.officer_title)
        QWidget.setTabOrder(self.officer_title, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.confirm)
        QWidget.setTabOrder(self.confirm, self.demo)
        QWidget.setTabOrder(self.demo, self.start)
        QWidget.setTabOrder(self.start, self.quit)

        self.retranslateUi(FirstRunForm)

        QMetaObject.connectSlotsByName(FirstRunForm)
    # setupUi

    def retranslateUi(self, FirstRunForm: _QWidget) -> None:
        self.title.setText(QCoreApplication.translate("FirstRunForm", u"Ch\u00e0o m\u1eebng \u0111\u1ebfn v\u1edbi KC Desktop", None))
        self.intro.setText(QCoreApplication.translate("FirstRunForm", u"Khai b\u00e1o \u0111\u01a1n v\u1ecb d\u00f9ng m\u00e1y n\u00e0y v\u00e0 c\u00e1n b\u1ed9 ph\u1ee5 tr\u00e1ch. Th\u00f4ng tin n\u00e0y \u0111\u01b0\u1ee3c in tr\u00ean bi\u00ean b\u1ea3n v\u00e0 \u0111i k\u00e8m d\u1eef li\u1ec7u g\u1eedi S\u1edf C\u00f4ng Th\u01b0\u01a1ng; ch\u1ec9 khai b\u00e1o m\u1ed9t l\u1ea7n.", None))
        self.office_group.setTitle(QCoreApplication.translate("FirstRunForm", u"\u0110\u01a1n v\u1ecb", None))
        self.site_code_label.setText(QCoreApplication.translate("FirstRunForm", u"M\u00e3 \u0111\u01a1n v\u1ecb *", None))
        self.site_code.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"V\u00ed d\u1ee5 BT01", None))
        self.site_name_label.setText(QCoreApplication.translate("FirstRunForm", u"T\u00ean \u0111\u01a1n v\u1ecb *", None))
        self.site_name.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"V\u00ed d\u1ee5 UBND x\u00e3 B\u00e1t Tr\u00e0ng", None))
        self.level_label.setText(QCoreApplication.translate("FirstRunForm", u"C\u1ea5p \u0111\u01a1n v\u1ecb", None))
        self.admin_unit_label.setText(QCoreApplication.translate("FirstRunForm", u"X\u00e3/Ph\u01b0\u1eddng", None))
        self.officer_group.setTitle(QCoreApplication.translate("FirstRunForm", u"C\u00e1n b\u1ed9 ph\u1ee5 tr\u00e1ch (l\u00e3nh \u0111\u1ea1o \u0111\u01a1n v\u1ecb, qu\u1ea3n l\u00fd t\u00e0i kho\u1ea3n tr\u00ean m\u00e1y n\u00e0y)", None))
        self.officer_name_label.setText(QCoreApplication.translate("FirstRunForm", u"H\u1ecd v\u00e0 t\u00ean *", None))
        self.officer_name.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"V\u00ed d\u1ee5 Nguy\u1ec5n V\u0103n An", None))
        self.officer_title_label.setText(QCoreApplication.translate("FirstRunForm", u"Ch\u1ee9c v\u1ee5", None))
        self.officer_title.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"V\u00ed d\u1ee5 C\u00e1n b\u1ed9 khuy\u1ebfn c\u00f4ng", None))
        self.username_label.setText(QCoreApplication.translate("FirstRunForm", u"T\u00ean \u0111\u0103ng nh\u1eadp *", None))
        self.username.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"V\u00ed d\u1ee5 an.nguyen", None))
        self.password_label.setText(QCoreApplication.translate("FirstRunForm", u"M\u1eadt kh\u1ea9u *", None))
        self.password.setPlaceholderText(QCoreApplication.translate("FirstRunForm", u"\u00cdt nh\u1ea5t 8 k\u00fd t\u1ef1", None))
        self.confirm_label.setText(QCoreApplication.translate("FirstRunForm", u"Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u *", None))
        self.confirm.setPlaceholderText("")
        self.demo.setText(QCoreApplication.translate("FirstRunForm", u"T\u1ea1o &d\u1eef li\u1ec7u m\u1eabu \u0111\u1ec3 d\u00f9ng th\u1eed", None))
#if QT_CONFIG(tooltip)
        self.demo.setToolTip(QCoreApplication.translate("FirstRunForm", u"Th\u00eam 500 c\u01a1 s\u1edf m\u1eabu (t\u00ean, m\u00e3 s\u1ed1 thu\u1ebf, l\u00e0ng ngh\u1ec1 gi\u1ea3 l\u1eadp) \u0111\u1ec3 l\u00e0m quen v\u1edbi ch\u01b0\u01a1ng tr\u00ecnh.", None))
#endif // QT_CONFIG(tooltip)
        self.start.setText(QCoreApplication.translate("FirstRunForm", u"&B\u1eaft \u0111\u1ea7u s\u1eed d\u1ee5ng", None))
        self.quit.setText(QCoreApplication.translate("FirstRunForm", u"Th&o\u00e1t", None))
        pass
    # retranslateUi
