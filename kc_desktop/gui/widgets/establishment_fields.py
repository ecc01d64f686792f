"""The input widgets of an establishment, each with its label and its error line beneath it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from kc_desktop.domain.enums import EstablishmentKind
from kc_desktop.domain.establishment import LABELS, EstablishmentInput
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.services.reference import Choice

REQUIRED = ("name", "admin_unit_code")
ERROR_STYLE = "color: #b3261e;"
_LINE_FIELDS = (
    "name",
    "tax_code",
    "trade",
    "products",
    "representative",
    "representative_title",
    "phone",
    "email",
    "address",
    "village",
    "former_district",
    "latitude",
    "longitude",
)
_GROUPS = (
    (
        _N("EstablishmentFields", "Thông tin cơ sở"),
        (
            "name",
            "kind",
            "tax_code",
            "sector_code",
            "trade",
            "products",
            "employees",
            "craft_village_id",
            "women_owned",
            "ethnic_minority_owned",
        ),
    ),
    (
        _N("EstablishmentFields", "Người đại diện và liên hệ"),
        ("representative", "representative_title", "phone", "email"),
    ),
    (
        _N("EstablishmentFields", "Địa chỉ"),
        ("address", "village", "admin_unit_code", "former_district", "latitude", "longitude"),
    ),
)
_PLACEHOLDERS = {
    "tax_code": _N("EstablishmentFields", "10 hoặc 13 chữ số (0100233488), hoặc số định danh 12 chữ số"),
    "phone": _N("EstablishmentFields", "Ví dụ 0912345678 hoặc 02438251234"),
    "email": _N("EstablishmentFields", "tenmien@vidu.vn"),
    "latitude": _N("EstablishmentFields", "Ví dụ 20,9752"),
    "longitude": _N("EstablishmentFields", "Ví dụ 105,9128"),
    "former_district": _N("EstablishmentFields", "Tên quận/huyện trước 1/7/2025, nếu cần"),
}


class EstablishmentFields(QWidget):
    """Every field of EstablishmentInput; says which field changed and which the user left."""

    changed = Signal(str)
    left = Signal(str)

    def __init__(
        self, units: list[Choice], sectors: list[Choice], villages: list[Choice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.duplicate = QLabel(self)  # "Mở hồ sơ đã có" link under the tax code
        self._build_inputs(units, sectors, villages)
        self._lay_out()

    # -- construction ------------------------------------------------------------------------

    def _build_inputs(self, units: list[Choice], sectors: list[Choice], villages: list[Choice]) -> None:
        for name in _LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr(_PLACEHOLDERS[name]) if name in _PLACEHOLDERS else "")
            edit.textEdited.connect(lambda _text, n=name: self.changed.emit(n))
            edit.editingFinished.connect(lambda n=name: self.left.emit(n))
            self.inputs[name] = edit
        self.inputs["name"].setMaxLength(300)  # type: ignore[attr-defined]
        kind = QComboBox(self)
        for member in EstablishmentKind:
            kind.addItem(core(member.label), member.value)
        sector = QComboBox(self)
        sector.addItem(self.tr("(chưa chọn)"), None)
        for choice in sectors:
            sector.addItem(choice.label, choice.code)
        # Sector names are long; the whole name is one hover away when the box cuts it.
        sector.currentTextChanged.connect(sector.setToolTip)
        village = ChoiceCombo(self)
        village.set_choices(villages, self.tr("(không thuộc làng nghề)"), self._village_label)
        unit = ChoiceCombo(self)
        unit.set_choices(units)
        unit_line = unit.line()
        unit_line.setPlaceholderText(self.tr("Gõ tên xã/phường để tìm, ví dụ «bat trang»"))
        employees = QSpinBox(self)
        employees.setRange(-1, 1_000_000)
        employees.setSpecialValueText(self.tr("Chưa rõ"))
        employees.setGroupSeparatorShown(True)
        employees.setValue(-1)
        for name, combo in (
            ("kind", kind),
            ("sector_code", sector),
            ("craft_village_id", village),
            ("admin_unit_code", unit),
        ):
            # Long sector names must not widen the whole form.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _i, n=name: self.changed.emit(n))
            self.inputs[name] = combo
        unit_line.editingFinished.connect(lambda: self.left.emit("admin_unit_code"))
        employees.valueChanged.connect(lambda _v: self.changed.emit("employees"))
        self.inputs["employees"] = employees
        for name in ("women_owned", "ethnic_minority_owned"):
            box = QCheckBox(self.tr("Chủ cơ sở là &nữ") if name == "women_owned"
                            else self.tr("Chủ cơ sở là người dân tộc thiểu &số"), self)
            box.toggled.connect(lambda _on, n=name: self.changed.emit(n))
            self.inputs[name] = box
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(48)
        notes.textChanged.connect(lambda: self.changed.emit("notes"))
        self.inputs["notes"] = notes
        for name, widget in self.inputs.items():
            widget.setObjectName(f"field_{name}")

    def _village_label(self, choice: Choice) -> str:
        return choice.label + (self.tr(" (đã công nhận)") if choice.extra == "recognised" else "")

    def _cell(self, name: str) -> QWidget:
        """The input with its (hidden) error line beneath it."""
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.inputs[name])
        error = QLabel(cell)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        self.errors[name] = error
        box.addWidget(error)
        if name == "tax_code":
            self.duplicate.setObjectName("duplicate_link")
            self.duplicate.setTextFormat(Qt.TextFormat.RichText)
            self.duplicate.setWordWrap(True)
            self.duplicate.hide()
            box.addWidget(self.duplicate)
        return cell

    def _form(self, title: str, names: tuple[str, ...]) -> QGroupBox:
        group = QGroupBox(self.tr(title), self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        for name in names:
            if isinstance(self.inputs[name], QCheckBox):
                form.addRow("", self._cell(name))
            else:
                label = QLabel(core(LABELS[name]) + (" *" if name in REQUIRED else ""), group)
                label.setBuddy(self.inputs[name])
                form.addRow(label, self._cell(name))
        return group

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self._form(*_GROUPS[0]))
        notes = QGroupBox(core(LABELS["notes"]), self)
        notes_box = QVBoxLayout(notes)
        notes_box.addWidget(self._cell("notes"))
        left.addWidget(notes, 1)
        right = QVBoxLayout()
        groups = [self._form(*_GROUPS[1]), self._form(*_GROUPS[2])]
        # One label width for both boxes of the column, so their fields line up.
        labels = [label for group in groups for label in group.findChildren(QLabel) if label.buddy() is not None]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for group in groups:
            right.addWidget(group)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)

    # -- values ------------------------------------------------------------------------------

    def _text(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def values(self) -> tuple[EstablishmentInput, dict[str, str]]:
        """The typed values, and the errors of values that are not even numbers."""
        problems: dict[str, str] = {}
        data = EstablishmentInput()
        for name in _LINE_FIELDS + ("notes",):
            if name not in ("latitude", "longitude"):
                setattr(data, name, self._text(name))
        for name in ("latitude", "longitude"):
            text = self._text(name).strip().replace(",", ".")
            try:
                setattr(data, name, float(text) if text else None)
            except ValueError:
                problems[name] = self.tr("{label} phải là một số, ví dụ 21,0285.").format(label=core(LABELS[name]))
        data.kind = self.combo("kind").currentData() or ""
        data.sector_code = self.combo("sector_code").currentData()
        data.craft_village_id = self.choice("craft_village_id").code()
        data.admin_unit_code = self.choice("admin_unit_code").code() or ""
        employees = self.inputs["employees"]
        assert isinstance(employees, QSpinBox)
        data.employees = None if employees.value() < 0 else employees.value()
        for name in ("women_owned", "ethnic_minority_owned"):
            box = self.inputs[name]
            assert isinstance(box, QCheckBox)
            setattr(data, name, box.isChecked())
        return data, problems

    def set_values(self, data: EstablishmentInput) -> None:
        for name in _LINE_FIELDS:
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            value = getattr(data, name)
            edit.setText(
                ""
                if value is None
                else str(value).replace(".", ",")
                if name in ("latitude", "longitude")
                else str(value)
            )
        notes = self.inputs["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(data.notes)
        kind = self.combo("kind")
        kind.setCurrentIndex(max(kind.findData(data.kind), 0))
        sector = self.combo("sector_code")
        sector.setCurrentIndex(max(sector.findData(data.sector_code), 0) if data.sector_code else 0)
        self.choice("craft_village_id").set_code(data.craft_village_id)
        self.choice("admin_unit_code").set_code(data.admin_unit_code or None)
        employees = self.inputs["employees"]
        assert isinstance(employees, QSpinBox)
        employees.setValue(-1 if data.employees is None else data.employees)
        for name in ("women_owned", "ethnic_minority_owned"):
            box = self.inputs[name]
            assert isinstance(box, QCheckBox)
            box.setChecked(bool(getattr(data, name)))

    def combo(self, name: str) -> QComboBox:
        widget = self.inputs[name]
        assert isinstance(widget, QComboBox)
        return widget

    def choice(self, name: str) -> ChoiceCombo:
        widget = self.inputs[name]
        assert isinstance(widget, ChoiceCombo)
        return widget

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            widget.setEnabled(not read_only)

    def show_error(self, name: str, text: str) -> None:
        label = self.errors.get(name)
        if label is None:
            return
        label.setText(text)
        label.setVisible(bool(text))
