"""Hôm nay (today): drafts to continue, with what they still lack, and follow-up actions coming due."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.changes import follow
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.models.field_records import ActionModel, DraftModel, DueAction
from kc_desktop.gui.widgets.notices import ERROR_COLOR, MUTED_COLOR, EmptyOverlay, fit_columns, heading, list_table
from kc_desktop.services import field_records, minutes
from kc_desktop.services.minutes import MinutesKind

DUE_WITHIN_DAYS = 7
# As written inside the title ("Hôm nay, thứ hai 24/11/2025"); other languages capitalise them there.
_WEEKDAYS = (_N("TodayView", "thứ hai"), _N("TodayView", "thứ ba"), _N("TodayView", "thứ tư"),
             _N("TodayView", "thứ năm"), _N("TodayView", "thứ sáu"), _N("TodayView", "thứ bảy"),
             _N("TodayView", "chủ nhật"))


def _table(parent: QWidget, model: DraftModel | ActionModel, stretch: str) -> QTableView:
    table = list_table(parent, model, padding=12)
    fit_columns(table, model.columns, stretch=stretch)
    return table


class TodayView(QWidget):
    """What is in hand: unfinished drafts (double-click continues one) and actions due within a week."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TodayView")
        self._ctx = ctx
        self.drafts = DraftModel(self)
        self.due_actions = ActionModel(self)
        self.title = heading("", self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.draft_table = _table(self, self.drafts, "title")
        self.draft_table.setObjectName("drafts")
        self.draft_table.doubleClicked.connect(lambda index: self.continue_draft(index.row()))
        self.draft_empty = EmptyOverlay(self.draft_table)
        self.draft_empty.setText(self.tr("Không có bản nháp nào đang dở. Biên bản mới lập ở mục Khảo sát "
                                         "hoặc Kiểm tra."))
        self.action_table = _table(self, self.due_actions, "description")
        self.action_table.setObjectName("actions")
        self.action_table.doubleClicked.connect(lambda index: self.open_action_record(index.row()))
        self.action_empty = EmptyOverlay(self.action_table)
        self.action_empty.setText(self.tr("Không có việc nào đến hạn trong {n} ngày tới.").format(n=DUE_WITHIN_DAYS))
        self.continue_button = QPushButton(self.tr("Tiếp tục &bản nháp"), self)
        self.continue_button.setObjectName("continue")
        self.continue_button.clicked.connect(lambda: self.continue_draft(self._selected(self.draft_table)))
        self.done_button = QPushButton(self.tr("Đánh dấu đã thực &hiện"), self)
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.mark_done)
        self.open_record_button = QPushButton(self.tr("&Mở biên bản"), self)
        self.open_record_button.clicked.connect(lambda: self.open_action_record(self._selected(self.action_table)))

        drafts_box = QWidget(self)
        drafts_layout = QVBoxLayout(drafts_box)
        drafts_layout.setContentsMargins(0, 0, 0, 0)
        drafts_head = QHBoxLayout()
        drafts_head.addWidget(heading(self.tr("Biên bản nháp chưa hoàn tất"), self, 1.1), 1)
        drafts_head.addWidget(self.continue_button)
        drafts_layout.addLayout(drafts_head)
        drafts_layout.addWidget(self.draft_table, 1)
        actions_box = QWidget(self)
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_head = QHBoxLayout()
        actions_head.addWidget(heading(self.tr("Việc cần làm đến hạn trong {n} ngày (quá hạn tô đỏ)").format(
            n=DUE_WITHIN_DAYS), self, 1.1), 1)
        actions_head.addWidget(self.open_record_button)
        actions_head.addWidget(self.done_button)
        actions_layout.addLayout(actions_head)
        actions_layout.addWidget(self.action_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(drafts_box)
        splitter.addWidget(actions_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        # Drafts and actions saved anywhere (an editor, an import, a phone) show a moment later.
        self.follower = follow(self, ctx.db, minutes.TABLES | {"follow_up_action", "establishment"}, self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the drafts and the actions due again (a few rows: loaded whole)."""
        self.follower.timer.stop()
        db = self._ctx.db
        today = dt.date.today()
        self.title.setText(self.tr("Hôm nay, {weekday} {date}").format(
            weekday=QCoreApplication.translate("TodayView", _WEEKDAYS[today.weekday()]),
            date=f"{today:%d/%m/%Y}"))
        drafts = minutes.drafts(db)
        self.drafts.set_rows(drafts)
        due = field_records.actions(db, due_within_days=DUE_WITHIN_DAYS, today=today)
        draft = self.tr("nháp")
        labels = {r.id: f"{r.number_text or draft} — {r.establishment_name}"
                  for kind in (MinutesKind.SURVEY, MinutesKind.INSPECTION)
                  for r in minutes.rows(db, kind, sorted({a.field_record_id for a in due}))}
        self.due_actions.set_rows([DueAction(a.id, a, labels.get(a.field_record_id, "")) for a in due])
        self.draft_empty.setVisible(not drafts)
        self.action_empty.setVisible(not due)
        overdue = sum(1 for a in due if a.overdue)
        with_errors = sum(1 for d in drafts if d.error_count)
        parts = [self.tr("{n} bản nháp đang dở").format(n=len(drafts))]
        if drafts:
            parts[-1] += self.tr(" ({n} bản còn lỗi)").format(n=with_errors) if with_errors else self.tr(
                " (đều đã đủ thông tin)")
        parts.append(self.tr("{n} việc đến hạn trong {d} ngày").format(n=len(due), d=DUE_WITHIN_DAYS))
        text = " · ".join(parts)
        if overdue:
            text += " · " + self.tr("<b style=\"color:{color}\">{n} việc quá hạn</b>").format(
                color=ERROR_COLOR, n=overdue)
        self.summary.setText(f"<span style=\"color:{MUTED_COLOR}\">{text}</span>")
        self._update_buttons()

    def _selected(self, table: QTableView) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        self.continue_button.setEnabled(self.drafts.rowCount() > 0)
        self.done_button.setEnabled(self.due_actions.rowCount() > 0)
        self.open_record_button.setEnabled(self.due_actions.rowCount() > 0)

    def continue_draft(self, row: int) -> QWidget | None:
        draft = self.drafts.record(row if row >= 0 else 0)
        if draft is None:
            return None
        from kc_desktop.gui.forms.editors import open_editor  # the editors load when first needed: a faster start

        return open_editor(self._ctx, draft.id, self.window())

    def open_action_record(self, row: int) -> QWidget | None:
        due = self.due_actions.record(row if row >= 0 else 0)
        from kc_desktop.gui.forms.editors import open_editor

        return open_editor(self._ctx, due.action.field_record_id, self.window()) if due else None

    def mark_done(self) -> None:
        due = self.due_actions.record(self._selected(self.action_table))
        if due is None:
            return
        a = due.action
        try:
            field_records.save_action(self._ctx.db, self._ctx.actor, a.field_record_id, a.id, a.description,
                                      a.responsible, a.deadline, "done")
        except KCError as exc:
            messages.show_error(self, exc.message)
            return
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
