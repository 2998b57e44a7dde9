"""Rebuild the shipped geo data in data/ from the source files in ../shared/data.

Run offline, once, by a developer: `python -m geo build`. The app never reads the source files.
The output is byte-for-byte reproducible, so a rebuild shows up in git only when something changed.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from dashboard.i18n.messages import ListOf, Msg, MsgError
from geo.encode import browser_geometry
from geo.paths import (
    BROWSER_GEMEENTEN_FILE,
    CROSSWALK_FILE,
    DATA_DIR,
    GEMEENTEN_FILE,
    INDELING_FILE,
    REGION_TABLE_FILE,
    SHARED_DATA,
)

RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"
# Shared edges in the CBS file differ by float noise far below a centimetre; snapping to 1 cm makes
# them identical, which simplify_coverage needs to recognise them as shared.
SNAP_GRID_M = 0.01
# Visvalingam–Whyatt tolerance (≈ square root of the removed triangle area). 400 m keeps every gemeente
# recognisable at national and regional zoom (smallest gemeente IoU ≈ 0.90) at ~12k vertices / ~270 KB.
DEFAULT_TOLERANCE_M = 400.0
# 5 decimals ≈ 1 m: far below the simplification error, and every shared vertex rounds identically.
COORD_DECIMALS = 5

GEMEENTEN_SOURCE_NAME = "gemeente_2024_wgs84.geojson"
INDELING_SOURCE_NAME = "gemeente_regio_indeling_2025.csv"
CROSSWALK_SOURCE_NAME = "gemeente_code_crosswalk_2019_2025.csv"
UITVOERDER_SOURCE_NAME = "zorgkantoorregio_uitvoerder_2014_2015.csv"

REGION_TABLE_COLUMNS = [
    "gm_code",
    "gm_naam",
    "regio_code",
    "regio_naam",
    "zorgverzekeraar",
    "rol",
    "geverifieerd",
]
# The 2015 designation names the zorgkantoor, which is usually but not always the VNG–ZN "trekker".
ROLE_ZORGKANTOOR_2015 = "zorgkantoor (aanwijzing 2015)"
UNKNOWN_INSURER = "onbekend (te controleren)"
UNVERIFIED_MARK = "UNVERIFIED"
# concern_2015 as written in the source -> the name a civil servant knows.
CONCERN_LABELS = {
    "Achmea (Zilveren Kruis)": "Zilveren Kruis (Achmea)",
    "Achmea (De Friesland)": "De Friesland (Achmea)",
    "Menzis": "Menzis",
    "VGZ": "VGZ",
    "CZ": "CZ",
    "DSW": "DSW",
    "Zorg en Zekerheid": "Zorg en Zekerheid",
    "Salland (later Eno, renamed Salland again)": "Salland",
}
# 2025 regions that replace 2014/2015 ones; they inherit the zorgkantoor when all predecessors agree.
MERGED_REGIONS = {"ZK33": ("ZK05", "ZK15")}


class BuildError(MsgError, RuntimeError):
    """The sources do not give a valid, complete result; nothing should be written. `msg` says why, in any
    language."""


@dataclass(frozen=True)
class BuildReport:
    gemeenten_file: Path
    gemeenten_bytes: int
    vertices_source: int
    vertices_shipped: int
    tolerance_m: float
    written: tuple[Path, ...]


def read_source_gemeenten(path: Path) -> gpd.GeoDataFrame:
    """The CBS gemeente file as gm_code, gm_naam, geometry (EPSG:4326), sorted by code."""
    raw = gpd.read_file(path)
    frame = gpd.GeoDataFrame(
        {"gm_code": raw["statcode"].astype(str), "gm_naam": raw["statnaam"].astype(str)},
        geometry=raw.geometry.values,
        crs=raw.crs or WGS84,
    ).to_crs(WGS84)
    return frame.sort_values("gm_code", ignore_index=True)


def count_vertices(geometries: gpd.GeoSeries | np.ndarray) -> int:
    values = geometries.values if isinstance(geometries, gpd.GeoSeries) else geometries
    return int(shapely.get_num_coordinates(values).sum())


def _require_coverage(geometries: np.ndarray, step: str) -> None:
    if shapely.is_empty(geometries).any():
        raise BuildError(Msg("geo.build.empty", step=step))
    if not shapely.is_valid(geometries).all():
        raise BuildError(Msg("geo.build.invalid", step=step))
    if not shapely.coverage_is_valid(geometries):
        raise BuildError(Msg("geo.build.coverage", step=step))


def _round_coordinates(coordinates: np.ndarray) -> np.ndarray:
    return np.round(coordinates, COORD_DECIMALS)


def simplify_gemeenten(
    source: gpd.GeoDataFrame, tolerance_m: float = DEFAULT_TOLERANCE_M
) -> gpd.GeoDataFrame:
    """Simplify the gemeenten as one coverage, so neighbours keep exactly the same shared edges."""
    rd = source.to_crs(RD_NEW)
    snapped = shapely.set_precision(rd.geometry.values, SNAP_GRID_M)
    _require_coverage(snapped, "na snappen")
    simplified = gpd.GeoSeries(snapped, crs=RD_NEW).simplify_coverage(tolerance_m)
    _require_coverage(np.asarray(simplified.values), "na vereenvoudigen")
    lonlat = simplified.to_crs(WGS84).values
    # set_precision removes vertices that collapse onto each other; the explicit round afterwards only
    # turns grid values into the shortest decimal text, so the file holds exactly what was validated.
    gridded = shapely.set_precision(lonlat, 10.0**-COORD_DECIMALS)
    rounded = shapely.transform(gridded, _round_coordinates)
    oriented = shapely.orient_polygons(rounded, exterior_cw=False)  # RFC 7946: exterior rings CCW
    _require_coverage(oriented, "na afronden")
    return gpd.GeoDataFrame(
        {"gm_code": source["gm_code"].to_numpy(), "gm_naam": source["gm_naam"].to_numpy()},
        geometry=oriented,
        crs=WGS84,
    )


def gemeenten_geojson(gemeenten: gpd.GeoDataFrame) -> str:
    """Compact, deterministic GeoJSON text: only gm_code and gm_naam as properties."""
    features = [
        {
            "type": "Feature",
            "properties": {"gm_code": code, "gm_naam": name},
            "geometry": mapping(geometry),
        }
        for code, name, geometry in zip(
            gemeenten["gm_code"], gemeenten["gm_naam"], gemeenten.geometry, strict=True
        )
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"


def _insurer(concern: str, region: str) -> tuple[str, bool]:
    if UNVERIFIED_MARK in concern:
        return UNKNOWN_INSURER, False
    if concern not in CONCERN_LABELS:
        raise BuildError(Msg("geo.build.unknown_concern", region=region, concern=concern))
    return CONCERN_LABELS[concern], True


def insurer_per_region(uitvoerder: pd.DataFrame) -> dict[str, tuple[str, bool]]:
    """zk code -> (zorgverzekeraar, geverifieerd), including 2025 regions formed by a merger."""
    result = {
        str(code): _insurer(str(concern).strip(), str(code))
        for code, concern in zip(uitvoerder["cbs_zk_code_2016"], uitvoerder["concern_2015"], strict=True)
    }
    for merged, predecessors in MERGED_REGIONS.items():
        inherited = {result[code] for code in predecessors if code in result}
        if len(inherited) != 1 or not all(code in result for code in predecessors):
            raise BuildError(
                Msg("geo.build.merged_insurer", region=merged, predecessors=ListOf.of(predecessors))
            )
        result[merged] = inherited.pop()
    return result


def build_region_table(indeling: pd.DataFrame, uitvoerder: pd.DataFrame) -> pd.DataFrame:
    """The default VNG–ZN region table: zorgkantoorregio 2025 per gemeente, with the 2015 zorgkantoor."""
    insurers = insurer_per_region(uitvoerder)
    missing = sorted(set(indeling["zk_code"]) - set(insurers))
    if missing:
        raise BuildError(Msg("geo.build.no_zorgkantoor", n=len(missing), regions=ListOf.of(missing)))
    rows = [
        {
            "gm_code": row.gm_code,
            "gm_naam": row.gm_naam,
            "regio_code": row.zk_code,
            "regio_naam": row.zk_naam,
            "zorgverzekeraar": insurers[str(row.zk_code)][0],
            "rol": ROLE_ZORGKANTOOR_2015,
            "geverifieerd": "ja" if insurers[str(row.zk_code)][1] else "nee",
        }
        for row in indeling.itertuples(index=False)
    ]
    table = pd.DataFrame(rows, columns=REGION_TABLE_COLUMNS)
    return table.sort_values(["regio_code", "gm_naam", "gm_code"], ignore_index=True)


def _write_text(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def build(
    source_dir: Path = SHARED_DATA,
    out_dir: Path = DATA_DIR,
    gemeenten_source: Path | None = None,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
    browser_file: Path | None = None,
) -> BuildReport:
    """Write gemeenten_2025.geojson, the two copied CSVs and vngzn_regios.csv into out_dir, and the
    polyline-encoded copy of the gemeenten that the map's browser code fetches into browser_file (by default
    static/geo/ for the shipped build, or out_dir itself when building elsewhere)."""
    if browser_file is None:
        browser_file = (
            BROWSER_GEMEENTEN_FILE if out_dir == DATA_DIR else out_dir / BROWSER_GEMEENTEN_FILE.name
        )
    gemeenten_source = gemeenten_source or source_dir / GEMEENTEN_SOURCE_NAME
    if not gemeenten_source.is_file():
        raise BuildError(Msg("geo.build.source_missing", path=str(gemeenten_source)))
    source = read_source_gemeenten(gemeenten_source)
    simplified = simplify_gemeenten(source, tolerance_m)
    indeling = pd.read_csv(source_dir / INDELING_SOURCE_NAME, dtype=str, keep_default_na=False)
    uitvoerder = pd.read_csv(source_dir / UITVOERDER_SOURCE_NAME, dtype=str, keep_default_na=False)
    if set(indeling["gm_code"]) != set(simplified["gm_code"]):
        raise BuildError(Msg("geo.build.gemeenten_differ"))
    region_table = build_region_table(indeling, uitvoerder)

    out_dir.mkdir(parents=True, exist_ok=True)
    geojson_path = out_dir / GEMEENTEN_FILE.name
    _write_text(geojson_path, gemeenten_geojson(simplified))
    shutil.copyfile(source_dir / INDELING_SOURCE_NAME, out_dir / INDELING_FILE.name)
    shutil.copyfile(source_dir / CROSSWALK_SOURCE_NAME, out_dir / CROSSWALK_FILE.name)
    region_path = out_dir / REGION_TABLE_FILE.name
    _write_text(region_path, region_table.to_csv(index=False, lineterminator="\n"))
    browser_file.parent.mkdir(parents=True, exist_ok=True)
    _write_text(browser_file, browser_geometry(gpd.read_file(geojson_path)))
    return BuildReport(
        gemeenten_file=geojson_path,
        gemeenten_bytes=geojson_path.stat().st_size,
        vertices_source=count_vertices(source.geometry),
        vertices_shipped=count_vertices(simplified.geometry),
        tolerance_m=tolerance_m,
        written=(
            geojson_path,
            out_dir / INDELING_FILE.name,
            out_dir / CROSSWALK_FILE.name,
            region_path,
            browser_file,
        ),
    )
