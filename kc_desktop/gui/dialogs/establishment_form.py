"""Add or edit one establishment, with each field's error shown as the officer types."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kc_desktop.domain.establishment import LABELS, clean
from kc_desktop.errors import DuplicateTaxCode, KCError, ValidationFailed
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.i18n import core
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.tasks import unexpected_message
from kc_desktop.gui.widgets.establishment_fields import ERROR_STYLE, EstablishmentFields
from kc_desktop.services import establishments, reference
from kc_desktop.services.establishments import StaleRecord

log = logging.getLogger(__name__)
_BANNER_STYLE = (
    "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #f1b7b2; border-radius: 4px; padding: 8px; }"
)
_NOTICE_STYLE = (
    "QLabel { background: #fff4e0; color: #6b4300; border: 1px solid #f0d39c; border-radius: 4px; padding: 8px; }"
)


class EstablishmentDialog(FitsScreen, QDialog):
    """The form of an establishment (cơ sở); `record_id` None means a new one."""

    saved = Signal(str)
    open_record = Signal(str)

    def __init__(self, ctx: AppContext, record_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EstablishmentDialog")
        self._ctx = ctx
        self._record_id = record_id
        self._version: int | None = None
        self._deleted = False
        self._touched: set[str] = set()
        self._errors: dict[str, str] = {}
        self._server_errors: dict[str, str] = {}
        self._existing_id: str | None = None
        db = ctx.db
        self.fields = EstablishmentFields(
            reference.admin_units(db), reference.sectors(db), reference.craft_villages(db), self
        )
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.hide()
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Lưu"), self)
        self.save_button.setObjectName("save")
        self.close_button = QPushButton(self.tr("Đón&g"), self)
        self.history_button = QPushButton(self.tr("Lịch sử t&hay đổi…"), self)
        self.history_button.setObjectName("history")
        self.history_button.setToolTip(self.tr("Ai đã sửa hồ sơ này, lúc nào, sửa gì và vì sao."))
        self.history_button.setVisible(record_id is not None)
        # No default button: Enter in a field must not save a half-typed record.
        for button in (self.save_button, self.close_button, self.history_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(96)
        self._lay_out()
        self.fields.changed.connect(self._on_changed)
        self.fields.left.connect(self._on_left)
        self.fields.duplicate.linkActivated.connect(self._open_existing)
        self.banner.linkActivated.connect(self._banner_link)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.history_button.clicked.connect(self.show_history)
        self._load()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(1000, 560)

    def _load(self) -> None:
        if self._record_id is None:
            self.setWindowTitle(self.tr("Thêm cơ sở"))
            self._validate()
            return
        data, self._version, self._deleted = establishments.load(self._ctx.db, self._record_id)
        self.fields.set_values(data)
        self.setWindowTitle(self.tr("Sửa cơ sở — {name}").format(name=data.name))
        self._touched = set(LABELS)  # an existing record shows its problems at once
        if self._deleted:
            self.fields.set_read_only(True)
            self._show_banner(
                self.tr("Cơ sở này đang ở thùng rác. Hãy khôi phục nó trong danh sách để sửa."), notice=True
            )
        self._validate()

    @property
    def record_id(self) -> str | None:
        return self._record_id

    def show_history(self) -> QDialog | None:
        """The change log of this establishment (Lịch sử thay đổi)."""
        if self._record_id is None:
            return None
        from kc_desktop.gui.dialogs.audit_log import open_audit

        self.history = open_audit(self, self._ctx, self._record_id, self.fields.values()[0].name)
        return self.history

    # -- validation --------------------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        self._server_errors.pop(name, None)
        if name == "tax_code":
            self._existing_id = None
        if name not in ("name", "tax_code", "phone", "email", "latitude", "longitude"):
            self._touched.add(name)  # choices and numbers are complete the moment they change
        self._validate()

    def _on_left(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    def _validate(self) -> bool:
        """Check the form with the domain's rules; show errors of the fields already touched."""
        data, problems = self.fields.values()
        errors: dict[str, str] = {}
        try:
            clean(data)
        except ValidationFailed as exc:
            errors.update(exc.errors)
        errors.update(problems)
        for name, text in self._server_errors.items():
            errors.setdefault(name, text)
        self._errors = errors
        for name in LABELS:
            self.fields.show_error(name, errors.get(name, "") if name in self._touched else "")
        self._show_duplicate()
        ok = not errors and not self._deleted
        self.save_button.setEnabled(ok)
        self._update_hint()
        return ok

    def _update_hint(self) -> None:
        if self._deleted:
            self.hint.setText("")
        elif self._errors:
            names = ", ".join(core(LABELS[n]) for n in LABELS if n in self._errors)
            self.hint.setStyleSheet(ERROR_STYLE)
            self.hint.setText(self.tr("Cần điền hoặc sửa trước khi lưu: {names}.").format(names=names))
        else:
            self.hint.setStyleSheet("color: #5f6368;")
            self.hint.setText(self.tr("Các mục có dấu * là bắt buộc."))

    def _show_duplicate(self) -> None:
        link = self.fields.duplicate
        if self._existing_id is None:
            link.hide()
            return
        link.setText('<a href="open">{}</a>'.format(html.escape(self.tr("Mở hồ sơ đã có"))))
        link.show()

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save through the service; map its refusals back onto the fields."""
        self._touched = set(LABELS)
        if not self._validate():
            return False
        data, _ = self.fields.values()
        db, actor = self._ctx.db, self._ctx.actor
        try:
            if self._record_id is None:
                self._record_id = establishments.create(db, actor, data)
            else:
                self._version = establishments.update(db, actor, self._record_id, data, expected_version=self._version)
        except ValidationFailed as exc:
            self._server_errors = dict(exc.errors)
            self._validate()
            return False
        except DuplicateTaxCode as exc:
            self._server_errors = {"tax_code": exc.message}
            self._existing_id = exc.existing_id
            self._validate()
            return False
        except StaleRecord as exc:
            reload = html.escape(self.tr("Tải lại"))
            self._show_banner(html.escape(exc.message) + f' <a href="reload">{reload}</a>')
            return False
        except KCError as exc:
            self._show_banner(html.escape(exc.message))
            return False
        except Exception as exc:  # noqa: BLE001 - the officer's typing stays in the form
            log.exception("saving an establishment failed")
            self._show_banner(html.escape(unexpected_message(exc)))
            return False
        self.saved.emit(self._record_id)
        self.accept()
        return True

    def _show_banner(self, rich_text: str, notice: bool = False) -> None:
        self.banner.setStyleSheet(_NOTICE_STYLE if notice else _BANNER_STYLE)
        self.banner.setText(rich_text)
        self.banner.show()

    def _open_existing(self, _link: str) -> None:
        if self._existing_id is not None:
            self.open_record.emit(self._existing_id)

    def _banner_link(self, link: str) -> None:
        if link == "reload" and self._record_id is not None:
            self.banner.hide()
            self._server_errors.clear()
            self._load()
