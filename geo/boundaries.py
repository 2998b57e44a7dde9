"""Map layers: the shipped gemeente coverage and the regions dissolved from it.

Every region layer (provincie, GGD-regio, VNG–ZN regio) is built by dissolving the same simplified
gemeenten, so region borders lie exactly on gemeente borders at every zoom level; the coarser CBS region
files are not used.

Which border layer should the map use?
- `region_outlines`: one MultiLineString per region with its code and naam. Use it when a region border
  must show a tooltip with the region's name (each shared border is then drawn twice, once per side).
- `internal_borders`: every border exactly once (shared borders plus the outer border), each line with the
  code(s) and name(s) of the one or two regions it separates. About half the vertices of the outlines and
  no doubled strokes; the default overlay for drawing region borders on top of a gemeente choropleth.
Both are lines, never polygons, so an overlay does not capture clicks meant for the gemeenten below.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.errors import GEOSException

from geo.paths import GEMEENTEN_FILE
from geo.regions import OPTIONAL_EXTRA_COLUMNS, load_indeling, load_region_table

WGS84 = "EPSG:4326"
LONLAT_DECIMALS = 5
# A border line's midpoint lies on the boundary of each region it separates; allow float noise only.
_ON_BOUNDARY_DEG = 1e-9

GEMEENTE_LAYER_COLUMNS = [
    "gm_code",
    "gm_naam",
    "pv_code",
    "pv_naam",
    "ggd_code",
    "ggd_naam",
    "regio_code",
    "regio_naam",
    "zorgverzekeraar",
    "rol",
    "geverifieerd",
]


@dataclass(frozen=True)
class Layers:
    """Everything the map draws. gemeenten has one row per gemeente with all its regions and lon/lat of a
    point inside it; provincies, ggd_regios and regios are dissolved (code, naam, n_gemeenten, geometry;
    regios also zorgverzekeraar, rol, geverifieerd)."""

    gemeenten: gpd.GeoDataFrame
    provincies: gpd.GeoDataFrame
    ggd_regios: gpd.GeoDataFrame
    regios: gpd.GeoDataFrame


def load_gemeenten(path: Path | None = None) -> gpd.GeoDataFrame:
    """The shipped, simplified gemeenten 2025: gm_code, gm_naam, geometry (EPSG:4326), sorted by code."""
    raw = gpd.read_file(path or GEMEENTEN_FILE)
    frame = gpd.GeoDataFrame(
        {"gm_code": raw["gm_code"].astype(str), "gm_naam": raw["gm_naam"].astype(str)},
        geometry=raw.geometry.values,
        crs=raw.crs or WGS84,
    )
    return frame.sort_values("gm_code", ignore_index=True)


def union_coverage(geometries: np.ndarray) -> shapely.Geometry:
    """Union polygons that form a coverage; exact on shared edges and much faster than an overlay.

    Falls back to a full overlay when the input is not an edge-matched coverage (e.g. a user's file).
    """
    if len(geometries) == 1:
        first: shapely.Geometry = geometries[0]
        return first
    try:
        if shapely.coverage_is_valid(geometries):
            merged = shapely.coverage_union_all(geometries)
            if merged.is_valid and not merged.is_empty:
                return merged
    except GEOSException:
        pass
    return shapely.union_all(geometries)


def dissolve(
    gemeenten: gpd.GeoDataFrame, mapping: pd.DataFrame, code_col: str, name_col: str
) -> gpd.GeoDataFrame:
    """Merge gemeenten into regions given by mapping (gm_code -> code_col, name_col).

    Returns code, naam, n_gemeenten, geometry sorted by code. Gemeenten without a region are left out.
    """
    members = gemeenten[["gm_code", "geometry"]].merge(
        mapping[["gm_code", code_col, name_col]], on="gm_code", how="inner", validate="one_to_one"
    )
    members = members[members[code_col].notna() & (members[code_col].astype(str) != "")]
    rows = []
    for code, group in members.groupby(code_col, sort=True):
        rows.append(
            {
                "code": str(code),
                "naam": str(group[name_col].iloc[0]),
                "n_gemeenten": len(group),
                "geometry": union_coverage(np.asarray(group.geometry.values)),
            }
        )
    columns = ["code", "naam", "n_gemeenten", "geometry"]
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=columns), geometry="geometry", crs=gemeenten.crs)


def _as_multilinestring(geometry: shapely.Geometry) -> shapely.MultiLineString:
    if isinstance(geometry, shapely.MultiLineString):
        return geometry
    return shapely.MultiLineString(list(shapely.get_parts(geometry)))


def region_outlines(regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Each region's border as one MultiLineString with its code and naam (for tooltips on borders)."""
    outlines = [_as_multilinestring(shapely.boundary(geometry)) for geometry in regions.geometry]
    return gpd.GeoDataFrame(
        {"code": regions["code"].to_numpy(), "naam": regions["naam"].to_numpy()},
        geometry=outlines,
        crs=regions.crs,
    )


def internal_borders(regions: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """All region borders as lines, each stretch once: shared borders and the outer border.

    Columns: codes and namen of the region(s) on either side (" | "-joined), n_regios (1 = outer border),
    geometry (LineString).
    """
    boundaries = shapely.boundary(regions.geometry.values)
    # The union nodes the linework and keeps each shared segment once; merging then joins the segments
    # into one line per stretch between two junctions.
    lines = shapely.get_parts(shapely.line_merge(shapely.union_all(boundaries)))
    midpoints = shapely.line_interpolate_point(lines, 0.5, normalized=True)
    line_index, region_index = shapely.STRtree(boundaries).query(
        midpoints, predicate="dwithin", distance=_ON_BOUNDARY_DEG
    )
    codes = regions["code"].to_numpy()
    names = regions["naam"].to_numpy()
    sides: list[list[int]] = [[] for _ in lines]
    for line, region in zip(line_index, region_index, strict=True):
        sides[line].append(int(region))
    rows = []
    for line, regions_here in zip(lines, sides, strict=True):
        ordered = sorted(regions_here, key=lambda index: codes[index])
        rows.append(
            {
                "codes": " | ".join(str(codes[index]) for index in ordered),
                "namen": " | ".join(str(names[index]) for index in ordered),
                "n_regios": len(ordered),
                "geometry": line,
            }
        )
    frame = gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=["codes", "namen", "n_regios", "geometry"]),
        geometry="geometry",
        crs=regions.crs,
    )
    return frame.sort_values(["codes"], kind="stable", ignore_index=True)


def _region_attributes(table: pd.DataFrame) -> pd.DataFrame:
    """One row per regio_code: insurer, role(s), verified only when every member row is verified."""
    extras = [column for column in OPTIONAL_EXTRA_COLUMNS if column in table]

    def joined(values: pd.Series) -> str:
        return "; ".join(dict.fromkeys(value for value in values.astype(str) if value))

    aggregations: dict[str, Any] = {"zorgverzekeraar": "first", "rol": joined, "geverifieerd": "all"}
    aggregations.update(dict.fromkeys(extras, joined))
    return table.groupby("regio_code", sort=True).agg(aggregations).reset_index()


def _representative_lonlat(geometries: gpd.GeoSeries) -> tuple[np.ndarray, np.ndarray]:
    points = shapely.point_on_surface(geometries.values)
    return (
        np.round(shapely.get_x(points), LONLAT_DECIMALS),
        np.round(shapely.get_y(points), LONLAT_DECIMALS),
    )


def _check_complete(gemeenten: gpd.GeoDataFrame, table: pd.DataFrame, what: str) -> None:
    missing = sorted(set(gemeenten["gm_code"]) - set(table["gm_code"]))
    if missing:
        raise ValueError(f"{what} mist {len(missing)} gemeente(n): {', '.join(missing[:10])}")


def load_layers(region_table: pd.DataFrame | None = None) -> Layers:
    """Build all map layers from the shipped files; region_table defaults to load_region_table().

    Not cached here: the dashboard caches at its own boundary.
    """
    gemeenten = load_gemeenten()
    indeling = load_indeling()
    table = load_region_table() if region_table is None else region_table
    _check_complete(gemeenten, indeling, "De regio-indeling")
    _check_complete(gemeenten, table, "De regiotabel")

    extras = [column for column in OPTIONAL_EXTRA_COLUMNS if column in table]
    region_columns = [
        "gm_code",
        "regio_code",
        "regio_naam",
        "zorgverzekeraar",
        "rol",
        "geverifieerd",
        *extras,
    ]
    merged = gemeenten.merge(
        indeling[["gm_code", "pv_code", "pv_naam", "ggd_code", "ggd_naam"]],
        on="gm_code",
        validate="one_to_one",
    ).merge(table[region_columns], on="gm_code", validate="one_to_one")
    lon, lat = _representative_lonlat(merged.geometry)
    layer = gpd.GeoDataFrame(
        merged[[*GEMEENTE_LAYER_COLUMNS, *extras]].assign(lon=lon, lat=lat),
        geometry=merged.geometry.values,
        crs=gemeenten.crs,
    )
    layer["geverifieerd"] = layer["geverifieerd"].astype(bool)

    regios = dissolve(gemeenten, table, "regio_code", "regio_naam")
    attributes = _region_attributes(table).rename(columns={"regio_code": "code"})
    regios = regios.merge(attributes, on="code", validate="one_to_one")
    regio_columns = [
        "code",
        "naam",
        "zorgverzekeraar",
        "rol",
        "geverifieerd",
        *extras,
        "n_gemeenten",
        "geometry",
    ]
    return Layers(
        gemeenten=layer,
        provincies=dissolve(gemeenten, indeling, "pv_code", "pv_naam"),
        ggd_regios=dissolve(gemeenten, indeling, "ggd_code", "ggd_naam"),
        regios=gpd.GeoDataFrame(regios[regio_columns], geometry="geometry", crs=gemeenten.crs),
    )
