"""The numbers behind every chart (pure): one tidy table per chart, exactly what is drawn and downloaded.

Every table has the columns ``code``, ``label``, ``value``, ``n`` and ``base``: ``n`` initiatives out of ``base``
have the property and ``value`` is what the bar shows (a percentage with one decimal, or the count itself for
count charts). Comparison tables add ``scope``; the years table adds ``source`` ("RIVM" or "data").

Counting rule: filtering to a region or provincie keeps an initiative when it touches one of its gemeenten, so
an initiative spanning several regions counts once nationally and once in every region it touches.
"""

from __future__ import annotations

from typing import Final, Literal

import pandas as pd

from dashboard.analysis import aggregate
from dashboard.analysis.aggregate import Base, offers_intervention, pct
from dashboard.core import schema
from dashboard.i18n import label, t

TABLE_COLUMNS: Final = ("code", "label", "value", "n", "base")
SOURCE_RIVM: Final = "RIVM"
SOURCE_DATA: Final = "data"
Scope = Literal["region", "nl"]
CHART_KINDS: Final = ("partijen", "interventies", "gli", "niveaus", "jaren")


def _table(rows: list[tuple[str, str, float | int, int, int]]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=list(TABLE_COLUMNS))
    return table.astype({"code": "object", "label": "object", "n": "int64", "base": "int64"})


def _rows(
    kind: str, counts: aggregate.Counts, lang: str, year: int | None = None
) -> list[tuple[str, str, float, int, int]]:
    having, whole = counts
    return [(code, label(kind, code, lang, year), pct(n, whole), n, whole) for code, n in having.items()]


def label_year(records: pd.DataFrame) -> int | None:
    """The peiljaar that names the interventions: the earliest shown, so GALA's names appear only when every
    record is from 2023 or later (RIVM's names for a view that includes earlier years)."""
    return int(records["jaar"].min()) if len(records) else None


def parties_table(records: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """% of the initiatives involving each canonical party; gemeente and zorgverzekeraar first (as RIVM's
    figure 2), the others by descending share (schema order breaks ties)."""
    rows = _rows("party", aggregate.party_counts(records), lang)
    leading, rest = rows[:2], rows[2:]
    rest.sort(key=lambda row: -row[2])  # stable: equal shares keep schema order
    return _table(leading + rest)


def interventions_table(records: pd.DataFrame, base: Base = "offering", lang: str = "nl") -> pd.DataFrame:
    """% per intervention of VWS's interventiegerichte aanpak, of the initiatives offering at least one
    (``base="offering"``, RIVM's "of those") or of all initiatives (``base="all"``); schema order."""
    return _table(
        _rows("intervention", aggregate.intervention_counts(records, base), lang, label_year(records))
    )


def offering_any(records: pd.DataFrame) -> tuple[int, int]:
    """(initiatives offering at least one of the five interventions, all initiatives)."""
    return (int(offers_intervention(records).sum()) if len(records) else 0), len(records)


def gli_programs_table(records: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """% of the initiatives offering GLI that name each GLI programme (an initiative may name several)."""
    return _table(_rows("gli", aggregate.gli_program_counts(records), lang))


def levels_table(records: pd.DataFrame, lang: str = "nl", percent: bool = False) -> pd.DataFrame:
    """Initiatives per collaboration level in scale order (1 geen … 6 formeel), then "onbekend" last.

    ``value`` is the count, or with ``percent`` the share of all initiatives (the base includes "onbekend",
    so region and Nederland compare on the same footing).
    """
    counts = aggregate.level_counts(records)
    base = len(records)
    order = (*schema.RANKED_LEVELS, schema.UNKNOWN_LEVEL)
    rows = []
    for code in order:
        n = counts[code]
        rows.append((code, level_label(code, lang), pct(n, base) if percent else n, n, base))
    table = _table(rows)
    return table if percent else table.astype({"value": "int64"})


def level_label(code: str, lang: str = "nl") -> str:
    """A level's label with its rank, so the scale reads as a scale ("5 informele afspraken")."""
    rank = schema.level_rank(code)
    text = label("level", code, lang)
    return f"{rank} {text}" if rank is not None else t("chart.level.onbekend", lang)


def afstemming(records: pd.DataFrame) -> tuple[int, int, float]:
    """(initiatives with afstemming — levels 5–6 —, initiatives with a known level, their share in %).

    "onbekend" is missing data, so it is left out of the base (RIVM: 49 of the 114 with a known level in 2020).
    """
    levels = records["samenwerkingsniveau"]
    known = int((levels != schema.UNKNOWN_LEVEL).sum())
    n = int(levels.isin(schema.AFSTEMMING_LEVELS).sum())
    return n, known, pct(n, known)


def years_table(records: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """Initiatives per year: RIVM's published totals (``source`` "RIVM") and the loaded data's count per year
    (``source`` "data"), sorted by year, RIVM first. ``value`` = ``n`` = ``base`` = the count.

    Pass the records without a year filter: this chart is about the years.
    """
    rows = [
        (str(year), t("chart.years.rivm", lang, year=year), total, total, total, SOURCE_RIVM)
        for year, total in schema.RIVM_PUBLISHED_TOTALS.items()
    ]
    per_year = records.groupby("jaar")["id"].nunique() if len(records) else pd.Series(dtype="int64")
    for year_key, count in per_year.items():
        year = int(str(year_key))
        rows.append(
            (
                str(year),
                t("chart.years.data", lang, year=year),
                int(count),
                int(count),
                int(count),
                SOURCE_DATA,
            )
        )
    table = pd.DataFrame(rows, columns=[*TABLE_COLUMNS, "source"])
    table = table.astype({"value": "int64", "n": "int64", "base": "int64"})
    order = table["source"].map({SOURCE_RIVM: 0, SOURCE_DATA: 1})
    return table.assign(_o=order).sort_values(["code", "_o"], ignore_index=True).drop(columns="_o")


def level_mix_by_year_table(records: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """Per data year the share of each level (scale order, "onbekend" last), with an extra ``jaar`` column."""
    parts = [
        levels_table(rows, lang, percent=True).assign(jaar=int(str(year)))
        for year, rows in records.groupby("jaar", sort=True)
    ]
    if not parts:
        return pd.DataFrame(columns=[*TABLE_COLUMNS, "jaar"])
    return pd.concat(parts, ignore_index=True)


def chart_table(kind: str, records: pd.DataFrame, lang: str = "nl", base: Base = "offering") -> pd.DataFrame:
    """The table of one chart kind (see CHART_KINDS), as comparisons need it: shares, never raw counts."""
    if kind == "partijen":
        return parties_table(records, lang)
    if kind == "interventies":
        return interventions_table(records, base, lang)
    if kind == "gli":
        return gli_programs_table(records, lang)
    if kind == "niveaus":
        return levels_table(records, lang, percent=True)
    if kind == "jaren":
        table = years_table(records, lang)
        data_years = table[table["source"] == SOURCE_DATA].reset_index(drop=True)
        return data_years.assign(label=data_years["code"])
    raise ValueError(f"unknown chart kind: {kind}")


def drawn_table(kind: str, records: pd.DataFrame, lang: str = "nl", base: Base = "offering") -> pd.DataFrame:
    """Exactly the numbers the national chart of ``kind`` draws (levels as counts, years with RIVM's totals)."""
    if kind == "niveaus":
        return levels_table(records, lang)
    if kind == "jaren":
        return years_table(records, lang)
    return chart_table(kind, records, lang, base)


def compare_table(table_region: pd.DataFrame, table_nl: pd.DataFrame) -> pd.DataFrame:
    """Region and Nederland rows of the same chart stacked, with ``scope`` "region"/"nl" (NL's order)."""
    return pd.concat([table_region.assign(scope="region"), table_nl.assign(scope="nl")], ignore_index=True)


def key_figures(records: pd.DataFrame) -> dict[str, tuple[int, int, float]]:
    """Headline numbers as (n, base, %): afstemming, preventiecoalitie, offering at least one intervention."""
    n_afst, known, share = afstemming(records)
    n_offer, whole = offering_any(records)
    n_coal = aggregate.preventiecoalities(records) if len(records) else 0
    return {
        "afstemming": (n_afst, known, share),
        "coalitie": (n_coal, whole, pct(n_coal, whole)),
        "interventie": (n_offer, whole, pct(n_offer, whole)),
    }
