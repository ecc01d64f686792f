"""Field surveys and inspections: drafts saved as typed, finalize with a number, corrections."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop.db.base import new_id, utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment, Site
from kc_desktop.db.models_work import FieldRecord, FollowUpAction, FormTemplate, Project
from kc_desktop.domain import consistency
from kc_desktop.domain.consistency import Contradiction, DatedStep
from kc_desktop.domain.enums import Labelled
from kc_desktop.domain.project import rules_for
from kc_desktop.domain.rules import EstablishmentPlace, eligibility
from kc_desktop.domain.text import fold, nfc, nfc_text
from kc_desktop.errors import KCError, NotFound, ValidationFailed
from kc_desktop.forms.answers import answer_at, change_at, check, defaults, is_empty
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.services import attachments, finalizing, templates
from kc_desktop.services.templates import RecordKind

HEADER_FIELDS = (
    "project_id",
    "establishment_id",
    "record_date",
    "start_time",
    "end_time",
    "place",
    "participants",
    "findings",
    "conclusion",
    "recommendation",
    "recipients",
)


class RecordState(Labelled):
    DRAFT = "draft", "Bản nháp"
    FINALIZED = "finalized", "Đã hoàn tất"


class ActionState(Labelled):
    OPEN = "open", "Chưa thực hiện"
    DONE = "done", "Đã thực hiện"
    CANCELLED = "cancelled", "Hủy"


class TeamRole(Labelled):
    """The role of an officer of the team in the minutes (Mẫu 1.9: who chairs, who writes the minutes)."""

    MEMBER = "member", "Thành viên"
    CHAIR = "chair", "Chủ trì"
    SECRETARY = "secretary", "Thư ký"


@dataclass
class Participant:
    """Someone present: an officer or one of the establishment's people."""

    name: str
    title: str = ""
    unit: str = ""
    side: str = "office"  # "office" or "establishment"
    role: str = TeamRole.MEMBER.value  # of an officer: chair, secretary or member


@dataclass(frozen=True)
class FinalAction:
    """A follow-up action as it was when the minutes were finalized (what the signed copy says)."""

    description: str
    responsible: str = ""
    deadline: dt.date | None = None
    state: str = ActionState.OPEN.value
    id: str = ""  # the follow-up action's id, to follow it after finalization


@dataclass
class FieldRecordData:
    """Everything an officer fills in on a survey or an inspection."""

    id: str
    kind: str
    template_id: str
    project_id: str | None
    establishment_id: str | None
    record_date: dt.date | None
    start_time: str  # "HH:MM"
    end_time: str
    place: str
    participants: list[Participant]
    answers: dict[str, Any]
    findings: str
    conclusion: str
    recommendation: str
    state: str
    number_text: str
    version: int
    supersedes_id: str | None
    correction_reason: str
    error_count: int
    superseded_by: list[str] = field(default_factory=list)
    # The follow-up actions as they were when the minutes were finalized; None on a draft.
    final_actions: list[FinalAction] | None = None
    explanation: str = ""  # why the minutes stand despite a contradiction ("Ý kiến khác / giải trình")
    recipients: str = ""  # "Nơi nhận" as edited, one a line; "" while it is the list computed from who was present


@dataclass(frozen=True)
class ActionRow:
    id: str
    field_record_id: str
    description: str
    responsible: str
    deadline: dt.date | None
    state: str
    overdue: bool


def start(
    db: Database,
    actor: Actor,
    kind: str,
    template_id: str,
    project_id: str | None = None,
    establishment_id: str | None = None,
    record_date: dt.date | None = None,
) -> str:
    """Open a new draft filled with the template's defaults."""
    record_kind = RecordKind.parse(kind)
    if record_kind is None:
        raise KCError(f"Loại biên bản «{kind}» không hợp lệ.")
    definition = templates.definition(db, template_id)
    with db.session(actor) as session:
        record = start_in(session, definition, record_kind.value, template_id, project_id, establishment_id,
                          record_date)
        session.flush()
        return record.id


def start_in(
    session: Session,
    definition: FormDefinition,
    kind: str,
    template_id: str,
    project_id: str | None = None,
    establishment_id: str | None = None,
    record_date: dt.date | None = None,
    answers: dict[str, Any] | None = None,
) -> FieldRecord:
    """A new draft inside the caller's transaction: the template's defaults, then `answers` over them."""
    record_kind = RecordKind.parse(kind)
    assert record_kind is not None
    template = session.get(FormTemplate, template_id)
    if template is None or template.status != "published":
        raise KCError("Chỉ dùng được mẫu phiếu đang dùng (đã phát hành).")
    if template.kind != record_kind.value:
        raise KCError(f"Mẫu «{template.title}» không dành cho {record_kind.label.lower()}.")
    values = {**defaults(definition), **(answers or {})}
    record = FieldRecord(
        id=new_id(),
        kind=record_kind.value,
        template_id=template_id,
        project_id=project_id,
        establishment_id=establishment_id,
        record_date=record_date or dt.date.today(),
        answers=json.dumps(values, ensure_ascii=False),
        error_count=len(check(definition, values)),
    )
    session.add(record)
    session.flush()  # the column defaults, which the checks read
    if answers:
        recount(session, record, definition)
    return record


def recount(session: Session, record: FieldRecord, definition: FormDefinition) -> int:
    """Count a draft's problems again after a change (what save_draft does after each autosave)."""
    record.error_count = len(_merge(*_all_problems(session, record, definition)))
    return record.error_count


def save_draft(db: Database, actor: Actor, record_id: str, changes: dict[str, Any]) -> int:
    """Autosave: store what was typed (header fields and/or answers) and return the error count.

    `changes` may hold header fields and `answers` (a dict of question → value, merged).
    Nothing is validated away: a draft keeps exactly what was typed.
    """
    with db.session(actor) as session:
        record = _get(session, record_id)
        if record.state != RecordState.DRAFT:
            raise KCError(f"Biên bản {record.number_text} đã hoàn tất; không lưu nháp được.")
        for name, value in changes.items():
            if name == "answers":
                merged = json.loads(record.answers)
                merged.update(value)
                record.answers = json.dumps(merged, ensure_ascii=False)
            elif name == "participants":
                record.participants = json.dumps([_participant_json(p) for p in value], ensure_ascii=False)
            elif name in ("start_time", "end_time"):
                value = nfc(value)
                if value and not valid_time(value):
                    raise ValidationFailed({name: f"Giờ «{value}» không đọc được (ví dụ 08:30)."})
                setattr(record, name, value)
            elif name == "explanation":
                record.explanation = nfc_text(value)
            elif name in HEADER_FIELDS:
                setattr(record, name, _tidy(name, value))
            else:
                raise KCError(f"Trường «{name}» không có trên biên bản.")
        return recount(session, record, templates.definition(db, record.template_id))


def _tidy(name: str, value: Any) -> Any:
    """NFC text; findings, conclusion, recommendation and recipients keep their line breaks."""
    if not isinstance(value, str) or name in ("project_id", "establishment_id"):
        return value
    return nfc_text(value) if name in ("findings", "conclusion", "recommendation", "recipients") else nfc(value)


def _participant_json(p: Participant | dict[str, str]) -> dict[str, str]:
    data = p if isinstance(p, dict) else p.__dict__
    out = {key: nfc(str(data.get(key) or "")) for key in ("name", "title", "unit", "side")}
    out["side"] = out["side"] or "office"
    out["role"] = str(data.get("role") or TeamRole.MEMBER.value) if out["side"] == "office" else TeamRole.MEMBER.value
    return out


def participant(data: dict[str, Any]) -> Participant:
    """A stored participant (records made before roles existed have none: members)."""
    return Participant(**{k: str(data.get(k) or "") for k in ("name", "title", "unit")},
                       side=str(data.get("side") or "office"), role=str(data.get("role") or TeamRole.MEMBER.value))


ARCHIVE = "Lưu: VT"


def recipients(participants: Sequence[Participant], establishment: str, office: str) -> tuple[str, ...]:
    """"Nơi nhận" of survey and inspection minutes, one copy each: every other unit of the team, the
    establishment, and the issuing office's archive ("Lưu: VT"), which keeps the office's own copy.

    A unit of the team that is the issuing office itself (its name, without a note in brackets) takes no
    copy of its own; units are listed as written, once each.
    """
    own = fold(re.sub(r"\(.*?\)", "", office))
    listed: dict[str, str] = {}
    for person in participants:
        if not nfc(person.name) or person.side == "establishment":
            continue
        unit = " ".join(nfc(person.unit).split())
        key = fold(unit)
        if unit and key not in listed and not (own and (own.startswith(key) or key.startswith(own))):
            listed[key] = unit
    theirs = nfc(establishment) or next(
        (nfc(p.unit) for p in participants if p.side == "establishment" and nfc(p.unit)), "")
    return (*listed.values(), *([theirs] if theirs else []), ARCHIVE)


def printed_recipients(typed: str, participants: Sequence[Participant], establishment: str,
                       office: str) -> tuple[str, ...]:
    """What "Nơi nhận" prints, one copy each: the list as the officer edited it, one recipient a line, or else
    (nothing typed: a draft not edited, minutes made before the list could be edited) the computed one."""
    lines = consistency.recipient_lines(typed)
    return tuple(lines) if lines else recipients(participants, establishment, office)


def _recipients_of(session: Session, record: FieldRecord) -> tuple[str, ...]:
    establishment = session.get(Establishment, record.establishment_id) if record.establishment_id else None
    office = session.scalars(select(Site).where(Site.is_self.is_(True))).first()
    return printed_recipients(record.recipients, [participant(p) for p in json.loads(record.participants)],
                              establishment.name if establishment else "", office.name if office else "")


def recipients_of(db: Database, record_id: str) -> tuple[tuple[str, ...], bool]:
    """The record's "Nơi nhận" as the minutes print it, and whether the officer edited it (else it follows who
    is present: the establishment and the units of the team)."""
    with db.read() as session:
        record = _get(session, record_id)
        return _recipients_of(session, record), bool(consistency.recipient_lines(record.recipients))


def valid_time(text: str) -> bool:
    """"08:30": hours and minutes of a day, as the minutes print them."""
    try:
        return len(text) == 5 and dt.time.fromisoformat(text) is not None
    except ValueError:
        return False


def _header_errors(session: Session, record: FieldRecord, definition: FormDefinition,
                   today: dt.date | None = None) -> dict[str, str]:
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if record.establishment_id is None or session.get(Establishment, record.establishment_id) is None:
        errors["establishment_id"] = "Chưa chọn cơ sở."
    if record.kind == RecordKind.INSPECTION and record.project_id is None:
        errors["project_id"] = "Biên bản kiểm tra phải gắn với một đề án."
    if record.record_date is None:
        errors["record_date"] = "Chưa nhập ngày lập biên bản."
    elif record.record_date > today:
        errors["record_date"] = f"Ngày {record.record_date:%d/%m/%Y} ở tương lai."
    elif record.project_id is not None:
        project = session.get(Project, record.project_id)
        start_date = project.planned_start if project is not None and record.kind == RecordKind.INSPECTION else None
        if start_date is not None and record.record_date < start_date:
            errors["record_date"] = (
                f"Ngày kiểm tra {record.record_date:%d/%m/%Y} trước ngày bắt đầu đề án {start_date:%d/%m/%Y}."
            )
    # Mẫu 1.9: the minutes say when the work started and ended.
    for name, what in (("start_time", "bắt đầu"), ("end_time", "kết thúc")):
        value = getattr(record, name) or ""
        if not value:
            errors[name] = f"Chưa nhập giờ {what}."
        elif not valid_time(value):
            errors[name] = f"Giờ {what} «{value}» không đọc được (ví dụ 08:30)."
    if "start_time" not in errors and "end_time" not in errors and record.end_time < record.start_time:
        errors["end_time"] = "Giờ kết thúc trước giờ bắt đầu."
    if not nfc(record.place):
        errors["place"] = "Chưa nhập địa điểm."
    people = [participant(p) for p in json.loads(record.participants) if nfc(p.get("name"))]
    officers = [p for p in people if p.side != "establishment"]
    roles = [p.role for p in officers]
    if not people:
        errors["participants"] = "Chưa có thành phần tham dự."
    elif roles.count(TeamRole.CHAIR.value) != 1:
        errors["participants"] = ("Chưa chọn người chủ trì trong đoàn." if TeamRole.CHAIR.value not in roles
                                  else "Chỉ một người chủ trì.")
    elif TeamRole.SECRETARY.value not in roles:
        errors["participants"] = "Chưa chọn thư ký (người ghi biên bản) trong đoàn."
    elif not [p for p in people if p.side == "establishment"]:
        errors["participants"] = "Chưa có đại diện của cơ sở."
    if not nfc(record.conclusion) and not _conclusion_answer(definition, record):
        errors["conclusion"] = "Chưa có kết luận."
    return errors


def _conclusion_answer(definition: FormDefinition, record: FieldRecord) -> bool:
    """Whether the template's own conclusion question is answered (it is then the minutes' conclusion)."""
    question = definition.conclusion_question()
    return question is not None and not is_empty(json.loads(record.answers).get(question.name))


# The questions of the shipped templates (resources/templates) whose answers the consistency rules read.
# A template without them is simply not checked on that point.
APPLICATION_DATE = "ngay_nhan_ho_so"  # survey: the day the application was received
PLACE_KIND, CRAFT_VILLAGE, PROPOSAL = "dia_ban", "lang_nghe", "de_xuat"  # survey: eligibility, proposal
PROPOSALS = {"du_dieu_kien": "support", "co_dieu_kien": "with_conditions", "khong_du": "no"}
VERDICT = "ket_luan_kiem_tra"  # inspection: the overall result
VERDICTS = {"dat_yeu_cau": "ok", "can_khac_phuc": "fix", "de_nghi_dung": "violation"}
FAILED = "không đạt"  # the label of a checklist row's failing choice
SIDES = {"office": "đoàn", "establishment": "cơ sở"}


def _choice_label(definition: FormDefinition, name: str, value: Any) -> str:
    if not definition.has_question(name):
        return str(value or "")
    question = definition.question(name)
    options = definition.options(question.list_name or "")
    return next((o.label for o in options if o.name == value), str(value or ""))


def _failed_rows(definition: FormDefinition, answers: dict[str, Any]) -> list[str]:
    """The labels of the single-choice questions answered with a choice labelled "Không đạt"."""
    rows = []
    for question in definition.questions:
        if question.type != "select_one" or question.name not in answers:
            continue
        if _choice_label(definition, question.name, answers[question.name]).strip().lower() == FAILED:
            rows.append(question.label or question.name)
    return rows


def _contradictions(session: Session, record: FieldRecord, definition: FormDefinition) -> dict[str, str]:
    """Findings against the conclusion, dates out of order and one person twice, by header field."""
    answers = json.loads(record.answers)
    project = session.get(Project, record.project_id) if record.project_id else None
    found: list[Contradiction] = []
    steps = [DatedStep(consistency.DECISION, "Ngày quyết định phê duyệt đề án",
                       project.approval_date if project else None),
             DatedStep(consistency.CONTRACT, "Ngày hợp đồng thực hiện đề án",
                       project.contract_date if project else None)]
    if record.kind == RecordKind.SURVEY:
        applied = _date(answers.get(APPLICATION_DATE))
        steps += [DatedStep(consistency.APPLICATION, "Ngày nhận hồ sơ đề nghị hỗ trợ", applied, "record_date"),
                  DatedStep(consistency.SURVEY, "Ngày khảo sát", record.record_date, "record_date")]
        ineligible = []
        if answers.get(PLACE_KIND) and answers.get(CRAFT_VILLAGE):
            place = EstablishmentPlace("", str(answers[PLACE_KIND]), "", answers[CRAFT_VILLAGE] == "co")
            if eligibility(place, rules_for(project.approval_date if project else record.record_date).value):
                ineligible.append("cơ sở ở phường, không thuộc làng nghề được công nhận: theo Nghị định "
                                  "235/2025/NĐ-CP không thuộc đối tượng hỗ trợ")
        proposal = answers.get(PROPOSAL)
        # The recommendation in words: under "Kiến nghị", or else in the conclusion.
        in_words = ("conclusion", "Kết luận", record.conclusion) if (
            not consistency.recommends_support(record.recommendation)
            and consistency.recommends_support(record.conclusion)) else (
            "recommendation", "Kiến nghị", record.recommendation)
        found += consistency.survey_recommendation(
            ineligible, PROPOSALS.get(str(proposal), ""), _choice_label(definition, PROPOSAL, proposal),
            in_words[2], in_words[0], in_words[1])
    else:
        steps.append(DatedStep(consistency.INSPECTION, "Ngày kiểm tra", record.record_date, "record_date"))
        verdict = answers.get(VERDICT)
        found += consistency.inspection_verdict(
            _failed_rows(definition, answers),
            VERDICTS.get(str(verdict), ""), _choice_label(definition, VERDICT, verdict), record.conclusion)
    found += consistency.date_order(steps)
    people = [(p.get("name", ""), _role(p.get("title", ""), SIDES.get(p.get("side", ""), "")))
              for p in json.loads(record.participants)]
    found += consistency.one_person_two_roles(people, "participants")
    found += _copies(session, record)
    return consistency.by_field(found)


def _copies(session: Session, record: FieldRecord) -> list[Contradiction]:
    """A number of copies written in the record's texts against the recipients the minutes print."""
    listed = _recipients_of(session, record)
    for where in ("findings", "conclusion", "recommendation"):
        copies = consistency.stated_copies(getattr(record, where) or "")
        if copies is not None:
            return consistency.copies_against_recipients(copies, listed, where)
    return []


def _role(title: str, side: str) -> str:
    """"Cán bộ (đoàn)": what a participant is, and on which side."""
    return f"{title} ({side})" if title and side else title or side


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _merge(blocking: dict[str, str], contradictions: dict[str, str]) -> dict[str, str]:
    """Missing information first; a field with both shows both."""
    merged = dict(blocking)
    for name, message in contradictions.items():
        merged[name] = f"{merged[name]} {message}" if name in merged else message
    return merged


def _all_problems(
    session: Session, record: FieldRecord, definition: FormDefinition, today: dt.date | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """(what stops finalizing, the contradictions that need an explanation)."""
    blocking = {**_header_errors(session, record, definition, today), **check(definition, json.loads(record.answers))}
    return blocking, _contradictions(session, record, definition)


def problems(db: Database, record_id: str, today: dt.date | None = None) -> dict[str, str]:
    """Everything left to look at before finalizing, by field or question name: what is missing (it blocks)
    and the contradictions (finalizing despite them needs an explanation, see `contradictions`)."""
    with db.read() as session:
        record = _get(session, record_id)
        definition = templates.definition(db, record.template_id)
        return _merge(*_all_problems(session, record, definition, today))


def contradictions(db: Database, record_id: str) -> dict[str, str]:
    """The contradictions of a record, by header field: they need an explanation to finalize."""
    with db.read() as session:
        record = _get(session, record_id)
        return _contradictions(session, record, templates.definition(db, record.template_id))


def finalize(
    db: Database, actor: Actor, record_id: str, today: dt.date | None = None, explanation: str = ""
) -> str:
    """Check everything, give the official number and freeze the record. Returns 'Số' text.

    Contradictions do not block, but then `explanation` (printed as "Ý kiến khác / giải trình") is required.
    """
    with db.session(actor) as session:
        record = _get(session, record_id)
        finalizing.lock(session, record)
        if record.state != RecordState.DRAFT:
            raise KCError(f"Biên bản {record.number_text} đã hoàn tất rồi.")
        definition = templates.definition(db, record.template_id)
        blocking, found = _all_problems(session, record, definition, today)
        if blocking:
            raise ValidationFailed(_merge(blocking, found))
        finalizing.explain(record, found, explanation)
        # The signed copy says how far each follow-up action had got; later progress is printed apart.
        record.final_actions = json.dumps([_final_json(a) for a in _live_actions(session, record_id)],
                                          ensure_ascii=False)
        # ... and to whom it goes: the list as typed, or else the one computed today, kept whatever later becomes of
        # the establishment's name.
        if not consistency.recipient_lines(record.recipients):
            record.recipients = "\n".join(_recipients_of(session, record))
        return finalizing.give_number(session, record, actor.site_id, record.kind, record.record_date)


def _live_actions(session: Session, record_id: str) -> list[FollowUpAction]:
    return list(session.scalars(
        select(FollowUpAction)
        .where(FollowUpAction.field_record_id == record_id, FollowUpAction.deleted_at.is_(None))
        .order_by(FollowUpAction.deadline, FollowUpAction.created_at)
    ))


def _final_json(action: FollowUpAction) -> dict[str, Any]:
    return {"id": action.id, "description": action.description, "responsible": action.responsible,
            "deadline": action.deadline.isoformat() if action.deadline else None, "state": action.state}


def _final_actions(text: str | None) -> list[FinalAction] | None:
    if text is None:
        return None
    return [FinalAction(a["description"], a.get("responsible") or "",
                        dt.date.fromisoformat(a["deadline"]) if a.get("deadline") else None,
                        a.get("state") or ActionState.OPEN.value, a.get("id") or "") for a in json.loads(text)]


_COPIED = ("kind", "template_id", "project_id", "establishment_id", "record_date", "start_time", "end_time",
           "place", "participants", "answers", "findings", "conclusion", "recommendation", "recipients")


def correct(db: Database, actor: Actor, record_id: str, reason: str) -> str:
    """Start a correction of a finalized record: a new draft that points to it, with the reason."""
    with db.session(actor) as session:
        copy = finalizing.correction_of(session, _get(session, record_id), reason, _COPIED)
        for action in session.scalars(
            select(FollowUpAction).where(
                FollowUpAction.field_record_id == record_id, FollowUpAction.deleted_at.is_(None)
            )
        ):
            session.add(
                FollowUpAction(
                    field_record_id=copy.id,
                    description=action.description,
                    responsible=action.responsible,
                    deadline=action.deadline,
                    state=action.state,
                )
            )
        return copy.id


def discard_draft(db: Database, actor: Actor, record_id: str) -> None:
    with db.session(actor) as session:
        record = _get(session, record_id)
        if record.state != RecordState.DRAFT:
            raise KCError("Biên bản đã hoàn tất không xóa được.")
        record.deleted_at = utcnow()


def _get(session: Session, record_id: str) -> FieldRecord:
    record = session.get(FieldRecord, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(f"Không tìm thấy biên bản {record_id}.")
    return record


def load(db: Database, record_id: str) -> FieldRecordData:
    with db.read() as session:
        r = _get(session, record_id)
        newer = list(session.scalars(select(FieldRecord.id).where(FieldRecord.supersedes_id == record_id)))
        return FieldRecordData(
            r.id,
            r.kind,
            r.template_id,
            r.project_id,
            r.establishment_id,
            r.record_date,
            r.start_time,
            r.end_time,
            r.place,
            [participant(p) for p in json.loads(r.participants)],
            json.loads(r.answers),
            r.findings,
            r.conclusion,
            r.recommendation,
            r.state,
            r.number_text,
            r.version,
            r.supersedes_id,
            r.correction_reason,
            r.error_count,
            newer,
            _final_actions(r.final_actions),
            r.explanation,
            r.recipients,
        )


def save_action(
    db: Database,
    actor: Actor,
    record_id: str,
    action_id: str | None,
    description: str,
    responsible: str = "",
    deadline: dt.date | None = None,
    state: str = "open",
) -> str:
    """Add or edit a follow-up action (its state may change after the record is finalized)."""
    if not nfc(description):
        raise ValidationFailed({"description": "Chưa nhập nội dung việc cần làm."})
    if ActionState.parse(state) is None:
        raise ValidationFailed({"state": "Trạng thái không hợp lệ."})
    with db.session(actor) as session:
        record = _get(session, record_id)
        action = session.get(FollowUpAction, action_id) if action_id else None
        if record.state == RecordState.FINALIZED and (action is None or action.description != nfc(description)):
            raise KCError("Biên bản đã hoàn tất: chỉ cập nhật được tình trạng thực hiện của việc cần làm.")
        action = action or FollowUpAction(field_record_id=record_id)
        action.description, action.responsible, action.deadline = nfc(description), nfc(responsible), deadline
        action.state = state
        session.add(action)
        session.flush()
        return action.id


def actions(
    db: Database, record_id: str | None = None, due_within_days: int | None = None, today: dt.date | None = None
) -> list[ActionRow]:
    """Follow-up actions of a record, or every open action due within N days (overdue first)."""
    today = today or dt.date.today()
    with db.read() as session:
        query = select(FollowUpAction).where(FollowUpAction.deleted_at.is_(None))
        if record_id:
            query = query.where(FollowUpAction.field_record_id == record_id)
        if due_within_days is not None:
            superseded = select(FieldRecord.supersedes_id).where(
                FieldRecord.supersedes_id.is_not(None), FieldRecord.deleted_at.is_(None)
            )
            query = query.where(
                FollowUpAction.state == ActionState.OPEN,
                FollowUpAction.deadline <= today + dt.timedelta(days=due_within_days),
                FollowUpAction.field_record_id.not_in(superseded),
            )
        query = query.order_by(FollowUpAction.deadline, FollowUpAction.created_at)
        return [
            ActionRow(
                a.id,
                a.field_record_id,
                a.description,
                a.responsible,
                a.deadline,
                a.state,
                a.state == ActionState.OPEN and a.deadline is not None and a.deadline < today,
            )
            for a in session.scalars(query)
        ]


def attach_photo(
    db: Database, actor: Actor, record_id: str, source: Path, question: str = "", caption: str = ""
) -> str:
    """A photo for the whole record or for one question (image questions list their photos)."""
    with db.read() as session:
        if _get(session, record_id).state != RecordState.DRAFT:
            raise KCError("Biên bản đã hoàn tất; không thêm ảnh được.")
    attachment_id = attachments.add_image(db, actor, "field_record", record_id, source, question, caption)
    if question:
        answers = load(db, record_id).answers
        current = answer_at(answers, question)  # a question of a repeat: "may[2]/anh"
        current = current if isinstance(current, list) else []
        save_draft(db, actor, record_id, {"answers": change_at(answers, question, [*current, attachment_id])})
    return attachment_id


def instance_removed(db: Database, actor: Actor, record_id: str, removed: str) -> None:
    """A repeat instance ("may[2]") was removed from a draft: its photos go, the later ones' are renumbered."""
    with db.read() as session:
        if _get(session, record_id).state != RecordState.DRAFT:
            raise KCError("Biên bản đã hoàn tất; không sửa được nữa.")
    attachments.instance_removed(db, actor, record_id, removed)


def remove_action(db: Database, actor: Actor, action_id: str) -> None:
    """Take back a follow-up action typed by mistake on a draft (a finalized record keeps its actions)."""
    with db.session(actor) as session:
        action = session.get(FollowUpAction, action_id)
        if action is None or action.deleted_at is not None:
            return
        if _get(session, action.field_record_id).state != RecordState.DRAFT:
            raise KCError("Biên bản đã hoàn tất: không xóa được việc cần làm, chỉ chuyển sang «Hủy».")
        action.deleted_at = utcnow()
