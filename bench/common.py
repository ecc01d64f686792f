"""Shared helpers of the benchmarks: the one-line report and the cached 100,000-record database."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# `python bench/run.py --smoke`: every benchmark at a tiny size, so that none can rot (CI runs it).
SMOKE = os.environ.get("KC_BENCH_SMOKE") == "1"
OUT = ROOT / "bench" / "out" / ("smoke" if SMOKE else "")


def size(full: int, smoke: int) -> int:
    """The benchmark's real size, or its tiny one in a smoke run."""
    return smoke if SMOKE else full


BIG = size(100_000, 300)


def report(name: str, figure: float, unit: str, baseline: float, baseline_unit: str) -> str:
    """Print `NAME: <figure> <unit> (baseline <figure> <unit>, ratio <x>)` and return it."""
    ratio = figure / baseline if baseline else float("inf")
    line = f"{name}: {figure:.4g} {unit} (baseline {baseline:.4g} {baseline_unit}, ratio {ratio:.2f})"
    print(line, flush=True)
    return line


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def median_ms(func: Callable[[], object], repeat: int = 15) -> float:
    func()  # warm caches, as a user typing a second letter would
    return statistics.median(timed(func) for _ in range(repeat)) * 1000


def big_database(seconds: list[float] | None = None) -> Path:
    """A database with 100,000 demo establishments, made once by the real `demo` command."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"demo-{BIG}.sqlite"
    marker = OUT / f"demo-{BIG}.ok"
    from kc_desktop.db.migrate import head_revision

    fresh = path.exists() and marker.exists() and marker.read_text() == head_revision()
    if not fresh or seconds is not None:
        for stale in OUT.glob(f"demo-{BIG}.sqlite*"):
            stale.unlink()
        env = dict(os.environ, KC_DESKTOP_DATA=str(OUT / "data"))
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kc_desktop",
                "--db",
                str(path),
                "demo",
                "--establishments",
                str(BIG),
                "--seed",
                "1",
            ],
            check=True,
            env=env,
            cwd=ROOT,
        )
        if seconds is not None:
            seconds.append(time.perf_counter() - start)
        marker.write_text(head_revision())
    return path


def scratch(name: str) -> Path:
    folder = OUT / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder
