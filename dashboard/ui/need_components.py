"""The pieces of Nood en aanbod: the question asked, where need is high without offer (map and ranked list), and
the offer per inhabitant by region or provincie.

The area follows the sidebar's provincie/region filters. What a question yields under a filter state is derived
once (``FilterState.derive``); widget format functions are module-level functions or partials, because session
state must stay picklable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Final

import pandas as pd
import streamlit as st

from dashboard.analysis.context_measures import need_classified
from dashboard.analysis.measures import Classified
from dashboard.analysis.need import (
    ANY_LEVEL,
    BY_AREAS,
    DIRECTIONS,
    SCENARIOS,
    By,
    NeedSpec,
    default_threshold,
    direction_of,
    min_level_of,
    need_counts,
    need_sentence,
    need_table,
    per_capita_by,
    ranked_missing,
    scenario_spec,
    scope_gemeenten,
    scope_name,
)
from dashboard.core.filters import Filters
from dashboard.core.schema import INTERVENTION_VOCABULARY, RANKED_LEVELS
from dashboard.export import need_files
from dashboard.i18n import label, t
from dashboard.ingest.context import INDICATORS, format_value, indicator_title
from dashboard.render import maps
from dashboard.render.need_tables import (
    PER_CAPITA_VALUES,
    display_table,
    per_capita_display,
    per_capita_figure,
    percap_label,
)
from dashboard.render.tables import for_display
from dashboard.ui import components, data
from dashboard.ui.data import Dataset, FilterState
from dashboard.ui.need_controls import level_option, threshold_control, threshold_help
from dashboard.ui.nood_components import NEED_MAP, map_classes, money_lines, percap_table
from dashboard.ui.nood_components import legend as money_legend
from dashboard.ui.sidebar import prefixed_text

OWN: Final = "eigen"  # the user's own question, beside the scenarios
MAP_HEIGHT: Final = 520


@dataclass(frozen=True)
class Question:
    scenario: str  # a key of SCENARIOS, or OWN
    spec: NeedSpec


def question(filters: Filters, lang: str) -> Question:
    """A ready question (scenario) or the user's own: indicator, direction, interventions, level; then the
    threshold, whose key names question, indicator and direction (switching back restores that default)."""
    context = data.context_table()
    scenario = st.radio(
        t("nood.scenario", lang),
        [*SCENARIOS, OWN],
        key="nood_vraag",
        format_func=partial(prefixed_text, "nood.scenario.", lang=lang),
        horizontal=True,
    )
    base = _own_question(context, filters, lang) if scenario == OWN else scenario_spec(scenario, context)
    control = threshold_control(context, base.indicator)
    # Counts are whole numbers, in a number input; shares and rates a slider.
    whole = control.kind != "slider"
    as_number: Callable[[float], float] = int if whole else float
    threshold_widget = st.number_input if whole else st.slider
    threshold = threshold_widget(
        t("nood.threshold", lang, name=indicator_title(base.indicator, lang)),
        min_value=as_number(control.min_value),
        max_value=as_number(control.max_value),
        value=as_number(base.threshold),
        step=as_number(control.step),
        format=control.format,
        key=f"nood_drempel_{scenario}_{base.indicator}_{base.direction}",
        help=threshold_help(base, lang),
    )
    spec = NeedSpec(base.indicator, float(threshold), base.direction, base.interventions, base.min_level)
    return Question(scenario, spec)


def _own_question(context: pd.DataFrame, filters: Filters, lang: str) -> NeedSpec:
    cols = st.columns(4)
    indicator = cols[0].selectbox(
        t("nood.indicator", lang),
        list(INDICATORS),
        key="nood_indicator",
        index=list(INDICATORS).index("pct_eenzaam"),
        format_func=partial(indicator_title, lang=lang),
    )
    direction = cols[1].radio(
        t("nood.direction", lang),
        DIRECTIONS,
        key=f"nood_richting_{indicator}",
        index=0 if direction_of(indicator) == "ge" else 1,
        format_func=partial(prefixed_text, "nood.direction.", lang=lang),
    )
    interventions = cols[2].multiselect(
        t("nood.interventions", lang),
        list(INTERVENTION_VOCABULARY),
        key="nood_interventies",
        wrap=True,  # in a column Streamlit would scroll the chips out of sight instead
        default=["welzijn_op_recept"],
        format_func=partial(label, "intervention", lang=lang, year=filters.jaar),
        help=t("nood.interventions.help", lang),
        placeholder=t("widget.placeholder.multi", lang),
    )
    min_level = min_level_of(
        cols[3].selectbox(
            t("nood.min_level", lang),
            [ANY_LEVEL, *RANKED_LEVELS],
            key="nood_niveau",
            format_func=partial(level_option, lang=lang),
        )
    )
    default = default_threshold(context, indicator, direction)
    return NeedSpec(indicator, default, direction, tuple(interventions), min_level)


@dataclass(frozen=True, eq=False)
class NeedView:
    """A question answered under one filter state (shared: do not mutate)."""

    table: pd.DataFrame
    sentence: str
    classified: Classified
    ranked: pd.DataFrame  # high need without offer, most need first
    scope_codes: tuple[str, ...]
    scoped: bool  # a provincie or region is chosen (the map zooms in on it)


def need_view(dataset: Dataset, filters: Filters, spec: NeedSpec, lang: str) -> NeedView:
    return data.derived(dataset, filters, _need_view, spec, lang)


def _need_view(state: FilterState, spec: NeedSpec, lang: str) -> NeedView:
    gemeenten = data.gemeenten_table()
    scope = scope_gemeenten(gemeenten, state.filters)
    scope_text = scope_name(state.filters, gemeenten, lang)
    table = need_table(spec, state.records, data.context_table(), scope)
    return NeedView(
        table=table,
        sentence=need_sentence(spec, need_counts(table), lang, scope_text),
        classified=need_classified(spec, table, gemeenten["gm_code"], lang),
        ranked=ranked_missing(table, spec),
        scope_codes=tuple(scope["gm_code"]),
        scoped=scope_text is not None,
    )


def table_source(dataset: Dataset, filters: Filters, lang: str) -> need_files.TableSource:
    """Where both downloads' tables come from: the filtered records, in words (in ``lang``; the open-year
    note is a line of their own)."""
    return need_files.TableSource(
        components.source_of(dataset, data.filter_state(dataset, filters).records, lang),
        dataset.is_example,
        filters,
        data.gemeenten_table(),
        components.year_note(dataset, filters, lang),
    )


def need_map(
    state: FilterState, view: NeedView, lang: str, *, found: str | None = None, measure: str = NEED_MAP
) -> None:
    """The gemeenten coloured by need and offer (or by a money ``measure``), the ``found`` gemeente outlined;
    zoomed on the chosen region or provincie, so its gemeenten are readable, else the whole country."""
    classified = map_classes(measure, view.classified, view.scope_codes if view.scoped else None, lang)
    center, zoom = (
        maps.view_for_bounds(maps.region_bounds(data.gemeenten_geo(), view.scope_codes), height_px=MAP_HEIGHT)
        if view.scoped
        else (None, None)
    )
    left, right = st.columns([3, 2], gap="medium")
    with left:
        components.map_widget(
            [
                maps.choropleth_group(
                    data.geometry_url(), classified, state.summary, data.gemeenten_table(), lang
                ),
                maps.selection_group(data.gemeenten_geo(), found),
            ],
            key="noodkaart",
            height=MAP_HEIGHT,
            selectable=False,
            center=center,
            zoom=zoom,
        )
        components.source_line(lang)
    with right:
        money_legend(classified, found, measure, lang)


def ranked_list(view: NeedView, asked: Question, source: need_files.TableSource, lang: str) -> None:
    """The gemeenten with high need and no offer, to read and download; for valpreventie, the way on."""
    spec = asked.spec
    if view.ranked.empty:
        st.info(t("nood.table.empty", lang))
        return
    shown = display_table(view.ranked, spec, lang)
    indicator_column = {
        indicator_title(spec.indicator, lang): partial(format_value, spec.indicator, lang=lang)
    }
    st.dataframe(for_display(shown, lang, indicator_column), hide_index=True, width="stretch")
    lines = need_files.need_provenance(spec, view.sentence, source, lang)
    components.offer_download(
        None,
        t("nood.download", lang),
        need_files.table_download(f"nood_en_aanbod_{asked.scenario}", shown, lines, lang),
        key="nood_download",
    )
    if "valpreventie" in spec.interventions:
        valpreventie_link(view.ranked, lang)


def valpreventie_link(ranked: pd.DataFrame, lang: str) -> None:
    """The next question in that meeting: what would valpreventie cost and save here, and who saves?"""
    names = dict(zip(ranked["gm_code"], ranked["gm_naam"], strict=True))
    vp_cols = st.columns([3, 2], vertical_alignment="bottom")
    target = vp_cols[0].selectbox(
        t("vp.open", lang), list(names), format_func=names.__getitem__, key="nood_vp_gemeente"
    )
    if vp_cols[1].button(
        t("vp.open.button", lang, naam=names[target]), key="nood_vp_open", icon=":material/elderly:"
    ):
        st.session_state[components.SELECTED_KEY] = target
        st.switch_page("app_pages/valpreventie.py")


def per_capita(dataset: Dataset, filters: Filters, source: need_files.TableSource, lang: str) -> None:
    """Initiatives per 100,000 inhabitants (or the share covered) by region or provincie."""
    percap_cols = st.columns(3)
    by = percap_cols[0].radio(
        t("nood.percap.by", lang),
        BY_AREAS,
        key="nood_per",
        horizontal=True,
        format_func=partial(prefixed_text, "need.percap.by.", lang=lang),
    )
    percap_level = min_level_of(
        percap_cols[1].selectbox(
            t("nood.min_level", lang),
            [ANY_LEVEL, *RANKED_LEVELS],
            index=1 + RANKED_LEVELS.index("informeel"),
            key="nood_percap_niveau",
            format_func=partial(level_option, lang=lang),
        )
    )
    value = percap_cols[2].radio(
        t("nood.percap.value", lang),
        PER_CAPITA_VALUES,
        key="nood_percap_waarde",
        format_func=partial(percap_label, min_level=None, lang=lang),
    )
    table = data.derived(dataset, filters, _per_capita, by, percap_level)
    st.plotly_chart(
        per_capita_figure(table, value, by, percap_level, lang), width="stretch", key="nood_percap_chart"
    )
    # The Brede SPUK per inwoner of each area beside its coverage (said not to be spent on the initiatives).
    scope = scope_gemeenten(data.gemeenten_table(), filters)
    shown = percap_table(per_capita_display(table, by, percap_level, lang), table, scope, by, lang)
    lines = money_lines(need_files.per_capita_provenance(percap_level, source, lang), lang)
    components.offer_download(
        None,
        t("nood.percap.download", lang),
        need_files.table_download(f"per_inwoner_{by}", shown, lines, lang),
        key="nood_percap_download",
    )


def _per_capita(state: FilterState, by: By, min_level: str | None) -> pd.DataFrame:
    # Within a chosen area the national row would compare filtered-away initiatives: only shown for all of NL.
    national = scope_name(state.filters, data.gemeenten_table()) is None
    scope = scope_gemeenten(data.gemeenten_table(), state.filters)
    return per_capita_by(state.records, data.context_table(), scope, by, min_level, with_total=national)
