"""Submissions from phones become draft surveys and inspections, each stored once by its instanceID.

The rules, the same for the form server and for a folder copied off a phone:
- a submission is kept once, keyed by its instanceID; the same submission again changes nothing and
  gets the same success answer; different content under the same instanceID is refused (ODK Central
  answers 409 Conflict);
- an encrypted submission is decrypted on arrival with this installation's phone key;
- it becomes a draft survey or inspection of the template version it was filled with, with its
  answers (by question name), its geopoints and its photos (auto-rotated and downscaled as others);
  nothing is finalized;
- a submission for a template version this installation does not have, or no longer uses, or one
  that cannot be opened, is kept aside with its reason, never dropped.

The files are kept as received (encrypted ones stay encrypted) under the data folder.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kc_desktop import paths
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database
from kc_desktop.db.models_phones import Phone, PhoneSubmission
from kc_desktop.db.models_work import FormTemplate
from kc_desktop.errors import KCError
from kc_desktop.forms.answers import Context, instance_key
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.phones.crypto import MANIFEST_NS, DecryptionFailed, Manifest, decrypt
from kc_desktop.services import field_records, templates
from kc_desktop.services.templates import TemplateStatus

PARTIAL, IMPORTED, KEPT_ASIDE = "partial", "imported", "kept_aside"
STATUS_LABELS = {PARTIAL: "Đang nhận dở", IMPORTED: "Đã thành bản nháp", KEPT_ASIDE: "Để riêng"}
MAX_XML_BYTES = 10 * 1024 * 1024
SUBMISSION_XML = "submission.xml"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".gif", ".bmp")
# One submission at a time: two parts of one submission arriving together must not both create it.
_lock = threading.Lock()


class Refused(KCError):
    """A submission that is not taken: `code` is the HTTP status the form server answers with."""

    def __init__(self, message: str, code: int = 400) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Outcome:
    """What happened to a submission: `created` False when it had been received before."""

    instance_id: str
    status: str
    created: bool
    message: str
    record_id: str | None = None
    reason: str = ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(xml: bytes) -> ET.Element:
    if len(xml) > MAX_XML_BYTES:
        raise Refused("Bài gửi quá lớn (phần XML quá 10 MB).", 413)
    if b"<!DOCTYPE" in xml[:4096].upper() or b"<!ENTITY" in xml.upper():
        raise Refused("Bài gửi không hợp lệ: XML có khai báo DOCTYPE/ENTITY.")
    try:
        return ET.fromstring(xml)
    except ET.ParseError as exc:
        raise Refused(f"Bài gửi không phải XML đọc được ({exc}).") from exc


def _find_local(root: ET.Element, name: str) -> ET.Element | None:
    return next((e for e in root.iter() if _local(e.tag) == name), None)


def _manifest(root: ET.Element) -> Manifest | None:
    """The encrypted-submission manifest, or None for a plain submission."""
    if root.get("encrypted", "").lower() != "yes":
        return None
    def text(name: str) -> str:
        found = root.find(f"{{{MANIFEST_NS}}}{name}")
        if found is None:
            found = _find_local(root, name)
        return (found.text or "").strip() if found is not None else ""

    media = tuple((e.text or "").strip() for e in root.iter() if _local(e.tag) == "file" and (e.text or "").strip())
    instance = _find_local(root, "instanceID")
    return Manifest(root.get("id", ""), root.get("version"), (instance.text or "").strip() if instance is not None
                    else "", text("base64EncryptedKey"), media, text("encryptedXmlFile") or "submission.xml.enc",
                    text("base64EncryptedElementSignature"))


def _ids(root: ET.Element, manifest: Manifest | None, payload_hash: str) -> tuple[str, str, str]:
    """(instanceID, form id, form version) of a submission."""
    if manifest is not None:
        instance, form_id, version = manifest.instance_id, manifest.form_id, manifest.version or ""
    else:
        found = _find_local(root, "instanceID")
        instance = (found.text or "").strip() if found is not None else ""
        form_id, version = root.get("id", ""), root.get("version", "")
    if not form_id:
        raise Refused("Bài gửi không ghi mã mẫu phiếu (thuộc tính id); không nhận.")
    return instance or f"kc-sha256:{payload_hash}", form_id, version


def _folder_name(instance_id: str) -> str:
    digest = hashlib.sha256(instance_id.encode()).hexdigest()[:12]
    return f"{_SAFE_NAME.sub('_', instance_id)[:80]}-{digest}"


def _safe_file(name: str) -> str:
    """A received file name as stored: no folders, nothing hidden."""
    base = Path(name.replace("\\", "/")).name
    if not base or base.startswith(".") or base in (SUBMISSION_XML,):
        raise Refused(f"Tên tệp đính kèm không hợp lệ: «{name}».")
    return base


def _write(folder: Path, name: str, data: bytes) -> None:
    target = folder / name
    partial = target.with_name(f".{name}.part")
    partial.write_bytes(data)
    partial.replace(target)


def receive(db: Database, actor: Actor, xml: bytes, files: Mapping[str, bytes], *, phone_id: int | None = None,
            complete: bool = True) -> Outcome:
    """Take one submission (or one part of it: `complete` False when more parts follow).

    Raises Refused for what is not taken at all: unreadable XML, or other content under an
    instanceID already received (code 409)."""
    root = _parse(xml)
    payload_hash = hashlib.sha256(xml).hexdigest()
    manifest = _manifest(root)
    instance_id, form_id, version = _ids(root, manifest, payload_hash)
    names = {_safe_file(name): data for name, data in files.items()}
    base = paths.phone_submissions_dir(db.path)
    with _lock:
        with db.read() as session:
            existing = session.scalar(select(PhoneSubmission).where(PhoneSubmission.instance_id == instance_id))
            if existing is not None:
                session.expunge(existing)
        if existing is not None:
            if existing.payload_hash != payload_hash:
                raise Refused(f"Đã nhận một bài gửi khác có cùng mã {instance_id}; bài gửi này khác nội dung nên "
                              "không nhận (nếu muốn sửa, hãy sửa bản nháp trên máy tính).", 409)
            folder = base / existing.folder
            if existing.status != PARTIAL:
                return Outcome(instance_id, existing.status, False, _message(existing.status, existing.reason),
                               existing.record_id, existing.reason)
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in names.items():
                if not (folder / name).exists():
                    _write(folder, name, data)
            row_id = existing.id
        else:
            folder = base / _folder_name(instance_id)
            folder.mkdir(parents=True, exist_ok=True)
            _write(folder, SUBMISSION_XML, xml)
            for name, data in names.items():
                _write(folder, name, data)
            with db.session() as session:
                row = PhoneSubmission(instance_id=instance_id, form_id=form_id, form_version=version,
                                      received_at=utcnow(), phone_id=phone_id, officer_id=actor.officer_id,
                                      payload_hash=payload_hash, encrypted=manifest is not None, status=PARTIAL,
                                      reason="", folder=folder.name)
                session.add(row)
                session.flush()
                row_id = row.id
        if not complete:
            return Outcome(instance_id, PARTIAL, existing is None, "Đã nhận một phần bài gửi; chờ phần còn lại.")
        status, reason, record_id = _process(db, actor, root, manifest, form_id, version, folder)
        with db.session() as session:
            stored = session.get(PhoneSubmission, row_id)
            assert stored is not None
            stored.status, stored.reason, stored.record_id = status, reason, record_id
        return Outcome(instance_id, status, True, _message(status, reason), record_id, reason)


def _message(status: str, reason: str) -> str:
    if status == IMPORTED:
        return "Đã nhận bài gửi; trên máy tính đã có bản nháp từ điện thoại." + (f" Lưu ý: {reason}" if reason else "")
    if status == KEPT_ASIDE:
        return f"Đã nhận bài gửi nhưng để riêng, chưa thành bản nháp: {reason}"
    return "Đã nhận một phần bài gửi; chờ phần còn lại."


def _files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and p.name != SUBMISSION_XML and not p.name.startswith(".")}


def _template(db: Database, form_id: str, version: str) -> tuple[str | None, str]:
    """The published template a submission was filled with, or None and why it is kept aside."""
    with db.read() as session:
        rows = list(session.scalars(select(FormTemplate).where(FormTemplate.code == form_id,
                                                               FormTemplate.deleted_at.is_(None))))
    same = [t for t in rows if t.template_version == version]
    published = [t for t in same if t.status == TemplateStatus.PUBLISHED]
    if published:
        return published[0].id, ""
    if same and any(t.status == TemplateStatus.RETIRED for t in same):
        return None, f"mẫu phiếu «{form_id}» phiên bản {version} đã ngừng dùng trên máy này."
    if same:
        return None, f"mẫu phiếu «{form_id}» phiên bản {version} chưa phát hành trên máy này."
    if rows:
        known = ", ".join(sorted({t.template_version for t in rows}))
        return None, f"máy này không có phiên bản {version or '(không ghi)'} của mẫu phiếu «{form_id}» (có: {known})."
    return None, f"máy này không có mẫu phiếu «{form_id}»."


def _process(db: Database, actor: Actor, root: ET.Element, manifest: Manifest | None, form_id: str, version: str,
             folder: Path) -> tuple[str, str, str | None]:
    """(status, reason, record id) for a complete submission."""
    files = _files_in(folder)
    if manifest is not None:
        from kc_desktop.sync import identity

        try:
            xml, files = decrypt(manifest, files, identity.phone_keys(db))
            root = _parse(xml)
        except (DecryptionFailed, Refused) as exc:
            return KEPT_ASIDE, str(exc), None
    template_id, why = _template(db, form_id, version)
    if template_id is None:
        return KEPT_ASIDE, why[:1].upper() + why[1:], None
    definition = templates.definition(db, template_id)
    answers, photos, notes = answers_from_xml(definition, root)
    with db.read() as session:
        template = session.get(FormTemplate, template_id)
        assert template is not None
        kind = template.kind
    try:
        record_id = field_records.start(db, actor, kind, template_id, record_date=_record_date(definition, root))
        field_records.save_draft(db, actor, record_id, {"answers": answers})
    except KCError as exc:
        return KEPT_ASIDE, f"Không lập được bản nháp: {exc}", None
    for question, name in photos:
        data = files.get(name)
        if data is None:
            notes.append(f"thiếu ảnh «{name}» của câu {question}")
            continue
        if not name.lower().endswith(_IMAGE_SUFFIXES):
            notes.append(f"tệp «{name}» không phải ảnh, chỉ lưu kèm bài gửi")
            continue
        with tempfile.TemporaryDirectory(prefix="kc-phone-") as temporary:
            path = Path(temporary) / name
            path.write_bytes(data)
            try:
                field_records.attach_photo(db, actor, record_id, path, question)
            except KCError as exc:
                notes.append(str(exc))
    return IMPORTED, "; ".join(notes), record_id


def _record_date(definition: FormDefinition, root: ET.Element) -> Any:
    import datetime as dt

    for kind in ("today", "start"):
        for question in definition.questions:
            if question.type != kind:
                continue
            found = _find_local(root, question.name)
            text = (found.text or "").strip() if found is not None else ""
            try:
                return dt.date.fromisoformat(text[:10])
            except ValueError:
                continue
    return None


def answers_from_xml(definition: FormDefinition, root: ET.Element) -> tuple[dict[str, Any], list[tuple[str, str]],
                                                                           list[str]]:
    """Answers by question name (groups nest in the XML; each element of a repeat is one instance, its
    answers a dict in the list under the repeat's name), the photos to attach as (question, file name;
    a photo inside a repeat is named by its instance key, "may[2]/anh"), and notes on what could not be taken."""
    photos: list[tuple[str, str]] = []
    notes: list[str] = []
    answers = _answers_in(definition, root, (), photos, notes)
    for repeat in definition.repeats:
        if not definition.repeat_path(repeat):
            answers.setdefault(repeat, [])
    return answers, photos, notes


def _answers_in(definition: FormDefinition, element: ET.Element, context: Context,
                photos: list[tuple[str, str]], notes: list[str]) -> dict[str, Any]:
    """The answers inside one element (the submission, or one instance of a repeat)."""
    answers: dict[str, Any] = {}
    repeats = tuple(repeat for repeat, _index in context)
    for child in element:
        name = _local(child.tag)
        if not definition.has_question(name) or name == "meta":
            continue
        question = definition.question(name)
        if question.repeat and definition.repeat_path(name) == repeats:
            items = answers.setdefault(name, [])
            items.append(_answers_in(definition, child, (*context, (name, len(items))), photos, notes))
            continue
        if len(child):
            if question.type == "begin_group":
                answers.update(_answers_in(definition, child, context, photos, notes))
            continue
        if not question.answerable or definition.repeat_path(name) != repeats:
            continue
        if name in answers:
            if (child.text or "").strip():
                notes.append(f"câu {name} có nhiều lần trả lời; chỉ lấy lần đầu")
            continue
        text = (child.text or "").strip()
        if not text:
            continue
        kind = question.type
        if kind == "image":
            photos.append((instance_key(context, name), text))
            continue
        value: Any = text
        if kind == "integer" and re.fullmatch(r"[+-]?\d+", text):
            value = int(text)
        elif kind == "decimal":
            try:
                value = float(text)
            except ValueError:
                value = text
        elif kind in ("select_multiple", "select_multiple_from_file", "rank"):
            value = text.split()
        answers[name] = value
    return answers


@dataclass(frozen=True)
class SubmissionRow:
    instance_id: str
    form_id: str
    form_version: str
    received_at: Any
    phone: str
    status: str
    reason: str
    record_id: str | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def list_submissions(db: Database) -> list[SubmissionRow]:
    with db.read() as session:
        query = (select(PhoneSubmission, Phone.name).outerjoin(Phone, Phone.id == PhoneSubmission.phone_id)
                 .order_by(PhoneSubmission.received_at.desc()))
        return [SubmissionRow(s.instance_id, s.form_id, s.form_version, s.received_at, name or "", s.status,
                              s.reason, s.record_id) for s, name in session.execute(query)]


@dataclass(frozen=True)
class FolderResult:
    folder: str
    outcome: Outcome | None
    refusal: str = ""


def import_folder(db: Database, actor: Actor, folder: Path, *, phone_id: int | None = None) -> list[FolderResult]:
    """Import ODK Collect's instances folder copied off a phone (one sub-folder per submission, holding
    its XML and its media files; or one such sub-folder itself), under the same rules as the server."""
    folder = Path(folder)
    if not folder.is_dir():
        raise KCError(f"«{folder}» không phải thư mục (hãy chép thư mục instances của ODK Collect từ điện thoại).")
    candidates = [folder] if _instance_xml(folder) is not None else sorted(p for p in folder.iterdir() if p.is_dir())
    results: list[FolderResult] = []
    for instance in candidates:
        xml_path = _instance_xml(instance)
        if xml_path is None:
            continue
        files = {p.name: p.read_bytes() for p in instance.iterdir()
                 if p.is_file() and p != xml_path and not p.name.startswith(".") and p.name != SUBMISSION_XML}
        try:
            outcome = receive(db, actor, xml_path.read_bytes(), files, phone_id=phone_id)
        except Refused as exc:
            results.append(FolderResult(instance.name, None, str(exc)))
            continue
        results.append(FolderResult(instance.name, outcome))
    if not results:
        raise KCError(f"Thư mục «{folder}» không có bài gửi nào của ODK Collect "
                      "(mỗi bài là một thư mục con có tệp .xml).")
    return results


def _instance_xml(folder: Path) -> Path | None:
    """The submission's XML in an instance folder: the one named as the folder, else the only .xml there."""
    xmls = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".xml"
                  and not p.name.startswith("."))
    named = [p for p in xmls if p.stem == folder.name]
    if named:
        return named[0]
    return xmls[0] if len(xmls) == 1 else None
