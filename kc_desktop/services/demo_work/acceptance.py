"""The acceptance minutes of a demo project: the council, the equipment approved and delivered, invoices.

Dated so the paperwork could have happened: invoices after the contract and before the session (after the
first inspection when it found them missing), equipment made no later than its invoice; a delivered item
that differs from the approved one is accepted only with conditions. Finalized minutes carry the council's
signatures (scribbles as a signature pad stores them) and the beneficiary's signature on paper.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.domain.acceptance import CHECKS, AcceptanceItem, Conclusion, CouncilMember, ItemSide
from kc_desktop.domain.project import BeneficiaryInput
from kc_desktop.errors import ValidationFailed
from kc_desktop.services import acceptances
from kc_desktop.services.demo_work.catalogue import OFFICERS
from kc_desktop.services.demo_work.facts import Candidate, Line, Timeline, officer_at


def signature_image(rng: random.Random, folder: Path) -> Path:
    """A pen-like scribble, as a signature pad would store it (transparent background)."""
    image = Image.new("RGBA", (420, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 38, 80 + rng.randrange(-55, 55)) for i in range(11)]
    draw.line(points, fill=(10, 20, 110, 255), width=5, joint="curve")
    path = folder / f"ky-{rng.randrange(10**9)}.png"
    image.save(path)
    return path


def write_acceptance(
    db: Database,
    actor: Actor,
    rng: random.Random,
    project_id: str,
    owner: Candidate,
    share: BeneficiaryInput,
    lines: tuple[Line, ...],
    times: Timeline,
    supplier: str,
    late_invoice: bool,
    final: bool,
) -> int:
    """The acceptance minutes: invoices after the contract and before the session, equipment made no later
    than its invoice; a delivered item that differs from the approved one is accepted only with conditions."""
    day = times.acceptance
    assert day is not None and times.contract is not None and times.inspections
    record_id = acceptances.start(db, actor, project_id, share.establishment_id, day)
    # Invoiced before the first inspection, or after it when that inspection found the invoice missing.
    first, last = (times.inspections[0] + dt.timedelta(days=1), day - dt.timedelta(days=1)) if late_invoice else (
        times.contract + dt.timedelta(days=7), times.inspections[0] - dt.timedelta(days=1))
    invoiced = first + dt.timedelta(days=rng.randrange(max((last - first).days, 0) + 1))
    invoice_no = f"{rng.randrange(1, 10**6):08d}"
    items = []
    differences: list[str] = []
    for line in lines:
        equipment = line.equipment
        approved = ItemSide(
            equipment.name,
            equipment.model,
            equipment.specifications,
            equipment.origin,
            invoiced.year if rng.random() < 0.6 else invoiced.year - 1,
            f"SN{rng.randrange(10**6):06d}",
            line.quantity,
            equipment.unit,
            line.unit_price,
            supplier,
            invoice_no,
            invoiced,
            "Đã lắp đặt",
        )
        delivered = dataclasses.replace(approved, state_text="Hoạt động tốt")
        if not differences and rng.random() < 0.15:
            origin = "Trung Quốc" if equipment.origin != "Trung Quốc" else "Việt Nam"
            delivered = dataclasses.replace(delivered, origin=origin)
            differences.append(
                f"{equipment.name} có xuất xứ {origin}, khác với xuất xứ {equipment.origin} trong đề án được duyệt"
            )
        items.append(AcceptanceItem(approved, delivered))
    centre_deputy, centre_officer, local = (officer_at(officer, owner) for officer in (
        OFFICERS[1], OFFICERS[0], OFFICERS[2]))
    signatory, signatory_title = owner.signatory
    council = [
        CouncilMember(centre_deputy[0], centre_deputy[2], centre_deputy[1], "chair"),
        CouncilMember(centre_officer[0], centre_officer[2], centre_officer[1], "secretary"),
        CouncilMember(local[0], local[2], local[1], "member"),
        CouncilMember(signatory, owner.name, signatory_title, "beneficiary"),
    ]
    checks: dict[str, dict[str, object]] = {key: {"ok": True, "note": ""} for key in CHECKS}
    if differences:
        checks["content_conforms"] = {"ok": False, "note": "; ".join(differences) + "."}
        conclusion = Conclusion.WITH_CONDITIONS.value
        conclusion_text = (
            "; ".join(differences) + ". Cơ sở đã giải trình; thông số kỹ thuật đáp ứng yêu cầu sản xuất. "
            "Hội đồng thống nhất nghiệm thu có điều kiện."
        )
        recommendations = "Cơ sở bổ sung giấy chứng nhận xuất xứ (CO), chất lượng (CQ) của thiết bị trong 15 ngày."
    else:
        conclusion = Conclusion.ACCEPTED.value
        conclusion_text = "Thiết bị được lắp đặt đúng chủng loại, hoạt động ổn định, đáp ứng yêu cầu sản xuất."
        recommendations = "Cơ sở duy trì vận hành, bảo dưỡng thiết bị theo hướng dẫn của nhà cung cấp."
    acceptances.save_draft(
        db,
        actor,
        record_id,
        {
            "place": "Tại xưởng sản xuất của cơ sở",
            "start_time": "08:30",
            "end_time": "10:30",
            "council_decision_no": f"{rng.randrange(10, 200)}/QĐ-TTKC",
            "council_decision_date": day - dt.timedelta(days=7),
            "council": council,
            "items": items,
            "conclusion": conclusion,
            "conclusion_text": conclusion_text,
            "recommendations": recommendations,
            "checks": checks,
            "recipients": f"Sở Công Thương Hà Nội;\n{owner.name};\nLưu: VT, KC.",
        },
    )
    if final:
        with tempfile.TemporaryDirectory() as folder:
            for member in range(3):
                acceptances.sign(db, actor, record_id, member, signature_image(rng, Path(folder)))
        acceptances.sign(db, actor, record_id, 3, None, on_paper=True)
        with contextlib.suppress(ValidationFailed):
            acceptances.finalize(db, actor, record_id)
    return 1
