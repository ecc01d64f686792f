"""Trợ giúp → Hướng dẫn sử dụng: the user guide, offline, in the language of the interface.

The guide is HTML under resources/guide/<language>/, one file per chapter (CHAPTERS, in reading order; a chapter's
title is the <title> of its file), shown in a non-modal window with the chapters listed beside the text. Links
between chapters and to anchors inside them work like a web browser's, with back and forward.

Its screenshots are not written by hand: the gallery (`kc-desktop --db DB gallery -o DIR --lang vi|en`) makes them
and `python3 dev.py guide` (and the build, before PyInstaller) copies those the guide names into
resources/guide/<language>/images/. A source checkout that has not run it yet shows a short note where each
picture goes, never a broken image.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImageReader, QKeySequence, QResizeEvent, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kc_desktop import paths
from kc_desktop.gui import i18n
from kc_desktop.gui.resources import icon
from kc_desktop.gui.screen_fit import FitsScreen

# The chapters, in reading order: resources/guide/<language>/<name>.html.
CHAPTERS = ("index", "first-run", "daily-work", "printing", "exchange", "backups", "phones")

# The screenshots the gallery is declared to make (`kc-desktop gallery`, one PNG per screen). The guide may show
# any of them and no other: tests/gui/test_help.py checks every <img> of the guide against this list.
GUIDE_IMAGES = frozenset({
    "main_today.png", "main_establishments.png", "main_projects.png", "main_surveys.png",
    "main_inspections.png", "main_acceptance.png", "main_sync.png", "main_reports.png",
    "editor_survey.png", "editor_inspection.png", "editor_acceptance.png",
    "dialog_first_run.png", "dialog_login.png", "dialog_choose_passphrase.png", "dialog_new_record.png",
    "dialog_new_acceptance.png", "main_phones.png",
})

# A picture is shown at its own size, or narrower to fit the text column; never wider than this.
MAX_IMAGE_WIDTH = 900
MAX_IMAGE_HEIGHT = 560
_MARGIN = 40  # room left beside a picture inside the text column (margins, scroll bar)

# Qt's rich text understands a subset of CSS; this is the look of every chapter (the files carry no style).
STYLE = """
body { font-size: 10.5pt; }
h1 { font-size: 20pt; font-weight: 600; color: #1f4e79; margin-bottom: 6px; }
h2 { font-size: 15pt; font-weight: 600; color: #1f4e79; margin-top: 22px; margin-bottom: 4px; }
h3 { font-size: 12.5pt; font-weight: 600; color: #303030; margin-top: 14px; margin-bottom: 2px; }
p, li { line-height: 135%; }
li { margin-bottom: 3px; }
p.lead { font-size: 12pt; color: #3c4043; }
td.tip { color: #174ea6; }
td.warn { color: #6b4300; }
td.soon { color: #3c4043; }
p.shot { margin-top: 10px; margin-bottom: 2px; }
p.caption { color: #5f6368; font-size: 9.5pt; margin-top: 0px; margin-bottom: 12px; }
span.missing { color: #5f6368; }
p.nav { color: #5f6368; margin-top: 24px; }
td { padding: 4px 8px; }
th { padding: 4px 8px; background-color: #f1f3f4; text-align: left; }
code { font-family: monospace; }
a { color: #1a5fb4; }
"""

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
# A paragraph of one of these classes is shown as a box: Qt gives a paragraph a background but no padding.
_BOXES = {"tip": "#e8f0fe", "warn": "#fff4e0", "soon": "#f1f3f4"}
_BOX = re.compile(r'<p class="(' + "|".join(_BOXES) + r')">(.*?)</p>', re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(r"""\b(src|alt)\s*=\s*("([^"]*)"|'([^']*)')""", re.IGNORECASE)
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def guide_dir(language: str | None = None) -> Path:
    """The guide's folder for `language` (the interface's by default); Vietnamese when that one has none."""
    chosen = language or i18n.current_language()
    folder = paths.resource("guide", chosen)
    return folder if folder.is_dir() else paths.resource("guide", i18n.DEFAULT_LANGUAGE)


def chapter_title(path: Path) -> str:
    """The <title> of a chapter's file (its name in the list of chapters)."""
    try:
        found = _TITLE.search(path.read_text(encoding="utf-8"))
    except OSError:
        return path.stem
    return html.unescape(" ".join(found.group(1).split())) if found else path.stem


def image_sources(text: str) -> list[str]:
    """The src of every <img> of an HTML text, in order."""
    return [_attributes(tag).get("src", "") for tag in _IMG.findall(text)]


def _attributes(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(3) if m.group(3) is not None else m.group(4) or "")
            for m in _ATTRIBUTE.finditer(tag)}


def without_missing_images(text: str, folder: Path) -> str:
    """`text` with each <img> whose file is not in `folder` replaced by a short italic note naming the picture
    (a source checkout before `dev.py guide`): Qt would draw a broken box there."""

    def replace(match: re.Match[str]) -> str:
        attributes = _attributes(match.group(0))
        source = attributes.get("src", "")
        if source and (folder / source).is_file():
            return match.group(0)
        what = attributes.get("alt") or Path(source).stem
        note = QCoreApplication.translate("GuideWindow", "(Ảnh minh họa «{what}» chưa có trong bản này.)")
        note = note.format(what=what)
        return f'<span class="missing"><i>{html.escape(note)}</i></span>'

    return _IMG.sub(replace, text)


def as_boxes(text: str) -> str:
    """`text` with each tip, warning or "coming" paragraph in a one-cell table, which Qt pads and colours."""

    def box(match: re.Match[str]) -> str:
        kind = match.group(1).lower()
        return (f'<table width="100%" cellspacing="0" cellpadding="8" bgcolor="{_BOXES[kind]}" style="margin-top: 8px;'
                f' margin-bottom: 8px;"><tr><td class="{kind}">{match.group(2)}</td></tr></table>')

    return _BOX.sub(box, text)


class GuideBrowser(QTextBrowser):
    """The text of the guide: chapters are read through `loadResource`, which leaves out missing pictures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideText")
        self.setOpenLinks(True)
        self.setOpenExternalLinks(False)  # the guide is offline: nothing opens a web browser
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(18)
        self._natural: dict[str, QSize] = {}
        # The page shown, as an absolute URL: while sourceChanged is emitted, source() still names the page before
        # it, and a link followed by setSource may be relative to it.
        self.page = QUrl()
        self.sourceChanged.connect(self._page_changed)

    def _page_changed(self, url: QUrl) -> None:
        self.page = self.page.resolved(url)
        self.page.setFragment("")
        self.fit_images()

    def loadResource(self, kind: int, name: QUrl | str):  # noqa: ANN201 - Qt's QVariant
        url = QUrl(name)
        if kind == QTextDocument.ResourceType.HtmlResource.value and url.isLocalFile():
            path = Path(url.toLocalFile())
            try:
                text = path.read_text(encoding="utf-8")
            except OSError:
                text = QCoreApplication.translate("GuideWindow", "<p>Không đọc được trang «{name}» của hướng dẫn.</p>")
                return text.format(name=html.escape(path.name))
            return as_boxes(without_missing_images(text, path.parent))
        return super().loadResource(kind, name)

    def fit_images(self) -> None:
        """Show each picture at its own size, or smaller to fit the text column and most of its height (after each
        page and when the window is resized)."""
        viewport = self.viewport().size()
        wide = max(240, min(MAX_IMAGE_WIDTH, viewport.width() - _MARGIN))
        high = max(280, min(MAX_IMAGE_HEIGHT, int(viewport.height() * 0.8)))
        document = self.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    picture = fragment.charFormat().toImageFormat()
                    natural = self._natural_size(picture.name())
                    if natural.isValid() and natural.width() > 0:
                        scale = min(1.0, wide / natural.width(), high / max(1, natural.height()))
                        width, height = natural.width() * scale, natural.height() * scale
                        if abs(picture.width() - width) > 0.5:
                            picture.setWidth(width)
                            picture.setHeight(height)
                            cursor = QTextCursor(document)
                            cursor.setPosition(fragment.position())
                            cursor.setPosition(fragment.position() + fragment.length(),
                                               QTextCursor.MoveMode.KeepAnchor)
                            cursor.setCharFormat(picture)
                iterator += 1
            block = block.next()

    def _natural_size(self, name: str) -> QSize:
        url = self.page.resolved(QUrl(name))
        key = url.toString()
        if key not in self._natural:
            self._natural[key] = QImageReader(url.toLocalFile()).size() if url.isLocalFile() else QSize()
        return self._natural[key]


class GuideWindow(FitsScreen, QWidget):
    """The user guide: the chapters on the left, the text on the right, back / forward / contents above."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("GuideWindow")
        self.setWindowTitle(self.tr("KC Desktop — Hướng dẫn sử dụng"))
        self.setWindowIcon(icon("app"))
        self.folder = guide_dir(language)
        self.chapters = QListWidget(self)
        self.chapters.setObjectName("chapters")
        self.chapters.setWordWrap(True)
        self.chapters.setSpacing(1)
        self.chapters.setStyleSheet("QListWidget#chapters::item { padding: 6px 4px; }")
        for name in CHAPTERS:
            path = self.folder / f"{name}.html"
            if path.is_file():
                item = QListWidgetItem(chapter_title(path), self.chapters)
                item.setData(Qt.ItemDataRole.UserRole, name)
        self.text = GuideBrowser(self)
        self.back_button = QPushButton(self.tr("‹ Quay lại"), self)
        self.back_button.setObjectName("back")
        self.forward_button = QPushButton(self.tr("Đi tiếp ›"), self)
        self.forward_button.setObjectName("forward")
        self.contents_button = QPushButton(self.tr("Mục lục"), self)
        self.contents_button.setObjectName("contents")
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.close_button.setObjectName("close")
        self.back_button.clicked.connect(self.text.backward)
        self.forward_button.clicked.connect(self.text.forward)
        self.contents_button.clicked.connect(lambda: self.show_chapter(CHAPTERS[0]))
        self.close_button.clicked.connect(self.close)
        self.text.backwardAvailable.connect(self.back_button.setEnabled)
        self.text.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.text.sourceChanged.connect(self._source_changed)
        self.chapters.currentItemChanged.connect(self._chapter_chosen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.text.backward)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Forward), self, self.text.forward)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(80)
        self._fit_timer.timeout.connect(self.text.fit_images)

        top = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.close_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chapters)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 870])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.resize(1100, 660)
        self.show_chapter(CHAPTERS[0])

    def show_chapter(self, name: str, anchor: str = "") -> None:
        """Show a chapter (a name of CHAPTERS), at `anchor` when given."""
        url = QUrl.fromLocalFile(str(self.folder / f"{name}.html"))
        if anchor:
            url.setFragment(anchor)
        self.text.setSource(url)

    def current_chapter(self) -> str:
        return Path(self.text.page.toLocalFile()).stem

    def _source_changed(self, _url: QUrl) -> None:
        current = self.current_chapter()  # the text has taken the new page in (it connected first)
        for row in range(self.chapters.count()):
            item = self.chapters.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == current:
                self.chapters.blockSignals(True)
                self.chapters.setCurrentRow(row)
                self.chapters.blockSignals(False)
                break

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_chapter():
            self.show_chapter(str(item.data(Qt.ItemDataRole.UserRole)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()


def open_guide(parent: QWidget | None = None, chapter: str = "", anchor: str = "") -> GuideWindow:
    """Show the guide beside the program (one window per main window, brought to the front when open)."""
    window = parent.findChild(GuideWindow) if parent is not None else None
    if window is None:
        window = GuideWindow(parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if chapter:
        window.show_chapter(chapter, anchor)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
