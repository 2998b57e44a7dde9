"""National statistics over the records frame (pure functions; no I/O).

Rows are one initiative per year. With a year selected every row is one initiative; without one (year=None)
rows of different years are counted separately, so an initiative that ran in 2019 and 2020 counts twice —
the statistics then describe "initiative-years", which is what pooling several RIVM measurements means.

Percentages have one decimal and are 0.0 when there is nothing to divide by.
"""

from __future__ import annotations

from itertools import chain
from typing import Literal

import pandas as pd

from dashboard.core import schema
from dashboard.ingest.vocab import involved_parties

Base = Literal["offering", "all"]


def pct(part: int, whole: int) -> float:
    """part/whole as a percentage with one decimal; 0.0 for an empty whole (never ZeroDivisionError)."""
    return round(100.0 * part / whole, 1) if whole else 0.0


def for_year(df: pd.DataFrame, year: int | None) -> pd.DataFrame:
    """The rows of one year, or all rows when year is None."""
    return df if year is None else df[df["jaar"] == year]


def available_years(df: pd.DataFrame) -> list[int]:
    return sorted(int(year) for year in df["jaar"].unique())


def _has(df: pd.DataFrame, column: str, code: str) -> pd.Series:
    return df[column].map(lambda values: code in values).astype(bool)


def involves(df: pd.DataFrame, party: str) -> pd.Series:
    """Per row: is `party` involved? An initiative that names an insurer involves a zorgverzekeraar."""
    if df.empty:
        return pd.Series([], dtype=bool)
    involved = [
        party in involved_parties(partijen, insurers)
        for partijen, insurers in zip(df["partijen"], df["zorgverzekeraars"], strict=True)
    ]
    return pd.Series(involved, index=df.index, dtype=bool)


def level_counts(df: pd.DataFrame) -> dict[str, int]:
    """Initiatives per collaboration level: all seven levels in schema order, zeros included."""
    counts = df["samenwerkingsniveau"].value_counts()
    return {level: int(counts.get(level, 0)) for level in schema.LEVELS}


def preventiecoalities(df: pd.DataFrame) -> int:
    return int(df["preventiecoalitie"].sum())


# Per code: how many initiatives have it, and out of how many (the denominator of the percentage).
Counts = tuple[dict[str, int], int]


def as_pct(counts: Counts) -> dict[str, float]:
    having, whole = counts
    return {code: pct(n, whole) for code, n in having.items()}


def party_counts(df: pd.DataFrame) -> Counts:
    """Initiatives in which each canonical party is involved (free-text partners are not counted), of all."""
    return {party: int(involves(df, party).sum()) for party in schema.PARTIES}, len(df)


def parties_pct(df: pd.DataFrame) -> dict[str, float]:
    return as_pct(party_counts(df))


def offers_intervention(df: pd.DataFrame) -> pd.Series:
    """Per row: does the initiative offer at least one intervention of VWS's interventiegerichte aanpak?"""
    canonical = set(schema.INTERVENTION_VOCABULARY)
    return df["interventies"].map(lambda values: bool(canonical.intersection(values))).astype(bool)


def intervention_counts(df: pd.DataFrame, base: Base = "offering") -> Counts:
    """Initiatives per intervention, of those offering at least one ("offering", RIVM's "of those") or of all.

    RIVM states the base explicitly only for Welzijn op Recept; the dashboard lets the user switch.
    """
    if base not in ("offering", "all"):
        raise ValueError(f"base must be 'offering' or 'all', not {base!r}")
    scope = df[offers_intervention(df)] if base == "offering" and len(df) else df
    present = {code for values in df["interventies"] for code in values} if len(df) else set()
    codes = schema.interventions_counted(df["jaar"].unique() if len(df) else (), present)
    return {code: int(_has(scope, "interventies", code).sum()) for code in codes}, len(scope)


def interventions_pct(df: pd.DataFrame, base: Base = "offering") -> dict[str, float]:
    return as_pct(intervention_counts(df, base))


def offering_any_pct(df: pd.DataFrame) -> float:
    """% of initiatives offering at least one of the five interventions (free-text interventions do not count)."""
    return pct(int(offers_intervention(df).sum()), len(df))


def gli_program_counts(df: pd.DataFrame) -> Counts:
    """Initiatives offering GLI that name each GLI programme (an initiative may name several), of those with GLI."""
    scope = df[_has(df, "interventies", "gli")] if len(df) else df
    return {code: int(_has(scope, "gli_programmas", code).sum()) for code in schema.GLI_PROGRAMS}, len(scope)


def gli_programs_pct(df: pd.DataFrame) -> dict[str, float]:
    return as_pct(gli_program_counts(df))


def agreements_pct(df: pd.DataFrame) -> dict[str, float]:
    """Of the initiatives with afstemming (levels 5–6): % with agreements on content, financing or both."""
    scope = df[df["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS)]
    counts = scope["afspraken"].value_counts()
    return {code: pct(int(counts.get(code, 0)), len(scope)) for code in schema.AGREEMENTS}


def gemeenten_covered(df: pd.DataFrame) -> int:
    """Number of distinct 2025 gemeenten with at least one initiative."""
    return len(set(chain.from_iterable(df["gemeenten"])))


def summary(df: pd.DataFrame, year: int | None = None) -> dict[str, object]:
    """Exactly the JSON of `python -m dashboard summary --json`."""
    rows = for_year(df, year)
    return {
        "year": year,
        "initiatives": len(rows),
        "preventiecoalities": preventiecoalities(rows),
        "collaboration_levels": level_counts(rows),
        "parties_pct": parties_pct(rows),
        "interventions_pct_of_offering": interventions_pct(rows, "offering"),
        "interventions_pct_of_all": interventions_pct(rows, "all"),
        "offering_any_pct": offering_any_pct(rows),
        "gemeenten_covered": gemeenten_covered(rows),
    }
