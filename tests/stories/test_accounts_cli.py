"""Accounts apply on the command line as in the GUI: who may do what, sign-in, lockout, and the audit's person."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.stories.conftest import Run, init_city, init_office, introduce, one_error_line

HEAD = {"KC_PASSWORD": "Gốm-Bát-Tràng-2026"}
OFFICER = {"KC_PASSWORD": "Lụa-Vạn-Phúc-2026"}


def _accounts(run: Run, db: Path | str, head: str, role: str = "head", **kw: object) -> None:
    """The first account (no sign-in), then an officer added by it."""
    run("--db", db, "accounts", "add", head, "--role", role, env={"KC_NEW_PASSWORD": HEAD["KC_PASSWORD"]},
        check=True, **kw)  # type: ignore[arg-type]
    run("--db", db, "--user", head, "accounts", "add", "binh", "--role", "officer", "--name", "Trần Văn Bình",
        env={**HEAD, "KC_NEW_PASSWORD": OFFICER["KC_PASSWORD"]}, check=True, **kw)  # type: ignore[arg-type]


def test_roles_sign_in_and_lockout_on_the_command_line(run: Run, tmp_path: Path) -> None:
    office, hq = tmp_path / "bt" / "kc.sqlite", tmp_path / "so" / "kc.sqlite"
    init_office(run, office)
    init_city(run, hq)
    introduce(run, office, hq, tmp_path / "cards")
    refused = one_error_line(run("--db", office, "accounts", "add", "an", "--role", "officer",
                                 env={"KC_NEW_PASSWORD": HEAD["KC_PASSWORD"]}))
    assert "Tài khoản đầu tiên" in refused
    _accounts(run, office, "an.nguyen")
    _accounts(run, hq, "quantri", "city_admin")
    listed = run("--db", office, "accounts", "list", check=True).stdout  # read-only: no sign-in on a laptop file
    assert "an.nguyen" in listed and "binh" in listed and "Trần Văn Bình – Cán bộ" in listed

    # A command that changes data needs a sign-in; a wrong password says so; the right one works.
    run("--db", office, "--user", "an.nguyen", "demo", "--establishments", "3", "--projects", "0", env=HEAD,
        check=True)
    assert "--user" in one_error_line(run("--db", office, "sync", "export", "-o", tmp_path / "usb"))
    assert "Sai tên đăng nhập" in one_error_line(run("--db", office, "--user", "an.nguyen", "sync", "export",
                                                     "-o", tmp_path / "usb", env=OFFICER))
    assert run("--db", office, "stats", check=True).stdout  # read-only
    package = run("--db", office, "--user", "binh", "sync", "export", "-o", tmp_path / "usb", env=OFFICER,
                  check=True).stdout.strip()

    # The role rules are the GUI's: an officer cannot rotate keys, nor publish at the city.
    assert "Chỉ lãnh đạo" in one_error_line(run("--db", office, "--user", "binh", "sync", "rotate-key", env=OFFICER))
    assert "đã nhập" in run("--db", hq, "--user", "binh", "city", "import", package, env=OFFICER, check=True).stdout
    refused = one_error_line(run("--db", hq, "--user", "binh", "city", "publish", "-o", tmp_path / "p", env=OFFICER))
    assert "Chỉ quản trị của Sở" in refused and not (tmp_path / "p").exists()
    run("--db", hq, "--user", "quantri", "city", "publish", "-o", tmp_path / "p", env=HEAD, check=True)

    # The audit names the person who acted.
    run("--db", hq, "--user", "quantri", "city", "revoke-site", "BT01", env=HEAD, check=True)
    with sqlite3.connect(hq) as connection:
        who = connection.execute("SELECT changed_by FROM change_log WHERE table_name = 'sync_trusted_key' "
                                 "AND reason LIKE 'Thu hồi%'").fetchone()[0]
        admin = connection.execute("SELECT officer_id FROM account WHERE username = 'quantri'").fetchone()[0]
    connection.close()
    assert who == admin
    with sqlite3.connect(hq) as connection:
        importer = connection.execute("SELECT imported_by FROM sync_import WHERE kind = 'changes'").fetchone()[0]
        binh = connection.execute("SELECT officer_id FROM account WHERE username = 'binh'").fetchone()[0]
    connection.close()
    assert importer == binh

    # Five wrong passwords lock the account, as in the GUI; a head unlocks it.
    for _ in range(5):
        line = one_error_line(run("--db", office, "--user", "binh", "sync", "export", "-o", tmp_path / "x",
                                  env={"KC_PASSWORD": "sai"}))
    assert "bị khóa đến" in line
    assert "bị khóa" in one_error_line(run("--db", office, "--user", "binh", "sync", "export", "-o", tmp_path / "x",
                                           env=OFFICER))
    assert "bị khóa đến" in run("--db", office, "accounts", "list", check=True).stdout
    assert "bị khóa" in one_error_line(run("--db", office, "--user", "binh", "accounts", "unlock", "binh",
                                           env=OFFICER))
    run("--db", office, "--user", "an.nguyen", "accounts", "unlock", "binh", env=HEAD, check=True)
    run("--db", office, "--user", "binh", "sync", "export", "-o", tmp_path / "x", "--all", env=OFFICER, check=True)
    # A restore replaces everything: it needs an account too.
    run("--db", office, "--user", "an.nguyen", "backup", "-o", tmp_path / "b.kcbak",
        env={**HEAD, "KC_BACKUP_PASSPHRASE": "mat-khau-sao-luu"}, check=True)
    assert "--user" in one_error_line(run("--db", office, "restore", tmp_path / "b.kcbak",
                                          env={"KC_BACKUP_PASSPHRASE": "mat-khau-sao-luu"}))


@pytest.mark.postgres
def test_on_a_server_every_command_signs_in(run: Run, tmp_path: Path, pg_url: str) -> None:
    init_city(run, pg_url)
    _accounts(run, pg_url, "quantri", "city_admin")
    assert "--user" in one_error_line(run("--db", pg_url, "city", "status"))
    assert "--user" in one_error_line(run("--db", pg_url, "accounts", "list"))
    assert "SCT-HN" not in run("--db", pg_url, "--user", "binh", "city", "status", env=OFFICER, check=True).stderr
