"""Models of the field work: projects, templates, surveys and inspections, actions, attachments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column

from kc_desktop.db.base import Base, Synced, UTCDateTime
from kc_desktop.domain.text import fold


class Project(Synced, Base):
    """A khuyến công project (đề án) from proposal to settlement."""

    __tablename__ = "project"
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(500))
    plan_year: Mapped[int] = mapped_column(Integer)
    round: Mapped[int] = mapped_column(Integer, default=1)
    funding_source: Mapped[str] = mapped_column(String(16))
    support_kind_code: Mapped[str | None] = mapped_column(ForeignKey("support_kind.code"), default=None)
    rules_version: Mapped[str] = mapped_column(String(8))
    approval_decision_no: Mapped[str] = mapped_column(String(60), default="")
    approval_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    contract_no: Mapped[str] = mapped_column(String(60), default="")
    contract_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    planned_start: Mapped[dt.date | None] = mapped_column(Date, default=None)
    planned_end: Mapped[dt.date | None] = mapped_column(Date, default=None)
    total_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    kc_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    counterpart_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    advanced_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    settled_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    title_sort: Mapped[str] = mapped_column(String(500), default="")

    LOCAL_COLUMNS = frozenset({"title_sort"})
    # Codes are unique within an office; the city holds every office's projects.
    __table_args__ = (
        UniqueConstraint("origin_site_id", "code", name="uq_project_origin_code"),
        Index("ix_project_list", "deleted_at", "plan_year", "code"),
    )

    def before_save(self, session: Session) -> None:
        self.title_sort = fold(f"{self.code} {self.title}")

    @classmethod
    def derived(cls, values: Mapping[str, Any], session: Session) -> dict[str, Any]:
        return {"title_sort": fold(f"{values.get('code')} {values.get('title')}")}


class ProjectBeneficiary(Synced, Base):
    """An establishment supported by a project, with its own amounts."""

    __tablename__ = "project_beneficiary"
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    establishment_id: Mapped[str] = mapped_column(ForeignKey("establishment.id"), index=True)
    total_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    kc_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    counterpart_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class ProjectStatusChange(Synced, Base):
    """One step of a project's history: from which status to which, who, when and why."""

    __tablename__ = "project_status_change"
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    changed_by_name: Mapped[str] = mapped_column(String(200), default="")


class FormTemplate(Synced, Base):
    """A survey or inspection template (XLSForm); published versions never change."""

    __tablename__ = "form_template"
    kind: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    definition: Mapped[str] = mapped_column(Text)
    question_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("origin_site_id", "code", "template_version",
                                       name="uq_form_template_origin_code_version"),)

    def frozen_change(self, changes: dict[str, object]) -> str | None:
        """A published template never changes; it may only be retired."""
        was = changes.get("status") or self.status
        if was in ("published", "retired") and set(changes) - {"status"}:
            return f"Mẫu phiếu {self.code} phiên bản {self.template_version} đã phát hành, không sửa được."
        if was == "retired" and self.status != "retired":
            return f"Mẫu phiếu {self.code} phiên bản {self.template_version} đã ngừng dùng."
        return None


class Finalizable:
    """Columns and rule of records that are drafts until finalized, then frozen.

    A finalized record never changes (enforced for every code path by the change-log
    mechanism through `frozen_change`); a correction is a new record that `supersedes` it.
    """

    state: Mapped[str] = mapped_column(String(16), default="draft")
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[int | None] = mapped_column(Integer, default=None)
    number_text: Mapped[str] = mapped_column(String(40), default="")
    finalized_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    correction_reason: Mapped[str] = mapped_column(Text, default="")

    @declared_attr
    def supersedes_id(cls) -> Mapped[str | None]:  # noqa: N805 - SQLAlchemy's declared_attr
        return mapped_column(ForeignKey(f"{cls.__tablename__}.id"), default=None)  # type: ignore[attr-defined]

    def frozen_change(self, changes: dict[str, object]) -> str | None:
        was = changes.get("state") or self.state
        if was == "finalized":
            number = f" {self.number_text}" if self.number_text else ""
            return (
                f"Biên bản{number} đã hoàn tất nên không sửa được; hãy lập bản đính chính (bản mới thay thế bản này)."
            )
        return None


class FieldRecord(Finalizable, Synced, Base):
    """A field survey/appraisal (khảo sát, thẩm tra) or inspection (kiểm tra)."""

    __tablename__ = "field_record"
    kind: Mapped[str] = mapped_column(String(16))
    template_id: Mapped[str] = mapped_column(ForeignKey("form_template.id"))
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True, default=None)
    establishment_id: Mapped[str | None] = mapped_column(ForeignKey("establishment.id"), index=True, default=None)
    record_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # the session's hours (Mẫu 1.9)
    end_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[str] = mapped_column(Text, default="[]")
    answers: Mapped[str] = mapped_column(Text, default="{}")
    findings: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    # Why the minutes stand despite a contradiction the checks found (printed as "Ý kiến khác / giải trình").
    explanation: Mapped[str] = mapped_column(Text, default="")
    # The follow-up actions as they were when the minutes were finalized (JSON): what the signed copy says.
    final_actions: Mapped[str | None] = mapped_column(Text, default=None)
    # "Nơi nhận", one recipient a line, as the officer edited it; "" prints the list computed from who was
    # present (finalizing stores the list the signed copy prints).
    recipients: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_field_record_state", "deleted_at", "state", "kind"),)
    # JSON text, audited entry by entry (kc_desktop.db.audit_diff).
    JSON_COLUMNS = frozenset({"participants", "answers"})


class Acceptance(Finalizable, Synced, Base):
    """An acceptance session (nghiệm thu) of a project for one beneficiary, and its minutes."""

    __tablename__ = "acceptance"
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    establishment_id: Mapped[str] = mapped_column(ForeignKey("establishment.id"), index=True)
    acceptance_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    approval_decision_no: Mapped[str] = mapped_column(String(60), default="")
    approval_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    contract_no: Mapped[str] = mapped_column(String(60), default="")
    contract_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # The decision forming the acceptance council (quyết định thành lập hội đồng nghiệm thu).
    council_decision_no: Mapped[str] = mapped_column(String(60), default="")
    council_decision_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    council: Mapped[str] = mapped_column(Text, default="[]")
    items: Mapped[str] = mapped_column(Text, default="[]")
    checks: Mapped[str] = mapped_column(Text, default="{}")
    total_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    kc_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    counterpart_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    conclusion: Mapped[str] = mapped_column(String(24), default="")
    conclusion_text: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    # Why the minutes stand despite a contradiction the checks found (printed as "Ý kiến khác / giải trình").
    explanation: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_acceptance_state", "deleted_at", "state"),)
    JSON_COLUMNS = frozenset({"council", "items", "checks"})


class FollowUpAction(Synced, Base):
    """A follow-up action decided during an inspection or survey."""

    __tablename__ = "follow_up_action"
    field_record_id: Mapped[str] = mapped_column(ForeignKey("field_record.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, default=None)
    state: Mapped[str] = mapped_column(String(16), default="open")

    __table_args__ = (Index("ix_follow_up_action_due", "deleted_at", "state", "deadline"),)


class Attachment(Synced, Base):
    """A photo or signature stored by content hash in the data folder."""

    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    owner_table: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    question: Mapped[str] = mapped_column(String(100), default="")
    media_type: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    taken_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    caption: Mapped[str] = mapped_column(String(300), default="")


class DocumentCounter(Base):
    """Official numbers per office, year and document type (local, never synced)."""

    __tablename__ = "document_counter"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
    in_use: Mapped[bool] = mapped_column(Boolean, default=True)
