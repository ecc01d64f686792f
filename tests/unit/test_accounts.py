"""Accounts: Argon2id hashes as PHC strings, sign-in, the lock after five wrong passwords, the head's tools."""

from __future__ import annotations

import base64
import datetime as dt
import json
import unicodedata

import pytest
from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import ChangeLog, Officer
from kc_desktop.db.models_accounts import Account
from kc_desktop.errors import AccountLocked, KCError, PermissionDenied, SignInFailed, ValidationFailed
from kc_desktop.services import accounts, installation, passwords, setup

FAST = passwords.Cost(memory_kib=1024, iterations=1, lanes=1)
NOW = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap hashes for tests that are about accounts rather than the cost of Argon2id."""
    monkeypatch.setattr(passwords, "COST", FAST)


@pytest.fixture
def head(db: Database, actor: Actor, fast: None) -> Actor:
    return accounts.create_first_account(db, "an.nguyen", "gốm-sứ-2026", "gốm-sứ-2026")


def _officer(db: Database, head: Actor, username: str = "hoa.le", role: str = "officer") -> Actor:
    officer_id = accounts.add_officer(db, head, "Lê Thị Hoa", "Cán bộ khuyến công", role, username,
                                      "lụa-vạn-phúc-9")
    return Actor(head.site_id, officer_id)


def test_hash_is_an_argon2id_phc_string_with_its_parameters_and_salt() -> None:
    encoded = passwords.hash_password("gốm-sứ-2026")
    assert encoded.startswith("$argon2id$v=19$m=47104,t=2,p=1$")
    cost, salt, digest = passwords.parse(encoded)
    assert cost == passwords.COST and 19 * 1024 <= cost.memory_kib <= 64 * 1024 and cost.lanes == 1
    assert len(salt) == 16 and len(digest) == 32
    assert passwords.hash_password("gốm-sứ-2026") != encoded  # a new salt each time
    assert passwords.verify_password("gốm-sứ-2026", encoded)
    assert not passwords.verify_password("gốm-sứ-2025", encoded)
    # The same PHC format as the library's own encoder, so another tool can check these hashes.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    if hasattr(Argon2id, "verify_phc_encoded"):
        Argon2id.verify_phc_encoded("gốm-sứ-2026".encode(), encoded)


def test_password_typed_decomposed_matches_precomposed(fast: None) -> None:
    encoded = passwords.hash_password("Bát Tràng 2026")
    assert passwords.verify_password(unicodedata.normalize("NFD", "Bát Tràng 2026"), encoded)
    assert not passwords.verify_password("Bat Trang 2026", encoded)
    assert not passwords.verify_password("Bát Tràng  2026", encoded)  # spaces are part of a password


def test_comparison_is_constant_time(fast: None, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = passwords.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(passwords.hmac, "compare_digest", spy)
    encoded = passwords.hash_password("gốm-sứ-2026")
    assert passwords.verify_password("gốm-sứ-2026", encoded) and not passwords.verify_password("sai-mật-khẩu", encoded)
    assert len(compared) == 2 and all(len(a) == len(b) == 32 for a, b in compared)


def test_unreadable_or_dangerous_hashes_are_refused_without_running(fast: None) -> None:
    salt = base64.b64encode(b"s" * 16).decode().rstrip("=")
    digest = base64.b64encode(b"h" * 32).decode().rstrip("=")
    for bad in ("", "plain", f"$argon2i$v=19$m=1024,t=1,p=1${salt}${digest}",
                f"$argon2id$v=19$m=99999999,t=1,p=1${salt}${digest}",  # would ask for 95 GiB
                f"$argon2id$v=19$m=1024,t=99,p=1${salt}${digest}", f"$argon2id$v=19$m=1024,t=1,p=1${salt}$"):
        assert not passwords.verify_password("x", bad)
        assert passwords.needs_rehash(bad)


def test_a_hash_made_with_a_lower_cost_is_remade_at_sign_in(db: Database, head: Actor,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    assert not passwords.needs_rehash(passwords.hash_password("x" * 10))
    monkeypatch.setattr(passwords, "COST", passwords.Cost(2048, 2, 1))  # the cost was raised in a new version
    with db.read() as session:
        old = session.get(Account, head.officer_id).password_hash
    assert passwords.needs_rehash(old)
    assert accounts.authenticate(db, "an.nguyen", "gốm-sứ-2026") == head
    with db.read() as session:
        new = session.get(Account, head.officer_id).password_hash
    assert new.startswith("$argon2id$v=19$m=2048,t=2,p=1$") and passwords.verify_password("gốm-sứ-2026", new)


@pytest.mark.parametrize(("password", "confirm", "message"), [
    ("ngắn", None, "ít nhất 8 ký tự"),
    ("12345678", None, "quá dễ đoán"),
    ("aaaaaaaaaa", None, "quá dễ đoán"),
    ("An.Nguyen", None, "trùng với tên đăng nhập"),
    ("gốm-sứ-2026", "gốm-sứ-2025", "không giống nhau"),
])
def test_password_rules_speak_vietnamese(password: str, confirm: str | None, message: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        passwords.check_rules(password, confirm, "an.nguyen")
    assert message in caught.value.message
    passwords.check_rules("gốm-sứ-2026", "gốm-sứ-2026", "an.nguyen")


def test_user_names(db: Database, head: Actor) -> None:
    for bad in ("a", "an nguyen", "nguyễn", "-an", ""):
        with pytest.raises(ValidationFailed, match="Tên đăng nhập"):
            accounts.check_username(bad)
    assert accounts.check_username(" An.Nguyen ") == "an.nguyen"
    with pytest.raises(ValidationFailed, match="đã có người dùng"):
        _officer(db, head, "AN.NGUYEN")


def test_first_account_makes_the_current_officer_head_and_only_once(db: Database, actor: Actor, fast: None) -> None:
    with db.session(actor) as session:  # a database set up before accounts, by a plain officer
        session.get(Officer, actor.officer_id).role = "officer"
    assert accounts.needs_first_account(db)
    assert accounts.create_first_account(db, "an.nguyen", "gốm-sứ-2026") == actor
    assert not accounts.needs_first_account(db)
    assert installation.office_info(db).role == "head"
    with pytest.raises(KCError, match="Đã có tài khoản"):
        accounts.create_first_account(db, "khac", "gốm-sứ-2026")


def test_city_first_account_is_the_administrator(tmp_path, fast: None) -> None:  # noqa: ANN001
    from kc_desktop.db.engine import open_database

    db = open_database(tmp_path / "city.sqlite")
    try:
        setup.initialize(db, setup.SiteIdentity("SCT", "Sở Công Thương Hà Nội", "city", None, "Trần Thị Bình"))
        assert installation.office_info(db).role == "city_admin"
        admin = accounts.create_first_account(db, "binh.tran", "trung-tâm-kc-1")
        assert accounts.authenticate(db, "binh.tran", "trung-tâm-kc-1") == admin
    finally:
        db.close()


def test_sign_in_counts_wrong_passwords_and_locks_after_five(db: Database, head: Actor) -> None:
    assert accounts.authenticate(db, "An.Nguyen", "gốm-sứ-2026", NOW) == head
    messages = []
    for minute in range(4):
        with pytest.raises(SignInFailed) as caught:
            accounts.authenticate(db, "an.nguyen", "sai-mật-khẩu", NOW + dt.timedelta(minutes=minute))
        assert not isinstance(caught.value, AccountLocked)
        messages.append(caught.value.message)
    assert messages[0] == "Sai tên đăng nhập hoặc mật khẩu."
    assert "thêm 1 lần nữa" in messages[3] and "khóa 15 phút" in messages[3]
    with pytest.raises(AccountLocked) as locked:
        accounts.authenticate(db, "an.nguyen", "sai-mật-khẩu", NOW + dt.timedelta(minutes=5))
    until = (NOW + dt.timedelta(minutes=20)).astimezone()
    assert f"bị khóa đến {until:%H:%M} ngày {until:%d/%m/%Y}" in locked.value.message
    # Locked: even the right password waits, until the time has passed.
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, "an.nguyen", "gốm-sứ-2026", NOW + dt.timedelta(minutes=19))
    assert accounts.authenticate(db, "an.nguyen", "gốm-sứ-2026", NOW + dt.timedelta(minutes=21)) == head
    with db.read() as session:
        account = session.get(Account, head.officer_id)
        assert account.failed_attempts == 0 and account.locked_until is None
        lock = session.scalars(select(ChangeLog).where(ChangeLog.record_id == head.officer_id,
                                                       ChangeLog.reason.like("Khóa tự động%"))).one()
        assert lock.changed_by == "" and lock.version == 0


def test_unknown_user_gets_the_same_answer_and_the_same_work(db: Database, head: Actor,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    burned: list[str] = []
    monkeypatch.setattr(passwords, "burn", burned.append)
    with pytest.raises(SignInFailed, match="^Sai tên đăng nhập hoặc mật khẩu.$"):
        accounts.authenticate(db, "ai.do", "gốm-sứ-2026")
    assert burned == ["gốm-sứ-2026"]


def test_head_unlocks_resets_and_stops_accounts_an_officer_cannot(db: Database, head: Actor) -> None:
    officer = _officer(db, head)
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(SignInFailed):
            accounts.authenticate(db, "hoa.le", "sai-mật-khẩu")
    row = next(r for r in accounts.list_accounts(db) if r.username == "hoa.le")
    assert row.locked() and row.role == "officer" and row.officer_name == "Lê Thị Hoa"
    with pytest.raises(PermissionDenied, match="Chỉ lãnh đạo đơn vị mới được quản lý tài khoản"):
        accounts.unlock(db, officer, head.officer_id)
    accounts.unlock(db, head, officer.officer_id)
    assert accounts.authenticate(db, "hoa.le", "lụa-vạn-phúc-9") == officer

    accounts.reset_password(db, head, officer.officer_id, "mật-khẩu-mới-1", "mật-khẩu-mới-1")
    with pytest.raises(SignInFailed):
        accounts.authenticate(db, "hoa.le", "lụa-vạn-phúc-9")
    with pytest.raises(ValidationFailed, match="Mật khẩu hiện tại không đúng"):
        accounts.change_password(db, officer, "sai", "mật-khẩu-khác-2")
    accounts.change_password(db, officer, "mật-khẩu-mới-1", "mật-khẩu-khác-2", "mật-khẩu-khác-2")
    assert accounts.authenticate(db, "hoa.le", "mật-khẩu-khác-2") == officer

    accounts.set_active(db, head, officer.officer_id, False)
    with pytest.raises(SignInFailed, match="ngừng hoạt động"):
        accounts.authenticate(db, "hoa.le", "mật-khẩu-khác-2")
    with pytest.raises(KCError, match="chính mình"):
        accounts.set_active(db, head, head.officer_id, False)
    # The audit says what happened to the accounts, never what the password or its hash is.
    with db.read() as session:
        logged = list(session.scalars(select(ChangeLog).where(ChangeLog.table_name == "account")))
    assert {entry.reason for entry in logged} >= {"Lãnh đạo đơn vị mở khóa", "Lãnh đạo đơn vị đặt lại mật khẩu",
                                                  "Tự đổi mật khẩu", "Ngừng tài khoản"}
    assert not any("argon2" in (entry.fields or "") or "mật-khẩu" in (entry.fields or "") for entry in logged)
    assert json.loads(next(e.fields for e in logged if e.reason == "Tự đổi mật khẩu")) == {
        "password": ["(đã đổi)", "(đã đổi)"]}


def test_roles_are_given_by_a_head_and_administrators_only_in_city_mode(db: Database, head: Actor) -> None:
    officer = _officer(db, head)
    with pytest.raises(ValidationFailed, match="chỉ có ở cơ sở dữ liệu của Sở"):
        _officer(db, head, "quan.tri", role="city_admin")
    with pytest.raises(PermissionDenied):
        accounts.set_role(db, officer, head.officer_id, "officer")
    with pytest.raises(KCError, match="chính mình"):
        accounts.set_role(db, head, head.officer_id, "officer")
    accounts.set_role(db, head, officer.officer_id, "head")
    assert installation.office_info(db, officer.officer_id).role == "head"
    assert [r.role for r in accounts.list_accounts(db)] == ["head", "head"]
    assert accounts.usernames(db)[0] in ("an.nguyen", "hoa.le")


def test_upgrading_an_older_installation_makes_whoever_set_it_up_its_head(tmp_path, fast: None) -> None:  # noqa: ANN001
    import shutil
    from pathlib import Path

    from kc_desktop.db.engine import open_database
    from kc_desktop.services import audit

    path = tmp_path / "kc.sqlite"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "schema-0006.sqlite", path)
    db = open_database(path)
    try:
        office = installation.office_info(db)
        assert office.role == "head" and accounts.needs_first_account(db)
        (promotion,) = audit.search(db, audit.AuditFilter(table="officer", record_id=office.officer_id,
                                                          text="Nâng cấp")).entries
        assert promotion.fields == {"role": ["officer", "head"]} and promotion.changed_by == office.officer_id
        with db.read() as session:
            assert session.get(Officer, office.officer_id).version == promotion.version == 2
    finally:
        db.close()
