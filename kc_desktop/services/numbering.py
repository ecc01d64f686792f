"""Official numbers (Số: 07/BB-ĐKS) per office, year and symbol, given once at finalize.

The symbol after "BB-" names the body that issues the minutes (ND 30/2020, Appendix I; DOMAIN.md §6),
chosen per office: the team or the council that held the session (Đoàn khảo sát, Đoàn kiểm tra, Hội đồng
nghiệm thu: the default), or the office itself by an abbreviation its head types (TTKC, UBND, SCT…).
Number and symbol together are unique in the year (Art. 15): each symbol has one counter per year, so
with the office's symbol every kind of minutes takes its number from the same counter, and a switch
of symbol mid-year starts or resumes that symbol's own counter and never gives a number+symbol twice.
Numbers already given are stored with the record and never change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from kc_desktop.db.models import AppSetting
from kc_desktop.db.models_work import DocumentCounter
from kc_desktop.domain.text import nfc
from kc_desktop.errors import ValidationFailed

if TYPE_CHECKING:
    from kc_desktop.db.changelog import Actor
    from kc_desktop.db.engine import Database

PREFIX = "BB-"
# The bodies that hold the sessions. A bare kind of minutes (BB-KS, as numbered before) names no body.
BODIES = {"survey": "ĐKS", "inspection": "ĐKT", "acceptance": "HĐNT"}
ABBREVIATIONS = {kind: PREFIX + body for kind, body in BODIES.items()}
BARE_KINDS = frozenset({"NT", "KS", "KT"})
SETTING = "minutes_symbol"  # app_setting: the office's own symbol ("TTKC"); absent or "": by body
_SYMBOL = re.compile(r"[A-ZĐ]{2,10}")
SYMBOL_RULE = ("Ký hiệu của đơn vị phải gồm 2–10 chữ cái in hoa (A–Z, Đ), không kèm «BB-», ví dụ TTKC, UBND, SCT; "
               "NT, KS, KT chỉ là loại biên bản, không nêu tên cơ quan.")


def check_symbol(text: str) -> str:
    """The office's symbol as typed, in capitals ("ttkc" → "TTKC"); refused with one sentence otherwise."""
    symbol = nfc(text).strip().upper()
    if not _SYMBOL.fullmatch(symbol) or symbol in BARE_KINDS:
        raise ValidationFailed({"symbol": SYMBOL_RULE})
    return symbol


def office_symbol(session: Session) -> str:
    """The symbol the office chose for its minutes, or "" when they are numbered by the body that held them."""
    setting = session.get(AppSetting, SETTING)
    return setting.value if setting is not None else ""


def symbol_for(session: Session, doc_type: str) -> str:
    """"BB-ĐKS" (by body) or "BB-TTKC" (the office's symbol): what follows the number of this kind of minutes."""
    own = office_symbol(session)
    return PREFIX + own if own else ABBREVIATIONS[doc_type]


def draft_symbol(db: Database, doc_type: str) -> str:
    """The symbol a draft would be numbered with today (drafts print "Số: …/BB-TTKC")."""
    with db.read() as session:
        return symbol_for(session, doc_type)


def counter_key(symbol: str) -> str:
    """The counter a symbol takes its numbers from: one for each symbol, the bodies' under their kinds (as
    they always were), so that an office symbol that happens to be a body's (ĐKS) shares that counter."""
    return next((kind for kind, known in ABBREVIATIONS.items() if known == symbol), symbol)


def set_office_symbol(db: Database, actor: Actor | None, symbol: str) -> str:
    """Number the office's minutes from now on with `symbol` ("" or None: by the body that held them).
    Only a head may; the change is audited. Returns the symbol stored ("" for by body)."""
    from kc_desktop.db.changelog import record_event
    from kc_desktop.services import installation
    from kc_desktop.services.permissions import Action, require

    acting = actor or installation.current_actor(db)
    require(db, acting, Action.SET_MINUTES_SYMBOL)
    chosen = check_symbol(symbol) if symbol and symbol.strip() else ""
    with db.session(acting) as session:
        before = office_symbol(session)
        if before == chosen:
            return chosen
        session.merge(AppSetting(key=SETTING, value=chosen))
        what = f"theo đơn vị, BB-{chosen}" if chosen else "theo đoàn, hội đồng (BB-ĐKS, BB-ĐKT, BB-HĐNT)"
        record_event(session, AppSetting.__tablename__, SETTING, {SETTING: [before or None, chosen or None]},
                     f"Đổi ký hiệu số biên bản: {what}", changed_by=acting.officer_id if acting else "")
    return chosen


def next_number(session: Session, site_id: str, year: int, doc_type: str) -> tuple[int, str]:
    """The next number in the caller's transaction; a rollback gives the number back."""
    symbol = symbol_for(session, doc_type)
    key = counter_key(symbol)
    if session.get_bind().dialect.name == "postgresql":
        number = _next_on_server(session, site_id, year, key)
    else:
        counter = session.scalars(
            select(DocumentCounter)
            .where(DocumentCounter.site_id == site_id, DocumentCounter.year == year, DocumentCounter.doc_type == key)
            .with_for_update()
        ).first()
        if counter is None:
            counter = DocumentCounter(site_id=site_id, year=year, doc_type=key, last_number=0)
            session.add(counter)
        counter.last_number += 1
        number = counter.last_number
    return number, f"{number:02d}/{symbol}"


def _next_on_server(session: Session, site_id: str, year: int, key: str) -> int:
    """One atomic statement, so that officers finalizing at the same moment never share a number.

    The counter's row stays locked until the caller's transaction ends; the first number of a
    year is created by the same statement (a plain SELECT ... FOR UPDATE cannot lock a missing row).
    """
    counter = DocumentCounter
    statement = (
        pg_insert(counter)
        .values(site_id=site_id, year=year, doc_type=key, last_number=1, in_use=True)
        .on_conflict_do_update(
            index_elements=[counter.site_id, counter.year, counter.doc_type],
            set_={"last_number": counter.last_number + 1},
        )
        .returning(counter.last_number)
    )
    return session.execute(statement).scalar_one()
