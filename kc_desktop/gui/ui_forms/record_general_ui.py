# Generated from ui/record_general.ui by tools/compile_ui.py: edit the form in Qt Designer and run the
# tool again; changes made here are lost. Its texts are translated from the .ui file.
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.forms.acceptance_parts import TimeEdit
from kc_desktop.gui.forms.record_parts import ParticipantsTable
from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit

from PySide6.QtWidgets import QWidget as _QWidget

class Ui_GeneralPanel(object):
    def setupUi(self, GeneralPanel: _QWidget) -> None:
        if not GeneralPanel.objectName():
            GeneralPanel.setObjectName(u"GeneralPanel")
        self.main_layout = QVBoxLayout(GeneralPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.template_label = QLabel(GeneralPanel)
        self.template_label.setObjectName(u"template_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template = QLabel(GeneralPanel)
        self.template.setObjectName(u"template")
        self.template.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template)

        self.project_id_label = QLabel(GeneralPanel)
        self.project_id_label.setObjectName(u"project_id_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.project_id_label)

        self.project_id_box = QWidget(GeneralPanel)
        self.project_id_box.setObjectName(u"project_id_box")
        self.project_id_layout = QVBoxLayout(self.project_id_box)
        self.project_id_layout.setSpacing(2)
        self.project_id_layout.setObjectName(u"project_id_layout")
        self.project_id_layout.setContentsMargins(0, 0, 0, 0)
        self.project = ChoiceCombo(self.project_id_box)
        self.project.setObjectName(u"project")
        self.project.setMinimumContentsLength(30)

        self.project_id_layout.addWidget(self.project)

        self.error_project_id = QLabel(self.project_id_box)
        self.error_project_id.setObjectName(u"error_project_id")
        self.error_project_id.setStyleSheet(u"color: #b3261e;")
        self.error_project_id.setWordWrap(True)

        self.project_id_layout.addWidget(self.error_project_id)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.project_id_box)

        self.establishment_id_label = QLabel(GeneralPanel)
        self.establishment_id_label.setObjectName(u"establishment_id_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.establishment_id_label)

        self.establishment_id_box = QWidget(GeneralPanel)
        self.establishment_id_box.setObjectName(u"establishment_id_box")
        self.establishment_id_layout = QVBoxLayout(self.establishment_id_box)
        self.establishment_id_layout.setSpacing(2)
        self.establishment_id_layout.setObjectName(u"establishment_id_layout")
        self.establishment_id_layout.setContentsMargins(0, 0, 0, 0)
        self.error_establishment_id = QLabel(self.establishment_id_box)
        self.error_establishment_id.setObjectName(u"error_establishment_id")
        self.error_establishment_id.setStyleSheet(u"color: #b3261e;")
        self.error_establishment_id.setWordWrap(True)

        self.establishment_id_layout.addWidget(self.error_establishment_id)


        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.establishment_id_box)

        self.record_date_label = QLabel(GeneralPanel)
        self.record_date_label.setObjectName(u"record_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.record_date_label)

        self.record_date_box = QWidget(GeneralPanel)
        self.record_date_box.setObjectName(u"record_date_box")
        self.record_date_layout = QVBoxLayout(self.record_date_box)
        self.record_date_layout.setSpacing(2)
        self.record_date_layout.setObjectName(u"record_date_layout")
        self.record_date_layout.setContentsMargins(0, 0, 0, 0)
        self.record_date = OptionalDateEdit(self.record_date_box)
        self.record_date.setObjectName(u"record_date")

        self.record_date_layout.addWidget(self.record_date)

        self.error_record_date = QLabel(self.record_date_box)
        self.error_record_date.setObjectName(u"error_record_date")
        self.error_record_date.setStyleSheet(u"color: #b3261e;")
        self.error_record_date.setWordWrap(True)

        self.record_date_layout.addWidget(self.error_record_date)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.record_date_box)

        self.time_label = QLabel(GeneralPanel)
        self.time_label.setObjectName(u"time_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time_box = QWidget(GeneralPanel)
        self.time_box.setObjectName(u"time_box")
        self.time_layout = QVBoxLayout(self.time_box)
        self.time_layout.setSpacing(2)
        self.time_layout.setObjectName(u"time_layout")
        self.time_layout.setContentsMargins(0, 0, 0, 0)
        self.times = QHBoxLayout()
        self.times.setObjectName(u"times")
        self.start_time_label = QLabel(self.time_box)
        self.start_time_label.setObjectName(u"start_time_label")

        self.times.addWidget(self.start_time_label)

        self.start_time = TimeEdit(self.time_box)
        self.start_time.setObjectName(u"start_time")

        self.times.addWidget(self.start_time)

        self.end_time_label = QLabel(self.time_box)
        self.end_time_label.setObjectName(u"end_time_label")

        self.times.addWidget(self.end_time_label)

        self.end_time = TimeEdit(self.time_box)
        self.end_time.setObjectName(u"end_time")

        self.times.addWidget(self.end_time)

        self.times_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.times.addItem(self.times_spacer)

        self.times.setStretch(4, 1)

        self.time_layout.addLayout(self.times)

        self.error_start_time = QLabel(self.time_box)
        self.error_start_time.setObjectName(u"error_start_time")
        self.error_start_time.setStyleSheet(u"color: #b3261e;")
        self.error_start_time.setWordWrap(True)

        self.time_layout.addWidget(self.error_start_time)

        self.error_end_time = QLabel(self.time_box)
        self.error_end_time.setObjectName(u"error_end_time")
        self.error_end_time.setStyleSheet(u"color: #b3261e;")
        self.error_end_time.setWordWrap(True)

        self.time_layout.addWidget(self.error_end_time)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.time_box)

        self.place_label = QLabel(GeneralPanel)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_box = QWidget(GeneralPanel)
        self.place_box.setObjectName(u"place_box")
        self.place_layout = QVBoxLayout(self.place_box)
        self.place_layout.setSpacing(2)
        self.place_layout.setObjectName(u"place_layout")
        self.place_layout.setContentsMargins(0, 0, 0, 0)
        self.place = QLineEdit(self.place_box)
        self.place.setObjectName(u"place")

        self.place_layout.addWidget(self.place)

        self.error_place = QLabel(self.place_box)
        self.error_place.setObjectName(u"error_place")
        self.error_place.setStyleSheet(u"color: #b3261e;")
        self.error_place.setWordWrap(True)

        self.place_layout.addWidget(self.error_place)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.place_box)


        self.main_layout.addLayout(self.form)

        self.participants_group = QGroupBox(GeneralPanel)
        self.participants_group.setObjectName(u"participants_group")
        self.participants_layout = QVBoxLayout(self.participants_group)
        self.participants_layout.setObjectName(u"participants_layout")
        self.participants_part = ParticipantsTable(self.participants_group)
        self.participants_part.setObjectName(u"participants_part")

        self.participants_layout.addWidget(self.participants_part)

        self.error_participants = QLabel(self.participants_group)
        self.error_participants.setObjectName(u"error_participants")
        self.error_participants.setStyleSheet(u"color: #b3261e;")
        self.error_participants.setWordWrap(True)

        self.participants_layout.addWidget(self.error_participants)


        self.main_layout.addWidget(self.participants_group)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(GeneralPanel)

        QMetaObject.connectSlotsByName(GeneralPanel)
    # setupUi

    def retranslateUi(self, GeneralPanel: _QWidget) -> None:
        self.template_label.setText(QCoreApplication.translate("GeneralPanel", u"M\u1eabu phi\u1ebfu:", None))
        self.project_id_label.setText(QCoreApplication.translate("GeneralPanel", u"\u0110\u1ec1 \u00e1n:", None))
        self.establishment_id_label.setText(QCoreApplication.translate("GeneralPanel", u"C\u01a1 s\u1edf:", None))
        self.record_date_label.setText(QCoreApplication.translate("GeneralPanel", u"Ng\u00e0y l\u1eadp bi\u00ean b\u1ea3n:", None))
        self.time_label.setText(QCoreApplication.translate("GeneralPanel", u"Th\u1eddi gian:", None))
        self.start_time_label.setText(QCoreApplication.translate("GeneralPanel", u"B\u1eaft \u0111\u1ea7u l\u00fac", None))
#if QT_CONFIG(tooltip)
        self.start_time.setToolTip(QCoreApplication.translate("GeneralPanel", u"Gi\u1edd b\u1eaft \u0111\u1ea7u l\u00e0m vi\u1ec7c t\u1ea1i c\u01a1 s\u1edf (M\u1eabu 1.9), v\u00ed d\u1ee5 08:30", None))
#endif // QT_CONFIG(tooltip)
        self.end_time_label.setText(QCoreApplication.translate("GeneralPanel", u"k\u1ebft th\u00fac l\u00fac", None))
#if QT_CONFIG(tooltip)
        self.end_time.setToolTip(QCoreApplication.translate("GeneralPanel", u"Gi\u1edd k\u1ebft th\u00fac, ghi \u1edf cu\u1ed1i bi\u00ean b\u1ea3n, v\u00ed d\u1ee5 10:30", None))
#endif // QT_CONFIG(tooltip)
        self.place_label.setText(QCoreApplication.translate("GeneralPanel", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("GeneralPanel", u"V\u00ed d\u1ee5: T\u1ea1i x\u01b0\u1edfng s\u1ea3n xu\u1ea5t c\u1ee7a c\u01a1 s\u1edf, th\u00f4n Giang Cao, x\u00e3 B\u00e1t Tr\u00e0ng", None))
        self.participants_group.setTitle(QCoreApplication.translate("GeneralPanel", u"Th\u00e0nh ph\u1ea7n tham d\u1ef1", None))
        pass
    # retranslateUi
