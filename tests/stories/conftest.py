"""The stories of issue 10 on the real command line: a lost laptop, a second desk, keys rotated and revoked."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
PASSPHRASE = "Bat-Trang-2026"


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """`run(*args, data=FOLDER, env={...}, check=True)`: the program in a subprocess, with its own data folder."""
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("KC_BACKUP_PASSPHRASE", "KC_CITY_PASSPHRASE"):
        base.pop(name, None)

    def call(*args: object, data: Path | None = None, env: dict[str, str] | None = None,
             check: bool = False) -> subprocess.CompletedProcess[str]:
        environment = dict(base, KC_DESKTOP_DATA=str(data or tmp_path / "data"), **(env or {}))
        result = subprocess.run([sys.executable, "-m", "kc_desktop", *map(str, args)], capture_output=True,
                                text=True, env=environment, timeout=300)
        if check:
            assert result.returncode == 0, result.stderr
        return result

    return call


def fingerprint(output: str) -> str:
    return re.search(r"Dấu vân tay: ([0-9A-F ]+)", output).group(1).strip()  # type: ignore[union-attr]


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """A refusal: exit 1, one line on stderr, no traceback."""
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def init_office(run: Run, db: Path, code: str = "BT01", name: str = "UBND xã Bát Tràng", unit: str = "00583") -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    run("--db", db, "init", "--site-code", code, "--site-name", name, "--admin-unit", unit,
        "--officer", "Nguyễn Văn An", check=True)


def init_city(run: Run, db: str | Path, **kw: object) -> None:
    if isinstance(db, Path):
        db.parent.mkdir(parents=True, exist_ok=True)
    run("--db", db, "init", "--site-code", "SCT-HN", "--site-name", "Sở Công Thương Hà Nội", "--level", "city",
        "--officer", "Trần Thị Bình", check=True, **kw)  # type: ignore[arg-type]


def introduce(run: Run, office: Path, city: str | Path, folder: Path, **city_kw: object) -> None:
    """Both sides exchange cards and confirm the fingerprint read out by phone."""
    folder.mkdir(parents=True, exist_ok=True)
    card = folder / f"{office.parent.name}.json"
    run("--db", office, "sync", "card", "-o", card, check=True)
    told = fingerprint(run("--db", city, "city", "trust-site", card, "--fingerprint", "?", **city_kw).stdout)
    run("--db", city, "city", "trust-site", card, "--fingerprint", told, check=True, **city_kw)
    city_card = folder / "so.json"
    run("--db", city, "city", "card", "-o", city_card, check=True, **city_kw)
    told = fingerprint(run("--db", office, "sync", "trust-city", city_card, "--fingerprint", "?").stdout)
    run("--db", office, "sync", "trust-city", city_card, "--fingerprint", told, check=True)
