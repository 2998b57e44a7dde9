"""The fall-prevention page's area in the shared state the URL layer keeps (pure: no Streamlit).

The area is not a state of its own: it is ``?gemeente=`` (the selected gemeente, as on the map), else a single
sidebar region (``?regio=``), else a single sidebar provincie (``?provincie=``). So a link, the map and Mijn
regio all open the page on the same place, and choosing a place here changes what the other pages show.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.analysis.valpreventie import Area, AreaKind, resolve_area


def area_from_state(
    selected_gm: object, regios: object, provincies: object, gemeenten: pd.DataFrame
) -> Area | None:
    """The area the shared state shows: the selected gemeente, else the single region, else the single
    provincie of the sidebar's filters; None when it shows none of these."""
    if isinstance(selected_gm, str) and selected_gm in set(gemeenten["gm_code"]):
        return resolve_area(gemeenten, "gemeente", selected_gm)
    for kind, chosen, column in (("regio", regios, "regio_code"), ("provincie", provincies, "pv_code")):
        if isinstance(chosen, list | tuple) and len(chosen) == 1 and chosen[0] in set(gemeenten[column]):
            return resolve_area(gemeenten, kind, str(chosen[0]))
    return None


_KIND_COLUMNS: tuple[tuple[AreaKind, str], ...] = (
    ("gemeente", "gm_code"),
    ("regio", "regio_code"),
    ("provincie", "pv_code"),
)


def area_kind_of(code: object, gemeenten: pd.DataFrame) -> AreaKind | None:
    for kind, column in _KIND_COLUMNS:
        if isinstance(code, str) and code in set(gemeenten[column]):
            return kind
    return None


def state_for_area(
    code: object, regios: Sequence[str], provincies: Sequence[str], gemeenten: pd.DataFrame
) -> tuple[str | None, list[str], list[str]]:
    """(selected gemeente, region filter, provincie filter) that make the shared state show the area ``code``.

    A gemeente keeps the filters that contain it (others would hide it); a region or provincie becomes the
    single filter of its kind, and the other kind's filter is cleared so the choice is unambiguous.
    """
    kind = area_kind_of(code, gemeenten)
    if kind is None:
        return None, list(regios), list(provincies)
    if kind == "regio":
        return None, [str(code)], []
    if kind == "provincie":
        return None, [], [str(code)]
    row = gemeenten.loc[gemeenten["gm_code"] == code].iloc[0]
    keep_regios = list(regios) if not regios or row["regio_code"] in regios else []
    keep_provincies = list(provincies) if not provincies or row["pv_code"] in provincies else []
    return str(code), keep_regios, keep_provincies
