"""Demo projects across every status, with surveys and inspections as drafts and finalized."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import select

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.domain.acceptance import CHECKS, AcceptanceItem, CouncilMember, ItemSide
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput, ProjectStatus
from kc_desktop.errors import ValidationFailed
from kc_desktop.forms.answers import check
from kc_desktop.forms.definition import FormDefinition, Question
from kc_desktop.progress import Progress, Steps
from kc_desktop.services import acceptances, establishments, field_records, projects, templates
from kc_desktop.services.field_records import Participant

_EQUIPMENT = [
    "máy nhào đất",
    "lò nung gas",
    "máy dệt khổ rộng",
    "máy chà nhám",
    "máy phun sơn",
    "máy cắt CNC",
    "máy se hương",
    "máy đóng gói",
    "máy ép viên",
    "dây chuyền sấy",
]
# Kinds of support of the demo projects, with the title each gives (all are about equipment, as acceptances are).
_KINDS = [
    ("may_moc_thiet_bi", "Hỗ trợ ứng dụng {equipment} vào sản xuất"),
    ("may_moc_thiet_bi", "Hỗ trợ ứng dụng {equipment} vào sản xuất"),
    ("mo_hinh_trinh_dien", "Xây dựng mô hình trình diễn kỹ thuật {equipment}"),
    ("san_xuat_sach_hon", "Hỗ trợ sản xuất sạch hơn: thay thế bằng {equipment} tiết kiệm năng lượng"),
]
_OFFICERS = [
    ("Nguyễn Thị Minh Hằng", "Chuyên viên", "Trung tâm Khuyến công"),
    ("Trần Văn Quyết", "Phó Giám đốc", "Trung tâm Khuyến công"),
    ("Lê Thu Trang", "Cán bộ kinh tế", "UBND xã"),
]


@dataclass(frozen=True)
class WorkSummary:
    projects: int
    surveys: int
    inspections: int
    acceptances: int = 0


def sample_answers(definition: FormDefinition, rng: random.Random) -> dict[str, object]:
    """Plausible answers to a template: mostly the first choice, then repaired against its own rules.

    Constraints of a template are arbitrary, so answers that break one are retried with
    other candidate values until the form checks out (or the candidates run out).
    """
    answers: dict[str, object] = {}
    for question in definition.fields():
        candidates = _candidates(definition, question, rng)
        if candidates:
            answers[question.name] = candidates[0]
    for _ in range(3):
        errors = check(definition, answers)
        if not errors:
            break
        for name in errors:
            question = definition.question(name)
            for candidate in _candidates(definition, question, rng)[1:]:
                answers[name] = candidate
                if name not in check(definition, answers):
                    break
    return answers


def _candidates(definition: FormDefinition, question: Question, rng: random.Random) -> list[object]:
    options = [o.name for o in definition.choices.get(question.list_name, ())]
    if question.type == "select_one" and options:
        first = options[0] if rng.random() < 0.8 else rng.choice(options)
        return [first, *options]
    if question.type == "select_multiple" and options:
        return [[options[0]], *([o] for o in options[1:]), options]
    if question.type == "integer":
        return [rng.randrange(1, 40), 0, 1, 5, 10, 50, 100, 1000, 10_000, 1_000_000, 100_000_000, 500_000_000]
    if question.type == "decimal":
        return [round(rng.uniform(1, 500), 1), 0.0, 1.0, 10.0, 50.0, 100.0, 1000.0]
    if question.type == "date":
        day = dt.date(2026, rng.randrange(1, 10), rng.randrange(1, 28))
        return [day.isoformat(), dt.date(2025, 1, 15).isoformat(), dt.date.today().isoformat()]
    if question.type == "text":
        return ["Đạt yêu cầu, phù hợp với hồ sơ.", "Không có"]
    return []


def generate(db: Database, actor: Actor, count: int = 40, seed: int = 1) -> Steps[WorkSummary]:
    rng = random.Random(seed + 1000)
    with db.read() as session:
        pool = list(
            session.scalars(
                select(Establishment.id)
                .where(Establishment.deleted_at.is_(None))
                .order_by(Establishment.name_sort)
                .limit(2000)
            )
        )
    survey_t = templates.published(db, "survey")
    inspection_t = templates.published(db, "inspection")
    if not pool or not survey_t or not inspection_t:
        return WorkSummary(0, 0, 0)
    order = list(ProjectStatus)
    surveys = inspections = accepted = 0
    for index in range(count):
        status = order[index % len(order)]
        beneficiaries = rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 1, 2))))
        shares = []
        for establishment_id in beneficiaries:
            total = rng.randrange(20, 90) * 10_000_000
            kc = min(total // 2, 300_000_000)
            shares.append(BeneficiaryInput(establishment_id, total, kc, total - kc))
        year = 2025 if index % 3 == 0 else 2026
        approval = dt.date(year, rng.randrange(1, 9), rng.randrange(1, 28))
        kind, title = rng.choice(_KINDS)
        kc_total = sum(s.kc_amount for s in shares)
        advanced, settled = _payments(rng, status, kc_total)
        data = ProjectInput(
            code=f"KC-{year}-{index + 1:03d}",
            title=title.format(equipment=rng.choice(_EQUIPMENT)),
            plan_year=year,
            round=rng.randrange(1, 3),
            funding_source=rng.choice(["local", "local", "national"]),
            support_kind_code=kind,
            approval_decision_no=f"{rng.randrange(100, 999)}/QĐ-SCT",
            approval_date=approval,
            contract_no=f"{rng.randrange(10, 99)}/HĐ-KC",
            contract_date=approval,
            planned_start=approval,
            planned_end=approval + dt.timedelta(days=150),
            total_amount=sum(s.total_amount for s in shares),
            kc_amount=kc_total,
            counterpart_amount=sum(s.counterpart_amount for s in shares),
            advanced_amount=advanced,
            settled_amount=settled,
            beneficiaries=shares,
        )
        project_id = projects.save(db, actor, None, data)
        for step in order[1 : order.index(status) + 1] if status is not ProjectStatus.CANCELLED else []:
            projects.transition(db, actor, project_id, step.value)
        if status is ProjectStatus.CANCELLED:
            projects.transition(db, actor, project_id, "cancelled", "Cơ sở xin rút khỏi danh sách hỗ trợ.")
        if status is not ProjectStatus.PROPOSED:
            surveys += _record(
                db,
                actor,
                rng,
                "survey",
                survey_t[0].id,
                project_id,
                beneficiaries[0],
                approval - dt.timedelta(days=20),
                final=index % 4 != 1,
            )
        if status in (
            ProjectStatus.IN_PROGRESS,
            ProjectStatus.INSPECTED,
            ProjectStatus.ACCEPTED,
            ProjectStatus.SETTLED,
        ):
            inspections += _record(
                db,
                actor,
                rng,
                "inspection",
                inspection_t[0].id,
                project_id,
                beneficiaries[0],
                min(approval + dt.timedelta(days=60), dt.date.today()),
                final=status is not ProjectStatus.IN_PROGRESS,
            )
        if status in (ProjectStatus.INSPECTED, ProjectStatus.ACCEPTED, ProjectStatus.SETTLED):
            accepted += _acceptance(
                db,
                actor,
                rng,
                project_id,
                shares[0],
                approval + dt.timedelta(days=120),
                final=status is not ProjectStatus.INSPECTED,
            )
        yield Progress(index + 1, count, "Đang tạo đề án mẫu…")
    return WorkSummary(count, surveys, inspections, accepted)


def _payments(rng: random.Random, status: ProjectStatus, approved: int) -> tuple[int, int]:
    """Advance (tạm ứng) and settlement (quyết toán) as the status has them, in whole millions of đồng.

    Work under way has an advance of 30–70 %; an accepted project awaits its settlement; a settled
    one is settled in full, or a little under when the equipment cost less than planned.
    """
    def part(low: int, high: int) -> int:
        return min(approved, int(round(approved * rng.randrange(low, high + 1, 10) / 100, -6)))

    if status in (ProjectStatus.IN_PROGRESS, ProjectStatus.INSPECTED):
        return part(30, 70), 0
    if status is ProjectStatus.ACCEPTED:
        return part(50, 70), 0
    if status is ProjectStatus.SETTLED:
        settled = approved if rng.random() < 0.75 else part(90, 99)
        return part(50, 70), settled
    return 0, 0


def _record(
    db: Database,
    actor: Actor,
    rng: random.Random,
    kind: str,
    template_id: str,
    project_id: str,
    establishment_id: str,
    day: dt.date,
    final: bool,
) -> int:
    record_id = field_records.start(db, actor, kind, template_id, project_id, establishment_id, day)
    definition = templates.definition(db, template_id)
    people = [Participant(*officer, side="office", role=role)
              for officer, role in zip(rng.sample(_OFFICERS, 2), ("chair", "secretary"), strict=True)]
    owner = establishments.load(db, establishment_id)[0]
    people.append(
        Participant(
            owner.representative or "Đại diện cơ sở",
            owner.representative_title or "Chủ cơ sở",
            owner.name,
            "establishment",
        )
    )
    field_records.save_draft(
        db,
        actor,
        record_id,
        {
            "place": "Tại cơ sở sản xuất",
            "start_time": "08:30",
            "end_time": "10:00",
            "participants": people,
            "answers": sample_answers(definition, rng),
            "findings": "Cơ sở thực hiện đúng nội dung đã đăng ký.",
            "conclusion": "Đề nghị tiếp tục hỗ trợ theo kế hoạch." if kind == "survey" else "Đạt tiến độ.",
        },
    )
    if kind == "inspection":
        field_records.save_action(
            db,
            actor,
            record_id,
            None,
            "Bổ sung hóa đơn, phiếu xuất kho thiết bị",
            "Chủ cơ sở",
            # Finalized inspections of the demo are older work, mostly done; the rest fall due around today.
            dt.date.today() + dt.timedelta(days=rng.randrange(-4, 12)) if not final else day + dt.timedelta(days=14),
            "done" if final and rng.random() < 0.8 else "open",
        )
    if final:
        # If the template's own rules find something, the demo keeps it as a draft with errors.
        with contextlib.suppress(ValidationFailed):
            field_records.finalize(db, actor, record_id)
    return 1


_ITEMS = [
    ("Lò nung gas", "LGN-3M3", "Dung tích 3 m³, nhiệt độ tối đa 1.300 °C", "Việt Nam", "bộ"),
    ("Máy nhào đất chân không", "NĐ-500", "Công suất 500 kg/giờ, động cơ 7,5 kW", "Trung Quốc", "cái"),
    ("Máy dệt kiếm", "RP-190", "Khổ 190 cm, 400 vòng/phút", "Đài Loan", "cái"),
    ("Máy chà nhám thùng", "CN-1300", "Khổ 1.300 mm, 2 trục", "Việt Nam", "cái"),
    ("Hệ thống phun sơn tĩnh điện", "PS-02", "Buồng phun 2 m, súng phun tự động", "Hàn Quốc", "hệ thống"),
]


def signature_image(rng: random.Random, folder: Path) -> Path:
    """A pen-like scribble, as a signature pad would store it (transparent background)."""
    image = Image.new("RGBA", (420, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 38, 80 + rng.randrange(-55, 55)) for i in range(11)]
    draw.line(points, fill=(10, 20, 110, 255), width=5, joint="curve")
    path = folder / f"ky-{rng.randrange(10**9)}.png"
    image.save(path)
    return path


def _acceptance(
    db: Database, actor: Actor, rng: random.Random, project_id: str, share: BeneficiaryInput, day: dt.date, final: bool
) -> int:
    day = min(day, dt.date.today())
    owner = establishments.load(db, share.establishment_id)[0]
    record_id = acceptances.start(db, actor, project_id, share.establishment_id, day)
    items = []
    remaining = share.total_amount
    for position, (name, model, spec, origin, unit) in enumerate(rng.sample(_ITEMS, k=rng.randrange(1, 4))):
        price = remaining if position == 0 else rng.randrange(2, 9) * 5_000_000
        approved = ItemSide(
            name,
            model,
            spec,
            origin,
            2026,
            f"SN{rng.randrange(10**6):06d}",
            1,
            unit,
            price,
            "Công ty TNHH Thiết bị Hà Thành",
            f"00{rng.randrange(1000, 9999)}",
            day,
            "Đã lắp đặt",
        )
        delivered = dataclasses.replace(approved, state_text="Hoạt động tốt")
        if rng.random() < 0.2:
            delivered = dataclasses.replace(delivered, origin="Trung Quốc")
        items.append(AcceptanceItem(approved, delivered))
        remaining = max(remaining - price, 0)
    council = [
        CouncilMember(_OFFICERS[1][0], _OFFICERS[1][2], _OFFICERS[1][1], "chair"),
        CouncilMember(_OFFICERS[0][0], _OFFICERS[0][2], _OFFICERS[0][1], "secretary"),
        CouncilMember(_OFFICERS[2][0], _OFFICERS[2][2], _OFFICERS[2][1], "member"),
        CouncilMember(
            owner.representative or "Đại diện cơ sở",
            owner.name,
            owner.representative_title or "Chủ cơ sở",
            "beneficiary",
        ),
    ]
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
            "conclusion": "accepted",
            "conclusion_text": "Thiết bị được lắp đặt đúng chủng loại, hoạt động ổn định, đáp ứng yêu cầu sản xuất.",
            "recommendations": "Cơ sở duy trì vận hành, bảo dưỡng thiết bị theo hướng dẫn của nhà cung cấp.",
            "checks": {key: {"ok": True, "note": ""} for key in CHECKS},
            "recipients": "Sở Công Thương Hà Nội;\nCơ sở thụ hưởng;\nLưu: VT, KC.",
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
