"""Official numbers (Số: 07/BB-KS) per office, year and document type, given once at finalize."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kc_desktop.db.models_work import DocumentCounter

ABBREVIATIONS = {"survey": "BB-KS", "inspection": "BB-KT", "acceptance": "BB-NT"}


def next_number(session: Session, site_id: str, year: int, doc_type: str) -> tuple[int, str]:
    """The next number in the caller's transaction; a rollback gives the number back."""
    counter = session.scalars(
        select(DocumentCounter)
        .where(DocumentCounter.site_id == site_id, DocumentCounter.year == year, DocumentCounter.doc_type == doc_type)
        .with_for_update()
    ).first()
    if counter is None:
        counter = DocumentCounter(site_id=site_id, year=year, doc_type=doc_type, last_number=0)
        session.add(counter)
    counter.last_number += 1
    return counter.last_number, f"{counter.last_number:02d}/{ABBREVIATIONS[doc_type]}"
