"""What drafts that become official minutes share: numbering at finalize and corrections."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop.db.base import utcnow
from kc_desktop.db.changelog import set_reason
from kc_desktop.db.models_work import Acceptance, FieldRecord, Finalizable
from kc_desktop.domain.text import nfc, nfc_text
from kc_desktop.errors import ExplanationNeeded, KCError, ValidationFailed
from kc_desktop.services import numbering
from kc_desktop.services.permissions import Action, require


def require_draft(record: Finalizable) -> None:
    if record.state != "draft":
        raise KCError(f"Biên bản {record.number_text} đã hoàn tất; không sửa được.")


def lock(session: Session, record: Finalizable) -> None:
    """On a database server, hold the record's row until the transaction ends and read its latest state.

    Two officers finalizing the same draft at once: the second waits, then finds it finalized.
    A SQLite file has one writer at a time already.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.refresh(record, with_for_update=True)


def explain(record: FieldRecord | Acceptance, contradictions: dict[str, str], explanation: str) -> None:
    """Keep the explanation given at finalize (or typed before); refuse contradictions left unexplained."""
    given = nfc_text(explanation).strip()
    if given:
        record.explanation = given
    if contradictions and not record.explanation.strip():
        raise ExplanationNeeded(contradictions)


def give_number(session: Session, record: Finalizable, site_id: str, doc_type: str, day: dt.date | None) -> str:
    """Number and freeze a checked draft, in the caller's transaction."""
    require(session, None, Action.FINALIZE)
    require_draft(record)
    year = (day or dt.date.today()).year
    record.number, record.number_text = numbering.next_number(session, site_id, year, doc_type)
    record.state, record.finalized_at, record.error_count = "finalized", utcnow(), 0
    set_reason(session, f"Hoàn tất biên bản, cấp số {record.number_text}")
    return record.number_text


_Minutes = TypeVar("_Minutes", bound=FieldRecord | Acceptance)


def correction_of(session: Session, old: _Minutes, reason: str, copied: tuple[str, ...]) -> _Minutes:
    """A new draft copying `copied` fields of a finalized record, pointing back to it with the reason."""
    require(session, None, Action.CORRECT_FINALIZED)
    if not nfc(reason):
        raise ValidationFailed({"correction_reason": "Phải ghi lý do đính chính."})
    if old.state != "finalized":
        raise KCError("Chỉ đính chính được biên bản đã hoàn tất; bản nháp thì sửa trực tiếp.")
    model = type(old)
    newer = session.scalars(
        select(model.id).where(model.supersedes_id == old.id, model.deleted_at.is_(None))
    ).first()
    if newer is not None:
        raise KCError("Biên bản này đã có bản đính chính; hãy sửa bản đính chính đó.")
    copy = model(**{name: getattr(old, name) for name in copied})
    copy.supersedes_id, copy.correction_reason = old.id, nfc(reason)
    set_reason(session, f"Đính chính biên bản {old.number_text}: {nfc(reason)}")
    session.add(copy)
    session.flush()
    return copy
