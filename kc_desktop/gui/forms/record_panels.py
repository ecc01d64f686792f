"""The two hand-made tabs of the record editor: the header (who, where, when) and the closing part."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kc_desktop.db.engine import Database
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.gui.dialogs.new_record import project_choices
from kc_desktop.gui.forms.record_parts import ActionsTable, ParticipantsTable
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.gui.widgets.establishment_picker import EstablishmentField
from kc_desktop.gui.widgets.notices import ERROR_COLOR
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit

# The record's own fields (not the template's questions), with the names the service uses.
HEADER_LABELS = {
    "project_id": _N("RecordEditor", "Đề án"),
    "establishment_id": _N("RecordEditor", "Cơ sở"),
    "record_date": _N("RecordEditor", "Ngày lập biên bản"),
    "place": _N("RecordEditor", "Địa điểm"),
    "participants": _N("RecordEditor", "Thành phần tham dự"),
    "findings": _N("RecordEditor", "Những điều phát hiện"),
    "conclusion": _N("RecordEditor", "Kết luận"),
    "recommendation": _N("RecordEditor", "Kiến nghị"),
}
CLOSING_FIELDS = ("findings", "conclusion", "recommendation")


def header_label(name: str) -> str:
    return QCoreApplication.translate("RecordEditor", HEADER_LABELS[name])


def error_label(parent: QWidget, name: str, errors: dict[str, QLabel]) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()
    errors[name] = label
    return label


class GeneralPanel(QWidget):
    """Template, project, establishment, date, place and participants, each with its error line."""

    def __init__(self, db: Database, definition: FormDefinition, errors: dict[str, QLabel],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = ChoiceCombo(self)
        self.project.setObjectName("project")
        self.project.set_choices(project_choices(db), self.tr("(không gắn với đề án)"))
        self.project.setMinimumContentsLength(30)
        self.establishment = EstablishmentField(db, self)
        self.establishment.setObjectName("establishment")
        self.record_date = OptionalDateEdit(self)
        self.record_date.setObjectName("record_date")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("Ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng"))
        self.participants = ParticipantsTable(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        template = QLabel(self.tr("{title} (phiên bản {version})").format(
            title=definition.title, version=definition.version), self)
        template.setWordWrap(True)
        form.addRow(self.tr("Mẫu phiếu:"), template)
        for name, widget in (("project_id", self.project), ("establishment_id", self.establishment),
                             ("record_date", self.record_date), ("place", self.place)):
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error_label(self, name, errors))
            form.addRow(header_label(name) + ":", box)
        people = QGroupBox(header_label("participants"), self)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.participants)
        people_layout.addWidget(error_label(self, "participants", errors))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(people, 1)

    def set_read_only(self, on: bool) -> None:
        self.project.setEnabled(not on)
        self.establishment.set_read_only(on)
        self.record_date.set_read_only(on)
        self.place.setReadOnly(on)
        self.participants.set_read_only(on)


class ClosingPanel(QWidget):
    """Findings, follow-up actions, conclusion and recommendation."""

    def __init__(self, errors: dict[str, QLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        placeholders = {"findings": self.tr("Những điều phát hiện qua khảo sát, kiểm tra…"),
                        "conclusion": self.tr("Kết luận của đoàn…"),
                        "recommendation": self.tr("Kiến nghị, đề xuất…")}
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.follow_ups = ActionsTable(self)
        layout = QVBoxLayout(self)
        for name in CLOSING_FIELDS:
            box = QPlainTextEdit(self)
            box.setObjectName(name)
            box.setPlaceholderText(placeholders[name])
            box.setTabChangesFocus(True)
            box.setMinimumHeight(80)
            self.boxes[name] = box
            layout.addWidget(QLabel(f"<b>{html.escape(header_label(name))}</b>", self))
            layout.addWidget(box)
            layout.addWidget(error_label(self, name, errors))
            if name == "findings":
                heading = html.escape(self.tr("Việc cần làm sau biên bản"))
                layout.addWidget(QLabel(f"<b>{heading}</b>", self))
                layout.addWidget(self.follow_ups)

    def set_read_only(self, on: bool) -> None:
        for box in self.boxes.values():
            box.setReadOnly(on)
        self.follow_ups.set_read_only(on)
