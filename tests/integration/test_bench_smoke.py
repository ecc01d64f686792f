"""The benchmarks added with issue 10 run at a smoke size: they still work and print their line beside a baseline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def test_backup_file_benchmark_runs(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import bench_backup_file, common

    monkeypatch.setattr(common, "OUT", tmp_path / "out")
    monkeypatch.setenv("KC_DESKTOP_DATA", str(tmp_path / "data"))
    bench_backup_file.run(establishments=30, photos=5, repeat=1)
    lines = capsys.readouterr().out.splitlines()
    pattern = r"{}: [\d.e+-]+ s \(baseline [\d.e+-]+ s, ratio [\d.]+\)"
    assert any(re.fullmatch(pattern.format("backup_file_30"), line) for line in lines), lines
    assert any(re.fullmatch(pattern.format("restore_file_30"), line) for line in lines), lines
