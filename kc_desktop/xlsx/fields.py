"""Establishment columns of office spreadsheets: their captions, cell conversions and reference look-ups."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.models import AdminUnit, CraftVillage, Sector
from kc_desktop.domain.enums import EstablishmentKind
from kc_desktop.domain.establishment import LABELS
from kc_desktop.domain.text import fold, nfc, tokens
from kc_desktop.errors import InvalidValue
from kc_desktop.xlsx.reader import IGNORED, Captions, cell_text, is_blank

# Captions officers write over each column; the first is the one named in messages, and
# LABELS (what the export writes) is always recognised so that an export imports back.
_VARIANTS: dict[str, list[str]] = {
    "name": ["Tên cơ sở", "Tên doanh nghiệp", "Tên cơ sở CNNT", "Tên đơn vị", "Tên cơ sở sản xuất",
             "Tên cơ sở công nghiệp nông thôn", "Tên DN", "Tên hộ kinh doanh", "Tên HKD", "Tên HTX",
             "Tên hợp tác xã", "Tên cơ sở/doanh nghiệp", "Tên doanh nghiệp/cơ sở", "Tên tổ chức, cá nhân",
             "Cơ sở", "Tên"],
    "tax_code": ["Mã số thuế", "MST", "Mã số DN", "Mã số doanh nghiệp", "Số định danh", "CCCD", "Số CCCD",
                 "MST/CCCD", "MST/Số định danh", "CMND/CCCD", "Số CMND/CCCD", "Mã số"],
    "representative": ["Người đại diện", "Chủ cơ sở", "Họ tên chủ cơ sở", "Họ và tên chủ cơ sở",
                       "Người đại diện theo pháp luật", "Người đại diện pháp luật", "Họ tên người đại diện",
                       "Họ và tên người đại diện", "Đại diện", "Chủ hộ", "Họ tên chủ hộ", "Chủ hộ kinh doanh",
                       "Chủ doanh nghiệp"],
    "representative_title": ["Chức vụ", "Chức danh", "Chức vụ người đại diện"],
    "phone": ["Điện thoại", "SĐT", "Số điện thoại", "ĐT", "Số ĐT", "ĐT liên hệ", "Di động", "Tel"],
    "email": ["Email", "E-mail", "Mail", "Thư điện tử", "Địa chỉ email", "Địa chỉ thư điện tử"],
    "address": ["Địa chỉ", "Địa chỉ chi tiết", "Địa chỉ trụ sở", "Địa chỉ cơ sở", "Số nhà, đường", "Trụ sở"],
    "village": ["Thôn", "Thôn, xóm", "Thôn/xóm", "Xóm", "Tổ dân phố", "Thôn, tổ dân phố", "TDP", "Thôn/TDP",
                "Khu dân cư"],
    "admin_unit_code": ["Xã/Phường", "Xã, phường", "Phường/Xã", "Xã", "Phường", "Đơn vị hành chính",
                        "Tên đơn vị hành chính", "Tên xã", "Tên phường",
                        "Xã/Phường/Đặc khu", "Tên xã/phường", "Xã/Phường mới", "ĐVHC"],
    "former_district": ["Huyện", "Quận/Huyện (cũ)", "Quận/Huyện", "Quận, huyện", "Huyện cũ", "Quận huyện cũ",
                        "Huyện/Quận", "Quận", "Thị xã", "Quận/Huyện/Thị xã", "Quận/Huyện/Thị xã cũ"],
    "kind": ["Loại hình", "Loại hình doanh nghiệp", "Loại hình cơ sở", "Loại hình tổ chức", "Loại"],
    "trade": ["Ngành nghề", "Ngành nghề sản xuất", "Ngành nghề kinh doanh", "Lĩnh vực", "Lĩnh vực sản xuất",
              "Nghề", "Ngành"],
    "sector_code": ["Nhóm ngành", "Nhóm ngành nghề", "Nhóm ngành CNNT", "Nhóm ngành khuyến công"],
    "craft_village_id": ["Làng nghề", "Thuộc làng nghề", "Tên làng nghề"],
    "products": ["Sản phẩm", "Sản phẩm chính", "Sản phẩm chủ yếu", "Mặt hàng", "Mặt hàng chính", "Tên sản phẩm"],
    "employees": ["Số lao động", "Lao động", "Số lượng lao động", "Tổng số lao động", "Số LĐ", "LĐ"],
    "women_owned": ["Chủ là nữ", "Nữ làm chủ", "Do nữ làm chủ", "Chủ DN là nữ", "Chủ doanh nghiệp là nữ",
                    "Chủ hộ là nữ", "Nữ chủ cơ sở"],
    "ethnic_minority_owned": ["Dân tộc thiểu số", "DTTS", "Chủ là người dân tộc thiểu số", "Chủ là người DTTS",
                              "Chủ cơ sở là người DTTS", "Chủ là DTTS", "Chủ cơ sở là DTTS", "DTTS làm chủ",
                              "Người DTTS làm chủ"],
    "latitude": ["Vĩ độ"],
    "longitude": ["Kinh độ"],
    "notes": ["Ghi chú", "Ghi chú khác"],
    IGNORED: ["STT", "TT", "Số TT", "Số thứ tự"],
}
for _name, _label in LABELS.items():
    if _label not in _VARIANTS[_name]:
        _VARIANTS[_name].append(_label)
CAPTIONS = Captions(_VARIANTS)

TEXT_FIELDS = ("name", "representative", "representative_title", "email", "address", "village",
               "former_district", "trade", "products", "notes")
FLAG_FIELDS = ("women_owned", "ethnic_minority_owned")

_YES = {"x", "co", "1", "true", "yes", "y", "v", "dung", "nu", "dtts", "\u2713", "\u2714", "\u2611"}
_NO = {"0", "khong", "false", "no", "n", "k", "-"}
_UNIT_PREFIXES = (("xa",), ("phuong",), ("p",), ("x",), ("dac", "khu"), ("tt",), ("thi", "tran"))
_VILLAGE_PREFIXES = (("lang", "nghe"), ("lang",))
# What offices write in a tax code or phone cell that has none ("-", "Chưa có", "Không").
_PLACEHOLDERS = {"-", "--", "---", "/", "0", "k", "ko", "khong", "khong co", "chua", "chua co", "chua dang ky",
                 "n/a", "na", "none"}
_THOUSANDS = re.compile(r"^[0-9]{1,3}([.,][0-9]{3})+$")
_KIND_STARTS = (
    (EstablishmentKind.COOPERATIVE_GROUP, ("to hop tac", "tht")),
    (EstablishmentKind.COOPERATIVE, ("hop tac xa", "htx")),
    (EstablishmentKind.ENTERPRISE, ("cong ty", "cty", "doanh nghiep", "dntn", "dn", "tnhh", "co phan")),
    (EstablishmentKind.HOUSEHOLD, ("ho kinh doanh", "hkd", "ho ca the", "ho gia dinh", "ho san xuat", "ho", "co so",
                                     "ca nhan")),
)


def text_of(value: object) -> str:
    """A text field from a cell: numbers without '.0', dates as dd/mm/yyyy; clean() makes text NFC."""
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    return nfc(cell_text(value))


def is_empty(value: object) -> bool:
    """A blank cell, or one saying there is nothing ("-", "Chưa có", "Không")."""
    if is_blank(value):
        return True
    return isinstance(value, str) and len(value) < 20 and fold(value).strip(" .") in _PLACEHOLDERS


def is_empty_code(value: object) -> bool:
    """A tax code or phone cell with nothing in it; a 0 there is a placeholder too."""
    return is_empty(value) or (isinstance(value, int | float) and not isinstance(value, bool) and value == 0)


def flag_of(value: object) -> bool:
    """'x', 'có', 1, TRUE... -> True; blank, 'không', 0 -> False; anything else is refused."""
    if isinstance(value, bool):
        return value
    if is_blank(value):
        return False
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
    else:
        key = fold(cell_text(value)).strip(" .")
        if key in _YES:
            return True
        if key in _NO:
            return False
    raise InvalidValue(f"Không hiểu «{cell_text(value)}»: ghi «x» nếu có, để trống nếu không.")


def count_of(value: object) -> int | None:
    """A head count: 12, 12.0, '12', '1.200', '12 người'."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise InvalidValue(f"«{value}» không phải là số nguyên.")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = cell_text(value)
        digits = re.sub(r"\s*(người|nguoi)\s*$", "", text, flags=re.IGNORECASE).strip()
        if _THOUSANDS.match(digits):
            digits = re.sub(r"[.,]", "", digits)
        if not digits.isdecimal():  # isdigit() would let "²" through, which int() refuses
            raise InvalidValue(f"«{text}» không phải là số nguyên.")
        number = int(digits)
    if number < 0:
        raise InvalidValue(f"«{value}» là số âm.")
    return number


def coordinate_of(value: object) -> float | None:
    if is_blank(value):
        return None
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        return float(cell_text(value).replace(",", "."))
    except (ValueError, OverflowError):  # OverflowError: an integer of hundreds of digits
        raise InvalidValue(f"«{cell_text(value)}» không phải là số.") from None


def kind_of(value: object) -> str | None:
    """A kind of establishment from its label, code or usual words ('Công ty TNHH', 'HTX', 'hộ cá thể')."""
    parsed = EstablishmentKind.parse(value)
    if parsed is not None:
        return parsed.value
    words = " ".join(tokens(cell_text(value)))
    for kind, starts in _KIND_STARTS:
        if any(words == start or words.startswith(start + " ") for start in starts):
            return kind.value
    return None


def kind_from_name(name: str) -> str:
    """The kind a new establishment most likely is, from the words its name starts with."""
    words = " ".join(tokens(name))
    for kind, starts in _KIND_STARTS[:3]:
        if any(words.startswith(start + " ") for start in starts):
            return kind.value
    return EstablishmentKind.HOUSEHOLD.value


def _word(text: str) -> re.Pattern[str]:
    """A pattern finding `text` as whole words."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


def _without_prefix(words: list[str], prefixes: tuple[tuple[str, ...], ...]) -> str | None:
    for prefix in prefixes:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            return " ".join(words[len(prefix) :])
    return None


@dataclass
class Lookups:
    """Reference data of one import, loaded once: names -> codes of wards/communes, craft villages, sectors."""

    units: dict[str, str | None] = field(default_factory=dict)  # folded name -> code (None when ambiguous)
    unit_codes: set[str] = field(default_factory=set)
    unit_names: dict[str, str] = field(default_factory=dict)
    villages: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)  # key -> [(id, unit)]
    sectors: dict[str, str] = field(default_factory=dict)
    # (pattern with accents, pattern without, length, sector code), in the reference file's order
    keywords: list[tuple[re.Pattern[str], re.Pattern[str], int, str]] = field(default_factory=list)
    keep: list[object] = field(default_factory=list)
    _guesses: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> Lookups:
        self = cls()
        units = list(session.scalars(select(AdminUnit)))
        villages = list(session.scalars(select(CraftVillage)))
        sectors = list(session.scalars(select(Sector).order_by(Sector.position)))
        # Held so that check_references() finds them in the session's identity map, without a query per row.
        self.keep = [*units, *villages, *sectors]
        bare: dict[str, list[str]] = {}
        for unit in units:
            self.unit_codes.add(unit.code)
            self.unit_names[unit.code] = unit.name
            words = tokens(unit.name)
            self.units[" ".join(words)] = unit.code
            short = _without_prefix(words, _UNIT_PREFIXES)
            if short:
                bare.setdefault(short, []).append(unit.code)
        for short, codes in bare.items():
            self.units.setdefault(short, codes[0] if len(codes) == 1 else None)
        # Live villages first: a deleted one is only found when nothing else has the name.
        for village in sorted(villages, key=lambda v: v.deleted_at is not None):
            words = tokens(village.name)
            for key in {" ".join(words), _without_prefix(words, _VILLAGE_PREFIXES)}:
                if key:
                    self.villages.setdefault(key, []).append((village.id, village.admin_unit_code))
        for sector in sectors:
            self.sectors[" ".join(tokens(sector.name))] = sector.code
            self.sectors[sector.code] = sector.code
        reference = json.loads(paths.resource("reference", "sectors.json").read_text("utf-8"))
        known = {sector.code for sector in sectors}
        for item in reference["sectors"]:
            if item["code"] in known:
                for keyword in item.get("keywords", ()):
                    word = nfc(keyword).lower()
                    self.keywords.append((_word(word), _word(fold(word)), len(word), item["code"]))
        return self

    def unit(self, value: object) -> str:
        """The code of a ward/commune written as a name ('Xã Bát Tràng', 'bat trang', 'P. Hà Đông') or code."""
        if isinstance(value, int) and not isinstance(value, bool):  # not float(value): it may be too large
            value = f"{value:05d}"
        elif isinstance(value, float) and value.is_integer():
            value = f"{int(value):05d}"
        text = cell_text(value)
        if text.isdigit() and len(text) <= 5 and text.zfill(5) in self.unit_codes:
            return text.zfill(5)
        for candidate in (text, re.sub(r"\([^)]*\)", " ", text), re.split(r"[,;\-–]", text)[0]):
            words = tokens(candidate)
            for key in (" ".join(words), _without_prefix(words, _UNIT_PREFIXES)):
                if key and key in self.units:
                    code = self.units[key]
                    if code is None:
                        raise InvalidValue(f"Có nhiều xã/phường tên «{text}»; hãy ghi rõ «Xã …» hoặc «Phường …».")
                    return code
        raise InvalidValue(f"Không có xã/phường «{text}» trong danh mục xã/phường hiện nay của Hà Nội.")

    def village(self, value: object, unit_code: str | None) -> str:
        """The id of a craft village written by name, with or without the word 'Làng'."""
        text = cell_text(value)
        words = tokens(text)
        for key in (" ".join(words), _without_prefix(words, _VILLAGE_PREFIXES)):
            found = self.villages.get(key or "")
            if found:
                same_unit = [vid for vid, unit in found if unit == unit_code]
                return same_unit[0] if same_unit else found[0][0]
        raise InvalidValue(f"Không có làng nghề «{text}» trong danh mục làng nghề.")

    def sector(self, value: object) -> str | None:
        """The code of a sector group written by name or code; else guessed from its words."""
        text = cell_text(value)
        key = " ".join(tokens(text))
        return self.sectors.get(key) or self.sectors.get(text) or self.guess_sector(text)

    def guess_sector(self, text: str) -> str | None:
        """The sector group whose keyword best matches a trade ('Gốm sứ' -> handicrafts); None if none does.

        Accents matter when the text has them ('máy' is a machine, 'may' is sewing).
        """
        if text not in self._guesses:
            lowered = nfc(text).lower()
            accented = lowered != fold(lowered)
            best: tuple[int, int] = (0, 0)
            found: str | None = None
            for position, (with_accents, without, length, code) in enumerate(self.keywords):
                pattern = with_accents if accented else without
                if length > best[0] and pattern.search(lowered if accented else fold(lowered)):
                    best, found = (length, -position), code
            self._guesses[text] = found
        return self._guesses[text]
