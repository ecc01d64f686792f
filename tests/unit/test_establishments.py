"""The establishment registry: validation, duplicates, soft delete, accent-insensitive search."""

from __future__ import annotations

import unicodedata

import pytest

from kc_desktop.db.engine import Database
from kc_desktop.db.search import EstablishmentFilter
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.errors import DuplicateTaxCode, ValidationFailed
from kc_desktop.services import establishments, reference
from kc_desktop.services.establishments import StaleRecord


def _village(db: Database, name: str) -> str:
    return next(c.code for c in reference.craft_villages(db) if c.label == name)


@pytest.fixture
def sample(db: Database, actor) -> dict[str, str]:  # noqa: ANN001
    bat_trang = _village(db, "Làng gốm Bát Tràng")
    rows = {
        "gom": EstablishmentInput(
            name="Công ty TNHH Gốm sứ Minh Long",
            kind="enterprise",
            tax_code="0100233488",
            representative="Phạm Thị Hương",
            admin_unit_code="00583",
            craft_village_id=bat_trang,
            trade="Gốm sứ",
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


def _find(db: Database, typed: str, **filters: object) -> set[str]:
    return set(establishments.search_ids(db, EstablishmentFilter(text=typed, **filters)))  # type: ignore[arg-type]


def test_search_ignores_accents_case_and_normal_form(db: Database, sample: dict[str, str]) -> None:
    assert _find(db, "bat trang") == {sample["gom"]}
    assert _find(db, "dong anh") == {sample["moc"]}  # the ward/commune name, Xã Đông Anh
    assert _find(db, "ĐÔNG ANH") == {sample["moc"]}
    assert _find(db, unicodedata.normalize("NFD", "Vạn Phúc")) == {sample["lua"]}
    assert _find(db, "huong") == {sample["gom"]}  # representative
    assert _find(db, "010004") == {sample["lua"]}  # tax code prefix
    assert _find(db, "go my") == {sample["moc"]}  # every word must match
    assert _find(db, "minh long lua") == set()
    assert _find(db, "") == set(sample.values())
    assert _find(db, "  ,;  ") == set(sample.values())


def test_filters_combine_with_text(db: Database, sample: dict[str, str]) -> None:
    assert _find(db, "", admin_unit_code="09556") == {sample["lua"]}
    assert _find(db, "", kind="household") == {sample["moc"]}
    assert _find(db, "", craft_village_id=_village(db, "Làng gốm Bát Tràng")) == {sample["gom"]}
    assert _find(db, "hung", kind="enterprise") == set()


def test_list_is_in_name_order_ignoring_accents(db: Database, sample: dict[str, str]) -> None:
    names = [row.name for row in establishments.rows(db, establishments.search_ids(db))]
    assert names == ["Công ty TNHH Gốm sứ Minh Long", "Hộ kinh doanh Đỗ Văn Hùng", "Hợp tác xã Lụa Vạn Phúc"]


def test_rows_carry_names_of_unit_and_village(db: Database, sample: dict[str, str]) -> None:
    (row,) = establishments.rows(db, [sample["gom"]])
    assert (row.admin_unit_name, row.craft_village_name, row.kind_label) == (
        "Xã Bát Tràng",
        "Làng gốm Bát Tràng",
        "Doanh nghiệp",
    )


def test_stored_text_is_nfc(db: Database, actor) -> None:  # noqa: ANN001
    typed = unicodedata.normalize("NFD", "Cơ sở  Nguyễn Thị Hằng")
    record_id = establishments.create(db, actor, EstablishmentInput(name=typed, admin_unit_code="00583"))
    assert establishments.load(db, record_id)[0].name == "Cơ sở Nguyễn Thị Hằng"


def test_validation_reports_every_field_in_vietnamese(db: Database, actor) -> None:  # noqa: ANN001
    with pytest.raises(ValidationFailed) as caught:
        establishments.create(
            db, actor, EstablishmentInput(name=" ", tax_code="0100233489", phone="12", admin_unit_code="", email="a@")
        )
    assert set(caught.value.errors) == {"name", "tax_code", "phone", "admin_unit_code", "email"}
    assert caught.value.errors["name"] == "Chưa nhập tên cơ sở."
    with pytest.raises(ValidationFailed) as caught:
        establishments.create(db, actor, EstablishmentInput(name="X", admin_unit_code="99999"))
    assert "99999" in caught.value.errors["admin_unit_code"]


def test_duplicate_tax_code_points_to_the_existing_record(db: Database, actor, sample: dict[str, str]) -> None:  # noqa: ANN001
    with pytest.raises(DuplicateTaxCode) as caught:
        establishments.create(
            db, actor, EstablishmentInput(name="Trùng", tax_code="100233488", admin_unit_code="00583")
        )
    assert caught.value.existing_id == sample["gom"]
    assert "Minh Long" in caught.value.message


def test_soft_delete_and_restore(db: Database, actor, sample: dict[str, str]) -> None:  # noqa: ANN001
    establishments.delete(db, actor, sample["lua"])
    assert sample["lua"] not in _find(db, "")
    assert _find(db, "", deleted=True) == {sample["lua"]}
    assert _find(db, "van phuc", deleted=True) == {sample["lua"]}
    with pytest.raises(DuplicateTaxCode, match="đã xóa"):
        establishments.create(db, actor, EstablishmentInput(name="Lại", tax_code="0100047516", admin_unit_code="00583"))
    establishments.restore(db, actor, sample["lua"])
    assert sample["lua"] in _find(db, "lua")
    assert establishments.count(db) == 3


def test_edit_of_a_stale_version_is_refused(db: Database, actor, sample: dict[str, str]) -> None:  # noqa: ANN001
    data, version, _ = establishments.load(db, sample["moc"])
    data.phone = "0912345678"
    establishments.update(db, actor, sample["moc"], data, expected_version=version)
    data.phone = "0987654321"
    with pytest.raises(StaleRecord):
        establishments.update(db, actor, sample["moc"], data, expected_version=version)
    assert establishments.load(db, sample["moc"])[0].phone == "0912345678"


def test_renaming_updates_the_search_index(db: Database, actor, sample: dict[str, str]) -> None:  # noqa: ANN001
    data, version, _ = establishments.load(db, sample["gom"])
    data.name = "Công ty cổ phần Sứ Hồng Quang"
    establishments.update(db, actor, sample["gom"], data, expected_version=version)
    assert _find(db, "minh long") == set()
    assert _find(db, "hong quang") == {sample["gom"]}


def test_reference_data_is_loaded(db: Database, actor) -> None:  # noqa: ANN001
    units = reference.admin_units(db)
    assert len(units) == 126
    assert sum(1 for u in units if u.extra == "phuong") == 51
    assert sum(1 for u in units if u.extra == "xa") == 75
    assert any(c.label.startswith("Chế biến nông") for c in reference.sectors(db))
    assert any(c.label == "Ứng dụng máy móc thiết bị tiên tiến" for c in reference.support_kinds(db))
    villages = reference.craft_villages(db)
    assert any(v.label == "Làng gốm Bát Tràng" and v.extra == "recognised" for v in villages)


def test_craft_villages_are_editable(db: Database, actor) -> None:  # noqa: ANN001
    village_id = reference.save_craft_village(db, actor, None, "Làng nghề Phù Đổng", "00541", "Đồ đồng")
    reference.save_craft_village(
        db, actor, village_id, "Làng nghề Phù Đổng", "00541", "Đồ đồng", recognised=True, decision="QĐ 123/QĐ-UBND"
    )
    assert any(v.code == village_id and v.extra == "recognised" for v in reference.craft_villages(db))


def test_renaming_a_craft_village_keeps_search_in_step(db: Database, actor, sample: dict[str, str]) -> None:  # noqa: ANN001
    village = _village(db, "Làng gốm Bát Tràng")
    reference.save_craft_village(db, actor, village, "Làng gốm sứ Bát Tràng cổ", "00583", "Gốm sứ", True)
    assert _find(db, "gom su bat trang co") == {sample["gom"]}
    assert establishments.load(db, sample["gom"])[1] == 1  # the establishment itself did not change
    rows = {r.name: r for r in reference.craft_village_rows(db)}
    assert rows["Làng gốm sứ Bát Tràng cổ"].establishments == 1
    assert rows["Làng gốm sứ Bát Tràng cổ"].admin_unit_name == "Xã Bát Tràng"
