"""The main window: navigation between the areas of work, the current page, and the status bar."""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from kc_desktop import __version__
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.gui import messages, windows
from kc_desktop.gui.changes import follow
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.resources import icon, thousands
from kc_desktop.gui.tasks import BackgroundOp
from kc_desktop.gui.views.establishments import EstablishmentView
from kc_desktop.services import establishments, minutes

if TYPE_CHECKING:
    from kc_desktop.gui.views.conflicts import SyncArea
    from kc_desktop.gui.views.projects import ProjectsArea
    from kc_desktop.gui.views.reports import ReportsView
    from kc_desktop.gui.views.today import TodayView


MINUTES_AREAS = {"surveys": "survey", "inspections": "inspection", "acceptance": "acceptance"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


# (key and icon, title, what the page will hold); "establishments" is built, the rest are to come.
# _N (QT_TRANSLATE_NOOP) marks the texts for lupdate; they are translated when shown.
AREAS = (
    ("today", _N("MainWindow", "Hôm nay"), ""),
    ("establishments", _N("MainWindow", "Cơ sở"), ""),
    (
        "projects",
        _N("MainWindow", "Đề án"),
        _N(
            "MainWindow",
            "Đề án khuyến công: đề xuất, phê duyệt theo đợt, hợp đồng, kinh phí và theo dõi trạng thái "
            "từ đề xuất đến quyết toán.",
        ),
    ),
    (
        "surveys",
        _N("MainWindow", "Khảo sát"),
        _N(
            "MainWindow",
            "Khảo sát, thẩm tra tại cơ sở: tiêu chí, ảnh chụp, kiến nghị; in biên bản khảo sát ngay tại chỗ.",
        ),
    ),
    (
        "inspections",
        _N("MainWindow", "Kiểm tra"),
        _N(
            "MainWindow",
            "Kiểm tra thực hiện đề án theo danh mục: kết quả từng mục, phát hiện, việc cần làm và hạn xử lý.",
        ),
    ),
    (
        "acceptance",
        _N("MainWindow", "Nghiệm thu"),
        _N(
            "MainWindow",
            "Nghiệm thu: hội đồng, đối chiếu hạng mục được duyệt với thực tế, kinh phí bằng số "
            "và bằng chữ, biên bản ký tại chỗ.",
        ),
    ),
    (
        "sync",
        _N("MainWindow", "Đồng bộ"),
        _N(
            "MainWindow",
            "Xuất dữ liệu gửi Sở (tệp có chữ ký số, mang bằng USB hoặc thư điện tử), nhận biên nhận "
            "và danh mục mới từ Sở; không cần mạng.",
        ),
    ),
    ("reports", _N("MainWindow", "Báo cáo"), ""),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._ctx = ctx
        office = ctx.office
        self.city_mode = office.level == SiteLevel.CITY.value
        title = self.tr("KC Desktop — {office}").format(office=office.site_name)
        self.setWindowTitle(title + self.tr(" — Chế độ Sở") if self.city_mode else title)
        self.setWindowIcon(icon("app"))
        # Designed for 1200×760 and up; smaller still works, for 1366×768 laptops with a taskbar.
        self.setMinimumSize(1024, 640)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(150)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding-top: 8px; outline: 0; }"
            "QListWidget#navigation::item { padding: 8px 6px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.pages = QStackedWidget(self)
        # The other areas are built (and their modules imported) when first shown: a faster start.
        self._built: dict[str, QWidget] = {}
        for key, name, _description in AREAS:
            item = QListWidgetItem(icon(key), _tr(str(name)), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 40))
            self.pages.addWidget(QWidget(self.pages))  # stands in for the page until it is built
        self.establishments = cast(EstablishmentView, self._page("establishments"))
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setToolTip(self.tr("Chọn mục làm việc (Ctrl+1 … Ctrl+{n}); Tab để vào trang").format(
            n=len(AREAS)))
        # Reopening after a crash or a killed process offers the drafts first, exactly as they were left.
        has_drafts = minutes.has_drafts(ctx.db)
        self._show_row(0 if has_drafts else 1)
        self.navigation.setCurrentRow(0 if has_drafts else 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(line)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._make_menus()
        self._make_status_bar()
        # Establishments written anywhere (this register, an import, a package from the Sở) show at once.
        follow(self, ctx.db, {"establishment"}, self._establishments_changed, delay_ms=200)
        if "sync" not in self._built:
            from kc_desktop.sync.conflicts import open_conflict_count

            self._show_conflicts(open_conflict_count(ctx.db))
        self.establishments.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.resize(1280, 800)
        self.navigation.setFocus()  # the keyboard starts on the areas: arrows choose one, Tab goes into it

    def _make_page(self, key: str) -> QWidget:
        ctx = self._ctx
        if key == "establishments":
            return EstablishmentView(ctx, self)
        if key == "today":
            from kc_desktop.gui.views.today import TodayView

            return TodayView(ctx, self)
        if key == "projects":
            from kc_desktop.gui.views.projects import ProjectsArea

            return ProjectsArea(ctx, self)
        if key in MINUTES_AREAS:
            from kc_desktop.gui.views.minutes import MinutesView

            return MinutesView(ctx, MINUTES_AREAS[key], self)
        if key == "sync":
            from kc_desktop.gui.views.conflicts import SyncArea

            area = SyncArea(ctx, self)
            area.conflicts_changed.connect(self._show_conflicts)
            self._show_conflicts(len(area.conflicts.items))
            return area
        if key == "reports":
            from kc_desktop.gui.views.reports import ReportsView

            return ReportsView(ctx, self)
        from kc_desktop.gui.views.placeholder import PlaceholderPage

        _key, title, description = AREAS[[area[0] for area in AREAS].index(key)]
        return PlaceholderPage(_tr(str(title)), _tr(str(description)), icon(key), self)

    def _page(self, key: str) -> QWidget:
        """The page of an area, built in place of its stand-in the first time it is needed."""
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._make_page(key)
            page.setObjectName(f"page_{key}")
            index = [area[0] for area in AREAS].index(key)
            stand_in = self.pages.widget(index)
            assert stand_in is not None
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self._page(AREAS[row][0])
        self.pages.setCurrentIndex(row)
        self._update_work_actions()

    @property
    def today(self) -> TodayView:
        return cast("TodayView", self._page("today"))

    @property
    def projects(self) -> ProjectsArea:
        return cast("ProjectsArea", self._page("projects"))

    @property
    def sync(self) -> SyncArea:
        return cast("SyncArea", self._page("sync"))

    @property
    def reports(self) -> ReportsView:
        return cast("ReportsView", self._page("reports"))

    def show_sized(self) -> None:
        """Show at a comfortable size, or maximized on a screen smaller than that (the size it returns to
        when the officer restores it fits the screen too)."""
        from kc_desktop.gui import screen_fit

        screen_fit.fit(self)
        screen = self.screen().availableGeometry()
        if screen.width() < 1280 or screen.height() < 800:
            self.showMaximized()
        else:
            self.show()

    # -- keyboard: one window-level action per key, dispatched to the area shown ------------------------
    # An area offers what it can do by these methods: start_new (Ctrl+N), focus_search (Ctrl+F),
    # preview_selected (Ctrl+P). One action per key for the whole window: no ambiguous shortcuts.
    WORK = (("start_new", QKeySequence.StandardKey.New), ("focus_search", QKeySequence.StandardKey.Find),
            ("preview_selected", QKeySequence.StandardKey.Print))

    def current_page(self) -> QWidget | None:
        row = self.navigation.currentRow()
        return self._built.get(AREAS[row][0]) if 0 <= row < len(AREAS) else None

    def _do(self, name: str) -> None:
        handler = getattr(self.current_page(), name, None)
        if callable(handler):
            handler()

    def _update_work_actions(self) -> None:
        page = self.current_page()
        for name, action in getattr(self, "work_actions", {}).items():
            action.setEnabled(callable(getattr(page, name, None)))

    def go_to_area(self, key: str) -> None:
        """Show an area and put the cursor in it (its first field), as Ctrl+1 … Ctrl+8 do."""
        self.show_area(key)
        page = self._page(key)
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _make_work_menus(self) -> None:
        work_menu = self.menuBar().addMenu(self.tr("&Công việc"))
        texts = {"start_new": self.tr("&Mới…"), "focus_search": self.tr("&Tìm trong danh sách"),
                 "preview_selected": self.tr("Xem trước / &In")}
        self.work_actions: dict[str, QAction] = {}
        for name, keys in self.WORK:
            action = QAction(texts[name], self)
            action.setObjectName(f"action_{name}")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, n=name: self._do(n))
            work_menu.addAction(action)
            self.work_actions[name] = action
        self._update_work_actions()
        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        self.area_actions: dict[str, QAction] = {}
        for number, (key, title, _description) in enumerate(AREAS, start=1):
            action = QAction(icon(key), self.tr("&{n} {area}").format(n=number, area=_tr(str(title))), self)
            action.setObjectName(f"area_{key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.go_to_area(k))
            view_menu.addAction(action)
            self.area_actions[key] = action

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("Tệ&p"))
        file_menu.addAction(self.establishments.import_action)
        file_menu.addAction(self.establishments.export_action)
        file_menu.addSeparator()
        villages = QAction(self.tr("&Danh mục làng nghề…"), self)
        villages.triggered.connect(self.edit_craft_villages)
        file_menu.addAction(villages)
        from kc_desktop.gui.language_menu import LanguageMenu

        self.language_menu = file_menu.addMenu(LanguageMenu(self))
        file_menu.addSeparator()
        from kc_desktop.gui.dialogs import backup

        self.backup_action = QAction(self.tr("&Sao lưu dữ liệu…"), self)
        self.backup_action.triggered.connect(lambda: backup.back_up(self, self._ctx))
        self.restore_action = QAction(self.tr("&Khôi phục từ bản sao lưu…"), self)
        self.restore_action.triggered.connect(lambda: backup.restore_from(self, self._ctx))
        self.passphrase_action = QAction(self.tr("&Mật khẩu sao lưu…"), self)
        self.passphrase_action.triggered.connect(self.choose_backup_passphrase)
        for action in (self.backup_action, self.restore_action, self.passphrase_action):
            action.setEnabled(self._ctx.db.path is not None)  # a server database has its own backups
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Thoá&t"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._make_work_menus()
        from kc_desktop.gui import admin_menu

        self.admin_menu = admin_menu.install(self, self._ctx)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        self.guide_action = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&Giới thiệu KC Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _make_status_bar(self) -> None:
        office = self._ctx.office
        level = SiteLevel.parse(office.level)
        self.office_label = QLabel(
            self.tr("Đơn vị: {name} ({code})").format(name=office.site_name, code=office.site_code)
        )
        self.office_label.setToolTip(core(level.label) if level else "")
        self.officer_label = QLabel(self.tr("Cán bộ: {name}").format(name=office.officer_name))
        self.db_label = QLabel()
        self.db_label.setObjectName("database")
        self.db_label.setMaximumWidth(360)
        self.db_label.setToolTip(self._ctx.db.display_name)
        self.count_label = QLabel()
        self.count_label.setObjectName("total")
        bar = self.statusBar()
        if self.city_mode:
            self.mode_label = QLabel(self.tr("<b>Chế độ Sở</b>"))
            self.mode_label.setObjectName("mode")
            self.mode_label.setToolTip(self.tr("Cơ sở dữ liệu của Sở Công Thương: nhận gói dữ liệu của các đơn vị."))
            self.mode_label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(self.mode_label)
        for widget in (self.office_label, self.officer_label, self.db_label, self.count_label):
            widget.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(widget)
        self._show_database()
        self.update_counts()

    def _show_database(self) -> None:
        name = self._ctx.db.display_name
        text = self.tr("CSDL: {path}").format(path=name)
        metrics = self.db_label.fontMetrics()
        self.db_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, 350))

    def _establishments_changed(self) -> None:
        self.establishments.run_search()
        self.update_counts()

    def update_counts(self) -> None:
        """The number of establishments (outside the trash) in the status bar."""
        total = establishments.count(self._ctx.db)
        self.count_label.setText(self.tr("{n} cơ sở").format(n=thousands(total)))

    def _show_conflicts(self, count: int) -> None:
        """The open conflicts in the label of the Đồng bộ area, so they are seen from anywhere."""
        keys = [area[0] for area in AREAS]
        title = _tr(AREAS[keys.index("sync")][1])
        item = self.navigation.item(keys.index("sync"))
        item.setText(self.tr("{title} ({n})").format(title=title, n=count) if count else title)
        item.setToolTip(self.tr("{n} xung đột cần giải quyết").format(n=count) if count else "")

    def show_area(self, key: str) -> None:
        keys = [area[0] for area in AREAS]
        self.navigation.setCurrentRow(keys.index(key))

    def show_about(self) -> None:
        office = self._ctx.office
        text = self.tr(
            "<b>KC Desktop {version}</b><br>Công tác khuyến công tại cơ sở: danh sách cơ sở, đề án, "
            "khảo sát, kiểm tra, nghiệm thu và đồng bộ với Sở, không cần mạng.<br><br>"
            "Đơn vị: {office}<br>Cơ sở dữ liệu: {db}"
        ).format(version=__version__, office=html.escape(office.site_name), db=html.escape(self._ctx.db.display_name))
        messages.show_info(self, text, self.tr("Giới thiệu"))

    def show_guide(self) -> QWidget:
        """Trợ giúp → Hướng dẫn sử dụng (F1): the offline guide, beside the window."""
        from kc_desktop.gui.help import open_guide

        return open_guide(self)

    def choose_backup_passphrase(self) -> bool:
        """Tệp → Mật khẩu sao lưu…: the head sets or changes the passphrase that opens the backups."""
        from kc_desktop.gui.dialogs.backup_passphrase import choose_passphrase

        return choose_passphrase(self, self._ctx)

    def edit_craft_villages(self) -> QWidget:
        from kc_desktop.gui.dialogs.craft_villages import CraftVillageDialog

        dialog = CraftVillageDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.establishments.reload_choices)
        dialog.open()
        return dialog

    def generate_demo(self, count: int = 500) -> BackgroundOp | None:
        """Fill a fresh database with realistic establishments to try the program."""
        try:
            from kc_desktop.services import demo
        except ImportError:
            return None
        db, actor = self._ctx.db, self._ctx.actor

        def done(_summary: object) -> None:
            self.establishments.reload_choices()
            self.establishments.run_search()
            self.update_counts()
            self.statusBar().showMessage(self.tr("Đã tạo {n} cơ sở mẫu.").format(n=thousands(count)), 8000)

        return (
            BackgroundOp(
                self,
                lambda: demo.generate(db, actor, establishments=count, seed=1),
                label=self.tr("Đang tạo dữ liệu mẫu…"),
                title=self.tr("Dữ liệu mẫu"),
            )
            .success(done)
            .run_in_background()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Work still running is cancelled and rolled back before the database closes; what is typed is kept.
        BackgroundOp.cancel_all_and_wait()
        shell = sys.modules.get("kc_desktop.gui.forms.minutes_editor")  # never imported: no editor is open
        if shell is not None:
            shell.close_all()
        super().closeEvent(event)


def open_window(db_path: Path) -> MainWindow | None:  # noqa: F821 - MainWindow is defined above
    """The database at `db_path` (opened, migrated) in a new main window; None when it cannot open."""
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from kc_desktop.db.engine import open_database
    from kc_desktop.errors import KCError
    from kc_desktop.services import installation, setup

    try:
        db = open_database(db_path)
        setup.ensure_reference_data(db)
    except KCError as exc:
        title = QCoreApplication.translate("Backup", "KC Desktop — không mở được dữ liệu")
        QMessageBox.critical(None, title, exc.message)
        return None
    if installation.office_info(db) is None:  # a backup made before the office was set up
        from kc_desktop.gui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(db)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None
        ctx = AppContext.signed_in(db, dialog.actor) if accepted else None  # type: ignore[arg-type]
    else:
        from kc_desktop.gui.dialogs.login import sign_in

        ctx = sign_in(db)  # the restored database has its own accounts
    if ctx is None:
        db.close()
        return None
    window = MainWindow(ctx)
    window.show_sized()
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(db.close)
    return window


windows.set_opener(open_window)  # a restore reopens the restored database through this (kc_desktop.gui.windows)
