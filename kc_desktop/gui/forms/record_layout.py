"""The layout of the field-record editor: header, form, photos and conclusion tabs, errors, buttons."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.forms.record_panels import ClosingPanel, GeneralPanel
from kc_desktop.gui.forms.record_parts import PhotoStrip
from kc_desktop.gui.forms.record_photos import RecordPhotos
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, TAB_STYLE, Banner, heading


class RecordLayout:
    """Builds the editor's widgets; RecordEditor (a QWidget) connects and fills them."""

    def _build(self) -> None:
        db = self._ctx.db
        self.title = heading("", self, 1.3)
        self.title.setObjectName("title")
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet(f"color: {MUTED_COLOR};")
        self.banner = Banner(self)
        self.banner.setObjectName("banner")
        self.banner.linkActivated.connect(self._link)
        self.correction_banner = Banner(self)
        self.correction_banner.setObjectName("correctionBanner")
        self.correction_banner.linkActivated.connect(self._link)

        # General: project, establishment, date, place, participants; then the closing part.
        self.header_errors: dict[str, QLabel] = {}
        self.general = GeneralPanel(db, self.definition, self.header_errors, self)
        self.closing = ClosingPanel(self.header_errors, self)
        g, c = self.general, self.closing
        self.project, self.establishment, self.record_date = g.project, g.establishment, g.record_date
        self.place, self.participants = g.place, g.participants
        self.findings, self.conclusion = c.boxes["findings"], c.boxes["conclusion"]
        self.recommendation, self.actions = c.boxes["recommendation"], c.actions
        self.filler = FormFiller(self.definition, self)
        self.filler.setObjectName("filler")
        self.photos = PhotoStrip(self)
        self.photo_store = RecordPhotos(self._ctx, self.record_id, self.filler, self.photos, self,
                                        self._photos_changed)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        self.tabs.addTab(self._scrolled(self.general), "")
        self.tabs.addTab(self.filler, "")
        self.tabs.addTab(self.photos, "")
        self.tabs.addTab(self._scrolled(self.closing), "")

        # What is left to fix, always in view beside the form.
        self.error_list = QListWidget(self)
        self.error_list.setObjectName("errors")
        self.error_list.setWordWrap(True)
        self.error_list.setStyleSheet(f"QListWidget {{ color: {ERROR_COLOR}; }}")
        self.error_list.setSpacing(3)
        self.error_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.error_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.error_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.error_list.itemActivated.connect(self._error_clicked)
        self.error_list.itemClicked.connect(self._error_clicked)
        self.error_title = QLabel(self)
        self.error_title.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.error_title)
        side_layout.addWidget(self.error_list, 1)
        self.side = side
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([860, 300])
        self.splitter = splitter

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.finalize_button = QPushButton(self.tr("Hoàn tất biên bản"), self)
        self.finalize_button.setObjectName("finalize")
        self.finalize_button.setToolTip(self.tr("Kiểm tra toàn bộ, cấp số biên bản và khóa lại không cho sửa."))
        self.discard_button = QPushButton(self.tr("Xóa bản nháp"), self)
        self.discard_button.setObjectName("discard")
        self.correct_button = QPushButton(self.tr("Lập bản đính chính"), self)
        self.correct_button.setObjectName("correct")
        self.print_button = QPushButton(self.tr("Xem trước / In"), self)
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("Xem biên bản như khi in; bản nháp in kèm chữ «BẢN NHÁP», chưa có số."))
        self.print_button.clicked.connect(self.preview)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        for button in (self.print_button, self.finalize_button, self.discard_button, self.correct_button,
                       self.close_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(110)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.correct_button)
        bottom.addWidget(self.finalize_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.correction_banner)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.project.currentIndexChanged.connect(lambda _i: self._project_changed())
        self.establishment.changed.connect(self._establishment_changed)
        self.record_date.changed.connect(lambda: self._header_changed("record_date", self.record_date.value()))
        self.place.textEdited.connect(lambda text: self._header_changed("place", text))
        self.participants.changed.connect(lambda: self._header_changed("participants", self.participants.values()))
        for name, box in (("findings", self.findings), ("conclusion", self.conclusion),
                          ("recommendation", self.recommendation)):
            box.textChanged.connect(lambda n=name, b=box: self._header_changed(n, b.toPlainText()))
        self.filler.edited.connect(self._answer_changed)
        self.filler.errors_changed.connect(lambda _e: self._show_errors())
        self.filler.photo_requested.connect(self.choose_photos)
        self.filler.photo_clicked.connect(self._show_photo)
        self.photos.add_requested.connect(lambda: self.choose_photos(""))
        self.photos.remove_requested.connect(self.remove_photo)
        self.photos.caption_edited.connect(self._caption_edited)
        self.actions.row_edited.connect(self._action_edited)
        self.actions.row_removed.connect(self._action_removed)
        self.finalize_button.clicked.connect(self.finalize)
        self.discard_button.clicked.connect(self.discard)
        self.correct_button.clicked.connect(self.ask_correction)
        self.close_button.clicked.connect(self.close)

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    # -- values ------------------------------------------------------------------------------------
