# Generated from ui/craft_villages.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.widgets.choice_combo import ChoiceCombo

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_CraftVillageDialog(object):
    def setupUi(self, CraftVillageDialog: _QWidget) -> None:
        if not CraftVillageDialog.objectName():
            CraftVillageDialog.setObjectName(u"CraftVillageDialog")
        CraftVillageDialog.resize(1040, 560)
        self.main_layout = QVBoxLayout(CraftVillageDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.table = QTableWidget(CraftVillageDialog)
        if (self.table.columnCount() < 4):
            self.table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)

        self.body.addWidget(self.table)

        self.info_box = QGroupBox(CraftVillageDialog)
        self.info_box.setObjectName(u"info_box")
        self.right = QVBoxLayout(self.info_box)
        self.right.setObjectName(u"right")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(self.info_box)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.info_box)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.unit_label = QLabel(self.info_box)
        self.unit_label.setObjectName(u"unit_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit = ChoiceCombo(self.info_box)
        self.unit.setObjectName(u"unit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit)

        self.products_label = QLabel(self.info_box)
        self.products_label.setObjectName(u"products_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.products_label)

        self.products = QLineEdit(self.info_box)
        self.products.setObjectName(u"products")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.products)

        self.recognised = QCheckBox(self.info_box)
        self.recognised.setObjectName(u"recognised")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recognised)

        self.decision_label = QLabel(self.info_box)
        self.decision_label.setObjectName(u"decision_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision = QLineEdit(self.info_box)
        self.decision.setObjectName(u"decision")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decision)


        self.right.addLayout(self.form)

        self.hint = QLabel(self.info_box)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #5f6368;")

        self.right.addWidget(self.hint)

        self.right_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right.addItem(self.right_stretch)

        self.village_buttons = QHBoxLayout()
        self.village_buttons.setObjectName(u"village_buttons")
        self.new_button = QPushButton(self.info_box)
        self.new_button.setObjectName(u"new_button")

        self.village_buttons.addWidget(self.new_button)

        self.village_buttons_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.village_buttons.addItem(self.village_buttons_stretch)

        self.save_button = QPushButton(self.info_box)
        self.save_button.setObjectName(u"save_button")

        self.village_buttons.addWidget(self.save_button)


        self.right.addLayout(self.village_buttons)


        self.body.addWidget(self.info_box)

        self.body.setStretch(0, 3)
        self.body.setStretch(1, 2)

        self.main_layout.addLayout(self.body)

        self.close = QDialogButtonBox(CraftVillageDialog)
        self.close.setObjectName(u"close")
        self.close.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.close)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.unit_label.setBuddy(self.unit)
        self.products_label.setBuddy(self.products)
        self.decision_label.setBuddy(self.decision)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.name)
        QWidget.setTabOrder(self.name, self.unit)
        QWidget.setTabOrder(self.unit, self.products)
        QWidget.setTabOrder(self.products, self.recognised)
        QWidget.setTabOrder(self.recognised, self.decision)
        QWidget.setTabOrder(self.decision, self.new_button)
        QWidget.setTabOrder(self.new_button, self.save_button)

        self.retranslateUi(CraftVillageDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(CraftVillageDialog)
    # setupUi

    def retranslateUi(self, CraftVillageDialog: _QWidget) -> None:
        CraftVillageDialog.setWindowTitle(QCoreApplication.translate("CraftVillageDialog", u"Danh m\u1ee5c l\u00e0ng ngh\u1ec1", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CraftVillageDialog", u"L\u00e0ng ngh\u1ec1", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CraftVillageDialog", u"X\u00e3/Ph\u01b0\u1eddng", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CraftVillageDialog", u"TP c\u00f4ng nh\u1eadn", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CraftVillageDialog", u"S\u1ed1 c\u01a1 s\u1edf", None))
        self.info_box.setTitle(QCoreApplication.translate("CraftVillageDialog", u"Th\u00f4ng tin l\u00e0ng ngh\u1ec1", None))
        self.name_label.setText(QCoreApplication.translate("CraftVillageDialog", u"T\u00ean l\u00e0ng ngh\u1ec1 *", None))
        self.unit_label.setText(QCoreApplication.translate("CraftVillageDialog", u"X\u00e3/Ph\u01b0\u1eddng", None))
        self.products_label.setText(QCoreApplication.translate("CraftVillageDialog", u"S\u1ea3n ph\u1ea9m", None))
        self.products.setPlaceholderText(QCoreApplication.translate("CraftVillageDialog", u"V\u00ed d\u1ee5: G\u1ed1m s\u1ee9, s\u01a1n m\u00e0i", None))
        self.recognised.setText(QCoreApplication.translate("CraftVillageDialog", u"\u0110\u01b0\u1ee3c Th\u00e0nh ph\u1ed1 &c\u00f4ng nh\u1eadn l\u00e0 l\u00e0ng ngh\u1ec1", None))
        self.decision_label.setText(QCoreApplication.translate("CraftVillageDialog", u"Quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn", None))
        self.decision.setPlaceholderText(QCoreApplication.translate("CraftVillageDialog", u"S\u1ed1, ng\u00e0y quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn", None))
        self.hint.setText(QCoreApplication.translate("CraftVillageDialog", u"Theo Ngh\u1ecb \u0111\u1ecbnh 235/2025/N\u0110-CP, c\u01a1 s\u1edf \u1edf ph\u01b0\u1eddng ch\u1ec9 \u0111\u01b0\u1ee3c h\u1ed7 tr\u1ee3 khi thu\u1ed9c l\u00e0ng ngh\u1ec1 \u0111\u01b0\u1ee3c Th\u00e0nh ph\u1ed1 c\u00f4ng nh\u1eadn.", None))
        self.new_button.setText(QCoreApplication.translate("CraftVillageDialog", u"Th\u00eam l\u00e0ng ngh\u1ec1 &m\u1edbi", None))
        self.save_button.setText(QCoreApplication.translate("CraftVillageDialog", u"L\u01b0u", None))
    # retranslateUi
