"""The change log's page rerun beside the map page's, and the open data's regeneration, on a register with 50x
the shipped records.

`changes_page_rerun_s`: the Wijzigingen page (through the whole app under ``streamlit.testing``), the sidebar's
region filter switched between two VNG–ZN regions on every rerun, both seen before (the state a meeting clicks
between); `map_page_rerun_s` the map page under the same switch in the same run, so the ratio compares like
with like on a noisy machine. The register: the shipped records 50 times over (about 10,500 initiatives, each
loaded as a version), its peiljaren vastgesteld when it was filled, then one edit of two fields for every
twentieth initiative: the change log since the vaststelling holds about a thousand rows, some forty per
region. `changes_page_rerun_uncached_s` is the same switch with the per-selection caches emptied (the region's
rows chosen from the whole log and labelled again), `changes_first_s` the log of a new revision (every version
read and compared).

`open_data_regen_s`: every open-data file of one register state made and written (``OpenData.generate``: the
register read, 2,300 files built and published as one folder), for the shipped records and (`_50x_`) for the
register above.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import pandas as pd

from dashboard.export.tabular import records_to_csv_bytes
from dashboard.register.access import Console
from dashboard.register.records import to_cells
from dashboard.register.repository import Register
from tools.bench_pages import Flip, open_page

TIMES: Final = 50
EDIT_EVERY: Final = 20
REGIONS: Final = (["ZK31"], ["ZK02"])  # the sidebar region filter, switched
PAGES: Final = {"changes": "app_pages/wijzigingen.py", "map": "app_pages/kaart.py"}


def times(records: pd.DataFrame, n: int) -> pd.DataFrame:
    """``n`` copies of every record with distinct ids: the same mix at ``n`` times the volume."""
    return pd.concat([records.assign(id=records["id"] + f"-x{i}") for i in range(n)], ignore_index=True)


@contextmanager
def _environment(url: str, folder: Path) -> Iterator[None]:
    names = ("PREVENTIEKAART_DB", "PREVENTIEKAART_DATA", "PREVENTIEKAART_OPEN_DATA")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["PREVENTIEKAART_DB"] = url
    os.environ["PREVENTIEKAART_OPEN_DATA"] = str(folder / "open-data")
    os.environ.pop("PREVENTIEKAART_DATA", None)
    try:
        yield
    finally:
        from dashboard.ui import data

        data.register_store.clear()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _big_register(records: pd.DataFrame, folder: Path) -> str:
    """The shipped records ``TIMES`` over, vastgesteld at filling, then every ``EDIT_EVERY``th edited."""
    source = folder / "vijftig_keer.csv"
    source.write_bytes(records_to_csv_bytes(times(records, TIMES)))
    url = f"sqlite:///{folder / 'register.sqlite'}"
    register = Register.open(url)
    register.initialize(source=source)
    entries = register.entries(include_withdrawn=False)
    with register.transaction(Console()) as unit:
        for entry in entries[::EDIT_EVERY]:
            cells = to_cells(entry.record) | {
                "toelichting": f"{entry.record.toelichting} Bijgewerkt in de nieuwe ronde.".strip(),
                "startjaar": str((entry.record.startjaar or 2015) - 1),
            }
            unit.edit(register.validate(cells), expected_version=entry.version, reason="ronde 2021")
    register.close()
    return url


def _forget_selections() -> None:
    from dashboard.ui import data

    for cache in (data._selected_changes, data._changes_table):
        cache.clear()


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 4)


def _pages(repeats: int) -> dict[str, Any]:
    start = time.perf_counter()
    changes = Flip(open_page(PAGES["changes"], timeout=300), "f_regios", REGIONS)
    first = time.perf_counter() - start
    shown = _region_rows()
    maps = Flip(open_page(PAGES["map"], timeout=300), "f_regios", REGIONS)
    for switch in (changes, maps):
        switch()
        switch()  # both regions seen: each page's states are cached
    timings: dict[str, list[tuple[float, float]]] = {"changes": [], "map": [], "uncached": []}
    for _ in range(max(repeats, 9)):
        timings["changes"].append(changes())
        timings["map"].append(maps())
        _forget_selections()
        timings["uncached"].append(changes())
        changes()  # the other region once more, so both are cached again
    wall = {name: _median([t[0] for t in values]) for name, values in timings.items()}
    cpu = {name: _median([t[1] for t in values]) for name, values in timings.items()}
    return {
        "changes_page_rerun_s": wall["changes"],
        "map_page_rerun_s": wall["map"],
        "changes_page_rerun_ratio_over_map": round(wall["changes"] / wall["map"], 2) if wall["map"] else None,
        "changes_page_rerun_cpu_s": cpu["changes"],
        "map_page_rerun_cpu_s": cpu["map"],
        "changes_page_rerun_cpu_ratio_over_map": round(cpu["changes"] / cpu["map"], 2)
        if cpu["map"]
        else None,
        "changes_page_rerun_uncached_s": wall["uncached"],
        "changes_first_s": round(first, 3),
        "changes_region_rows": shown,
    }


def _region_rows() -> int:
    """The change log's rows of the first region since the last vaststelling (what the page shows)."""
    from dashboard.analysis.changes import Selection
    from dashboard.analysis.scope import selection_members
    from dashboard.core.filters import Filters
    from dashboard.ui import data

    revision = data.register().revision()
    members = selection_members(Filters(regios=tuple(REGIONS[0])), data.gemeenten_table())
    last = data.last_vaststelling(revision)
    return len(data.selected_changes(revision, Selection(members, last.at if last else None)))


def _regenerate(url: str, folder: Path) -> tuple[float, int, int]:
    """Seconds to make and write every open-data file of the register's state, the files and their bytes."""
    from dashboard.export.open_data_store import OpenData, Store

    register = Register.open(url)
    try:
        service = OpenData(register, Store(folder), "")
        start = time.perf_counter()
        _key, written = service.generate()
        seconds = time.perf_counter() - start
        files = [p for p in written.rglob("*") if p.is_file()]
        return seconds, len(files), sum(p.stat().st_size for p in files)
    finally:
        register.close()


def bench_changes(records: pd.DataFrame, repeats: int = 5) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="preventiekaart-bench-changes-") as name:
        folder = Path(name)
        shipped = f"sqlite:///{folder / 'shipped.sqlite'}"
        Register.open(shipped).initialize()
        seconds, files, size = _regenerate(shipped, folder / "od-shipped")
        figures |= {
            "open_data_regen_s": round(seconds, 3),
            "open_data_files": files,
            "open_data_mb": round(size / 1e6, 1),
        }
        url = _big_register(records, folder)
        seconds, files, size = _regenerate(url, folder / "od-50x")
        figures |= {"open_data_regen_50x_s": round(seconds, 3), "open_data_50x_mb": round(size / 1e6, 1)}
        with _environment(url, folder):
            figures |= _pages(repeats)
    return figures
