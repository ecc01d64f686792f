"""How the acceptance editor is laid out: heading, tabs (general and council, items and money, closing,
photos), the list of problems beside them, the status line and buttons. Signals are wired by the editor."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.gui.forms.acceptance_council import CouncilTable
from kc_desktop.gui.forms.acceptance_parts import ItemsTable, MoneyPanel
from kc_desktop.gui.forms.acceptance_sections import ClosingSection, HeadingSection, error_label
from kc_desktop.gui.forms.record_parts import PhotoStrip
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, TAB_STYLE, Banner, heading

if TYPE_CHECKING:
    from kc_desktop.gui.forms.acceptance_editor import AcceptanceEditor


class AcceptanceLayout(Context):
    """Translation context of the acceptance editor's layout."""


def _scrolled(editor: QWidget, widget: QWidget) -> QScrollArea:
    area = QScrollArea(editor)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def build(editor: AcceptanceEditor) -> None:
    """Create the editor's widgets as its attributes and lay them out."""
    editor.title = heading("", editor, 1.3)
    editor.title.setObjectName("title")
    editor.subtitle = QLabel(editor)
    editor.subtitle.setStyleSheet(f"color: {MUTED_COLOR};")
    editor.banner = Banner(editor)
    editor.banner.setObjectName("banner")
    editor.correction_banner = Banner(editor)
    editor.correction_banner.setObjectName("correctionBanner")
    editor.errors: dict[str, QLabel] = {}

    editor.heading_section = HeadingSection(editor)
    editor.errors.update(editor.heading_section.errors)
    editor.council = CouncilTable(editor)
    council_box = QGroupBox(AcceptanceLayout.tr("Hội đồng nghiệm thu"), editor)
    council_layout = QVBoxLayout(council_box)
    council_layout.addWidget(editor.council)
    for name in ("council", "signatures"):
        editor.errors[name] = error_label(council_box, name)
        council_layout.addWidget(editor.errors[name])
    general = QWidget(editor)
    general_layout = QVBoxLayout(general)
    general_layout.addWidget(editor.heading_section)
    general_layout.addWidget(council_box, 1)

    editor.items = ItemsTable(editor)
    editor.money = MoneyPanel(editor)
    editor.errors["items"] = error_label(editor, "items")
    items_page = QWidget(editor)
    items_layout = QVBoxLayout(items_page)
    items_layout.addWidget(editor.items, 1)
    items_layout.addWidget(editor.errors["items"])
    items_layout.addWidget(editor.money)

    editor.closing = ClosingSection(editor)
    editor.errors.update(editor.closing.errors)
    editor.photos = PhotoStrip(editor)

    editor.tabs = QTabWidget(editor)
    editor.tabs.setObjectName("tabs")
    editor.tabs.tabBar().setStyleSheet(TAB_STYLE)
    editor.tabs.addTab(_scrolled(editor, general), "")
    editor.tabs.addTab(items_page, "")
    editor.tabs.addTab(_scrolled(editor, editor.closing), "")
    editor.tabs.addTab(editor.photos, "")

    editor.error_list = QListWidget(editor)
    editor.error_list.setObjectName("errors")
    editor.error_list.setWordWrap(True)
    editor.error_list.setStyleSheet(f"QListWidget {{ color: {ERROR_COLOR}; }}")
    editor.error_list.setSpacing(3)
    editor.error_list.setTextElideMode(Qt.TextElideMode.ElideNone)
    editor.error_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    editor.error_list.setResizeMode(QListWidget.ResizeMode.Adjust)
    editor.error_title = QLabel(editor)
    editor.error_title.setWordWrap(True)
    editor.side = QWidget(editor)
    side_layout = QVBoxLayout(editor.side)
    side_layout.setContentsMargins(6, 0, 0, 0)
    side_layout.addWidget(editor.error_title)
    side_layout.addWidget(editor.error_list, 1)
    editor.splitter = QSplitter(Qt.Orientation.Horizontal, editor)
    editor.splitter.addWidget(editor.tabs)
    editor.splitter.addWidget(editor.side)
    editor.splitter.setStretchFactor(0, 1)
    editor.splitter.setCollapsible(0, False)
    editor.splitter.setSizes([990, 240])

    editor.status = QLabel(editor)
    editor.status.setObjectName("status")
    editor.status.setWordWrap(True)
    editor.preview_button = QPushButton(AcceptanceLayout.tr("Xem trước / In"), editor)
    editor.preview_button.setObjectName("preview")
    editor.preview_button.setToolTip(AcceptanceLayout.tr("Xem biên bản như khi in, rồi in hoặc lưu thành PDF. "
                                           "Bản nháp in ra có dòng chữ «BẢN NHÁP»."))
    editor.finalize_button = QPushButton(AcceptanceLayout.tr("Hoàn tất biên bản"), editor)
    editor.finalize_button.setObjectName("finalize")
    editor.finalize_button.setToolTip(
        AcceptanceLayout.tr("Kiểm tra toàn bộ, cấp số biên bản và khóa lại không cho sửa."))
    editor.discard_button = QPushButton(AcceptanceLayout.tr("Xóa bản nháp"), editor)
    editor.discard_button.setObjectName("discard")
    editor.correct_button = QPushButton(AcceptanceLayout.tr("Lập bản đính chính"), editor)
    editor.correct_button.setObjectName("correct")
    editor.close_button = QPushButton(AcceptanceLayout.tr("Đóng"), editor)
    buttons = (editor.preview_button, editor.discard_button, editor.correct_button, editor.finalize_button,
               editor.close_button)
    for button in buttons:
        button.setAutoDefault(False)
        button.setMinimumWidth(110)
    bottom = QHBoxLayout()
    bottom.addWidget(editor.status, 1)
    for button in buttons:
        bottom.addWidget(button)

    layout = QVBoxLayout(editor)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.addWidget(editor.title)
    layout.addWidget(editor.subtitle)
    layout.addWidget(editor.correction_banner)
    layout.addWidget(editor.banner)
    layout.addWidget(editor.splitter, 1)
    layout.addLayout(bottom)
