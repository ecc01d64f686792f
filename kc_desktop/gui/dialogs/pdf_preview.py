"""Minutes on screen before paper: a PDF preview (QtPdf), direct printing, save as PDF; `preview_record`."""
from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMargins, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kc_desktop.db.engine import Database
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import Context
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.widgets.notices import MUTED_COLOR

PRINT_DPI_CAP = 300  # a page rendered at 300 dpi is ~35 MB; enough for text and signatures on office printers
_ZOOM_STEP = 1.2


class PdfPreview(Context):
    """Translation context of the print preview and its helpers."""


@dataclass(frozen=True)
class PrintedRecord:
    """What a preview or a batch needs to know of a record before printing it."""

    kind: str
    record_id: str
    draft: bool
    number_text: str
    day: dt.date | None
    title: str

    @property
    def file_name(self) -> str:
        """'01-BB-HĐNT-2026-3f2a9c1d.pdf'; drafts are named as drafts so a folder never mixes them up."""
        number = self.number_text.replace("/", "-") if self.number_text and not self.draft else "BAN-NHAP"
        year = f"-{self.day.year}" if self.day else ""
        sheet = "TINH-HINH-" if self.kind == "progress" else ""  # the follow-up sheet of signed minutes
        return f"{sheet}{number}{year}-{self.record_id[:8]}.pdf"


_KIND_TITLES = {
    "acceptance": _N("PdfPreview", "Biên bản nghiệm thu"),
    "survey": _N("PdfPreview", "Biên bản khảo sát, thẩm tra"),
    "inspection": _N("PdfPreview", "Biên bản kiểm tra"),
    "progress": _N("PdfPreview", "Tình hình thực hiện kiến nghị"),
}


def printed_record(db: Database, kind: str, record_id: str) -> PrintedRecord:
    """State, number and date of a record of any kind (works off the GUI thread)."""
    if kind == "acceptance":
        from kc_desktop.services import acceptances

        a = acceptances.load(db, record_id)
        draft, number, day = a.state != "finalized", a.number_text, a.acceptance_date
    else:
        from kc_desktop.services import field_records

        r = field_records.load(db, record_id)
        draft, number, day = r.state != "finalized", r.number_text, r.record_date
    what = PdfPreview.tr(_KIND_TITLES.get(kind, _N("PdfPreview", "Biên bản")))
    title = f"{what} {number}" if number and not draft else PdfPreview.tr("{what} (bản nháp)").format(what=what)
    return PrintedRecord(kind, record_id, draft, number, day, title)


class PdfPreviewDialog(FitsScreen, QDialog):
    """A PDF on screen, page after page, fitted to the width; print it or keep a copy.

    With `temporary`, the file (and its folder, if it becomes empty) is removed when the dialog closes.
    """

    def __init__(self, pdf_path: Path | str, parent: QWidget | None = None, *, draft: bool = False, title: str = "",
                 suggested_name: str = "", temporary: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PdfPreviewDialog")
        self.pdf_path = Path(pdf_path)
        self.temporary = temporary
        self.draft = draft
        self.suggested_name = suggested_name or self.pdf_path.name
        self.setWindowTitle(self.tr("Xem trước — {title}").format(title=title or self.pdf_path.name))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        self.view.setStyleSheet("QPdfView { background: #7b8087; }")

        self.banner = QLabel(self.tr("Bản nháp — chưa có số, không có giá trị pháp lý"), self)
        self.banner.setObjectName("draftBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("QLabel { background: #fff3b0; color: #5c4400; border: 1px solid #e7cf5c;"
                                  " border-radius: 4px; padding: 7px; font-weight: bold; }")
        self.banner.setVisible(draft)

        self.page_label = QLabel(self)
        self.page_label.setObjectName("pages")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_width_button = QPushButton(self.tr("&Vừa chiều rộng"), self)
        self.fit_page_button = QPushButton(self.tr("Cả &trang"), self)
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_out_button.setToolTip(self.tr("Thu nhỏ"))
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_in_button.setToolTip(self.tr("Phóng to"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(36)
        self.print_button = QPushButton(self.tr("In…"), self)
        self.print_button.setObjectName("print")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("&Lưu thành PDF…"), self)
        self.save_button.setObjectName("save")
        self.close_button = QPushButton(self.tr("Đón&g"), self)
        self.close_button.setObjectName("close")
        for button in (self.fit_width_button, self.fit_page_button, self.zoom_out_button, self.zoom_in_button,
                       self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.setDefault(True)

        self.fit_width_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(_ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        self.close_button.clicked.connect(self.close)
        # Bound methods, not lambdas: Qt drops them with the dialog, so a document closing late finds no one.
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.document.pageCountChanged.connect(self._page_changed)

        tools = QHBoxLayout()
        tools.addWidget(self.fit_width_button)
        tools.addWidget(self.fit_page_button)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        tools.addWidget(self.save_button)
        tools.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)

        error = self.document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            self.page_label.setText(self.tr("Không mở được tệp PDF"))
            self.page_label.setStyleSheet(f"color: {MUTED_COLOR};")
            for button in (self.print_button, self.save_button):
                button.setEnabled(False)
        self._show_page()
        self.resize(900, 1000)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(min(900, available.width() - 40), min(1000, available.height() - 60))

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _page_changed(self, _value: int) -> None:
        self._show_page()

    def _show_page(self) -> None:
        total = self.document.pageCount()
        if total:
            self.page_label.setText(self.tr("Trang {n}/{total}").format(n=self.current_page() + 1, total=total))

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Start from what the fitted view shows, so the first click does not jump.
            page = self.document.pagePointSize(max(self.current_page(), 0))
            if page.width() > 0:
                current = (self.view.viewport().width() - 40) / (page.width() * self.logicalDpiX() / 72)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, current * factor)))

    # -- printing --------------------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name.removesuffix(".pdf"))
        printer.setFullPage(True)  # the PDF carries its own ND 30 margins; print it 1:1 on the sheet
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        return printer

    def ask_print(self) -> QPrintDialog:
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In biên bản"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setMinMax(1, max(1, self.page_count()))
        dialog.accepted.connect(lambda: self._print_reporting(printer, dialog))
        QDialog.open(dialog)  # QPrintDialog's own open() is typed only with a slot to call
        return dialog

    def _print_reporting(self, printer: QPrinter, dialog: QPrintDialog) -> None:
        first = last = 0
        if dialog.printRange() == QPrintDialog.PrintRange.PageRange:
            first, last = printer.fromPage(), printer.toPage()
        try:
            self.print_to(printer, first, last)
        except KCError as exc:
            messages.show_error(self, exc.message)

    def print_to(self, printer: QPrinter, first: int = 0, last: int = 0) -> int:
        """Paint pages `first`..`last` (1-based, 0 = all) at their real size; returns how many."""
        count = self.document.pageCount()
        if count == 0:
            raise KCError(self.tr("Tệp PDF không có trang nào để in."))
        first = max(first, 1) if first else 1
        last = min(last, count) if last else count
        pages = list(range(first - 1, last))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        painter = QPainter()
        try:
            self._orient(printer, pages[0])
            if not painter.begin(printer):
                raise KCError(self.tr("Không gửi được lệnh in tới máy in. Hãy kiểm tra máy in đã bật và "
                                      "được chọn đúng, rồi in lại."))
            for position, page in enumerate(pages):
                if position:
                    self._orient(printer, page)
                    printer.newPage()
                self._paint_page(painter, printer, page)
        finally:
            if painter.isActive():
                painter.end()
            QGuiApplication.restoreOverrideCursor()
        return len(pages)

    def _orient(self, printer: QPrinter, page: int) -> None:
        size = self.document.pagePointSize(page)
        wide = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait)

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        size = self.document.pagePointSize(page)
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        image = self.document.render(page, pixels)
        if image.isNull():
            raise KCError(self.tr("Không dựng được trang {n} để in.").format(n=page + 1))
        # The sheet in device pixels: 1 PDF point is 1/72 inch on paper, whatever the printer's resolution.
        scale = printer.resolution() / 72
        target = QRectF(QPointF(0, 0), size * scale)
        if image.format() != QImage.Format.Format_ARGB32_Premultiplied:
            image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painter.drawImage(target, image)

    # -- saving ----------------------------------------------------------------------------------
    def ask_save(self) -> None:
        start = Path.home() / self.suggested_name
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu biên bản thành PDF"), str(start),
                                                self.tr("Tệp PDF (*.pdf)"))
        if chosen:
            self.save_as(Path(chosen))

    def save_as(self, target: Path) -> Path | None:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            messages.show_error(self, self.tr("Không lưu được tệp «{name}»: {why}. Hãy chọn thư mục khác.").format(
                name=target.name, why=exc.strerror or exc))
            return None
        return target

    # -- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._release()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def _release(self) -> None:
        if not self.temporary:
            return
        self.temporary = False
        self.document.pageCountChanged.disconnect(self._page_changed)
        self.document.close()  # the file must be closed before it can be removed on Windows
        self.pdf_path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty, or already gone
            self.pdf_path.parent.rmdir()


def preview_record(parent: QWidget, ctx: AppContext, kind: str, record_id: str) -> BackgroundOp:
    """Render a record into a temporary PDF off the GUI thread, then show it in a preview window."""
    from kc_desktop.documents import render

    db = ctx.db
    folder = Path(tempfile.mkdtemp(prefix="kc-xem-truoc-"))

    def work() -> tuple[Path, PrintedRecord]:
        info = printed_record(db, kind, record_id)
        return render.render_record(db, kind, record_id, folder / info.file_name), info

    def done(result: tuple[Path, PrintedRecord]) -> None:
        path, info = result
        dialog = PdfPreviewDialog(path, parent, draft=info.draft, title=info.title, suggested_name=info.file_name,
                                  temporary=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def failed(exc: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        messages.show_error(parent, exc.message if isinstance(exc, KCError) else unexpected_message(exc))

    return (BackgroundOp(parent, work, label=PdfPreview.tr("Đang dựng bản in…"), title=PdfPreview.tr("Xem trước"),
                         cancellable=False)
            .success(done).failure(failed).run_in_background())


def open_previews() -> list[PdfPreviewDialog]:
    """Preview windows now on screen."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]
