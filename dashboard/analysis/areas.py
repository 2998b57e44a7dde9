"""Per-gemeente figures: which filtered initiatives cover a gemeente and the highest level among them.

An initiative counts in every gemeente it names. Wijk-level initiatives are kept apart: one wijk project must not
paint a whole gemeente as if it covered it all, so the fill uses only initiatives at gemeente level or wider
and wijk-only gemeenten are flagged for their own drawing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import pandas as pd

from dashboard.core.schema import LEVEL_RANK, UNKNOWN_LEVEL

# Not a level: the gemeente has no (filtered) initiative at all.
NO_INITIATIVE: Final = "geen_initiatief"
FLAG_INTERVENTIONS: Final = ("gli", "valpreventie", "welzijn_op_recept")

SUMMARY_COLUMNS: Final = (
    "gm_code",
    "n_initiatieven",
    "n_wijk",
    "hoogste_niveau",
    "hoogste_niveau_wijk",
    "alleen_wijk",
    "coalitie",
    *(f"biedt_{code}" for code in FLAG_INTERVENTIONS),
)


def highest_level(levels: Iterable[str]) -> str:
    """Highest ranked level; "onbekend" only when no level is known; NO_INITIATIVE for nothing at all."""
    levels = list(levels)
    ranked = [level for level in levels if level in LEVEL_RANK]
    if ranked:
        return max(ranked, key=LEVEL_RANK.__getitem__)
    return UNKNOWN_LEVEL if levels else NO_INITIATIVE


def coverage(records: pd.DataFrame) -> pd.DataFrame:
    """One row per (initiative row, gemeente) it covers."""
    columns = [
        "id",
        "jaar",
        "reikwijdte",
        "samenwerkingsniveau",
        "preventiecoalitie",
        "interventies",
        "gemeenten",
    ]
    exploded = records[columns].explode("gemeenten").rename(columns={"gemeenten": "gm_code"})
    return exploded.dropna(subset=["gm_code"]).reset_index(drop=True)


def gemeente_summary(records: pd.DataFrame, gm_codes: Iterable[str]) -> pd.DataFrame:
    """Figures per gemeente for every code in ``gm_codes`` (gemeenten without initiatives included)."""
    cov = coverage(records)
    is_wijk = cov["reikwijdte"] == "wijk"
    wide, wijk = cov[~is_wijk], cov[is_wijk]
    codes = list(gm_codes)
    out = pd.DataFrame({"gm_code": codes}).set_index("gm_code")
    out["n_initiatieven"] = cov.groupby("gm_code")["id"].size().reindex(codes, fill_value=0)
    out["n_wijk"] = wijk.groupby("gm_code")["id"].size().reindex(codes, fill_value=0)
    out["hoogste_niveau"] = (
        wide.groupby("gm_code")["samenwerkingsniveau"].agg(highest_level).reindex(codes).fillna(NO_INITIATIVE)
    )
    out["hoogste_niveau_wijk"] = (
        wijk.groupby("gm_code")["samenwerkingsniveau"].agg(highest_level).reindex(codes).fillna(NO_INITIATIVE)
    )
    out["alleen_wijk"] = (out["n_wijk"] > 0) & (out["n_wijk"] == out["n_initiatieven"])
    out["coalitie"] = cov.groupby("gm_code")["preventiecoalitie"].any().reindex(codes, fill_value=False)
    for code in FLAG_INTERVENTIONS:
        offers = cov["interventies"].map(lambda values, c=code: c in values)
        out[f"biedt_{code}"] = offers.groupby(cov["gm_code"]).any().reindex(codes, fill_value=False)
    return out.reset_index()[list(SUMMARY_COLUMNS)]


def initiatives_in(records: pd.DataFrame, gm_code: str) -> pd.DataFrame:
    """The records covering one gemeente, highest level first ("onbekend" last, never below "geen")."""
    # astype(bool): on an empty frame map() gives an object Series, which pandas would read as column labels.
    rows = records[records["gemeenten"].map(lambda codes: gm_code in codes).astype(bool)]
    rank = rows["samenwerkingsniveau"].map(lambda level: LEVEL_RANK.get(level, -1))
    return (
        rows.assign(_rank=rank).sort_values(["_rank", "naam"], ascending=[False, True]).drop(columns="_rank")
    )
