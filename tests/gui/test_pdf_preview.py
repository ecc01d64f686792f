"""Preview before printing (QtPdf), direct printing at real size, save as PDF, previews of drafts.

Batch printing with Cancel is tested through the Nghiệm thu area (test_acceptance_view.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from work_helpers import complete_survey, survey_template

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.gui.context import AppContext
from kc_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog, open_previews, preview_record
from kc_desktop.services import field_records


@pytest.fixture
def surveys(db: Database, actor: Actor, sample: dict[str, str]) -> list[str]:
    """Two finalized surveys and one draft."""
    made = []
    for key in ("gom", "men", "lua"):
        record = field_records.start(db, actor, "survey", survey_template(db), None, sample[key], dt.date(2026, 5, 4))
        complete_survey(db, actor, record)
        if key != "lua":
            field_records.finalize(db, actor, record)
        made.append(record)
    return made


def _render(db: Database, record_id: str, path: Path) -> Path:
    from kc_desktop.documents import render

    return render.render_record(db, "survey", record_id, path)


@pytest.mark.gui
def test_preview_shows_the_pages_and_prints_them_at_real_size(qtbot, db: Database, surveys: list[str],  # noqa: ANN001
                                                              tmp_path: Path) -> None:
    pdf = _render(db, surveys[0], tmp_path / "khao-sat.pdf")
    pages = len(PdfReader(pdf).pages)
    dialog = PdfPreviewDialog(pdf, title="Biên bản khảo sát")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == pages >= 1
    assert dialog.page_label.text() == f"Trang 1/{pages}"
    assert not dialog.banner.isVisible()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ban-in.pdf"))
    printer.setFullPage(True)
    assert dialog.print_to(printer) == pages
    printed = PdfReader(tmp_path / "ban-in.pdf")
    assert len(printed.pages) == pages
    width, height = float(printed.pages[0].mediabox.width), float(printed.pages[0].mediabox.height)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4, not scaled to some other sheet

    copy = dialog.save_as(tmp_path / "ban-sao")
    assert copy == tmp_path / "ban-sao.pdf" and copy.read_bytes() == pdf.read_bytes()


@pytest.mark.gui
def test_preview_record_renders_off_the_gui_thread_and_marks_drafts(qtbot, ctx: AppContext,  # noqa: ANN001
                                                                    surveys: list[str]) -> None:
    op = preview_record(None, ctx, "survey", surveys[2])  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=20_000)
    dialog = open_previews()[-1]
    assert op is not None and dialog.draft and dialog.banner.isVisible()
    assert "Bản nháp" in dialog.banner.text() and dialog.page_count() >= 1
    assert dialog.suggested_name.startswith("BAN-NHAP-2026-")
    temporary = dialog.pdf_path
    assert temporary.exists()
    dialog.close()
    assert not temporary.exists() and not temporary.parent.exists()
