"""The list of minutes for acceptances: ids by words typed, state, project and round; rows in the order asked."""

from __future__ import annotations

import datetime as dt

from kc_desktop.db.engine import Database
from kc_desktop.domain.acceptance import AcceptanceItem, ItemSide
from kc_desktop.domain.establishment import EstablishmentInput
from kc_desktop.domain.project import BeneficiaryInput, ProjectInput
from kc_desktop.services import acceptances, establishments, minutes, projects


def test_search_rows_and_rounds(db: Database, actor) -> None:  # noqa: ANN001
    gom = establishments.create(db, actor, EstablishmentInput(name="Cơ sở gốm Minh Long", admin_unit_code="00583"))
    lua = establishments.create(db, actor, EstablishmentInput(name="Hợp tác xã Lụa Vạn Phúc", admin_unit_code="09556"))
    first = projects.save(db, actor, None, ProjectInput(
        code="KC-2026-001", title="Hỗ trợ lò nung gas", plan_year=2026, round=1,
        beneficiaries=[BeneficiaryInput(gom, 100, 50, 50)]))
    second = projects.save(db, actor, None, ProjectInput(
        code="KC-2026-014", title="Hỗ trợ máy dệt", plan_year=2026, round=2,
        beneficiaries=[BeneficiaryInput(lua, 100, 50, 50)]))
    a = acceptances.start(db, actor, first, gom, dt.date(2026, 6, 1))
    b = acceptances.start(db, actor, second, lua, dt.date(2026, 9, 1))
    item = ItemSide(name="Lò nung", quantity=2, unit_price=150_000_000)
    acceptances.save_draft(db, actor, a, {"items": [AcceptanceItem(item, item)]})

    assert minutes.search_ids(db, "acceptance") == [b, a]  # newest first among drafts
    assert minutes.search_ids(db, "acceptance", "lua van") == [b]
    assert minutes.search_ids(db, "acceptance", "lo nung") == [a]
    assert minutes.search_ids(db, "acceptance", state="finalized") == []
    assert minutes.search_ids(db, "acceptance", project_id=first) == [a]
    assert minutes.search_ids(db, "acceptance", plan_round=(2026, 2)) == [b]
    assert minutes.rounds(db, "acceptance") == [(2026, 2), (2026, 1)]

    row = minutes.rows(db, "acceptance", [a, "missing"])[0]
    assert (row.project_code, row.establishment_name, row.total_amount, row.state_label) == (
        "KC-2026-001", "Cơ sở gốm Minh Long", 300_000_000, "Bản nháp")
    assert row.error_count > 0 and not row.superseded


def test_acceptance_drafts_are_offered_like_other_drafts(db, actor) -> None:  # noqa: ANN001
    import datetime as dt

    from kc_desktop.domain.establishment import EstablishmentInput
    from kc_desktop.domain.project import ProjectInput
    from kc_desktop.services import acceptances, establishments, minutes, projects

    establishment = establishments.create(db, actor, EstablishmentInput(name="Cơ sở mây tre Phú Vinh",
                                                                       admin_unit_code="10030"))
    project = projects.save(db, actor, None, ProjectInput(code="KC-2026-009", title="Máy chẻ nan", plan_year=2026))
    record = acceptances.start(db, actor, project, establishment, dt.date(2026, 10, 1))
    (draft,) = minutes.drafts(db)
    assert (draft.id, draft.kind, draft.title) == (record, "acceptance", "Nghiệm thu: Cơ sở mây tre Phú Vinh")
    assert draft.error_count > 0
