"""Column widths for a table that must read well from a 1200-pixel laptop to a wide office screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView, QWidget
from shiboken6 import isValid


class ColumnFitter(QObject):
    """Shares the table's width among its columns until the officer resizes one by hand.

    Each column starts as wide as a typical value (`samples`); column 0 takes the room left
    over. On a narrow screen the columns not in `keep` give up to `1 - narrowest` of their
    width before the table scrolls sideways.
    """

    def __init__(
        self,
        table: QTableView,
        samples: Sequence[str],
        keep: Sequence[int] = (),
        narrowest: float = 0.6,
        overlay: QWidget | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._samples = list(samples)
        self._keep = set(keep)
        self._narrowest = narrowest
        self._overlay = overlay  # a widget laid over the whole viewport (the "nothing found" text)
        self._fitting = False
        self.user_sized = False
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        # The viewport also changes width when the vertical scroll bar comes and goes.
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def natural(self) -> list[int]:
        """The width of each column's typical value, and never narrower than its caption."""
        metrics = self._table.fontMetrics()
        return [max(metrics.horizontalAdvance(sample) + 14, caption)
                for sample, caption in zip(self._samples, self.captions(), strict=True)]

    def captions(self) -> list[int]:
        """The width each column's caption needs (captions are longer in some languages)."""
        header = self._table.horizontalHeader()
        model = self._table.model()
        widths = []
        for column in range(len(self._samples)):
            caption = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
            widths.append(header.fontMetrics().horizontalAdvance(str(caption or "")) + 20)
        return widths

    def fit(self) -> None:
        viewport = self._table.viewport()
        if self._overlay is not None:
            self._overlay.setGeometry(viewport.rect())
        available = viewport.width()
        natural = self.natural()
        self._fitting = True
        try:
            if self.user_sized:
                others = sum(self._table.columnWidth(c) for c in range(1, len(natural)))
                self._table.setColumnWidth(0, max(available - others, natural[0]))
                return
            kept = sum(w for c, w in enumerate(natural) if c in self._keep)
            scale = min(1.0, max((available - kept) / max(sum(natural) - kept, 1), self._narrowest))
            captions = self.captions()
            widths = [w if c in self._keep else max(int(w * scale), captions[c]) for c, w in enumerate(natural)]
            widths[0] = max(widths[0], available - sum(widths[1:]))
            for column, width in enumerate(widths):
                self._table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, *_args: object) -> None:
        if not self._fitting:
            self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport still gets events while the table is being destroyed.
        if event.type() == QEvent.Type.Resize and watched is self._viewport and isValid(self._table):
            self.fit()
        return super().eventFilter(watched, event)
