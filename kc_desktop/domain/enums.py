"""Closed lists of the domain, each value with its Vietnamese label (one source for both)."""

from __future__ import annotations

from enum import StrEnum
from typing import Self, overload

from kc_desktop.domain.text import fold


class Labelled(StrEnum):
    """A string enum whose members carry the label officers read."""

    label: str

    # The class body defines each member from (value, label); once the class exists, Enum looks
    # members up by value instead (ProjectStatus("proposed")), which the first signature describes.
    @overload
    def __new__(cls, value: str) -> Self: ...
    @overload
    def __new__(cls, value: str, label: str) -> Self: ...
    def __new__(cls, value: str, label: str | None = None) -> Self:
        if label is None:
            raise TypeError(f"{cls.__name__}: member {value!r} needs a label")
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def parse(cls, text: object) -> Self | None:
        """Find a member by its code or its label, ignoring accents and case."""
        if isinstance(text, cls):
            return text
        key = fold(str(text or ""))
        if not key:
            return None
        return cls._lookup().get(key)

    @classmethod
    def _lookup(cls) -> dict[str, Self]:
        """Codes, folded labels, then aliases -> member; built once per enum (imports call parse a lot)."""
        table: dict[str, Self] | None = cls.__dict__.get("_table")
        if table is None:
            table = {}
            for member in reversed(list(cls)):
                for alias in getattr(member, "aliases", ()):
                    table[alias] = member
            for member in reversed(list(cls)):
                table[fold(member.label)] = member
                table[member.value] = member
            cls._table = table  # type: ignore[attr-defined]
        return table


class EstablishmentKind(Labelled):
    ENTERPRISE = "enterprise", "Doanh nghiệp"
    COOPERATIVE = "cooperative", "Hợp tác xã"
    COOPERATIVE_GROUP = "coop_group", "Tổ hợp tác"
    HOUSEHOLD = "household", "Hộ kinh doanh"


# Words found in spreadsheets for each kind ("Công ty TNHH", "HTX", "hộ cá thể" ...).
EstablishmentKind.ENTERPRISE.aliases = ("cong ty", "doanh nghiep tu nhan", "dn", "cty", "tnhh", "co phan")  # type: ignore[attr-defined]
EstablishmentKind.COOPERATIVE.aliases = ("htx",)  # type: ignore[attr-defined]
EstablishmentKind.COOPERATIVE_GROUP.aliases = ("tht", "to hop tac")  # type: ignore[attr-defined]
EstablishmentKind.HOUSEHOLD.aliases = ("ho", "ho ca the", "ho gia dinh", "hkd", "ho san xuat")  # type: ignore[attr-defined]


class SiteLevel(Labelled):
    COMMUNE = "commune", "Cấp xã/phường"
    FORMER_DISTRICT = "district", "Cấp huyện (cũ)"
    CITY = "city", "Cấp thành phố (Sở Công Thương)"


class Role(Labelled):
    OFFICER = "officer", "Cán bộ"
    HEAD = "head", "Lãnh đạo đơn vị"
    CITY_ADMIN = "city_admin", "Quản trị của Sở"


class AdminUnitKind(Labelled):
    WARD = "phuong", "Phường"
    COMMUNE = "xa", "Xã"
    SPECIAL_ZONE = "dac_khu", "Đặc khu"
