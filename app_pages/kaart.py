"""Map page: gemeenten coloured by the chosen measure, region layers, initiative markers, click for detail."""

from functools import partial

import streamlit as st

from dashboard.analysis.context_measures import MAP_MEASURES, option_label
from dashboard.analysis.measures import MEASURES
from dashboard.i18n import t
from dashboard.render import maps
from dashboard.render.tables import for_display, gemeente_overview
from dashboard.ui import components, data, share_components
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text

TABLE_OPEN_KEY = "kaart_tabel_open"

lang = current_lang(st.session_state)
dataset = data.active_dataset()
gemeenten = data.gemeenten_table()
filters = filters_from_state(st.session_state)
# Filtered records and the summary are computed once per filter state (ui/data.py), not on every rerun.
state = data.filter_state(dataset, filters)

st.title(t("kaart.title", lang))
components.dataset_notice(dataset, lang)


def map_controls() -> tuple[str, str | None, list[str]]:
    """Measure, context measure and layers: inside the fragment, so changing them reruns only the map."""
    controls = st.columns([3, 2])
    measure = controls[0].segmented_control(
        t("kaart.measure", lang),
        list(MEASURES),
        key="maat",
        default="niveau",
        format_func=partial(prefixed_text, "kaart.measure.", lang=lang),
    )
    # Need-side context (population, young-adult health, need vs offer) replaces the offer measure while chosen.
    context_measure = controls[0].selectbox(
        t("context.measure.select", lang),
        [None, *MAP_MEASURES],
        key="maat_context",
        format_func=partial(option_label, lang=lang),
    )
    shown_layers = controls[1].pills(
        t("kaart.layers", lang),
        ["regio", "provincie", "ggd", "initiatieven"],
        key="lagen",
        selection_mode="multi",
        default=["regio"],
        format_func=partial(prefixed_text, "kaart.layer.", lang=lang),
    )
    return measure or "niveau", context_measure, list(shown_layers)


@st.fragment
@components.guarded
def map_and_panel() -> None:
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
        points = maps.marker_points(records, data.gemeente_centroids())
        groups.append(maps.markers_group(points, lang))
    groups.append(maps.selection_group(geo_layers.gemeenten, selected))

    left, right = st.columns([3, 2], gap="medium")
    with left:
        components.map_widget(groups, key="kaart")
        components.source_line(lang)
    with right:
        extra = [("wijk", t("kaart.legend.wijk", lang))]
        if "initiatieven" in shown_layers:
            extra += [
                ("marker", t("kaart.legend.marker", lang)),
                ("coalitie", t("kaart.legend.coalitie", lang)),
            ]
        components.legend(classified, lang, extra)
        names = dict(zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True))
        st.selectbox(
            t("kaart.search", lang),
            sorted(names, key=lambda c: names[c].casefold()),
            key=components.SELECTED_KEY,
            index=None,
            format_func=names.__getitem__,
            placeholder=t("kaart.search.placeholder", lang),
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
            for_display(gemeente_overview(state.summary, gemeenten, lang), lang),
            hide_index=True,
            width="stretch",
        )
