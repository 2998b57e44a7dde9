"""Money beside cooperation (pure): the Brede SPUK of a gemeente, region or provincie, per inwoner and per 65+.

The amounts are what the state pays gemeenten for GALA and Sportakkoord II through the Brede SPUK; they are
shown beside the initiatives and the collaboration level, never as spent on them. Per-inwoner and per-65+
figures divide by the shipped CBS population (1-1-2024; the 65+ count is CBS's whole-percent share applied to
the inwoners, an estimate). An area's figure is its total over its total population, not a mean of its
gemeenten's ratios, so a region is weighted by where people live.

The map measures colour each gemeente by its Brede SPUK per inwoner or per 65-plusser of one year, on fixed
round classes that are the same for both years (so 2026's cut shows as lighter colours) and on an ordered,
colour-blind-safe single-hue palette (ColorBrewer Greens), apart from the YlOrBr of the need figures and the
viridis of the levels.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import pandas as pd

from dashboard.analysis.aggregate import pct
from dashboard.analysis.areas import coverage
from dashboard.analysis.measures import UNKNOWN_COLOR, Classified, MapClass
from dashboard.core.schema import AFSTEMMING_LEVELS
from dashboard.i18n import t
from dashboard.i18n.formats import MISSING, fmt_decimal, fmt_int, fmt_pct
from dashboard.ingest.money import IZA_COLUMNS, NO_GM_CODE, SPUK_YEARS, iza_column, spuk_column

Per = Literal["inwoner", "65plus"]
PERS: Final[tuple[Per, ...]] = ("inwoner", "65plus")
_POPULATION: Final[dict[Per, str]] = {"inwoner": "inwoners", "65plus": "inwoners_65plus_est"}

# Map measures: "spuk_inwoner_2025", "spuk_65plus_2026", ...
SPUK_PREFIX: Final = "spuk_"
SPUK_MEASURES: Final = tuple(f"{SPUK_PREFIX}{per}_{year}" for per in PERS for year in SPUK_YEARS)
# ColorBrewer Greens, 5 classes: sequential, light = less money; safe for colour-vision deficiencies.
GREENS: Final = ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c")
# Fixed lower bounds of classes 2..5 in euros, the same for 2025 and 2026 so the years compare on one scale.
# 2025: half the gemeenten get € 15.8–19.0 per inwoner; 2026 is about 15% lower.
EDGES: Final[dict[Per, tuple[float, ...]]] = {
    "inwoner": (13.0, 15.0, 17.0, 19.0),
    "65plus": (60.0, 70.0, 80.0, 90.0),
}
NO_POPULATION: Final = "geen_bevolking"


@dataclass(frozen=True)
class MoneyData:
    """The shipped money and population tables a page or the PDF needs (read by ``dashboard.ui.data``).

    ``spuk``: gm_code, gm_naam and the Brede SPUK per year (``ingest.money``); ``context``: the CBS population
    (``ingest.context``); ``iza``: the SPUK IZA per IZA region with its mandaatgemeente.
    """

    spuk: pd.DataFrame
    context: pd.DataFrame
    iza: pd.DataFrame


def parse_measure(measure: str) -> tuple[Per, int]:
    """("inwoner", 2025) from "spuk_inwoner_2025"; ValueError for anything else."""
    if measure not in SPUK_MEASURES:
        raise ValueError(f"unknown money measure: {measure}")
    per, year = measure.removeprefix(SPUK_PREFIX).rsplit("_", 1)
    return ("inwoner" if per == "inwoner" else "65plus"), int(year)


def per_gemeente(spuk: pd.DataFrame, context: pd.DataFrame) -> pd.DataFrame:
    """One row per gemeente of ``spuk``: gm_code, gm_naam, inwoners, inwoners_65plus_est, and per year the euros
    (``brede_spuk_<year>_eur``) and ``per_inwoner_<year>`` / ``per_65plus_<year>`` (NaN without a population)."""
    population = context[["gm_code", "inwoners", "inwoners_65plus_est"]]
    out = spuk.merge(population, on="gm_code", how="left", validate="one_to_one")
    for year in SPUK_YEARS:
        euros = out[spuk_column(year)].astype(float)
        for per in PERS:
            people = out[_POPULATION[per]].where(out[_POPULATION[per]] > 0)
            out[f"per_{per}_{year}"] = euros / people
    return out


@dataclass(frozen=True)
class AreaMoney:
    """The Brede SPUK of a set of gemeenten: euros per year, and the population it is divided by."""

    euros: dict[int, int]
    inwoners: float
    inwoners_65plus: float
    gemeenten: int

    def per(self, per: Per, year: int) -> float | None:
        people = self.inwoners if per == "inwoner" else self.inwoners_65plus
        return self.euros[year] / people if people > 0 else None


def area_money(spuk: pd.DataFrame, context: pd.DataFrame, gm_codes: Collection[str]) -> AreaMoney:
    """Totals over ``gm_codes`` (a gemeente, a region, a provincie or all of NL)."""
    wanted = set(gm_codes)
    rows = spuk[spuk["gm_code"].isin(wanted)]
    people = context[context["gm_code"].isin(wanted)]
    return AreaMoney(
        euros={year: int(rows[spuk_column(year)].sum()) for year in SPUK_YEARS},
        inwoners=float(people["inwoners"].sum()),
        inwoners_65plus=float(people["inwoners_65plus_est"].sum()),
        gemeenten=len(rows),
    )


def per_inwoner_by_area(
    spuk: pd.DataFrame,
    context: pd.DataFrame,
    gemeenten: pd.DataFrame,
    code_column: str,
    codes: Sequence[str],
    national_code: str,
    year: int,
) -> list[float | None]:
    """The Brede SPUK of ``year`` per inwoner of each area in ``codes`` (a region or provincie code of
    ``code_column``, over the gemeenten of ``gemeenten`` only; ``national_code``: all of them)."""
    out = []
    for code in codes:
        rows = gemeenten if code == national_code else gemeenten[gemeenten[code_column] == code]
        out.append(area_money(spuk, context, rows["gm_code"]).per("inwoner", year))
    return out


def euros(value: float | None, lang: str = "nl", decimals: int = 0) -> str:
    """ "€ 15.105.830" / "€ 16,24"; "–" for a missing figure."""
    if value is None or value != value:
        return MISSING
    return f"€ {fmt_decimal(value, lang, decimals, fixed=True)}"


@dataclass(frozen=True)
class Place:
    """A column of the money table: a name and its gemeenten (records are the filtered initiatives)."""

    name: str
    gm_codes: tuple[str, ...]


def _covered(records: pd.DataFrame, codes: Collection[str], levels: Collection[str] = ()) -> int:
    if records.empty:
        return 0
    cov = coverage(records)
    if levels:
        cov = cov[cov["samenwerkingsniveau"].isin(levels)]
    return len(set(cov["gm_code"]) & set(codes))


def _touching(records: pd.DataFrame, codes: Collection[str]) -> int:
    if records.empty:
        return 0
    wanted = set(codes)
    return int(records["gemeenten"].map(lambda cells: bool(wanted.intersection(cells))).sum())


def money_table(
    places: Sequence[Place],
    spuk: pd.DataFrame,
    context: pd.DataFrame,
    records: pd.DataFrame,
    lang: str = "nl",
) -> pd.DataFrame:
    """The Brede SPUK of each place beside its cooperation, as display text (one row per figure).

    Rows: the filtered initiatives touching the place, its gemeenten with afstemming (levels 5–6, "n van N"),
    then per year the Brede SPUK in euros, per inwoner and per 65-plusser (estimate).
    """
    areas = [area_money(spuk, context, place.gm_codes) for place in places]
    rows: list[list[str]] = [
        [t("money.row.initiatives", lang), *(fmt_int(_touching(records, p.gm_codes), lang) for p in places)],
        [
            t("money.row.afstemming", lang),
            *(
                t(
                    "money.share",
                    lang,
                    n=fmt_int(_covered(records, p.gm_codes, AFSTEMMING_LEVELS), lang),
                    total=fmt_int(len(p.gm_codes), lang),
                    pct=fmt_pct(pct(_covered(records, p.gm_codes, AFSTEMMING_LEVELS), len(p.gm_codes)), lang),
                )
                for p in places
            ),
        ],
        [t("money.row.inwoners", lang), *(fmt_int(area.inwoners, lang) for area in areas)],
    ]
    for year in SPUK_YEARS:
        rows.append([t("money.row.total", lang, year=year), *(euros(a.euros[year], lang) for a in areas)])
        rows.append(
            [
                t("money.row.per_inwoner", lang, year=year),
                *(euros(a.per("inwoner", year), lang, 2) for a in areas),
            ]
        )
        rows.append(
            [
                t("money.row.per_65plus", lang, year=year),
                *(euros(a.per("65plus", year), lang, 2) for a in areas),
            ]
        )
    return pd.DataFrame(rows, columns=[t("money.col.figure", lang), *(place.name for place in places)])


# --------------------------------------------------------------------------------------------------------------
# The map measure


def measure_title(measure: str, lang: str = "nl") -> str:
    """ "Brede SPUK 2025 per inwoner (€, CBS-bevolking 2024)": the legend title names year, unit and divisor."""
    per, year = parse_measure(measure)
    return t(f"money.measure.{per}", lang, year=year)


def option_label(measure: str, lang: str = "nl") -> str:
    """ "Brede SPUK 2025 per inwoner": the short name of a money measure in a measure switch."""
    per, year = parse_measure(measure)
    return t(f"money.option.{per}", lang, year=year)


def _class_text(i: int, edges: tuple[float, ...], lang: str) -> str:
    if i == 0:
        return t("context.class.below", lang, high=euros(edges[0], lang))
    if i == len(edges):
        return t("context.class.above", lang, low=euros(edges[-1], lang))
    return t("context.class.range", lang, low=euros(edges[i - 1], lang), high=euros(edges[i], lang))


def money_classes(per: Per, lang: str = "nl", with_missing: bool = False) -> tuple[MapClass, ...]:
    """The five euro classes, light to dark; ``with_missing`` adds a grey class outside the scale for
    gemeenten without a population figure (never read as "little money")."""
    edges = EDGES[per]
    classes = [MapClass(f"k{i + 1}", _class_text(i, edges, lang), GREENS[i]) for i in range(len(edges) + 1)]
    if with_missing:
        classes.append(MapClass(NO_POPULATION, t("money.class.no_population", lang), UNKNOWN_COLOR))
    return tuple(classes)


def classify_money(measure: str, spuk: pd.DataFrame, context: pd.DataFrame, lang: str = "nl") -> Classified:
    """Every gemeente of ``spuk`` in a class of its Brede SPUK per inwoner or per 65+ of one year."""
    per, year = parse_measure(measure)
    values = per_gemeente(spuk, context)[f"per_{per}_{year}"]
    positions = np.searchsorted(np.asarray(EDGES[per]), values.to_numpy(dtype=float), side="right")
    codes = pd.Series([f"k{p + 1}" for p in positions], index=values.index).where(
        values.notna(), NO_POPULATION
    )
    return Classified(
        measure=measure,
        title=measure_title(measure, lang),
        classes=money_classes(per, lang, with_missing=bool(values.isna().any())),
        by_gemeente=pd.Series(codes.to_numpy(), index=spuk["gm_code"].to_numpy()),
    )


# --------------------------------------------------------------------------------------------------------------
# SPUK IZA


def mandates_in(iza: pd.DataFrame, gm_codes: Collection[str]) -> pd.DataFrame:
    """The IZA regions whose mandaatgemeente is one of ``gm_codes`` (the payee's location, not membership)."""
    return iza[iza["mandaatgemeente_gm_code"].isin(set(gm_codes) - {NO_GM_CODE})]


def iza_line(row: pd.Series, lang: str = "nl") -> str:
    """ "IZA-regio Zuid-Limburg: mandaatgemeente Sittard-Geleen, 2025: € 5.823.733" (plain text)."""
    year = SPUK_YEARS[0]
    return t(
        "money.iza.line",
        lang,
        regio=row["iza_regio"],
        naam=row["mandaatgemeente"],
        y1=year,
        b1=euros(row[iza_column(year)], lang),
    )


def iza_display(iza: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """The SPUK IZA table with labelled columns and the amounts as numbers (st.dataframe and CSV format them)."""
    columns = {
        "iza_regio": t("money.iza.col.regio", lang),
        "mandaatgemeente": t("money.iza.col.mandaat", lang),
        **{iza_column(year): t("money.iza.col.amount", lang, year=year) for year in SPUK_YEARS},
    }
    return iza[["iza_regio", "mandaatgemeente", *IZA_COLUMNS]].rename(columns=columns)


def iza_totals(iza: pd.DataFrame) -> dict[int, int]:
    return {year: int(iza[iza_column(year)].sum()) for year in SPUK_YEARS}
