"""Map page: gemeenten coloured by the chosen measure, region layers, initiative markers, click for detail.

Map first: at 1366×768 the map fills most of the first screen; the search sits above it beside the title, the
chosen gemeente in short at the top of the column beside the map (in view where it was clicked), then the
compact controls and the legend; the gemeente's initiatives follow under the map. With a provincie or region filter only the gemeenten inside are coloured and
counted; the rest of the country is drawn as neutral context.
"""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import components, data, share_components
from dashboard.ui import map_components as maps
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)
dataset = data.active_dataset()
# Filtered records and the summary are computed once per filter state (ui/data.py), not on every rerun.
state = data.filter_state(dataset, filters_from_state(st.session_state))

components.compact_page()
head, search_col = st.columns([3.3, 1.15], gap="medium", vertical_alignment="bottom")
head.title(t("kaart.title", lang))
with search_col:
    maps.place_search(lang)


@st.fragment
@components.guarded
def map_and_panel() -> None:
    map_col, side = st.columns([3.3, 1.15], gap="medium")
    selected = st.session_state.get(components.SELECTED_KEY)
    with side:
        if selected:
            components.gemeente_card(state.records, selected, lang)
        components.dataset_notice(dataset, lang, compact=True)
        choice = maps.map_controls(lang)
    shown = data.map_state(dataset, state.filters, choice.measure, choice.context_measure, lang)
    with map_col:
        maps.main_map(state, shown, choice, selected, lang)
    with side:
        maps.map_side(dataset, state, shown, choice, lang)
    if selected:
        components.gemeente_initiatives(state.records, selected, lang)
    # A fragment run (click, measure) skips app.py's URL sync; keep the address bar with the view here.
    share_components.write_url("kaart", dataset.source == "upload")


map_and_panel()
maps.gemeente_table(state, lang)
