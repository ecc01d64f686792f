"""The fields of a project (đề án): identity, decision and contract, dates, money; errors under each."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.money import amount_in_words
from kc_desktop.domain.project import FundingSource, ProjectInput, RulesVersion, rules_for
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR
from kc_desktop.gui.widgets.value_edits import MoneyEdit, OptionalDateEdit
from kc_desktop.services.reference import Choice

LABELS = {
    "code": _N("ProjectFields", "Mã đề án"),
    "title": _N("ProjectFields", "Tên đề án"),
    "plan_year": _N("ProjectFields", "Năm kế hoạch"),
    "round": _N("ProjectFields", "Đợt"),
    "funding_source": _N("ProjectFields", "Nguồn kinh phí"),
    "support_kind_code": _N("ProjectFields", "Nội dung hỗ trợ"),
    "rules_version": _N("ProjectFields", "Áp dụng quy định"),
    "approval_decision_no": _N("ProjectFields", "Quyết định phê duyệt số"),
    "approval_date": _N("ProjectFields", "Ngày phê duyệt"),
    "contract_no": _N("ProjectFields", "Hợp đồng số"),
    "contract_date": _N("ProjectFields", "Ngày hợp đồng"),
    "planned_start": _N("ProjectFields", "Bắt đầu (dự kiến)"),
    "planned_end": _N("ProjectFields", "Kết thúc (dự kiến)"),
    "total_amount": _N("ProjectFields", "Tổng kinh phí (đồng)"),
    "kc_amount": _N("ProjectFields", "Kinh phí khuyến công (đồng)"),
    "counterpart_amount": _N("ProjectFields", "Vốn đối ứng của cơ sở (đồng)"),
    "advanced_amount": _N("ProjectFields", "Đã tạm ứng (đồng)"),
    "settled_amount": _N("ProjectFields", "Quyết toán (đồng)"),
    "notes": _N("ProjectFields", "Ghi chú"),
    "beneficiaries": _N("ProjectFields", "Cơ sở thụ hưởng"),
}
_GROUPS = (
    (_N("ProjectFields", "Thông tin chung"),
     ("code", "title", "plan_year", "round", "funding_source", "support_kind_code", "rules_version")),
    (_N("ProjectFields", "Quyết định, hợp đồng và thời gian"),
     ("approval_decision_no", "approval_date", "contract_no", "contract_date", "planned_start", "planned_end")),
    (_N("ProjectFields", "Kinh phí"), ("total_amount", "kc_amount", "counterpart_amount")),
    (_N("ProjectFields", "Tạm ứng, quyết toán"), ("advanced_amount", "settled_amount")),
)
_MONEY = ("total_amount", "kc_amount", "counterpart_amount", "advanced_amount", "settled_amount")
_DATES = ("approval_date", "contract_date", "planned_start", "planned_end")


def label(name: str) -> str:
    return QCoreApplication.translate("ProjectFields", LABELS[name])


class ProjectFields(QWidget):
    """Every field of ProjectInput except the beneficiaries; `changed(name)` on each edit."""

    changed = Signal(str)

    def __init__(self, support_kinds: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.words: dict[str, QLabel] = {}
        code = QLineEdit(self)
        code.setPlaceholderText(self.tr("Ví dụ KCĐP-2026-01"))
        code.setMaxLength(40)
        title = QLineEdit(self)
        title.setPlaceholderText(self.tr("Ví dụ: Hỗ trợ máy nhào đất và lò nung gas"))
        year = QSpinBox(self)
        year.setRange(2000, 2100)
        round_ = QSpinBox(self)
        round_.setRange(1, 50)
        funding = QComboBox(self)
        for source in FundingSource:
            funding.addItem(core(source.label), source.value)
        kind = ChoiceCombo(self)
        kind.set_choices(support_kinds, self.tr("(chưa chọn)"))
        rules = QComboBox(self)
        rules.addItem(self.tr("Tự động theo ngày phê duyệt"), "")
        for version in RulesVersion:
            rules.addItem(core(version.label), version.value)
        self.inputs.update(code=code, title=title, plan_year=year, round=round_, funding_source=funding,
                           support_kind_code=kind, rules_version=rules)
        for name in ("approval_decision_no", "contract_no"):
            line = QLineEdit(self)
            line.setMaxLength(60)
            self.inputs[name] = line
        self.inputs["approval_decision_no"].setPlaceholderText(self.tr("Ví dụ 1234/QĐ-SCT"))  # type: ignore[attr-defined]
        for name in _DATES:
            self.inputs[name] = OptionalDateEdit(self)
        for name in _MONEY:
            money = MoneyEdit(self)
            money.setMaximumWidth(260)
            self.inputs[name] = money
        notes = QPlainTextEdit(self)
        notes.setFixedHeight(64)
        notes.setTabChangesFocus(True)
        self.inputs["notes"] = notes
        for name, widget in self.inputs.items():
            widget.setObjectName(name)
            if isinstance(widget, QComboBox):
                # Long labels («Theo Nghị định 235/2025/NĐ-CP …») must not widen the form past a laptop screen.
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(18)
        self.rules_hint = QLabel(self)
        self.rules_hint.setStyleSheet(f"color: {MUTED_COLOR};")
        self.rules_hint.setWordWrap(True)
        self._lay_out()
        self._connect()

    def _field(self, name: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.inputs[name])
        if name in _MONEY:
            words = QLabel(box)
            words.setStyleSheet(f"color: {MUTED_COLOR};")
            words.setWordWrap(True)
            self.words[name] = words
            layout.addWidget(words)
        if name == "rules_version":
            layout.addWidget(self.rules_hint)
        error = QLabel(box)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        layout.addWidget(error)
        return box

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        boxes = []
        for title, names in _GROUPS:
            box = QGroupBox(self.tr(title), self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for name in names:
                form.addRow(label(name) + ":", self._field(name))
            boxes.append(box)
        grid.addWidget(boxes[0], 0, 0)
        grid.addWidget(boxes[1], 0, 1)
        grid.addWidget(boxes[2], 1, 0)
        grid.addWidget(boxes[3], 1, 1)
        boxes[3].setToolTip(self.tr("Phần kinh phí khuyến công đã tạm ứng và đã quyết toán; dùng cho báo cáo "
                                    "tỷ lệ giải ngân."))
        notes = QFormLayout()
        notes.addRow(label("notes") + ":", self._field("notes"))
        grid.addLayout(notes, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _connect(self) -> None:
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit) and not isinstance(widget, MoneyEdit):
                widget.textEdited.connect(lambda _t, n=name: self.changed.emit(n))
            elif isinstance(widget, MoneyEdit):
                widget.value_changed.connect(lambda n=name: self._money_changed(n))
            elif isinstance(widget, OptionalDateEdit):
                widget.changed.connect(lambda n=name: self._date_changed(n))
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(lambda _v, n=name: self.changed.emit(n))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, n=name: self._combo_changed(n))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name: self.changed.emit(n))

    def _money_changed(self, name: str) -> None:
        self._show_words()
        self.changed.emit(name)

    def _date_changed(self, name: str) -> None:
        self._show_rules_hint()
        self.changed.emit(name)

    def _combo_changed(self, name: str) -> None:
        if name == "rules_version":
            self._show_rules_hint()
        self.changed.emit(name)

    def _show_words(self) -> None:
        for name, words in self.words.items():
            amount = self.inputs[name].value()  # type: ignore[attr-defined]
            words.setText(self.tr("Bằng chữ: {words}").format(words=amount_in_words(amount)) if amount else "")
            words.setVisible(bool(amount))

    def _show_rules_hint(self) -> None:
        if self.inputs["rules_version"].currentData():  # type: ignore[attr-defined]
            self.rules_hint.hide()
            return
        day = self.inputs["approval_date"].value()  # type: ignore[attr-defined]
        self.rules_hint.setText(self.tr("Hiện áp dụng: {rules}").format(rules=core(rules_for(day).label)))
        self.rules_hint.show()

    # -- values ------------------------------------------------------------------------------------
    def values(self) -> ProjectInput:
        i = self.inputs
        data = ProjectInput(
            code=i["code"].text(),  # type: ignore[attr-defined]
            title=i["title"].text(),  # type: ignore[attr-defined]
            plan_year=i["plan_year"].value(),  # type: ignore[attr-defined]
            round=i["round"].value(),  # type: ignore[attr-defined]
            funding_source=i["funding_source"].currentData(),  # type: ignore[attr-defined]
            support_kind_code=i["support_kind_code"].code(),  # type: ignore[attr-defined]
            rules_version=i["rules_version"].currentData() or "",  # type: ignore[attr-defined]
            approval_decision_no=i["approval_decision_no"].text(),  # type: ignore[attr-defined]
            contract_no=i["contract_no"].text(),  # type: ignore[attr-defined]
            notes=i["notes"].toPlainText(),  # type: ignore[attr-defined]
        )
        for name in _DATES:
            setattr(data, name, i[name].value())  # type: ignore[attr-defined]
        for name in _MONEY:
            setattr(data, name, i[name].value())  # type: ignore[attr-defined]
        return data

    def set_values(self, data: ProjectInput) -> None:
        self.blockSignals(True)
        try:
            i = self.inputs
            i["code"].setText(data.code)  # type: ignore[attr-defined]
            i["title"].setText(data.title)  # type: ignore[attr-defined]
            i["title"].setCursorPosition(0)  # type: ignore[attr-defined]
            i["plan_year"].setValue(data.plan_year)  # type: ignore[attr-defined]
            i["round"].setValue(data.round)  # type: ignore[attr-defined]
            funding = i["funding_source"]
            funding.setCurrentIndex(max(funding.findData(data.funding_source), 0))  # type: ignore[attr-defined]
            i["support_kind_code"].set_code(data.support_kind_code)  # type: ignore[attr-defined]
            rules = i["rules_version"]
            rules.setCurrentIndex(max(rules.findData(data.rules_version), 0))  # type: ignore[attr-defined]
            i["approval_decision_no"].setText(data.approval_decision_no)  # type: ignore[attr-defined]
            i["contract_no"].setText(data.contract_no)  # type: ignore[attr-defined]
            i["notes"].setPlainText(data.notes)  # type: ignore[attr-defined]
            for name in _DATES:
                i[name].set_value(getattr(data, name))  # type: ignore[attr-defined]
            for name in _MONEY:
                i[name].set_value(getattr(data, name))  # type: ignore[attr-defined]
        finally:
            self.blockSignals(False)
        self._show_words()
        self._show_rules_hint()

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, error in self.errors.items():
            message = errors.get(name, "")
            error.setText(message)
            error.setVisible(bool(message))

    def set_read_only(self, on: bool) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(on)
            elif isinstance(widget, OptionalDateEdit):
                widget.set_read_only(on)
            else:
                widget.setEnabled(not on)

