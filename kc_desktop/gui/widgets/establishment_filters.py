"""The row of choosers that narrows the establishment list: ward/commune, sector, craft village, kind."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kc_desktop.db.engine import Database
from kc_desktop.domain.enums import EstablishmentKind
from kc_desktop.domain.establishment import LABELS
from kc_desktop.gui.i18n import core
from kc_desktop.gui.widgets.choice_combo import ChoiceCombo
from kc_desktop.services import reference


class EstablishmentFilters(QWidget):
    """Four choosers, each starting at "Tất cả"; `changed` fires when one of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = ChoiceCombo(self)
        self.sector = QComboBox(self)
        self.village = ChoiceCombo(self)
        self.kind = QComboBox(self)
        self.sector.currentTextChanged.connect(self.sector.setToolTip)  # sector names are long
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for name, field, combo in (
            ("unit", "admin_unit_code", self.unit),
            ("sector", "sector_code", self.sector),
            ("village", "craft_village_id", self.village),
            ("kind", "kind", self.kind),
        ):
            combo.setObjectName(f"filter_{name}")
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            caption = QLabel(core(LABELS[field]) + ":", self)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo, 1)
            layout.addSpacing(8)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.unit, self.sector, self.village, self.kind)

    def reload(self, db: Database) -> None:
        """Fill the choosers from the reference lists, keeping what is chosen; emits nothing."""
        all_label = self.tr("Tất cả")
        for combo in self._combos():
            combo.blockSignals(True)
        try:
            self.unit.set_choices(reference.admin_units(db), all_label)
            self.village.set_choices(reference.craft_villages(db), all_label)
            for combo, items in (
                (self.sector, [(c.label, c.code) for c in reference.sectors(db)]),
                (self.kind, [(core(k.label), k.value) for k in EstablishmentKind]),
            ):
                current = combo.currentData()
                combo.clear()
                combo.addItem(all_label, None)
                for label, code in items:
                    combo.addItem(label, code)
                combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            for combo in self._combos():
                combo.blockSignals(False)

    def values(self) -> dict[str, str | None]:
        """The chosen codes as EstablishmentFilter fields (None for "Tất cả")."""
        return {
            "admin_unit_code": self.unit.code(),
            "sector_code": self.sector.currentData(),
            "craft_village_id": self.village.code(),
            "kind": self.kind.currentData(),
        }
