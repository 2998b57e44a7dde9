"""A bound on the work one file may cost: a time budget, and a way to stop when the user has left the page.

Validation runs in the visitor's script thread; without a bound, one hostile workbook keeps a CPU busy for
minutes and slows every other visitor. `Budget.check` is called every few hundred rows by the reader and the
validator, so stopping costs nothing measurable.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

# Seconds one file may take to read and validate; a real file of 50,000 rows needs well under half of it.
DEFAULT_SECONDS: Final = 60.0
# Rows between two checks: a check is a clock read and a function call.
CHECK_EVERY: Final = 256


class ValidationStoppedError(Exception):
    """The work on a file was stopped: over its time budget (`timed_out`) or because the user left."""

    def __init__(self, *, timed_out: bool, seconds: float) -> None:
        super().__init__("time budget exceeded" if timed_out else "cancelled")
        self.timed_out = timed_out
        self.seconds = seconds


def _never() -> bool:
    return False


@dataclass
class Budget:
    """Deadline and stop signal for the reading and validation of one file (or one folder)."""

    seconds: float = DEFAULT_SECONDS
    should_stop: Callable[[], bool] = _never
    clock: Callable[[], float] = time.monotonic
    started: float = field(default=-1.0)

    def __post_init__(self) -> None:
        if self.started < 0:
            self.started = self.clock()

    def check(self) -> None:
        """Raise ValidationStoppedError when the user has left or the time is up."""
        if self.should_stop():
            raise ValidationStoppedError(timed_out=False, seconds=self.seconds)
        if self.clock() - self.started > self.seconds:
            raise ValidationStoppedError(timed_out=True, seconds=self.seconds)

    def every(self, position: int) -> None:
        """`check` on every CHECK_EVERY-th position of a loop."""
        if position % CHECK_EVERY == 0:
            self.check()
