"""The record editor's own two tabs: the header (who, where, when) and the closing part (Designer forms in ui/)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from kc_desktop.db.engine import Database
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.gui.dialogs.new_record import project_choices
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.ui_forms.record_closing_ui import Ui_ClosingPanel
from kc_desktop.gui.ui_forms.record_general_ui import Ui_GeneralPanel
from kc_desktop.gui.widgets.establishment_picker import EstablishmentField

# The record's own fields (not the template's questions), with the names the service uses.
HEADER_LABELS = {
    "project_id": _N("RecordEditor", "Đề án"),
    "establishment_id": _N("RecordEditor", "Cơ sở"),
    "record_date": _N("RecordEditor", "Ngày lập biên bản"),
    "start_time": _N("RecordEditor", "Giờ bắt đầu"),
    "end_time": _N("RecordEditor", "Giờ kết thúc"),
    "place": _N("RecordEditor", "Địa điểm"),
    "participants": _N("RecordEditor", "Thành phần tham dự"),
    "findings": _N("RecordEditor", "Những điều phát hiện"),
    "conclusion": _N("RecordEditor", "Kết luận"),
    "recommendation": _N("RecordEditor", "Kiến nghị"),
    "recipients": _N("RecordEditor", "Nơi nhận"),
}
CLOSING_FIELDS = ("findings", "conclusion", "recommendation", "recipients")


def header_label(name: str) -> str:
    return QCoreApplication.translate("RecordEditor", HEADER_LABELS[name])


def _error_lines(ui: object, names: tuple[str, ...], errors: dict[str, QLabel]) -> None:
    """File the form's red lines (`error_<name>`) under their field names; hidden until there is an error."""
    for name in names:
        label: QLabel = getattr(ui, f"error_{name}")
        label.hide()
        errors[name] = label


class GeneralPanel(QWidget):
    """Template, project, establishment, date, place and participants, each with its error line. The layout is
    ui/record_general.ui."""

    def __init__(self, db: Database, definition: FormDefinition, errors: dict[str, QLabel],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_GeneralPanel()
        ui.setupUi(self)
        ui.template.setText(self.tr("{title} (phiên bản {version})").format(
            title=definition.title, version=definition.version))
        self.project = ui.project
        self.project.set_choices(project_choices(db), self.tr("(không gắn với đề án)"))
        # The establishment field needs the database: the form leaves its box for it.
        self.establishment = EstablishmentField(db, self)
        self.establishment.setObjectName("establishment")
        ui.establishment_id_layout.insertWidget(0, self.establishment)
        QWidget.setTabOrder(self.project, self.establishment)
        QWidget.setTabOrder(self.establishment, ui.record_date)
        self.record_date = ui.record_date
        self.start_time = ui.start_time
        self.end_time = ui.end_time
        self.place = ui.place
        self.participants = ui.participants_part
        _error_lines(ui, ("project_id", "establishment_id", "record_date", "start_time", "end_time", "place",
                          "participants"), errors)

    def set_read_only(self, on: bool) -> None:
        self.project.setEnabled(not on)
        self.establishment.set_read_only(on)
        self.record_date.set_read_only(on)
        self.start_time.setReadOnly(on)
        self.end_time.setReadOnly(on)
        self.place.setReadOnly(on)
        self.participants.set_read_only(on)


class ClosingPanel(QWidget):
    """Findings, follow-up actions, conclusion, recommendation and "Nơi nhận" (one recipient a line, with the
    button that lays it out again from who is present). The layout is ui/record_closing.ui."""

    def __init__(self, errors: dict[str, QLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ClosingPanel()
        ui.setupUi(self)
        self.boxes: dict[str, QPlainTextEdit] = {"findings": ui.findings, "conclusion": ui.conclusion,
                                                 "recommendation": ui.recommendation}
        self.follow_ups = ui.follow_ups_part
        self.recipients = ui.recipients
        self.recipients_reset = ui.recipients_reset
        _error_lines(ui, CLOSING_FIELDS, errors)

    def set_read_only(self, on: bool) -> None:
        for box in (*self.boxes.values(), self.recipients):
            box.setReadOnly(on)
        self.recipients_reset.setVisible(not on)
        self.follow_ups.set_read_only(on)
