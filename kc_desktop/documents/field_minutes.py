"""The body shared by survey and inspection minutes: basis, attendees, establishment, answers, outcome."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from kc_desktop.documents import blocks, minutes
from kc_desktop.documents.blocks import styles, text
from kc_desktop.documents.data import AnswerSection, Checklist, EstablishmentIdentity, FieldDocument, RepeatTable
from kc_desktop.documents.frame import CONTENT_WIDTH
from kc_desktop.documents.template_parts import CONCLUSION_LABEL
from kc_desktop.domain.establishment import LABELS


def identity_lines(e: EstablishmentIdentity) -> list[tuple[str, str]]:
    """(label, value) lines of the establishment, labels from the one source of establishment labels."""
    representative = e.representative + (f" ({e.representative_title})" if e.representative_title else "")
    pairs = [
        (LABELS["name"], e.name),
        (LABELS["kind"], e.kind_label),
        (LABELS["tax_code"], e.tax_code),
        (LABELS["representative"], representative),
        (LABELS["phone"], e.phone),
        (LABELS["address"], e.address),
        (LABELS["sector_code"], e.sector),
        (LABELS["trade"], e.trade),
        (LABELS["craft_village_id"], e.craft_village),
        (LABELS["products"], e.products),
        (LABELS["employees"], blocks.vn_number(e.employees) if e.employees is not None else ""),
    ]
    return [(label, value) for label, value in pairs if value and value.strip()]


def section(part: AnswerSection) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [blocks.heading(part.title)] if part.title.strip() else []
    for line in part.lines:
        if line.kind == "note":
            out.append(Paragraph(f"<i>{text(line.label)}</i>", s.body))
        elif line.kind == "subheading":
            out.append(Paragraph(f"<b><i>{text(line.label)}</i></b>", s.body))
        else:
            out.append(blocks.labelled(line.label, line.text))
    return out


def checklist_table(part: Checklist) -> Flowable:
    """STT, Nội dung kiểm tra, Kết quả, Ghi chú; group titles span the row, "Không đạt" is highlighted."""
    rows: list[list[object]] = []
    spans: list[int] = []
    emphasis: list[tuple[int, int]] = []
    extra: list[tuple[object, ...]] = []
    number = 0
    for group in part.groups:
        if group.title.strip():
            spans.append(len(rows))
            rows.append([blocks.cell(group.title, bold=True), "", "", ""])
        for item in group.items:
            number += 1
            row = len(rows)
            if item.free:
                rows.append([str(number), item.content, item.result, ""])
                extra.append(("SPAN", (2, row + 1), (3, row + 1)))
            else:
                rows.append([str(number), item.content, item.result, item.note])
                if item.result.strip().lower() == "không đạt":
                    emphasis.append((2, row))
    widths = [30, 202, 78, CONTENT_WIDTH - 310]
    return blocks.data_table(["STT", "Nội dung kiểm tra", "Kết quả", "Ghi chú"], rows, widths, align="CLCL",
                             emphasis=emphasis, spans=spans, extra_style=extra)


def repeat_table(part: RepeatTable) -> Flowable:
    """STT, then one column per question: each at least as wide as its longest word, the rest of the
    width shared by how much each holds (numbers flush right). The header row is aligned at the top, so
    that the number column's "STT" starts it however many lines the longer headers take."""
    s = styles()

    def widest_word(texts: list[str], style: ParagraphStyle) -> float:
        words = [word for t in texts for word in t.split()] or [""]
        return float(max(stringWidth(word, style.fontName, style.fontSize) for word in words)) + 8

    columns = range(1, len(part.headers))
    least = [widest_word([part.headers[c]], s.cell_head) for c in columns]
    least = [max(low, widest_word([row[c] for row in part.rows], s.cell)) for low, c in zip(least, columns,
                                                                                            strict=True)]
    weights = [min(max(max((len(row[c]) for row in part.rows), default=0), len(part.headers[c]) * 0.6, 4.0), 40.0)
               for c in columns]
    number = 30.0
    free = max(CONTENT_WIDTH - number - sum(least), 0.0)
    widths = [number, *(low + free * w / sum(weights) for low, w in zip(least, weights, strict=True))]
    if sum(widths) > CONTENT_WIDTH:  # words too long for the page: shrink in proportion
        factor = (CONTENT_WIDTH - number) / sum(widths[1:])
        widths = [number, *(w * factor for w in widths[1:])]
    numeric = part.numeric or (False,) * len(part.headers)
    align = "C" + "".join("R" if flag else "L" for flag in numeric[1:])
    return blocks.data_table(list(part.headers), [list(row) for row in part.rows], widths, align=align,
                             extra_style=[("VALIGN", (0, 0), (-1, 0), "TOP")])


def conclusion(doc: FieldDocument) -> list[Flowable]:
    """The one conclusion section: the template's own (its conclusion question first, as "Kết luận"), then
    the record's conclusion and recommendation where they add to it."""
    s = styles()
    part = doc.conclusion_part
    if part is None:
        out: list[Flowable] = [blocks.heading("Kết luận:"), *(blocks.paragraphs(doc.conclusion) or [blocks.para("…")])]
        if doc.recommendation.strip():
            out += [blocks.heading("Kiến nghị:"), *blocks.paragraphs(doc.recommendation)]
        return out
    lines = list(part.lines)
    out = [blocks.heading(part.title or "Kết luận:")]
    if lines and lines[0].label == CONCLUSION_LABEL:
        out.append(Paragraph(f"<b>{CONCLUSION_LABEL}:</b> {text(lines.pop(0).text)}", s.body))
    out += blocks.paragraphs(doc.conclusion)
    out += section(AnswerSection("", tuple(lines)))
    if doc.recommendation.strip():
        first, *more = [line for line in doc.recommendation.splitlines() if line.strip()]
        out.append(Paragraph(f"<b>Kiến nghị:</b> {text(first)}", s.body))
        out += [Paragraph(text(line), s.body) for line in more]
    return out


def body(doc: FieldDocument, team: str, work: str) -> list[Flowable]:
    """`team` names the office's side ("đoàn khảo sát"), `work` what it did ("khảo sát, thẩm tra")."""
    s = styles()
    out: list[Flowable] = minutes.legal_basis(doc.legal_basis)
    place = f", tại {text(blocks.place_words(doc.place))}" if doc.place.strip() else ""
    out.append(blocks.para(
        f"Hôm nay, vào hồi {blocks.vn_time(doc.start_time)}, {blocks.vn_day(doc.meta.date)}{place}, "
        "chúng tôi gồm:"))
    out += minutes.people(f"1. Đại diện {team}:", [minutes.person_line(p, p.role_label) for p in doc.officers])
    out += minutes.people("2. Đại diện cơ sở:", [minutes.person_line(p, p.role_label)
                                                for p in doc.establishment_people])
    out.append(blocks.para(f"Đã tiến hành {text(work)} tại cơ sở với các thông tin sau:"))
    if doc.establishment is not None:
        out += [blocks.labelled(label, value, s.line) for label, value in identity_lines(doc.establishment)]
    if doc.project_code or doc.project_name:
        project = " - ".join(p for p in (doc.project_code, doc.project_name) if p)
        out.append(blocks.labelled("Đề án khuyến công", project, s.line))
    out.append(Paragraph(f"NỘI DUNG {text(work.upper())}", s.centred_heading))
    for part in doc.parts:
        if isinstance(part, Checklist):
            out += blocks.headed_table([], checklist_table(part))
        elif isinstance(part, RepeatTable):
            out += blocks.headed_table([part.title] if part.title.strip() else [], repeat_table(part))
        else:
            out += section(part)
    if doc.findings.strip():
        out += [blocks.heading("Nhận xét, đánh giá:"), *blocks.paragraphs(doc.findings)]
    if doc.actions:
        out += blocks.headed_table(["Các việc cần thực hiện:"], minutes.actions_table(doc.actions))
    out += conclusion(doc)
    out += minutes.explanation(doc.explanation)
    out.append(minutes.closing(doc.copies, blocks.vn_time(doc.end_time)))
    return out


def build(kind: str, doc: FieldDocument, team: str, work: str, target: Path | IO[bytes]) -> int:
    return minutes.build(kind, doc.meta, doc.subject, body(doc, team, work), doc.signers, doc.recipients,
                         doc.photos, doc, target)


def team_names(kind: str) -> tuple[str, str]:
    """The office's side and the work, as the minutes word them."""
    if kind == "inspection":
        return ("đoàn kiểm tra", "kiểm tra")
    return ("đoàn khảo sát", "khảo sát, thẩm tra")
