"""Map page: gemeenten coloured by the chosen measure, region layers, initiative markers, click for detail.

Map first: at 1366×768 the map fills most of the first screen; the compact controls, the legend, the search and
the chosen gemeente sit beside it. With a provincie or region filter only the gemeenten inside are coloured and
counted (``analysis.scope``, applied in ``data.map_state``); the rest of the country is drawn as neutral context.
"""

from functools import partial

import streamlit as st

from dashboard.analysis.context_measures import MAP_MEASURES, option_label
from dashboard.analysis.measures import MEASURES
from dashboard.analysis.scope import scope_summary, selection_members
from dashboard.analysis.search import KINDS
from dashboard.i18n import t
from dashboard.render import maps
from dashboard.render.tables import for_display, gemeente_overview
from dashboard.ui import components, data, search, share_components
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text

TABLE_OPEN_KEY = "kaart_tabel_open"

lang = current_lang(st.session_state)
dataset = data.active_dataset()
gemeenten = data.gemeenten_table()
filters = filters_from_state(st.session_state)
# Filtered records and the summary are computed once per filter state (ui/data.py), not on every rerun.
state = data.filter_state(dataset, filters)
members = selection_members(filters, gemeenten)

components.compact_page()
st.title(t("kaart.title", lang))


def map_controls() -> tuple[str, str | None, list[str]]:
    """Measure, context measure and layers: inside the fragment, so changing them reruns only the map."""
    # A selectbox, not a segmented control: six measures never fit a laptop's side column without clipping.
    measure = st.selectbox(
        t("kaart.measure", lang),
        list(MEASURES),
        key="maat",
        format_func=partial(prefixed_text, "kaart.measure.", lang=lang),
    )
    # Need-side context replaces the offer measure while chosen; empty (cleared) is "no context measure".
    # No None option: Streamlit shows a None value as its placeholder, so the placeholder says what None means.
    context_measure = st.selectbox(
        t("context.measure.select", lang),
        list(MAP_MEASURES),
        key="maat_context",
        index=None,
        placeholder=option_label(None, lang),
        format_func=partial(option_label, lang=lang),
    )
    components.widget_default("lagen", ["regio"])
    # wrap=True: in a column Streamlit keeps pills on one row that scrolls, hiding layers past the edge.
    shown_layers = st.pills(
        t("kaart.layers", lang),
        ["regio", "provincie", "ggd", "initiatieven"],
        key="lagen",
        selection_mode="multi",
        format_func=partial(prefixed_text, "kaart.layer.", lang=lang),
        wrap=True,
    )
    return measure or "niveau", context_measure, list(shown_layers or [])


@st.fragment
@components.guarded
def map_and_panel() -> None:
    map_col, side = st.columns([3.3, 1.15], gap="medium")
    with side:
        components.dataset_notice(dataset, lang, compact=True)
        measure, context_measure, shown_layers = map_controls()
    shown = data.map_state(dataset, filters, measure, context_measure, lang)
    classified, records = shown.classified, state.records
    geo_layers = data.layers()
    selected = st.session_state.get(components.SELECTED_KEY)
    groups = [maps.choropleth_of(data.geometry_url(), shown.choropleth)]
    if "provincie" in shown_layers:
        groups.append(maps.border_layer(data.border_lines("provincie"), "provincie", "#222222", 2.5, lang))
    if "ggd" in shown_layers:
        groups.append(maps.border_layer(data.border_lines("ggd"), "ggd", "#7b3294", 2, lang, dash="6 4"))
    if "regio" in shown_layers:
        groups.append(maps.border_layer(data.border_lines("regio"), "regio", "#d95f02", 2.5, lang))
    if "initiatieven" in shown_layers:
        centroids = data.gemeente_centroids()
        if members is not None:  # dots only inside the selection, like the colours
            centroids = {code: point for code, point in centroids.items() if code in members}
        groups.append(maps.markers_group(maps.marker_points(records, centroids), lang))
    groups.append(maps.selection_group(geo_layers.gemeenten, selected))
    # With a provincie or region chosen the map opens on it; otherwise on the whole country.
    center, zoom = maps.view_of(geo_layers.gemeenten, members)
    with map_col:
        components.map_widget(
            groups, key="kaart", height=components.MAP_PAGE_HEIGHT, center=center, zoom=zoom
        )
        components.source_line(lang)
    with side:
        extra = [("wijk", t("kaart.legend.wijk", lang))]
        if "initiatieven" in shown_layers:
            extra += [
                ("marker", t("kaart.legend.marker", lang)),
                ("coalitie", t("kaart.legend.coalitie", lang)),
            ]
        components.legend(classified, lang, extra)
        components.map_png_button(dataset, classified, filters, members, lang)
        # The map is the page that filters by provincie: here a provincie can be looked up too.
        search.place_search(
            "kaart_zoek",
            t("kaart.search", lang),
            lang,
            kinds=KINDS,
            placeholder=t("search.placeholder.provincie", lang),
        )
    if selected:
        components.gemeente_panel(records, selected, lang)
    # A fragment run (click, measure) skips app.py's URL sync; keep the address bar with the view here.
    share_components.write_url("kaart", dataset.source == "upload")


map_and_panel()

# Drawn only once opened: st.dataframe's grid is ~1.7 MB of frontend code that a first visit would otherwise
# download before anyone asked for the table (the open state is kept across reruns).
table = st.expander(t("kaart.table", lang), icon=":material/table:", key=TABLE_OPEN_KEY, on_change="rerun")
if table.open:
    with table:
        st.caption(t("kaart.table.caption", lang))
        st.dataframe(
            for_display(gemeente_overview(scope_summary(state.summary, members), gemeenten, lang), lang),
            hide_index=True,
            width="stretch",
        )
