"""First run: declare the office (site), its officer and that officer's account; the form lives in
ui/first_run.ui (compiled to kc_desktop/gui/ui_forms/first_run_ui.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.enums import SiteLevel
from kc_desktop.errors import KCError, ValidationFailed
from kc_desktop.gui.i18n import core
from kc_desktop.gui.resources import icon
from kc_desktop.gui.screen_fit import FitsScreen
from kc_desktop.gui.ui_forms.first_run_ui import Ui_FirstRunForm
from kc_desktop.services import accounts, installation, passwords, reference, setup


class FirstRunDialog(FitsScreen, QDialog):
    """Creates the installation's site and officer with `setup.initialize`, and the officer's account (the
    head of the office, or the city's administrator); `actor` is set on success."""

    def __init__(self, db: Database, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.setWindowTitle(self.tr("KC Desktop — Thiết lập lần đầu"))
        self.setWindowIcon(icon("app"))
        self._db = db
        self.actor: Actor | None = None
        self.form = QWidget(self)
        self.ui = Ui_FirstRunForm()
        self.ui.setupUi(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.form)
        ui = self.ui
        self.site_code = ui.site_code
        self.site_name = ui.site_name
        self.level = ui.level
        self.admin_unit = ui.admin_unit
        self.officer_name = ui.officer_name
        self.officer_title = ui.officer_title
        self.username = ui.username
        self.password = ui.password
        self.confirm = ui.confirm
        self.demo = ui.demo
        self.start = ui.start
        self.errors: dict[str, QLabel] = {
            "code": ui.error_code, "name": ui.error_name, "level": ui.error_level,
            "admin_unit_code": ui.error_admin_unit_code, "officer_name": ui.error_officer_name,
            "username": ui.error_username, "password": ui.error_password, "confirm": ui.error_confirm,
            "general": ui.error_general,
        }
        for member in SiteLevel:
            self.level.addItem(core(member.label), member.value)
        self.admin_unit.set_choices(reference.admin_units(db), self.tr("(không gắn với xã/phường)"))
        self.admin_unit.line().setPlaceholderText(self.tr("Gõ tên để tìm, ví dụ «bat trang»"))
        self.demo.setChecked(demo)
        self._unit_label = ui.admin_unit_label
        self._show_errors({})
        for edit in self._required():
            edit.textChanged.connect(self._update_start)
        self.level.currentIndexChanged.connect(self._update_start)
        self.admin_unit.currentIndexChanged.connect(self._update_start)
        self.start.clicked.connect(self.submit)
        ui.quit.clicked.connect(self.reject)
        self._update_start()
        self.resize(640, 660)

    def _required(self) -> tuple[QLineEdit, ...]:
        return (self.site_code, self.site_name, self.officer_name, self.username, self.password, self.confirm)

    def _needs_unit(self) -> bool:
        return self.level.currentData() == SiteLevel.COMMUNE.value

    def _update_start(self) -> None:
        """Start stays disabled until every required field (marked *) has something in it."""
        self._unit_label.setText(self.tr("Xã/Phường *") if self._needs_unit() else self.tr("Xã/Phường"))
        filled = all(e.text().strip() for e in self._required())
        self.start.setEnabled(filled and (self.admin_unit.code() is not None or not self._needs_unit()))

    @property
    def wants_demo(self) -> bool:
        return self.demo.isChecked()

    def identity(self) -> setup.SiteIdentity:
        return setup.SiteIdentity(
            code=self.site_code.text(),
            name=self.site_name.text(),
            level=self.level.currentData() or "",
            admin_unit_code=self.admin_unit.code(),
            officer_name=self.officer_name.text(),
            officer_title=self.officer_title.text(),
        )

    def submit(self) -> bool:
        self.admin_unit.resolve()
        identity = self.identity()
        if self._needs_unit() and not identity.admin_unit_code:
            self._show_errors({"admin_unit_code": self.tr("Đơn vị cấp xã/phường cần chọn xã/phường của mình.")})
            return False
        try:
            # The account is checked first: nothing is written while any field is wrong.
            errors = self._account_errors()
            if errors:
                self._show_errors(errors)
                return False
            if installation.office_info(self._db) is None:  # else a try before was stopped between the two steps
                setup.initialize(self._db, identity)
            self.actor = accounts.create_first_account(self._db, self.username.text(), self.password.text())
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except KCError as exc:
            self._show_errors({"general": exc.message})
            return False
        self.accept()
        return True

    def _account_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for check in (lambda: accounts.check_username(self.username.text()),
                      lambda: passwords.check_rules(self.password.text(), self.confirm.text(), self.username.text())):
            try:
                check()
            except ValidationFailed as exc:
                errors.update(exc.errors)
        return errors

    def _show_errors(self, errors: dict[str, str]) -> None:
        unknown = [text for name, text in errors.items() if name not in self.errors]
        for name, label in self.errors.items():
            text = errors.get(name, "")
            if name == "general" and unknown:
                text = " ".join([text, *unknown]).strip()
            label.setText(text)
            label.setVisible(bool(text))
