"""Template management (mẫu phiếu): import XLSForm files, preview, publish, retire, export."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.errors import KCError
from kc_desktop.forms.definition import Problem, TemplateError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.form_filler import FormFiller
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.field_records import TemplateModel
from kc_desktop.gui.models.tables import Column, ListModel
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.widgets.notices import MUTED_COLOR, Banner, EmptyOverlay, fit_columns, heading, list_table
from kc_desktop.services import templates
from kc_desktop.services.templates import TemplateRow, TemplateStatus

PROBLEM_COLUMNS: tuple[Column[Problem], ...] = (
    Column("sheet", _N("Lists", "Trang"), lambda p: p.sheet, sample="choices"),
    Column("row", _N("Lists", "Dòng"), lambda p: str(p.row) if p.row else "", "right", "Dòng"),
    Column("column", _N("Lists", "Cột"), lambda p: p.column, sample="E (relevant)"),
    Column("message", _N("Lists", "Lỗi"), lambda p: p.message,
           sample="biểu thức không hợp lệ: thiếu dấu ngoặc đóng"),
)


def _table(parent: QWidget, model: ListModel, stretch: str) -> QTableView:  # type: ignore[type-arg]
    table = list_table(parent, model, padding=12)
    fit_columns(table, model.columns, stretch=stretch)
    return table


class ProblemsDialog(FitsScreen, QDialog):
    """Every problem of a template file that was refused, where it is, and that nothing was imported."""

    def __init__(self, error: TemplateError, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProblemsDialog")
        self.setWindowTitle(self.tr("Mẫu phiếu chưa nhập được"))
        self.model: ListModel[Problem] = ListModel(PROBLEM_COLUMNS, self)
        self.model.set_rows(error.problems)
        self.table = _table(self, self.model, "message")
        self.table.setObjectName("problems")
        self.table.setWordWrap(True)
        intro = QLabel(self.tr("Tệp «{name}» có {n} lỗi nên <b>chưa nhập gì</b>; các mẫu phiếu đang có không thay "
                               "đổi. Hãy sửa trong Excel theo danh sách dưới đây rồi nhập lại.").format(
            name=file_name, n=len(error.problems)), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Mẫu phiếu chưa nhập được"), self, 1.2))
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 440)


class PreviewDialog(FitsScreen, QDialog):
    """The template as officers will see it, read-only."""

    def __init__(self, ctx: AppContext, template_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreviewDialog")
        definition = templates.definition(ctx.db, template_id)
        self.setWindowTitle(self.tr("Xem trước: {title}").format(title=definition.title))
        self.filler = FormFiller(definition, self)
        self.filler.set_read_only(True)
        note = QLabel(self.tr("Xem trước: các câu hỏi ẩn/hiện theo điều kiện như khi điền thật; không lưu gì."), self)
        note.setStyleSheet(f"color: {MUTED_COLOR};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.filler, 1)
        layout.addWidget(buttons)
        self.resize(860, 720)


class TemplatesView(QWidget):
    """The list of templates with their status, and what can be done with each."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplatesView")
        self._ctx = ctx
        self.model = TemplateModel(self)
        self.table = _table(self, self.model, "title")
        self.table.setObjectName("table")
        self.table.doubleClicked.connect(lambda _i: self.preview())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = EmptyOverlay(self.table)
        self.empty.setText(self.tr("Chưa có mẫu phiếu nào. Bấm «Nhập từ Excel…» để nhập một tệp XLSForm."))
        self.banner = Banner(self)
        self.banner.setObjectName("banner")
        self.import_button = QPushButton(self.tr("&Nhập từ Excel (XLSForm)…"), self)
        self.import_button.setObjectName("import")
        self.preview_button = QPushButton(self.tr("&Xem trước"), self)
        self.preview_button.setObjectName("preview")
        self.publish_button = QPushButton(self.tr("&Phát hành"), self)
        self.publish_button.setObjectName("publish")
        self.publish_button.setToolTip(self.tr("Đưa bản nháp vào sử dụng; phiên bản đang dùng cùng mã sẽ ngừng dùng."))
        self.retire_button = QPushButton(self.tr("Ngừng &dùng"), self)
        self.retire_button.setObjectName("retire")
        self.export_button = QPushButton(self.tr("Xuất ra &Excel…"), self)
        self.export_button.setObjectName("export")
        self.import_button.clicked.connect(self.choose_import)
        self.preview_button.clicked.connect(self.preview)
        self.publish_button.clicked.connect(self.publish)
        self.retire_button.clicked.connect(self.retire)
        self.export_button.clicked.connect(self.choose_export)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.preview_button, self.publish_button, self.retire_button,
                       self.export_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Mẫu đã phát hành không sửa được: muốn thay đổi, hãy tăng «version» trong trang "
                              "settings của tệp Excel rồi nhập lại. Biên bản cũ giữ nguyên phiên bản đã dùng."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(heading(self.tr("Mẫu phiếu khảo sát, kiểm tra"), self))
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        chosen = select or self.selected_id()
        self.model.set_rows(templates.list_templates(self._ctx.db))
        self.empty.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> TemplateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected()
        return row.id if row else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.preview_button.setEnabled(row is not None)
        self.export_button.setEnabled(row is not None)
        self.publish_button.setEnabled(row is not None and row.status == TemplateStatus.DRAFT)
        self.retire_button.setEnabled(row is not None and row.status == TemplateStatus.PUBLISHED)

    # -- actions -----------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Nhập mẫu phiếu"), str(Path.home()),
                                              self.tr("Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> str | ProblemsDialog | None:
        """Import one XLSForm file as a draft template; a broken one shows its problems and changes nothing."""
        notes: list[Problem] = []
        try:
            template_id = templates.import_template(self._ctx.db, self._ctx.actor, path, notes=notes)
        except TemplateError as exc:
            self.banner.show_message(self.tr("Tệp «{name}» chưa nhập được ({n} lỗi); không có thay đổi nào.").format(
                name=path.name, n=len(exc.problems)), "error")
            dialog = ProblemsDialog(exc, path.name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            return dialog
        except KCError as exc:
            self.banner.show_message(exc.message, "error")
            return None
        self.reload(select=template_id)
        row = self.selected()
        self.banner.show_message(self.tr("Đã nhập «{title}» (phiên bản {version}) dưới dạng bản nháp. Hãy xem trước "
                                         "rồi bấm «Phát hành» để đưa vào sử dụng.").format(
            title=row.title if row else path.name, version=row.template_version if row else ""), "ok")
        if notes:
            # What was accepted but deserves a word (old syntax, ignored columns), one per line.
            lines = [html.escape(str(n)) for n in notes[:5]]
            if len(notes) > 5:
                lines.append(self.tr("… và {n} lưu ý khác.").format(n=len(notes) - 5))
            self.banner.show_message(self.banner.text() + "<br>" + self.tr("Lưu ý khi đọc tệp:") + "<br>"
                                     + "<br>".join(lines), "ok")
        self.changed.emit()
        return template_id

    def preview(self) -> PreviewDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = PreviewDialog(self._ctx, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def publish(self) -> None:
        row = self.selected()
        if row is None:
            return
        messages.confirm(self, self.tr("Phát hành mẫu «{title}» phiên bản {version}?").format(
            title=row.title, version=row.template_version), self.tr("Phát hành"),
            lambda: self._apply(templates.publish, row.id, self.tr("Đã phát hành «{title}»; từ nay biên bản mới "
                                                                    "dùng mẫu này.").format(title=row.title)),
            informative=self.tr("Sau khi phát hành, mẫu không sửa được nữa; phiên bản đang dùng cùng mã sẽ "
                                "chuyển sang «Ngừng dùng»."))

    def retire(self) -> None:
        row = self.selected()
        if row is None:
            return
        messages.confirm(self, self.tr("Ngừng dùng mẫu «{title}» phiên bản {version}?").format(
            title=row.title, version=row.template_version), self.tr("Ngừng dùng"),
            lambda: self._apply(templates.retire, row.id, self.tr("Đã ngừng dùng «{title}»; các biên bản đã lập "
                                                                   "vẫn giữ nguyên.").format(title=row.title)))

    def _apply(self, change: object, template_id: str, done: str) -> None:
        try:
            change(self._ctx.db, self._ctx.actor, template_id)  # type: ignore[operator]
        except KCError as exc:
            messages.show_error(self, exc.message)
            return
        self.reload(select=template_id)
        self.banner.show_message(done, "ok")
        self.changed.emit()

    def choose_export(self) -> None:
        row = self.selected()
        if row is None:
            return
        suggested = Path.home() / f"{row.code}-v{row.template_version}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất mẫu phiếu"), str(suggested),
                                              self.tr("Tệp Excel (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            templates.export_template(self._ctx.db, row.code, path, row.template_version)
        except (KCError, OSError) as exc:
            messages.show_error(self, exc.message if isinstance(exc, KCError) else str(exc))
            return False
        self.banner.show_message(self.tr("Đã xuất mẫu ra tệp «{name}».").format(name=path.name), "ok")
        return True


class TemplateDialog(FitsScreen, QDialog):
    """Template management in its own window, opened from the survey and inspection areas."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateDialog")
        self.setWindowTitle(self.tr("Quản lý mẫu phiếu"))
        self.view = TemplatesView(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1080, 560)
