"""Vergelijkbare gemeenten (pure): the gemeenten most like a chosen one, as waarstaatjegemeente compares.

Four criteria, all from shipped files: inwoners and the share of 65-plussers and of one-person households (CBS
Kerncijfers/Wijk- en Buurtkaart 2024), and inwoners per km², computed from the shipped boundaries (area in
ETRS89-LAEA, an equal-area projection; the CBS outlines include inland water, so the density is per km² of
total area, not land area). Each chosen criterion is standardised over all gemeenten (z-score); inwoners and
density on a log scale, because they span three orders of magnitude and a city of 900,000 is not "ten times as
far" from one of 90,000 as that one is from 9,000. The distance is Euclidean over the chosen criteria; ties go
by gemeente code, so the same input always gives the same list, whatever the row order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import geopandas as gpd
import numpy as np
import pandas as pd

CRITERIA: Final = ("inwoners", "pct_65plus", "dichtheid", "pct_eenpersoonshuishoudens")
LOG_CRITERIA: Final = frozenset({"inwoners", "dichtheid"})
N_SIMILAR: Final = 10
EQUAL_AREA_CRS: Final = 3035  # ETRS89-LAEA Europe


def areas_km2(gemeenten: gpd.GeoDataFrame) -> pd.Series:
    """Area in km² per gm_code, measured in an equal-area projection."""
    projected = gemeenten.to_crs(EQUAL_AREA_CRS)
    return pd.Series(projected.area.to_numpy() / 1e6, index=gemeenten["gm_code"].to_numpy(), name="km2")


def gemeente_features(context: pd.DataFrame, areas: pd.Series) -> pd.DataFrame:
    """gm_code, gm_naam, the four criteria and oppervlakte_km2, one row per gemeente of ``context``."""
    out = context[["gm_code", "gm_naam", "inwoners", "pct_65plus", "pct_eenpersoonshuishoudens"]].copy()
    out["oppervlakte_km2"] = out["gm_code"].map(areas).astype(float)
    out["dichtheid"] = out["inwoners"] / out["oppervlakte_km2"].where(out["oppervlakte_km2"] > 0)
    return out[["gm_code", "gm_naam", *CRITERIA, "oppervlakte_km2"]].reset_index(drop=True)


def chosen_criteria(criteria: Iterable[str]) -> tuple[str, ...]:
    """The criteria in their fixed order; ValueError for none or an unknown one."""
    wanted = set(criteria)
    unknown = wanted - set(CRITERIA)
    if unknown:
        raise ValueError(f"unknown criteria: {sorted(unknown)}")
    if not wanted:
        raise ValueError("choose at least one criterion")
    return tuple(c for c in CRITERIA if c in wanted)


def _standardised(features: pd.DataFrame, criteria: tuple[str, ...]) -> pd.DataFrame:
    out = pd.DataFrame(index=features.index)
    for criterion in criteria:
        values = features[criterion].astype(float)
        if criterion in LOG_CRITERIA:
            values = values.where(values > 0).map(np.log10)
        # Mean and spread over the sorted values: the same bits whatever the order of the rows.
        known = np.sort(values.dropna().to_numpy())
        mean = float(np.mean(known)) if len(known) else 0.0
        spread = float(np.sqrt(np.mean((known - mean) ** 2))) if len(known) else 0.0
        out[criterion] = (values - mean) / spread if spread > 0 else 0.0 * values
    return out


def similar_gemeenten(
    features: pd.DataFrame, gm_code: str, criteria: Iterable[str] = CRITERIA, n: int = N_SIMILAR
) -> pd.DataFrame:
    """The ``n`` gemeenten nearest ``gm_code`` over ``criteria``: gm_code and afstand (0 = identical), nearest
    first. Gemeenten without a value for a chosen criterion are left out; a chosen gemeente without one gives
    an empty list. KeyError when ``gm_code`` is not in ``features``."""
    chosen = chosen_criteria(criteria)
    codes = features["gm_code"]
    if gm_code not in set(codes):
        raise KeyError(gm_code)
    z = _standardised(features, chosen)
    complete = z.notna().all(axis=1)
    own = z[codes == gm_code].iloc[0]
    if own.isna().any():
        return pd.DataFrame({"gm_code": pd.Series(dtype=str), "afstand": pd.Series(dtype=float)})
    distance = np.sqrt(((z - own) ** 2).sum(axis=1))
    candidates = pd.DataFrame({"gm_code": codes, "afstand": distance})[complete & (codes != gm_code)]
    ranked = candidates.sort_values(["afstand", "gm_code"], kind="stable", ignore_index=True)
    return ranked.head(max(n, 0))
