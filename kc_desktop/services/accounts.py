"""Officers' accounts on this installation: sign-in with a lock after repeated wrong passwords, the first
account, officers added by the head, unlocking, password changes and roles.

Accounts are local: they never travel in a package. Every change to one is audited in the change
log (a password appears there only as "changed", never as a hash).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor, record_event, set_reason
from kc_desktop.db.engine import Database
from kc_desktop.db.models import AppSetting, Officer, Site
from kc_desktop.db.models_accounts import Account
from kc_desktop.domain.enums import Role, SiteLevel
from kc_desktop.domain.text import nfc
from kc_desktop.errors import AccountLocked, KCError, NotFound, SignInFailed, ValidationFailed
from kc_desktop.services import installation, passwords, setup
from kc_desktop.services.permissions import Action, require, role_of

MAX_FAILURES = 5
LOCK_MINUTES = 15
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
_HIDDEN = "(đã đổi)"


@dataclass(frozen=True)
class AccountRow:
    officer_id: str
    officer_name: str
    title: str
    role: str
    username: str
    active: bool
    locked_until: dt.datetime | None
    failed_attempts: int
    last_sign_in_at: dt.datetime | None

    def locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def username_key(username: str) -> str:
    return nfc(username).lower()


def check_username(username: str) -> str:
    key = username_key(username)
    if not _USERNAME.match(key):
        raise ValidationFailed({"username": "Tên đăng nhập gồm 3–64 chữ không dấu, số, dấu chấm, gạch dưới hoặc "
                                            "gạch ngang, bắt đầu bằng chữ hoặc số (ví dụ an.nguyen)."})
    return key


def count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Account)) or 0


def needs_first_account(db: Database) -> bool:
    """An installation set up before accounts existed (or by `kc-desktop init`): ask for one at start."""
    return installation.office_info(db) is not None and count(db) == 0


def _when(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%H:%M} ngày {moment.astimezone():%d/%m/%Y}"


def _locked_message(account: Account) -> str:
    assert account.locked_until is not None
    return (f"Tài khoản «{account.username}» bị khóa đến {_when(account.locked_until)} vì nhập sai mật khẩu "
            f"{MAX_FAILURES} lần liên tiếp. Hãy thử lại sau thời điểm đó, hoặc nhờ lãnh đạo đơn vị mở khóa.")


def authenticate(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """Who signs in, or SignInFailed / AccountLocked with a sentence to show. Wrong passwords count;
    the fifth in a row locks the account for 15 minutes."""
    now = now or utcnow()
    key = username_key(username)
    failure: SignInFailed | None = None
    with db.session() as session:
        account = session.scalars(select(Account).where(Account.username == key)).first()
        site_id = own_site_id(session)
        if account is None or site_id is None:
            passwords.burn(password)  # as slow as a wrong password: the answer does not tell names apart
            raise SignInFailed("Sai tên đăng nhập hoặc mật khẩu.")
        if account.locked_until is not None and account.locked_until > now:
            raise AccountLocked(_locked_message(account))
        if not passwords.verify_password(password, account.password_hash):
            failure = _count_failure(session, account, now)
        elif not account.active or _officer(session, account.officer_id) is None:
            failure = SignInFailed("Tài khoản này đã ngừng hoạt động; hãy hỏi lãnh đạo đơn vị.")
        else:
            account.failed_attempts, account.locked_until, account.last_sign_in_at = 0, None, now
            if passwords.needs_rehash(account.password_hash):  # the cost was raised since this hash was made
                account.password_hash = passwords.hash_password(password)
            return Actor(site_id, account.officer_id)
    raise failure  # after the commit: the failed attempt (and a lock) is kept


def _count_failure(session: Session, account: Account, now: dt.datetime) -> SignInFailed:
    account.failed_attempts += 1
    if account.failed_attempts >= MAX_FAILURES:
        account.failed_attempts, account.locked_until = 0, now + dt.timedelta(minutes=LOCK_MINUTES)
        record_event(session, "account", account.officer_id, {"locked_until": [None, account.locked_until.isoformat()]},
                     f"Khóa tự động sau {MAX_FAILURES} lần nhập sai mật khẩu", changed_by="")
        return AccountLocked(_locked_message(account))
    left = MAX_FAILURES - account.failed_attempts
    warning = f" Nhập sai thêm {left} lần nữa, tài khoản sẽ bị khóa {LOCK_MINUTES} phút." if left <= 2 else ""
    return SignInFailed("Sai tên đăng nhập hoặc mật khẩu." + warning)


def own_site_id(session: Session) -> str | None:
    return session.scalar(select(Site.id).where(Site.is_self.is_(True)))


def _officer(session: Session, officer_id: str) -> Officer | None:
    officer = session.get(Officer, officer_id)
    return officer if officer is not None and officer.deleted_at is None else None


def _new_account(session: Session, officer_id: str, username: str, password: str) -> Account:
    key = check_username(username)
    passwords.check_rules(password, username=key)
    if session.scalar(select(Account.officer_id).where(Account.username == key)) is not None:
        raise ValidationFailed({"username": f"Tên đăng nhập «{key}» đã có người dùng."})
    if session.get(Account, officer_id) is not None:
        raise KCError("Cán bộ này đã có tài khoản.")
    now = utcnow()
    account = Account(officer_id=officer_id, username=key, password_hash=passwords.hash_password(password),
                      failed_attempts=0, created_at=now, password_changed_at=now, active=True)
    session.add(account)
    return account


def create_first_account(db: Database, username: str, password: str, confirm: str | None = None) -> Actor:
    """The first account of an installation, for its current officer, who runs it from now on (head of
    the office, or administrator in city mode). Refused once any account exists."""
    passwords.check_rules(password, confirm, username)
    office = installation.office_info(db)
    if office is None:
        raise KCError("Cơ sở dữ liệu chưa có thông tin đơn vị; hãy thiết lập đơn vị trước.")
    actor = Actor(office.site_id, office.officer_id)
    with db.session(actor) as session:
        if session.scalar(select(func.count()).select_from(Account)):
            raise KCError("Đã có tài khoản trên máy này; hãy đăng nhập.")
        set_reason(session, "Tạo tài khoản đầu tiên của máy")
        _new_account(session, office.officer_id, username, password)
        officer = _officer(session, office.officer_id)
        role = setup.first_role(office.level)
        if officer is not None and officer.role != role:
            officer.role = role
        record_event(session, "account", office.officer_id, {"username": [None, username_key(username)]})
        session.merge(AppSetting(key=installation.CURRENT_OFFICER, value=office.officer_id))
    return actor


def add_officer(db: Database, actor: Actor, name: str, title: str, role: str, username: str, password: str,
                confirm: str | None = None) -> str:
    """A new officer of this office with an account; only a head (or the city's administrator) may."""
    errors: dict[str, str] = {}
    if not nfc(name):
        errors["name"] = "Chưa nhập họ tên cán bộ."
    parsed = Role.parse(role)
    if parsed is None:
        errors["role"] = "Vai trò không hợp lệ."
    if errors:
        raise ValidationFailed(errors)
    passwords.check_rules(password, confirm, username)
    with db.session(actor) as session:
        require(session, actor, Action.MANAGE_ACCOUNTS)
        _check_role_here(session, parsed, actor)  # type: ignore[arg-type]
        set_reason(session, "Thêm cán bộ và tài khoản")
        officer = Officer(site_id=actor.site_id, name=nfc(name), title=nfc(title), role=parsed.value)  # type: ignore[union-attr]
        session.add(officer)
        session.flush()
        _new_account(session, officer.id, username, password)
        record_event(session, "account", officer.id, {"username": [None, username_key(username)]})
        return officer.id


def _check_role_here(session: Session, role: Role, actor: Actor) -> None:
    """Administrators exist only in city mode, and only an administrator makes another."""
    if role is not Role.CITY_ADMIN:
        return
    level = session.scalar(select(Site.level).where(Site.is_self.is_(True)))
    if level != SiteLevel.CITY.value:
        raise ValidationFailed({"role": "Vai trò «Quản trị của Sở» chỉ có ở cơ sở dữ liệu của Sở."})
    if role_of(session, actor.officer_id) != Role.CITY_ADMIN.value:
        raise ValidationFailed({"role": "Chỉ quản trị của Sở mới giao được vai trò quản trị."})


def _account(session: Session, officer_id: str) -> Account:
    account = session.get(Account, officer_id)
    if account is None:
        raise NotFound("Cán bộ này chưa có tài khoản.")
    return account


def unlock(db: Database, actor: Actor, officer_id: str) -> None:
    with db.session(actor) as session:
        require(session, actor, Action.MANAGE_ACCOUNTS)
        account = _account(session, officer_id)
        was = account.locked_until
        account.failed_attempts, account.locked_until = 0, None
        record_event(session, "account", officer_id,
                     {"locked_until": [was.isoformat() if was else None, None]}, "Lãnh đạo đơn vị mở khóa")


def reset_password(db: Database, actor: Actor, officer_id: str, password: str, confirm: str | None = None) -> None:
    """A head gives an officer a new password (forgotten); the account is unlocked too."""
    with db.session(actor) as session:
        require(session, actor, Action.MANAGE_ACCOUNTS)
        account = _account(session, officer_id)
        passwords.check_rules(password, confirm, account.username)
        _set_password(session, account, password, "Lãnh đạo đơn vị đặt lại mật khẩu")


def change_password(db: Database, actor: Actor, old: str, new: str, confirm: str | None = None) -> None:
    """An officer changes their own password, giving the current one."""
    with db.session(actor) as session:
        account = _account(session, actor.officer_id)
        if not passwords.verify_password(old, account.password_hash):
            raise ValidationFailed({"old": "Mật khẩu hiện tại không đúng."})
        passwords.check_rules(new, confirm, account.username)
        _set_password(session, account, new, "Tự đổi mật khẩu")


def _set_password(session: Session, account: Account, password: str, reason: str) -> None:
    account.password_hash = passwords.hash_password(password)
    account.password_changed_at = utcnow()
    account.failed_attempts, account.locked_until = 0, None
    record_event(session, "account", account.officer_id, {"password": [_HIDDEN, _HIDDEN]}, reason)


def set_role(db: Database, actor: Actor, officer_id: str, role: str) -> None:
    parsed = Role.parse(role)
    if parsed is None:
        raise ValidationFailed({"role": "Vai trò không hợp lệ."})
    if officer_id == actor.officer_id:
        raise KCError("Không tự đổi vai trò của chính mình; hãy nhờ một lãnh đạo khác.")
    with db.session(actor) as session:
        require(session, actor, Action.MANAGE_ACCOUNTS)
        _check_role_here(session, parsed, actor)
        officer = _officer(session, officer_id)
        if officer is None or officer.site_id != actor.site_id:
            raise NotFound("Không có cán bộ này ở đơn vị.")
        set_reason(session, "Đổi vai trò cán bộ")
        officer.role = parsed.value


def set_active(db: Database, actor: Actor, officer_id: str, active: bool) -> None:
    if officer_id == actor.officer_id and not active:
        raise KCError("Không tự ngừng tài khoản của chính mình.")
    with db.session(actor) as session:
        require(session, actor, Action.MANAGE_ACCOUNTS)
        account = _account(session, officer_id)
        if account.active != active:
            account.active = active
            record_event(session, "account", officer_id, {"active": [not active, active]},
                         "Cho phép hoạt động lại" if active else "Ngừng tài khoản")


def list_accounts(db: Database) -> list[AccountRow]:
    """Officers of this office with their accounts (those without one too), heads first."""
    with db.read() as session:
        site_id = own_site_id(session)
        query = (select(Officer, Account).outerjoin(Account, Account.officer_id == Officer.id)
                 .where(Officer.site_id == site_id, Officer.deleted_at.is_(None)).order_by(Officer.name))
        rows = [AccountRow(o.id, o.name, o.title, o.role, a.username if a else "", bool(a and a.active),
                           a.locked_until if a else None, a.failed_attempts if a else 0,
                           a.last_sign_in_at if a else None) for o, a in session.execute(query)]
    order = {Role.CITY_ADMIN.value: 0, Role.HEAD.value: 1}
    return sorted(rows, key=lambda r: order.get(r.role, 2))


def usernames(db: Database) -> list[str]:
    """Active user names, for the sign-in dialog to suggest the last one used."""
    with db.read() as session:
        return list(session.scalars(select(Account.username).where(Account.active.is_(True))
                                    .order_by(Account.last_sign_in_at.desc().nulls_last(), Account.username)))
