"""Start an acceptance session: which project (approved, in progress or inspected), which beneficiary, when."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kc_desktop.db.engine import Database
from kc_desktop.domain.acceptance import CouncilMember, CouncilRole
from kc_desktop.domain.project import ProjectStatus
from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.new_record import place_of
from kc_desktop.gui.resources import thousands
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.ui_forms.new_acceptance_ui import Ui_NewAcceptanceDialog
from kc_desktop.gui.widgets.notices import as_heading
from kc_desktop.services import acceptances, establishments, minutes, projects
from kc_desktop.services.reference import Choice

ACCEPTABLE = (ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.INSPECTED)


def acceptable_projects(db: Database) -> list[Choice]:
    """Projects that can be accepted now: approved, in progress or inspected."""
    ids = [i for status in ACCEPTABLE for i in projects.search_ids(db, status=status.value)]
    rows = sorted(projects.rows(db, ids, with_warnings=False), key=lambda r: (-r.plan_year, r.code))
    return [Choice(r.id, f"{r.code} — {r.title}") for r in rows]


def first_council(ctx: AppContext, establishment_id: str) -> list[CouncilMember]:
    """The officer who opens the minutes (as secretary) and the beneficiary's representative."""
    council = [CouncilMember(ctx.office.officer_name, ctx.office.site_name, "", CouncilRole.SECRETARY.value)]
    data, _version, _deleted = establishments.load(ctx.db, establishment_id)
    if data.representative:
        title = data.representative_title or QCoreApplication.translate("NewAcceptanceDialog", "Người đại diện")
        council.append(CouncilMember(data.representative, data.name, title, CouncilRole.BENEFICIARY.value))
    return council


class NewAcceptanceDialog(FitsScreen, QDialog):
    """Asks which project and beneficiary the session is for, starts the draft and says which (`created`).
    The layout is ui/new_acceptance.ui."""

    created = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, project_id: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewAcceptanceDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        ui = self.ui
        as_heading(ui.title, 1.2)
        self.project = ui.project
        self.project.set_choices(acceptable_projects(ctx.db))
        self.beneficiary = ui.beneficiary
        self.day = ui.day
        self.day.set_value(dt.date.today())
        self.note = ui.note
        self.problem = ui.problem
        self.buttons = ui.buttons
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Lập biên bản"))
        self.start_button.setObjectName("start")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Thôi"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.project.currentIndexChanged.connect(lambda _i: self._project_changed())
        self.beneficiary.currentIndexChanged.connect(lambda _i: self._beneficiary_changed())
        self.project.set_code(project_id or (self.project.itemData(0) if self.project.count() else None))
        self._project_changed()
        if self.project.count() == 0:
            self.problem.setText(self.tr("Chưa có đề án nào đã phê duyệt, đang thực hiện hoặc đã kiểm tra. Hãy chuyển "
                                         "trạng thái đề án trong mục «Đề án» trước."))
            self.start_button.setEnabled(False)

    def _project_changed(self) -> None:
        self.project.line().setCursorPosition(0)  # show the code, not the end of a long title
        self.beneficiary.clear()
        project_id = self.project.code()
        if not project_id:
            return
        data, _status, _version = projects.load(self._ctx.db, project_id)
        shares = {b.establishment_id: b for b in data.beneficiaries}
        for row in establishments.rows(self._ctx.db, list(shares)):
            amount = shares[row.id].kc_amount
            label = self.tr("{name} — khuyến công {amount} đ").format(name=row.name, amount=thousands(amount))
            self.beneficiary.addItem(label, row.id)
        if not shares:
            self.problem.setText(self.tr("Đề án này chưa có cơ sở thụ hưởng."))
        else:
            self.problem.clear()
        self._beneficiary_changed()

    def _beneficiary_changed(self) -> None:
        project_id, establishment_id = self.project.code(), self.beneficiary.currentData()
        self.note.clear()
        if not project_id or not establishment_id:
            return
        rows = minutes.rows(self._ctx.db, "acceptance",
                            minutes.search_ids(self._ctx.db, "acceptance", project_id=project_id))
        earlier = [r for r in rows if r.establishment_id == establishment_id and not r.superseded]
        if earlier:
            numbers = ", ".join(r.number_text or self.tr("bản nháp") for r in earlier)
            self.note.setText(self.tr("Cơ sở này đã có biên bản nghiệm thu của đề án ({numbers}). Nếu cần sửa biên "
                                      "bản đã hoàn tất, hãy mở nó và lập bản đính chính.").format(numbers=numbers))

    def start(self) -> str | None:
        project_id, establishment_id = self.project.code(), self.beneficiary.currentData()
        if not project_id or not establishment_id:
            self.problem.setText(self.tr("Hãy chọn đề án và cơ sở thụ hưởng."))
            return None
        db, actor = self._ctx.db, self._ctx.actor
        try:
            record_id = acceptances.start(db, actor, project_id, establishment_id, self.day.value())
            acceptances.save_draft(db, actor, record_id, {
                "place": place_of(db, establishment_id),
                "council": first_council(self._ctx, establishment_id),
                "recipients": self.tr("Sở Công Thương Hà Nội;\nCơ sở thụ hưởng;\nLưu: VT."),
            })
        except KCError as exc:
            messages.show_error(self, exc.message)
            return None
        self.created.emit(record_id)
        self.accept()
        return record_id
