"""A page's rerun on a filter change, with the per-filter-state caches and without them, in the same run.

The page is the charts page (``app_pages/grafieken.py``), run through the whole app (router, sidebar, URL sync)
under ``streamlit.testing``'s AppTest on a throw-away register, alternating between two filter states. With the
caches ("cached"), each state's filtered records, figure and table come from ``dashboard.ui.data`` after the first
visit. Without them ("uncached"), the per-state caches are emptied before every rerun, so the page filters the
records and builds its chart again, as every page did on every rerun before the boundary existed.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from dashboard.ui import data

ROOT = Path(__file__).resolve().parents[1]
PAGE = "app_pages/grafieken.py"
# The sidebar's level filter, alternated: every rerun is a real filter change (the year stays the latest).
LEVEL_STATES: tuple[list[str], ...] = ([], ["informeel", "formeel", "apart"])


@contextmanager
def _throwaway_register() -> Iterator[None]:
    """The app on its own SQLite register in a temporary folder (never the project's var/)."""
    saved = {name: os.environ.get(name) for name in ("PREVENTIEKAART_DB", "PREVENTIEKAART_DATA")}
    with tempfile.TemporaryDirectory(prefix="preventiekaart-bench-pages-") as folder:
        os.environ["PREVENTIEKAART_DB"] = f"sqlite:///{Path(folder) / 'register.sqlite'}"
        os.environ.pop("PREVENTIEKAART_DATA", None)
        try:
            yield
        finally:
            data.register_store.clear()  # its engine holds the file that is about to go
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def open_page(page: str = PAGE, timeout: float = 120) -> AppTest:
    """The whole app under AppTest, switched to ``page``."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    at.run()
    at.switch_page(page)
    at.run()
    if at.exception:
        raise RuntimeError([e.value for e in at.exception])
    return at


def _forget_states() -> None:
    for cache in (data._register_filter_state, data._register_derived):
        cache.clear()


class Flip:
    """Rerun the page with a sidebar filter (a multiselect, by key) switched to the other of two states."""

    def __init__(
        self, at: AppTest, key: str = "f_niveaus", states: tuple[list[str], ...] = LEVEL_STATES
    ) -> None:
        self.at = at
        self.key = key
        self.states = states
        self.state = 0

    def __call__(self) -> tuple[float, float]:
        """(wall seconds, CPU seconds of this process: the script runs in one of its threads)."""
        self.state = 1 - self.state
        self.at.sidebar.multiselect(key=self.key).set_value(self.states[self.state])
        wall, cpu = time.perf_counter(), time.process_time()
        self.at.run()
        elapsed = time.perf_counter() - wall, time.process_time() - cpu
        if self.at.exception:
            raise RuntimeError([e.value for e in self.at.exception])
        return elapsed


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 4)


def _ratio(slow: float, fast: float) -> float | None:
    return round(slow / fast, 2) if fast else None


def bench_pages(repeats: int = 5) -> dict[str, Any]:
    """Median seconds of a filter change on the charts page, cached and uncached, interleaved per repeat so that
    a noisy machine's drift hits both alike. Wall time is what a user waits; CPU time (the process's own, which
    other processes on a shared machine barely move) is the steadier comparison."""
    cached: list[tuple[float, float]] = []
    uncached: list[tuple[float, float]] = []
    with _throwaway_register():
        flip = Flip(open_page())
        flip()
        flip()  # both states seen: their records and charts are cached
        for _ in range(max(repeats, 9)):  # a rerun is ~0.05 s: enough rounds that one stall is not the median
            cached.append(flip())  # a state seen before: everything from the caches
            _forget_states()
            uncached.append(flip())  # the same change, computed again from the records
            flip()  # the other state once more, so both are cached for the next repeat
    wall, wall_uncached = _median([c[0] for c in cached]), _median([u[0] for u in uncached])
    cpu, cpu_uncached = _median([c[1] for c in cached]), _median([u[1] for u in uncached])
    return {
        "grafieken_rerun_s": wall,
        "grafieken_rerun_uncached_s": wall_uncached,
        "grafieken_rerun_ratio_uncached_over_cached": _ratio(wall_uncached, wall),
        "grafieken_rerun_cpu_s": cpu,
        "grafieken_rerun_uncached_cpu_s": cpu_uncached,
        "grafieken_rerun_cpu_ratio_uncached_over_cached": _ratio(cpu_uncached, cpu),
    }
