"""Sections of the acceptance editor: the heading (basis, session) and the closing (checks, conclusion)."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.acceptance import Conclusion
from kc_desktop.domain.establishment import EstablishmentRow
from kc_desktop.domain.project import ProjectInput
from kc_desktop.gui.forms.acceptance_parts import ChecksPanel, TimeEdit
from kc_desktop.gui.i18n import core
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


class HeadingSection(QWidget):
    """Project and beneficiary (read-only), the legal basis, and when and where the session was held.

    `edited(name, value)` for each change, with the field names of `acceptances.save_draft`;
    a time that cannot be read emits `bad_time(name)` instead.
    """

    edited = Signal(str, object)
    bad_time = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.project = QLabel(self)
        self.project.setObjectName("projectInfo")
        self.beneficiary = QLabel(self)
        self.beneficiary.setObjectName("beneficiaryInfo")
        for label in (self.project, self.beneficiary):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who = QGridLayout()
        who.setColumnStretch(1, 1)
        who.addWidget(self._caption(self.tr("Đề án:")), 0, 0, Qt.AlignmentFlag.AlignTop)
        who.addWidget(self.project, 0, 1)
        who.addWidget(self._caption(self.tr("Cơ sở thụ hưởng:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        who.addWidget(self.beneficiary, 1, 1)

        self.approval_decision_no = QLineEdit(self)
        self.approval_decision_no.setObjectName("approval_decision_no")
        self.approval_decision_no.setPlaceholderText(self.tr("ví dụ 125/QĐ-SCT"))
        self.approval_date = OptionalDateEdit(self)
        self.approval_date.setObjectName("approval_date")
        self.contract_no = QLineEdit(self)
        self.contract_no.setObjectName("contract_no")
        self.contract_no.setPlaceholderText(self.tr("ví dụ 12/2026/HĐ-KC"))
        self.contract_date = OptionalDateEdit(self)
        self.contract_date.setObjectName("contract_date")
        basis = QGroupBox(self.tr("Căn cứ"), self)
        grid = QGridLayout(basis)
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(self.tr("Quyết định phê duyệt số:"), basis), 0, 0)
        grid.addWidget(self.approval_decision_no, 0, 1)
        grid.addWidget(QLabel(self.tr("ngày"), basis), 0, 2)
        grid.addWidget(self.approval_date, 0, 3)
        grid.addWidget(QLabel(self.tr("Hợp đồng số:"), basis), 1, 0)
        grid.addWidget(self.contract_no, 1, 1)
        grid.addWidget(QLabel(self.tr("ngày"), basis), 1, 2)
        grid.addWidget(self.contract_date, 1, 3)

        self.acceptance_date = OptionalDateEdit(self)
        self.acceptance_date.setObjectName("acceptance_date")
        self.start_time = TimeEdit(self)
        self.start_time.setObjectName("start_time")
        self.end_time = TimeEdit(self)
        self.end_time.setObjectName("end_time")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng"))
        session = QGroupBox(self.tr("Buổi nghiệm thu"), self)
        grid = QGridLayout(session)
        grid.setColumnStretch(6, 1)
        grid.addWidget(QLabel(self.tr("Ngày nghiệm thu:"), session), 0, 0)
        grid.addWidget(self.acceptance_date, 0, 1)
        grid.addWidget(QLabel(self.tr("Bắt đầu lúc:"), session), 0, 2)
        grid.addWidget(self.start_time, 0, 3)
        grid.addWidget(QLabel(self.tr("Kết thúc lúc:"), session), 0, 4)
        grid.addWidget(self.end_time, 0, 5)
        grid.addWidget(self._with_errors(session, ("acceptance_date", "start_time", "end_time")), 1, 1, 1, 6)
        grid.addWidget(QLabel(self.tr("Địa điểm:"), session), 2, 0)
        grid.addWidget(self.place, 2, 1, 1, 6)
        grid.addWidget(self._with_errors(session, ("place",)), 3, 1, 1, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(who)
        layout.addWidget(basis)
        layout.addWidget(session)

        for name in ("approval_decision_no", "contract_no", "place"):
            edit: QLineEdit = getattr(self, name)
            edit.textEdited.connect(lambda text, n=name: self.edited.emit(n, text))
        for name in ("approval_date", "contract_date", "acceptance_date"):
            date: OptionalDateEdit = getattr(self, name)
            date.changed.connect(lambda n=name, d=date: self.edited.emit(n, d.value()))
        for name in ("start_time", "end_time"):
            time: TimeEdit = getattr(self, name)
            time.textEdited.connect(lambda _t, n=name, t=time: self._time_edited(n, t))

    def _caption(self, text: str) -> QLabel:
        label = QLabel(f"<b>{html.escape(text)}</b>", self)
        return label

    def _with_errors(self, parent: QWidget, names: tuple[str, ...]) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for name in names:
            self.errors[name] = error_label(box, name)
            layout.addWidget(self.errors[name])
        return box

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
        for edit in (self.approval_decision_no, self.contract_no, self.place, self.start_time, self.end_time):
            edit.setReadOnly(on)
        for date in (self.approval_date, self.contract_date, self.acceptance_date):
            date.set_read_only(on)

    def widget_for(self, name: str) -> QWidget | None:
        widget = getattr(self, name, None)
        return widget if isinstance(widget, QWidget) else None


class ClosingSection(QWidget):
    """The paperwork checks, the council's conclusion, recommendations and "Nơi nhận"."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.checks = ChecksPanel(self)
        self.checks.setObjectName("checks")
        checks = QGroupBox(self.tr("Sự phù hợp với nội dung được duyệt và hồ sơ, chứng từ"), self)
        checks_layout = QVBoxLayout(checks)
        checks_layout.addWidget(self.checks)

        conclusion = QGroupBox(self.tr("Kết luận của hội đồng"), self)
        self.conclusion_group = QButtonGroup(self)
        radios = QHBoxLayout()
        self.conclusion_buttons: dict[str, QRadioButton] = {}
        for number, member in enumerate(Conclusion):
            button = QRadioButton(core(member.label), conclusion)
            button.setObjectName(f"conclusion_{member.value}")
            self.conclusion_group.addButton(button, number)
            self.conclusion_buttons[member.value] = button
            radios.addWidget(button)
        radios.addStretch(1)
        self.conclusion_text = self._text("conclusion_text", self.tr("Nhận xét, kết luận chi tiết của hội đồng…"))
        self.errors["conclusion"] = error_label(self, "conclusion")
        conclusion_layout = QVBoxLayout(conclusion)
        conclusion_layout.addLayout(radios)
        conclusion_layout.addWidget(self.errors["conclusion"])
        conclusion_layout.addWidget(self.conclusion_text)

        self.recommendations = self._text("recommendations", self.tr("Kiến nghị, đề xuất (nếu có)…"))
        self.recipients = self._text("recipients", self.tr("Mỗi nơi nhận một dòng, ví dụ:\nSở Công Thương Hà Nội;\n"
                                                           "Cơ sở thụ hưởng;\nLưu: VT."))
        lower = QHBoxLayout()
        for title, box in ((self.tr("Kiến nghị"), self.recommendations), (self.tr("Nơi nhận"), self.recipients)):
            group = QGroupBox(title, self)
            group_layout = QVBoxLayout(group)
            group_layout.addWidget(box)
            lower.addWidget(group, 3 if box is self.recommendations else 2)
        hint = QLabel(self.tr("Nơi nhận in ở góc dưới bên trái biên bản, mỗi dòng một nơi."), self)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(checks)
        layout.addWidget(conclusion)
        layout.addLayout(lower)
        layout.addWidget(hint)
        layout.addStretch(1)

        self.checks.changed.connect(lambda key: self.edited.emit("checks", {key: self.checks.value(key)}))
        self.conclusion_group.idClicked.connect(
            lambda number: self.edited.emit("conclusion", list(Conclusion)[number].value))
        for name in ("conclusion_text", "recommendations", "recipients"):
            text_box: QPlainTextEdit = getattr(self, name)
            text_box.textChanged.connect(lambda n=name, b=text_box: self._text_changed(n, b))
        self._loading = False

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(70)
        box.setMaximumHeight(130)
        return box

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

