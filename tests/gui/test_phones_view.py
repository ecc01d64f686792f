"""Đồng bộ → Điện thoại: start and stop the form server, add a phone (its QR code), revoke it."""

from __future__ import annotations

import urllib.request

import pytest

from kc_desktop.gui.views.phones import PhonesView
from kc_desktop.phones import registry

pytestmark = pytest.mark.gui


def test_the_phones_tab_starts_the_server_and_sets_a_phone_up(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    view = PhonesView(ctx)
    qtbot.addWidget(view)
    view.start_server(host="127.0.0.1", port=0)
    try:
        assert view.server is not None and view.server.url in view.address.text()
        url = view.add_phone("Máy của An")
        assert url is not None and url.startswith(view.server.url + "/key/")
        assert not view.qr.pixmap().isNull()
        assert "Máy của An" in view.phone_list.item(0).text()
        request = urllib.request.Request(f"{url}/formList", headers={"X-OpenRosa-Version": "1.0"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200
        view.timer.timeout.emit()  # the label is refreshed every few seconds
        assert view.connected.text() == "1 điện thoại đang kết nối"
        view.phone_list.setCurrentRow(0)
        view.revoke_phone()
        assert not registry.list_phones(ctx.db)[0].active
    finally:
        view.stop_server()
    assert view.server is None and "tắt" in view.address.text()
