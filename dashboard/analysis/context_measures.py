"""Map classes for the context measures (population, young-adult health) and for need versus offer.

They plug into the map page like ``dashboard.measures.classify``: each returns a ``Classified`` that gives every
gemeente a class. Continuous figures get five classes on a sequential, colour-blind-safe palette (ColorBrewer
YlOrBr, light = low): quintiles over the published gemeenten for percentages, fixed round bins for counts
(quintiles of population sizes give unreadable edges). A figure that was not published is its own grey class,
outside the scale, so it can never be read as low.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import numpy as np
import pandas as pd

from dashboard.analysis.measures import UNKNOWN_COLOR, Classified, MapClass
from dashboard.analysis.need import (
    NEED_CLASSES,
    NEED_NO_OFFER,
    NEED_OFFER,
    NEED_WIJK_ONLY,
    NO_HIGH_NEED,
    NOT_PUBLISHED,
    SCENARIOS,
    NeedSpec,
    condition_text,
    need_table,
    offer_text,
    scenario_spec,
)
from dashboard.i18n import t
from dashboard.ingest.context import INDICATORS, decimals, format_value, indicator_title

# Map measures offered next to dashboard.measures.MEASURES (codes are the context columns).
CONTEXT_MEASURES: Final = tuple(INDICATORS)
NEED_PREFIX: Final = "nood_"
NEED_MEASURES: Final = tuple(f"{NEED_PREFIX}{name}" for name in SCENARIOS)
OWN_NEED_MEASURE: Final = f"{NEED_PREFIX}eigen"

# ColorBrewer YlOrBr, 5 classes (sequential; safe for colour-vision deficiencies).
SEQUENTIAL: Final = ("#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404")
NOT_PUBLISHED_COLOR: Final = UNKNOWN_COLOR
OUTSIDE: Final = "buiten_gebied"
OUTSIDE_COLOR: Final = "#e0e0e0"
N_CLASSES: Final = len(SEQUENTIAL)
# Counts: fixed, round edges (lower bounds of classes 2..5).
FIXED_EDGES: Final[dict[str, tuple[float, ...]]] = {
    "inwoners": (20_000, 50_000, 100_000, 250_000),
    "inwoners_65plus_est": (5_000, 10_000, 20_000, 50_000),
}
# Okabe–Ito: high need without offer stands out (vermilion); offer in blues; below threshold white.
NEED_COLORS: Final[dict[str, str]] = {
    NEED_NO_OFFER: "#D55E00",
    NEED_WIJK_ONLY: "#56B4E9",
    NEED_OFFER: "#0072B2",
    NO_HIGH_NEED: "#ffffff",
    NOT_PUBLISHED: NOT_PUBLISHED_COLOR,
}


def class_edges(values: pd.Series, indicator: str) -> tuple[float, ...]:
    """Lower bounds of classes 2..n: fixed for counts, else quintiles of the published values.

    Quintile edges are rounded to the precision the source publishes, and duplicates dropped, so a legend
    never shows two classes with the same bounds (fewer classes then).
    """
    if indicator in FIXED_EDGES:
        return FIXED_EDGES[indicator]
    published = values.dropna()
    if published.empty:
        return ()
    places = decimals(indicator)
    quantiles = np.quantile(published.to_numpy(dtype=float), np.linspace(0, 1, N_CLASSES + 1)[1:-1])
    low = float(published.min())
    edges = sorted({round(float(q), places) for q in quantiles})
    return tuple(edge for edge in edges if edge > low)


def _palette(n: int) -> tuple[str, ...]:
    """n colours spread over the sequential palette, light to dark."""
    if n >= N_CLASSES:
        return SEQUENTIAL
    picks = np.linspace(0, N_CLASSES - 1, n).round().astype(int)
    return tuple(SEQUENTIAL[i] for i in picks)


def bin_codes(values: pd.Series, edges: tuple[float, ...]) -> pd.Series:
    """Class code "k1".."kn" per value (kI holds edges[I-2] <= v < edges[I-1]); NaN -> "niet_gepubliceerd"."""
    positions = np.searchsorted(np.asarray(edges, dtype=float), values.to_numpy(dtype=float), side="right")
    codes = pd.Series([f"k{p + 1}" for p in positions], index=values.index)
    return codes.where(values.notna(), NOT_PUBLISHED)


def context_classes(indicator: str, edges: tuple[float, ...], lang: str = "nl") -> tuple[MapClass, ...]:
    def fmt(value: float) -> str:
        return format_value(indicator, value, lang)

    n = len(edges) + 1
    colors = _palette(n)
    classes = []
    for i in range(n):
        if n == 1:
            text = t("context.class.all", lang)
        elif i == 0:
            text = t("context.class.below", lang, high=fmt(edges[0]))
        elif i == n - 1:
            text = t("context.class.above", lang, low=fmt(edges[-1]))
        else:
            text = t("context.class.range", lang, low=fmt(edges[i - 1]), high=fmt(edges[i]))
        classes.append(MapClass(f"k{i + 1}", text, colors[i]))
    classes.append(MapClass(NOT_PUBLISHED, t("context.niet_gepubliceerd", lang), NOT_PUBLISHED_COLOR))
    return tuple(classes)


def classify_context(measure: str, context: pd.DataFrame, lang: str = "nl") -> Classified:
    """Colour every gemeente in ``context`` by a context figure; the title names age group and year."""
    if measure not in INDICATORS:
        raise ValueError(f"unknown context measure: {measure}")
    values = context[measure]
    edges = class_edges(values, measure)
    return Classified(
        measure=measure,
        title=indicator_title(measure, lang),
        classes=context_classes(measure, edges, lang),
        by_gemeente=pd.Series(bin_codes(values, edges).to_numpy(), index=context["gm_code"].to_numpy()),
    )


def need_title(spec: NeedSpec, lang: str = "nl") -> str:
    """e.g. "≥ 25% 65-plussers zonder valpreventie" (the legend title of the need map)."""
    condition = condition_text(spec, lang)
    offer = offer_text(spec, lang)
    if not condition:
        return t("need.title.trivial", lang, offer=offer)
    return t("need.title", lang, condition=condition, offer=offer)


def classify_need(
    need: str | NeedSpec, records: pd.DataFrame, context: pd.DataFrame, lang: str = "nl"
) -> Classified:
    """Need versus offer for every gemeente in ``context``. ``need`` is a NEED_MEASURES code (default
    threshold: the top quartile) or a NeedSpec; ``records`` are the filtered records (the offer).

    Classes: high need and no offer, offer only in a wijk, with offer, below the threshold, not published.
    """
    if isinstance(need, str):
        if need not in NEED_MEASURES:
            raise ValueError(f"unknown need measure: {need}")
        spec, measure = scenario_spec(need.removeprefix(NEED_PREFIX), context), need
    else:
        spec, measure = need, OWN_NEED_MEASURE
    table = need_table(spec, records, context)
    return need_classified(spec, table, context["gm_code"], lang, measure=measure)


def need_classified(
    spec: NeedSpec,
    table: pd.DataFrame,
    gm_codes: Iterable[str],
    lang: str = "nl",
    measure: str = OWN_NEED_MEASURE,
) -> Classified:
    """Map classes from a ``need_table``; codes of ``gm_codes`` not in the table (outside the chosen area, whose
    offer was filtered away) get their own pale class instead of a need-vs-offer class that would mislead."""
    codes = list(gm_codes)
    by_gemeente = pd.Series(table["klasse"].to_numpy(), index=table["gm_code"].to_numpy()).reindex(codes)
    classes = [MapClass(code, t(f"need.class.{code}", lang), NEED_COLORS[code]) for code in NEED_CLASSES]
    if by_gemeente.isna().any():
        classes.append(MapClass(OUTSIDE, t("context.class.buiten_gebied", lang), OUTSIDE_COLOR))
        by_gemeente = by_gemeente.fillna(OUTSIDE)
    return Classified(
        measure=measure,
        title=need_title(spec, lang),
        classes=tuple(classes),
        by_gemeente=by_gemeente,
    )


def measure_label(measure: str, lang: str = "nl") -> str:
    """Short name of a context or need measure for the map's measure switch."""
    if measure in INDICATORS:
        return indicator_title(measure, lang)
    if measure in NEED_MEASURES:
        return t(f"need.measure.{measure.removeprefix(NEED_PREFIX)}", lang)
    raise ValueError(f"unknown measure: {measure}")


# The map page's second measure switch: context figures and need-vs-offer, next to dashboard.measures.MEASURES.
MAP_MEASURES: Final = (*CONTEXT_MEASURES, *NEED_MEASURES)


def option_label(measure: str | None, lang: str = "nl") -> str:
    """Option text for the switch; None is "no context measure" (the collaboration measures apply)."""
    return t("context.measure.none", lang) if measure is None else measure_label(measure, lang)


def classify_map_measure(
    measure: str, records: pd.DataFrame, context: pd.DataFrame, lang: str = "nl"
) -> Classified:
    """``classify_context`` or ``classify_need`` (default threshold) by code, for one call site on the map."""
    if measure in CONTEXT_MEASURES:
        return classify_context(measure, context, lang)
    return classify_need(measure, records, context, lang)
