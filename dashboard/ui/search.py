"""The one place chooser of the app: map search, Mijn regio, the region report and the presentation.

A selectbox whose options are every spelling the resolver accepts (``analysis.search``), so typing "den bosch",
"sudwest" or "Haaren" finds the gemeente with the browser's own keyboard handling (type, arrows, Enter). The
choice is shared state that the URL layer keeps: the selected gemeente (?gemeente=), a single sidebar region
(?regio=) or, on the map page, a single sidebar provincie (?provincie=). After an alias is chosen the box shows the gemeente's own name, and an old name's note says where it
went.
"""

from __future__ import annotations

from typing import Final, Literal

import streamlit as st

from dashboard.analysis import region_profile as rp
from dashboard.analysis import search
from dashboard.i18n import t
from dashboard.ui import data
from dashboard.ui.components import SELECTED_KEY
from dashboard.ui.sidebar import FILTER_KEYS

_NOTE_KEY: Final = "_place_note"
_RERUN_KEY: Final = "_place_rerun"


def place_search(
    key: str,
    label: str,
    lang: str,
    *,
    kinds: tuple[search.PlaceKind, ...] = ("gemeente", "regio"),
    placeholder: str | None = None,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
    icon: str | None = None,
) -> rp.Choice | None:
    """Draw the chooser and return the current choice (a gemeente wins over a single filtered region).

    With "provincie" in ``kinds`` (the map page, whose sidebar filters by provincie) a provincie can be chosen
    too: it becomes the sidebar's provincie filter, and the box shows it while no gemeente or region is chosen.
    It is never returned as a choice: the pages that use the choice describe one gemeente or VNG–ZN region.
    """
    gemeenten = data.gemeenten_table()
    choice = rp.choice_from_state(
        st.session_state.get(SELECTED_KEY),
        st.session_state.get(FILTER_KEYS["regios"]),
        set(gemeenten["gm_code"]) if "gemeente" in kinds else set(),
        # A gemeente-only box (Nood en aanbod) never shows a region: the sidebar's region filter is not its choice.
        set(gemeenten["regio_code"]) if "regio" in kinds else set(),
    )
    # The box shows the shared choice (never a stale alias): its value is the place's own code.
    st.session_state[key] = choice.code if choice else _shown_provincie(kinds, set(gemeenten["pv_code"]))
    options = data.place_options(lang, kinds)
    st.selectbox(
        label,
        list(options),
        key=key,
        index=None,
        format_func=OptionLabel(options),
        placeholder=placeholder or t("search.placeholder", lang),
        on_change=_apply,
        args=(key, lang, kinds),
        # Substring, as analysis.search.matches predicts: Streamlit's default (fuzzy: letters in order) offered
        # "Haaksbergen" for "Haaren" and ranked a far-fetched match above the alias that was meant.
        filter_mode="contains",
        label_visibility=label_visibility,
        icon=icon,
    )
    if st.session_state.pop(_RERUN_KEY, False):
        # A region chosen here changes the sidebar's filters, which a fragment run (the map page's) would not
        # see: run the whole app once more.
        st.rerun()
    note = st.session_state.pop(_NOTE_KEY, None)
    if note:
        st.info(note, icon=":material/merge:")
    return choice


def _shown_provincie(kinds: tuple[search.PlaceKind, ...], pv_codes: set[str]) -> str | None:
    """The provincie the box shows: the sidebar's single provincie filter, when no region filter narrows it."""
    provincies = st.session_state.get(FILTER_KEYS["provincies"]) or []
    if "provincie" not in kinds or st.session_state.get(FILTER_KEYS["regios"]) or len(provincies) != 1:
        return None
    return str(provincies[0]) if provincies[0] in pv_codes else None


class OptionLabel:
    """format_func as a picklable object (runner.enforceSerializableSessionState keeps widget metadata)."""

    def __init__(self, options: dict[str, search.PlaceOption]) -> None:
        self._labels = {value: option.label for value, option in options.items()}

    def __call__(self, value: object) -> str:
        return self._labels.get(str(value), str(value))


def _apply(key: str, lang: str, kinds: tuple[search.PlaceKind, ...]) -> None:
    gemeenten = data.gemeenten_table()
    regios_key, provincies_key = FILTER_KEYS["regios"], FILTER_KEYS["provincies"]
    option = data.place_options(lang, kinds).get(str(st.session_state.get(key)))
    before = list(st.session_state.get(regios_key) or [])
    provincies_before = list(st.session_state.get(provincies_key) or [])
    selected: str | None
    regios: list[str]
    provincies: list[str]
    if option is None:  # cleared: the chooser no longer names a place
        showed_provincie = "provincie" in kinds and not before and not st.session_state.get(SELECTED_KEY)
        selected, regios = None, []
        provincies = [] if showed_provincie else provincies_before
    elif option.kind == "provincie":
        selected, regios, provincies = rp.state_for_provincie(option.code)
    else:
        chosen = rp.Choice("gemeente" if option.kind == "gemeente" else "regio", option.code)
        selected, regios = rp.state_for_choice(chosen, before, gemeenten)
        provincies = rp.provincies_showing(chosen, provincies_before, gemeenten)
    st.session_state[_RERUN_KEY] = regios != before or provincies != provincies_before
    if selected is None:
        st.session_state.pop(SELECTED_KEY, None)
    else:
        st.session_state[SELECTED_KEY] = selected
    st.session_state[regios_key] = regios
    st.session_state[provincies_key] = provincies
    if option is not None and option.note:
        st.session_state[_NOTE_KEY] = option.note
