"""Official numbers (Số: 07/BB-ĐKS) per office, year and document type, given once at finalize."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from kc_desktop.db.models_work import DocumentCounter

# Type of document, then the body that issues it (ND 30/2020, Appendix I; DOMAIN.md §6): the team or the
# council that held the session, Đoàn khảo sát, Đoàn kiểm tra, Hội đồng nghiệm thu. A bare kind of minutes
# (BB-KS, as numbered before) names no body. One symbol for each kind keeps number and symbol unique in the
# year with a counter for each kind.
ABBREVIATIONS = {"survey": "BB-ĐKS", "inspection": "BB-ĐKT", "acceptance": "BB-HĐNT"}


def next_number(session: Session, site_id: str, year: int, doc_type: str) -> tuple[int, str]:
    """The next number in the caller's transaction; a rollback gives the number back."""
    if session.get_bind().dialect.name == "postgresql":
        number = _next_on_server(session, site_id, year, doc_type)
    else:
        counter = session.scalars(
            select(DocumentCounter)
            .where(
                DocumentCounter.site_id == site_id, DocumentCounter.year == year, DocumentCounter.doc_type == doc_type
            )
            .with_for_update()
        ).first()
        if counter is None:
            counter = DocumentCounter(site_id=site_id, year=year, doc_type=doc_type, last_number=0)
            session.add(counter)
        counter.last_number += 1
        number = counter.last_number
    return number, f"{number:02d}/{ABBREVIATIONS[doc_type]}"


def _next_on_server(session: Session, site_id: str, year: int, doc_type: str) -> int:
    """One atomic statement, so that officers finalizing at the same moment never share a number.

    The counter's row stays locked until the caller's transaction ends; the first number of a
    year is created by the same statement (a plain SELECT ... FOR UPDATE cannot lock a missing row).
    """
    counter = DocumentCounter
    statement = (
        pg_insert(counter)
        .values(site_id=site_id, year=year, doc_type=doc_type, last_number=1, in_use=True)
        .on_conflict_do_update(
            index_elements=[counter.site_id, counter.year, counter.doc_type],
            set_={"last_number": counter.last_number + 1},
        )
        .returning(counter.last_number)
    )
    return session.execute(statement).scalar_one()
