"""Contradictions inside a set of minutes: findings against the conclusion, dates out of order, copies against
recipients, one person in two roles.

A contradiction is not missing information: it does not stop the minutes from being finalized, but finalizing
despite one needs a written explanation, printed in the minutes under "Ý kiến khác / giải trình". The rules
are pure functions; the services feed them with what they know of the record, its project and its survey.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kc_desktop.domain.acceptance import AcceptanceItem, Conclusion
from kc_desktop.domain.text import fold, nfc, nfc_text

# What each compared field of an item is called in a sentence (the minutes' "Sai khác: xuất xứ").
DIFFERENCE_WORDS = {
    "name": "tên",
    "model": "model",
    "specifications": "thông số",
    "origin": "xuất xứ",
    "year_made": "năm sản xuất",
    "quantity": "số lượng",
    "unit": "đơn vị tính",
    "unit_price": "đơn giá",
}


@dataclass(frozen=True)
class Contradiction:
    """Two things the minutes say that cannot both be true; `where` names the field to look at."""

    where: str
    message: str


def by_field(found: Iterable[Contradiction]) -> dict[str, str]:
    """The contradictions by field, the messages of one field joined in the order found."""
    merged: dict[str, str] = {}
    for item in found:
        merged[item.where] = f"{merged[item.where]} {item.message}" if item.where in merged else item.message
    return merged


def _day(value: dt.date) -> str:
    return f"{value:%d/%m/%Y}"


# -- what a sentence claims ------------------------------------------------------------------------------------
# A claim that the work conforms: "đúng tiến độ", "đạt yêu cầu", "phù hợp với nội dung", or a conclusion that
# opens with "Đạt". Not when it is denied or only aimed at ("không đạt", "chưa đúng", "cần … để đạt").
_CLAIM = re.compile(
    r"(?:^|(?<=[\s:;,.(«\"“-]))(?P<claim>(?:thực hiện )?(?:đạt|đúng)"
    r"(?: (?:và )?(?:yêu cầu|tiến độ|nội dung|kế hoạch|quy định))+|phù hợp với nội dung|^đạt\b)"
)
_DENIALS = ("không", "chưa", "để", "cần", "phải", "nhằm", "chưa thật sự", "không hoàn toàn")
_SUPPORT = re.compile(r"(?:đề nghị|đề xuất|kiến nghị)(?: (?:được|cho|xem xét))* hỗ trợ|đủ điều kiện(?: hỗ trợ)?")


def _affirmed(text: str, pattern: re.Pattern[str]) -> str | None:
    """The first phrase of `pattern` in `text` that is not denied by the words just before it."""
    lowered = nfc_text(text).lower()
    for line in lowered.splitlines():
        line = re.sub(r"^\s*(?:kết luận|ý kiến|đề xuất|kiến nghị)\s*:\s*", "", line.strip())
        for match in pattern.finditer(line):
            before = line[: match.start()].rstrip(" :,")
            if any(before.endswith(word) for word in _DENIALS):
                continue
            return match.group(0)
    return None


def claims_conformity(text: str) -> str | None:
    """The phrase by which a conclusion says the work conforms ("đúng tiến độ"), or None."""
    return _affirmed(text, _CLAIM)


def recommends_support(text: str) -> str | None:
    """The phrase by which a recommendation asks for support ("đề nghị hỗ trợ"), or None."""
    return _affirmed(text, _SUPPORT)


# -- findings against the conclusion ---------------------------------------------------------------------------
def item_differences(items: Sequence[AcceptanceItem]) -> list[str]:
    """"hạng mục 1 (Lò nung) sai khác: xuất xứ" for each item delivered otherwise than approved."""
    found = []
    for index, item in enumerate(items, start=1):
        name = item.approved.name.strip() or item.delivered.name.strip()
        if item.approved.name.strip() and not item.delivered.name.strip():
            found.append(f"hạng mục {index} ({name}) chưa bàn giao")
            continue
        differs = item.differences()
        if differs:
            words = ", ".join(DIFFERENCE_WORDS.get(d, d) for d in differs)
            found.append(f"hạng mục {index} ({name}) sai khác: {words}")
    return found


def acceptance_verdict(
    items: Sequence[AcceptanceItem],
    checks: dict[str, dict[str, object]],
    check_labels: dict[str, str],
    conclusion: str,
    conformity_key: str = "content_conforms",
) -> list[Contradiction]:
    """Differences or failed checks against "Đạt"; differences against "Nội dung thực hiện phù hợp"."""
    found: list[Contradiction] = []
    differences = item_differences(items)
    failed = [check_labels.get(key, key) for key, value in checks.items() if value.get("ok") is False]
    if Conclusion.parse(conclusion) is Conclusion.ACCEPTED:
        reasons = differences + [f"«{label}» không đạt" for label in failed]
        if reasons:
            found.append(Contradiction("conclusion", (
                f"Kết luận «Đạt» nhưng {'; '.join(reasons)}. Hãy chọn «Đạt có điều kiện» hoặc «Không đạt», "
                "hoặc ghi giải trình khi hoàn tất.")))
    if differences and checks.get(conformity_key, {}).get("ok") is True:
        found.append(Contradiction("checks", (
            f"Đánh dấu «{check_labels.get(conformity_key, conformity_key)}» là đạt nhưng {'; '.join(differences)}.")))
    return found


def inspection_verdict(
    failed_rows: Sequence[str], verdict: str, verdict_label: str, conclusion_text: str
) -> list[Contradiction]:
    """"Không đạt" rows against a conclusion of conformity; a violation against "đúng tiến độ".

    `verdict` is the inspection's overall result: "ok" (thực hiện đúng nội dung và tiến độ), "fix" (cần khắc
    phục), "violation" (có vi phạm) or "" when not given; `verdict_label` is how the form words it.
    """
    found: list[Contradiction] = []
    claim = claims_conformity(conclusion_text)
    if failed_rows:
        rows = ", ".join(f"«{row}»" for row in failed_rows)
        if verdict == "ok":
            found.append(Contradiction("conclusion", (
                f"Kết luận chung «{verdict_label}» nhưng có mục «Không đạt»: {rows}.")))
        elif claim:
            found.append(Contradiction("conclusion", (
                f"Kết luận ghi «{claim}» nhưng có mục «Không đạt»: {rows}.")))
    if verdict == "violation" and claim:
        found.append(Contradiction("conclusion", f"Kết luận chung «{verdict_label}» nhưng kết luận lại ghi «{claim}»."))
    return found


def survey_recommendation(
    ineligible: Sequence[str], proposal: str, proposal_label: str, recommendation_text: str,
    where: str = "recommendation", text_label: str = "Kiến nghị",
) -> list[Contradiction]:
    """An establishment found ineligible, yet recommended for support (by the form's proposal or in words).

    `ineligible` gives the reasons found ("cơ sở ở phường, không thuộc làng nghề được công nhận"); `proposal`
    is the team's proposal: "support", "with_conditions", "no" or "". `recommendation_text` is the field
    `where` (called `text_label`) where the team wrote its recommendation in words.
    """
    found: list[Contradiction] = []
    asked = recommends_support(recommendation_text)
    if ineligible:
        why = "; ".join(ineligible)
        if proposal in ("support", "with_conditions"):
            found.append(Contradiction(where, f"Đề xuất «{proposal_label}» nhưng {why}."))
        elif asked and proposal != "no":
            found.append(Contradiction(where, f"{text_label} ghi «{asked}» nhưng {why}."))
    if proposal == "no" and asked:
        found.append(Contradiction(where, (
            f"Đề xuất của đoàn là «{proposal_label}» nhưng {text_label.lower()} lại ghi «{asked}».")))
    return found


# -- dates -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DatedStep:
    """One dated step of a project's life. Steps of a lower `rank` come first; `where` is the field of the
    record being checked that holds the date ("" when the date lives elsewhere: the project, the survey)."""

    rank: int
    label: str
    day: dt.date | None
    where: str = ""


# The order of a project's life: application ≤ survey ≤ approval decision ≤ contract ≤ invoice ≤ acceptance.
APPLICATION, SURVEY, DECISION, CONTRACT, INSPECTION, INVOICE, ACCEPTANCE = 10, 20, 30, 40, 45, 50, 60


def date_order(steps: Sequence[DatedStep]) -> list[Contradiction]:
    """Each dated step later than steps that must follow it: one sentence per such step, naming them all.

    Shown at the step's own field, or else at the first of the others that is on the record being checked.
    """
    found: list[Contradiction] = []
    for step in sorted(steps, key=lambda s: s.rank):
        if step.day is None:
            continue
        after = sorted((s for s in steps if s.day is not None and s.rank > step.rank and s.day < step.day),
                       key=lambda s: s.rank)
        where = step.where or next((s.where for s in after if s.where), "")
        if not after or not where:
            continue  # in order, or none of these dates is on this record: the other record says it
        others = ", ".join(f"{s.label[:1].lower()}{s.label[1:]} ({_day(s.day)})" for s in after if s.day)
        found.append(Contradiction(where, f"{step.label} ({_day(step.day)}) sau {others}."))
    return found


def made_after_invoice(items: Sequence[AcceptanceItem], where: str = "items") -> list[Contradiction]:
    """Year of manufacture later than the year of the item's invoice."""
    found = []
    for index, item in enumerate(items, start=1):
        side = item.delivered
        if side.year_made and side.invoice_date and side.year_made > side.invoice_date.year:
            found.append(Contradiction(where, (
                f"Hạng mục {index} ({side.name}): năm sản xuất {side.year_made} sau ngày hóa đơn "
                f"{_day(side.invoice_date)}.")))
    return found


# -- the rest --------------------------------------------------------------------------------------------------
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                 "mười": 10}
_COPIES = re.compile(r"lập thành\s+(?:\w+\s+)??(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s*(?:\(\w+\)\s*)?bản")


def stated_copies(*texts: str) -> int | None:
    """The number of copies a text says the minutes are made in ("lập thành 04 bản"), or None."""
    for text in texts:
        match = _COPIES.search(nfc(text).lower())
        if match:
            value = match.group(1)
            return int(value) if value.isdigit() else _NUMBER_WORDS[value]
    return None


def recipient_lines(text: str) -> list[str]:
    """The "Nơi nhận" lines as typed, one recipient a line ("- Như trên;" counts as one)."""
    return [line.strip(" -–•;.") for line in nfc_text(text).splitlines() if line.strip(" -–•;.")]


def copies_against_recipients(
    copies: int | None, recipients: Sequence[str], where: str = "recipients"
) -> list[Contradiction]:
    """A number of copies other than the recipients listed under "Nơi nhận", one copy each (nothing to say
    when no number is stated): the minutes print one copy for each recipient."""
    if copies is None or not recipients or copies == len(recipients):
        return []
    return [Contradiction(where, f"Biên bản ghi lập thành {copies:02d} bản nhưng «Nơi nhận» có {len(recipients)} nơi.")]


def one_person_two_roles(people: Sequence[tuple[str, str]], where: str) -> list[Contradiction]:
    """The same name (accents and case aside) listed more than once: (name, role) pairs in order."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for name, role in people:
        key = " ".join(fold(name).split())
        if key:
            seen.setdefault(key, []).append((nfc(name), nfc(role)))
    found = []
    for entries in seen.values():
        if len(entries) < 2:
            continue
        roles = list(dict.fromkeys(role for _, role in entries if role))
        name = entries[0][0]
        if len(roles) > 1:
            listed = ", ".join(roles[:-1]) + " và " + roles[-1]
            found.append(Contradiction(where, f"«{name}» được ghi với {len(roles)} vai trò: {listed}."))
        else:
            found.append(Contradiction(where, f"«{name}» được ghi {len(entries)} lần."))
    return found
