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
  that cannot be opened, is kept aside with its reason, never dropped;
- an edit made on the phone of a submission already sent (a new instanceID, with meta/deprecatedID
  naming the one it replaces) updates that submission's draft while it is still a draft (answers and
  photos replaced, the change log keeping what was there), as ODK Central replaces the submission;
  it is kept aside, with its reason, when that record is finalized (a finalized record never
  changes), was deleted, or when this installation never received the submission it edits;
- a complete submission is taken in one transaction (its row, its draft, its photos, its status).

The files are kept as received (encrypted ones stay encrypted) under the data folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kc_desktop import paths
from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import Actor, set_reason
from kc_desktop.db.engine import Database
from kc_desktop.db.models_phones import Phone, PhoneSubmission
from kc_desktop.db.models_work import Attachment, FieldRecord, FormTemplate
from kc_desktop.errors import DatabaseError, KCError
from kc_desktop.forms.answers import Context, defaults, instance_key
from kc_desktop.forms.definition import FormDefinition
from kc_desktop.phones.crypto import MANIFEST_NS, DecryptionFailed, Manifest, decrypt
from kc_desktop.services import attachments, field_records, templates
from kc_desktop.services.field_records import RecordState
from kc_desktop.services.templates import TemplateStatus

PARTIAL, IMPORTED, KEPT_ASIDE, REPLACED = "partial", "imported", "kept_aside", "replaced"
STATUS_LABELS = {PARTIAL: "Đang nhận dở", IMPORTED: "Đã thành bản nháp", KEPT_ASIDE: "Để riêng",
                 REPLACED: "Đã được thay bằng bài sửa"}
EDIT_NOTE = "Bài sửa của bài gửi"  # how the reason of an edit that updated its draft begins
MAX_XML_BYTES = 10 * 1024 * 1024
# One submission, all its parts together (Collect sends large ones in several POSTs): files and bytes.
MAX_SUBMISSION_FILES = 200
MAX_SUBMISSION_BYTES = 500 * 1024 * 1024
SUBMISSION_XML = "submission.xml"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".gif", ".bmp")
_PHOTO_THREADS = 4  # photos of one submission prepared at once, at most (and no more than the cores)
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
    edited: str = ""  # the instanceID whose draft this edit (meta/deprecatedID) updated


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(xml: bytes) -> ET.Element:
    """The submission's XML, read with defusedxml: no DTD at all (so no entity expansion, no external
    entity), whatever the declared encoding."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if len(xml) > MAX_XML_BYTES:
        raise Refused("Bài gửi quá lớn (phần XML quá 10 MB).", 413)
    try:
        root: ET.Element = fromstring(xml, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise Refused("Bài gửi không hợp lệ: XML có khai báo DOCTYPE/ENTITY.") from exc
    except (ET.ParseError, ValueError, LookupError) as exc:
        raise Refused(f"Bài gửi không phải XML đọc được ({exc}).") from exc
    return root


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
    if not base or base.startswith(".") or base in (SUBMISSION_XML,) or len(base) > 200 \
            or any(ord(c) < 32 or c == "\x7f" for c in base):
        shown = "".join(c if c.isprintable() else "?" for c in name)[:200]
        raise Refused(f"Tên tệp đính kèm không hợp lệ: «{shown}».")
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
    instanceID already received (code 409).

    A complete submission is taken in one transaction: its row, its draft (or the draft it edits),
    the draft's photos and its status are committed together or not at all, so a crash at any
    moment leaves either nothing (the phone sends it again) or all of it (a resend changes nothing).
    The files written before (as received, and the photos by content hash) are written again the
    same way by the resend."""
    root = _parse(xml)
    payload_hash = hashlib.sha256(xml).hexdigest()
    manifest = _manifest(root)
    instance_id, form_id, version = _ids(root, manifest, payload_hash)
    names = {_safe_file(name): data for name, data in files.items()}
    base = paths.phone_submissions_dir(db.path)
    with _lock:
        existing = _stored(db, instance_id)
        if existing is not None:
            if existing.payload_hash != payload_hash:
                raise Refused(f"Đã nhận một bài gửi khác có cùng mã {instance_id}; bài gửi này khác nội dung nên "
                              "không nhận (nếu muốn sửa, hãy sửa bản nháp trên máy tính).", 409)
            if existing.status != PARTIAL:
                return _again(existing)
        folder = base / (existing.folder if existing is not None else _folder_name(instance_id))
        _within_bounds(folder, names)
        folder.mkdir(parents=True, exist_ok=True)
        if existing is None:
            _write(folder, SUBMISSION_XML, xml)
        for name, data in names.items():
            if existing is None or not (folder / name).exists():
                _write(folder, name, data)
        row = {"instance_id": instance_id, "form_id": form_id, "form_version": version, "phone_id": phone_id,
               "officer_id": actor.officer_id, "payload_hash": payload_hash, "encrypted": manifest is not None,
               "folder": folder.name}
        if not complete:
            if existing is None:
                try:
                    with db.session(actor) as session:
                        session.add(PhoneSubmission(**row, received_at=utcnow(), status=PARTIAL, reason=""))
                except IntegrityError:  # another program took this instanceID a moment ago
                    return _raced(db, instance_id, payload_hash)
            return Outcome(instance_id, PARTIAL, existing is None, "Đã nhận một phần bài gửi; chờ phần còn lại.")
        prepared = _prepare(db, root, manifest, form_id, version, folder)
        try:
            outcome = _commit(db, actor, existing, row, prepared)
        except IntegrityError:
            return _raced(db, instance_id, payload_hash)
        except DatabaseError:  # nothing was written: the phone is told so, and sends it again later
            raise
        except KCError as exc:  # the draft could not be made: the submission is kept aside instead
            outcome = _commit(db, actor, existing, row, _Aside(f"Không lập được bản nháp: {exc}", prepared.deprecated))
        return outcome


def _within_bounds(folder: Path, names: Mapping[str, bytes]) -> None:
    """A submission (all its parts) holds at most MAX_SUBMISSION_FILES files and MAX_SUBMISSION_BYTES."""
    kept = ({p.name: p.stat().st_size for p in folder.iterdir() if p.is_file() and p.name != SUBMISSION_XML}
            if folder.is_dir() else {})
    added = {name: len(data) for name, data in names.items() if name not in kept}
    if len(kept) + len(added) > MAX_SUBMISSION_FILES:
        raise Refused(f"Bài gửi có quá nhiều tệp đính kèm (tối đa {MAX_SUBMISSION_FILES}).", 413)
    if sum(kept.values()) + sum(added.values()) > MAX_SUBMISSION_BYTES:
        raise Refused(f"Bài gửi quá lớn (tổng các phần quá {MAX_SUBMISSION_BYTES // (1024 * 1024)} MB).", 413)


def _stored(db: Database, instance_id: str) -> PhoneSubmission | None:
    with db.read() as session:
        found = session.scalar(select(PhoneSubmission).where(PhoneSubmission.instance_id == instance_id))
        if found is not None:
            session.expunge(found)
        return found


def _again(existing: PhoneSubmission) -> Outcome:
    """The answer to a submission received before: the same as the first time."""
    return Outcome(existing.instance_id, existing.status, False, _message(existing.status, existing.reason),
                   existing.record_id, existing.reason)


def _raced(db: Database, instance_id: str, payload_hash: str) -> Outcome:
    existing = _stored(db, instance_id)
    if existing is None or existing.payload_hash != payload_hash:
        raise Refused(f"Đã nhận một bài gửi khác có cùng mã {instance_id}; bài gửi này khác nội dung nên không nhận.",
                      409)
    return _again(existing)


def _message(status: str, reason: str) -> str:
    if status == IMPORTED and reason.startswith(EDIT_NOTE):
        return "Đã nhận bài sửa; bản nháp trên máy tính đã được cập nhật theo bài sửa. " + reason
    if status == IMPORTED:
        return "Đã nhận bài gửi; trên máy tính đã có bản nháp từ điện thoại." + (f" Lưu ý: {reason}" if reason else "")
    if status == KEPT_ASIDE:
        return f"Đã nhận bài gửi nhưng để riêng, chưa thành bản nháp: {reason}"
    if status == REPLACED:
        return "Đã nhận bài gửi này trước đây; nó đã được thay bằng bài sửa gửi sau."
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


@dataclass(frozen=True)
class _Aside:
    """A complete submission that cannot become a draft, and why."""

    reason: str
    deprecated: str = ""


@dataclass(frozen=True)
class _Draft:
    """A complete submission read and ready to become a draft: its photos already stored by content hash."""

    template_id: str
    kind: str
    definition: FormDefinition
    answers: dict[str, Any]
    photos: list[tuple[str, attachments.StoredImage]]
    notes: list[str]
    record_date: Any
    deprecated: str = ""  # the instanceID this submission edits (meta/deprecatedID), "" for a first sending


def deprecated_id(root: ET.Element) -> str:
    """The instanceID an edited submission replaces (ODK's meta/deprecatedID), "" when it is not an edit."""
    found = _find_local(root, "deprecatedID")
    return (found.text or "").strip() if found is not None else ""


def _prepare(db: Database, root: ET.Element, manifest: Manifest | None, form_id: str, version: str,
             folder: Path) -> _Draft | _Aside:
    """Everything a complete submission needs before its transaction: decrypted, answers read, photos stored."""
    files = _files_in(folder)
    deprecated = deprecated_id(root)
    if manifest is not None:
        from kc_desktop.sync import identity

        try:
            xml, files = decrypt(manifest, files, identity.phone_keys(db))
            root = _parse(xml)
        except (DecryptionFailed, Refused) as exc:
            return _Aside(str(exc), deprecated)
        deprecated = deprecated_id(root) or deprecated
    template_id, why = _template(db, form_id, version)
    if template_id is None:
        return _Aside(why[:1].upper() + why[1:], deprecated)
    definition = templates.definition(db, template_id)
    answers, photo_names, notes = answers_from_xml(definition, root)
    with db.read() as session:
        template = session.get(FormTemplate, template_id)
        assert template is not None
        kind = template.kind
    wanted: list[tuple[str, str, bytes]] = []
    for question, name in photo_names:
        data = files.get(name)
        if data is None:
            notes.append(f"thiếu ảnh «{name}» của câu {question}")
        elif not name.lower().endswith(_IMAGE_SUFFIXES):
            notes.append(f"tệp «{name}» không phải ảnh, chỉ lưu kèm bài gửi")
        else:
            wanted.append((question, name, data))
    photos: list[tuple[str, attachments.StoredImage]] = []
    for (question, _, _), result in zip(wanted, _photos(db, [(name, data) for _, name, data in wanted]), strict=True):
        if isinstance(result, str):
            notes.append(result)
        else:
            photos.append((question, result))
    return _Draft(template_id, kind, definition, answers, photos, notes, _record_date(definition, root), deprecated)


def _photos(db: Database, received: list[tuple[str, bytes]]) -> list[attachments.StoredImage | str]:
    """The photos of a submission prepared side by side (decoding and encoding let other threads run: a
    submission's three photos take the time of one or two). A file received twice is prepared once
    first, then again alone, so two threads never write the same stored file."""
    results: list[attachments.StoredImage | str | None] = [None] * len(received)
    seen: set[bytes] = set()
    first: list[int] = []
    for index, (_, data) in enumerate(received):
        if data not in seen:
            seen.add(data)
            first.append(index)
    workers = min(len(first), os.cpu_count() or 1, _PHOTO_THREADS)
    if workers > 1:
        with ThreadPoolExecutor(workers, thread_name_prefix="kc-photo") as pool:
            for index, result in zip(first, pool.map(lambda i: _photo(db, *received[i]), first), strict=True):
                results[index] = result
    for index, (name, data) in enumerate(received):
        if results[index] is None:
            results[index] = _photo(db, name, data)
    return [result for result in results if result is not None]


def _photo(db: Database, name: str, data: bytes) -> attachments.StoredImage | str:
    """A received photo prepared and stored by content hash, or why it could not be."""
    with tempfile.TemporaryDirectory(prefix="kc-phone-") as temporary:
        path = Path(temporary) / name
        path.write_bytes(data)
        try:
            return attachments.prepare(db, path)
        except KCError as exc:
            return str(exc)


def _commit(db: Database, actor: Actor, existing: PhoneSubmission | None, values: dict[str, Any],
            prepared: _Draft | _Aside) -> Outcome:
    """The one transaction of a complete submission: its row, and its draft (new or edited) with its photos."""
    with db.session(actor) as session:
        row = session.get(PhoneSubmission, existing.id) if existing is not None else None
        if row is not None and row.status != PARTIAL:  # completed by another program a moment ago
            return _again(row)
        if row is None:
            row = PhoneSubmission(**values, received_at=utcnow(), status=PARTIAL, reason="")
            session.add(row)
        status, reason, record_id = _apply(session, row.instance_id, prepared)
        row.status, row.reason, row.record_id = status, reason, record_id
        session.flush()
        outcome = Outcome(row.instance_id, status, True, _message(status, reason), record_id, reason,
                          prepared.deprecated if status == IMPORTED else "")
    return outcome


def _apply(session: Session, instance_id: str, prepared: _Draft | _Aside) -> tuple[str, str, str | None]:
    """(status, reason, record id) of a complete submission, its draft written in `session`."""
    edited: FieldRecord | None = None
    if prepared.deprecated:
        target = prepared.deprecated
        old = session.scalar(select(PhoneSubmission).where(PhoneSubmission.instance_id == target))
        if old is None:
            return KEPT_ASIDE, (f"Đây là bài sửa của bài gửi {target}, nhưng máy này chưa nhận bài gửi đó; "
                                "không lập bản nháp mới để khỏi trùng (hãy nhập bài gửi gốc nếu còn)."), None
        if old.status == REPLACED:
            return KEPT_ASIDE, (f"Đây là bài sửa của bài gửi {target}, nhưng bài gửi đó đã được thay bằng một bài "
                                "sửa khác; bài sửa này không được áp dụng."), None
        if old.record_id is not None:
            record = session.get(FieldRecord, old.record_id)
            if record is None or record.deleted_at is not None:
                return KEPT_ASIDE, (f"Đây là bài sửa của bài gửi {target}, nhưng bản nháp lập từ bài gửi đó đã bị "
                                    "xóa trên máy tính; không lập lại."), None
            if record.state != RecordState.DRAFT:
                return KEPT_ASIDE, (f"Đây là bài sửa của bài gửi {target}, nhưng biên bản lập từ bài gửi đó đã hoàn "
                                    f"tất (số {record.number_text}); biên bản đã hoàn tất không bao giờ bị thay đổi. "
                                    "Nếu cần sửa, hãy lập bản đính chính trên máy tính."), record.id
            if isinstance(prepared, _Draft) and record.template_id != prepared.template_id:
                return KEPT_ASIDE, (f"Đây là bài sửa của bài gửi {target}, nhưng được điền bằng phiên bản mẫu phiếu "
                                    "khác với bản nháp; bản nháp không bị thay đổi."), None
            edited = record
        if isinstance(prepared, _Draft):
            old.status = REPLACED
    if isinstance(prepared, _Aside):
        return KEPT_ASIDE, prepared.reason, None
    notes = list(prepared.notes)
    if edited is None:
        record = field_records.start_in(session, prepared.definition, prepared.kind, prepared.template_id,
                                        record_date=prepared.record_date)
    else:
        record = edited
        set_reason(session, f"Bài sửa từ điện thoại ({instance_id}) thay bài gửi {prepared.deprecated}")
        images = {q.name for q in prepared.definition.fields() if q.type == "image"}
        for photo in session.scalars(select(Attachment).where(
                Attachment.owner_id == record.id, Attachment.owner_table == "field_record",
                Attachment.deleted_at.is_(None), Attachment.question.in_(images))):
            photo.deleted_at = utcnow()  # replaced by the edit's photos; the change log keeps them
        if prepared.record_date is not None:
            record.record_date = prepared.record_date
        notes.insert(0, f"{EDIT_NOTE} {prepared.deprecated}: câu trả lời và ảnh của bản nháp đã được thay theo "
                        "bài sửa")
    answers = {**defaults(prepared.definition), **prepared.answers}
    for question, image in prepared.photos:
        attachment_id = attachments.attach(session, image, "field_record", record.id, question)
        earlier = answers.get(question)
        answers[question] = [*(earlier if isinstance(earlier, list) else []), attachment_id]
    record.answers = json.dumps(answers, ensure_ascii=False)
    field_records.recount(session, record, prepared.definition)
    return IMPORTED, "; ".join(notes), record.id


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
