"""Sections of the acceptance editor: the heading (basis, session) and the closing (checks, conclusion)."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from kc_desktop.domain.acceptance import Conclusion
from kc_desktop.domain.establishment import EstablishmentRow
from kc_desktop.domain.project import ProjectInput
from kc_desktop.gui.forms.acceptance_parts import TimeEdit
from kc_desktop.gui.i18n import core
from kc_desktop.gui.ui_forms.acceptance_closing_ui import Ui_ClosingSection
from kc_desktop.gui.ui_forms.acceptance_heading_ui import Ui_HeadingSection
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR
from kc_desktop.gui.widgets.value_edits import OptionalDateEdit
from kc_desktop.services.acceptances import AcceptanceData


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()
    return label


def _error_lines(ui: object, names: tuple[str, ...]) -> dict[str, QLabel]:
    """The form's red lines (`error_<name>`) by field name, hidden until there is an error."""
    lines: dict[str, QLabel] = {}
    for name in names:
        lines[name] = getattr(ui, f"error_{name}")
        lines[name].hide()
    return lines


class HeadingSection(QWidget):
    """Project and beneficiary (read-only), the legal basis, and when and where the session was held.

    `edited(name, value)` for each change, with the field names of `acceptances.save_draft`;
    a time that cannot be read emits `bad_time(name)` instead. The layout is ui/acceptance_heading.ui.
    """

    edited = Signal(str, object)
    bad_time = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_HeadingSection()
        ui.setupUi(self)
        self.project = ui.projectInfo
        self.beneficiary = ui.beneficiaryInfo
        self.approval_decision_no = ui.approval_decision_no
        self.approval_date = ui.approval_date
        self.contract_no = ui.contract_no
        self.contract_date = ui.contract_date
        self.council_decision_no = ui.council_decision_no
        self.council_decision_date = ui.council_decision_date
        self.acceptance_date = ui.acceptance_date
        self.start_time = ui.start_time
        self.end_time = ui.end_time
        self.place = ui.place
        self.errors: dict[str, QLabel] = _error_lines(ui, ("acceptance_date", "start_time", "end_time", "place",
                                                           "council_decision_no", "council_decision_date"))
        # The dates of the legal basis have a line too: a contradiction (a contract before its decision) shows there.
        for name in ("approval_date", "contract_date"):
            self.errors[name] = error_label(ui.basis_errors, name)
            ui.basis_errors_layout.addWidget(self.errors[name])

        for name in ("approval_decision_no", "contract_no", "council_decision_no", "place"):
            edit: QLineEdit = getattr(self, name)
            edit.textEdited.connect(lambda text, n=name: self.edited.emit(n, text))
        for name in ("approval_date", "contract_date", "council_decision_date", "acceptance_date"):
            date: OptionalDateEdit = getattr(self, name)
            date.changed.connect(lambda n=name, d=date: self.edited.emit(n, d.value()))
        for name in ("start_time", "end_time"):
            time: TimeEdit = getattr(self, name)
            time.textEdited.connect(lambda _t, n=name, t=time: self._time_edited(n, t))

    def _time_edited(self, name: str, edit: TimeEdit) -> None:
        value = edit.value()
        if value is None:
            self.bad_time.emit(name)
        else:
            self.edited.emit(name, value)

    def show_record(self, data: AcceptanceData, project: ProjectInput, beneficiary: EstablishmentRow | None) -> None:
        self.project.setText(self.tr("<b>{code}</b> — {title}<br><span style='color:{muted}'>Kế hoạch năm {year}, "
                                     "đợt {round}</span>").format(
            code=html.escape(project.code), title=html.escape(project.title), year=project.plan_year,
            round=project.round, muted=MUTED_COLOR))
        self.beneficiary.setText(self._beneficiary_text(beneficiary))
        self.approval_decision_no.setText(data.approval_decision_no)
        self.approval_date.set_value(data.approval_date)
        self.contract_no.setText(data.contract_no)
        self.contract_date.set_value(data.contract_date)
        self.council_decision_no.setText(data.council_decision_no)
        self.council_decision_date.set_value(data.council_decision_date)
        self.acceptance_date.set_value(data.acceptance_date)
        self.start_time.setText(data.start_time)
        self.end_time.setText(data.end_time)
        self.place.setText(data.place)

    def _beneficiary_text(self, row: EstablishmentRow | None) -> str:
        if row is None:
            return ""
        address = ", ".join(p for p in (row.address, row.village, row.admin_unit_name) if p)
        details = [html.escape(address)] if address else []
        if row.representative:
            details.append(self.tr("đại diện: {name}").format(name=html.escape(row.representative)))
        who = f"<b>{html.escape(row.name)}</b>"
        return who + (f"<br><span style='color:{MUTED_COLOR}'>{' · '.join(details)}</span>" if details else "")

    def set_read_only(self, on: bool) -> None:
        for edit in (self.approval_decision_no, self.contract_no, self.council_decision_no, self.place,
                     self.start_time, self.end_time):
            edit.setReadOnly(on)
        for date in (self.approval_date, self.contract_date, self.council_decision_date, self.acceptance_date):
            date.set_read_only(on)

    def widget_for(self, name: str) -> QWidget | None:
        widget = getattr(self, name, None)
        return widget if isinstance(widget, QWidget) else None


class ClosingSection(QWidget):
    """The paperwork checks, the council's conclusion, recommendations and "Nơi nhận". The layout is
    ui/acceptance_closing.ui."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ClosingSection()
        ui.setupUi(self)
        self.checks = ui.checks
        # One radio button a conclusion, in the order of Conclusion (their ids); the labels are the core's.
        self.conclusion_group = QButtonGroup(self)
        self.conclusion_buttons: dict[str, QRadioButton] = {}
        for number, member in enumerate(Conclusion):
            button: QRadioButton = getattr(ui, f"conclusion_{member.value}")
            button.setText(core(member.label))
            self.conclusion_group.addButton(button, number)
            self.conclusion_buttons[member.value] = button
        self.conclusion_text = ui.conclusion_text
        self.recommendations = ui.recommendations
        self.recipients = ui.recipients
        self.errors: dict[str, QLabel] = _error_lines(ui, ("conclusion",))
        # Contradictions of the checks and of "Nơi nhận" (copies against recipients) show under them.
        self.errors["checks"] = error_label(ui.checks_group, "checks")
        ui.checks_group_layout.addWidget(self.errors["checks"])
        self.errors["recipients"] = error_label(ui.recipients_group, "recipients")
        ui.recipients_group_layout.addWidget(self.errors["recipients"])

        self.checks.changed.connect(lambda key: self.edited.emit("checks", {key: self.checks.value(key)}))
        self.conclusion_group.idClicked.connect(
            lambda number: self.edited.emit("conclusion", list(Conclusion)[number].value))
        for name in ("conclusion_text", "recommendations", "recipients"):
            text_box: QPlainTextEdit = getattr(self, name)
            text_box.textChanged.connect(lambda n=name, b=text_box: self._text_changed(n, b))
        self._loading = False

    def _text_changed(self, name: str, box: QPlainTextEdit) -> None:
        if not self._loading:
            self.edited.emit(name, box.toPlainText())

    def show_record(self, data: AcceptanceData) -> None:
        self._loading = True
        try:
            self.checks.set_values(data.checks)
            self.conclusion_group.setExclusive(False)
            for value, button in self.conclusion_buttons.items():
                button.setChecked(value == data.conclusion)
            self.conclusion_group.setExclusive(True)
            self.conclusion_text.setPlainText(data.conclusion_text)
            self.recommendations.setPlainText(data.recommendations)
            self.recipients.setPlainText(data.recipients)
        finally:
            self._loading = False

    def conclusion(self) -> str:
        checked = self.conclusion_group.checkedId()
        return list(Conclusion)[checked].value if checked >= 0 else ""

    def set_read_only(self, on: bool) -> None:
        self.checks.set_read_only(on)
        for button in self.conclusion_buttons.values():
            button.setEnabled(not on)
        for box in (self.conclusion_text, self.recommendations, self.recipients):
            box.setReadOnly(on)


def day_text(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""

