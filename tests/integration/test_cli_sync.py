"""The whole exchange on the command line, as an office and the city office would script it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Run = Callable[..., CompletedProcess[str]]


def _fingerprint(output: str) -> str:
    return re.search(r"Dấu vân tay: ([0-9A-F ]+)", output).group(1).strip()  # type: ignore[union-attr]


def test_office_city_receipt_reference_report(cli: Run, tmp_path: Path) -> None:
    office, hq = tmp_path / "bt" / "kc.sqlite", tmp_path / "so" / "kc.sqlite"
    office.parent.mkdir()
    hq.parent.mkdir()
    cli("--db", office, "init", "--site-code", "BT01", "--site-name", "UBND xã Bát Tràng", "--admin-unit", "00583",
        "--officer", "Nguyễn Văn An", check=True)
    cli("--db", hq, "init", "--site-code", "SCT-HN", "--site-name", "Sở Công Thương Hà Nội", "--level", "city",
        "--officer", "Trần Thị Bình", check=True)
    cli("--db", office, "demo", "--establishments", "40", "--projects", "6", check=True)
    package = Path(cli("--db", office, "sync", "export", "-o", tmp_path / "usb", check=True).stdout.strip())
    assert package.exists()

    # An office that is not trusted yet: refused, one line, exit 1.
    refused = cli("--db", hq, "city", "import", package)
    assert refused.returncode == 1 and "chưa được tin cậy" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    # Trusting needs the fingerprint the office reads out; without a terminal it must be given.
    asked = cli("--db", hq, "city", "trust-site", package)
    assert asked.returncode == 1 and "--fingerprint" in asked.stderr
    wrong = cli("--db", hq, "city", "trust-site", package, "--fingerprint", "0000 0000")
    assert wrong.returncode == 1 and "không khớp" in wrong.stderr
    card = cli("--db", office, "sync", "card", "-o", tmp_path / "the-BT01.json", check=True)
    assert Path(card.stdout.strip()).exists()
    told = _fingerprint(cli("--db", hq, "city", "trust-site", tmp_path / "the-BT01.json", "--fingerprint", "x").stdout)
    trusted = cli("--db", hq, "city", "trust-site", package, "--fingerprint", told.lower(), check=True)
    assert "Đã tin cậy khóa của BT01" in trusted.stdout

    imported = cli("--db", hq, "city", "import", tmp_path / "usb", package, check=True)
    first, second = imported.stdout.strip().splitlines()
    assert re.match(rf"{package.name}: đã nhập \d+ bản ghi \(\d+ mới, 0 cập nhật, 0 không đổi\)", first)
    assert second == f"{package.name}: đã nhập trước đó, không có gì thay đổi."
    status = cli("--db", hq, "city", "status", check=True).stdout
    assert "BT01" in status and "Xung đột chờ xem xét: 0" in status

    # The city's key goes to the office the same way, then receipts and reference packages flow back.
    cli("--db", hq, "city", "card", "-o", tmp_path / "so.json", check=True)
    city_print = _fingerprint(cli("--db", office, "sync", "trust-city", tmp_path / "so.json",
                                  "--fingerprint", "?").stdout)
    cli("--db", office, "sync", "trust-city", tmp_path / "so.json", "--fingerprint", city_print, check=True)
    [receipt] = cli("--db", hq, "city", "receipts", "-o", tmp_path / "back", check=True).stdout.split()
    read = cli("--db", office, "sync", "receipt", receipt, check=True)
    assert "Sở đã nhận các thay đổi đến số" in read.stdout
    nothing = cli("--db", office, "sync", "export", "-o", tmp_path / "usb2", check=True)
    assert nothing.stdout == "" and "Không có thay đổi nào mới" in nothing.stderr
    [reference] = cli("--db", hq, "city", "publish", "-o", tmp_path / "back", check=True).stdout.split()
    applied = cli("--db", office, "sync", "reference", reference, check=True)
    assert "cập nhật mức hỗ trợ" in applied.stdout
    wrong_kind = cli("--db", office, "sync", "receipt", reference)
    assert wrong_kind.returncode == 1 and "không phải biên nhận" in wrong_kind.stderr

    # An encrypted export can be opened by the city only.
    cli("--db", office, "demo", "--establishments", "2", "--seed", "9", "--projects", "0", check=True)
    sealed = cli("--db", office, "sync", "export", "-o", tmp_path / "usb3", "--encrypt", check=True).stdout.strip()
    assert cli("--db", hq, "city", "import", sealed, check=True).stdout.count("đã nhập") == 1


def test_city_commands_refuse_an_office_database(cli: Run, tmp_path: Path) -> None:
    office = tmp_path / "kc.sqlite"
    cli("--db", office, "init", "--site-code", "BT01", "--site-name", "UBND xã Bát Tràng", "--admin-unit", "00583",
        "--officer", "Nguyễn Văn An", check=True)
    result = cli("--db", office, "city", "import", tmp_path)
    assert result.returncode == 1 and "không phải của Sở" in result.stderr
    missing = cli("--db", office, "sync", "receipt", tmp_path / "khong-co.kcpkg")
    assert missing.returncode == 1 and "Không tìm thấy" in missing.stderr
