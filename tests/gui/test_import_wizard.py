"""The Excel import wizard on a real workbook: preview of accepted and rejected rows, then import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWizard

from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.import_wizard import ImportWizard
from kc_desktop.gui.models.import_preview import ImportPreviewModel
from kc_desktop.gui.views.establishments import EstablishmentView
from kc_desktop.progress import drive
from kc_desktop.services import establishments

xlsx = pytest.importorskip("kc_desktop.xlsx.establishments")


def _workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["DANH SÁCH CƠ SỞ CÔNG NGHIỆP NÔNG THÔN"])
    sheet.append([])
    sheet.append(["STT", "Tên cơ sở", "Mã số thuế", "Người đại diện", "Điện thoại", "Xã/Phường"])
    sheet.append([1, "Công ty TNHH Gốm Hợp Thành", "0100109106", "Trần Văn Hợp", "0912345678", "Xã Bát Tràng"])
    sheet.append([2, "Hộ kinh doanh Vũ Thị Lan", "001190123456", "Vũ Thị Lan", "0987654321", "Xã Bát Tràng"])
    sheet.append([3, "Cơ sở sai mã số thuế", "0100233489", "Lê Văn Sai", "0912000111", "Xã Bát Tràng"])
    sheet.append([4, "", "0100047516", "Không có tên", "", "Xã Bát Tràng"])
    book.save(path)
    return path


@pytest.fixture
def wizard(qtbot, ctx: AppContext) -> ImportWizard:  # noqa: ANN001
    dialog = ImportWizard(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.gui
def test_preview_then_import(qtbot, wizard: ImportWizard, ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    wizard.file_page.path.setText(str(_workbook(tmp_path / "co-so.xlsx")))
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.report is not None or preview.error is not None, timeout=15_000)
    assert preview.error is None
    model = preview.model
    actions = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert actions.count("Thêm mới") == 2 and actions.count("Bị từ chối") == 2
    rejected = actions.index("Bị từ chối")
    assert isinstance(model.data(model.index(rejected, 0), Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.data(model.index(rejected, 4))  # the reason is given
    assert preview.summary.text() == preview.report.summary()
    assert "Tên cơ sở" in preview.details.text() and "«Mã số thuế»" in preview.details.text()
    preview.only_rejected.setChecked(True)
    assert model.rowCount() == 2
    assert establishments.count(ctx.db) == 0  # a preview writes nothing

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "Nhập" and commit.isEnabled()
    summaries: list[str] = []
    wizard.imported.connect(summaries.append)
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.report is not None or result.error is not None, timeout=15_000)
    assert result.error is None and result.report.created == 2
    assert summaries == [result.report.summary()]
    names = {r.name for r in establishments.rows(ctx.db, establishments.search_ids(ctx.db, EstablishmentFilter()))}
    assert names == {"Công ty TNHH Gốm Hợp Thành", "Hộ kinh doanh Vũ Thị Lan"}
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


@pytest.mark.gui
@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_old_excel_and_libreoffice_lists_are_previewed_too(qtbot, wizard: ImportWizard, tmp_path: Path,  # noqa: ANN001
                                                           suffix: str) -> None:
    from openpyxl import load_workbook

    from tests.unit.xlsx_factory import save_as

    path = save_as(load_workbook(_workbook(tmp_path / "co-so.xlsx")), tmp_path / f"co-so{suffix}")
    wizard.file_page.path.setText(str(path))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.report is not None or preview.error is not None, timeout=15_000)
    assert preview.error is None
    actions = [preview.model.data(preview.model.index(r, 1)) for r in range(preview.model.rowCount())]
    assert actions.count("Thêm mới") == 2 and actions.count("Bị từ chối") == 2


@pytest.mark.gui
def test_unreadable_file_is_explained_on_the_page(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # noqa: ANN001
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"this is not a zip file")
    wizard.file_page.path.setText(str(broken))
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.error is not None or preview.report is not None, timeout=15_000)
    assert preview.error and preview.summary.text() == preview.error
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


@pytest.mark.gui
def test_preview_model_passes_qtmodeltester(qtmodeltester, ctx: AppContext, tmp_path: Path) -> None:  # noqa: ANN001
    report = drive(xlsx.import_establishments(ctx.db, ctx.actor, _workbook(tmp_path / "a.xlsx"), dry_run=True))
    model = ImportPreviewModel()
    model.set_outcomes(report.outcomes)
    qtmodeltester.check(model, force_py=True)
    model.set_only_rejected(True)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.gui
def test_export_writes_the_current_search_in_the_background(
    qtbot,
    ctx: AppContext,
    sample: dict[str, str],  # noqa: ANN001
    tmp_path: Path,
) -> None:
    view = EstablishmentView(ctx)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search_box, "bat trang")
    view.run_search()
    shown: list[str] = []
    view.status_message.connect(shown.append)
    target = tmp_path / "xuat.xlsx"
    op = view.export_excel(target)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=15_000):
        pass
    assert shown == ["Đã xuất 2 cơ sở ra tệp «xuat.xlsx»."]
    cells = {str(c) for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c}
    assert {"Công ty TNHH Gốm sứ Minh Long", "Hộ kinh doanh Lê Văn Tám"} <= cells
    assert "Hợp tác xã Lụa Vạn Phúc" not in cells
