"""The establishment list model: ids first, rows built in pages, greyed when deleted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from kc_desktop.db.engine import Database
from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.models.establishments import COLUMNS, ID_ROLE, PAGE_SIZE, EstablishmentTableModel
from kc_desktop.services import establishments


@pytest.mark.gui
def test_model_passes_qtmodeltester(qtmodeltester, db: Database, sample: dict[str, str]) -> None:  # noqa: ANN001
    model = EstablishmentTableModel(db)
    model.search()
    qtmodeltester.check(model, force_py=True)
    model.search(EstablishmentFilter(text="bat trang"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


@pytest.mark.gui
def test_rows_are_built_a_page_at_a_time(db: Database, many: int) -> None:
    model = EstablishmentTableModel(db)
    model.search()
    ids = establishments.search_ids(db)
    assert model.rowCount() == len(ids) == many
    assert model.pages_loaded == 0  # a search reads ids only
    assert model.data(model.index(0, 0)) == establishments.rows(db, ids[:1])[0].name
    assert model.pages_loaded == 1
    model.data(model.index(PAGE_SIZE - 1, 1))
    assert model.pages_loaded == 1  # same page, from the cache
    last = model.index(many - 1, 0)
    assert model.data(last, ID_ROLE) == ids[-1]
    assert model.data(last) == establishments.rows(db, ids[-1:])[0].name
    assert model.pages_loaded == 2
    model.search()
    assert model.pages_loaded == 0


@pytest.mark.gui
def test_columns_show_labels_and_names(ctx: AppContext, sample: dict[str, str]) -> None:
    model = EstablishmentTableModel(ctx.db)
    model.search(EstablishmentFilter(text="minh long"))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Tên cơ sở",
        "Loại hình",
        "Mã số thuế",
        "Người đại diện",
        "Điện thoại",
        "Xã/Phường",
        "Làng nghề",
        "Ngành nghề",
        "Số lao động",
    ]
    values = [model.data(model.index(0, c)) for c in range(len(COLUMNS))]
    assert values == [
        "Công ty TNHH Gốm sứ Minh Long",
        "Doanh nghiệp",
        "0100233488",
        "Phạm Thị Hương",
        "",
        "Xã Bát Tràng",
        "Làng gốm Bát Tràng",
        "Gốm sứ",
        "35",
    ]


@pytest.mark.gui
def test_deleted_rows_are_greyed(ctx: AppContext, sample: dict[str, str]) -> None:
    establishments.delete(ctx.db, ctx.actor, sample["lua"])
    model = EstablishmentTableModel(ctx.db)
    model.search(EstablishmentFilter(deleted=True))
    assert model.rowCount() == 1
    assert isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole), QBrush)
    model.search(EstablishmentFilter())
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
