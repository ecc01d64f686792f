"""The reports screen: built in the background, its tables and figures match the database, saved to Excel."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.views.reports import ReportModel, ReportsView
from kc_desktop.gui.widgets.report_chart import COLORS, BarSeries, ReportChart
from kc_desktop.reports.city import build_report
from kc_desktop.services import projects

M = 1_000_000


def _approved(db: Database, actor: Actor, code: str, shares: list[BeneficiaryInput], status: str,
              **money: int) -> str:
    data = ProjectInput(code=code, title=f"Hỗ trợ thiết bị {code}", plan_year=2026, funding_source="local",
                        support_kind_code="may_moc_thiet_bi", approval_date=dt.date(2026, 3, 2),
                        total_amount=sum(s.total_amount for s in shares), kc_amount=sum(s.kc_amount for s in shares),
                        counterpart_amount=sum(s.counterpart_amount for s in shares), beneficiaries=shares, **money)
    project_id = projects.save(db, actor, None, data)
    steps = ["surveyed", "approved", "in_progress", "inspected", "accepted", "settled"]
    for step in steps[: steps.index(status) + 1]:
        projects.transition(db, actor, project_id, step)
    return project_id


@pytest.fixture
def view(qtbot, ctx: AppContext, db: Database, actor: Actor, sample: dict[str, str]) -> ReportsView:  # noqa: ANN001
    _approved(db, actor, "KC-2026-01", [BeneficiaryInput(sample["gom"], 600 * M, 300 * M, 300 * M)], "settled",
              advanced_amount=150 * M, settled_amount=300 * M)
    _approved(db, actor, "KC-2026-02", [BeneficiaryInput(sample["lua"], 400 * M, 200 * M, 200 * M),
                                        BeneficiaryInput(sample["men"], 200 * M, 100 * M, 100 * M)], "in_progress",
              advanced_amount=90 * M)
    widget = ReportsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    return widget


def _build(qtbot, view: ReportsView) -> None:  # noqa: ANN001
    view.report = None
    qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None and view.build_button.isEnabled(), timeout=10_000)


def _cell(model: ReportModel, label: str, key: str) -> str:
    row = next(i for i in range(model.rowCount()) if label in {r for r in model.record(i).labels})
    return model.index(row, model.column_of(key)).data()


@pytest.mark.gui
def test_report_is_built_in_the_background_and_shows_the_numbers(qtbot, view: ReportsView,  # noqa: ANN001
                                                                 db: Database, qtmodeltester) -> None:
    assert view.year.value() == 2026 and not view.save_button.isEnabled()
    _build(qtbot, view)
    expected = build_report(db, 2026)
    wards = view.models["wards"]
    qtmodeltester.check(wards, force_py=True)
    assert _cell(wards, "Xã Bát Tràng", "approved") == "400.000.000"  # KC-2026-01 and the second share of 02
    assert _cell(wards, "Phường Hà Đông", "approved") == "200.000.000"
    assert _cell(wards, "Xã Bát Tràng", "rate") == "75,0 %"  # 300 of the 400 million settled
    last = wards.rowCount() - 1
    assert wards.index(last, wards.column_of("key1")).data() == "Tổng cộng"
    assert wards.index(last, wards.column_of("approved")).data() == "600.000.000" == f"{expected.summary.approved:,}"\
        .replace(",", ".")
    font = wards.index(last, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert view.summary["projects"].text() == "2" and view.summary["approved"].text() == "600.000.000 đ"
    assert view.summary["rate"].text() == "50,0 %" and view.summary["women"].text() == "0,0 %"
    sources = view.models["sources"]
    assert _cell(sources, "Khuyến công địa phương", "advanced") == "240.000.000"
    chart = view.charts["wards"]
    assert chart.categories == ["Phường Hà Đông", "Xã Bát Tràng"]
    assert chart.series[0].values == (200.0, 400.0)
    assert view.save_button.isEnabled() and "Báo cáo năm 2026" in view.status.text()


@pytest.mark.gui
def test_saved_workbook_is_the_report_on_screen(qtbot, view: ReportsView, tmp_path: Path) -> None:  # noqa: ANN001
    _build(qtbot, view)
    target = tmp_path / "bao-cao.xlsx"
    op = view.save_excel(target)
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Tổng hợp", "Theo phường, xã"]
    sheet = book["Theo phường, xã"]
    assert [sheet.cell(r, 3).value for r in (7, 8)] == ["Phường Hà Đông", "Xã Bát Tràng"]
    assert sheet["F9"].value == "=SUM(F7:F8)" and sheet["F7"].value + sheet["F8"].value == 600 * M
    assert "bao-cao.xlsx" in view.status.text()


@pytest.mark.gui
def test_an_empty_year_and_one_office(qtbot, view: ReportsView, ctx: AppContext) -> None:  # noqa: ANN001
    view.year.setValue(2031)
    _build(qtbot, view)
    assert view.models["wards"].rowCount() == 0 and view.empty["wards"].isVisible()
    assert "2031" in view.empty["kinds"].text() and view.summary["rate"].text() == "–"
    view.year.setValue(2026)
    view.scope.setCurrentIndex(view.scope.findData(ctx.office.site_id))
    _build(qtbot, view)
    assert view.report is not None and view.report.scope == ctx.office.site_name
    assert view.summary["projects"].text() == "2"


@pytest.mark.gui
def test_chart_without_qt_charts_is_painted(qtbot) -> None:  # noqa: ANN001
    chart = ReportChart(painted=True)
    qtbot.addWidget(chart)
    chart.resize(420, 300)
    chart.set_data("Kinh phí khuyến công theo nguồn", ["Khuyến công địa phương", "Khuyến công quốc gia"],
                   [BarSeries("Được duyệt", (500.0, 300.0)), BarSeries("Đã quyết toán", (300.0, 0.0))], "triệu đồng")
    image = chart.grab().toImage()
    assert not chart.uses_qt_charts
    colors = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert set(COLORS[:2]) <= colors  # bars of both series are drawn


@pytest.mark.gui
def test_advance_typed_on_the_project_form_reaches_the_report(qtbot, ctx: AppContext, db: Database,  # noqa: ANN001
                                                              actor: Actor, sample: dict[str, str]) -> None:
    from gui_helpers import type_text

    from kc_desktop.gui.views.project_page import ProjectPage

    project_id = _approved(db, actor, "KC-2026-05", [BeneficiaryInput(sample["gom"], 600 * M, 300 * M, 300 * M)],
                           "in_progress")
    page = ProjectPage(ctx, project_id)
    qtbot.addWidget(page)
    page.show()
    advanced, settled = page.fields.inputs["advanced_amount"], page.fields.inputs["settled_amount"]
    type_text(advanced, "350000000")
    assert "Số đã tạm ứng (350.000.000 đ) lớn hơn kinh phí khuyến công" in page.warnings.text()
    type_text(settled, "400000000")
    assert not page.save()  # a settlement above the approved support is refused, under its field
    assert "không được lớn hơn" in page.fields.errors["settled_amount"].text()
    settled.clear()  # type: ignore[attr-defined]
    advanced.clear()  # type: ignore[attr-defined]
    type_text(advanced, "120000000")
    assert page.save() and projects.load(db, project_id)[0].advanced_amount == 120 * M
    assert build_report(db, 2026).summary.advanced == 120 * M
