"""The shared sidebar: language and the filters every page follows.

Widget state lives under the keys in ``state.FILTER_KEYS``; ``filters_from_state`` turns it into a ``Filters``
value, so pages never read widgets directly and the URL code has one mapping to keep in sync.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.core.filters import Filters, options, years
from dashboard.core.peiljaar import NO_ROUNDS, Rounds
from dashboard.core.schema import INTERVENTION_VOCABULARY, LEVELS, PARTIES, REACH
from dashboard.i18n import DEFAULT_LANG, LANGS, label, t
from dashboard.ui.state import COALITION_CHOICES, FILTER_KEYS, LANG_KEY, SessionState, coalition_filter


def prefixed_text(prefix: str, code: object, lang: str = DEFAULT_LANG) -> str:
    """``t(prefix + code)``; a module-level function so that widgets' format_func stays picklable
    (runner.enforceSerializableSessionState is on, and AppTest keeps widget metadata in session state)."""
    return t(f"{prefix}{code}", lang)


def current_lang(state: SessionState) -> str:
    lang = state.get(LANG_KEY)
    return lang if lang in LANGS else DEFAULT_LANG


def filter_options(records: pd.DataFrame, gemeenten: pd.DataFrame) -> dict[str, dict[Any, str]]:
    """Allowed values per filter field, each mapped to its code-level display name (language-free)."""
    provinces = gemeenten.drop_duplicates("pv_code").sort_values("pv_naam")
    regions = gemeenten.drop_duplicates("regio_code").sort_values("regio_naam")
    return {
        "jaar": {year: str(year) for year in years(records)},
        "niveaus": {code: code for code in LEVELS},
        "interventies": {code: code for code in INTERVENTION_VOCABULARY},
        "partijen": {code: code for code in PARTIES},
        "zorgverzekeraars": {name: name for name in options(records, "zorgverzekeraars")},
        "provincies": dict(zip(provinces["pv_code"], provinces["pv_naam"], strict=True)),
        "regios": dict(zip(regions["regio_code"], regions["regio_naam"], strict=True)),
        "reikwijdte": {code: code for code in REACH},
        "preventiecoalitie": {choice: choice for choice in COALITION_CHOICES},
        "alleen_bevestigd": {False: "nee", True: "ja"},
    }


def sanitise_state(state: SessionState, allowed: Mapping[str, Mapping[Any, str]]) -> None:
    """Drop stale widget values (e.g. an insurer absent from a newly uploaded file) before widgets render."""
    for field, key in FILTER_KEYS.items():
        if key not in state:
            continue
        value, valid = state[key], allowed[field]
        if isinstance(value, list | tuple):
            state[key] = [v for v in value if v in valid]
        elif value not in valid:
            del state[key]


def filters_from_state(state: SessionState) -> Filters:
    coalition = state.get(FILTER_KEYS["preventiecoalitie"], "alle")
    return Filters(
        jaar=state.get(FILTER_KEYS["jaar"]),
        niveaus=tuple(state.get(FILTER_KEYS["niveaus"], ())),
        interventies=tuple(state.get(FILTER_KEYS["interventies"], ())),
        partijen=tuple(state.get(FILTER_KEYS["partijen"], ())),
        zorgverzekeraars=tuple(state.get(FILTER_KEYS["zorgverzekeraars"], ())),
        provincies=tuple(state.get(FILTER_KEYS["provincies"], ())),
        regios=tuple(state.get(FILTER_KEYS["regios"], ())),
        reikwijdte=tuple(state.get(FILTER_KEYS["reikwijdte"], ())),
        preventiecoalitie=coalition_filter(coalition),
        alleen_bevestigd=state.get(FILTER_KEYS["alleen_bevestigd"]) is True,
    )


def clear_filters(state: SessionState) -> None:
    for key in FILTER_KEYS.values():
        state.pop(key, None)


def _multiselect(field: str, title: str, allowed: Mapping[Any, str], fmt: Callable[[Any], str]) -> None:
    st.multiselect(
        title,
        list(allowed),
        key=FILTER_KEYS[field],
        wrap=True,
        format_func=fmt,
        placeholder=t("sidebar.all", st.session_state.get(LANG_KEY, DEFAULT_LANG)),
    )


def year_label(open_years: frozenset[int], lang: str, year: int) -> str:
    """A peiljaar in the sidebar's list: an open one says so ("2025 (open)")."""
    return t("sidebar.jaar.open", lang, year=year) if year in open_years else str(year)


def render_sidebar(
    records: pd.DataFrame, gemeenten: pd.DataFrame, rounds: Rounds = NO_ROUNDS, confirmable: bool = False
) -> Filters:
    """Draw language and filter widgets in the sidebar and return the filters they hold.

    Without a year of their own (a fresh visitor, a link without ``?jaar=``) the filters start on
    ``rounds.default_year``: the newest vastgesteld peiljaar of the register, never one still being filled.
    ``confirmable``: the records carry the two sides' confirmation, so "only confirmed by both" is offered.
    """
    state = st.session_state
    allowed = filter_options(records, gemeenten)
    sanitise_state(state, allowed)
    if not confirmable:
        state.pop(FILTER_KEYS["alleen_bevestigd"], None)
    with st.sidebar:
        st.radio("Taal / Language", list(LANGS), key=LANG_KEY, horizontal=True, format_func=str.upper)
        lang = current_lang(state)
        st.header(t("sidebar.filters", lang))
        year_options: Sequence[int] = list(allowed["jaar"])
        if FILTER_KEYS["jaar"] not in state and year_options:
            state[FILTER_KEYS["jaar"]] = rounds.default_year(year_options)
        open_years = frozenset(year for year in year_options if rounds.is_open(year))
        st.selectbox(
            t("sidebar.jaar", lang),
            year_options,
            key=FILTER_KEYS["jaar"],
            format_func=partial(year_label, open_years, lang),
        )
        if confirmable:
            st.toggle(
                t("sidebar.bevestigd", lang),
                key=FILTER_KEYS["alleen_bevestigd"],
                help=t("sidebar.bevestigd.help", lang),
            )
        _multiselect(
            "niveaus", t("sidebar.niveaus", lang), allowed["niveaus"], partial(label, "level", lang=lang)
        )
        _multiselect(
            "interventies",
            t("sidebar.interventies", lang),
            allowed["interventies"],
            partial(label, "intervention", lang=lang, year=state.get(FILTER_KEYS["jaar"])),
        )
        _multiselect(
            "partijen", t("sidebar.partijen", lang), allowed["partijen"], partial(label, "party", lang=lang)
        )
        _multiselect(
            "zorgverzekeraars", t("sidebar.zorgverzekeraars", lang), allowed["zorgverzekeraars"], str
        )
        _multiselect(
            "provincies",
            t("sidebar.provincies", lang),
            allowed["provincies"],
            allowed["provincies"].__getitem__,
        )
        _multiselect("regios", t("sidebar.regios", lang), allowed["regios"], allowed["regios"].__getitem__)
        _multiselect(
            "reikwijdte",
            t("sidebar.reikwijdte", lang),
            allowed["reikwijdte"],
            partial(label, "reach", lang=lang),
        )
        st.selectbox(
            t("sidebar.coalitie", lang),
            list(COALITION_CHOICES),
            key=FILTER_KEYS["preventiecoalitie"],
            format_func=partial(prefixed_text, "sidebar.coalitie.", lang=lang),
        )
        st.button(t("sidebar.clear", lang), on_click=clear_filters, args=(state,), width="stretch")
    return filters_from_state(state)
