"""Survey and inspection templates: import from XLSForm, publish, retire, export, load."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.base import BUILTIN_SITE_ID, builtin_id
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models_work import FormTemplate
from kc_desktop.domain.enums import Labelled
from kc_desktop.errors import KCError, NotFound
from kc_desktop.forms.definition import FormDefinition, Problem


class RecordKind(Labelled):
    SURVEY = "survey", "Khảo sát, thẩm tra"
    INSPECTION = "inspection", "Kiểm tra"


class TemplateStatus(Labelled):
    DRAFT = "draft", "Bản nháp"
    PUBLISHED = "published", "Đang dùng"
    RETIRED = "retired", "Ngừng dùng"


DEFAULT_FILES = {"khao_sat_ho_tro_thiet_bi.xlsx": RecordKind.SURVEY, "kiem_tra_thuc_hien.xlsx": RecordKind.INSPECTION}


@dataclass(frozen=True)
class TemplateRow:
    id: str
    kind: str
    code: str
    template_version: str
    title: str
    status: str
    question_count: int

    @property
    def status_label(self) -> str:
        return TemplateStatus(self.status).label


def guess_kind(definition: FormDefinition) -> RecordKind:
    text = f"{definition.form_id} {definition.title}".lower()
    return RecordKind.INSPECTION if "kiem_tra" in text or "kiểm tra" in text else RecordKind.SURVEY


def import_template(
    db: Database,
    actor: Actor,
    path: Path,
    kind: str | None = None,
    *,
    builtin: bool = False,
    notes: list[Problem] | None = None,
) -> str:
    """Read an XLSForm file and store it as a draft template (nothing is stored if it has problems).

    `builtin` templates (shipped with the program) get the same id on every installation; `notes`
    receives what was accepted but deserves a word (old syntax, ignored columns, …)."""
    from kc_desktop.forms.xlsform import read_xlsform  # pyxform, openpyxl: only when a file is read

    definition = read_xlsform(path, notes)
    record_kind = RecordKind.parse(kind) if kind else guess_kind(definition)
    if record_kind is None:
        raise KCError(f"Loại mẫu phiếu «{kind}» không hợp lệ (survey hoặc inspection).")
    payload = json.dumps(definition.to_json(), ensure_ascii=False, sort_keys=True)
    with db.session(actor) as session:
        existing = session.scalars(
            select(FormTemplate).where(
                FormTemplate.code == definition.form_id, FormTemplate.template_version == definition.version,
                FormTemplate.origin_site_id.in_((actor.site_id, BUILTIN_SITE_ID)),
            )
        ).first()
        if existing is not None and existing.status != TemplateStatus.DRAFT:
            raise KCError(
                f"Mẫu phiếu {definition.form_id} phiên bản {definition.version} đã phát hành nên không thay "
                "được; hãy tăng số phiên bản (version) trong trang settings rồi nhập lại."
            )
        template = existing or FormTemplate(code=definition.form_id, template_version=definition.version)
        if builtin and existing is None:
            template.id = builtin_id("form_template", f"{definition.form_id}:{definition.version}")
            template.origin_site_id = BUILTIN_SITE_ID
        template.kind, template.title, template.definition = record_kind.value, definition.title, payload
        template.question_count = len(definition.fields())
        session.add(template)
        session.flush()
        return template.id


def publish(db: Database, actor: Actor, template_id: str) -> None:
    """Make a draft the version in use; earlier published versions of the same code retire."""
    with db.session(actor) as session:
        template = _get(session, template_id)
        if template.status != TemplateStatus.DRAFT:
            raise KCError(
                f"Chỉ phát hành được bản nháp; mẫu này đang ở trạng thái «{TemplateStatus(template.status).label}»."
            )
        for older in session.scalars(
            select(FormTemplate).where(
                FormTemplate.code == template.code, FormTemplate.status == TemplateStatus.PUBLISHED
            )
        ):
            older.status = TemplateStatus.RETIRED.value
        template.status = TemplateStatus.PUBLISHED.value


def retire(db: Database, actor: Actor, template_id: str) -> None:
    with db.session(actor) as session:
        template = _get(session, template_id)
        if template.status != TemplateStatus.PUBLISHED:
            raise KCError("Chỉ mẫu đang dùng mới ngừng dùng được.")
        template.status = TemplateStatus.RETIRED.value


def _get(session: Session, template_id: str) -> FormTemplate:
    template = session.get(FormTemplate, template_id)
    if template is None:
        raise NotFound(f"Không tìm thấy mẫu phiếu {template_id}.")
    return template


def list_templates(db: Database, kind: str | None = None, include_retired: bool = True) -> list[TemplateRow]:
    with db.read() as session:
        query = select(FormTemplate).where(FormTemplate.deleted_at.is_(None))
        if kind:
            query = query.where(FormTemplate.kind == kind)
        if not include_retired:
            query = query.where(FormTemplate.status != TemplateStatus.RETIRED)
        query = query.order_by(FormTemplate.kind, FormTemplate.code, FormTemplate.template_version)
        return [
            TemplateRow(t.id, t.kind, t.code, t.template_version, t.title, t.status, t.question_count)
            for t in session.scalars(query)
        ]


def published(db: Database, kind: str) -> list[TemplateRow]:
    return [t for t in list_templates(db, kind) if t.status == TemplateStatus.PUBLISHED]


def definition(db: Database, template_id: str) -> FormDefinition:
    """The definition a record was filled with (published ones are cached: they never change)."""
    with db.read() as session:
        template = _get(session, template_id)
        status, payload = template.status, template.definition
    if status == TemplateStatus.DRAFT:
        return FormDefinition.from_json(json.loads(payload))
    return _parsed(template_id, payload)


@lru_cache(maxsize=32)
def _parsed(template_id: str, payload: str) -> FormDefinition:
    return FormDefinition.from_json(json.loads(payload))


def export_template(db: Database, code: str, path: Path, version: str | None = None) -> str:
    """Write a template back to XLSForm; the newest version unless one is named. Returns the version."""
    with db.read() as session:
        query = select(FormTemplate).where(FormTemplate.code == code)
        if version:
            query = query.where(FormTemplate.template_version == version)
        candidates = list(session.scalars(query))
    if not candidates:
        raise NotFound(f"Không có mẫu phiếu mã «{code}»" + (f" phiên bản {version}." if version else "."))
    chosen = max(candidates, key=lambda t: (t.status == TemplateStatus.PUBLISHED, t.created_at))
    from kc_desktop.forms.xlsform import write_xlsform

    write_xlsform(FormDefinition.from_json(json.loads(chosen.definition)), path)
    return chosen.template_version


def install_defaults(db: Database, actor: Actor) -> list[str]:
    """Import and publish the templates shipped in resources/templates (once)."""
    installed = []
    existing = {t.code for t in list_templates(db)}
    for name in DEFAULT_FILES:
        path = paths.resource("templates", name)
        from kc_desktop.forms.xlsform import read_xlsform

        definition_ = read_xlsform(path)
        if definition_.form_id in existing:
            continue
        template_id = import_template(db, actor, path, DEFAULT_FILES[name].value, builtin=True)
        publish(db, actor, template_id)
        installed.append(template_id)
    return installed
