"""Register-backed page reruns against file-backed ones, side by side, at 10x the shipped records.

A rerun of a register-backed page costs one revision query plus a cache lookup keyed by that revision (what
`dashboard.ui.data.register_dataset` does), then the same page work as with a file. The first rerun after a
change reads the records from the database again; that is reported separately (`register_load_10x_s`).

`register_page_rerun_s` is a rerun of the Register page itself (through the app's router, under
`streamlit.testing`), for a signed-in redacteur whose scope is three VNG–ZN regions, on the shipped records.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pandas as pd

from dashboard.core.filters import Filters
from dashboard.export.tabular import records_to_csv_bytes
from dashboard.register.repository import Register
from dashboard.render import maps
from geo.boundaries import load_layers
from tools.bench import FILTER_STATES, captured_payload, our_rerun, times_ten


def _interleaved(runs: dict[str, Callable[[Filters], None]], repeats: int) -> dict[str, float]:
    """Median seconds per run, alternating the runs within each repeat so that a noisy machine's drift hits
    both sides alike."""
    for run in runs.values():
        run(FILTER_STATES[0])  # warm-up
    timings: dict[str, list[float]] = {name: [] for name in runs}
    for i in range(repeats):
        for name, run in runs.items():
            start = time.perf_counter()
            run(FILTER_STATES[(i + 1) % 2])
            timings[name].append(time.perf_counter() - start)
    return {name: round(statistics.median(values), 4) for name, values in timings.items()}


APP: Final = Path(__file__).resolve().parents[1] / "app.py"
PAGE_EDITOR: Final = "bench@example.nl"
PAGE_PASSWORD: Final = "een lang wachtwoord voor de meting"
PAGE_SCOPE: Final = ("ZK31", "ZK17", "ZK12")


def bench_register_page(repeats: int = 5) -> float:
    """Median seconds of a Register page rerun for a signed-in redacteur with a three-region scope."""
    from streamlit.testing.v1 import AppTest

    from dashboard.register.db import DB_ENV_VAR

    with tempfile.TemporaryDirectory(prefix="preventiekaart-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'register.sqlite'}"
        register = Register.open(url)
        register.initialize()
        register.accounts.add(PAGE_EDITOR, "redacteur", PAGE_SCOPE)
        register.accounts.set_password(PAGE_EDITOR, PAGE_PASSWORD)
        before = os.environ.get(DB_ENV_VAR)
        os.environ[DB_ENV_VAR] = url
        try:
            at = AppTest.from_file(str(APP), default_timeout=120)
            at.run()
            at.switch_page("app_pages/register.py").run()
            at.text_input[0].input(PAGE_EDITOR)
            at.text_input[1].input(PAGE_PASSWORD)
            next(b for b in at.button if b.label == "Aanmelden").click().run()
            if at.exception or not any("Aangemeld als" in m.value for m in at.markdown):
                raise RuntimeError("the benchmark's editor could not sign in")
            at.run()  # warm-up: the caches of this revision are filled
            timings = []
            for _ in range(max(repeats, 9)):
                start = time.perf_counter()
                at.run()
                timings.append(time.perf_counter() - start)
        finally:
            if before is None:
                os.environ.pop(DB_ENV_VAR, None)
            else:
                os.environ[DB_ENV_VAR] = before
            register.close()
    return round(statistics.median(timings), 4)


def bench_register(records: pd.DataFrame, repeats: int = 5) -> dict[str, Any]:
    layers = load_layers()
    borders = maps.border_lines(layers.regios)
    big = times_ten(records)
    with tempfile.TemporaryDirectory(prefix="preventiekaart-bench-") as folder:
        source = Path(folder) / "tien_keer.csv"
        source.write_bytes(records_to_csv_bytes(big))
        register = Register.open(f"sqlite:///{Path(folder) / 'register.sqlite'}")
        register.initialize(source=source)
        cache: dict[int, pd.DataFrame] = {}

        def register_records() -> pd.DataFrame:
            revision = register.revision()
            if revision not in cache:
                cache[revision] = register.records()
            return cache[revision]

        start = time.perf_counter()
        loaded = register.records()
        load_s = round(time.perf_counter() - start, 4)
        with captured_payload():
            medians = _interleaved(
                {
                    "file": lambda f: our_rerun(big, layers, borders, f),
                    "register": lambda f: our_rerun(register_records(), layers, borders, f),
                },
                max(repeats, 5),
            )
        file_s, register_s = medians["file"], medians["register"]
        register.close()
    return {
        "register_records": len(loaded),
        "register_file_rerun_s": file_s,
        "register_rerun_s": register_s,
        "register_rerun_ratio_over_file": round(register_s / file_s, 3) if file_s else None,
        "register_load_10x_s": load_s,
        "register_page_rerun_s": bench_register_page(repeats),
    }
