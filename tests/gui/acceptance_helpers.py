"""Helpers for the acceptance GUI tests: an approved project, a draft ready but for signatures, signing by mouse."""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.acceptance import CHECKS, AcceptanceItem, CouncilMember, ItemSide
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.gui.widgets.signature_pad import SignaturePad
from kc_desktop.services import acceptances, projects

DAY = dt.date(2026, 11, 20)
COUNCIL = [
    CouncilMember("Trần Văn Quyết", "Trung tâm Khuyến công Hà Nội", "Phó Giám đốc", "chair"),
    CouncilMember("Lê Thu Trang", "Trung tâm Khuyến công Hà Nội", "Chuyên viên", "secretary"),
    CouncilMember("Phạm Thị Hương", "Công ty TNHH Gốm sứ Minh Long", "Giám đốc", "beneficiary"),
]


def approved_project(db: Database, actor: Actor, beneficiaries: list[str], code: str = "KCĐP-2026-014") -> str:
    """A project for equipment (limit: 50 %, 300 million), approved, with 300 million of khuyến công each."""
    project = projects.save(db, actor, None, ProjectInput(
        code=code, title="Hỗ trợ máy móc thiết bị sản xuất gốm", plan_year=2026, round=1,
        support_kind_code="may_moc_thiet_bi", approval_decision_no="125/QĐ-SCT", approval_date=dt.date(2026, 3, 2),
        contract_no="12/2026/HĐ-KC", contract_date=dt.date(2026, 3, 20),
        total_amount=800_000_000 * len(beneficiaries), kc_amount=300_000_000 * len(beneficiaries),
        counterpart_amount=500_000_000 * len(beneficiaries),
        beneficiaries=[BeneficiaryInput(e, 800_000_000, 300_000_000, 500_000_000) for e in beneficiaries]))
    for status in ("surveyed", "approved"):
        projects.transition(db, actor, project, status)
    return project


def item(name: str, count: float, price: int, **delivered: object) -> AcceptanceItem:
    approved = ItemSide(name=name, model="LGN-3M3", origin="Việt Nam", year_made=2026, quantity=count, unit="bộ",
                        unit_price=price)
    return AcceptanceItem(approved, dataclasses.replace(approved, **delivered))


def ready_draft(db: Database, actor: Actor, project: str, establishment: str) -> str:
    """Everything finalize asks for, except the signatures."""
    record = acceptances.start(db, actor, project, establishment, DAY)
    acceptances.save_draft(db, actor, record, {
        "place": "Tại xưởng sản xuất của cơ sở", "start_time": "08:30", "end_time": "10:15", "council": COUNCIL,
        "council_decision_no": "31/QĐ-TTKC", "council_decision_date": DAY - dt.timedelta(days=7),
        "items": [item("Lò nung gas", 1, 400_000_000, serial_no="LG-2211"), item("Máy nhào đất", 2, 100_000_000)],
        "checks": {key: {"ok": True, "note": ""} for key in CHECKS}, "conclusion": "accepted",
        "conclusion_text": "Thiết bị hoạt động ổn định."})
    return record


def draw_signature(qtbot, pad: SignaturePad, variant: int = 0) -> None:  # noqa: ANN001
    """Two strokes across the pad with mouse moves, like a hand signature (each variant its own)."""
    width, height = pad.width(), pad.height()
    wave = 0.25 + 0.05 * variant
    strokes = [
        [QPoint(int(width * (0.12 + 0.012 * i)), int(height * (0.6 - wave * ((i % 10) / 10)))) for i in range(40)],
        [QPoint(int(width * (0.55 + 0.008 * i)), int(height * (0.35 + (0.006 + 0.002 * variant) * i)))
         for i in range(30)],
    ]
    for points in strokes:
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
        for point in points[1:]:
            qtbot.mouseMove(pad, point)
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def ink_pixels(image: QImage) -> tuple[int, int]:
    """(opaque pixels, transparent pixels) of an image."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    opaque = clear = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            alpha = image.pixelColor(x, y).alpha()
            if alpha > 128:
                opaque += 1
            elif alpha == 0:
                clear += 1
    return opaque, clear
