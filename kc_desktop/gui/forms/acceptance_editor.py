"""The acceptance editor (biên bản nghiệm thu): council and signatures, items, money, checks, conclusion.

The shell (minutes_editor.py) owns the frame, autosave, finalizing and correcting; this class adds the four
pages: general information and the council, items and money, documents and conclusion, photos.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from kc_desktop.domain.acceptance import compute_money
from kc_desktop.domain.rules import limit_for
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.forms.acceptance_council import CouncilTable
from kc_desktop.gui.forms.acceptance_media import SignaturesAndPhotos
from kc_desktop.gui.forms.acceptance_parts import ItemsTable, MoneyPanel
from kc_desktop.gui.forms.acceptance_sections import ClosingSection, HeadingSection, error_label
from kc_desktop.gui.forms.minutes_editor import MinutesEditor
from kc_desktop.gui.forms.record_parts import PhotoStrip
from kc_desktop.gui.i18n import noop as _N
from kc_desktop.gui.widgets.signature_pad import SignatureDialog
from kc_desktop.services import establishments, projects, reference
from kc_desktop.services.minutes import MinutesKind

TAB_GENERAL, TAB_ITEMS, TAB_CLOSING, TAB_PHOTOS = range(4)
FIELD_LABELS = {
    "acceptance_date": _N("AcceptanceEditor", "Ngày nghiệm thu"),
    "start_time": _N("AcceptanceEditor", "Giờ bắt đầu"),
    "end_time": _N("AcceptanceEditor", "Giờ kết thúc"),
    "place": _N("AcceptanceEditor", "Địa điểm"),
    "council_decision_no": _N("AcceptanceEditor", "Số quyết định thành lập hội đồng"),
    "council_decision_date": _N("AcceptanceEditor", "Ngày quyết định thành lập hội đồng"),
    "council": _N("AcceptanceEditor", "Hội đồng nghiệm thu"),
    "signatures": _N("AcceptanceEditor", "Chữ ký"),
    "items": _N("AcceptanceEditor", "Hạng mục"),
    "money": _N("AcceptanceEditor", "Kinh phí"),
    "conclusion": _N("AcceptanceEditor", "Kết luận"),
    "approval_date": _N("AcceptanceEditor", "Ngày quyết định phê duyệt"),
    "contract_date": _N("AcceptanceEditor", "Ngày hợp đồng"),
    "checks": _N("AcceptanceEditor", "Hồ sơ, chứng từ"),
    "recipients": _N("AcceptanceEditor", "Nơi nhận"),
}
_TAB_OF = {"items": TAB_ITEMS, "money": TAB_ITEMS, "conclusion": TAB_CLOSING, "checks": TAB_CLOSING,
           "recipients": TAB_CLOSING}
TIMES = ("start_time", "end_time")


class AcceptanceEditor(SignaturesAndPhotos, MinutesEditor):
    """One acceptance session."""

    kinds = (MinutesKind.ACCEPTANCE,)
    first_size = (1240, 840)
    minimum_size = (980, 640)
    side_width = 250

    def __init__(self, ctx: AppContext, record_id: str, kind: MinutesKind = MinutesKind.ACCEPTANCE,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, kind, parent)

    def _discard_question(self) -> str:
        return self.tr("Xóa bản nháp biên bản nghiệm thu này?")

    # -- the kind's parts --------------------------------------------------------------------------
    def _init_kind_state(self) -> None:
        self.signature_dialog: SignatureDialog | None = None

    def _load_context(self) -> None:
        db = self._ctx.db
        self.project, _status, _version = projects.load(db, self.data.project_id)
        self.limit = limit_for(self.project.support_kind_code or "", self.project.approval_date,
                               reference.limits_of(db))
        found = establishments.rows(db, [self.data.establishment_id])
        self.establishment = found[0] if found else None

    def _build_pages(self) -> list[QWidget]:
        self.heading_section = HeadingSection(self)
        self.field_errors.update(self.heading_section.errors)
        self.council = CouncilTable(self)
        council_box = QGroupBox(self.tr("Hội đồng nghiệm &thu"), self)
        council_layout = QVBoxLayout(council_box)
        council_layout.addWidget(self.council)
        for name in ("council", "signatures"):
            self.field_errors[name] = error_label(council_box, name)
            council_layout.addWidget(self.field_errors[name])
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.heading_section)
        general_layout.addWidget(council_box, 1)

        self.items = ItemsTable(self)
        self.money = MoneyPanel(self)
        self.field_errors["items"] = error_label(self, "items")
        items_page = QWidget(self)
        items_layout = QVBoxLayout(items_page)
        items_layout.addWidget(self.items, 1)
        items_layout.addWidget(self.field_errors["items"])
        items_layout.addWidget(self.money)

        self.closing = ClosingSection(self)
        self.field_errors.update(self.closing.errors)
        self.photos = PhotoStrip(self)
        return [self.scrolled(general), items_page, self.scrolled(self.closing), self.photos]

    def _connect(self) -> None:
        self.heading_section.edited.connect(self._changed)
        self.heading_section.bad_time.connect(self._bad_time)
        self.closing.edited.connect(self._changed)
        self.council.changed.connect(lambda: self._changed("council", None))
        self.council.sign_requested.connect(self.sign_member)
        self.council.unsign_requested.connect(self.unsign_member)
        self.items.changed.connect(self._items_changed)
        self.photos.add_requested.connect(self.choose_photos)
        self.photos.remove_requested.connect(self.remove_photo)
        self.photos.caption_edited.connect(self._caption_edited)

    def _fill(self) -> None:
        data = self.data
        self.heading_section.show_record(data, self.project, self.establishment)
        self.council.model.set_members(data.council)
        self.items.model.set_items(data.items)
        self.closing.show_record(data)
        self._touched = {name for name in FIELD_LABELS if getattr(data, name, None)}
        self._load_attachments()
        self._show_money()
        if self.draft:
            self._problems = self._read_problems()

    def _changed(self, name: str, value: Any) -> None:
        if self._loading or not self.draft:
            return
        if name == "checks":
            value = {**self._pending.get("checks", {}), **value}
        if name in TIMES:
            self.field_errors[name].setProperty("kc_unreadable", False)
            self.field_errors[name].hide()
        super()._changed(name, value)

    def _bad_time(self, name: str) -> None:
        self._pending.pop(name, None)  # a half-typed earlier value ("2" of "25:00") is not what was meant
        label = self.field_errors[name]
        label.setText(self.tr("Giờ không đọc được; hãy gõ dạng 08:30."))
        label.setProperty("kc_unreadable", True)
        label.show()

    def _items_changed(self) -> None:
        self._show_money()
        self._changed("items", None)

    def _show_money(self) -> None:
        money = compute_money(self.items.model.items(), self.data.approved_kc, self.limit)
        problem = self._problems.get("money", "") if (self._show_all or "money" in self._touched) else ""
        self.money.show_money(money, self.data.approved_kc, self.limit, problem)

    def _store(self, changes: dict[str, Any]) -> None:
        if "council" in changes:
            changes["council"] = self.council.model.members()
        if "items" in changes:
            changes["items"] = self.items.model.items()
        super()._store(changes)

    def _show_errors(self) -> None:
        super()._show_errors()
        if not self._loading:
            self._show_money()

    # -- where things are --------------------------------------------------------------------------
    def _label_of(self, name: str) -> str:
        return QCoreApplication.translate("AcceptanceEditor", FIELD_LABELS[name]) if name in FIELD_LABELS else name

    def _tab_of(self, name: str) -> int:
        return _TAB_OF.get(name, TAB_GENERAL)

    def _tab_titles(self) -> dict[int, str]:
        return {TAB_GENERAL: self.tr("Thông tin ch&ung, hội đồng"), TAB_ITEMS: self.tr("Hạng &mục, kinh phí"),
                TAB_CLOSING: self.tr("Hồ &sơ, kết luận"),
                TAB_PHOTOS: self.tr("Ảnh ({n})").format(n=self.photos.list.count())}

    def _widget_for(self, name: str) -> QWidget | None:
        widget = {"council": self.council.table, "signatures": self.council.table, "items": self.items.table,
                  "money": self.items.table, "conclusion": self.closing.conclusion_text,
                  "checks": self.closing.checks, "recipients": self.closing.recipients}.get(name)
        return widget or self.heading_section.widget_for(name)

    def _read_only_parts(self) -> list[Any]:
        return [self.heading_section, self.council, self.items, self.closing, self.photos]

    def _what(self) -> str:
        return self.tr("Biên bản nghiệm thu")

    def _establishment_name(self) -> str:
        return self.establishment.name if self.establishment else ""
