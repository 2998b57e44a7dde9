"""Wijk scale for ``python -m dashboard bench --browser``: the map path at ~3,400 areas instead of 342.

No wijk boundaries are shipped, so the benchmark simulates them: every gemeente is cut by a grid over its own
bounding box (cells that miss it are dropped), both the app's simplified coverage and the raw CBS file, which
gives about ten "wijken" per gemeente. Each wijk inherits its gemeente's figures. Our path then runs exactly the
map page's code on the wijk table (``choropleth_group`` + borders + selection + ``st_folium``, nothing cached);
the naive path runs ``explore()`` on the cut raw file. ``wijk_rerun_payload_bytes`` is what a rerun sends;
``wijk_coverage_bytes`` what the iframe fetches once.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify
from dashboard.core.filters import Filters, apply_filters
from dashboard.render import maps
from geo.boundaries import load_layers
from geo.encode import browser_geometry
from geo.paths import SOURCE_GEMEENTEN
from tools.bench import FILTER_STATES, _median_seconds, _ratio, captured_payload, draw_naive_map, draw_our_map

GRID = (4, 3)  # columns x rows over each gemeente's bounding box
SLIVER = 0.02  # pieces under 2% of their gemeente join its largest piece: ~3,400 wijken in all
WIJK_URL = "/app/static/geo/wijken.json"  # never served: the browser side is not part of this measurement


def split_areas(areas: gpd.GeoDataFrame, code_col: str, grid: tuple[int, int] = GRID) -> gpd.GeoDataFrame:
    """Each area cut by a grid over its own bounds; the pieces keep their parent's code."""
    rows = []
    nx, ny = grid
    for code, geom in zip(areas[code_col], areas.geometry, strict=True):
        x0, y0, x1, y1 = geom.bounds
        xs, ys = np.linspace(x0, x1, nx + 1), np.linspace(y0, y1, ny + 1)
        cells = [shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]) for i in range(nx) for j in range(ny)]
        cut = [p for p in shapely.intersection(geom, cells) if not p.is_empty and p.area > 0]
        # Slivers (coast, corners) join the largest piece: wijken, not crumbs, and still a full coverage.
        pieces = [p for p in cut if p.area >= SLIVER * geom.area]
        slivers = [p for p in cut if p.area < SLIVER * geom.area]
        if slivers:
            largest = max(range(len(pieces)), key=lambda i: pieces[i].area)
            pieces[largest] = shapely.union_all([pieces[largest], *slivers])
        rows += [(code, i + 1, shapely.make_valid(piece)) for i, piece in enumerate(pieces)]
    out = gpd.GeoDataFrame(rows, columns=["parent", "n", "geometry"], crs=areas.crs)
    out["wk_code"] = "WK" + out["parent"].str[2:] + out["n"].map("{:02d}".format)
    return out


def _wijk_tables(
    wijken: gpd.GeoDataFrame, gemeenten: pd.DataFrame, summary: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per wijk: the info table (names, region) and the summary, both inherited from the parent gemeente."""
    parent = wijken[["wk_code", "parent", "n"]].rename(columns={"parent": "gm_code"})
    info = parent.merge(gemeenten, on="gm_code", how="left")
    info["gm_naam"] = info["gm_naam"] + " wijk " + info["n"].astype(str)
    info = info.drop(columns=["gm_code", "n"]).rename(columns={"wk_code": "gm_code"})
    rows = parent.merge(summary, on="gm_code", how="left").drop(columns=["gm_code", "n"])
    return info, rows.rename(columns={"wk_code": "gm_code"})


def bench_wijk(records: pd.DataFrame, repeats: int = 5) -> dict:
    layers = load_layers()
    gemeenten = pd.DataFrame(layers.gemeenten.drop(columns="geometry"))
    wijken = split_areas(layers.gemeenten, "gm_code")
    borders = maps.border_lines(layers.regios)
    coverage = browser_geometry(
        wijken.rename(columns={"wk_code": "gm_code"}).assign(gm_naam=lambda w: w["gm_code"])
    )

    def ours(filters: Filters) -> None:
        filtered = apply_filters(records, filters, gemeenten)
        info, rows = _wijk_tables(wijken, gemeenten, gemeente_summary(filtered, gemeenten["gm_code"]))
        draw_our_map(maps.choropleth_group(WIJK_URL, classify("niveau", rows), rows, info), layers, borders)

    out: dict = {"wijk_areas": len(wijken), "wijk_coverage_bytes": len(coverage.encode())}
    with captured_payload() as sizes:
        ours(FILTER_STATES[0])
        out["wijk_rerun_payload_bytes"] = sizes[-1]
        out["wijk_rerun_s"] = _median_seconds(ours, repeats)
        if SOURCE_GEMEENTEN.is_file():
            source = gpd.read_file(SOURCE_GEMEENTEN)
            raw = split_areas(source, "statcode")

            def naive(filters: Filters) -> None:
                filtered = apply_filters(records, filters, gemeenten)
                info, rows = _wijk_tables(raw, gemeenten, gemeente_summary(filtered, gemeenten["gm_code"]))
                joined = raw.merge(rows, left_on="wk_code", right_on="gm_code", how="left").merge(
                    info[["gm_code", "gm_naam", "regio_naam"]], on="gm_code", how="left"
                )
                draw_naive_map(joined, "gm_naam")

            naive(FILTER_STATES[0])
            out["naive_wijk_rerun_payload_bytes"] = sizes[-1]
            out["naive_wijk_rerun_s"] = _median_seconds(naive, max(3, repeats // 2))
        else:
            out |= {"naive_wijk_rerun_payload_bytes": None, "naive_wijk_rerun_s": None}
    out["wijk_rerun_ratio_naive_over_ours"] = _ratio(out["wijk_rerun_s"], out["naive_wijk_rerun_s"])
    return out
