"""``python -m tools bench``: our map path against the naive one, side by side in the same run.

Figures are for comparing, not asserting: these machines are noisy, so the JSON carries ratios next to the
medians. "Rerun" is the time from a filter change to a finished ``st_folium`` call, with everything the app
caches already warm. "Payload" is what the browser receives for the map's first view (for us: the
component's arguments plus the encoded coverage, fetched once per map). The naive path is what a first version would do: ``GeoDataFrame.explore()`` on the raw CBS
file joined to the same filtered data, rebuilt on every rerun.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import pandas as pd
import streamlit_folium

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify
from dashboard.core.filters import Filters, apply_filters
from dashboard.ingest.validation import data_path as default_data_path
from dashboard.ingest.validation import load_path
from dashboard.render import maps
from geo.boundaries import Layers, load_layers
from geo.paths import BROWSER_GEMEENTEN_FILE, SOURCE_GEMEENTEN
from tools.bench_geo import bench_geo

# Two filter states the benchmark alternates between, so every rerun really changes the map.
FILTER_STATES = (Filters(jaar=2020), Filters(jaar=2020, niveaus=("informeel", "formeel", "apart")))


@contextmanager
def captured_payload() -> Iterator[list[int]]:
    """Run st_folium outside Streamlit and record the bytes each call would send to the browser."""
    sizes: list[int] = []
    original = streamlit_folium._component_func

    def fake_component(**kwargs: Any) -> dict:
        sent = {k: v for k, v in kwargs.items() if k not in ("on_change", "default")}
        sizes.append(len(json.dumps(sent, default=str).encode()))
        return kwargs.get("default") or {}

    streamlit_folium._component_func = fake_component
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield sizes
    finally:
        streamlit_folium._component_func = original


def our_rerun(records: pd.DataFrame, layers: Layers, borders: maps.BorderLines, filters: Filters) -> None:
    """What the map page does on a filter change (layers and encoded borders are cached in the app)."""
    gemeenten = pd.DataFrame(layers.gemeenten.drop(columns="geometry"))
    filtered = apply_filters(records, filters, gemeenten)
    summary = gemeente_summary(filtered, gemeenten["gm_code"])
    classified = classify("niveau", summary)
    draw_our_map(maps.choropleth_group(maps.geometry_url(), classified, summary, gemeenten), layers, borders)


def draw_our_map(choropleth: folium.FeatureGroup, layers: Layers, borders: maps.BorderLines) -> None:
    """The map page's map around ``choropleth`` (gemeenten or simulated wijken): region borders, no selection."""
    groups = [
        choropleth,
        maps.border_layer(borders, "regio", "#d95f02", 2.5),
        maps.selection_group(layers.gemeenten, None),
    ]
    streamlit_folium.st_folium(
        maps.base_map(),
        key="kaart",
        feature_group_to_add=groups,
        returned_objects=["last_object_clicked"],
        use_container_width=True,
    )


def naive_rerun(records: pd.DataFrame, source: gpd.GeoDataFrame, layers: Layers, filters: Filters) -> None:
    """explore() on the raw source joined to the same filtered data, rebuilt on every rerun."""
    gemeenten = pd.DataFrame(layers.gemeenten.drop(columns="geometry"))
    filtered = apply_filters(records, filters, gemeenten)
    summary = gemeente_summary(filtered, gemeenten["gm_code"])
    joined = source.merge(summary, left_on="statcode", right_on="gm_code", how="left")
    draw_naive_map(joined.merge(gemeenten[["gm_code", "regio_naam"]], on="gm_code", how="left"), "statnaam")


def draw_naive_map(areas: gpd.GeoDataFrame, name_column: str) -> None:
    """``explore()`` coloured by level, the name and region on hover."""
    # types-geopandas types tooltip as bool only; geopandas takes a list of columns too.
    m = areas.explore(
        column="hoogste_niveau",
        categorical=True,
        tooltip=[name_column, "regio_naam", "hoogste_niveau"],  # type: ignore[arg-type]
    )
    streamlit_folium.st_folium(m, key="kaart", use_container_width=True)


def _median_seconds(run: Callable[[Filters], None], repeats: int) -> float:
    run(FILTER_STATES[0])  # warm-up: imports, numba/pyproj initialisation, first-call caches
    timings = []
    for i in range(repeats):
        start = time.perf_counter()
        run(FILTER_STATES[(i + 1) % 2])
        timings.append(time.perf_counter() - start)
    return round(statistics.median(timings), 4)


def times_ten(records: pd.DataFrame) -> pd.DataFrame:
    """Ten copies of every record with distinct ids: the same mix at 10x the volume."""
    copies = [records.assign(id=records["id"] + f"-x{i}") for i in range(10)]
    return pd.concat(copies, ignore_index=True)


def _ratio(ours: float | None, naive: float | None) -> float | None:
    return round(naive / ours, 2) if ours and naive else None


def bench_map(records: pd.DataFrame, repeats: int = 5) -> dict[str, Any]:
    layers = load_layers()
    borders = maps.border_lines(layers.regios)
    big = times_ten(records)
    out: dict[str, Any] = {}
    with captured_payload() as sizes:
        our_rerun(records, layers, borders, FILTER_STATES[0])
        # First view: the component's arguments plus the encoded coverage the iframe fetches once.
        # Later reruns send the arguments only; the coverage stays in the iframe.
        out["map_payload_bytes"] = sizes[-1] + BROWSER_GEMEENTEN_FILE.stat().st_size
        out["map_rerun_payload_bytes"] = sizes[-1]
        out["rerun_s"] = _median_seconds(lambda f: our_rerun(records, layers, borders, f), repeats)
        out["rerun_10x_s"] = _median_seconds(lambda f: our_rerun(big, layers, borders, f), repeats)
        if SOURCE_GEMEENTEN.is_file():
            source = gpd.read_file(SOURCE_GEMEENTEN)
            naive_rerun(records, source, layers, FILTER_STATES[0])
            out["naive_map_payload_bytes"] = sizes[-1]
            out["naive_rerun_s"] = _median_seconds(lambda f: naive_rerun(records, source, layers, f), repeats)
            out["naive_rerun_10x_s"] = _median_seconds(lambda f: naive_rerun(big, source, layers, f), repeats)
        else:
            out |= {"naive_map_payload_bytes": None, "naive_rerun_s": None, "naive_rerun_10x_s": None}
    out["payload_ratio_naive_over_ours"] = _ratio(out["map_payload_bytes"], out["naive_map_payload_bytes"])
    out["rerun_ratio_naive_over_ours"] = _ratio(out["rerun_s"], out["naive_rerun_s"])
    out["rerun_10x_ratio_naive_over_ours"] = _ratio(out["rerun_10x_s"], out["naive_rerun_10x_s"])
    return out


def run(quick: bool = False, browser: bool = False) -> dict[str, Any]:
    result = load_path(default_data_path())
    figures: dict[str, Any] = {"records": len(result.records), "repeats": 3 if quick else 7}
    figures |= bench_geo()
    figures |= bench_map(result.records, repeats=figures["repeats"])
    from tools.bench_register import bench_register  # imports tools.bench itself, so only here

    figures |= bench_register(result.records, repeats=figures["repeats"])
    from tools.bench_pages import bench_pages  # starts the app under AppTest: imported only when measuring

    figures |= bench_pages(repeats=figures["repeats"])
    from tools.bench_changes import bench_changes  # the change log and open data, on 50x the records

    figures |= bench_changes(result.records, repeats=figures["repeats"])
    if browser:
        from tools import bench_browser, bench_wijk

        figures |= bench_wijk.bench_wijk(result.records, repeats=figures["repeats"])
        figures |= bench_browser.run(quick=quick)
    figures |= bench_bomb()
    figures |= bench_hostile(quick=quick)
    return figures


def _measure_file(path: Path, *, naive: bool = False, timeout: float = 300) -> dict[str, Any] | None:
    """`python -m tools.bomb` on one file in a fresh process; None when the naive path does not finish in time."""
    command = [sys.executable, "-m", "tools.bomb", *(["--naive"] if naive else []), str(path)]
    try:
        out = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=True,
            timeout=timeout,
            cwd=Path(__file__).resolve().parents[1],
        )
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
        if naive:
            return None
        raise
    measured: dict[str, Any] = json.loads(out.stdout)
    return measured


def bench_bomb(rows: int = 600_000) -> dict[str, Any]:
    """Validate a decompression bomb (a workbook of 0.25 MB that unpacks to 600,000 rows, 73 MB: just under the
    part cap, so the rows are really streamed until the row cap) in a fresh process: seconds and
    peak memory above that process's idle size, so the figure is not hidden by what this process holds."""
    from tools.bomb import row_bomb

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bomb.xlsx"
        path.write_bytes(row_bomb(rows))
        measured = _measure_file(path)
        assert measured is not None
        size = path.stat().st_size
    return {
        "bomb_bytes": size,
        "bomb_rows": rows,
        "bomb_refused": measured["refused"],
        "bomb_validate_s": measured["seconds"],
        "bomb_peak_rss_mb": measured["peak_above_idle_mb"],
        "bomb_idle_rss_mb": measured["idle_mb"],
    }


# Files under the upload cap that once cost far more than their size, each measured like the bomb above. The
# README promises +300 MB at most for any file under the cap.
PEAK_BUDGET_MB = 300


def _hostile_files(quick: bool) -> dict[str, Callable[[], bytes]]:
    from tools import bomb

    files: dict[str, Callable[[], bytes]] = {
        # Issue 21: one stray character in column XFD of row 1 over 6,000 rows (2.55 GB before).
        "wide_header.xlsx": lambda: bomb.stray_column_workbook(6_000),
        # Issue 21: a CSV whose header names 10,000 columns (1.39 GB before): refused at the header.
        "wide_csv.csv": lambda: bomb.wide_csv(10_000),
        # A CSV just under the column cap, 900 named columns wide: read, 29 of them kept.
        "wide_read.csv": lambda: bomb.wide_csv(900, 3_000),
        "many_parts.xlsx": bomb.many_parts_workbook,
    }
    if not quick:
        files |= {
            "largest.csv": bomb.largest_csv,
            "shared_strings.xlsx": lambda: bomb.distinct_strings_workbook(950_000),
            "text_bomb.xlsx": bomb.text_bomb,
        }
    return files


def bench_hostile(quick: bool = False) -> dict[str, Any]:
    """Seconds and peak memory above idle for each hostile file; beside the two wide files of issue 21, the
    naive path (pandas' own readers) on the same bytes where it finishes within five minutes."""
    figures: dict[str, Any] = {}
    peaks = []
    with tempfile.TemporaryDirectory() as folder:
        for name, make in _hostile_files(quick).items():
            key = name.rsplit(".", 1)[0]
            path = Path(folder) / name
            path.write_bytes(make())
            measured = _measure_file(path)
            assert measured is not None
            figures |= {
                f"{key}_bytes": path.stat().st_size,
                f"{key}_refused": measured["refused"],
                f"{key}_validate_s": measured["seconds"],
                f"{key}_peak_rss_mb": measured["peak_above_idle_mb"],
            }
            peaks.append(measured["peak_above_idle_mb"])
            if not quick and key in ("wide_header", "wide_csv"):
                naive = _measure_file(path, naive=True)
                naive_peak = naive["peak_above_idle_mb"] if naive else None
                figures[f"{key}_naive_peak_rss_mb"] = naive_peak
                figures[f"{key}_naive_s"] = naive["seconds"] if naive else None
                figures[f"{key}_peak_ratio_naive_over_ours"] = _ratio(
                    measured["peak_above_idle_mb"], naive_peak
                )
    figures["hostile_max_peak_rss_mb"] = max(peaks)
    figures["hostile_peak_budget_mb"] = PEAK_BUDGET_MB
    return figures
