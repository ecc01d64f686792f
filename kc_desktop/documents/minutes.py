"""What every set of minutes (biên bản) has: heading, attendees, closing, signatures, "Nơi nhận", photo appendix."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, PageBreak, Paragraph

from kc_desktop.documents import blocks, frame, images, signatures
from kc_desktop.documents.blocks import styles, text
from kc_desktop.documents.data import ActionLine, CouncilMember, DocumentMeta, Person, PhotoRef, Signer, content_hash
from kc_desktop.documents.frame import CONTENT_WIDTH
from kc_desktop.services.numbering import ABBREVIATIONS  # drafts print "Số: …/BB-ĐKS" with the same type


def person_line(person: Person | CouncilMember, extra: str = "") -> str:
    """"Nguyễn Văn An, Cán bộ khuyến công, UBND xã Bát Tràng - Thư ký" (`extra`: the role, if any)."""
    parts = [p.strip() for p in (person.name, person.title, person.unit) if p and p.strip()]
    line = ", ".join(parts) or "…"
    return f"{line} - {extra}" if extra else line


def people(heading: str, persons: Sequence[str]) -> list[Flowable]:
    """A numbered heading and "- person;" lines (the last with a full stop)."""
    out: list[Flowable] = [blocks.heading(heading)]
    shown = list(persons) or ["…"]
    for index, line in enumerate(shown):
        out.append(blocks.para(f"- {text(line)}{'.' if index == len(shown) - 1 else ';'}", styles().line))
    return out


def legal_basis(lines: Sequence[str]) -> list[Flowable]:
    """"Căn cứ …;" lines (the last with a full stop)."""
    cleaned = [line.strip().rstrip(";.") for line in lines if line.strip()]
    out: list[Flowable] = []
    for index, line in enumerate(cleaned):
        if not line.lower().startswith("căn cứ"):
            line = "Căn cứ " + line
        out.append(blocks.para(f"<i>{text(line)}{'.' if index == len(cleaned) - 1 else ';'}</i>", styles().line))
    return out


def actions_table(actions: Sequence[ActionLine]) -> Flowable:
    rows = [
        [str(index), a.description, a.responsible, blocks.vn_date(a.deadline) if a.deadline else "", a.state_label]
        for index, a in enumerate(actions, start=1)
    ]
    return blocks.data_table(["STT", "Nội dung", "Người thực hiện", "Thời hạn", "Tình trạng"], rows,
                             [30, 192, 110, 62, CONTENT_WIDTH - 394], align="CLLCC")


def explanation(text: str) -> list[Flowable]:
    """"Ý kiến khác / giải trình": why the minutes stand despite a contradiction the checks found."""
    if not text.strip():
        return []
    return [blocks.heading("Ý kiến khác / giải trình:"), *blocks.paragraphs(text)]


def closing(copies: int, end_time_text: str = "") -> Paragraph:
    ended = f"Biên bản kết thúc vào hồi {end_time_text} cùng ngày, được" if end_time_text else "Biên bản được"
    return blocks.para(
        f"{ended} lập thành {copies:02d} bản có giá trị như nhau, đã được đọc lại cho những người có mặt "
        "cùng nghe, nhất trí thông qua và ký tên dưới đây."
    )


def photo_appendix(photos: Sequence[PhotoRef], meta: DocumentMeta, abbreviation: str) -> list[Flowable]:
    """A new page headed "PHỤ LỤC ẢNH", photos two per row with their captions."""
    if not photos:
        return []
    s = styles()
    number = meta.number_text if not meta.is_draft and meta.number_text else f"…/{abbreviation}"
    date = f" ngày {blocks.vn_date(meta.date)}" if meta.date else ""
    return [
        PageBreak(),
        Paragraph("PHỤ LỤC ẢNH", s.centred_heading),
        Paragraph(f"<i>(Kèm theo Biên bản số {text(number)}{date})</i>", s.caption),
        images.photo_grid(photos, CONTENT_WIDTH, s.caption),
    ]


def build(kind: str, meta: DocumentMeta, subject: str, body: Sequence[Flowable], signers: Sequence[Signer],
          recipients: Sequence[str], photos: Sequence[PhotoRef], document: object,
          target: Path | IO[bytes]) -> int:
    """Heading, body, signatures, "Nơi nhận" and appendix on ND 30 pages; returns the page count."""
    abbreviation = meta.symbol or ABBREVIATIONS[kind]
    digest = meta.content_hash or content_hash(document)
    story: list[Flowable] = [blocks.header(meta, abbreviation), *blocks.title("Biên bản", subject), *body[:-1]]
    # The body ends with its closing paragraph, which the signatures keep on their page.
    story += signatures.signed_close(body[-1], signers) if body else signatures.signature_blocks(signers)
    story += signatures.recipients(recipients)
    story += photo_appendix(photos, meta, abbreviation)
    title = f"Biên bản {meta.number_text if not meta.is_draft else '(bản nháp)'} - {subject}"
    return frame.build(story, meta, digest, target, title)
