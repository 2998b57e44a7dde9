"""Geo figures for `python -m tools bench --json`: cold load time and the payload the map sends."""

from __future__ import annotations

import statistics
import time

import shapely

from geo.boundaries import load_gemeenten, load_layers
from geo.build import count_vertices, read_source_gemeenten
from geo.codes import default_resolver
from geo.paths import GEMEENTEN_FILE, SOURCE_GEMEENTEN

_RUNS = 3


def _cold_load_seconds() -> float:
    # geo caches nothing but the resolver; clear it so every run pays the full cost an app start pays.
    default_resolver.cache_clear()
    start = time.perf_counter()
    load_layers()
    return time.perf_counter() - start


def bench_geo() -> dict:
    """layers_cold_load_s (median of 3), shipped vs source file bytes and vertex counts."""
    timings = [_cold_load_seconds() for _ in range(_RUNS)]
    source_present = SOURCE_GEMEENTEN.is_file()
    return {
        "layers_cold_load_s": round(statistics.median(timings), 4),
        "gemeente_file_bytes": GEMEENTEN_FILE.stat().st_size,
        "gemeente_source_bytes": SOURCE_GEMEENTEN.stat().st_size if source_present else None,
        "vertices_source": count_vertices(read_source_gemeenten(SOURCE_GEMEENTEN).geometry)
        if source_present
        else None,
        "vertices_shipped": int(shapely.get_num_coordinates(load_gemeenten().geometry.values).sum()),
    }
