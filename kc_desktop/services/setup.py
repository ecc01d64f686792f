"""First run: the office's identity, its officer, and the reference data every office needs."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.base import BUILTIN_SITE_ID, builtin_id, new_id
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AdminUnit, AppSetting, CraftVillage, Officer, Sector, Site, SupportKind
from kc_desktop.domain.enums import AdminUnitKind, Role, SiteLevel
from kc_desktop.domain.text import fold, nfc
from kc_desktop.errors import ValidationFailed
from kc_desktop.services.installation import CURRENT_OFFICER, office_info

HANOI = 1
REFERENCE_VERSION = "reference_version"


@dataclass(frozen=True)
class SiteIdentity:
    """Who this installation is: the office (site) and the officer who set it up."""

    code: str
    name: str
    level: str
    admin_unit_code: str | None
    officer_name: str
    officer_title: str = ""


def _reference_files() -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Each file holds one list of items under its own name."""
    names = ("sectors", "support_kinds", "craft_villages")
    return {name: json.loads(paths.resource("reference", f"{name}.json").read_text("utf-8")) for name in names}


def _reference_version() -> str:
    files = _reference_files()
    payload = json.dumps([files["sectors"], files["support_kinds"]], sort_keys=True).encode()
    return hashlib.sha256(payload).hexdigest()[:16]


def ensure_reference_data(db: Database) -> None:
    """Load wards/communes, sector groups and kinds of support when missing or changed."""
    with db.session() as session:
        stored = session.get(AppSetting, REFERENCE_VERSION)
        units = session.scalar(select(func.count()).select_from(AdminUnit))
        version = _reference_version()
        if stored is not None and stored.value == version and units:
            return
        _load_admin_units(session)
        files = _reference_files()
        _replace(session, Sector, files["sectors"]["sectors"])
        _replace(session, SupportKind, files["support_kinds"]["support_kinds"])
        session.merge(AppSetting(key=REFERENCE_VERSION, value=version))


def _load_admin_units(session: Session) -> None:
    from vietnam_provinces import Ward  # only when the units are (re)loaded: importing it costs ~35 ms

    existing = set(session.scalars(select(AdminUnit.code)))
    kinds = {"phường": AdminUnitKind.WARD, "xã": AdminUnitKind.COMMUNE, "đặc khu": AdminUnitKind.SPECIAL_ZONE}
    for ward in Ward.iter_all():
        if int(ward.province_code) != HANOI:
            continue
        code = f"{int(ward.code):05d}"
        if code in existing:
            continue
        session.add(
            AdminUnit(
                code=code,
                name=ward.name,
                kind=kinds[ward.division_type.value].value,
                province_code=HANOI,
                name_folded=fold(ward.name),
            )
        )


_Reference = TypeVar("_Reference", Sector, SupportKind)


def _replace(session: Session, model: type[_Reference], items: object) -> None:
    assert isinstance(items, list)
    existing = {row.code: row for row in session.scalars(select(model))}
    for position, item in enumerate(items):
        row = existing.pop(item["code"], None) or model(code=item["code"])
        row.name, row.decree, row.position = item["name"], item["decree"], position
        session.add(row)
    # Codes dropped from the reference file stay if establishments use them.
    for code in existing:
        session.execute(delete(model).where(model.code == code).execution_options(synchronize_session=False))


def initialize(db: Database, identity: SiteIdentity) -> Actor:
    """Create this installation's site and officer; seed craft villages. Once per database."""
    errors: dict[str, str] = {}
    code = nfc(identity.code).upper()
    if not code or not code.replace("-", "").replace("_", "").isalnum():
        errors["code"] = "Mã đơn vị chỉ gồm chữ và số, không để trống (ví dụ BT01)."
    if not nfc(identity.name):
        errors["name"] = "Chưa nhập tên đơn vị."
    if SiteLevel.parse(identity.level) is None:
        errors["level"] = "Cấp đơn vị không hợp lệ."
    if not nfc(identity.officer_name):
        errors["officer_name"] = "Chưa nhập họ tên cán bộ."
    if errors:
        raise ValidationFailed(errors)
    ensure_reference_data(db)
    if office_info(db) is not None:
        raise ValidationFailed({"code": "Cơ sở dữ liệu này đã có thông tin đơn vị."})
    actor = Actor(site_id=new_id(), officer_id=new_id())
    with db.session(actor) as session:
        if identity.admin_unit_code and session.get(AdminUnit, identity.admin_unit_code) is None:
            raise ValidationFailed({"admin_unit_code": f"Không có xã/phường mã {identity.admin_unit_code}."})
        session.add(
            Site(
                id=actor.site_id,
                code=code,
                name=nfc(identity.name),
                level=SiteLevel.parse(identity.level).value,  # type: ignore[union-attr]
                admin_unit_code=identity.admin_unit_code or None,
                is_self=True,
            )
        )
        session.flush()  # no relationship() tells the unit of work that officers need their site first
        session.add(
            Officer(
                id=actor.officer_id,
                site_id=actor.site_id,
                name=nfc(identity.officer_name),
                title=nfc(identity.officer_title),
                # Whoever sets the installation up runs it: the office's head, or the city's administrator.
                role=first_role(identity.level),
            )
        )
        session.add(AppSetting(key=CURRENT_OFFICER, value=actor.officer_id))
        for item in _reference_files()["craft_villages"]["craft_villages"]:
            session.add(
                CraftVillage(
                    id=builtin_id("craft_village", f"{item['admin_unit_code']}:{item['name']}"),
                    origin_site_id=BUILTIN_SITE_ID,
                    name=item["name"],
                    admin_unit_code=item["admin_unit_code"],
                    products=item.get("products", ""),
                    recognised=bool(item.get("recognised")),
                )
            )
    from kc_desktop.services import templates  # the forms package is heavier; only needed once

    templates.install_defaults(db, actor)
    return actor


def first_role(level: str) -> str:
    """The role of the officer who sets an installation up (and of its first account)."""
    return Role.CITY_ADMIN.value if SiteLevel.parse(level) is SiteLevel.CITY else Role.HEAD.value

