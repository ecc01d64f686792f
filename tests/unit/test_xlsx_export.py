"""Exporting the establishment register to .xlsx: formatting, and a round trip through the import."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.db.models import ChangeLog, CraftVillage
from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.errors import SpreadsheetError
from kc_desktop.progress import drive
from kc_desktop.services import establishments, reference, setup
from kc_desktop.xlsx.establishments import export_establishments, import_establishments


def _village(db: Database, name: str) -> str:
    return next(c.code for c in reference.craft_villages(db) if c.label == name)


@pytest.fixture
def sample(db: Database, actor: Actor) -> dict[str, str]:
    """Establishments using every field, with values that a careless export would spoil."""
    rows = {
        "gom": EstablishmentInput(
            name="Công ty TNHH Gốm sứ Minh Long", kind="enterprise", tax_code="0100233488",
            representative="Phạm Thị Hương", representative_title="Giám đốc", phone="0912345678",
            email="minhlong@example.vn", address="Số 12, đường Giang Cao", village="1", admin_unit_code="00583",
            former_district="Gia Lâm", craft_village_id=_village(db, "Làng gốm Bát Tràng"),
            sector_code="thu_cong_my_nghe", trade="Gốm sứ", products="Bát đĩa; bình hoa", employees=35,
            women_owned=True, latitude=20.9765432, longitude=105.9123456, notes="=Đã khảo sát năm 2024",
        ),
        "chi_nhanh": EstablishmentInput(
            name="Chi nhánh Gốm Minh Long", kind="enterprise", tax_code="0100233488-001", admin_unit_code="00583",
            trade="Gốm sứ", employees=0,  # no sector although the trade would suggest one
        ),
        "ho": EstablishmentInput(
            name="Hộ kinh doanh Lê Văn Tám", kind="household", tax_code="001089012346", phone="02438253456",
            admin_unit_code="00583", ethnic_minority_owned=True, products="Men gốm",
        ),
        "htx": EstablishmentInput(
            name="Hợp tác xã Lụa Vạn Phúc", kind="cooperative", admin_unit_code="09556",
            craft_village_id=_village(db, "Làng lụa Vạn Phúc"), sector_code="hang_tieu_dung",
        ),
        "tht": EstablishmentInput(name="Tổ hợp tác mây tre Phú Vinh", kind="coop_group", admin_unit_code="10030"),
    }
    ids = {key: establishments.create(db, actor, data) for key, data in rows.items()}
    gone = establishments.create(db, actor, EstablishmentInput(name="Cơ sở đã xóa", admin_unit_code="00583"))
    establishments.delete(db, actor, gone)
    return ids


def _values(db: Database) -> dict[str, dict[str, object]]:
    """Every record's fields by name, with the craft village by its name (ids differ between databases)."""
    result = {}
    with db.read() as session:
        villages = {v.id: v.name for v in session.scalars(select(CraftVillage))}
    for record_id in establishments.search_ids(db):
        data = dataclasses.asdict(establishments.load(db, record_id)[0])
        data["craft_village_id"] = villages.get(data["craft_village_id"])  # type: ignore[arg-type]
        result[data["name"]] = data
    return result


def _log_size(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def test_export_is_a_formatted_office_list(db: Database, sample: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "xuat.xlsx"
    assert drive(export_establishments(db, target)) == 5
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "DANH SÁCH CƠ SỞ CÔNG NGHIỆP NÔNG THÔN" and sheet["A1"].font.bold
    assert "A1:V1" in {str(r) for r in sheet.merged_cells.ranges}
    header = [c.value for c in sheet[4]]
    assert header[:4] == ["STT", "Tên cơ sở", "Loại hình", "Mã số thuế / Số định danh"]
    assert all(c.font.bold and c.fill.fgColor.rgb.endswith("DDEBF7") and c.border.bottom.style == "thin"
               for c in sheet[4])
    assert sheet.freeze_panes == "C5" and sheet.auto_filter.ref == "A4:V9"
    assert sheet.column_dimensions["B"].width == 40
    rows = {row[1]: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=5, values_only=True)}
    assert list(rows) == ["Chi nhánh Gốm Minh Long", "Công ty TNHH Gốm sứ Minh Long", "Hộ kinh doanh Lê Văn Tám",
                          "Hợp tác xã Lụa Vạn Phúc", "Tổ hợp tác mây tre Phú Vinh"]  # name order, no deleted record
    gom = rows["Công ty TNHH Gốm sứ Minh Long"]
    assert (gom["Loại hình"], gom["Xã/Phường"], gom["Làng nghề"], gom["Chủ cơ sở là nữ"]) == (
        "Doanh nghiệp", "Xã Bát Tràng", "Làng gốm Bát Tràng", "x")
    assert gom["Chủ cơ sở là người dân tộc thiểu số"] is None and gom["Ghi chú"] == "=Đã khảo sát năm 2024"
    assert gom["Nhóm ngành"].startswith("Sản xuất hàng thủ công mỹ nghệ")
    tax_cells = [row[3] for row in sheet.iter_rows(min_row=5)]
    assert all(c.number_format == "@" for c in tax_cells)  # text format, even where empty
    assert all(c.data_type == "s" for c in tax_cells if c.value is not None)
    assert rows["Hộ kinh doanh Lê Văn Tám"]["Mã số thuế / Số định danh"] == "001089012346"


def test_export_keeps_to_the_filter(db: Database, sample: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "loc.xlsx"
    assert drive(export_establishments(db, target, EstablishmentFilter(text="van phuc"))) == 1
    names = [row[1] for row in load_workbook(target).active.iter_rows(min_row=5, values_only=True)]
    assert names == ["Hợp tác xã Lụa Vạn Phúc"]


def test_export_imports_back_unchanged_into_the_same_database(db: Database, actor: Actor, sample: dict[str, str],
                                                              tmp_path: Path) -> None:
    # Two households of the same name in the same commune, neither with a tax code: each row finds its own.
    twins = {establishments.create(db, actor, EstablishmentInput(name="Hộ kinh doanh Nguyễn Văn Hùng",
                                                                 admin_unit_code="00583", phone=phone))
             for phone in ("0912000001", "0912000002")}
    target = tmp_path / "vong.xlsx"
    drive(export_establishments(db, target))
    before, log = _values(db), _log_size(db)
    report = drive(import_establishments(db, actor, target))
    assert report.header_row == 4 and report.skipped == 0
    assert [o.action for o in report.outcomes] == ["unchanged"] * 7
    assert {o.record_id for o in report.outcomes} == set(sample.values()) | twins
    assert _values(db) == before and _log_size(db) == log


def test_export_imports_into_a_fresh_database_with_the_same_values(db: Database, sample: dict[str, str],
                                                                   tmp_path: Path) -> None:
    target = tmp_path / "chuyen.xlsx"
    drive(export_establishments(db, target))
    fresh = open_database(tmp_path / "moi.sqlite")
    try:
        fresh_actor = setup.initialize(fresh, setup.SiteIdentity("BT02", "UBND xã Bát Tràng", "commune", "00583",
                                                                 "Trần Thị Bình"))
        report = drive(import_establishments(fresh, fresh_actor, target))
        assert report.created == 5 and report.rejected == 0
        assert _values(fresh) == _values(db)
    finally:
        fresh.close()


def test_cancelled_export_leaves_no_file(db: Database, sample: dict[str, str], tmp_path: Path) -> None:
    steps = export_establishments(db, tmp_path / "huy.xlsx")
    next(steps)
    steps.close()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_export_to_a_missing_folder_is_explained(db: Database, sample: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        drive(export_establishments(db, tmp_path / "khong-co" / "ds.xlsx"))
    assert "«ds.xlsx»" in caught.value.message
