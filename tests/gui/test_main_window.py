"""The main window: six areas, placeholders for those to come, a status bar that says where you are."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import message_boxes
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kc_desktop.app import run
from kc_desktop.db.engine import Database, open_database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.first_run import FirstRunDialog
from kc_desktop.gui.main_window import MainWindow
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.gui.views.establishments import EstablishmentView
from kc_desktop.gui.views.minutes import MinutesView
from kc_desktop.gui.views.placeholder import PlaceholderPage
from kc_desktop.services import establishments, installation


@pytest.fixture
def window(qtbot, ctx: AppContext, sample: dict[str, str]) -> MainWindow:  # noqa: ANN001
    from kc_desktop.gui import screen_fit

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    screen_fit.fit(main)  # what show_sized does before showing it
    main.show()
    return main


@pytest.mark.gui
def test_navigation_has_the_eight_areas(window: MainWindow) -> None:
    from kc_desktop.gui.views.conflicts import SyncArea

    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Hôm nay",
        "Cơ sở",
        "Đề án",
        "Khảo sát",
        "Kiểm tra",
        "Nghiệm thu",
        "Đồng bộ",
        "Báo cáo",
    ]
    assert isinstance(window.pages.currentWidget(), EstablishmentView)  # no drafts: the register first
    nav.setCurrentRow(5)
    assert isinstance(window.pages.currentWidget(), MinutesView)
    window.show_area("sync")
    assert isinstance(window.pages.currentWidget(), SyncArea)
    assert not any(isinstance(window.pages.widget(i), PlaceholderPage) for i in range(window.pages.count()))
    window.show_area("establishments")
    assert window.pages.currentWidget() is window.establishments
    area, least = window.screen().availableGeometry(), window.minimumSizeHint()
    if area.width() >= 1280 and area.height() >= 800:
        assert (window.width(), window.height()) >= (1200, 760)  # a comfortable first size
    else:  # a small screen (the offscreen test screen): the window fits it, down to what its layout needs
        assert window.width() <= max(area.width(), least.width())
        assert window.height() <= max(area.height(), least.height())


@pytest.mark.gui
def test_status_bar_shows_office_officer_database_and_count(window: MainWindow, ctx: AppContext) -> None:
    assert window.office_label.text() == "Đơn vị: UBND xã Bát Tràng (BT01)"
    assert window.officer_label.text() == "Cán bộ: Nguyễn Văn An"
    assert window.db_label.toolTip() == ctx.db.display_name
    assert "kc.sqlite" in window.db_label.text()
    assert window.count_label.text() == "4 cơ sở"
    assert window.windowTitle() == "KC Desktop — UBND xã Bát Tràng"


@pytest.mark.gui
def test_run_opens_the_window_of_an_existing_office(qtbot, db: Database, actor, tmp_path: Path) -> None:  # noqa: ANN001
    from kc_desktop.gui.dialogs.login import LoginDialog
    from kc_desktop.services import accounts

    accounts.create_first_account(db, "an.nguyen", "gốm-sứ-2026")
    path = db.path
    db.close()
    seen: list[str] = []

    def sign_in_then_look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        if dialogs:  # the officer signs in first
            dialogs[0].password.setText("gốm-sứ-2026")
            dialogs[0].sign_in_button.click()
            QTimer.singleShot(0, sign_in_then_look)
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, sign_in_then_look)
            return
        seen.extend(w.windowTitle() for w in windows)
        for w in windows:
            w.close()  # the last window closed ends the event loop, as when the officer closes it

    QTimer.singleShot(0, sign_in_then_look)
    safety = QTimer()  # a window that fails to close must not hang the suite
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(10_000)
    assert run(str(path)) == 0
    safety.stop()
    assert seen == ["KC Desktop — UBND xã Bát Tràng"]


@pytest.mark.gui
def test_run_explains_a_file_that_is_not_a_database(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "danh-sach.sqlite"
    bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    texts: list[str] = []

    def read_and_close() -> None:
        boxes = message_boxes() or [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        for box in boxes:
            texts.append(box.text())
            box.close()

    QTimer.singleShot(50, read_and_close)
    assert run(str(bad)) == 1
    assert texts and "không phải cơ sở dữ liệu KC Desktop" in texts[0]


@pytest.mark.gui
def test_first_run_through_run_then_demo_data_in_the_background(qtbot, db: Database) -> None:  # noqa: ANN001
    path = db.path
    db.close()
    seen: list[str] = []

    def fill_first_run() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog) and w.isVisible())
        assert dialog.demo.isChecked()  # run(..., demo=True) ticks it
        dialog.site_code.setText("BT01")
        dialog.site_name.setText("UBND xã Bát Tràng")
        dialog.officer_name.setText("Nguyễn Văn An")
        dialog.admin_unit.set_code("00583")
        dialog.username.setText("an.nguyen")
        dialog.password.setText("gốm-sứ-2026")
        dialog.confirm.setText("gốm-sứ-2026")
        dialog.start.click()
        QTimer.singleShot(0, close_when_demo_is_done)

    def close_when_demo_is_done() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        (op,) = BackgroundOp._running
        op.finished.connect(lambda: (seen.append(window.count_label.text()), window.close()))

    QTimer.singleShot(0, fill_first_run)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(30_000)
    assert run(str(path), demo=True) == 0
    safety.stop()
    assert seen == ["500 cơ sở"]
    again = open_database(path)
    try:
        assert installation.office_info(again).site_code == "BT01"  # type: ignore[union-attr]
        assert establishments.count(again) == 500
    finally:
        again.close()
