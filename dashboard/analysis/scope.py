"""Which gemeenten a view is about, and a map measure limited to them (pure).

A region view (the sidebar's provincie or region filter on the map, Mijn regio, a presentation slide, the region
report) counts and colours only the gemeenten inside its selection. An initiative that also covers gemeenten
outside (a provincie-wide one, say) is still one of the region's initiatives, but the gemeenten outside are drawn
as neutral context: they are neither coloured by level nor counted in the legend or the tables.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Final

import pandas as pd

from dashboard.analysis.measures import Classified, MapClass
from dashboard.core.filters import Filters, gemeenten_in
from dashboard.i18n import t

OUTSIDE: Final = "buiten_selectie"
# Pale, cool grey: lighter than "onbekend" (#a3a3a3) and unlike white "geen initiatief", so context never reads
# as a level, as missing data or as "nothing here".
OUTSIDE_COLOR: Final = "#e6e9ed"


def selection_members(filters: Filters, gemeenten: pd.DataFrame) -> frozenset[str] | None:
    """The gemeenten of the sidebar's provincie and region filters (both apply: their intersection), or None for
    the whole country when neither is set."""
    sets: list[set[str]] = []
    if filters.provincies:
        sets.append(gemeenten_in(gemeenten, "pv_code", filters.provincies))
    if filters.regios:
        sets.append(gemeenten_in(gemeenten, "regio_code", filters.regios))
    if not sets:
        return None
    return frozenset(set.intersection(*sets))


def scope_classified(classified: Classified, members: Collection[str] | None, lang: str = "nl") -> Classified:
    """``classified`` with every gemeente outside ``members`` in the uncounted context class (None: no change)."""
    if members is None:
        return classified
    inside = classified.by_gemeente.index.isin(list(members))
    values = classified.by_gemeente.where(inside, OUTSIDE)
    outside = MapClass(OUTSIDE, t("map.class.buiten_selectie", lang), OUTSIDE_COLOR, counted=False)
    return replace(classified, classes=(*classified.classes, outside), by_gemeente=values)


def scope_summary(summary: pd.DataFrame, members: Collection[str] | None) -> pd.DataFrame:
    """The rows of a per-gemeente summary inside ``members`` (None: all rows)."""
    if members is None:
        return summary
    return summary[summary["gm_code"].isin(list(members))].reset_index(drop=True)


def covered_count(summary: pd.DataFrame, members: Collection[str] | None) -> tuple[int, int]:
    """(gemeenten with at least one initiative, gemeenten) inside ``members``."""
    rows = scope_summary(summary, members)
    return int((rows["n_initiatieven"] > 0).sum()), len(rows)
