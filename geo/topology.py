"""Which regions border which: for colouring neighbours apart."""

from __future__ import annotations

import geopandas as gpd


def neighbours(regions: gpd.GeoDataFrame, code_col: str = "code") -> dict[str, set[str]]:
    """Codes of the regions sharing a border (more than a single point) with each region."""
    codes = list(regions[code_col])
    geoms = regions.geometry.to_numpy()
    left, right = regions.sindex.query(geoms, predicate="intersects")
    out: dict[str, set[str]] = {code: set() for code in codes}
    for i, j in zip(left, right, strict=True):
        if i == j:
            continue
        # Regions meeting at one corner may share a colour; only a shared edge makes them neighbours.
        if geoms[i].intersection(geoms[j]).length > 0:
            out[codes[i]].add(codes[j])
    return out
