"""The built program's self-test (dist/KCDesktop, from `python3 dev.py build`), against its `--version`."""

from __future__ import annotations

import os
import subprocess

from bench.common import ROOT, report, timed


def run() -> None:
    program = ROOT / "dist" / "KCDesktop" / ("kc-desktop.exe" if os.name == "nt" else "kc-desktop")
    if not program.exists():
        print("self_test: skipped (build the program first: python3 dev.py build)")
        return
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def call(flag: str) -> None:
        subprocess.run([str(program), flag], check=True, env=env, capture_output=True)

    call("--version")  # the first start of a fresh build warms the disk cache
    ours = timed(lambda: call("--self-test"))
    bare = timed(lambda: call("--version"))
    report("self_test_built_program", ours, "s", bare, "s (the same program's --version)")
