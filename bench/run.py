"""Run the benchmarks: `python bench/run.py` (all), `python bench/run.py NAME ...`, and
`python bench/run.py --smoke [NAME ...]` at a tiny size (CI: none can rot)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KC_DESKTOP_DATA", str(ROOT / "bench" / "out" / "data"))

# Order matters only for speed: `demo` builds the 100,000-record database the others reuse.
ALL = ["demo", "list", "search", "import", "startup", "projects", "autosave", "form_open", "dialog_open", "documents",
       "report", "sync", "backup", "backup_file", "selftest", "faults", "phones"]


def main(names: list[str]) -> int:
    if "--smoke" in names:  # every benchmark at a tiny size: it still runs and prints its line
        names = [n for n in names if n != "--smoke"]
        os.environ["KC_BENCH_SMOKE"] = "1"
    unknown = [n for n in names if n not in ALL]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(ALL)}", file=sys.stderr)
        return 2
    failed = False
    for name in names or ALL:
        # A benchmark that checks something (bench_faults) returns non-zero when the check fails.
        failed |= bool(importlib.import_module(f"bench.bench_{name}").run())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
