"""Faults an official would find in the minutes the demo prints, counted by reading every PDF back.

faults: a fresh demo database made by the real `demo` command (the default 500 establishments and 40
projects, seed 1: about 75 surveys, inspections and acceptances; smoke: 8 projects), every minutes
record printed by the real `print KIND --all` command, each PDF read back with pypdfium2 and checked by
the layout rules of tests/unit/pdf_layout.py and the content rules of tests/unit/pdf_content.py (the
same checkers the document tests use). Prints a table "fault: count / documents" and fails (exit 1)
when any count is not zero. The figure is the number of faults, the baseline the number of documents.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench.common import ROOT, SMOKE, report, scratch

KINDS = ("survey", "inspection", "acceptance")


def _kc(db: Path, *args: str) -> None:
    env = dict(os.environ, KC_DESKTOP_DATA=str(db.parent / "data"))
    subprocess.run([sys.executable, "-m", "kc_desktop", "--db", str(db), *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def _regulations(db_path: Path) -> dict[str, tuple[str, ...]]:
    """The regulations each acceptance must cite, by the first 8 characters of its id (as in the file name)."""
    from kc_desktop.db.engine import open_database
    from kc_desktop.domain.rules import regulations
    from kc_desktop.services import acceptances, minutes, projects

    db = open_database(db_path, create=False, backup_before_migrate=False)
    try:
        out = {}
        for record_id in minutes.search_ids(db, "acceptance"):
            project, _, _ = projects.load(db, acceptances.load(db, record_id).project_id)
            out[record_id[:8]] = regulations(project.rules_version, project.approval_date)
        return out
    finally:
        db.close()


def measure(folder: Path, projects: int) -> tuple[int, dict[str, Counter[str]], dict[str, list[str]]]:
    """(documents, faults per rule per document, an example of each rule) over a fresh demo's minutes."""
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    from pdf_content import content_faults
    from pdf_layout import all_faults, read

    db = folder / "demo.sqlite"
    _kc(db, "demo", "--projects", str(projects), "--seed", "1")
    for kind in KINDS:
        _kc(db, "print", kind, "--all", "-o", str(folder / kind))
    cited = _regulations(db)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = {}
    documents = 0
    for kind in KINDS:
        for pdf in sorted((folder / kind).glob("*.pdf")):
            documents += 1
            pages = read(pdf.read_bytes())
            found = {**all_faults(pages), **content_faults(pages, kind, cited.get(pdf.stem[-8:], ()))}
            for rule, faults in found.items():
                counts[rule][pdf.name] += len(faults)
                if faults:
                    examples.setdefault(rule, [f"{kind}/{pdf.name}: {faults[0]}"])
    return documents, counts, examples


def run() -> int:
    folder = scratch("faults")
    documents, counts, examples = measure(folder, 8 if SMOKE else 40)
    width = max(len(rule) for rule in counts)
    print(f"{'fault':<{width}}  count / documents  (of {documents} minutes in {folder})")
    total = 0
    for rule, per_document in counts.items():
        count, where = sum(per_document.values()), sum(1 for n in per_document.values() if n)
        total += count
        print(f"{rule:<{width}}  {count:5d} / {where}")
    for rule, lines in examples.items():
        print(f"  e.g. {rule}: {lines[0]}")
    report("faults", total, "faults", documents, "documents")
    return 1 if total or not documents else 0
