"""Start a survey or an inspection: which template, for which project and establishment, on which day."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from kc_desktop.db.engine import Database
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.ui_forms.new_record_ui import Ui_NewRecordDialog
from kc_desktop.gui.widgets.establishment_picker import EstablishmentField
from kc_desktop.gui.widgets.notices import as_heading
from kc_desktop.services import establishments, field_records, projects, templates
from kc_desktop.services.field_records import Participant
from kc_desktop.services.reference import Choice
from kc_desktop.services.templates import RecordKind


def project_choices(db: Database) -> list[Choice]:
    """Every project as 'code — title' (an office has hundreds at most, so a combo box is fine)."""
    rows = projects.rows(db, projects.search_ids(db), with_warnings=False)
    return [Choice(r.id, f"{r.code} — {r.title}") for r in rows]


def beneficiary_ids(db: Database, project_id: str | None) -> list[str]:
    if not project_id:
        return []
    data, _status, _version = projects.load(db, project_id)
    return [b.establishment_id for b in data.beneficiaries]


def first_participants(ctx: AppContext, establishment_id: str | None) -> list[Participant]:
    """The officer who opens the record and, when known, the establishment's representative."""
    people = [Participant(ctx.office.officer_name, "", ctx.office.site_name, "office")]
    if establishment_id:
        data, _version, _deleted = establishments.load(ctx.db, establishment_id)
        if data.representative:
            title = data.representative_title or QCoreApplication.translate("NewRecordDialog", "Người đại diện")
            people.append(Participant(data.representative, title, data.name, "establishment"))
    return people


def place_of(db: Database, establishment_id: str | None) -> str:
    """'Tại cơ sở, <address>, <ward/commune>' for the place line of the minutes."""
    if not establishment_id:
        return ""
    found = establishments.rows(db, [establishment_id])
    if not found:
        return ""
    row = found[0]
    parts: list[str] = []
    for part in (row.address, row.village, row.admin_unit_name):
        if part and not any(part.casefold() in known.casefold() for known in parts):
            parts.append(part)
    at = QCoreApplication.translate("NewRecordDialog", "Tại cơ sở")
    return f"{at}, {', '.join(parts)}" if parts else at


class NewRecordDialog(FitsScreen, QDialog):
    """Asks what the new record is about, starts it as a draft and says which one (`created`). The layout is
    ui/new_record.ui."""

    created = Signal(str)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None, project_id: str | None = None,
                 establishment_id: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewRecordDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self.kind = RecordKind(kind)
        title = (self.tr("Lập biên bản khảo sát, thẩm tra") if self.kind is RecordKind.SURVEY
                 else self.tr("Lập biên bản kiểm tra"))
        self.setWindowTitle(title)
        ui = self.ui
        ui.title.setText(title)
        as_heading(ui.title, 1.2)
        db = ctx.db
        self.template = ui.template
        for row in templates.published(db, self.kind.value):
            self.template.addItem(self.tr("{title} (phiên bản {version})").format(
                title=row.title, version=row.template_version), row.id)
        self.project = ui.project
        self.project.set_choices(project_choices(db), self.tr("(không gắn với đề án)"))
        # The establishment field needs the database: the form leaves its row for it.
        self.establishment = EstablishmentField(db, self)
        self.establishment.setObjectName("establishment")
        ui.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.establishment)
        ui.establishment_label.setBuddy(self.establishment)
        QWidget.setTabOrder(self.project, self.establishment)
        QWidget.setTabOrder(self.establishment, ui.record_date)
        self.record_date = ui.record_date
        self.record_date.set_value(dt.date.today())
        self.problem = ui.problem
        self.buttons = ui.buttons
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Lập biên bản"))
        self.start_button.setObjectName("start")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Thôi"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.project.currentIndexChanged.connect(lambda _i: self._project_changed())
        self.establishment.changed.connect(lambda _i: self.problem.clear())
        if project_id:
            self.project.set_code(project_id)
        self._project_changed()
        if establishment_id:
            self.establishment.set_value(establishment_id)
        if self.template.count() == 0:
            self.problem.setText(self.tr("Chưa có mẫu phiếu nào đang dùng cho loại biên bản này. Hãy nhập và phát "
                                         "hành một mẫu phiếu trong «Quản lý mẫu phiếu»."))
            self.start_button.setEnabled(False)

    def _project_changed(self) -> None:
        preferred = beneficiary_ids(self._ctx.db, self.project.code())
        self.establishment.preferred = preferred
        if len(preferred) == 1 and self.establishment.value() not in preferred:
            self.establishment.set_value(preferred[0])

    def start(self) -> str | None:
        template_id = self.template.currentData()
        project_id = self.project.code()
        establishment_id = self.establishment.value()
        if not template_id:
            return None
        if establishment_id is None:
            self.problem.setText(self.tr("Hãy chọn cơ sở được khảo sát, kiểm tra."))
            return None
        if self.kind is RecordKind.INSPECTION and not project_id:
            self.problem.setText(self.tr("Biên bản kiểm tra phải gắn với một đề án."))
            return None
        db, actor = self._ctx.db, self._ctx.actor
        try:
            record_id = field_records.start(db, actor, self.kind.value, template_id, project_id, establishment_id,
                                            self.record_date.value())
            field_records.save_draft(db, actor, record_id, {
                "participants": first_participants(self._ctx, establishment_id),
                "place": place_of(db, establishment_id),
            })
        except KCError as exc:
            messages.show_error(self, exc.message)
            return None
        self.created.emit(record_id)
        self.accept()
        return record_id
