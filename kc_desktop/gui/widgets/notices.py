"""Small shared pieces of the work screens: headings, coloured banners, a question that asks for text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QInputDialog, QLabel, QTableView, QWidget

from kc_desktop.gui.i18n import Context, tr_or_core

# Colours shared by banners and list cells (Material-like, readable on light and dark palettes).
ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a5300"
OK_COLOR = "#1e6b34"
MUTED_COLOR = "#5f6368"

_BANNER_STYLES = {
    "error": "background: #fdecea; color: #8c1d18; border: 1px solid #f1b7b2;",
    "warning": "background: #fff4e0; color: #6b4300; border: 1px solid #f0d39c;",
    "info": "background: #e8f0fe; color: #174ea6; border: 1px solid #b6cdfb;",
    "ok": "background: #e6f4ea; color: #1e4620; border: 1px solid #a8dab5;",
}


class Notices(Context):
    """Translation context of the shared pieces below."""


# Tabs of the Fusion style clip the upper marks of "lỗi", "cần" on unselected tabs; padding gives them room.
TAB_STYLE = "QTabBar::tab { padding: 6px 14px; }"


def heading(text: str, parent: QWidget | None = None, scale: float = 1.35) -> QLabel:
    return as_heading(QLabel(text, parent), scale)


def as_heading(label: QLabel, scale: float = 1.35) -> QLabel:
    """Make a label a heading: bold, `scale` times the interface's font (a Designer form sets no size of its own,
    so the heading follows the font the officer chose)."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class Banner(QLabel):
    """A coloured box with a message (rich text, links allowed); hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ {_BANNER_STYLES[kind]} border-radius: 4px; padding: 8px; }}")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def ask_text(
    parent: QWidget, title: str, label: str, on_ok: Callable[[str], object], ok_text: str = "", multiline: bool = True
) -> QInputDialog:
    """Ask for a text (a reason…) without blocking; `on_ok` gets it if the user confirms a non-empty one."""
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setOkButtonText(ok_text or Notices.tr("Đồng ý"))
    dialog.setCancelButtonText(Notices.tr("Thôi"))
    dialog.setMinimumWidth(460)

    def accepted(text: str) -> None:
        if text.strip():
            on_ok(text.strip())

    dialog.textValueSelected.connect(accepted)
    dialog.open()
    return dialog


class EmptyOverlay(QLabel):
    """A grey sentence over an empty list ("Chưa có…"), keeping the column headers in view."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("empty")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {MUTED_COLOR}; padding: 24px;")
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return super().eventFilter(watched, event)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        if visible:
            self.setGeometry(self._viewport.rect())
        super().setVisible(visible)


def list_table(parent: QWidget, model: QAbstractItemModel | None = None, *, name: str = "", several: bool = False,
               padding: int = 10) -> QTableView:
    """A read-only list: whole rows selected (one, or `several`), alternating colours, one line per row."""
    table = QTableView(parent)
    if name:
        table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + padding)
    table.horizontalHeader().setHighlightSections(False)
    return table


def fit_columns(table: QTableView, columns: Sequence[object], stretch: str = "", context: str = "Lists") -> None:
    """Each column as wide as its header or typical value; the `stretch` one takes the room left."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for number, column in enumerate(columns):
        title = tr_or_core(context, column.header)  # type: ignore[attr-defined]
        text = max(column.sample or "", title, key=metrics.horizontalAdvance)  # type: ignore[attr-defined]
        table.setColumnWidth(number, metrics.horizontalAdvance(text) + 22)
        if column.key == stretch:  # type: ignore[attr-defined]
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
