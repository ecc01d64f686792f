"""Excel import of establishments: pick a file, preview what each row will do, then import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kc_desktop.domain.establishment import LABELS
from kc_desktop.errors import Cancelled, KCError
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.models.import_preview import ImportPreviewModel
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.tasks import BackgroundOp, unexpected_message
from kc_desktop.gui.widgets.establishment_fields import ERROR_STYLE
from kc_desktop.xlsx.reader import SPREADSHEET_SUFFIXES

EXCEL_SUFFIXES = SPREADSHEET_SUFFIXES  # Excel .xlsx/.xlsm, Excel 97–2003 .xls, LibreOffice .ods


def _importer() -> Any:
    # Imported on use: the Excel module is optional for the rest of the GUI.
    from kc_desktop.xlsx.establishments import import_establishments

    return import_establishments


class FilePage(QWizardPage):
    """Step 1: which workbook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chọn tệp Excel"))
        self.setSubTitle(
            self.tr(
                "Chương trình tự tìm dòng tiêu đề và các cột (Tên cơ sở, Mã số thuế, Xã/Phường…). "
                "Bước sau cho xem trước từng dòng; chưa có gì được ghi cho đến khi bấm «Nhập»."
            )
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("Đường dẫn tới tệp .xlsx, .xls hoặc .ods"))
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Chọn tệp…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        note = QLabel(
            self.tr(
                "Mỗi cơ sở một dòng. Cơ sở có mã số thuế đã có trong danh sách sẽ được cập nhật; "
                "dòng có lỗi (mã số thuế sai, thiếu tên, xã/phường không rõ…) bị từ chối "
                "và được liệt kê kèm lý do."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp Excel hoặc LibreOffice"), str(Path.home()),
            self.tr("Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)")
        )
        if chosen:
            self.path.setText(chosen)

    def file(self) -> Path:
        return Path(self.path.text().strip().strip('"'))

    def isComplete(self) -> bool:
        file = self.file()
        return file.suffix.lower() in EXCEL_SUFFIXES and file.is_file()


class ReportPage(QWizardPage):
    """A page that runs the import (dry or real) in the background and shows its report."""

    dry_run = True
    reported = Signal(object)

    def __init__(self, ctx: AppContext, files: FilePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._files = files
        self._run = 0
        self.op: BackgroundOp | None = None
        self.report: Any = None
        self.error: str | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ImportPreviewModel(self)
        self.only_rejected = QCheckBox(self.tr("Chỉ hiện các dòng bị từ chối"), self)
        self.only_rejected.toggled.connect(self._only_rejected)
        self.table = QTableView(self)
        self.table.setObjectName("preview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Reasons are what the officer must read: they wrap instead of being cut off.
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView::item { padding: 4px 3px; }")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in enumerate((56, 100, 260, 120)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.only_rejected)
        layout.addWidget(self.table, 1)

    def _only_rejected(self, only: bool) -> None:
        self.model.set_only_rejected(only)
        self._fit_rows()

    def _fit_rows(self) -> None:
        if self.model.rowCount() <= 2000:  # measuring every row of a huge file would stall the window
            self.table.resizeRowsToContents()

    def initializePage(self) -> None:
        self._run += 1
        run = self._run
        self.report, self.error = None, None
        self.model.set_outcomes([])
        self.only_rejected.setChecked(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Đang đọc tệp…"))
        self.details.setText("")
        db, actor, path, dry = self._ctx.db, self._ctx.actor, self._files.file(), self.dry_run
        label = self.tr("Đang kiểm tra từng dòng của tệp…") if dry else self.tr("Đang nhập các cơ sở…")
        self.op = BackgroundOp(
            self, lambda: _importer()(db, actor, path, dry_run=dry), label=label, title=self.tr("Nhập từ Excel")
        )
        self.op.success(lambda report: self._done(run, report))
        self.op.failure(lambda exc: self._failed(run, exc))
        self.op.on_cancel(lambda: self._failed(run, Cancelled()))
        self.op.run_in_background()
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self._run += 1  # a late answer of the abandoned run is ignored
        if self.op is not None:
            self.op.cancel()

    def _done(self, run: int, report: Any) -> None:
        if run != self._run:
            return
        self.report = report
        self.model.set_outcomes(report.outcomes)
        self._fit_rows()
        self.summary.setText(report.summary())
        self.details.setText(self.describe(report))
        self.completeChanged.emit()
        self.reported.emit(report)

    def _failed(self, run: int, exc: BaseException) -> None:
        if run != self._run:
            return
        self.error = exc.message if isinstance(exc, KCError) else unexpected_message(exc)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(self.error)
        self.completeChanged.emit()

    def describe(self, report: Any) -> str:
        columns = "; ".join(
            f"{core(LABELS.get(field, field))} ← «{caption}»" for field, caption in report.columns.items()
        )
        lines = [
            self.tr("Trang tính «{sheet}», dòng tiêu đề {row}.").format(sheet=report.sheet, row=report.header_row),
            self.tr("Cột nhận được: {columns}.").format(columns=columns or self.tr("không có")),
        ]
        if report.rejected and self.dry_run:
            lines.append(self.tr("Các dòng bị từ chối sẽ không được nhập; hãy sửa chúng trong Excel rồi nhập lại."))
        return "\n".join(lines)

    def isComplete(self) -> bool:
        if self.report is None:
            return False
        return bool(self.report.created or self.report.updated) if self.dry_run else True


class ResultPage(ReportPage):
    """Step 3: the real import, one transaction; the list refreshes when it is done."""

    dry_run = False

    def isComplete(self) -> bool:
        return self.report is not None or self.error is not None


class ImportWizard(FitsScreen, QWizard):
    """Nhập từ Excel: file → preview (dry run) → import."""

    imported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Nhập cơ sở từ Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("‹ &Quay lại")),
            (QWizard.WizardButton.NextButton, self.tr("Tiếp ›")),
            (QWizard.WizardButton.CommitButton, self.tr("Nhập")),
            (QWizard.WizardButton.FinishButton, self.tr("Xong")),
            (QWizard.WizardButton.CancelButton, self.tr("&Hủy")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.preview_page = ReportPage(ctx, self.file_page, self)
        self.preview_page.setTitle(self.tr("Xem trước"))
        self.preview_page.setSubTitle(self.tr("Chưa có gì được ghi. Kiểm tra các dòng rồi bấm «Nhập»."))
        self.preview_page.setCommitPage(True)
        self.result_page = ResultPage(ctx, self.file_page, self)
        self.result_page.setTitle(self.tr("Kết quả nhập"))
        for page in (self.file_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.result_page.reported.connect(lambda report: self.imported.emit(report.summary()))
        self.resize(1000, 680)
