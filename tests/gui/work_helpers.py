"""Helpers for the GUI tests of field work: a project, a survey draft, a photo, a complete answer set."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.services import establishments, field_records, projects, templates
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant

SURVEY_CODE = "khao_sat_ho_tro_thiet_bi"


def survey_template(db: Database) -> str:
    return next(t.id for t in templates.published(db, "survey") if t.code == SURVEY_CODE)


def make_project(db: Database, actor: Actor, beneficiaries: list[str], code: str = "KCĐP-2026-01") -> str:
    shares = [BeneficiaryInput(e, 600_000_000, 300_000_000, 300_000_000) for e in beneficiaries]
    data = ProjectInput(code=code, title="Hỗ trợ máy nhào đất và lò nung gas", plan_year=2026,
                        funding_source="local", support_kind_code="may_moc_thiet_bi",
                        approval_date=dt.date(2026, 3, 2), total_amount=600_000_000 * len(shares),
                        kc_amount=300_000_000 * len(shares), counterpart_amount=300_000_000 * len(shares),
                        beneficiaries=shares)
    return projects.save(db, actor, None, data)


def ward_establishment(db: Database, actor: Actor) -> str:
    """An establishment in a phường outside any recognised craft village (not eligible under Decree 235)."""
    return establishments.create(db, actor, EstablishmentInput(name="Cơ sở may Cầu Giấy", admin_unit_code="00167"))


def complete_survey(db: Database, actor: Actor, record_id: str) -> None:
    """Fill everything finalize checks, with valid answers."""
    data = field_records.load(db, record_id)
    answers = sample_answers(templates.definition(db, data.template_id), random.Random(3))
    answers["ngay_nhan_ho_so"] = "2025-12-15"  # the application came before any survey of the tests
    field_records.save_draft(db, actor, record_id, {
        "place": "Tại xưởng của cơ sở", "answers": answers, "conclusion": "Đủ điều kiện hỗ trợ.",
        "start_time": "08:30", "end_time": "10:15",
        "participants": [Participant("Nguyễn Văn An", "Cán bộ", "UBND xã", role="chair"),
                         Participant("Lê Thị Hoa", "Chuyên viên", "UBND xã", role="secretary"),
                         Participant("Phạm Thị Hương", "Chủ cơ sở", "", "establishment")]})


def photo(folder: Path, name: str = "xuong.jpg", size: tuple[int, int] = (1200, 900)) -> Path:
    path = folder / name
    Image.new("RGB", size, (170, 110, 60)).save(path, "JPEG")
    return path


def input_dialogs() -> list[QInputDialog]:
    widgets = [w for top in QApplication.topLevelWidgets() for w in [top, *top.findChildren(QInputDialog)]]
    return [w for w in widgets if isinstance(w, QInputDialog) and w.isVisible()]


def click_in_box(qtbot, text: str) -> None:  # noqa: ANN001
    """Wait for the message box that has a button `text` (others may still be open) and click it."""
    from gui_helpers import message_boxes

    def box_with_button() -> QAbstractButton | None:
        return next((b for box in message_boxes() for b in box.buttons() if b.text() == text), None)

    qtbot.waitUntil(lambda: box_with_button() is not None, timeout=5000)
    button = box_with_button()
    assert button is not None
    button.click()


@pytest.fixture(autouse=True)
def no_editor_left_open() -> Iterator[None]:
    """Editor windows outlive the view that opened them; each test closes the ones it left open."""
    yield
    from kc_desktop.gui.forms.editors import open_editors

    for editor in open_editors():
        editor.close()
