"""Official documents: one two-page acceptance minutes in memory, and a batch of 500 minutes on two cores.

acceptance_pdf_2pages: median of 15 builds of a two-page acceptance minutes (ND 30 frame, embedded
Liberation Serif, header, QR footer, items table), timed alternately with the baseline: ReportLab
platypus drawing the same paragraphs and the same table with its default styles and fonts on A4,
without header, footer or layout logic (both in memory).

batch_500: 500 survey and inspection minutes from a demo database written to a temporary folder by
`render_batch` with two worker processes (including starting them), against the same 500 rendered
serially in this process (measured, not extrapolated; the serial run reuses the open database and
the loaded fonts).
"""

from __future__ import annotations

import dataclasses
import io
import statistics
import sys
import time

from bench.common import ROOT, report, scratch, size, timed

COUNT = size(500, 6)


def _paired_medians_ms(ours: object, bare: object, repeat: int = 15) -> tuple[float, float]:
    """Median times of two functions run alternately, so that a busy machine weighs on both alike."""
    ours(), bare()  # type: ignore[operator]
    first, second = [], []
    for _ in range(repeat):
        first.append(timed(ours))  # type: ignore[arg-type]
        second.append(timed(bare))  # type: ignore[arg-type]
    return statistics.median(first) * 1000, statistics.median(second) * 1000


def _two_page_acceptance() -> object:
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    import documents_factory as factory

    doc = factory.acceptance(items=1)
    # Two pages with the legal basis by rules version, the council decision and its own heading for the
    # beneficiary: three council members, no documents table, two recipients (the closing goes with the
    # signatures, so a fuller body takes a third page).
    return dataclasses.replace(doc, signers=doc.signers[:2], checks=(), conformity_text="", recommendations="",
                               approved_total=None, council=doc.council[:3], recipients=doc.recipients[:2])


def _bare_builder(doc: object) -> object:
    """The same texts and table, drawn by platypus with default styles and no layout logic."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from kc_desktop.documents import acceptance

    texts: list[object] = []
    for flowable in acceptance.body(doc):  # type: ignore[arg-type]
        if isinstance(flowable, Table):
            rows = [[getattr(c, "text", "") if not isinstance(c, list) else "" for c in row]
                    for row in flowable._cellvalues]
            texts.append((rows, list(flowable._colWidths)))
        elif hasattr(flowable, "text"):
            texts.append(flowable.text)
    normal = getSampleStyleSheet()["Normal"]

    def build() -> None:
        story = []
        for item in texts:
            if isinstance(item, str):
                story.append(Paragraph(item, normal))
            else:
                rows, widths = item
                table = Table([[Paragraph(c, normal) for c in row] for row in rows], colWidths=widths, repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
                story.append(table)
        SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)

    return build


def _batch_jobs(folder: object) -> tuple[list[tuple[str, str, object]], str]:
    from kc_desktop.db.engine import open_database
    from kc_desktop.progress import drive
    from kc_desktop.services import demo, demo_work, minutes

    path = scratch("documents") / "documents.sqlite"
    db = open_database(path)
    actor = demo.ensure_office(db)
    drive(demo.generate(db, actor, establishments=300, seed=4))
    drive(demo_work.generate(db, actor, count=40, seed=4))
    ids = [("survey", i) for i in minutes.search_ids(db, "survey")]
    ids += [("inspection", i) for i in minutes.search_ids(db, "inspection")]
    db.close()
    jobs = [(kind, record_id, folder / f"{n:03d}-{kind}.pdf")  # type: ignore[operator]
            for n, (kind, record_id) in enumerate(ids[n % len(ids)] for n in range(COUNT))]
    return jobs, f"sqlite:///{path}"


def run() -> None:
    from kc_desktop.db.engine import open_database
    from kc_desktop.documents import render
    from kc_desktop.documents.acceptance import build_acceptance
    from kc_desktop.progress import drive

    doc = _two_page_acceptance()
    pages = build_acceptance(doc, io.BytesIO())  # type: ignore[arg-type]
    assert pages == 2, f"the benchmark document has {pages} pages"
    ours, bare = _paired_medians_ms(lambda: build_acceptance(doc, io.BytesIO()), _bare_builder(doc))  # type: ignore[arg-type]
    report("acceptance_pdf_2pages", ours, "ms", bare, "ms")

    folder = scratch("documents-batch")
    jobs, url = _batch_jobs(folder)
    start = time.perf_counter()
    assert drive(render.render_batch(jobs, url, workers=2)) == COUNT
    batch = time.perf_counter() - start
    serial_folder = scratch("documents-serial")
    db = open_database(url.removeprefix("sqlite:///"))
    start = time.perf_counter()
    for kind, record_id, path in jobs:
        render.render_record(db, kind, record_id, serial_folder / path.name)  # type: ignore[attr-defined]
    serial = time.perf_counter() - start
    db.close()
    report("batch_500", batch, "s", serial, "s")
