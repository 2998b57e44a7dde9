"""The pieces of the presentation mode: which slide, its title and controls, and the slides themselves.

The slides follow the sidebar's filters; what a slide counts and colours is derived once per filter state
(``FilterState.derive``), so stepping through the deck builds nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import folium
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.analysis import region_profile as rp
from dashboard.analysis.measures import Classified, classify
from dashboard.analysis.scope import covered_count, scope_classified
from dashboard.core.filters import Filters
from dashboard.i18n import t, tn
from dashboard.render import charts, maps, presentation, provenance
from dashboard.ui import changes_components, components, data, gala_components, search
from dashboard.ui.components import SELECTED_KEY
from dashboard.ui.data import Dataset, FilterState
from dashboard.ui.gala_components import GalaArea
from dashboard.ui.state import FILTER_KEYS
from dashboard.ui.urlstate import SLIDE_KEY

KEY_STOP: Final = presentation.KEY_STOP
SLIDE_COUNT: Final = len(presentation.SLIDES)


def page_style() -> None:
    """No sidebar or chrome, large type, thick borders: made for a projector."""
    st.html(presentation.CSS)


@dataclass(frozen=True)
class Deck:
    """Where the presentation stands: the slide, the chosen gemeente or region, and what the title says."""

    index: int
    slide: presentation.Slide
    profile: rp.Profile | None
    national_instead: bool  # a region slide without a region shows the national picture (and says so)
    area: str | None  # the sidebar's region/provincie filter by name, which the national picture counts
    title: str
    gala_area: GalaArea | None = None  # the GALA slide's region, or else the sidebar's single provincie

    @property
    def national(self) -> bool:
        return self.slide.code == "landelijk" or self.national_instead


def deck(filters: Filters, lang: str) -> Deck:
    """The slide in the link (?dia=N, kept in range) and the gemeente or region the shared state has chosen."""
    index = presentation.clamp(st.session_state.get(SLIDE_KEY))
    st.session_state[SLIDE_KEY] = index
    slide = presentation.slide_at(index)
    gemeenten = data.gemeenten_table()
    choice = rp.choice_from_state(
        st.session_state.get(SELECTED_KEY),
        st.session_state.get(FILTER_KEYS["regios"]),
        set(gemeenten["gm_code"]),
        set(gemeenten["regio_code"]),
    )
    profile = rp.profile(gemeenten, choice) if choice else None
    gala_area = (
        gala_components.slide_area(profile, filters, gemeenten, lang) if slide.code == "gala" else None
    )
    national_instead = slide.needs_region and profile is None and gala_area is None
    names = provenance.area_names(gemeenten)
    area = presentation.scope_area(
        [names.get(code, code) for code in filters.regios],
        [names.get(code, code) for code in filters.provincies],
        lang,
    )
    if slide.code == "wijzigingen":
        title = changes_components.slide_title(profile.regio_naam if profile is not None else area, lang)
    elif national_instead or slide.code == "landelijk":
        title = (
            components.say("slide.landelijk.scoped", lang, area=area) if area else t("slide.landelijk", lang)
        )
    elif slide.code in ("partijen", "interventies"):
        # The charts count the sidebar's selection: the title names it (issue 21.14), the country when none.
        title = components.say(f"slide.{slide.code}.area", lang, area=area or t("chart.nl", lang))
    else:
        place = gala_area.name if gala_area else profile.regio_naam if profile else ""
        title = components.say(slide.title_key, lang, regio=place)
    return Deck(index, slide, profile, national_instead, area, title, gala_area)


def deck_keys(lang: str) -> None:
    """Clicker keys and the full-screen button: a fixed script (no data in it) run in the page itself."""
    st.html(presentation.deck_script(t("slide.fullscreen", lang)), unsafe_allow_javascript=True)


def _go(target: int) -> None:
    st.session_state[SLIDE_KEY] = target


def stepping(
    previous: DeltaGenerator, counter: DeltaGenerator, following: DeltaGenerator, index: int, lang: str
) -> None:
    """Previous, "n of N", next (the arrow keys and a clicker press these buttons)."""
    previous.button(
        t("slide.prev", lang),
        on_click=_go,
        args=(presentation.previous_index(index),),
        disabled=index == 1,
        shortcut=presentation.KEY_PREVIOUS,
        key="dia_vorige",
        width="stretch",
    )
    counter.markdown(t("slide.counter", lang, n=index, total=SLIDE_COUNT))
    following.button(
        t("slide.next", lang),
        on_click=_go,
        args=(presentation.next_index(index),),
        disabled=index == SLIDE_COUNT,
        shortcut=presentation.KEY_NEXT,
        key="dia_volgende",
        type="primary",
        width="stretch",
    )


def scope_line(container: DeltaGenerator, dataset: Dataset, filters: Filters, lang: str) -> None:
    """The peiljaar and filters the slides follow, and whether they show example data."""
    names = provenance.area_names(data.gemeenten_table())
    year = str(filters.jaar) if filters.jaar is not None else t("report.all_years", lang)
    line = components.say(
        "slide.scope", lang, year=year, filters=provenance.describe_filters(filters, lang, names)
    )
    example = " · " + t("dl.example", lang) if dataset.is_example else ""
    container.caption(line + example, help=t("slide.keys", lang))


def year_banner(dataset: Dataset, filters: Filters, lang: str) -> None:
    """A slide of a peiljaar still being filled says so, on every slide (the audience may not know)."""
    note = components.year_short(dataset, filters, lang)
    if note is not None:
        st.warning(components.escape_markdown(note), icon=":material/pending:")
    confirmed = components.confirmed_line(dataset, filters, lang)
    if confirmed is not None:
        st.caption(components.escape_markdown(t("peiljaar.only_confirmed", lang, counts=confirmed)))


def region_chooser(current: Deck, lang: str) -> None:
    """A region slide without a region: say so, and offer the chooser."""
    text = (
        components.say("slide.landelijk.none.scoped", lang, area=current.area)
        if current.area
        else t("slide.landelijk.none", lang)
    )
    st.info(text, icon=":material/travel_explore:")
    search.place_search("dia_regio", t("slide.pick.label", lang), lang)


def members_of(current: Deck, state: FilterState) -> tuple[str, ...] | None:
    """The gemeenten the slides colour and count: the chosen region's, else the sidebar's provincie/region
    selection (None: the whole country)."""
    if current.profile is not None and not current.national_instead:
        return current.profile.members
    return None if state.selection is None else tuple(sorted(state.selection))


def _levels(state: FilterState, members: tuple[str, ...] | None, lang: str) -> Classified:
    """Levels with only ``members`` coloured and counted (None: all)."""
    return scope_classified(classify("niveau", state.summary, lang), members, lang)


def national_slide(state: FilterState, members: tuple[str, ...] | None, lang: str) -> None:
    """The country (or the sidebar's selection) by level, with the region borders."""
    classified = state.derive(_levels, members, lang)
    left, right = st.columns([3, 2], gap="large")
    with left:
        groups = [
            maps.choropleth_group(
                data.geometry_url(), classified, state.summary, data.gemeenten_table(), lang
            ),
            maps.border_layer(data.border_lines("regio"), "regio", "#d95f02", 2.5, lang),
        ]
        # Scoped by the sidebar, the slide opens on the selection as the map page does; else on the country.
        center, zoom = maps.view_of(data.layers().gemeenten, members)
        _slide_map(groups, "dia_kaart_nl", center, zoom)
    with right:
        covered, total = covered_count(state.summary, members)
        st.markdown(tn("slide.landelijk.text", len(state.records), lang, covered=covered, total=total))
        components.legend(classified, lang, [("wijk", t("kaart.legend.wijk", lang))])
        components.source_line(lang)


@dataclass(frozen=True, eq=False)
class _RegionSlide:
    records: pd.DataFrame  # touching the region
    missing: pd.DataFrame  # gemeenten without any initiative
    no_afstemming: pd.DataFrame  # gemeenten without agreements
    classified: Classified


def _region_slide(state: FilterState, regio_code: str, members: tuple[str, ...], lang: str) -> _RegionSlide:
    gemeenten = data.gemeenten_table()
    return _RegionSlide(
        rp.touching(state.records, members),
        rp.gaps(state.records, gemeenten, regio_code, "geen_initiatief"),
        rp.gaps(state.records, gemeenten, regio_code, "geen_afstemming"),
        state.derive(_levels, members, lang),
    )


def region_slide(state: FilterState, code: str, profile: rp.Profile, lang: str) -> None:
    """The chosen region ("regio") or its gaps ("gaten") on the map, with its figures beside it."""
    shown = state.derive(_region_slide, profile.regio_code, profile.members, lang)
    geo_layers = data.layers()
    groups = [
        maps.choropleth_group(
            data.geometry_url(), shown.classified, state.summary, data.gemeenten_table(), lang
        ),
        maps.borders_group(
            geo_layers.regios[geo_layers.regios["code"] == profile.regio_code], "regio", "#000000", 3.5, lang
        ),
    ]
    if code == "gaten":
        groups.append(maps.gaps_group(geo_layers.gemeenten, set(shown.missing["gm_code"]), lang))
    groups.append(maps.selection_group(geo_layers.gemeenten, profile.gm_code))
    center, zoom = maps.view_of(geo_layers.gemeenten, profile.members)
    left, right = st.columns([3, 2], gap="large")
    with left:
        _slide_map(groups, f"dia_kaart_{code}", center, zoom)
        components.source_line(lang)
    with right:
        if code == "regio":
            st.markdown(
                tn(
                    "slide.regio.text",
                    len(shown.records),
                    lang,
                    members=len(profile.members),
                    verzekeraar=components.escape_markdown(profile.zorgverzekeraar),
                )
            )
            components.legend(shown.classified, lang, [("regioline", t("mijnregio.legend.regio", lang))])
        else:
            _gaps_text(shown, len(profile.members), lang)
            extra = [
                ("gap", t("mijnregio.legend.gap", lang)),
                ("regioline", t("mijnregio.legend.regio", lang)),
            ]
            components.legend(shown.classified, lang, extra)


def _gaps_text(shown: _RegionSlide, total: int, lang: str) -> None:
    esc = components.escape_markdown
    for key, rows in (("geen_initiatief", shown.missing), ("geen_afstemming", shown.no_afstemming)):
        st.markdown(t(f"slide.gaten.{key}", lang, n=len(rows), total=total))
        listed = ", ".join(esc(name) for name in rows["gm_naam"])
        st.markdown(listed or t("report.gaps.none", lang))


def _slide_map(
    groups: list[folium.FeatureGroup], key: str, center: tuple[float, float] | None, zoom: float | None
) -> None:
    components.map_widget(
        groups, key=key, height=presentation.MAP_HEIGHT, selectable=False, center=center, zoom=zoom
    )


def chart_slide(
    state: FilterState, code: str, area: str | None, lang: str, note: tuple[str, ...] = ()
) -> None:
    """Parties ("partijen") or intervention uptake ("interventies") under the sidebar's filters; ``area`` (the
    sidebar's region or provincie by name, None for the country) is named in the chart's title, ``note`` (the
    open-year note) is in the figure."""
    figure = state.derive(_chart, code, area or t("chart.nl", lang), lang, note)
    st.plotly_chart(figure, width="stretch", key=f"dia_{code}")


def _chart(state: FilterState, code: str, area: str, lang: str, note: tuple[str, ...] = ()) -> go.Figure:
    if code == "partijen":
        figure = charts.with_area(charts.parties_figure(state.records, lang), area)
    else:
        figure = charts.with_area(charts.interventions_figure(state.records, "offering", lang), area)
    return charts.with_note(figure, note)


def changes_slide(current: Deck, state: FilterState, lang: str) -> None:
    """What changed since the last vaststelling (or the Wijzigingen page's date) in the deck's area."""
    members = members_of(current, state)
    area = current.profile.regio_naam if current.profile is not None else current.area
    changes_components.changes_slide(members, area, lang)
