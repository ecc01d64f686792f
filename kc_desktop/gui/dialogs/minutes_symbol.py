"""Quản trị → Ký hiệu số biên bản: the head chooses how the office's minutes are numbered, by the team or council
that held the session (BB-ĐKS, BB-ĐKT, BB-HĐNT) or by the office's own symbol (BB-TTKC) for every kind
(kc_desktop.services.numbering). Numbers already given never change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.rights import refusal
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, as_heading
from kc_desktop.services import numbering
from kc_desktop.services.permissions import Action


class MinutesSymbolDialog(FitsScreen, QDialog):
    """Two choices, the office's symbol typed beside the second, and what the next number will look like."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MinutesSymbolDialog")
        self._ctx = ctx
        self.setWindowTitle(self.tr("Ký hiệu số biên bản"))
        with ctx.db.read() as session:
            current = numbering.office_symbol(session)

        heading = as_heading(QLabel(self.tr("Ký hiệu số biên bản của đơn vị"), self), 1.1)
        intro = QLabel(self.tr(
            "Biên bản ghi «Số: 12/BB-…»: sau «BB-» là ký hiệu của cơ quan, tổ chức ban hành biên bản. "
            "Số và ký hiệu cùng nhau không trùng trong năm; đổi cách đánh số không làm thay đổi các số đã cấp."), self)
        intro.setWordWrap(True)
        self.by_body = QRadioButton(self.tr("Theo đoàn, hội đồng lập biên bản, mỗi loại một dãy số"), self)
        self.by_body.setObjectName("byBody")
        bodies = QLabel(self.tr("BB-ĐKS (đoàn khảo sát), BB-ĐKT (đoàn kiểm tra), BB-HĐNT (hội đồng nghiệm thu)"),
                        self)
        bodies.setWordWrap(True)
        bodies.setStyleSheet(f"color: {MUTED_COLOR};")
        bodies.setContentsMargins(24, 0, 0, 4)
        self.by_office = QRadioButton(self.tr("Theo đơn vị, một ký hiệu và một dãy số cho mọi loại biên bản"), self)
        self.by_office.setObjectName("byOffice")
        group = QButtonGroup(self)
        group.addButton(self.by_body)
        group.addButton(self.by_office)
        self.symbol = QLineEdit(current, self)
        self.symbol.setObjectName("symbol")
        self.symbol.setMaxLength(10)
        self.symbol.setPlaceholderText(self.tr("ví dụ TTKC, UBND, SCT"))
        self.symbol.setAccessibleName(self.tr("Ký hiệu của đơn vị"))
        self.symbol.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.symbol.placeholderText()) + 24)
        prefix = QLabel("BB-", self)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(prefix)
        row.addWidget(self.symbol)
        row.addStretch(1)
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.by_body)
        layout.addWidget(bodies)
        layout.addWidget(self.by_office)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        if not ctx.can(Action.SET_MINUTES_SYMBOL):
            note = QLabel(refusal(Action.SET_MINUTES_SYMBOL), self)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {MUTED_COLOR};")
            layout.addWidget(note)
            for widget in (self.by_body, self.by_office, self.symbol,
                           self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
                widget.setEnabled(False)
        layout.addWidget(self.buttons)

        (self.by_office if current else self.by_body).setChecked(True)
        self.symbol.textEdited.connect(self._typed)
        self.by_office.toggled.connect(self._show)
        self.by_office.toggled.connect(lambda on: on and self.symbol.setFocus())
        self._show()
        self.resize(620, self.sizeHint().height())

    def _typed(self, text: str) -> None:
        """Capitals as typed ("ttkc" shows "TTKC"), the cursor kept where it was."""
        upper = text.upper()
        if upper != text:
            position = self.symbol.cursorPosition()
            self.symbol.setText(upper)
            self.symbol.setCursorPosition(position)
        if self.symbol.text() and not self.by_office.isChecked():
            self.by_office.setChecked(True)
        self._show()

    def chosen(self) -> str:
        """The symbol to store ("" for by body), as typed."""
        return self.symbol.text().strip() if self.by_office.isChecked() else ""

    def _show(self) -> None:
        self.symbol.setEnabled(self.by_office.isChecked() and self._ctx.can(Action.SET_MINUTES_SYMBOL))
        self.problem.hide()
        if not self.by_office.isChecked():
            self.preview.setText(self.tr("Ví dụ: <b>Số: 01/BB-ĐKS</b>, <b>Số: 01/BB-ĐKT</b>, <b>Số: 01/BB-HĐNT</b>"))
            return
        try:
            symbol = numbering.check_symbol(self.symbol.text())
        except ValidationFailed:
            self.preview.setText(self.tr("Ví dụ: <b>Số: 01/BB-…</b>"))
            return
        self.preview.setText(self.tr("Ví dụ: <b>Số: 01/BB-{symbol}</b> cho mọi loại biên bản").format(symbol=symbol))

    def save(self) -> bool:
        if self.by_office.isChecked() and not self.symbol.text().strip():
            self._refuse(numbering.SYMBOL_RULE)
            return False
        try:
            numbering.set_office_symbol(self._ctx.db, self._ctx.actor, self.chosen())
        except ValidationFailed as exc:
            self._refuse(" ".join(exc.errors.values()))
            return False
        except KCError as exc:
            self._refuse(exc.message)
            return False
        self.accept()
        return True

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)  # the core's sentence, as the other dialogs show a service's refusal
        self.problem.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # room for the sentence
        self.symbol.setFocus()
