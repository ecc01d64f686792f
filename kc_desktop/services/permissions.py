"""Who may do what: actions that need a role (officer, office head, city administrator), and the check
every service runs before it does them.

The table is the one source: services call `require`, the GUI asks `allowed` to disable a button
and shows `refusal` as its tooltip.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from kc_desktop.domain.enums import Role
from kc_desktop.errors import PermissionDenied

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kc_desktop.db.changelog import Actor
    from kc_desktop.db.engine import Database


class Action(StrEnum):
    FINALIZE = "finalize"  # give a record its official number and freeze it
    CORRECT_FINALIZED = "correct_finalized"  # start a correction of finalized minutes
    TRUST_SITE = "trust_site"  # trust or revoke another site's key (an office's, the city's)
    PUBLISH_REFERENCE = "publish_reference"  # reference packages, support limits, receipts
    RESOLVE_CONFLICT = "resolve_conflict"  # decide between two versions of a record
    MANAGE_ACCOUNTS = "manage_accounts"  # add officers, unlock, reset passwords, change roles
    VIEW_AUDIT = "view_audit"  # read the history of changes
    SET_BACKUP_PASSPHRASE = "set_backup_passphrase"  # choose the passphrase that opens the office's backups
    SET_MINUTES_SYMBOL = "set_minutes_symbol"  # choose the symbol of the office's minutes' numbers (BB-TTKC)


_EVERYONE = frozenset(Role)
_HEADS = frozenset({Role.HEAD, Role.CITY_ADMIN})
_CITY = frozenset({Role.CITY_ADMIN})

# action -> (roles allowed, what an officer without the right is told)
RULES: dict[Action, tuple[frozenset[Role], str]] = {
    Action.FINALIZE: (_EVERYONE, "Tài khoản này không được hoàn tất biên bản."),
    Action.CORRECT_FINALIZED: (
        _HEADS, "Chỉ lãnh đạo đơn vị mới được sửa biên bản đã hoàn tất (lập bản đính chính)."),
    Action.TRUST_SITE: (
        _HEADS, "Chỉ lãnh đạo đơn vị (hoặc quản trị của Sở) mới được tin cậy hay thu hồi khóa của đơn vị khác."),
    Action.PUBLISH_REFERENCE: (
        _CITY, "Chỉ quản trị của Sở mới được phát hành danh mục, mức hỗ trợ và biên nhận cho các đơn vị."),
    Action.RESOLVE_CONFLICT: (_HEADS, "Chỉ lãnh đạo đơn vị mới được quyết định giữ bản nào khi có xung đột."),
    Action.MANAGE_ACCOUNTS: (
        _HEADS, "Chỉ lãnh đạo đơn vị mới được quản lý tài khoản (thêm cán bộ, mở khóa, đặt lại mật khẩu)."),
    Action.VIEW_AUDIT: (_EVERYONE, "Tài khoản này không được xem nhật ký thay đổi."),
    Action.SET_BACKUP_PASSPHRASE: (_HEADS, "Chỉ lãnh đạo đơn vị mới được đặt hoặc đổi mật khẩu sao lưu."),
    Action.SET_MINUTES_SYMBOL: (_HEADS, "Chỉ lãnh đạo đơn vị mới được chọn ký hiệu số biên bản của đơn vị."),
}


def allowed(role: str | None, action: Action | str) -> bool:
    """Whether an officer of this role may do the action (an unknown role may do nothing)."""
    parsed = Role.parse(role) if role else None
    roles, _ = RULES[Action(action)]
    return parsed is not None and parsed in roles


def refusal(action: Action | str) -> str:
    """The sentence an officer without the right reads (a tooltip, an error)."""
    return RULES[Action(action)][1]


def check(role: str | None, action: Action | str) -> None:
    if not allowed(role, action):
        raise PermissionDenied(refusal(action))


def role_of(where: Session | Database, officer_id: str) -> str | None:
    """The role of an officer, read in the given session or a short one of the database."""
    from sqlalchemy.orm import Session

    from kc_desktop.db.models import Officer

    if isinstance(where, Session):
        with where.no_autoflush:
            officer = where.get(Officer, officer_id)
        return officer.role if officer is not None and officer.deleted_at is None else None
    with where.read() as session:
        return role_of(session, officer_id)


def require(where: Session | Database, actor: Actor | None, action: Action | str) -> None:
    """Refuse with a clear sentence unless the acting officer's role allows the action.

    `actor` None means the session's actor, or else the installation's current officer (the
    command line acts as that officer).
    """
    officer_id = actor.officer_id if actor is not None else _default_officer(where)
    check(role_of(where, officer_id) if officer_id else None, action)


def _default_officer(where: Session | Database) -> str | None:
    from sqlalchemy.orm import Session

    from kc_desktop.db.changelog import ACTOR_KEY
    from kc_desktop.db.models import AppSetting
    from kc_desktop.services.installation import CURRENT_OFFICER, current_actor

    if isinstance(where, Session):
        actor = where.info.get(ACTOR_KEY)
        if actor is not None:
            return str(actor.officer_id)
        setting = where.get(AppSetting, CURRENT_OFFICER)
        return setting.value if setting is not None else None
    current = current_actor(where)
    return current.officer_id if current is not None else None
