"""Realistic, deterministic demo data: Hanoi craft-village establishments with valid identifiers."""

from __future__ import annotations

import bisect
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import Row, select

from kc_desktop.db.changelog import Actor, insert_rows, set_reason
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, CraftVillage, Establishment, Sector, Site
from kc_desktop.domain.enums import AdminUnitKind, EstablishmentKind, SiteLevel
from kc_desktop.domain.text import fold
from kc_desktop.progress import Progress, Steps
from kc_desktop.services import installation, setup

DEMO_OFFICE = setup.SiteIdentity(
    code="DEMO",
    name="Trung tâm Khuyến công (dữ liệu mẫu)",
    level=SiteLevel.CITY.value,
    admin_unit_code=None,
    officer_name="Nguyễn Thị Minh Hằng",
    officer_title="Chuyên viên",
)

_FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Phùng",
    "Khuất",
    "Tạ",
    "Quách",
]
_MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Tiến", "Mạnh", "Công"]
_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Bích", "Hồng"]
_GIVEN_M = [
    "Hùng",
    "Dũng",
    "Tuấn",
    "Hải",
    "Long",
    "Sơn",
    "Bình",
    "Cường",
    "Việt",
    "Quyết",
    "Đạt",
    "Thắng",
    "Khải",
    "Lực",
    "Tường",
    "Hiếu",
    "Nghĩa",
    "Toàn",
    "Phúc",
    "Trọng",
]
_GIVEN_F = [
    "Lan",
    "Hương",
    "Nga",
    "Phương",
    "Thảo",
    "Trang",
    "Thủy",
    "Hòa",
    "Yến",
    "Huyền",
    "Loan",
    "Liên",
    "Dịu",
    "Ánh",
    "Hạnh",
    "Nhung",
]
_BRAND = [
    "Minh Long",
    "Phúc Hưng",
    "Thành Đạt",
    "Hưng Thịnh",
    "An Khang",
    "Đại Phát",
    "Tân Tiến",
    "Hồng Quang",
    "Việt Thắng",
    "Kim Ngân",
    "Sơn Hà",
    "Trường Xuân",
    "Bảo Ngọc",
    "Đức Thành",
    "Quang Vinh",
]
_TRADES = {
    "Gốm sứ": ("thu_cong_my_nghe", ["Bát đĩa gốm men lam", "Bình hoa gốm", "Ấm chén sứ", "Gốm mỹ nghệ xuất khẩu"]),
    "Lụa tơ tằm": ("hang_tieu_dung", ["Lụa tơ tằm", "Khăn lụa", "Vải gấm"]),
    "Sơn mài": ("thu_cong_my_nghe", ["Tranh sơn mài", "Hộp sơn mài", "Khay sơn mài"]),
    "Mây tre đan": ("thu_cong_my_nghe", ["Giỏ mây", "Bàn ghế mây", "Đèn tre"]),
    "Hương": ("thu_cong_my_nghe", ["Hương vòng", "Tăm hương", "Hương trầm"]),
    "Đồ gỗ": ("thu_cong_my_nghe", ["Tượng gỗ", "Đồ thờ", "Bàn ghế gỗ", "Tủ gỗ"]),
    "Nón lá": ("thu_cong_my_nghe", ["Nón lá", "Nón quai thao"]),
    "Rèn": ("co_khi_dien_tu", ["Dao kéo", "Nông cụ", "Dao kéo inox"]),
    "Khảm trai": ("thu_cong_my_nghe", ["Tranh khảm trai", "Hộp khảm trai"]),
    "Chế biến thực phẩm": ("che_bien_nlts", ["Bún khô", "Miến dong", "Bánh cuốn", "Đậu phụ", "Chè búp khô"]),
    "Cơ khí": ("co_khi_dien_tu", ["Phụ tùng xe máy", "Khung nhôm kính", "Máy nông nghiệp"]),
    "May mặc": ("hang_tieu_dung", ["Quần áo may sẵn", "Áo dài", "Đồng phục"]),
}
_VILLAGE_TRADE = {
    "Gốm sứ": "Gốm sứ",
    "Lụa": "Lụa tơ tằm",
    "Sơn mài": "Sơn mài",
    "Mây": "Mây tre đan",
    "Hương": "Hương",
    "Tượng": "Đồ gỗ",
    "Đồ gỗ": "Đồ gỗ",
    "Nón": "Nón lá",
    "Dao": "Rèn",
    "Khảm": "Khảm trai",
    "Bún": "Chế biến thực phẩm",
}
# The district each ward or commune belonged to before 1/7/2025, approximately: a unit made on that day keeps
# the code of one of the wards it merged (codes were numbered district by district), so code ranges give the
# district of that ward. Each pair is (last code of the range, district); a few units have their own line.
_DISTRICT_RANGES = (
    ("00034", "Quận Ba Đình"),
    ("00082", "Quận Hoàn Kiếm"),
    ("00115", "Quận Tây Hồ"),
    ("00157", "Quận Long Biên"),
    ("00184", "Quận Cầu Giấy"),
    ("00253", "Quận Đống Đa"),
    ("00298", "Quận Hai Bà Trưng"),
    ("00337", "Quận Hoàng Mai"),
    ("00373", "Quận Thanh Xuân"),
    ("00451", "Huyện Sóc Sơn"),
    ("00538", "Huyện Đông Anh"),
    ("00589", "Huyện Gia Lâm"),
    ("00637", "Quận Bắc Từ Liêm"),
    ("00700", "Huyện Thanh Trì"),
    ("05000", "Huyện Thạch Thất"),  # the communes that came from Hòa Bình province in 2008 (Yên Xuân)
    ("09540", "Huyện Mê Linh"),
    ("09571", "Quận Hà Đông"),
    ("09616", "Thị xã Sơn Tây"),
    ("09712", "Huyện Ba Vì"),
    ("09781", "Huyện Phúc Thọ"),
    ("09829", "Huyện Đan Phượng"),
    ("09892", "Huyện Hoài Đức"),
    ("09952", "Huyện Quốc Oai"),
    ("10012", "Huyện Thạch Thất"),
    ("10111", "Huyện Chương Mỹ"),
    ("10180", "Huyện Thanh Oai"),
    ("10270", "Huyện Thường Tín"),
    ("10351", "Huyện Phú Xuyên"),
    ("10438", "Huyện Ứng Hòa"),
    ("99999", "Huyện Mỹ Đức"),
)
_DISTRICT_OF_UNIT = {
    "00592": "Quận Nam Từ Liêm",  # Phường Từ Liêm (Cầu Diễn, Mỹ Đình, Phú Đô)
    "00622": "Quận Nam Từ Liêm",
    "00634": "Quận Nam Từ Liêm",
    "00637": "Quận Nam Từ Liêm",
    "09886": "Quận Hà Đông",  # Phường Dương Nội
}
_HAMLETS = ["Đông", "Đoài", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Cao", "Giang", "Chợ", "Đình", "Tân"]
# Where a commune or ward office's establishments are: its own unit, the other units of its former district
# (its neighbours), anywhere in Hanoi (the rest).
_OWN_UNIT_SHARE = 0.6
_NEIGHBOUR_SHARE = 0.32
_MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


@dataclass(frozen=True)
class DemoSummary:
    establishments: int
    craft_villages: int


def tax_code(rng: random.Random) -> str:
    """A random 10-digit tax code with a valid check digit (DOMAIN.md §4)."""
    while True:
        body = "01" + "".join(str(rng.randrange(10)) for _ in range(7))
        check = 10 - sum(w * int(d) for w, d in zip(_MST_WEIGHTS, body, strict=True)) % 11
        if 0 < check < 10:
            return body + str(check)


def personal_id(rng: random.Random) -> str:
    """A 12-digit personal ID registered in Hanoi (001), born 1955-2004."""
    year = rng.randrange(1955, 2005)
    century_sex = rng.choice((0, 1)) if year < 2000 else rng.choice((2, 3))
    return f"001{century_sex}{year % 100:02d}{rng.randrange(10**6):06d}"


def person(rng: random.Random) -> tuple[str, bool]:
    woman = rng.random() < 0.42
    middle, given = (_MIDDLE_F, _GIVEN_F) if woman else (_MIDDLE_M, _GIVEN_M)
    return f"{rng.choice(_FAMILY)} {rng.choice(middle)} {rng.choice(given)}", woman


def phone(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return "024" + "".join(str(rng.randrange(10)) for _ in range(8))
    return "0" + rng.choice("3579") + "".join(str(rng.randrange(10)) for _ in range(8))


def ensure_office(db: Database) -> Actor:
    """The installation's actor; a demo office is created when the database has none."""
    setup.ensure_reference_data(db)
    actor = installation.current_actor(db)
    return actor if actor is not None else setup.initialize(db, DEMO_OFFICE)


def former_district(unit_code: str) -> str:
    """The district a ward or commune (by its code) belonged to before 1/7/2025; approximate for merged units."""
    own = _DISTRICT_OF_UNIT.get(unit_code)
    if own is not None:
        return own
    index = bisect.bisect_left(_RANGE_ENDS, unit_code)
    return _DISTRICT_RANGES[min(index, len(_DISTRICT_RANGES) - 1)][1]


_RANGE_ENDS = [end for end, _ in _DISTRICT_RANGES]


@dataclass(frozen=True)
class _Area:
    """Where the office's establishments are: its own unit, its neighbours, the whole city."""

    own: str | None
    neighbours: tuple[str, ...]
    city: tuple[str, ...]  # communes listed three times: rural industry is mostly in communes

    def unit(self, rng: random.Random) -> str:
        roll = rng.random()
        if self.own is not None and roll < _OWN_UNIT_SHARE:
            return self.own
        if self.neighbours and roll < _OWN_UNIT_SHARE + _NEIGHBOUR_SHARE:
            return rng.choice(self.neighbours)
        if self.own is not None and not self.neighbours and roll < _OWN_UNIT_SHARE + _NEIGHBOUR_SHARE:
            return self.own
        return rng.choice(self.city)


def _area(units: list[Row[str, str]], level: str | None, unit_code: str | None) -> _Area:
    city = tuple(code for code, kind in units for _ in range(3 if kind != AdminUnitKind.WARD.value else 1))
    codes = {code for code, _ in units}
    if unit_code is None or unit_code not in codes or level == SiteLevel.CITY.value:
        return _Area(None, (), city)
    district = former_district(unit_code)
    neighbours = tuple(code for code, _ in units if code != unit_code and former_district(code) == district)
    if level == SiteLevel.FORMER_DISTRICT.value:  # a district office: its whole former district, evenly
        return _Area(None, (unit_code, *neighbours), city)
    return _Area(unit_code, neighbours, city)


def generate(db: Database, actor: Actor, establishments: int = 500, seed: int = 1) -> Steps[DemoSummary]:
    """Add `establishments` realistic establishments; the same seed gives the same data.

    A commune or ward office gets establishments mostly of its own unit and its neighbours (the units of
    its former district); a city office gets them all over Hanoi.
    """
    rng = random.Random(seed)
    with db.read() as session:
        units = list(session.execute(select(AdminUnit.code, AdminUnit.kind).order_by(AdminUnit.code)))
        villages = list(
            session.execute(
                select(CraftVillage.id, CraftVillage.name, CraftVillage.admin_unit_code, CraftVillage.products)
                .where(CraftVillage.deleted_at.is_(None))
                .order_by(CraftVillage.name)
            )
        )
        sectors = set(session.scalars(select(Sector.code)))
        used = set(session.scalars(select(Establishment.tax_code).where(Establishment.tax_code.is_not(None))))
        site = session.get(Site, actor.site_id)
    area = _area(units, site.level if site else None, site.admin_unit_code if site else None)
    batch = 2000
    with db.session(actor) as session:
        set_reason(session, "Dữ liệu mẫu để dùng thử")
        for start in range(0, establishments, batch):
            records = [
                _establishment(rng, area, villages, sectors, used) for _ in range(min(batch, establishments - start))
            ]
            insert_rows(session, Establishment, records)
            yield Progress(start + len(records), establishments, "Đang tạo dữ liệu mẫu…")
    return DemoSummary(establishments, len(villages))


def _village(
    rng: random.Random, area: _Area, villages: list[Row[str, str, str | None, str]]
) -> tuple[str, Row[str, str, str | None, str] | None]:
    """The establishment's unit and craft village (None when it is in none)."""
    if area.own is None and not area.neighbours:  # a city office: villages anywhere
        if villages and rng.random() < 0.55:
            village = rng.choice(villages)
            if village.admin_unit_code is not None:
                return village.admin_unit_code, village
        return area.unit(rng), None
    unit_code = area.unit(rng)
    here = [v for v in villages if v.admin_unit_code == unit_code]
    if here and rng.random() < 0.6:
        return unit_code, rng.choice(here)
    return unit_code, None


def _establishment(
    rng: random.Random,
    area: _Area,
    villages: list[Row[str, str, str | None, str]],
    sectors: set[str],
    used: set[str | None],
) -> dict[str, object]:
    owner, woman = person(rng)
    unit_code, village = _village(rng, area, villages)
    if village is not None:
        trade = next((t for key, t in _VILLAGE_TRADE.items() if fold(key) in fold(village.products)), "Gốm sứ")
    else:
        trade = rng.choice(list(_TRADES))
    sector, products = _TRADES[trade]
    roll = rng.random()
    if roll < 0.45:
        kind = EstablishmentKind.HOUSEHOLD
        name = f"Hộ kinh doanh {owner}" if rng.random() < 0.5 else f"Cơ sở {trade.lower()} {owner}"
    elif roll < 0.8:
        kind = EstablishmentKind.ENTERPRISE
        form = rng.choice(["Công ty TNHH", "Công ty cổ phần", "Doanh nghiệp tư nhân"])
        name = f"{form} {trade} {rng.choice(_BRAND)}"
    elif roll < 0.93:
        kind = EstablishmentKind.COOPERATIVE
        place = village.name.split(" ", 2)[-1] if village is not None else rng.choice(_BRAND)
        name = f"Hợp tác xã {trade.lower()} {place}"
    else:
        kind = EstablishmentKind.COOPERATIVE_GROUP
        name = f"Tổ hợp tác {trade.lower()} thôn {rng.choice(_HAMLETS)}"
    code = _unique_code(rng, kind, used)
    hamlet = f"Thôn {rng.choice(_HAMLETS)}" if rng.random() < 0.8 else f"Xóm {rng.randrange(1, 15)}"
    return dict(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        name=name,
        kind=kind.value,
        tax_code=code,
        representative=owner,
        representative_title="Chủ hộ" if kind is EstablishmentKind.HOUSEHOLD else "Giám đốc",
        phone=phone(rng),
        email="",
        address=f"Số {rng.randrange(1, 200)}",
        village=hamlet,
        admin_unit_code=unit_code,
        former_district=former_district(unit_code),
        craft_village_id=village.id if village is not None else None,
        sector_code=sector if sector in sectors else None,
        trade=trade,
        products=", ".join(rng.sample(products, k=min(2, len(products)))),
        employees=rng.choice([rng.randrange(2, 15), rng.randrange(10, 60), rng.randrange(50, 300)]),
        women_owned=woman,
        ethnic_minority_owned=rng.random() < 0.03,
        latitude=None,
        longitude=None,
        notes="",
    )


def _unique_code(rng: random.Random, kind: EstablishmentKind, used: set[str | None]) -> str | None:
    if rng.random() < 0.05:
        return None  # some household businesses have not registered yet
    while True:
        if kind is EstablishmentKind.HOUSEHOLD and rng.random() < 0.6:
            code = personal_id(rng)
        elif rng.random() < 0.08:
            code = f"{tax_code(rng)}-{rng.randrange(1, 20):03d}"
        else:
            code = tax_code(rng)
        if code not in used:
            used.add(code)
            return code
