"""One project (đề án): its form, beneficiaries, rule warnings, status steps, surveys and inspections, history."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.domain.money import format_vnd
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput, ProjectStatus, allowed_transitions
from kc_desktop.domain.rules import EstablishmentPlace, RuleWarning, SupportLimit, project_warnings
from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui import messages
from kc_desktop.gui.changes import follow
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.new_record import NewRecordDialog
from kc_desktop.gui.forms.editors import open_editor
from kc_desktop.gui.i18n import core
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.editable import EditableModel, EditColumn
from kc_desktop.gui.models.minutes import LIST_COLUMNS
from kc_desktop.gui.models.projects import HistoryModel, status_color
from kc_desktop.gui.models.tables import Column, ListModel
from kc_desktop.gui.widgets.delegates import EditDelegate
from kc_desktop.gui.widgets.establishment_picker import EstablishmentPickerDialog
from kc_desktop.gui.widgets.notices import (
    ERROR_COLOR,
    MUTED_COLOR,
    TAB_STYLE,
    Banner,
    ask_text,
    fit_columns,
    heading,
)
from kc_desktop.gui.widgets.project_form import LABELS, ProjectFields, label
from kc_desktop.services import establishments, minutes, projects, reference
from kc_desktop.services.minutes import MinutesKind, MinutesRow
from kc_desktop.services.templates import RecordKind

BENEFICIARY_COLUMNS = (
    EditColumn("name", _N("Lists", "Cơ sở"), editable=False, sample="Công ty TNHH Gốm sứ Minh Long"),
    EditColumn("unit", _N("Lists", "Xã/Phường"), editable=False, sample="Phường Hoàng Mai"),
    EditColumn("total_amount", _N("Lists", "Tổng kinh phí"), "money", sample="1.200.000.000"),
    EditColumn("kc_amount", _N("Lists", "Kinh phí khuyến công"), "money", sample="300.000.000"),
    EditColumn("counterpart_amount", _N("Lists", "Vốn đối ứng"), "money", sample="900.000.000"),
    EditColumn("notes", _N("Lists", "Ghi chú"), sample="Ghi chú"),
)
PROJECT_RECORD_COLUMNS: tuple[Column[MinutesRow], ...] = (
    Column("kind", _N("Lists", "Loại"), lambda r: core(MinutesKind(r.kind).label), sample="Khảo sát, thẩm tra"),
    *(c for c in LIST_COLUMNS[MinutesKind.ACCEPTANCE] if c.key != "project"),
)


def live_warnings(data: ProjectInput, places: dict[str, EstablishmentPlace],
                  limits: tuple[SupportLimit, ...] | None = None) -> list[RuleWarning]:
    """The rules on the form as typed (the same ones the lists count), without a database round trip."""
    return project_warnings(data, places, limits)


class ProjectPage(QWidget):
    """Edit a project (`project_id` None: a new one); saved explicitly, status moved by its buttons."""

    back = Signal()
    saved = Signal(str)

    def __init__(self, ctx: AppContext, project_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectPage")
        self._ctx = ctx
        self.project_id = project_id
        self.status = ProjectStatus.PROPOSED
        self._saved_data: ProjectInput | None = None
        self._places: dict[str, EstablishmentPlace] = {}
        self._limits: tuple[SupportLimit, ...] | None = None
        db = ctx.db
        self._unit_kind = {c.code: c.extra for c in reference.admin_units(db)}
        self._recognised = {c.code for c in reference.craft_villages(db) if c.extra == "recognised"}
        self.fields = ProjectFields(reference.support_kinds(db), self)
        self.beneficiaries = EditableModel(BENEFICIARY_COLUMNS, self)
        self.records = ListModel(PROJECT_RECORD_COLUMNS, self)
        self.history = HistoryModel(self)
        self._build()
        self.fields.changed.connect(lambda _n: self._edited())
        self.beneficiaries.edited.connect(lambda *_: self._edited())
        # The project's minutes, saved in any window, show here a moment later.
        self.follower = follow(self, ctx.db, minutes.TABLES, self._record_changed)
        self.load()

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← &Danh sách đề án"), self)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.go_back)
        self.title = heading("", self, 1.3)
        self.title.setObjectName("title")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self.transitions = QHBoxLayout()
        self.transitions.setSpacing(6)
        self.warnings = Banner(self)
        self.warnings.setObjectName("warnings")
        self.error_banner = Banner(self)

        form_page = QScrollArea(self)
        form_page.setWidgetResizable(True)
        form_page.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.fields)
        holder_layout.addStretch(1)
        form_page.setWidget(holder)

        self.beneficiary_table = self._table(self.beneficiaries, "name", editable=True)
        self.beneficiary_table.setObjectName("beneficiaries")
        self.add_beneficiary = QPushButton(self.tr("&Thêm cơ sở thụ hưởng…"), self)
        self.add_beneficiary.setObjectName("addBeneficiary")
        self.remove_beneficiary = QPushButton(self.tr("&Bỏ khỏi danh sách"), self)
        self.add_beneficiary.clicked.connect(self.pick_beneficiary)
        self.remove_beneficiary.clicked.connect(self._remove_beneficiary)
        self.beneficiary_totals = QLabel(self)
        self.beneficiary_error = QLabel(self)
        self.beneficiary_error.setStyleSheet(f"color: {ERROR_COLOR};")
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.beneficiary_table, 1)
        people_layout.addWidget(self.beneficiary_error)
        row = QHBoxLayout()
        row.addWidget(self.add_beneficiary)
        row.addWidget(self.remove_beneficiary)
        row.addStretch(1)
        row.addWidget(self.beneficiary_totals)
        people_layout.addLayout(row)

        self.record_table = self._table(self.records, "establishment")
        self.record_table.setObjectName("records")
        self.record_table.doubleClicked.connect(lambda index: self._open_record(index.row()))
        opening = QAction(self.record_table)  # Enter opens the current record, as a double click does
        opening.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        opening.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        opening.triggered.connect(lambda _c=False: self._open_current_record())
        self.record_table.addAction(opening)
        self.new_survey = QPushButton(self.tr("Lập biên bản khảo &sát…"), self)
        self.new_survey.setObjectName("newSurvey")
        self.new_inspection = QPushButton(self.tr("Lập biên bản &kiểm tra…"), self)
        self.new_inspection.setObjectName("newInspection")
        self.new_survey.clicked.connect(lambda: self.new_record(RecordKind.SURVEY.value))
        self.new_inspection.clicked.connect(lambda: self.new_record(RecordKind.INSPECTION.value))
        work = QWidget(self)
        work_layout = QVBoxLayout(work)
        work_layout.addWidget(self.record_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_survey)
        buttons.addWidget(self.new_inspection)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Bấm đúp (hoặc Enter) vào một biên bản để mở."), self)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        buttons.addWidget(hint)
        work_layout.addLayout(buttons)

        acceptance = QLabel(self.tr(
            "<h3>Nghiệm thu (sắp có)</h3><p>Phiên nghiệm thu tại cơ sở: hội đồng nghiệm thu, đối chiếu hạng mục "
            "được duyệt với thực tế bàn giao, kinh phí bằng số và bằng chữ, biên bản ký tại chỗ. Phần này sẽ có "
            "trong bản cập nhật tới; các khảo sát, kiểm tra của đề án được dùng tiếp ở đó.</p>"), self)
        acceptance.setObjectName("acceptance")
        acceptance.setWordWrap(True)
        acceptance.setAlignment(Qt.AlignmentFlag.AlignTop)
        acceptance.setMargin(16)

        self.history_table = self._table(self.history, "reason")
        self.history_table.setObjectName("history")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        self.tabs.addTab(form_page, self.tr("Thông tin đề án"))
        self.tabs.addTab(people, "")
        self.tabs.addTab(work, "")
        self.tabs.addTab(acceptance, self.tr("Nghiệm thu (sắp có)"))
        self.tabs.addTab(self.history_table, self.tr("Lịch sử"))

        self.save_state = QLabel(self)
        self.save_button = QPushButton(self.tr("&Lưu đề án"), self)
        self.save_button.setObjectName("save")
        self.revert_button = QPushButton(self.tr("Bỏ th&ay đổi"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        for button in (self.save_button, self.revert_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(110)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addSpacing(12)
        status_row.addLayout(self.transitions)
        status_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_state, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _table(self, model: object, stretch: str, editable: bool = False) -> QTableView:
        table = QTableView(self)
        table.setModel(model)  # type: ignore[arg-type]
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        if editable:
            table.setItemDelegate(EditDelegate(model, table))  # type: ignore[arg-type]
            table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                  & ~QAbstractItemView.EditTrigger.CurrentChanged)
        else:
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(table, model.columns, stretch=stretch)  # type: ignore[attr-defined]
        return table

    # -- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the project as stored (or an empty form for a new one)."""
        db = self._ctx.db
        if self.project_id is None:
            data = ProjectInput()
            self.status = ProjectStatus.PROPOSED
        else:
            data, status, _version = projects.load(db, self.project_id)
            self.status = ProjectStatus(status)
        self._saved_data = data
        self.fields.set_values(data)
        self.fields.show_errors({})
        self.error_banner.clear_message()
        rows = establishments.rows(db, [b.establishment_id for b in data.beneficiaries])
        by_id = {r.id: r for r in rows}
        self._remember_places(rows)
        self.beneficiaries.set_rows([
            {"establishment_id": b.establishment_id, "name": by_id[b.establishment_id].name if b.establishment_id
             in by_id else "", "unit": by_id[b.establishment_id].admin_unit_name if b.establishment_id in by_id
             else "", "total_amount": b.total_amount, "kc_amount": b.kc_amount,
             "counterpart_amount": b.counterpart_amount, "notes": b.notes} for b in data.beneficiaries])
        self._load_work()
        self._show_header()
        self._edited()

    def _remember_places(self, rows: list) -> None:  # type: ignore[type-arg]
        for r in rows:
            self._places[r.id] = EstablishmentPlace(r.name, self._unit_kind.get(r.admin_unit_code, ""),
                                                    r.admin_unit_name, r.craft_village_id in self._recognised)

    def _load_work(self) -> None:
        db = self._ctx.db
        if self.project_id is None:
            self.records.set_rows([])
            self.history.set_history([])
        else:
            self.records.set_rows(minutes.of_project(db, self.project_id))
            self.history.set_history(projects.history(db, self.project_id))
        saved = self.project_id is not None
        self.new_survey.setEnabled(saved)
        self.new_inspection.setEnabled(saved)
        self.tabs.setTabText(2, self.tr("Biên bản ({n})").format(n=self.records.rowCount()))

    def _record_changed(self) -> None:
        if self.project_id is not None:
            self._load_work()

    def _show_header(self) -> None:
        data = self._saved_data or ProjectInput()
        self.title.setText(f"{data.code} — {data.title}" if self.project_id else self.tr("Đề án mới"))
        color = status_color(self.status) or "#174ea6"
        self.status_label.setText(self.tr("Trạng thái: <b style=\"color:{color}\">{status}</b>").format(
            color=color, status=html.escape(core(self.status.label))))
        while self.transitions.count():
            item = self.transitions.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.project_id is None:
            return
        for target in allowed_transitions(self.status):
            if target is ProjectStatus.CANCELLED:
                button = QPushButton(self.tr("&Hủy đề án…"), self)
                button.setStyleSheet(f"color: {ERROR_COLOR};")
                button.clicked.connect(self.ask_cancel)
            else:
                button = QPushButton(self.tr("Chuyể&n sang «{status}»").format(status=core(target.label)), self)
                button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
            button.setObjectName(f"to_{target.value}")
            button.setAutoDefault(False)
            self.transitions.addWidget(button)

    def transition_buttons(self) -> list[QPushButton]:
        items = [self.transitions.itemAt(i) for i in range(self.transitions.count())]
        widgets = [item.widget() for item in items if item is not None]
        return [w for w in widgets if isinstance(w, QPushButton)]

    # -- editing -----------------------------------------------------------------------------------
    def values(self) -> ProjectInput:
        data = self.fields.values()
        data.beneficiaries = [
            BeneficiaryInput(r["establishment_id"], int(r["total_amount"] or 0), int(r["kc_amount"] or 0),
                             int(r["counterpart_amount"] or 0), str(r.get("notes") or ""))
            for r in self.beneficiaries.rows()]
        return data

    @property
    def dirty(self) -> bool:
        if self._saved_data is None:
            return False
        current = self.values()
        saved = self._saved_data
        return current != saved

    def _edited(self) -> None:
        self._show_warnings()
        self._show_totals()
        dirty = self.dirty
        self.save_button.setEnabled(dirty or self.project_id is None)
        self.revert_button.setEnabled(dirty)
        self.save_state.setText(self.tr("Có thay đổi chưa lưu.") if dirty else "")
        self.save_state.setStyleSheet(f"color: {ERROR_COLOR};" if dirty else "")
        self.tabs.setTabText(1, self.tr("Cơ sở thụ hưởng ({n})").format(n=self.beneficiaries.rowCount()))

    def warning_list(self) -> list[RuleWarning]:
        if self._limits is None:
            self._limits = reference.limits_of(self._ctx.db)
        return live_warnings(self.values(), self._places, self._limits)

    def _show_warnings(self) -> None:
        found = self.warning_list()
        if not found:
            self.warnings.clear_message()
            return
        items = "".join(f"<li>{html.escape(w.message)}</li>" for w in found)
        self.warnings.show_message(self.tr(
            "<b>{n} cảnh báo theo quy định</b> (chỉ để lưu ý, không chặn việc lưu):<ul style=\"margin:2px 0 0 -20px\">"
            "{items}</ul>").format(n=len(found), items=items), "warning")

    def _show_totals(self) -> None:
        rows = self.beneficiaries.rows()
        self.beneficiary_totals.setText(self.tr("Cộng: tổng {total} · khuyến công {kc} · đối ứng {counterpart}").format(
            total=format_vnd(sum(int(r["total_amount"] or 0) for r in rows)),
            kc=format_vnd(sum(int(r["kc_amount"] or 0) for r in rows)),
            counterpart=format_vnd(sum(int(r["counterpart_amount"] or 0) for r in rows))))

    def pick_beneficiary(self) -> EstablishmentPickerDialog:
        dialog = EstablishmentPickerDialog(self._ctx.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.picked.connect(self.add_establishment)
        dialog.open()
        return dialog

    def add_establishment(self, establishment_id: str) -> None:
        if any(r["establishment_id"] == establishment_id for r in self.beneficiaries.rows()):
            self.beneficiary_error.setText(self.tr("Cơ sở này đã có trong danh sách thụ hưởng."))
            return
        self.beneficiary_error.clear()
        found = establishments.rows(self._ctx.db, [establishment_id])
        if not found:
            return
        self._remember_places(found)
        self.beneficiaries.add_row({"establishment_id": establishment_id, "name": found[0].name,
                                    "unit": found[0].admin_unit_name, "notes": ""})
        self.tabs.setCurrentIndex(1)
        self._edited()

    def _remove_beneficiary(self) -> None:
        rows = self.beneficiary_table.selectionModel().selectedRows()
        if rows:
            self.beneficiaries.remove_row(rows[0].row())
            self._edited()

    def save(self) -> bool:
        db, actor = self._ctx.db, self._ctx.actor
        try:
            project_id = projects.save(db, actor, self.project_id, self.values())
        except ValidationFailed as exc:
            self.fields.show_errors(exc.errors)
            self.beneficiary_error.setText(exc.errors.get("beneficiaries", ""))
            names = ", ".join(label(n) for n in exc.errors if n in LABELS)
            self.error_banner.show_message(self.tr("Chưa lưu được: hãy sửa {fields}.").format(
                fields=html.escape(names)), "error")
            self.tabs.setCurrentIndex(1 if set(exc.errors) == {"beneficiaries"} else 0)
            return False
        except KCError as exc:
            messages.show_error(self, exc.message)
            return False
        self.project_id = project_id
        self.load()
        self.saved.emit(project_id)
        self.save_state.setText(self.tr("Đã lưu."))
        return True

    # -- status ------------------------------------------------------------------------------------
    def move_to(self, target: ProjectStatus) -> None:
        if self.dirty and not self.save():
            return
        messages.confirm(self, self.tr("Chuyển đề án sang trạng thái «{status}»?").format(
            status=core(target.label)), self.tr("Chuyển"), lambda: self._transition(target, ""),
            title=self.tr("Chuyển trạng thái"))

    def ask_cancel(self) -> QWidget | None:
        if self.dirty and not self.save():
            return None
        return ask_text(self, self.tr("Hủy đề án"),
                        self.tr("Đề án được giữ lại với trạng thái «Đã hủy» và lý do trong lịch sử.\n\n"
                                "Lý do hủy đề án:"),
                        lambda reason: self._transition(ProjectStatus.CANCELLED, reason), self.tr("Hủy đề án"))

    def _transition(self, target: ProjectStatus, reason: str) -> None:
        assert self.project_id is not None
        try:
            projects.transition(self._ctx.db, self._ctx.actor, self.project_id, target.value, reason)
        except KCError as exc:
            messages.show_error(self, exc.message)
            return
        self.load()
        self.saved.emit(self.project_id)

    # -- records -----------------------------------------------------------------------------------
    def new_record(self, kind: str) -> NewRecordDialog | None:
        if self.project_id is None:
            return None
        dialog = NewRecordDialog(self._ctx, kind, self, project_id=self.project_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, record_id: str) -> None:
        self._load_work()
        open_editor(self._ctx, record_id, self.window())

    def _open_current_record(self) -> None:
        current = self.record_table.currentIndex()
        if current.isValid():
            self._open_record(current.row())

    def _open_record(self, row: int) -> None:
        record_id = self.records.id_at(row)
        if record_id:
            open_editor(self._ctx, record_id, self.window())

    # -- leaving -----------------------------------------------------------------------------------
    def go_back(self) -> QMessageBox | None:
        """Back to the list; unsaved changes are saved, dropped or kept as the officer says."""
        if not self.dirty:
            self.back.emit()
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Đề án chưa lưu"),
                          self.tr("Đề án có thay đổi chưa lưu. Lưu trước khi quay lại danh sách?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        save = box.addButton(self.tr("Lưu"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Ở lại"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)

        def done() -> None:
            if box.clickedButton() is save and self.save() or box.clickedButton() is drop:
                self.back.emit()

        box.finished.connect(done)
        box.open()
        return box
