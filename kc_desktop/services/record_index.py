"""Every survey, inspection and acceptance of the database in one list, for the command line: ids (and the
8-character prefixes shown in printed files' names), numbers, dates and states."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from kc_desktop.db.engine import Database
from kc_desktop.db.models import Establishment
from kc_desktop.db.models_work import Acceptance, FieldRecord
from kc_desktop.errors import KCError, NotFound

KINDS = ("survey", "inspection", "acceptance")
STATE_LABELS = {"draft": "bản nháp", "finalized": "đã hoàn tất"}
KIND_LABELS = {"survey": "khảo sát", "inspection": "kiểm tra", "acceptance": "nghiệm thu"}


@dataclass(frozen=True)
class RecordLine:
    id: str
    kind: str
    number: str
    date: dt.date | None
    state: str
    establishment: str

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "number": self.number,
                "date": self.date.isoformat() if self.date else None, "state": self.state,
                "establishment": self.establishment}


def list_records(db: Database, kind: str | None = None) -> list[RecordLine]:
    """Records not deleted, newest first within each kind."""
    lines: list[RecordLine] = []
    with db.read() as session:
        names = dict(session.execute(select(Establishment.id, Establishment.name)).all())
        if kind in (None, "survey", "inspection"):
            query = select(FieldRecord).where(FieldRecord.deleted_at.is_(None))
            if kind is not None:
                query = query.where(FieldRecord.kind == kind)
            for r in session.scalars(query):
                lines.append(RecordLine(r.id, r.kind, r.number_text, r.record_date, r.state,
                                        names.get(r.establishment_id or "", "")))
        if kind in (None, "acceptance"):
            for a in session.scalars(select(Acceptance).where(Acceptance.deleted_at.is_(None))):
                lines.append(RecordLine(a.id, "acceptance", a.number_text, a.acceptance_date, a.state,
                                        names.get(a.establishment_id, "")))
    order = {k: n for n, k in enumerate(KINDS)}
    return sorted(lines, key=lambda r: (order.get(r.kind, 9), -(r.date.toordinal() if r.date else 0), r.id))


def resolve(db: Database, kind: str, text: str) -> str:
    """A record's full id from its id or a prefix of it (8 characters, as in printed files' names)."""
    text = text.strip().lower()
    if len(text) < 4:
        raise KCError(f"Mã hồ sơ «{text}» quá ngắn: cần ít nhất 8 ký tự đầu của mã (như trong tên tệp PDF).")
    model = Acceptance if kind == "acceptance" else FieldRecord
    with db.read() as session:
        query = select(model.id).where(model.id.like(f"{text}%"))
        if model is FieldRecord:
            query = query.where(FieldRecord.kind == kind)
        found = list(session.scalars(query.limit(3)))
    if not found:
        raise NotFound(f"Không có biên bản {KIND_LABELS.get(kind, kind)} nào có mã bắt đầu bằng «{text}»; "
                       "xem danh sách bằng «kc-desktop records list».")
    if len(found) > 1:
        raise KCError(f"Có nhiều biên bản có mã bắt đầu bằng «{text}»; hãy ghi thêm ký tự.")
    return found[0]
