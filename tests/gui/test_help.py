"""Trợ giúp → Hướng dẫn sử dụng: the guide opens from the menu in the interface's language, has its chapters,
every link leads somewhere real, every picture is one the gallery makes, and a missing picture is a note."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from kc_desktop import paths, user_settings
from kc_desktop.gui import help as guide
from kc_desktop.gui import i18n
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.main_window import MainWindow

# What each chapter must be about, by a word of its title, per language.
CHAPTER_TITLES = {
    "vi": {"first-run": "Lần đầu", "daily-work": "hằng ngày", "printing": "In biên bản", "exchange": "với Sở",
           "backups": "mất máy", "phones": "Điện thoại"},
    "en": {"first-run": "First run", "daily-work": "Daily work", "printing": "Printing",
           "exchange": "City Department", "backups": "lost laptop", "phones": "Phones"},
}


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest, qtbot) -> Iterator[str]:  # noqa: ANN001
    """The interface in each language, as chosen in the settings (and so the guide's language)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    user_settings.update(language=request.param)
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "vi")  # the other tests read Vietnamese


def _anchors(document: QTextDocument) -> tuple[set[str], list[str]]:
    """The anchor names and the link targets Qt found in a page."""
    names: set[str] = set()
    links: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                names.update(fragment.charFormat().anchorNames())
                if fragment.charFormat().anchorHref():
                    links.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return names, links


@pytest.mark.gui
def test_the_guide_opens_from_the_help_menu_in_the_interface_language(
    qtbot, language: str, ctx: AppContext, sample: dict[str, str]  # noqa: ANN001
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.guide_action in help_menu.actions()
    assert window.guide_action.text() == {"vi": "&Hướng dẫn sử dụng", "en": "User &guide"}[language]
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    shown = window.findChild(guide.GuideWindow)
    assert shown is not None and shown.isVisible() and not shown.isModal()
    assert shown.folder == paths.resource("guide", language)
    assert shown.windowTitle() == {"vi": "KC Desktop — Hướng dẫn sử dụng", "en": "KC Desktop — User guide"}[language]
    assert shown.current_chapter() == "index"
    window.guide_action.trigger()  # a second F1 brings the same window forward
    assert window.findChildren(guide.GuideWindow) == [shown]

    titles = {shown.chapters.item(row).data(0x0100): shown.chapters.item(row).text()
              for row in range(shown.chapters.count())}
    assert list(titles) == list(guide.CHAPTERS)
    for chapter, word in CHAPTER_TITLES[language].items():
        assert word in titles[chapter], (chapter, titles[chapter])
    shown.chapters.setCurrentRow(list(titles).index("backups"))  # choosing a chapter shows it
    assert shown.current_chapter() == "backups"
    assert shown.back_button.isEnabled()
    shown.back_button.click()
    assert shown.current_chapter() == "index"
    assert shown.chapters.currentRow() == 0


@pytest.mark.gui
def test_every_link_of_the_guide_leads_to_a_page_and_anchor_that_exist(qtbot, language: str) -> None:  # noqa: ANN001
    shown = guide.GuideWindow(language=language)
    qtbot.addWidget(shown)
    pages: dict[str, tuple[set[str], list[str]]] = {}
    for chapter in guide.CHAPTERS:
        shown.show_chapter(chapter)
        assert shown.current_chapter() == chapter
        assert shown.text.toPlainText().strip()
        pages[chapter] = _anchors(shown.text.document())
    followed = 0
    for chapter, (_names, links) in pages.items():
        base = QUrl.fromLocalFile(str(shown.folder / f"{chapter}.html"))
        for link in links:
            target = base.resolved(QUrl(link))
            assert target.isLocalFile(), f"{chapter}: {link} leaves the guide"
            page = Path(target.toLocalFile())
            assert page.parent == shown.folder and page.stem in pages, f"{chapter}: {link} names no chapter"
            if target.fragment():
                assert target.fragment() in pages[page.stem][0], f"{chapter}: {link} names no anchor"
            followed += 1
    assert followed > 40  # the chapters really link to each other
    # Following a link in the window goes there, anchor and all.
    shown.show_chapter("index")
    shown.text.setSource(QUrl("daily-work.html#" + ("nghiem-thu" if language == "vi" else "acceptance")))
    assert shown.current_chapter() == "daily-work" and shown.chapters.currentRow() == guide.CHAPTERS.index("daily-work")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_picture_of_the_guide_is_one_the_gallery_makes(language: str) -> None:
    folder = paths.resource("guide", language)
    used: set[str] = set()
    for chapter in guide.CHAPTERS:
        for source in guide.image_sources((folder / f"{chapter}.html").read_text(encoding="utf-8")):
            assert source.startswith("images/"), source
            used.add(source.removeprefix("images/"))
    assert used and used <= guide.GUIDE_IMAGES, sorted(used - guide.GUIDE_IMAGES)
    # Both languages show the same pictures, so neither falls behind the other.
    other = "en" if language == "vi" else "vi"
    other_used = {s for c in guide.CHAPTERS
                  for s in guide.image_sources((paths.resource("guide", other) / f"{c}.html").read_text("utf-8"))}
    assert {f"images/{name}" for name in used} == other_used


def test_a_missing_picture_becomes_a_short_note_and_a_present_one_stays(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "main_today.png").write_bytes(b"png")
    text = ('<p><img src="images/main_today.png" alt="Hôm nay"></p>'
            '<p><img src="images/main_sync.png" alt="Mục Đồng bộ"></p>')
    shown = guide.without_missing_images(text, tmp_path)
    assert '<img src="images/main_today.png" alt="Hôm nay">' in shown
    assert "main_sync.png" not in shown
    assert "<i>(Ảnh minh họa «Mục Đồng bộ» chưa có trong bản này.)</i>" in shown


@pytest.mark.gui
def test_the_window_shows_notes_without_pictures_and_fits_pictures_when_they_exist(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    from PySide6.QtGui import QColor, QImage

    folder = tmp_path / "vi"
    folder.mkdir()
    for chapter in guide.CHAPTERS:
        source = paths.resource("guide", "vi", f"{chapter}.html")
        (folder / f"{chapter}.html").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(guide, "guide_dir", lambda language=None: folder)
    shown = guide.GuideWindow()
    qtbot.addWidget(shown)
    shown.resize(1280, 680)
    shown.show()
    shown.show_chapter("first-run")
    assert "(Ảnh minh họa «Hộp thoại thiết lập lần đầu» chưa có trong bản này.)" in shown.text.toPlainText()

    (folder / "images").mkdir()
    picture = QImage(1280, 680, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    assert picture.save(str(folder / "images" / "dialog_first_run.png"))
    shown.show_chapter("index")
    shown.show_chapter("first-run")
    assert "Hộp thoại thiết lập lần đầu" not in shown.text.toPlainText()
    widths = []
    block = shown.text.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                widths.append(iterator.fragment().charFormat().toImageFormat().width())
            iterator += 1
        block = block.next()
    assert len(widths) == 1 and 240 <= widths[0] < shown.text.viewport().width()  # scaled down to fit the column
