"""From the database to printed minutes: gather a record into document data, write one PDF or a batch."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

from kc_desktop.db.engine import Database, open_database
from kc_desktop.documents import blocks
from kc_desktop.documents.acceptance_source import render_acceptance
from kc_desktop.documents.data import (
    ActionLine,
    ActionProgress,
    DocumentMeta,
    EstablishmentIdentity,
    FieldDocument,
    InspectionDocument,
    Person,
    PhotoRef,
    ProgressDocument,
    Signer,
    SurveyDocument,
    with_hash,
)
from kc_desktop.documents.inspection import build_inspection
from kc_desktop.documents.output import CITY, PLACE, agency_for, write_atomically  # noqa: F401  (shared names)
from kc_desktop.documents.progress import build_progress
from kc_desktop.documents.survey import build_survey
from kc_desktop.documents.template_parts import has_answered_basis, parts, take_conclusion
from kc_desktop.domain.enums import EstablishmentKind
from kc_desktop.errors import KCError
from kc_desktop.forms.answers import split_key
from kc_desktop.progress import Progress, Steps
from kc_desktop.services import (
    attachments,
    establishments,
    field_records,
    installation,
    numbering,
    projects,
    reference,
    templates,
)
from kc_desktop.services.field_records import ActionState, Participant, TeamRole

Renderer = Callable[[Database, str, Path], Path]
PROGRESS = "progress"  # the renderer of the "Tình hình thực hiện kiến nghị" sheet of a survey or inspection
_TEAMS = {"survey": "ĐẠI DIỆN ĐOÀN KHẢO SÁT", "inspection": "ĐẠI DIỆN ĐOÀN KIỂM TRA"}
_MEMBERS = {"survey": "THÀNH VIÊN ĐOÀN KHẢO SÁT", "inspection": "THÀNH VIÊN ĐOÀN KIỂM TRA"}
_ROLE_LABELS = {TeamRole.CHAIR.value: TeamRole.CHAIR.label, TeamRole.SECRETARY.value: TeamRole.SECRETARY.label}


def _identity(db: Database, establishment_id: str | None) -> EstablishmentIdentity | None:
    if not establishment_id:
        return None
    data, _, _ = establishments.load(db, establishment_id)
    row = next(iter(establishments.rows(db, [establishment_id])), None)
    sectors = {c.code: c.label for c in reference.sectors(db)} if data.sector_code else {}
    kind = EstablishmentKind.parse(data.kind)
    address = ", ".join(p for p in (data.address, data.village, row.admin_unit_name if row else "") if p)
    return EstablishmentIdentity(
        name=data.name, kind_label=kind.label if kind else "", tax_code=data.tax_code or "", address=address,
        representative=data.representative, representative_title=data.representative_title, phone=data.phone,
        sector=sectors.get(data.sector_code or "", ""), trade=data.trade,
        craft_village=row.craft_village_name if row else "", products=data.products, employees=data.employees,
    )


def _field_document(db: Database, record_id: str, kind: str) -> FieldDocument:
    data = field_records.load(db, record_id)
    if data.kind != kind:
        raise KCError(f"Biên bản {record_id} không phải biên bản {'kiểm tra' if kind == 'inspection' else 'khảo sát'}.")
    definition = templates.definition(db, data.template_id)
    draft = data.state != field_records.RecordState.FINALIZED
    photos = attachments.for_owner(db, record_id)
    counts: dict[str, int] = {}
    for photo in photos:
        counts[photo.question] = counts.get(photo.question, 0) + 1
    printed = parts(definition, data.answers, counts, checklists=kind == "inspection", draft=draft)
    basis: list[str] = []
    code = name = ""
    if data.project_id:
        project, _, _ = projects.load(db, data.project_id)
        code, name = project.code, project.title
        if not has_answered_basis(printed):
            if project.approval_decision_no:
                when = f" ngày {blocks.vn_date(project.approval_date)}" if project.approval_date else ""
                basis.append(f"Quyết định số {project.approval_decision_no}{when} phê duyệt đề án khuyến công")
            if project.contract_no:
                when = f" ngày {blocks.vn_date(project.contract_date)}" if project.contract_date else ""
                basis.append(f"Hợp đồng số {project.contract_no}{when} thực hiện đề án khuyến công")
    people = [p for p in data.participants if p.name.strip()]
    office_side = [p for p in people if p.side != "establishment"]
    their_side = [p for p in people if p.side == "establishment"]
    labels = {q.name: q.label for q in definition.fields()}
    meta = DocumentMeta(record_id=data.id, version=data.version, number_text=data.number_text, is_draft=draft,
                        symbol=numbering.draft_symbol(db, kind), place=PLACE, date=data.record_date,
                        agency=agency_for(installation.office_info(db)))
    printed, conclusion_part, conclusion, recommendation = take_conclusion(
        definition, printed, data.conclusion, data.recommendation)
    identity = _identity(db, data.establishment_id)
    office = installation.office_info(db)
    # One copy for each recipient: as the officer edited the list, or else each party present and the archive's
    # ("lập thành NN bản" counts them).
    recipients = field_records.printed_recipients(data.recipients, data.participants,
                                                  identity.name if identity else "",
                                                  office.site_name if office else "")
    document_type = InspectionDocument if kind == "inspection" else SurveyDocument
    document = document_type(
        meta=meta,
        subject=_subject(definition.title),
        legal_basis=tuple(basis),
        start_time=_time(data.start_time),
        end_time=_time(data.end_time),
        place=data.place,
        officers=tuple(Person(p.name, p.title, p.unit, _ROLE_LABELS.get(p.role, "")) for p in office_side),
        establishment_people=tuple(Person(p.name, p.title, p.unit) for p in their_side),
        establishment=identity,
        project_code=code,
        project_name=name,
        parts=printed,
        findings=data.findings,
        actions=tuple(ActionLine(a.description, a.responsible, a.deadline, ActionState(a.state).label)
                      for a in _printed_actions(db, data)),
        conclusion_part=conclusion_part,
        conclusion=conclusion,
        recommendation=recommendation,
        signers=_signers(kind, office_side, their_side),
        photos=tuple(PhotoRef(p.path, p.caption or labels.get(split_key(p.question)[1], ""), p.taken_at)
                     for p in photos),  # a photo of a repeat instance is listed under "may[2]/anh"
        recipients=recipients,
        explanation=data.explanation,
    )
    return with_hash(document)


def _time(text: str) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text) if text else None
    except ValueError:
        return None


def _printed_actions(db: Database, data: field_records.FieldRecordData) -> list[field_records.FinalAction]:
    """The follow-up actions the minutes print: on finalized minutes, as they were when signed."""
    if data.state == field_records.RecordState.FINALIZED and data.final_actions is not None:
        return data.final_actions
    return [field_records.FinalAction(a.description, a.responsible, a.deadline, a.state)
            for a in field_records.actions(db, data.id)]


def _signers(kind: str, office_side: list[Participant], their_side: list[Participant]) -> tuple[Signer, ...]:
    """Mẫu 1.9: the secretary on the left, the chair on the right; then the establishment, then the team."""
    chair = [p for p in office_side if p.role == TeamRole.CHAIR.value]
    secretary = [p for p in office_side if p.role == TeamRole.SECRETARY.value]
    if not chair and not secretary:  # minutes made before the team had roles
        signers = [Signer("ĐẠI DIỆN CƠ SỞ", p.name, p.title) for p in their_side]
        return tuple(signers + [Signer(_TEAMS[kind], p.name, p.title) for p in office_side])
    members = [p for p in office_side if p not in chair and p not in secretary]
    signers = [Signer("THƯ KÝ", p.name) for p in secretary] + [Signer("CHỦ TRÌ", p.name) for p in chair]
    signers += [Signer("ĐẠI DIỆN CƠ SỞ", p.name, p.title) for p in their_side]
    signers += [Signer(_MEMBERS[kind], p.name) for p in members]
    return tuple(signers)


def _subject(template_title: str) -> str:
    """"Phiếu khảo sát, thẩm tra cơ sở …" -> "Khảo sát, thẩm tra cơ sở …"."""
    title = " ".join(template_title.split())
    if title.lower().startswith("phiếu "):
        title = title[len("phiếu ") :]
    return title[:1].upper() + title[1:]


def survey_document(db: Database, record_id: str) -> SurveyDocument:
    return _field_document(db, record_id, "survey")  # type: ignore[return-value]


def inspection_document(db: Database, record_id: str) -> InspectionDocument:
    return _field_document(db, record_id, "inspection")  # type: ignore[return-value]


def render_survey(db: Database, record_id: str, path: Path) -> Path:
    document = survey_document(db, record_id)
    return write_atomically(path, lambda target: build_survey(document, target))


def render_inspection(db: Database, record_id: str, path: Path) -> Path:
    document = inspection_document(db, record_id)
    return write_atomically(path, lambda target: build_inspection(document, target))


def progress_document(db: Database, record_id: str, today: dt.date | None = None) -> ProgressDocument:
    """Today's statuses of a finalized survey's or inspection's follow-up actions, beside those signed."""
    data = field_records.load(db, record_id)
    if data.state != field_records.RecordState.FINALIZED:
        raise KCError("Biên bản chưa hoàn tất: tình trạng các việc cần thực hiện in ngay trong biên bản.")
    today = today or dt.date.today()
    signed = {a.id: a for a in data.final_actions or []}
    rows = []
    for action in field_records.actions(db, record_id, today=today):
        before = signed.get(action.id)
        rows.append(ActionProgress(action.description, action.responsible, action.deadline,
                                   ActionState(before.state).label if before else "", ActionState(action.state).label,
                                   action.overdue))
    what = "Biên bản kiểm tra" if data.kind == "inspection" else "Biên bản khảo sát, thẩm tra"
    day = f" ngày {blocks.vn_date(data.record_date)}" if data.record_date else ""
    code = name = ""
    if data.project_id:
        project, _, _ = projects.load(db, data.project_id)
        code, name = project.code, project.title
    establishment = _identity(db, data.establishment_id)
    meta = DocumentMeta(record_id=data.id, version=data.version, number_text=data.number_text, is_draft=False,
                        place=PLACE, date=today, agency=agency_for(installation.office_info(db)))
    return with_hash(ProgressDocument(
        meta=meta, minutes_title=f"{what} số {data.number_text}{day}",
        establishment_name=establishment.name if establishment else "", project_code=code, project_name=name,
        actions=tuple(rows)))


def render_progress(db: Database, record_id: str, path: Path) -> Path:
    document = progress_document(db, record_id)
    return write_atomically(path, lambda target: build_progress(document, target))


# Kind -> renderer. Renderers must be module-level
# functions: a batch hands them to its worker processes by name.
RENDERERS: dict[str, Renderer] = {"survey": render_survey, "inspection": render_inspection,
                                   "acceptance": render_acceptance, PROGRESS: render_progress}




def render_record(db: Database, kind: str, record_id: str, path: Path) -> Path:
    """Print one record of a kind ("survey", "inspection", …) to a PDF file."""
    renderer = RENDERERS.get(kind)
    if renderer is None:
        raise KCError(f"Chưa có mẫu in cho loại biên bản «{kind}».")
    return renderer(db, record_id, Path(path))


_worker_db: Database | None = None
_worker_renderers: dict[str, Renderer] = {}


def _start_worker(db_url: str, renderers: dict[str, Renderer]) -> None:
    global _worker_db, _worker_renderers
    _worker_db = open_database(db_url, create=False, backup_before_migrate=False)
    _worker_renderers = renderers


def _render_in_worker(kind: str, record_id: str, path: str) -> str:
    """'' when written, else the reason (exceptions of the core do not all survive pickling)."""
    assert _worker_db is not None
    try:
        _worker_renderers[kind](_worker_db, record_id, Path(path))
    except KCError as exc:
        return exc.message
    except Exception as exc:  # noqa: BLE001 - reported to the officer with the record it concerns
        return f"{type(exc).__name__}: {exc}"
    return ""


def render_batch(jobs: Sequence[tuple[str, str, Path]], db_url: str, workers: int = 2,
                 renderers: Mapping[str, Renderer] | None = None) -> Steps[int]:
    """Print many records in worker processes (both cores), yielding progress as each document is done.

    Documents are written as "<name>.part" and renamed only when the whole batch has succeeded;
    closing the generator (Cancel) or any failure removes everything this batch wrote.
    Returns the number of documents printed.
    """
    registry = dict(renderers if renderers is not None else RENDERERS)
    unknown = sorted({kind for kind, _, _ in jobs} - registry.keys())
    if unknown:
        raise KCError(f"Chưa có mẫu in cho loại biên bản: {', '.join(unknown)}.")
    if not jobs:
        return 0
    targets = [Path(path) for _, _, path in jobs]
    partials = [t.with_name(t.name + ".part") for t in targets]
    # "spawn" everywhere: forking a process that runs Qt threads can deadlock the child.
    pool = ProcessPoolExecutor(max_workers=max(1, min(workers, len(jobs))),
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(db_url, registry))
    finished = False
    try:
        futures: dict[Future[str], int] = {
            pool.submit(_render_in_worker, kind, record_id, str(partials[index])): index
            for index, (kind, record_id, _) in enumerate(jobs)
        }
        for done, future in enumerate(as_completed(futures), start=1):
            index = futures[future]
            problem = future.result()
            if problem:
                raise KCError(f"Không in được biên bản {jobs[index][1]}: {problem}")
            yield Progress(done, len(jobs), targets[index].name)
        for partial, target in zip(partials, targets, strict=True):
            os.replace(partial, target)
        finished = True
        return len(jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if not finished:
            for partial in partials:
                partial.unlink(missing_ok=True)
