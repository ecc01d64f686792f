"""Importing the establishment register from real office spreadsheets.

The lists are built with openpyxl; those of the reading tests are also saved as Excel 97–2003 .xls and
LibreOffice .ods (tests/unit/xlsx_factory.py), which offices keep as well.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from xlsx_factory import FORMATS, check_digit_tax_code, office_workbook, save_as

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import ChangeLog, CraftVillage, Establishment
from kc_desktop.errors import SpreadsheetError
from kc_desktop.progress import Progress, drive
from kc_desktop.services import establishments
from kc_desktop.xlsx.establishments import ImportReport, import_establishments

GOM = [1, "Công ty TNHH Gốm sứ Minh Long", "0100233488", "Phạm Thị Hương", "0912345678", "Giang Cao",
       "Xã Bát Tràng", "Gốm sứ", 35, "x", ""]
LUA = [2, "Hợp tác xã Lụa Vạn Phúc", "0100047516", "Nguyễn Văn Đức", "0987654321", "Tổ dân phố 5",
       "Phường Hà Đông", "Dệt lụa", 40, None, ""]
HO = [3, "Hộ kinh doanh Lê Văn Tám", "", "Lê Văn Tám", "", "Thôn 3", "Bát Tràng", "Sơn mài", 4, "", "Không có MST"]


def _import(db: Database, actor: Actor, path: Path, dry_run: bool = False) -> ImportReport:
    return drive(import_establishments(db, actor, path, dry_run=dry_run))


def _records(db: Database) -> dict[str, Establishment]:
    with db.read() as session:
        return {r.name: r for r in session.scalars(select(Establishment))}


def _state(db: Database) -> tuple[int, int]:
    """How many establishments and change-log rows the database holds."""
    with db.read() as session:
        records = session.scalar(select(func.count()).select_from(Establishment)) or 0
        return records, session.scalar(select(func.count()).select_from(ChangeLog)) or 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_office_layout_titles_merged_cells_two_row_header_and_footer(db: Database, actor: Actor,
                                                                     tmp_path: Path, fmt: str) -> None:
    path = office_workbook(tmp_path / f"ds.{fmt}", [GOM, LUA, HO])
    report = _import(db, actor, path)
    assert (report.sheet, report.header_row) == ("DS co so", 4)
    assert report.columns["village"] == "Thôn" and report.columns["admin_unit_code"] == "Xã/Phường"
    assert "address" not in report.columns  # "Địa chỉ" only spans the two columns below it
    assert [(o.row, o.action) for o in report.outcomes] == [(6, "create"), (7, "create"), (8, "create")]
    # The total row, the blank row, the date, the signature titles, "(Ký…)", a blank row and the signers' names.
    assert report.skipped == 7
    gom = _records(db)["Công ty TNHH Gốm sứ Minh Long"]
    assert (gom.village, gom.admin_unit_code, gom.employees, gom.women_owned) == ("Giang Cao", "00583", 35, True)
    assert gom.kind == "enterprise" and gom.sector_code == "thu_cong_my_nghe"  # guessed from name and trade
    assert report.outcomes[0].record_id == gom.id
    assert _records(db)["Hợp tác xã Lụa Vạn Phúc"].kind == "cooperative"


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbers_excel_made_of_tax_codes_and_phones_are_restored(db: Database, actor: Actor, tmp_path: Path,
                                                                 fmt: str) -> None:
    rows = [
        [1, "Công ty Gốm Minh Long", 100233488, "A", 912345678, "", "Bát Tràng", "", "", "", ""],
        [2, "HTX Lụa Vạn Phúc", 100047516.0, "B", 84987654321, "", "Bát Tràng", "", "", "", ""],
        [3, "Hộ Đỗ Văn Hùng", 1089012345, "C", 2438253456.0, "", "Bát Tràng", "", "", "", ""],
    ]
    report = _import(db, actor, office_workbook(tmp_path / f"so.{fmt}", rows))
    assert report.rejected == 0
    found = {r.name: (r.tax_code, r.phone) for r in _records(db).values()}
    assert found == {
        "Công ty Gốm Minh Long": ("0100233488", "0912345678"),
        "HTX Lụa Vạn Phúc": ("0100047516", "0987654321"),
        "Hộ Đỗ Văn Hùng": ("001089012345", "02438253456"),
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_decomposed_text_works_and_is_stored_composed(db: Database, actor: Actor, tmp_path: Path, fmt: str) -> None:
    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    header = [nfd(c) if c else c for c in ["STT", "Tên cơ sở", "Mã số thuế", "Xã/Phường", "Làng nghề", "Loại hình"]]
    rows = [[1, nfd("Cơ sở Gốm Nguyễn Thị Hằng"), "", nfd("Xã Bát Tràng"), nfd("Làng gốm Bát Tràng"),
             nfd("Hộ kinh doanh")]]
    report = _import(db, actor, office_workbook(tmp_path / f"nfd.{fmt}", rows, header=header, sub_header=None))
    assert report.created == 1 and report.columns["name"] == "Tên cơ sở"
    (record,) = _records(db).values()
    assert record.name == "Cơ sở Gốm Nguyễn Thị Hằng" == unicodedata.normalize("NFC", record.name)
    assert record.admin_unit_code == "00583" and record.kind == "household"
    with db.read() as session:
        assert session.get(CraftVillage, record.craft_village_id).name == "Làng gốm Bát Tràng"  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", FORMATS)
def test_names_of_units_villages_sectors_and_kinds_are_understood(db: Database, actor: Actor, tmp_path: Path,
                                                                  fmt: str) -> None:
    header = ["STT", "Tên cơ sở", "Xã, phường", "Làng nghề", "Nhóm ngành", "Ngành nghề", "Loại hình"]
    rows = [
        [1, "Cơ sở A", "xa bat trang", "gốm Bát Tràng", "", "Gốm sứ", "Công ty TNHH"],
        [2, "Cơ sở B", "P. Hà Đông", "", "Chế biến nông, lâm, thủy sản và chế biến thực phẩm", "", "HTX"],
        [3, "Cơ sở C", "00583", "LÀNG GỐM KIM LAN", "Gốm sứ mỹ nghệ", "", "hộ cá thể"],
        [4, "Cơ sở D", 583, "", "", "Cơ khí, sửa chữa máy", "Tổ hợp tác"],
        [5, "Cơ sở E", "Bát Tràng", "", "", "May mặc", "Doanh nghiệp"],
        [6, "Cơ sở F", "Bát Tràng", "", "Nghề lạ", "", ""],
    ]
    report = _import(db, actor, office_workbook(tmp_path / f"ref.{fmt}", rows, header=header, sub_header=None))
    assert [o.action for o in report.outcomes] == ["create"] * 5 + ["rejected"]
    assert report.outcomes[5].reason == "Cột «Nhóm ngành»: không có nhóm ngành «Nghề lạ» trong danh mục."
    got = {r.name: (r.admin_unit_code, r.sector_code, r.kind, bool(r.craft_village_id)) for r in _records(db).values()}
    assert got == {
        "Cơ sở A": ("00583", None, "enterprise", True),  # the column is there and blank: no guess
        "Cơ sở B": ("09556", "che_bien_nlts", "cooperative", False),
        "Cơ sở C": ("00583", "thu_cong_my_nghe", "household", True),  # guessed from the words of the cell
        "Cơ sở D": ("00583", None, "coop_group", False),
        "Cơ sở E": ("00583", None, "enterprise", False),
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_sector_is_guessed_from_the_trade_when_the_sheet_has_no_sector_column(db: Database, actor: Actor,
                                                                               tmp_path: Path, fmt: str) -> None:
    rows = [[1, "Cơ sở A", "", "", "", "", "Bát Tràng", trade, "", "", ""]
            for trade in ("Cơ khí, sửa chữa máy", "May mặc", "Gốm sứ", "Bún, bánh", "Dịch vụ")]
    for index, row in enumerate(rows):
        row[1] = f"Cơ sở {index}"
    _import(db, actor, office_workbook(tmp_path / f"nganh.{fmt}", rows))
    assert [r.sector_code for r in sorted(_records(db).values(), key=lambda r: r.name)] == [
        "co_khi_dien_tu", "hang_tieu_dung", "thu_cong_my_nghe", "che_bien_nlts", None]


@pytest.mark.parametrize("fmt", FORMATS)
def test_invalid_rows_are_rejected_with_row_number_and_reason(db: Database, actor: Actor, tmp_path: Path,
                                                              fmt: str) -> None:
    header = ["STT", "Tên doanh nghiệp", "MST", "SĐT", "Xã/Phường", "Số lao động", "Email"]
    rows = [
        [1, "Công ty Gốm Minh Long", "0100233488", "0912345678", "Bát Tràng", 12, ""],
        [2, "Cơ sở sai mã", "0100233489", "0912000111", "Bát Tràng", "", ""],
        [3, "", "0100047516", "", "Bát Tràng", "", ""],
        [4, "Cơ sở nhiều lỗi", "", "12345", "Xã Kim Lan", "mười", "a@"],
    ]
    report = _import(db, actor, office_workbook(tmp_path / f"loi.{fmt}", rows, header=header, sub_header=None))
    assert [(o.row, o.action) for o in report.outcomes] == [(5, "create"), (6, "rejected"), (7, "rejected"),
                                                            (8, "rejected")]
    bad_code, no_name, many = report.rejected_rows
    assert bad_code.reason == "Cột «MST»: mã số thuế «0100233489» không hợp lệ: sai chữ số kiểm tra."
    assert no_name.reason == "Cột «Tên doanh nghiệp»: chưa nhập tên cơ sở." and no_name.tax_code == "0100047516"
    for caption in ("«SĐT»: số điện thoại «12345»", "«Xã/Phường»: không có xã/phường «Xã Kim Lan»",
                    "«Số lao động»: «mười» không phải là số nguyên", "«Email»: địa chỉ email «a@»"):
        assert caption in many.reason
    assert _state(db)[0] == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_tax_code_repeated_in_the_sheet_is_rejected_the_second_time(db: Database, actor: Actor,
                                                                      tmp_path: Path, fmt: str) -> None:
    twice = [*GOM[:1], "Gốm Minh Long (ghi lại)", 100233488, *GOM[3:]]
    report = _import(db, actor, office_workbook(tmp_path / f"trung.{fmt}", [GOM, LUA, twice]))
    assert [o.action for o in report.outcomes] == ["create", "create", "rejected"]
    assert report.outcomes[2].reason == "Cột «Mã số thuế»: trùng mã số thuế với dòng 6."
    assert _state(db)[0] == 2


def test_repeated_import_updates_instead_of_duplicating(db: Database, actor: Actor, tmp_path: Path) -> None:
    path = office_workbook(tmp_path / "ds.xlsx", [GOM, LUA, HO])
    _import(db, actor, path)
    before = _state(db)
    again = _import(db, actor, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert _state(db) == before  # nothing written at all, not even the change log
    moved = [*LUA[:4], "0978111222", *LUA[5:]]
    renamed_household = [*HO[:8], 6, *HO[9:]]
    third = _import(db, actor, office_workbook(tmp_path / "ds2.xlsx", [GOM, moved, renamed_household]))
    assert [o.action for o in third.outcomes] == ["unchanged", "update", "update"]
    assert _state(db) == (3, before[1] + 2)
    records = _records(db)
    assert records["Hợp tác xã Lụa Vạn Phúc"].phone == "0978111222" and records["Hợp tác xã Lụa Vạn Phúc"].version == 2
    assert records["Hộ kinh doanh Lê Văn Tám"].employees == 6  # no tax code: matched on name and commune


def test_columns_absent_from_the_sheet_keep_their_values(db: Database, actor: Actor, tmp_path: Path) -> None:
    _import(db, actor, office_workbook(tmp_path / "day-du.xlsx", [GOM]))
    narrow = ["STT", "Tên cơ sở", "Mã số thuế", "Điện thoại"]
    report = _import(db, actor, office_workbook(tmp_path / "hep.xlsx", [[1, GOM[1], GOM[2], "0911222333"]],
                                                header=narrow, sub_header=None))
    assert [o.action for o in report.outcomes] == ["update"]
    record = _records(db)[GOM[1]]
    assert record.phone == "0911222333"
    assert (record.representative, record.village, record.employees, record.women_owned, record.trade) == (
        "Phạm Thị Hương", "Giang Cao", 35, True, "Gốm sứ")


def test_a_new_row_without_tax_code_repeated_in_the_sheet_is_one_record(db: Database, actor: Actor,
                                                                        tmp_path: Path) -> None:
    later = [9, *HO[1:8], 5, *HO[9:]]
    report = _import(db, actor, office_workbook(tmp_path / "lap.xlsx", [HO, later]))
    assert [o.action for o in report.outcomes] == ["create", "update"]
    assert report.outcomes[0].record_id == report.outcomes[1].record_id is not None
    assert _records(db)[HO[1]].employees == 5 and _state(db)[0] == 1


def test_a_row_without_tax_code_never_takes_over_a_record_with_one(db: Database, actor: Actor,
                                                                   tmp_path: Path) -> None:
    _import(db, actor, office_workbook(tmp_path / "co-mst.xlsx", [GOM]))
    namesake = [1, GOM[1], "", "Người khác", "0911000222", "", "Bát Tràng", "Gốm", 3, "", ""]
    report = _import(db, actor, office_workbook(tmp_path / "khong-mst.xlsx", [namesake]))
    assert [o.action for o in report.outcomes] == ["create"]
    with db.read() as session:
        owners = {r.tax_code: r.representative for r in session.scalars(select(Establishment))}
    assert owners == {"0100233488": "Phạm Thị Hương", None: "Người khác"}


def test_tax_code_of_a_record_in_the_trash_is_rejected(db: Database, actor: Actor, tmp_path: Path) -> None:
    _import(db, actor, office_workbook(tmp_path / "ds.xlsx", [GOM]))
    deleted_id = _records(db)[GOM[1]].id
    establishments.delete(db, actor, deleted_id)
    report = _import(db, actor, office_workbook(tmp_path / "ds.xlsx", [GOM]))
    (outcome,) = report.outcomes
    assert outcome.action == "rejected" and outcome.record_id == deleted_id
    assert "thùng rác" in outcome.reason and "Công ty TNHH Gốm sứ Minh Long" in outcome.reason
    assert establishments.count(db) == 0 and establishments.count(db, deleted=True) == 1


def test_commune_office_default_unit_when_the_sheet_has_no_unit_column(db: Database, actor: Actor,
                                                                       tmp_path: Path) -> None:
    header = ["STT", "Tên cơ sở", "Người đại diện"]
    report = _import(db, actor, office_workbook(tmp_path / "xa.xlsx", [[1, "Cơ sở Gốm Hòa", "Vũ Văn Hòa"]],
                                                header=header, sub_header=None))
    assert report.created == 1 and _records(db)["Cơ sở Gốm Hòa"].admin_unit_code == "00583"


@pytest.mark.parametrize("fmt", FORMATS)
def test_cells_merged_down_over_rows_apply_to_each_row(db: Database, actor: Actor, tmp_path: Path, fmt: str) -> None:
    first = {"village": "Giang Cao", "unit": "Phường Hà Đông"}
    rows = [[n, f"Hộ sản xuất số {n}", "", "", "", first["village"] if n == 1 else None,
             first["unit"] if n == 1 else None, "Gốm", "", "", ""] for n in (1, 2, 3)]
    from openpyxl import load_workbook

    book = load_workbook(office_workbook(tmp_path / "gop.xlsx", rows, footer=False))
    book.active.merge_cells("F6:F8")
    book.active.merge_cells("G6:G8")
    path = save_as(book, tmp_path / f"gop.{fmt}")
    report = _import(db, actor, path)
    assert report.created == 3
    assert {(r.village, r.admin_unit_code) for r in _records(db).values()} == {("Giang Cao", "09556")}


@pytest.mark.parametrize("fmt", FORMATS)
def test_row_of_column_numbers_under_the_header_is_skipped(db: Database, actor: Actor, tmp_path: Path,
                                                           fmt: str) -> None:
    numbers = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"]
    report = _import(db, actor, office_workbook(tmp_path / f"so-cot.{fmt}", [numbers, GOM], footer=False))
    assert [o.action for o in report.outcomes] == ["create"] and report.skipped == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_first_sheet_with_a_header_is_used(db: Database, actor: Actor, tmp_path: Path, fmt: str) -> None:
    path = office_workbook(tmp_path / f"nhieu.{fmt}", [GOM], before=["Hướng dẫn"])
    report = _import(db, actor, path)
    assert report.sheet == "DS co so" and report.created == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_dry_run_writes_nothing_and_predicts_the_import(db: Database, actor: Actor, tmp_path: Path, fmt: str) -> None:
    _import(db, actor, office_workbook(tmp_path / f"cu.{fmt}", [LUA]))
    rows = [GOM, [*LUA[:4], "0978111222", *LUA[5:]], HO, [*HO[:8], 7, *HO[9:]]]
    path = office_workbook(tmp_path / f"moi.{fmt}", rows)
    before = _state(db)
    dry = _import(db, actor, path, dry_run=True)
    assert _state(db) == before
    assert dry.summary() == "Thêm mới 2, cập nhật 2, không đổi 0, bị từ chối 0, bỏ qua 7 dòng (chạy thử, chưa lưu gì)."
    assert dry.outcomes[0].record_id is None and dry.outcomes[1].record_id is not None
    real = _import(db, actor, path)
    assert [(o.row, o.action) for o in real.outcomes] == [(o.row, o.action) for o in dry.outcomes]
    assert real.summary() == "Thêm mới 2, cập nhật 2, không đổi 0, bị từ chối 0, bỏ qua 7 dòng."
    data = json.loads(json.dumps(real.to_dict(), ensure_ascii=False))
    assert data["created"] == 2 and data["outcomes"][0]["action"] == "create" and data["dry_run"] is False


def test_cancel_in_the_middle_writes_nothing(db: Database, actor: Actor, tmp_path: Path) -> None:
    rows = [[n, f"Cơ sở số {n}", check_digit_tax_code(n * 7919), "", "", "", "Bát Tràng", "Gốm", n, "", ""]
            for n in range(1, 1201)]
    path = office_workbook(tmp_path / "lon.xlsx", rows)
    before = _state(db)
    steps = import_establishments(db, actor, path)
    seen: list[Progress] = []
    while not seen or "ghi" not in seen[-1].message:
        seen.append(next(steps))
    assert seen[-1].done == 500 and seen[-1].total == 1200  # the first 500 records are flushed
    steps.close()
    assert _state(db) == before
    assert drive(import_establishments(db, actor, path)).created == 1200


BAD_FILES = {
    "hong.xlsx": b"PK\x03\x04" + b"\x00" * 200,
    "hong.ods": b"PK\x03\x04" + b"\x00" * 200,
    "ds.csv.xlsx": "STT,Tên cơ sở,Mã số thuế\n1,Gốm,0100233488\n".encode(),
    # Lists saved from web systems: an HTML table under an .xls name.
    "web.xls": "<html><body><table><tr><td>Tên cơ sở</td></tr></table></body></html>".encode(),
    "mat-khau.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
    "hong.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4,
    "rong.xlsx": b"",
    "rong.ods": b"",
}


def _bad_file(path: Path) -> None:
    """Write the file a name of the test below stands for."""
    stem, fmt = path.stem, path.suffix[1:]
    if path.name in BAD_FILES:
        path.write_bytes(BAD_FILES[path.name])
    elif stem == "trang-trong":
        save_as(Workbook(), path)
    elif stem == "khong-tieu-de":
        book = Workbook()
        book.active.append(["Họ tên", "Năm sinh"])
        book.active.append(["Nguyễn Văn A", 1980])
        save_as(book, path)
    elif stem == "zip-khac":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    elif stem == "cat-cut":  # a copy interrupted half way
        whole = office_workbook(path.with_name(f"du.{fmt}"), [GOM, LUA, HO]).read_bytes()
        path.write_bytes(whole[: len(whole) // 2])


@pytest.mark.parametrize(("name", "expected"), [
    ("hong.xlsx", "bị hỏng"),
    ("hong.ods", "bị hỏng"),
    ("hong.xls", "bị hỏng"),
    ("ds.csv.xlsx", "không phải tệp Excel .xlsx"),
    ("web.xls", "không phải tệp Excel .xlsx, .xls"),
    ("mat-khau.xlsx", "được đặt mật khẩu"),
    ("rong.xlsx", "rỗng"),
    ("rong.ods", "rỗng"),
    ("khong-co.xlsx", "Không tìm thấy tệp"),
    *((f"trang-trong.{fmt}", "các trang tính đều trống") for fmt in FORMATS),
    *((f"khong-tieu-de.{fmt}", "Không tìm thấy dòng tiêu đề") for fmt in FORMATS),
    *((f"cat-cut.{fmt}", "bị hỏng") for fmt in FORMATS),
    ("zip-khac.xlsx", "bị hỏng"),
    ("zip-khac.ods", "bị hỏng"),
])
def test_unreadable_files_are_explained_and_nothing_is_written(db: Database, actor: Actor, tmp_path: Path,
                                                               name: str, expected: str) -> None:
    path = tmp_path / name
    _bad_file(path)
    before = _state(db)
    for dry_run in (True, False):
        with pytest.raises(SpreadsheetError) as caught:
            _import(db, actor, path, dry_run=dry_run)
        message = caught.value.message
        assert expected in message and f"«{name}»" in message and "\n" not in message
    assert _state(db) == before


def _far_cells(path: Path) -> None:
    """A list with a value at the far corner of the sheet: read as it is, it would take gigabytes."""
    book = Workbook()
    book.active.append(["STT", "Tên cơ sở", "Mã số thuế"])
    book.active.append([1, "Cơ sở A", ""])
    if path.suffix == ".xlsx":
        book.active["XFD1048576"] = 1
        book.save(path)
    elif path.suffix == ".xls":
        import xlwt

        out = xlwt.Workbook()
        sheet = out.add_sheet("DS")
        sheet.write(0, 1, "Tên cơ sở")
        sheet.write(65535, 255, 1)  # IV65536, the last cell of an Excel 97–2003 sheet
        out.save(str(path))
    else:
        save_as(book, path)
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        far = (b'<table:table-row table:number-rows-repeated="5000"><table:table-cell '
               b'table:number-columns-repeated="16000" office:value-type="float" office:value="1">'
               b"<text:p>1</text:p></table:table-cell></table:table-row>")
        parts["content.xml"] = parts["content.xml"].replace(b"</table:table>", far + b"</table:table>", 1)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sheet_spread_too_far_is_refused_before_it_is_read(db: Database, actor: Actor, tmp_path: Path,
                                                             fmt: str) -> None:
    path = tmp_path / f"xa.{fmt}"
    _far_cells(path)
    with pytest.raises(SpreadsheetError) as caught:
        _import(db, actor, path)
    assert "quá lớn" in caught.value.message and "«xa." in caught.value.message
    assert _state(db)[0] == 0


def test_references_longer_than_excel_allows_count_as_beyond_its_limits() -> None:
    """calamine reads a reference of any length ("AAAAAAAAAAAA2" is a column some 10¹⁷ letters away) and would
    allocate the whole rectangle: such a reference must count as beyond Excel's limits, not as a cell without one."""
    from kc_desktop.xlsx.bounds import MAX_COLUMNS, MAX_ROWS, ExtentError, check_extent, xlsx_extent

    def sheet(ref: str) -> bytes:
        return (f'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tên cơ sở</t></is></c></row>'
                f'<row r="2"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>').encode()

    assert xlsx_extent(sheet("B2")) == (2, 2)
    assert xlsx_extent(sheet("AAAAAAAAAAAA2"))[1] > MAX_COLUMNS
    assert xlsx_extent(sheet("A1234567890123"))[0] > MAX_ROWS
    for ref in ("AAAAAAAAAAAA2", "A1234567890123"):
        with pytest.raises(ExtentError):
            check_extent(*xlsx_extent(sheet(ref)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_dates_and_numbers_read_as_the_office_typed_them(db: Database, actor: Actor, tmp_path: Path,
                                                         fmt: str) -> None:
    header = ["STT", "Tên cơ sở", "Mã số thuế", "Xã/Phường", "Số lao động", "Ghi chú"]
    rows = [[1, "Cơ sở A", 100233488, 583.0, 12.0, dt.date(2025, 1, 2)],
            [2, "Cơ sở B", "0100047516", "Bát Tràng", 7, dt.datetime(2024, 12, 31, 8, 30)],
            [3, "Cơ sở C", "", "Bát Tràng", "", 1.5]]
    report = _import(db, actor, office_workbook(tmp_path / f"ngay.{fmt}", rows, header=header, sub_header=None))
    assert report.created == 3 and report.rejected == 0
    found = {r.name: (r.tax_code, r.admin_unit_code, r.employees, r.notes) for r in _records(db).values()}
    assert found == {
        "Cơ sở A": ("0100233488", "00583", 12, "02/01/2025"),
        "Cơ sở B": ("0100047516", "00583", 7, "31/12/2024"),
        "Cơ sở C": (None, "00583", None, "1.5"),
    }


@pytest.mark.parametrize(("fmt", "name"), [("xlsx", "ds.xls"), ("xls", "ds.xlsx"), ("ods", "ds.xlsx")])
def test_a_workbook_is_read_by_its_content_whatever_its_name(db: Database, actor: Actor, tmp_path: Path,
                                                             fmt: str, name: str) -> None:
    path = office_workbook(tmp_path / f"ds.{fmt}", [GOM, LUA])
    report = _import(db, actor, path.replace(tmp_path / name))
    assert report.created == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_header_message_names_the_captions_looked_for(db: Database, actor: Actor, tmp_path: Path, fmt: str) -> None:
    book = Workbook()
    book.active.append(["Tên cơ sở", "Cột lạ"])
    save_as(book, tmp_path / f"thieu.{fmt}")
    with pytest.raises(SpreadsheetError) as caught:
        _import(db, actor, tmp_path / f"thieu.{fmt}")
    assert "«Tên cơ sở»" in caught.value.message and "«Mã số thuế»" in caught.value.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_placeholder_codes_and_form_lines_above_the_header(db: Database, actor: Actor, tmp_path: Path,
                                                           fmt: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Tên đơn vị: UBND xã Bát Tràng"])  # a form line, not the header
    sheet.append(["STT", "Tên cơ sở", "MST/CCCD", "SĐT", "Xã/Phường", "Làng nghề", "Số lao động"])
    sheet.append([1, "Hộ Vũ Văn Hòa", "Chưa có", "-", "Bát Tràng", "-", "-"])
    sheet.append([2, "Hộ Đặng Thị Mai", "-", "Không", "Bát Tràng", "Không", 0])
    save_as(book, tmp_path / f"mau.{fmt}")
    report = _import(db, actor, tmp_path / f"mau.{fmt}")
    assert report.header_row == 2 and report.columns["tax_code"] == "MST/CCCD"
    assert [o.action for o in report.outcomes] == ["create", "create"]
    found = {(r.tax_code, r.phone, r.craft_village_id, r.employees) for r in _records(db).values()}
    assert found == {(None, "", None, None), (None, "", None, 0)}


def test_zip_bomb_is_refused_before_parsing(tmp_path, db, actor) -> None:  # noqa: ANN001
    import zipfile

    from kc_desktop.errors import SpreadsheetError
    from kc_desktop.progress import drive
    from kc_desktop.xlsx.establishments import import_establishments

    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (300 * 1024 * 1024) + b"/>")
    with pytest.raises(SpreadsheetError, match="quá lớn"):
        drive(import_establishments(db, actor, path))
