"""Plain frozen data the official documents print, so that rendering never touches the database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

Quantity = Decimal | int | float


@dataclass(frozen=True)
class Agency:
    """Who issues the document: the top-left block of the ND 30 header."""

    parent: str  # "UBND THÀNH PHỐ HÀ NỘI": the parent agency, printed in capitals, regular
    unit: str  # "UBND XÃ BÁT TRÀNG": the issuing unit, printed in capitals, bold, short rule beneath
    abbreviation: str = ""  # the unit's abbreviation, used in the "Lưu: VT, …" line of "Nơi nhận"


@dataclass(frozen=True)
class DocumentMeta:
    """What identifies one printing of a record: number, date, and the footer's id, version and hash."""

    record_id: str
    version: int
    content_hash: str = ""  # 12 hex digits of `content_hash(document)`; "" lets the builder compute it
    number_text: str = ""  # "07/BB-ĐKS" as given at finalize; ignored on drafts (they print "…/BB-ĐKS")
    symbol: str = ""  # "BB-TTKC": what a draft would be numbered with; "" prints the kind's body (BB-ĐKS)
    is_draft: bool = True  # drafts print with the "BẢN NHÁP" watermark and no number
    place: str = "Hà Nội"  # the place of the date line: "Hà Nội, ngày 05 tháng 02 năm 2026"
    date: dt.date | None = None  # None prints "ngày … tháng … năm …" for filling in by hand
    agency: Agency = Agency("UBND THÀNH PHỐ HÀ NỘI", "")


@dataclass(frozen=True)
class Signer:
    """One signature slot; consecutive signers with the same `title` share one column."""

    title: str  # heading of the block, e.g. "CHỦ TỊCH HỘI ĐỒNG", "ĐẠI DIỆN CƠ SỞ" (capitalised when printed)
    name: str  # printed bold under the signature
    role_label: str = ""  # an optional line under the heading for this person, e.g. "Ủy viên", "Chủ cơ sở"
    signature_path: Path | None = None  # an image drawn on the pad, scaled into 3.5 × 1.6 cm
    signed_on_paper: bool = False  # signed in ink on the printed paper: the signature space is left empty


@dataclass(frozen=True)
class Person:
    """Someone present, listed as "name, title, unit" (and " - role" when they have one, e.g. "Chủ trì")."""

    name: str
    title: str = ""
    unit: str = ""
    role_label: str = ""


@dataclass(frozen=True)
class PhotoRef:
    """A photo of the appendix; any orientation (EXIF rotation is honoured)."""

    path: Path
    caption: str = ""
    taken_at: dt.datetime | None = None


@dataclass(frozen=True)
class EstablishmentIdentity:
    """The establishment (cơ sở) as the survey and inspection minutes identify it."""

    name: str
    kind_label: str = ""  # "Hộ kinh doanh", "Doanh nghiệp", …
    tax_code: str = ""  # tax code or 12-digit personal id
    address: str = ""
    representative: str = ""
    representative_title: str = ""
    phone: str = ""
    sector: str = ""  # sector group name
    trade: str = ""
    craft_village: str = ""
    products: str = ""
    employees: int | None = None


@dataclass(frozen=True)
class AnswerLine:
    """One printed line of a template section: "label: text" (`kind` "note" or "subheading" print only the label)."""

    label: str
    text: str = ""
    kind: str = "answer"


@dataclass(frozen=True)
class AnswerSection:
    """A group of the template as printed: its title and its visible answered lines."""

    title: str
    lines: tuple[AnswerLine, ...] = ()


@dataclass(frozen=True)
class RepeatTable:
    """A repeat group as printed: one row per instance (its number first), one column per question."""

    title: str
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    numeric: tuple[bool, ...] = ()  # per column: numbers, printed flush right


@dataclass(frozen=True)
class ChecklistItem:
    """A row of the inspection checklist; `free` rows carry a plain answer across the result and note columns."""

    content: str
    result: str = ""  # "Đạt" / "Không đạt" / "Không áp dụng", or the answer of a free row
    note: str = ""
    free: bool = False


@dataclass(frozen=True)
class ChecklistGroup:
    title: str
    items: tuple[ChecklistItem, ...] = ()


@dataclass(frozen=True)
class Checklist:
    """Consecutive template groups that hold checklist items, printed as one table."""

    groups: tuple[ChecklistGroup, ...] = ()


@dataclass(frozen=True)
class ActionLine:
    """A follow-up action (việc cần làm) with its deadline."""

    description: str
    responsible: str = ""
    deadline: dt.date | None = None
    state_label: str = ""


@dataclass(frozen=True, kw_only=True)
class FieldDocument:
    """What the survey and inspection minutes share."""

    meta: DocumentMeta
    subject: str  # the line under "BIÊN BẢN", e.g. "Khảo sát, thẩm tra cơ sở đề nghị hỗ trợ máy móc thiết bị"
    legal_basis: tuple[str, ...] = ()  # each printed as "Căn cứ <line>;"
    start_time: dt.time | None = None  # Mẫu 1.9: when the work started and ended
    end_time: dt.time | None = None
    place: str = ""  # where the work took place
    officers: tuple[Person, ...] = ()  # the team; the chair and the secretary carry their role_label
    establishment_people: tuple[Person, ...] = ()
    establishment: EstablishmentIdentity | None = None
    project_code: str = ""
    project_name: str = ""
    parts: tuple[AnswerSection | Checklist | RepeatTable, ...] = ()  # the template's answers, in template order
    findings: str = ""
    actions: tuple[ActionLine, ...] = ()
    # The one conclusion section: the template's own (its title and lines, taken out of `parts`), then the
    # record's conclusion and recommendation where they do not repeat it.
    conclusion_part: AnswerSection | None = None
    conclusion: str = ""
    recommendation: str = ""
    signers: tuple[Signer, ...] = ()
    photos: tuple[PhotoRef, ...] = ()
    recipients: tuple[str, ...] = ()  # "Nơi nhận" lines, one copy each; empty prints none
    explanation: str = ""  # "Ý kiến khác / giải trình": why the minutes stand despite a contradiction

    @property
    def copies(self) -> int:
        """"Lập thành NN bản": one copy for each recipient, the archive's included."""
        return max(1, len(self.recipients))


@dataclass(frozen=True, kw_only=True)
class SurveyDocument(FieldDocument):
    """Survey / appraisal minutes (biên bản khảo sát, thẩm tra)."""


@dataclass(frozen=True, kw_only=True)
class InspectionDocument(FieldDocument):
    """Inspection minutes (biên bản kiểm tra): checklist parts, findings and follow-up actions."""


# --- acceptance ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemSide:
    """One side of an item of equipment: as approved in the project, or as delivered and installed."""

    name: str
    model: str = ""
    specifications: str = ""
    origin: str = ""  # xuất xứ (country / maker)
    year_made: int | None = None
    serial_no: str = ""
    quantity: Quantity = 0
    unit: str = ""  # đơn vị tính: "chiếc", "bộ", …
    unit_price: int = 0  # integer VND
    amount: int | None = None  # integer VND; None means quantity × unit_price
    supplier: str = ""
    invoice_no: str = ""
    invoice_date: dt.date | None = None
    state_text: str = ""  # installation and operating state, "Đã lắp đặt, vận hành ổn định"

    @property
    def total(self) -> int:
        if self.amount is not None:
            return int(self.amount)
        return int(round(Decimal(str(self.quantity)) * self.unit_price))


# Fields compared between the approved and the delivered side; a difference is highlighted.
COMPARED = ("name", "model", "specifications", "origin", "year_made", "quantity", "unit", "unit_price")


@dataclass(frozen=True)
class AcceptanceItem:
    """An item checked at acceptance: approved vs delivered, side by side (either may be missing)."""

    delivered: ItemSide | None
    approved: ItemSide | None = None

    def differences(self) -> tuple[str, ...]:
        """The COMPARED fields where the delivered side differs from the approved one."""
        if self.approved is None or self.delivered is None:
            return ()
        return tuple(
            name
            for name in COMPARED
            if _comparable(getattr(self.approved, name)) != _comparable(getattr(self.delivered, name))
        )


def _comparable(value: object) -> object:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return Decimal(str(value))
    return value.strip() if isinstance(value, str) else value


@dataclass(frozen=True)
class CouncilMember:
    """A member of the acceptance council as listed among those present."""

    name: str
    unit: str = ""
    title: str = ""  # the person's position, "Phó Giám đốc"
    role_label: str = ""  # "Chủ tịch hội đồng" / "Thư ký" / "Ủy viên" / "Đại diện cơ sở thụ hưởng"


@dataclass(frozen=True)
class CheckLine:
    """A conformity or paperwork check: printed "Đạt", "Không đạt" or "Chưa kiểm tra"."""

    label: str
    ok: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class Beneficiary:
    """The supported establishment (cơ sở thụ hưởng)."""

    name: str
    tax_code: str = ""
    address: str = ""
    representative: str = ""
    representative_title: str = ""
    phone: str = ""


@dataclass(frozen=True, kw_only=True)
class AcceptanceDocument:
    """Acceptance minutes (biên bản nghiệm thu), with everything DOMAIN.md §6 lists."""

    meta: DocumentMeta
    subject: str = ""  # "" prints "Nghiệm thu đề án khuyến công <project_name>"
    # Legal basis: the regulations in force for the project (its rules version), the approval decision,
    # the contract and the decision forming the council, then any further "Căn cứ" lines.
    regulations: tuple[str, ...] = ()
    approval_decision_no: str = ""
    approval_date: dt.date | None = None
    approval_issuer: str = ""  # e.g. "UBND thành phố Hà Nội"; "" leaves it out
    contract_no: str = ""
    contract_date: dt.date | None = None
    council_decision_no: str = ""
    council_decision_date: dt.date | None = None
    council_decision_issuer: str = ""  # "" leaves it out
    extra_legal_basis: tuple[str, ...] = ()
    # The project and the beneficiary.
    project_code: str = ""
    project_name: str = ""
    funding_source_label: str = ""  # "Khuyến công địa phương" / "Khuyến công quốc gia"
    support_kind_label: str = ""
    beneficiary: Beneficiary
    # The session: start and end time, place, those present.
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    council: tuple[CouncilMember, ...] = ()  # chair, secretary, members
    beneficiary_people: tuple[CouncilMember, ...] = ()  # the beneficiary's representatives, under their own heading
    others_present: tuple[Person, ...] = ()  # e.g. the supplier's representative
    # What was checked.
    items: tuple[AcceptanceItem, ...] = ()
    total_amount: int = 0  # delivered total, integer VND
    kc_amount: int = 0  # khuyến công share
    counterpart_amount: int = 0  # the establishment's counterpart share
    approved_total: int | None = None  # the approved total, printed for comparison when given
    conformity_text: str = ""  # how the work conforms to the approved content
    checks: tuple[CheckLine, ...] = ()  # conformity and paperwork checks
    # The outcome.
    conclusion_label: str = ""  # "Đạt" / "Đạt có điều kiện" / "Không đạt"
    conclusion_text: str = ""
    recommendations: str = ""
    # Put the secretary first and the chair second (left and right, Mẫu 1.9), then the beneficiary and
    # the members; consecutive signers with the same title share a column.
    signers: tuple[Signer, ...] = ()
    photos: tuple[PhotoRef, ...] = ()
    recipients: tuple[str, ...] = ()  # "Nơi nhận" lines, one copy each
    explanation: str = ""  # "Ý kiến khác / giải trình": why the minutes stand despite a contradiction

    @property
    def copies(self) -> int:
        """"Lập thành NN bản": one copy for each recipient, the archive's included."""
        return max(1, len(self.recipients))


# --- progress of follow-up actions -------------------------------------------------------------


@dataclass(frozen=True)
class ActionProgress:
    """A follow-up action: how far it had got when the minutes were signed, and how far it has got now."""

    description: str
    responsible: str = ""
    deadline: dt.date | None = None
    state_at_signing: str = ""  # "" when the action was added after the minutes were finalized
    state_now: str = ""
    late: bool = False  # not done and past its deadline on the sheet's day


@dataclass(frozen=True, kw_only=True)
class ProgressDocument:
    """"Tình hình thực hiện kiến nghị": a sheet apart from the signed minutes, with today's statuses."""

    meta: DocumentMeta  # the minutes' record id and version; `date` is the day the sheet states
    minutes_title: str  # "Biên bản kiểm tra số 01/BB-ĐKT ngày 05/02/2026"
    establishment_name: str = ""
    project_code: str = ""
    project_name: str = ""
    actions: tuple[ActionProgress, ...] = ()


Document = SurveyDocument | InspectionDocument | AcceptanceDocument

_SHA256_NAME = re.compile(r"[0-9a-f]{64}")


def _plain(value: Any) -> Any:
    """JSON-ready form of document content; files count by their content, not where they are kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return _file_digest(value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Decimal | float):
        return format(Decimal(str(value)).normalize(), "f")
    return value


def _file_digest(path: Path) -> str:
    # Attachments are stored under their sha256; anything else is read.
    if _SHA256_NAME.fullmatch(path.stem):
        return path.stem
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return f"missing:{path.name}"


def content_hash(document: Any) -> str:
    """First 12 hex digits of the sha256 of the document's content (its `meta` left out)."""
    data = _plain(document)
    if isinstance(data, dict):
        data.pop("meta", None)
        data["type"] = type(document).__name__
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


_Doc = TypeVar("_Doc", bound=FieldDocument | AcceptanceDocument | ProgressDocument)


def with_hash(document: _Doc) -> _Doc:
    """The document with its meta's `content_hash` filled in."""
    meta = dataclasses.replace(document.meta, content_hash=content_hash(document))
    return dataclasses.replace(document, meta=meta)
