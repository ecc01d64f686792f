"""Đồng bộ → Điện thoại: the form server for ODK Collect, the phones allowed to use it, what they sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kc_desktop.errors import KCError
from kc_desktop.gui import messages
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.widgets.notices import heading
from kc_desktop.phones import intake, registry, setup_code
from kc_desktop.phones.server import DEFAULT_PORT, FormServer, check_host, phone_url

QR_WIDTH = 260  # the setup code's size on screen, at most (it must leave the window fitting 1280×680)


class PhonesView(QWidget):
    """Start and stop the server, its address and connected phones; add a phone (its QR) or revoke one."""

    changed = Signal()  # from the server's thread: a phone asked or sent something

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhonesView")
        self._ctx = ctx
        self.server: FormServer | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Điện thoại điền phiếu (ODK Collect)"), self))
        explain = QLabel(self.tr(
            "Điện thoại cài ODK Collect tải các mẫu phiếu đang dùng từ máy tính này qua mạng nội bộ (ví dụ điểm "
            "phát Wi-Fi của điện thoại), điền phiếu không cần mạng rồi gửi về. Bài gửi được mã hóa; mỗi bài "
            "thành một bản nháp, không tự hoàn tất."), self)
        explain.setWordWrap(True)
        layout.addWidget(explain)

        server_row = QHBoxLayout()
        self.toggle = QPushButton(self.tr("&Bật máy chủ"), self)
        self.toggle.clicked.connect(self.toggle_server)
        self.address = QLabel(self.tr("Máy chủ đang tắt."), self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.connected = QLabel("", self)
        server_row.addWidget(self.toggle)
        server_row.addWidget(self.address, 1)
        server_row.addWidget(self.connected)
        layout.addLayout(server_row)

        phones_box = QGroupBox(self.tr("Các điện thoại"), self)
        phones_layout = QHBoxLayout(phones_box)
        self.phone_list = QListWidget(phones_box)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm điện th&oại…"), phones_box)
        self.add_button.clicked.connect(self.add_phone)
        self.revoke_button = QPushButton(self.tr("Thu &hồi"), phones_box)
        self.revoke_button.clicked.connect(self.revoke_phone)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        phones_layout.addWidget(self.phone_list, 1)
        phones_layout.addLayout(buttons)
        code = QVBoxLayout()
        self.qr = QLabel(phones_box)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = QLabel(phones_box)
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setMaximumWidth(QR_WIDTH)
        self.qr_caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code.addWidget(self.qr)
        code.addWidget(self.qr_caption)
        code.addStretch(1)
        phones_layout.addLayout(code)
        layout.addWidget(phones_box, 1)

        received_box = QGroupBox(self.tr("Bài gửi đã nhận"), self)
        received_layout = QVBoxLayout(received_box)
        self.received = QListWidget(received_box)
        received_layout.addWidget(self.received)
        layout.addWidget(received_box, 1)

        self.changed.connect(self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(5000)
        self.timer.timeout.connect(self._show_state)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_server)
        self.destroyed.connect(lambda *_: self.stop_server())
        self.reload()

    # ---- the server --------------------------------------------------------------------------

    def toggle_server(self) -> None:
        if self.server is not None:
            self.stop_server()
        else:
            self.start_server()

    def start_server(self, host: str | None = None, port: int = DEFAULT_PORT) -> None:
        try:
            server = FormServer(self._ctx.db, self._ctx.actor, host, port, on_change=self.changed.emit)
            server.start()
        except KCError as exc:
            messages.show_error(self, exc.message)
            return
        self.server = server
        self.timer.start()
        self._show_state()

    def stop_server(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()
        self.timer.stop()
        self._show_state()

    def _show_state(self) -> None:
        if self.server is None:
            self.toggle.setText(self.tr("&Bật máy chủ"))
            self.address.setText(self.tr("Máy chủ đang tắt."))
            self.connected.setText("")
            return
        self.toggle.setText(self.tr("&Tắt máy chủ"))
        self.address.setText(self.tr("Đang chạy tại {url}").format(url=self.server.url))
        self.connected.setText(self.tr("{n} điện thoại đang kết nối").format(n=self.server.connected()))

    # ---- phones ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.phone_list.clear()
        for phone in registry.list_phones(self._ctx.db):
            state = self.tr("đang dùng") if phone.active else self.tr("đã thu hồi")
            item = QListWidgetItem(self.tr("{name} — {state}, {n} bài gửi").format(
                name=phone.name, state=state, n=phone.submissions))
            item.setData(Qt.ItemDataRole.UserRole, phone.name)
            self.phone_list.addItem(item)
        self.received.clear()
        for row in intake.list_submissions(self._ctx.db)[:200]:
            text = f"{row.received_at:%d/%m/%Y %H:%M} · {row.form_id} v{row.form_version} · {row.status_label}"
            if row.phone:
                text += f" · {row.phone}"
            if row.reason:
                text += f" — {row.reason}"
            self.received.addItem(text)
        self._show_state()

    def add_phone(self, name: str | None = None) -> str | None:
        """Register a phone and show the QR code that sets it up (its token is shown only now)."""
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Thêm điện thoại"),
                                            self.tr("Tên điện thoại (ví dụ tên cán bộ dùng máy):"))
            if not ok or not name.strip():
                return None
        try:
            host = self.server.host if self.server is not None else check_host(None)
            port = self.server.port if self.server is not None else DEFAULT_PORT
            token = registry.add(self._ctx.db, self._ctx.actor, name)
        except KCError as exc:
            messages.show_error(self, exc.message)
            return None
        url = phone_url(host, port, token)
        pixmap = QPixmap()
        pixmap.loadFromData(setup_code.png_bytes(url, setup_code.project_name(self._ctx.office.site_name), scale=1))
        # Whole pixels per module keep the code sharp for the phone's camera.
        modules = max(1, QR_WIDTH // max(1, pixmap.width()))
        self.qr.setPixmap(pixmap.scaled(pixmap.width() * modules, pixmap.height() * modules,
                                        Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        how = self.tr("Quét mã này trong ODK Collect (Thêm dự án → Quét mã QR). Địa chỉ: {url}").format(url=url)
        self.qr.setToolTip(how)
        self.qr_caption.setText(how)
        self.reload()
        return url

    def revoke_phone(self) -> None:
        item = self.phone_list.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            registry.revoke(self._ctx.db, name)
        except KCError as exc:
            messages.show_error(self, exc.message)
        self.reload()
