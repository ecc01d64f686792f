"""Establishment data as typed by officers or imported, its labels and its validation."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from kc_desktop.domain.enums import EstablishmentKind
from kc_desktop.domain.ids import normalize_phone, normalize_tax_code
from kc_desktop.domain.text import nfc
from kc_desktop.errors import InvalidValue, ValidationFailed

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class EstablishmentInput:
    """The editable fields of an establishment (cơ sở CNNT), as plain values."""

    name: str = ""
    kind: str = EstablishmentKind.HOUSEHOLD.value
    tax_code: str = ""
    representative: str = ""
    representative_title: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    village: str = ""
    admin_unit_code: str = ""
    former_district: str = ""
    craft_village_id: str | None = None
    sector_code: str | None = None
    trade: str = ""
    products: str = ""
    employees: int | None = None
    women_owned: bool = False
    ethnic_minority_owned: bool = False
    latitude: float | None = None
    longitude: float | None = None
    notes: str = ""


FIELDS = [f.name for f in dataclasses.fields(EstablishmentInput)]

# One source for every label of an establishment field (forms, lists, Excel).
LABELS: dict[str, str] = {
    "name": "Tên cơ sở",
    "kind": "Loại hình",
    "tax_code": "Mã số thuế / Số định danh",
    "representative": "Người đại diện",
    "representative_title": "Chức vụ",
    "phone": "Điện thoại",
    "email": "Email",
    "address": "Địa chỉ",
    "village": "Thôn/Tổ dân phố",
    "admin_unit_code": "Xã/Phường",
    "former_district": "Quận/Huyện cũ",
    "craft_village_id": "Làng nghề",
    "sector_code": "Nhóm ngành",
    "trade": "Ngành nghề",
    "products": "Sản phẩm chính",
    "employees": "Số lao động",
    "women_owned": "Chủ cơ sở là nữ",
    "ethnic_minority_owned": "Chủ cơ sở là người dân tộc thiểu số",
    "latitude": "Vĩ độ",
    "longitude": "Kinh độ",
    "notes": "Ghi chú",
}

_TEXT_FIELDS = (
    "name",
    "representative",
    "representative_title",
    "email",
    "address",
    "village",
    "former_district",
    "trade",
    "products",
    "notes",
)


def clean(data: EstablishmentInput) -> EstablishmentInput:
    """Normalise and check an establishment; raise ValidationFailed with every problem found.

    Text becomes NFC, tax codes and phones their canonical form. Whether the ward or
    commune and the craft village exist is checked by the service, which has the database.
    """
    errors: dict[str, str] = {}
    values = {name: getattr(data, name) for name in FIELDS}  # shallow: asdict deep-copies every row
    for name in _TEXT_FIELDS:
        values[name] = nfc(values[name])
    if not values["name"]:
        errors["name"] = "Chưa nhập tên cơ sở."
    elif len(values["name"]) > 300:
        errors["name"] = "Tên cơ sở dài quá 300 ký tự."
    kind = EstablishmentKind.parse(values["kind"])
    if kind is None:
        errors["kind"] = f"Loại hình «{values['kind']}» không có trong danh mục."
    else:
        values["kind"] = kind.value
    for name, normalize in (("tax_code", normalize_tax_code), ("phone", normalize_phone)):
        try:
            values[name] = normalize(values[name] or "")
        except InvalidValue as exc:
            errors[name] = exc.message
    if values["email"] and not _EMAIL.match(values["email"]):
        errors["email"] = f"Địa chỉ email «{values['email']}» không hợp lệ."
    if not values["admin_unit_code"]:
        errors["admin_unit_code"] = "Chưa chọn xã/phường."
    employees = values["employees"]
    if employees is not None and (not isinstance(employees, int) or employees < 0 or employees > 1_000_000):
        errors["employees"] = "Số lao động phải là số nguyên không âm."
    for name, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
        value = values[name]
        if value is not None and not low <= value <= high:
            errors[name] = f"{LABELS[name]} phải nằm trong khoảng {low} đến {high}."
    if errors:
        raise ValidationFailed(errors)
    values["craft_village_id"] = values["craft_village_id"] or None
    values["sector_code"] = values["sector_code"] or None
    return EstablishmentInput(**values)


@dataclass(frozen=True)
class EstablishmentRow:
    """What lists and forms show of an establishment."""

    id: str
    name: str
    kind: str
    tax_code: str
    representative: str
    phone: str
    address: str
    village: str
    admin_unit_code: str
    admin_unit_name: str
    craft_village_id: str | None
    craft_village_name: str
    sector_code: str | None
    trade: str
    employees: int | None
    version: int
    deleted: bool
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def kind_label(self) -> str:
        return EstablishmentKind(self.kind).label
