"""Signature blocks that keep each name with its signature, and the "Nơi nhận" list."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kc_desktop.documents import fonts, images
from kc_desktop.documents.blocks import clip, styles, text
from kc_desktop.documents.data import Signer
from kc_desktop.documents.frame import CONTENT_WIDTH, Lead

_SIGNATURE_BOX = (3.5 * cm, 1.6 * cm)


def _signer_cell(signer: Signer) -> list[Flowable]:
    """A space of fixed height for the signature, the name under it, then the person's role."""
    s = styles()
    box_width, box_height = _SIGNATURE_BOX
    space = box_height + 16
    picture = images.fitted(signer.signature_path, box_width, box_height) if signer.signature_path else None
    if picture is not None:
        # Centred in the fixed space, so that names of one row stay on one line whatever the image.
        margin = (space - picture.height) / 2
        out: list[Flowable] = [Spacer(1, margin), picture, Spacer(1, margin)]
    else:
        # Signed on paper, or not yet signed: the space stays empty for the ink (a drawn signature,
        # when there is one, is the signature; never a note next to it).
        out = [Spacer(1, space)]
    out.append(Paragraph(text(clip(signer.name, 120)), s.sign_name))
    if signer.role_label:
        out.append(Paragraph(f"<i>{text(clip(signer.role_label, 120))}</i>", s.sign_hint))
    return out


def signed_close(closing: Flowable, signers: Sequence[Signer]) -> list[Flowable]:
    """The body's closing paragraph and the signatures: the signatures never open a page of their own.

    (Officials refuse a page holding only signatures: the pages above it could be exchanged.) The
    closing paragraph goes to the next page with the signatures when their first row does not fit
    under it.
    """
    blocks = signature_blocks(signers)
    tables = [index for index, flowable in enumerate(blocks) if isinstance(flowable, Table)]
    if not tables:
        return [closing, *blocks]
    first = tables[0]
    return [Lead([closing, *blocks[:first]], blocks[first]), *blocks[first + 1 :]]


def signature_blocks(signers: Sequence[Signer]) -> list[Flowable]:
    """Signature columns, two side by side; each name stays on the page of its signature.

    Consecutive signers with the same title form one column under one heading; each printed row
    (heading, then one signer per column) is a table row, which never splits.
    """
    groups: list[list[Signer]] = []
    for signer in signers:
        if groups and groups[-1][0].title.strip().upper() == signer.title.strip().upper():
            groups[-1].append(signer)
        else:
            groups.append([signer])
    s = styles()
    out: list[Flowable] = [Spacer(1, 10)]
    for start in range(0, len(groups), 2):
        pair = groups[start : start + 2]
        width = CONTENT_WIDTH / 2
        heads = [[Paragraph(text(clip(g[0].title.upper(), 160)), s.sign_title),
                  Paragraph("(Ký, ghi rõ họ tên)", s.sign_hint)] for g in pair]
        rows: list[list[object]] = [list(heads)]
        for index in range(max(len(g) for g in pair)):
            rows.append([_signer_cell(g[index]) if index < len(g) else "" for g in pair])
        table = Table(rows, colWidths=[width] * len(pair), repeatRows=1, hAlign="CENTER")
        table.setStyle(TableStyle([
            # Empty cells are drawn as text too; the default Helvetica would be an unembedded font.
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        out += [table, Spacer(1, 6)]
    return out


def recipients(lines: Sequence[str]) -> list[Flowable]:
    """The "Nơi nhận:" list at the bottom left: "- item;" lines, the last ending with a full stop."""
    items = [clip(line, 300).lstrip("-– ").rstrip(";.") for line in lines if line.strip()]
    if not items:
        return []
    s = styles()
    width_style = ParagraphStyle("recipients_left", parent=s.recipients, rightIndent=CONTENT_WIDTH / 2)
    flowables: list[Flowable] = [Paragraph("Nơi nhận:", s.recipients_head)]
    for index, item in enumerate(items):
        end = "." if index == len(items) - 1 else ";"
        flowables.append(Paragraph(f"- {text(item)}{end}", width_style))
    return [KeepTogether(flowables)]
