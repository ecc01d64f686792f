"""What printed minutes say, read back from the PDF as an official reads it before signing.

Each `*_faults(pages, kind)` checks one rule of content on the pages `pdf_layout.read` gives and returns a
description of every place that breaks it (an empty list when the minutes are clean); `kind` is "survey",
"inspection" or "acceptance". `content_faults` runs them all; `bench/bench_faults.py` counts them over every
minutes the demo prints, and the document tests assert that a rule finds what it is for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pdf_layout import BODY_SIZE, CELL_SIZE, Line, Page

from kc_desktop.documents.frame import CONTENT_WIDTH, LEFT
from kc_desktop.domain.consistency import claims_conformity

FIELD = ("survey", "inspection")
KINDS = ("survey", "inspection", "acceptance")
_TIME = r"\d{2} giờ \d{2} phút"
_EXPLAINED = "Ý kiến khác / giải trình"


def _lines(pages: Sequence[Page], size: float | None = BODY_SIZE) -> list[Line]:
    return [line for page in pages for line in page.lines if size is None or round(line.size) == size]


def flat(pages: Sequence[Page], size: float | None = BODY_SIZE) -> str:
    """The text of the lines of one size as one string (a paragraph's lines joined by spaces)."""
    return " ".join(line.text for line in _lines(pages, size))


def _headings(pages: Sequence[Page]) -> list[str]:
    return [line.text for line in _lines(pages) if line.bold]


def is_draft(pages: Sequence[Page]) -> bool:
    """Drafts print "Số: …/BB-…" (the number is given when the minutes are finalized)."""
    return bool(pages) and any(re.search(r"Số: …/", line.text) for line in pages[0].lines[:6])


def times_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """Mẫu 1.9: the minutes state when the work started and when the minutes ended."""
    text = flat(pages)
    faults = []
    if not re.search(rf"vào hồi {_TIME}", text):
        faults.append("no start time («vào hồi … giờ … phút»)")
    if not re.search(rf"kết thúc vào hồi {_TIME}", text):
        faults.append("no end time («kết thúc vào hồi … giờ … phút»)")
    return faults


def chair_secretary_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """Mẫu 1.9: a chair and a secretary among those present, and each with a signature block."""
    text = flat(pages)
    chair = "Chủ tịch hội đồng" if kind == "acceptance" else "Chủ trì"
    faults = [f"no «{role}» among those present" for role in (chair, "Thư ký") if f" - {role}" not in text]
    titles = " ".join(line.text for line in _lines(pages) if line.bold)
    faults += [f"no signature block «{title}»" for title in (chair.upper(), "THƯ KÝ") if title not in titles]
    return faults


def conclusion_sections_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """One conclusion section: a single heading that names the conclusion."""
    found = [text for text in _headings(pages) if re.search(r"kết luận", text, re.IGNORECASE)]
    return [] if len(found) == 1 else [f"{len(found)} conclusion headings: {found}"]


_AMOUNT = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|đ)(?!\w)")
_UNIT_LABEL = re.compile(r"\((?:triệu |nghìn )?đồng\):\s*(\d[\d.,]*)")


def money_words_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """Every sum of money in the text is followed by the amount in words (DOMAIN.md §5); table cells aside."""
    text = flat(pages)
    faults = []
    for pattern in (_AMOUNT, _UNIT_LABEL):
        for match in pattern.finditer(text):
            after = text[match.end(): match.end() + 14]
            if not re.match(r"\s*\(?\s*bằng chữ", after, re.IGNORECASE):
                faults.append(f"«{text[max(0, match.start() - 30): match.end()]}» without words")
    return faults


_COPIES = re.compile(r"lập thành (\d{1,2}) bản")


def recipients(pages: Sequence[Page]) -> list[str]:
    """The "Nơi nhận" entries ("- Lưu: VT."), in the order printed; a long one wraps onto lines of its own
    size that do not start with "- "."""
    found: list[str] = []
    for page in pages:
        listing = False
        for line in page.lines:
            if line.text.startswith("Nơi nhận"):
                listing = True
            elif listing and line.text.startswith("- "):
                found.append(line.text[2:])
            elif listing and found and round(line.size) == CELL_SIZE and not line.bold:
                found[-1] += " " + line.text
            elif listing and found:
                listing = False
    return [entry.rstrip(";.") for entry in found]


def copies_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """"Lập thành NN bản": one copy for each recipient under "Nơi nhận"."""
    match = _COPIES.search(flat(pages))
    listed = recipients(pages)
    if match is None:
        return ["no «lập thành NN bản»"]
    if int(match.group(1)) != len(listed):
        return [f"«lập thành {match.group(1)} bản» but {len(listed)} recipients: {listed}"]
    return []


def _conclusion_text(pages: Sequence[Page]) -> str:
    """The body text from the (first) conclusion heading to the closing paragraph."""
    text = flat(pages)
    heading = next((h for h in _headings(pages) if re.search(r"kết luận", h, re.IGNORECASE)), None)
    start = text.find(heading) if heading else -1
    if start < 0:
        return ""
    end = text.find("Biên bản kết thúc", start)
    return text[start + len(heading or ""): end if end > 0 else None]


def contradiction_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """Differences or «Không đạt» under the verdict «Đạt»; a violation under «đúng tiến độ» (unless explained)."""
    if kind == "survey" or any(_EXPLAINED in line.text for line in _lines(pages)):
        return []
    cells = flat(pages, CELL_SIZE)
    failed = "Không đạt" in cells
    if kind == "acceptance":
        verdict = re.search(r"thống nhất kết luận: (Đạt(?: có điều kiện)?|Không đạt)", flat(pages))
        differs = "Sai khác" in cells
        if verdict and verdict.group(1) == "Đạt" and (failed or differs):
            return [f"verdict «Đạt» with {'differences' if differs else '«Không đạt»'} in the tables"]
        return []
    conclusion = _conclusion_text(pages)
    claim = claims_conformity(conclusion)
    violation = re.search(r"Kết luận: Có vi phạm", conclusion)
    faults = []
    if failed and claim:
        faults.append(f"«Không đạt» in the checklist, yet the conclusion says «{claim}»")
    if violation and claim:
        faults.append(f"a violation, yet the conclusion says «{claim}»")
    return faults


def signed_states_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """Finalized minutes print their follow-up actions as they stood when signed: none of them already done.

    ("Các việc cần thực hiện" lists what is still to be done on the day; an action printed «Đã thực hiện»
    is today's status reprinted into the signed minutes.)
    """
    if is_draft(pages):
        return []
    faults = []
    listing = False
    for line in _lines(pages, None):
        if line.bold and line.text.startswith("STT") and "Tình trạng" in line.text:
            listing = True
        elif listing and round(line.size) != CELL_SIZE:
            listing = False
        elif listing and "Đã thực hiện" in line.text:
            faults.append(f"action printed as done when signed: «{line.text[:60]}»")
    return faults


def acceptance_basis_faults(pages: Sequence[Page], kind: str, regulations: Sequence[str] = ()) -> list[str]:
    """The regulations of the project's rules version, the council decision, the beneficiary's own heading."""
    text = flat(pages)
    faults = [f"no «Căn cứ {reg}»" for reg in regulations if f"Căn cứ {reg}" not in text]
    if not re.search(r"Căn cứ Quyết định số \S+ ngày \d{2}/\d{2}/\d{4} về việc thành lập Hội đồng nghiệm thu", text):
        faults.append("no council decision in the legal basis")
    # Under their own heading, with a name: not "- …" there and "- X - Đại diện cơ sở thụ hưởng" in the council.
    lines = _lines(pages)
    heading = next((i for i, line in enumerate(lines) if line.bold and "Đại diện cơ sở thụ hưởng" in line.text), None)
    named = heading is not None and heading + 1 < len(lines) and not lines[heading + 1].bold and (
        lines[heading + 1].text.strip(" -.…"))
    if not named or re.search(r" - Đại diện cơ sở thụ hưởng[;.]", text):
        faults.append("the beneficiary's representatives have no heading of their own")
    return faults


_LEFT_COLUMN = LEFT + CONTENT_WIDTH - 270  # the header's left column: issuing body and number
_BARE_KIND = re.compile(r"Số: (?:\d+|…)/BB-(?:KS|KT|NT)\b")


def heading_faults(pages: Sequence[Page], kind: str) -> list[str]:
    """ND 30 (DOMAIN.md §6): the parent line only above a body that has one (never above a People's
    Committee; the Sở Công Thương above its Trung tâm Khuyến công), "UBND" only in the parent line, and a
    number whose symbol names the issuing body, not a bare kind of minutes (BB-KS, BB-KT, BB-NT)."""
    if not pages:
        return ["no pages"]
    left = [(line.words_in(0, _LEFT_COLUMN), line.bold) for line in pages[0].lines[:8]]
    left = [(words, bold) for words, bold in left if words]
    number = next((i for i, (words, _) in enumerate(left) if words.startswith("Số:")), None)
    if number is None:
        return ["no «Số:» line"]
    parents = [words for words, bold in left[:number] if not bold]
    body = " ".join(words for words, bold in left[:number] if bold)
    faults = []
    if "UBND" in body:
        faults.append(f"the issuing body abbreviated: «{body}»")
    if body.startswith("ỦY BAN NHÂN DÂN") and parents:
        faults.append(f"a parent line «{parents[0]}» above a People's Committee")
    if "TRUNG TÂM KHUYẾN CÔNG" in body and parents != ["SỞ CÔNG THƯƠNG HÀ NỘI"]:
        faults.append(f"the Trung tâm Khuyến công under «{' '.join(parents)}», not the Sở Công Thương")
    if _BARE_KIND.search(left[number][0]):
        faults.append(f"«{left[number][0]}»: the symbol names no body")
    return faults


Rule = Callable[[Sequence[Page], str], list[str]]
RULES: dict[str, tuple[tuple[str, ...], Rule]] = {
    "contradiction with the verdict": (("inspection", "acceptance"), contradiction_faults),
    "no start or end time": (KINDS, times_faults),
    "no chair or secretary": (KINDS, chair_secretary_faults),
    "not one conclusion section": (KINDS, conclusion_sections_faults),
    "money without words": (KINDS, money_words_faults),
    "copies against recipients": (KINDS, copies_faults),
    "signed minutes reprint today's statuses": (FIELD, signed_states_faults),
    "acceptance legal basis / beneficiary heading": (("acceptance",), acceptance_basis_faults),
    "issuing body or number symbol (ND 30)": (KINDS, heading_faults),
}


def content_faults(pages: Sequence[Page], kind: str, regulations: Sequence[str] = ()) -> dict[str, list[str]]:
    """Every content rule that applies to the kind; `regulations` are those the acceptance must cite."""
    out: dict[str, list[str]] = {}
    for name, (kinds, check) in RULES.items():
        if kind not in kinds:
            continue
        out[name] = acceptance_basis_faults(pages, kind, regulations) if check is acceptance_basis_faults else (
            check(pages, kind))
    return out
