"""`kc-desktop gallery`: every window fits a 1280×680 screen (1920×1080 at 150 % or 1280×720 at 100 %, less
the taskbar) at scale 1.0 and 1.5, and its picture is saved under the screen's name."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from conftest import Run

EXPECTED = [
    *(f"main_{area}" for area in ("today", "establishments", "projects", "surveys", "inspections", "acceptance",
                                  "sync", "reports", "project_page")),
    "editor_survey", "editor_inspection", "editor_acceptance", "editor_acceptance_2",
    *(f"dialog_{name}" for name in ("first_run", "login", "first_account", "choose_passphrase", "new_record",
                                    "new_acceptance", "establishment", "establishment_picker", "craft_villages",
                                    "import_wizard", "accounts", "officer", "password", "audit_log", "templates",
                                    "template_preview", "template_problems", "signature", "pdf_preview",
                                    "trust_site", "confirm_restore")),
]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path.name
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


@pytest.mark.parametrize("scale", ["1.0", "1.5"])
def test_every_window_fits_1280x680(cli: Run, tmp_path: Path, scale: str) -> None:
    database = tmp_path / "office.sqlite"  # none yet: the gallery shows demo data and creates nothing here
    pictures = tmp_path / "gallery"
    result = cli("--db", database, "gallery", "-o", pictures, "--size", "1280x680", "--scale", scale)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert f"vào «{pictures}» (1280×680, tỉ lệ {float(scale):g})" in result.stdout
    assert not database.exists()
    from kc_desktop.gui.help import GUIDE_IMAGES  # the user guide's pictures are among the gallery's

    assert {path.name for path in pictures.glob("*.png")} >= GUIDE_IMAGES
    for name in EXPECTED:
        path = pictures / f"{name}.png"
        assert path.is_file(), name
        assert path.stat().st_size > 5000, name  # a real picture, not an empty window
    factor = float(scale)
    width, height = png_size(pictures / "main_today.png")  # maximized: the whole screen less its frame
    assert 1270 * factor <= width <= 1280 * factor and 640 * factor <= height <= 680 * factor
    for path in pictures.glob("*.png"):
        width, height = png_size(path)
        assert width <= 1280 * factor and height <= 680 * factor, path.name


def test_a_window_that_does_not_fit_is_named(cli: Run, tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "office.sqlite", "gallery", "-o", tmp_path / "small", "--size", "800x600",
                 "--lang", "en")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(line.startswith("Lỗi: cửa sổ «main_reports» không vừa màn hình 800×600") for line in lines), lines
    assert all(line.startswith("Lỗi: ") for line in lines), lines  # one line each, never a traceback
    assert (tmp_path / "small" / "main_reports.png").is_file()


def test_gallery_arguments_are_checked(cli: Run, tmp_path: Path) -> None:
    bad = cli("gallery", "-o", tmp_path, "--size", "big")
    assert bad.returncode == 2 and "--size" in bad.stderr and "RỘNGxCAO" in bad.stderr
    assert "Traceback" not in bad.stderr
    a_file = tmp_path / "a.png"
    a_file.write_bytes(b"")
    taken = cli("--db", tmp_path / "x.sqlite", "gallery", "-o", a_file)
    assert taken.returncode == 1 and taken.stderr.strip() == f"Lỗi: «{a_file}» là một tệp, không phải thư mục."
    server = cli("--db", "postgresql://kc@localhost/kc", "gallery", "-o", tmp_path / "g")
    assert server.returncode == 1 and "SQLite" in server.stderr
