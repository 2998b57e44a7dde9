"""Compact geometry for the browser: Google's encoded-polyline format (5 decimals, delta + zigzag, base64-ish).

A gemeente ring of N vertices costs ~5 characters per vertex instead of ~20 in GeoJSON, so the whole coverage
travels in a fraction of the bytes. The map's JavaScript decodes it (``dashboard/mapjs.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import geopandas as gpd
import numpy as np
import shapely

PRECISION = 5
FORMAT = "preventiekaart-polyline-2"


def _encode_values(values: Iterable[int]) -> str:
    out = []
    for value in values:
        v = ~(value << 1) if value < 0 else value << 1
        while v >= 0x20:
            out.append(chr((0x20 | (v & 0x1F)) + 63))
            v >>= 5
        out.append(chr(v + 63))
    return "".join(out)


def encode_coords(lonlat: np.ndarray, precision: int = PRECISION) -> str:
    """Encode an (N, 2) array of lon/lat as one polyline string (lat first, as the format prescribes)."""
    scaled = np.round(np.asarray(lonlat, dtype=float)[:, ::-1] * 10**precision).astype(np.int64)
    deltas = np.diff(scaled, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    return _encode_values(int(v) for v in deltas.ravel())


def decode(text: str, precision: int = PRECISION) -> np.ndarray:
    """Inverse of encode_coords: (N, 2) lon/lat."""
    values, i = [], 0
    while i < len(text):
        shift = result = 0
        while True:
            b = ord(text[i]) - 63
            i += 1
            result |= (b & 0x1F) << shift
            shift += 5
            if b < 0x20:
                break
        values.append(~(result >> 1) if result & 1 else result >> 1)
    latlon: np.ndarray = np.cumsum(np.array(values, dtype=np.int64).reshape(-1, 2), axis=0) / 10**precision
    return latlon[:, ::-1]


def encode_polygonal(geometry: shapely.Geometry) -> list[list[str]]:
    """Each polygon as [exterior, *holes], every ring encoded."""
    polygons = shapely.get_parts(geometry)
    return [
        [encode_coords(shapely.get_coordinates(p.exterior))]
        + [encode_coords(shapely.get_coordinates(r)) for r in p.interiors]
        for p in polygons
    ]


def encode_lines(geometry: shapely.Geometry) -> list[str]:
    """Each part of a (Multi)LineString encoded."""
    return [encode_coords(shapely.get_coordinates(part)) for part in shapely.get_parts(geometry)]


def browser_geometry(gemeenten: gpd.GeoDataFrame) -> str:
    """The gemeente coverage as compact JSON for the map: ids, names and encoded rings.

    The names travel here, once per map, so that a rerun's tooltips need only what the filters change.
    """
    features = [
        {"id": code, "n": name, "p": encode_polygonal(geom)}
        for code, name, geom in zip(
            gemeenten["gm_code"], gemeenten["gm_naam"], gemeenten.geometry, strict=True
        )
    ]
    return json.dumps({"format": FORMAT, "precision": PRECISION, "features": features}, separators=(",", ":"))
