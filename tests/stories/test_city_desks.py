"""A city with several desks is one city: any desk that opens the city database signs and decrypts as the city."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.stories.conftest import Run, fingerprint, init_city, init_office, one_error_line

CITY_SECRET = {"KC_CITY_PASSPHRASE": "So-Cong-Thuong-HN"}


def _two_desks(run: Run, city: str | Path, tmp_path: Path, env: dict[str, str]) -> None:
    desk_a, desk_b, usb = tmp_path / "desk-a", tmp_path / "desk-b", tmp_path / "usb"
    office = tmp_path / "bt" / "kc.sqlite"
    init_office(run, office)
    init_city(run, city, data=desk_a, env=env)

    # The office trusts desk A's card once, and desk A trusts the office.
    run("--db", city, "city", "card", "-o", tmp_path / "so.json", data=desk_a, env=env, check=True)
    told = fingerprint(run("--db", office, "sync", "trust-city", tmp_path / "so.json", "--fingerprint", "?").stdout)
    run("--db", office, "sync", "trust-city", tmp_path / "so.json", "--fingerprint", told, check=True)
    run("--db", office, "sync", "card", "-o", tmp_path / "bt.json", check=True)
    told = fingerprint(run("--db", city, "city", "trust-site", tmp_path / "bt.json", "--fingerprint", "?",
                           data=desk_a, env=env).stdout)
    run("--db", city, "city", "trust-site", tmp_path / "bt.json", "--fingerprint", told, data=desk_a, env=env,
        check=True)

    # Desk B opens a package encrypted to the city, and answers with a receipt and a reference package.
    run("--db", office, "demo", "--establishments", "6", "--projects", "2", check=True)
    sealed = run("--db", office, "sync", "export", "-o", usb, "--encrypt", check=True).stdout.strip()
    imported = run("--db", city, "city", "import", sealed, data=desk_b, env=env, check=True)
    assert "đã nhập" in imported.stdout
    [receipt] = run("--db", city, "city", "receipts", "-o", usb / "r", data=desk_b, env=env, check=True).stdout.split()
    [reference] = run("--db", city, "city", "publish", "-o", usb / "p", data=desk_b, env=env,
                      check=True).stdout.split()
    assert "Sở đã nhận" in run("--db", office, "sync", "receipt", receipt, check=True).stdout
    assert "bản ghi mới hoặc cập nhật" in run("--db", office, "sync", "reference", reference, check=True).stdout
    # No desk keeps a key of its own.
    assert not list(desk_a.rglob("*.pem")) and not list(desk_b.rglob("*.pem"))


@pytest.mark.postgres
def test_a_postgresql_city_with_two_desks(run: Run, tmp_path: Path, pg_url: str) -> None:
    _two_desks(run, pg_url, tmp_path, CITY_SECRET)
    # The city's private keys are protected by its passphrase, which is stored nowhere.
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        pems = connection.execute(text("SELECT private_pem FROM site_key")).scalars().all()
        stored = " ".join(connection.execute(text("SELECT value FROM app_setting")).scalars())
    engine.dispose()
    assert pems and all("ENCRYPTED PRIVATE KEY" in pem for pem in pems)
    assert CITY_SECRET["KC_CITY_PASSPHRASE"] not in stored + " ".join(pems)
    # A desk without the passphrase, or with a wrong one, is told in one line and changes nothing.
    usb = tmp_path / "usb" / "again"
    missing = one_error_line(run("--db", pg_url, "city", "receipts", "-o", usb, data=tmp_path / "desk-c"))
    assert "KC_CITY_PASSPHRASE" in missing
    wrong = one_error_line(run("--db", pg_url, "city", "receipts", "-o", usb, data=tmp_path / "desk-c",
                               env={"KC_CITY_PASSPHRASE": "sai"}))
    assert "không đúng" in wrong
    assert not list(usb.glob("*.kcpkg"))


def test_a_city_sqlite_file_opened_from_another_computer(run: Run, tmp_path: Path) -> None:
    shared = tmp_path / "o-mang" / "so.sqlite"
    _two_desks(run, shared, tmp_path, {})
