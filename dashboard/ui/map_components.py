"""The map page's pieces: its controls, the map with its layers, the legend and tools beside it, the table.

With a provincie or region filter only the gemeenten inside are coloured and counted (``analysis.scope``,
applied in ``data.map_state``); the rest of the country is drawn as neutral context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Final

import streamlit as st

from dashboard.analysis.context_measures import MAP_MEASURES, option_label
from dashboard.analysis.measures import MEASURES
from dashboard.analysis.scope import scope_summary
from dashboard.analysis.search import KINDS
from dashboard.i18n import t
from dashboard.render import maps
from dashboard.render.tables import for_display, gemeente_overview
from dashboard.ui import components, data, search
from dashboard.ui.data import Dataset, FilterState, MapState
from dashboard.ui.sidebar import prefixed_text

TABLE_OPEN_KEY: Final = "kaart_tabel_open"


@dataclass(frozen=True)
class MapChoice:
    measure: str
    context_measure: str | None
    layers: tuple[str, ...]


def map_controls(lang: str) -> MapChoice:
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
    return MapChoice(measure or "niveau", context_measure, tuple(shown_layers or ()))


def main_map(state: FilterState, shown: MapState, choice: MapChoice, selected: str | None, lang: str) -> None:
    """The choropleth with the chosen border layers and markers, opened on the selection."""
    geo_layers = data.layers()
    selection = state.selection
    groups = [maps.choropleth_of(data.geometry_url(), shown.choropleth)]
    if "provincie" in choice.layers:
        groups.append(maps.border_layer(data.border_lines("provincie"), "provincie", "#222222", 2.5, lang))
    if "ggd" in choice.layers:
        groups.append(maps.border_layer(data.border_lines("ggd"), "ggd", "#7b3294", 2, lang, dash="6 4"))
    if "regio" in choice.layers:
        groups.append(maps.border_layer(data.border_lines("regio"), "regio", "#d95f02", 2.5, lang))
    if "initiatieven" in choice.layers:
        centroids = data.gemeente_centroids()
        if selection is not None:  # dots only inside the selection, like the colours
            centroids = {code: point for code, point in centroids.items() if code in selection}
        groups.append(maps.markers_group(maps.marker_points(state.records, centroids), lang))
    groups.append(maps.selection_group(geo_layers.gemeenten, selected))
    # With a provincie or region chosen the map opens on it; otherwise on the whole country.
    center, zoom = maps.view_of(geo_layers.gemeenten, selection)
    components.map_widget(groups, key="kaart", height=components.MAP_PAGE_HEIGHT, center=center, zoom=zoom)
    components.source_line(lang)


def place_search(lang: str) -> None:
    """Above the map: the search for a gemeente, region or provincie (the map is the page that filters by
    provincie, so a provincie can be looked up here too)."""
    # The label is the placeholder (and the box's accessible name): a label line above it would push the map
    # down on a laptop.
    search.place_search(
        "kaart_zoek",
        t("kaart.search", lang),
        lang,
        kinds=KINDS,
        placeholder=t("kaart.search.placeholder", lang),
        label_visibility="collapsed",
        icon=":material/search:",
    )


def map_side(dataset: Dataset, state: FilterState, shown: MapState, choice: MapChoice, lang: str) -> None:
    """Beside the map: the legend and the map as PNG."""
    extra = [("wijk", t("kaart.legend.wijk", lang))]
    if "initiatieven" in choice.layers:
        extra += [("marker", t("kaart.legend.marker", lang)), ("coalitie", t("kaart.legend.coalitie", lang))]
    components.legend(shown.classified, lang, extra)
    components.map_png_button(dataset, shown.classified, state.filters, state.selection, lang, state.records)


def gemeente_table(state: FilterState, lang: str) -> None:
    """Every gemeente with its figures, drawn only once opened: st.dataframe's grid is ~1.7 MB of frontend code
    that a first visit would otherwise download before anyone asked for the table (the open state is kept)."""
    table = st.expander(
        t("kaart.table", lang), icon=":material/table:", key=TABLE_OPEN_KEY, on_change="rerun"
    )
    if table.open:
        with table:
            st.caption(t("kaart.table.caption", lang))
            overview = gemeente_overview(
                scope_summary(state.summary, state.selection), data.gemeenten_table(), lang
            )
            st.dataframe(for_display(overview, lang), hide_index=True, width="stretch")
