"""The annual city report: SQL totals, attribution to wards, the workbook opened back, payments on projects."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import bindparam, text

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import Site, search_key_of
from kc_desktop.db.models_work import Project
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput, ProjectStatus
from kc_desktop.errors import KCError, NotFound, ValidationFailed
from kc_desktop.reports import city_xlsx
from kc_desktop.reports.city import build_report, write_report
from kc_desktop.reports.collation import sort_key
from kc_desktop.services import establishments, projects

M = 1_000_000
REPORTED = ["approved", "in_progress", "inspected", "accepted", "settled"]
SHEETS = ["Tổng hợp", "Theo phường, xã", "Theo huyện cũ", "Theo nội dung hỗ trợ", "Theo nguồn kinh phí",
          "Phường, xã × nội dung × nguồn"]
BAT_TRANG, HA_DONG = "Xã Bát Tràng", "Phường Hà Đông"


def _establishment(db: Database, actor: Actor, name: str, unit: str, **extra: object) -> str:
    return establishments.create(db, actor, EstablishmentInput(name=name, admin_unit_code=unit, **extra))


def _project(db: Database, actor: Actor, code: str, status: str, *, shares: list[BeneficiaryInput] = (),  # type: ignore[assignment]
             year: int = 2026, **money: object) -> str:
    data = ProjectInput(code=code, title=f"Đề án {code}", plan_year=year, funding_source="local",
                        support_kind_code="may_moc_thiet_bi", approval_date=dt.date(year, 3, 2),
                        beneficiaries=list(shares))
    for key, value in money.items():
        setattr(data, key, value)
    project_id = projects.save(db, actor, None, data)
    order = [s.value for s in ProjectStatus][:-1]
    if status == "cancelled":
        projects.transition(db, actor, project_id, "cancelled", "Cơ sở xin rút.")
    else:
        for step in order[1 : order.index(status) + 1]:
            projects.transition(db, actor, project_id, step)
    return project_id


@pytest.fixture
def city(db: Database, actor: Actor) -> dict[str, str]:
    """Projects of 2026 covering every attribution case, plus what the report must leave out."""
    gom = _establishment(db, actor, "Cơ sở gốm Minh Long", "00583", women_owned=True, former_district="Huyện Gia Lâm")
    lua = _establishment(db, actor, "Hợp tác xã lụa Vạn Phúc", "09556", ethnic_minority_owned=True,
                         former_district="Quận Hà Đông")
    moc = _establishment(db, actor, "Hộ kinh doanh Đỗ Văn Hùng", "00583")
    gone = _establishment(db, actor, "Cơ sở đã xóa", "09556")
    ids = {"gom": gom, "lua": lua, "moc": moc}
    ids["p1"] = _project(db, actor, "KC-01", "in_progress", total_amount=600 * M, kc_amount=300 * M,
                         counterpart_amount=300 * M, advanced_amount=150 * M,
                         shares=[BeneficiaryInput(gom, 600 * M, 300 * M, 300 * M)])
    # Two wards: each beneficiary gets its own share of every amount.
    ids["p2"] = _project(db, actor, "KC-02", "settled", total_amount=1200 * M, kc_amount=500 * M,
                         counterpart_amount=700 * M, advanced_amount=300 * M, settled_amount=400 * M,
                         funding_source="national", support_kind_code="san_xuat_sach_hon",
                         shares=[BeneficiaryInput(lua, 700 * M, 200 * M, 500 * M),
                                 BeneficiaryInput(moc, 500 * M, 300 * M, 200 * M)])
    # Beneficiaries without amounts: equal shares, the odd đồng to the first.
    ids["p3"] = _project(db, actor, "KC-03", "approved", kc_amount=100 * M + 1,
                         shares=[BeneficiaryInput(gom), BeneficiaryInput(moc)])
    ids["p4"] = _project(db, actor, "KC-04", "accepted", kc_amount=80 * M, advanced_amount=40 * M,
                         support_kind_code=None)
    # A beneficiary moved to the trash: its share goes to the one left.
    ids["p5"] = _project(db, actor, "KC-05", "inspected", kc_amount=200 * M, counterpart_amount=50 * M,
                         shares=[BeneficiaryInput(gom, 150 * M, 100 * M, 50 * M),
                                 BeneficiaryInput(gone, 100 * M, 100 * M)])
    establishments.delete(db, actor, gone)
    _project(db, actor, "KC-06", "proposed", kc_amount=999 * M)
    _project(db, actor, "KC-07", "cancelled", kc_amount=999 * M)
    _project(db, actor, "KC-08", "approved", year=2025, kc_amount=999 * M, shares=[BeneficiaryInput(gom)])
    deleted = _project(db, actor, "KC-09", "approved", kc_amount=999 * M, shares=[BeneficiaryInput(gom)])
    with db.session(actor) as session:
        session.get(Project, deleted).deleted_at = utcnow()  # type: ignore[union-attr]
    # A project recorded by another office (Hà Đông), that only the whole city's report covers.
    other = Actor("site-ha-dong", actor.officer_id)
    with db.session(other) as session:
        session.add(Site(id=other.site_id, code="HD01", name="UBND phường Hà Đông", level="commune"))
    ids["p9"] = _project(db, other, "KC-10", "approved", kc_amount=100 * M, shares=[BeneficiaryInput(lua, 0, 100 * M)])
    ids["other_site"] = other.site_id
    return ids


def _sql_totals(db: Database, site: str | None = None) -> dict[str, int]:
    """The same totals straight from the tables, in plain SQL, without the report's code."""
    where = "deleted_at IS NULL AND plan_year = 2026 AND status IN :statuses"
    params: dict[str, object] = {"statuses": REPORTED}
    if site:
        where += " AND origin_site_id = :site"
        params["site"] = site
    query = text("SELECT COUNT(*), SUM(kc_amount), SUM(advanced_amount), SUM(settled_amount), "
                 f"SUM(counterpart_amount) FROM project WHERE {where}")
    query = query.bindparams(bindparam("statuses", expanding=True))
    with db.engine.connect() as connection:
        row = connection.execute(query, params).one()
    names = ("projects", "approved", "advanced", "settled", "counterpart")
    return dict(zip(names, (int(v or 0) for v in row), strict=True))


KC = "Kinh phí khuyến công (đồng) / "
STATUS = "Số đề án theo trạng thái / "


def _table(sheet: Worksheet) -> tuple[dict[str, int], list[int], int]:
    """Columns by "group / caption" (the group alone for a single column), data rows, the totals row."""
    columns: dict[str, int] = {}
    group = ""
    for cell in sheet[6]:
        group = sheet.cell(5, cell.column).value or group
        columns[f"{group} / {cell.value}" if cell.value else group] = cell.column
    total = next(r for r in range(7, sheet.max_row + 1) if sheet.cell(r, 1).value == "Tổng cộng")
    return columns, list(range(7, total)), total


def _rows(sheet: Worksheet, label_column: int) -> dict[str, int]:
    _, data, _ = _table(sheet)
    return {sheet.cell(r, label_column).value: r for r in data}


def test_workbook_totals_match_the_database(db: Database, city: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "bao-cao-2026.xlsx"
    report = write_report(db, 2026, path)
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    expected = _sql_totals(db)
    assert expected == {"projects": 6, "approved": 1280 * M + 1, "advanced": 490 * M, "settled": 400 * M,
                        "counterpart": 1050 * M}
    amounts = {"approved": KC + "Được duyệt", "advanced": KC + "Đã tạm ứng", "settled": KC + "Đã quyết toán",
               "counterpart": "Vốn đối ứng của cơ sở (đồng)"}
    for name in SHEETS[1:]:
        sheet = book[name]
        columns, data, total = _table(sheet)
        for key, caption in amounts.items():
            letter = get_column_letter(columns[caption])
            assert sheet.cell(total, columns[caption]).value == f"=SUM({letter}{data[0]}:{letter}{data[-1]})"
            assert sum(sheet.cell(r, columns[caption]).value for r in data) == expected[key], (name, key)
            assert sheet.cell(data[0], columns[caption]).number_format == "#,##0"
        rate = columns[KC + "Tỷ lệ giải ngân (quyết toán / được duyệt)"]
        approved, settled = (get_column_letter(columns[KC + c]) for c in ("Được duyệt", "Đã quyết toán"))
        assert sheet.cell(total, rate).value == f'=IF({approved}{total}>0,{settled}{total}/{approved}{total},"")'
        assert sheet.cell(data[0], rate).number_format == "0.0%"
        statuses = [columns[STATUS + s.label] for s in ProjectStatus if s.value in REPORTED]
        counts = sum(sheet.cell(r, c).value for r in data for c in statuses)
        assert counts == sum(sheet.cell(r, columns["Số đề án"]).value for r in data)
        assert sheet.freeze_panes == f"{get_column_letter(columns['Số đề án'])}7"
        header = sheet.cell(6, columns[KC + "Được duyệt"])
        assert header.font.b and header.fill.fgColor.rgb.endswith("DDEBF7") and header.alignment.wrap_text
        assert header.border.left.style == "thin"
    summary = book["Tổng hợp"]
    figures = {summary.cell(r, 2).value: summary.cell(r, 4).value for r in range(6, summary.max_row + 1)}
    assert figures["Kinh phí khuyến công được duyệt"] == expected["approved"] == report.summary.approved
    assert figures["Số đề án đã được phê duyệt (không trùng)"] == 6
    assert figures["Số cơ sở được hỗ trợ (không trùng)"] == 3
    assert figures["– Đề xuất"] == 1 and figures["– Đã hủy"] == 1
    assert re.fullmatch(r'=IF\(D\d+>0,D\d+/D\d+,""\)', figures["Tỷ lệ giải ngân (quyết toán / được duyệt)"])
    assert len(summary._charts) == 3
    assert summary["A1"].value == "BÁO CÁO TỔNG HỢP KẾT QUẢ KHUYẾN CÔNG NĂM 2026"
    assert "Ngày lập: " + dt.date.today().strftime("%d/%m/%Y") in summary["A3"].value


def test_amounts_follow_the_beneficiaries_to_their_wards(db: Database, city: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.xlsx"
    write_report(db, 2026, path)
    sheet = load_workbook(path)["Theo phường, xã"]
    columns, data, _ = _table(sheet)
    rows = _rows(sheet, 3)
    assert list(rows) == [HA_DONG, BAT_TRANG, "(chưa có cơ sở thụ hưởng)"]  # alphabetical, unknown last

    def value(ward: str, caption: str) -> int:
        return sheet.cell(rows[ward], columns[caption]).value

    # Bát Tràng: KC-01, KC-02's second share, both halves of KC-03, all of KC-05 (its other beneficiary is gone)
    assert value(BAT_TRANG, KC + "Được duyệt") == 300 * M + 300 * M + 100 * M + 1 + 200 * M
    assert value(BAT_TRANG, KC + "Đã quyết toán") == 400 * M * 3 // 5
    assert value(BAT_TRANG, "Vốn đối ứng của cơ sở (đồng)") == 300 * M + 200 * M + 50 * M
    assert value(HA_DONG, KC + "Được duyệt") == 200 * M + 100 * M  # KC-02's first share, the other office's project
    assert value(HA_DONG, KC + "Đã tạm ứng") == 300 * M * 2 // 5
    assert value(HA_DONG, "Vốn đối ứng của cơ sở (đồng)") == 500 * M
    assert value("(chưa có cơ sở thụ hưởng)", KC + "Được duyệt") == 80 * M
    assert value(BAT_TRANG, "Số đề án") == 4 and value(BAT_TRANG, "Số cơ sở được hỗ trợ") == 2
    assert value(BAT_TRANG, "Cơ sở do nữ làm chủ / Số cơ sở") == 1
    assert sheet.cell(rows[BAT_TRANG], columns["Cơ sở do nữ làm chủ / Tỷ lệ"]).value.startswith("=IF(")
    report = build_report(db, 2026)
    halves = sorted([city["gom"], city["moc"]], key=search_key_of)  # the one that gets KC-03's odd đồng first
    districts = {row.labels[0]: row.measures for row in report.table("districts").rows}
    assert districts["Huyện Gia Lâm"].approved == 300 * M + 200 * M + (50 * M + (1 if halves[0] == city["gom"] else 0))
    assert set(districts) == {"Huyện Gia Lâm", "Quận Hà Đông", "(không ghi huyện cũ)", "(chưa có cơ sở thụ hưởng)"}
    kinds = [row.labels[0] for row in report.table("kinds").rows]
    assert kinds == ["Sản xuất sạch hơn", "Ứng dụng máy móc thiết bị tiên tiến", "(chưa chọn nội dung hỗ trợ)"]
    cross = report.table("cross")
    for ward in report.table("wards").rows:  # the long table adds up to the ward table, to the đồng
        mine = [r.measures.approved for r in cross.rows if r.keys[0] == ward.keys[0]]
        assert sum(mine) == ward.measures.approved


def test_an_office_reports_its_own_projects(db: Database, actor: Actor, city: dict[str, str]) -> None:
    own = build_report(db, 2026, site_id="BT01")
    assert own.summary.approved == _sql_totals(db, actor.site_id)["approved"] == 1180 * M + 1
    assert own.scope == "UBND xã Bát Tràng"
    other = build_report(db, 2026, site_id=city["other_site"])
    assert (other.summary.projects, other.summary.approved, other.scope) == (1, 100 * M, "UBND phường Hà Đông")
    assert [r.labels[1] for r in other.table("wards").rows] == [HA_DONG]
    with pytest.raises(NotFound, match="XX99"):
        build_report(db, 2026, site_id="XX99")


def test_a_year_without_projects_says_so(db: Database, actor: Actor, tmp_path: Path) -> None:
    path = tmp_path / "trong.xlsx"
    report = write_report(db, 2030, path)
    assert report.is_empty and all(not t.rows for t in report.tables)
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    sheet = book["Theo nội dung hỗ trợ"]
    assert sheet["B7"].value == "Không có đề án đã phê duyệt nào của năm 2030."
    assert sheet["A8"].value == "Tổng cộng" and sheet["C8"].value == "=SUM(C7:C7)"
    assert not book["Tổng hợp"]._charts


def test_unwritable_place_gives_one_line_and_keeps_the_old_file(db: Database, actor: Actor, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KCError) as missing:
        write_report(db, 2026, tmp_path / "khong-co" / "bao-cao.xlsx")
    assert "không tồn tại" in missing.value.message and "\n" not in missing.value.message
    out = tmp_path / "out"
    out.mkdir()
    folder = out / "thu-muc.xlsx"
    folder.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(KCError, match="Không ghi được tệp «thu-muc.xlsx»"):
        write_report(db, 2026, folder)
    assert folder.is_dir() and list(out.iterdir()) == [folder]  # no scratch file left behind
    old = out / "bao-cao.xlsx"
    write_report(db, 2026, old)
    before = old.read_bytes()

    def disk_full(self: object, filename: str) -> None:
        Path(filename).write_bytes(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(city_xlsx.Workbook, "save", disk_full)
    with pytest.raises(KCError, match="Không ghi được tệp «bao-cao.xlsx»"):
        write_report(db, 2026, old)
    assert old.read_bytes() == before and sorted(p.name for p in out.iterdir()) == ["bao-cao.xlsx", "thu-muc.xlsx"]


def test_vietnamese_alphabetical_order() -> None:
    names = ["Xã Ứng Hòa", "Phường Hà Đông", "Xã Đông Anh", "Xã Dân Hòa", "Xã Bát Tràng", "Xã Bắc Sơn",
             "Xã Phúc Thọ", "Xã Phú Xuyên", "Phường Ô Chợ Dừa", "Xã Ô Diên"]
    assert sorted(names, key=sort_key) == [
        "Phường Hà Đông", "Phường Ô Chợ Dừa", "Xã Bát Tràng", "Xã Bắc Sơn", "Xã Dân Hòa", "Xã Đông Anh",
        "Xã Ô Diên", "Xã Phú Xuyên", "Xã Phúc Thọ", "Xã Ứng Hòa"]
    assert sorted(["Bạ", "Bá", "Bã", "Bả", "Bà", "Ba"], key=sort_key) == ["Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"]


def test_advance_and_settlement_are_saved_and_checked(db: Database, actor: Actor) -> None:
    project_id = _project(db, actor, "KC-20", "approved", kc_amount=300 * M, total_amount=600 * M,
                          counterpart_amount=300 * M, advanced_amount=100 * M, settled_amount=250 * M)
    data, _, _ = projects.load(db, project_id)
    assert (data.advanced_amount, data.settled_amount) == (100 * M, 250 * M)
    data.settled_amount = 301 * M
    with pytest.raises(ValidationFailed) as refused:
        projects.save(db, actor, project_id, data)
    assert "không được lớn hơn kinh phí khuyến công" in refused.value.errors["settled_amount"]
    data.settled_amount, data.advanced_amount = 0, -1
    with pytest.raises(ValidationFailed) as negative:
        projects.save(db, actor, project_id, data)
    assert set(negative.value.errors) == {"advanced_amount"}
    data.advanced_amount = 350 * M  # more than approved: refused, as the city refuses it (issue 11)
    with pytest.raises(ValidationFailed) as over:
        projects.save(db, actor, project_id, data)
    assert "Số tạm ứng (350.000.000 đ) lớn hơn kinh phí khuyến công" in over.value.errors["advanced_amount"]
