"""GUI test fixtures: offscreen Qt, an office database with establishments, typing helpers."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from gui_helpers import message_boxes, village_id  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from kc_desktop.db.changelog import Actor  # noqa: E402
from kc_desktop.db.engine import Database  # noqa: E402
from kc_desktop.domain.establishment import EstablishmentInput  # noqa: E402
from kc_desktop.gui import qt_fixes  # noqa: E402
from kc_desktop.gui.context import AppContext  # noqa: E402
from kc_desktop.services import establishments  # noqa: E402

qt_fixes.install()  # PySide6 6.12.0 only: see qt_fixes (the project pins around it too)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """As in the program (kc_desktop.gui.gc_guard): no cycle is collected in a worker thread during a GUI
    test, where it could destroy a widget outside the GUI thread; this thread collects after each test."""
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture
def ctx(db: Database, actor: Actor) -> AppContext:
    context = AppContext.load(db)
    assert context is not None
    return context


@pytest.fixture
def sample(db: Database, actor: Actor) -> dict[str, str]:
    """Establishments in Bát Tràng, Đông Anh and Vạn Phúc, with valid identifiers."""
    bat_trang = village_id(db, "Làng gốm Bát Tràng")
    rows = {
        "gom": EstablishmentInput(
            name="Công ty TNHH Gốm sứ Minh Long",
            kind="enterprise",
            tax_code="0100233488",
            representative="Phạm Thị Hương",
            admin_unit_code="00583",
            craft_village_id=bat_trang,
            trade="Gốm sứ",
            employees=35,
        ),
        "men": EstablishmentInput(
            name="Hộ kinh doanh Lê Văn Tám",
            kind="household",
            tax_code="001089012346",
            representative="Lê Văn Tám",
            admin_unit_code="00583",
            trade="Men gốm",
        ),
        "lua": EstablishmentInput(
            name="Hợp tác xã Lụa Vạn Phúc",
            kind="cooperative",
            tax_code="0100047516",
            representative="Nguyễn Văn Đức",
            admin_unit_code="09556",
            trade="Dệt lụa",
        ),
        "moc": EstablishmentInput(
            name="Hộ kinh doanh Đỗ Văn Hùng",
            kind="household",
            tax_code="001089012345",
            representative="Đỗ Văn Hùng",
            admin_unit_code="00454",
            address="Thôn Vân Hà",
            trade="Đồ gỗ mỹ nghệ",
        ),
    }
    return {key: establishments.create(db, actor, data) for key, data in rows.items()}


@pytest.fixture
def wait_box(qtbot) -> Callable[[], QMessageBox]:  # noqa: ANN001
    """Wait for a message box to open and return it."""

    def wait() -> QMessageBox:
        qtbot.waitUntil(lambda: bool(message_boxes()), timeout=5000)
        return message_boxes()[-1]

    return wait


@pytest.fixture
def many(db: Database, actor: Actor) -> int:
    """Enough establishments for several pages of the lazy list."""
    from kc_desktop.progress import drive
    from kc_desktop.services import demo

    drive(demo.generate(db, actor, establishments=450, seed=7))
    return 450
