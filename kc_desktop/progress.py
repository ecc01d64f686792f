"""Progress of long work: core functions are generators that yield `Progress` and return a result.

The same generator drives the command line (`drive`) and the GUI's background runner,
which closes it on Cancel; the work's own transaction then rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

from kc_desktop.errors import Cancelled

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""


Steps = Generator[Progress, None, T]


def drive(
    steps: Steps[T], on_progress: Callable[[Progress], None] | None = None, cancelled: Callable[[], bool] | None = None
) -> T:
    """Run a progress generator to its end and return its result.

    When `cancelled()` turns true the generator is closed (its `finally` blocks and
    transactions unwind) and `Cancelled` is raised.
    """
    try:
        while True:
            step = next(steps)
            if on_progress is not None:
                on_progress(step)
            if cancelled is not None and cancelled():
                steps.close()
                raise Cancelled()
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
