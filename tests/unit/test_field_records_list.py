"""The survey and inspection lists: ids by kind and words typed, then rows; mistaken actions removed."""

from __future__ import annotations

import datetime as dt

import pytest

from kc_desktop.db.engine import Database
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import ProjectInput
from kc_desktop.errors import KCError
from kc_desktop.services import establishments, field_records, minutes, projects, templates
from kc_desktop.services.demo_work import sample_answers
from kc_desktop.services.field_records import Participant

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def made(db: Database, actor) -> dict[str, str]:  # noqa: ANN001
    import random

    gom = establishments.create(db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long", admin_unit_code="00583"))
    lua = establishments.create(db, actor, EstablishmentInput(name="Hợp tác xã Lụa Vạn Phúc", admin_unit_code="09556"))
    project = projects.save(
        db, actor, None, ProjectInput(code="KC-2026-007", title="Hỗ trợ lò nung gas", plan_year=2026)
    )
    survey_t = templates.published(db, "survey")[0].id
    inspection_t = templates.published(db, "inspection")[0].id
    final = field_records.start(db, actor, "survey", survey_t, project, gom, dt.date(2026, 5, 4))
    field_records.save_draft(
        db,
        actor,
        final,
        {
            "place": "Tại xưởng",
            "start_time": "08:30",
            "end_time": "10:15",
            "conclusion": "Đủ điều kiện.",
            "participants": [Participant("Nguyễn Văn An", role="chair"), Participant("Lê Thị Hoa", role="secretary"),
                             Participant("Phạm Thị Hương", side="establishment")],
            # the application came before the survey (the made-up one follows today's date)
            "answers": {**sample_answers(templates.definition(db, survey_t), random.Random(1)),
                        "ngay_nhan_ho_so": "2026-04-20"},
        },
    )
    action = field_records.save_action(db, actor, final, None, "Nộp báo cáo", deadline=TODAY)
    field_records.finalize(db, actor, final, TODAY)
    draft = field_records.start(db, actor, "survey", survey_t, None, lua, dt.date(2026, 6, 1))
    inspection = field_records.start(db, actor, "inspection", inspection_t, project, gom, dt.date(2026, 7, 1))
    return {"final": final, "draft": draft, "inspection": inspection, "project": project, "action": action}


def test_ids_by_kind_drafts_first_then_newest(db: Database, made: dict[str, str]) -> None:
    assert minutes.search_ids(db, "survey") == [made["draft"], made["final"]]
    assert minutes.search_ids(db, "inspection") == [made["inspection"]]
    both = minutes.search_ids(db, "survey") + minutes.search_ids(db, "inspection")
    assert set(both) == {made["draft"], made["final"], made["inspection"]}
    assert minutes.search_ids(db, "survey", state="finalized") == [made["final"]]


def test_words_match_establishment_project_and_number_without_accents(db: Database, made: dict[str, str]) -> None:
    assert minutes.search_ids(db, "survey", "lua van") == [made["draft"]]
    assert minutes.search_ids(db, "survey", "kc-2026-007") == [made["final"]]
    assert minutes.search_ids(db, "survey", "01/bb-ks") == [made["final"]]
    assert minutes.search_ids(db, "survey", "minh long lò nung") == [made["final"]]
    assert minutes.search_ids(db, "survey", "khong co") == []


def test_rows_in_the_order_asked_with_what_lists_show(db: Database, actor, made: dict[str, str]) -> None:  # noqa: ANN001
    correction = field_records.correct(db, actor, made["final"], "Sai ngày")
    ids = [correction, made["final"], made["draft"], "missing"]
    got = minutes.rows(db, "survey", ids)
    assert [r.id for r in got] == ids[:3]
    new, old, draft = got
    assert old.number_text == "01/BB-ĐKS" and old.state == "finalized" and old.superseded
    assert old.state_label == "Đã hoàn tất" and old.error_count == 0
    assert new.supersedes_id == made["final"] and not new.superseded and new.state == "draft"
    assert old.establishment_name == "Cơ sở gốm Minh Long" and old.project_code == "KC-2026-007"
    assert old.template_title.startswith("Phiếu khảo sát")
    assert draft.project_code == "" and draft.error_count > 0 and draft.date == dt.date(2026, 6, 1)


def test_remove_action_only_on_drafts(db: Database, actor, made: dict[str, str]) -> None:  # noqa: ANN001
    mistaken = field_records.save_action(db, actor, made["draft"], None, "Bổ sung hóa đơn")
    field_records.remove_action(db, actor, mistaken)
    assert field_records.actions(db, made["draft"]) == []
    field_records.remove_action(db, actor, mistaken)  # twice is harmless
    with pytest.raises(KCError):
        field_records.remove_action(db, actor, made["action"])
    assert [a.id for a in field_records.actions(db, made["final"])] == [made["action"]]
