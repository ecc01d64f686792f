"""`--self-test` from the sources (CI runs it again on the packaged program)."""

from __future__ import annotations

from collections.abc import Callable
from subprocess import CompletedProcess

from kc_desktop.gui.selftest import STEPS

Run = Callable[..., CompletedProcess[str]]


def test_self_test_passes_every_step(cli: Run) -> None:
    result = cli("--self-test", check=True)
    lines = result.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["ĐẠT"] * len(STEPS), result.stdout
    assert "PDF" in result.stdout and "chữ ký đúng" in result.stdout and "offscreen" in result.stdout
    assert lines[-1].startswith("KC Desktop ") and "tự kiểm tra đạt" in lines[-1]
