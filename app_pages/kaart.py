"""Map page: gemeenten coloured by the chosen measure, region layers, initiative markers, click for detail."""

from functools import partial

import streamlit as st

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.context_measures import MAP_MEASURES, classify_map_measure, option_label
from dashboard.analysis.measures import MEASURES, classify
from dashboard.core.filters import apply_filters
from dashboard.i18n import t
from dashboard.render import maps
from dashboard.render.tables import for_display, gemeente_overview
from dashboard.ui import components, data
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text

lang = current_lang(st.session_state)
dataset = data.active_dataset()
gemeenten = data.gemeenten_table()
records = apply_filters(dataset.records, filters_from_state(st.session_state), gemeenten)

st.title(t("kaart.title", lang))
components.dataset_notice(dataset, lang)

controls = st.columns([3, 2])
measure = controls[0].segmented_control(
    t("kaart.measure", lang),
    list(MEASURES),
    key="maat",
    default="niveau",
    format_func=partial(prefixed_text, "kaart.measure.", lang=lang),
)
measure = measure or "niveau"
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

summary = gemeente_summary(records, gemeenten["gm_code"])
classified = (
    classify_map_measure(context_measure, records, data.context_table(), lang)
    if context_measure
    else classify(measure, summary, lang)
)


@st.fragment
def map_and_panel() -> None:
    geo_layers = data.layers()
    selected = st.session_state.get(components.SELECTED_KEY)
    groups = [maps.choropleth_group(data.geometry_url(), classified, summary, gemeenten, lang)]
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
            format_func=names.get,
            placeholder=t("kaart.search.placeholder", lang),
        )
        if selected:
            components.gemeente_panel(records, selected, lang)


map_and_panel()

st.subheader(t("kaart.table", lang))
st.caption(t("kaart.table.caption", lang))
st.dataframe(for_display(gemeente_overview(summary, gemeenten, lang), lang), hide_index=True, width="stretch")
