"""Running the real command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path) -> Run:
    env = dict(os.environ, KC_DESKTOP_DATA=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")

    def run(*args: object, check: bool = False,
            extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "kc_desktop", *map(str, args)], capture_output=True, text=True,
            env=dict(env, **(extra or {})), timeout=300,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    return run
