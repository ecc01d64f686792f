""""Tình hình thực hiện kiến nghị": how far the follow-up actions of signed minutes have got, on a sheet apart.

The signed minutes keep the statuses they were signed with; this sheet states today's, beside them.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kc_desktop.documents import blocks, fonts, frame
from kc_desktop.documents.blocks import Rule, clip, styles, text
from kc_desktop.documents.data import ProgressDocument, content_hash
from kc_desktop.documents.frame import CONTENT_WIDTH
from kc_desktop.services.field_records import ActionState

TITLE = "Tình hình thực hiện kiến nghị"
_WIDTHS = [28, 168, 84, 62, 62, CONTENT_WIDTH - 404]


def _heading(doc: ProgressDocument) -> Table:
    """The issuing unit on the left, the place and day on the right."""
    s = styles()
    agency = doc.meta.agency
    unit = clip(agency.unit.upper(), 160)
    left: list[Flowable] = [Paragraph(text(clip(agency.parent.upper(), 160)), s.parent), Paragraph(text(unit), s.unit)]
    if unit:
        left.append(Rule(max(fonts.width(unit, fonts.BOLD, 12) * 0.4, 40)))
    right = [Paragraph(text(blocks.vn_date_line(doc.meta.place, doc.meta.date)), s.date)]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _summary(doc: ProgressDocument) -> str:
    done = sum(1 for a in doc.actions if a.state_now == ActionState.DONE.label)
    cancelled = sum(1 for a in doc.actions if a.state_now == ActionState.CANCELLED.label)
    due = len(doc.actions) - cancelled
    late = sum(1 for a in doc.actions if a.late)
    line = f"Đã thực hiện {done}/{due} việc cần thực hiện"
    if late:
        line += f"; {late} việc quá hạn chưa thực hiện"
    if cancelled:
        line += f"; {cancelled} việc đã hủy"
    return line + "."


def story(doc: ProgressDocument) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [_heading(doc), *blocks.title(TITLE, f"(Theo {doc.minutes_title})")]
    for label, value in (("Cơ sở", doc.establishment_name),
                         ("Đề án", " - ".join(p for p in (doc.project_code, doc.project_name) if p))):
        if value.strip():
            out.append(blocks.labelled(label, value, s.line))
    out.append(blocks.para(f"Tình hình thực hiện các việc cần thực hiện đến {blocks.vn_day(doc.meta.date)}:"))
    rows = [[str(n), a.description, a.responsible, blocks.vn_date(a.deadline) if a.deadline else "",
             a.state_at_signing or "(bổ sung sau)", a.state_now + (" (quá hạn)" if a.late else "")]
            for n, a in enumerate(doc.actions, start=1)]
    emphasis = [(5, n) for n, a in enumerate(doc.actions) if a.state_now != a.state_at_signing]
    if rows:
        out.append(blocks.data_table(["STT", "Nội dung", "Người thực hiện", "Thời hạn", "Khi ký biên bản",
                                      "Hiện nay"], rows, _WIDTHS, align="CLLCCC", emphasis=emphasis))
        out.append(blocks.para(_summary(doc)))
    else:
        out.append(blocks.para("Biên bản không có việc cần thực hiện."))
    out.append(Paragraph("<i>Tờ này theo dõi việc thực hiện sau khi ký biên bản; biên bản đã ký giữ nguyên "
                         "tình trạng tại thời điểm ký.</i>", s.body))
    return out


def build_progress(doc: ProgressDocument, target: Path | IO[bytes]) -> int:
    """Write the sheet to a file or a binary buffer; returns the number of pages."""
    digest = doc.meta.content_hash or content_hash(doc)
    return frame.build(story(doc), doc.meta, digest, target, f"{TITLE} - {doc.minutes_title}")
