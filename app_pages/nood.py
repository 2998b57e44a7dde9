"""Nood en aanbod: where need (population, young-adult health) is high and the filtered offer is missing.

The area follows the sidebar's provincie/region filters; the ranked list is exported with its provenance.
Widget format functions are module-level functions or partials: session state must stay picklable.
"""

from collections.abc import Callable
from functools import partial

import streamlit as st

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.need import (
    ANY_LEVEL,
    BY_AREAS,
    DIRECTIONS,
    SCENARIOS,
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
from dashboard.core.filters import apply_filters
from dashboard.core.schema import INTERVENTION_VOCABULARY, RANKED_LEVELS
from dashboard.export import need_files
from dashboard.i18n import label, t
from dashboard.ingest.context import INDICATORS, format_value, indicator_title
from dashboard.render import maps, provenance
from dashboard.render.need_tables import (
    PER_CAPITA_VALUES,
    display_table,
    per_capita_display,
    per_capita_figure,
    percap_label,
)
from dashboard.render.tables import for_display
from dashboard.ui import components, data, nood_components
from dashboard.ui.need_controls import level_option, threshold_control, threshold_help
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text

OWN = "eigen"
lang = current_lang(st.session_state)
dataset = data.active_dataset()
gemeenten = data.gemeenten_table()
context = data.context_table()
filters = filters_from_state(st.session_state)
table_source = need_files.TableSource(
    provenance.source_label(dataset.records, dataset.name), dataset.is_example, filters, gemeenten
)
records = apply_filters(dataset.records, filters, gemeenten)
scope = scope_gemeenten(gemeenten, filters)
scope_text = scope_name(filters, gemeenten, lang)

st.title(t("nood.title", lang))
components.dataset_notice(dataset, lang)
st.markdown(t("nood.intro", lang))

scenario = st.radio(
    t("nood.scenario", lang),
    [*SCENARIOS, OWN],
    key="nood_vraag",
    format_func=partial(prefixed_text, "nood.scenario.", lang=lang),
    horizontal=True,
)
if scenario == OWN:
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
    base = NeedSpec(indicator, default, direction, tuple(interventions), min_level)
else:
    base = scenario_spec(scenario, context)

# The key names question, indicator and direction, so switching back restores that question's default.
control = threshold_control(context, base.indicator)
threshold_label = t("nood.threshold", lang, name=indicator_title(base.indicator, lang))
threshold_key = f"nood_drempel_{scenario}_{base.indicator}_{base.direction}"
# Counts are whole numbers, in a number input; shares and rates a slider.
whole = control.kind != "slider"
as_number: Callable[[float], float] = int if whole else float
threshold_widget = st.number_input if whole else st.slider
threshold = threshold_widget(
    threshold_label,
    min_value=as_number(control.min_value),
    max_value=as_number(control.max_value),
    value=as_number(base.threshold),
    step=as_number(control.step),
    format=control.format,
    key=threshold_key,
    help=threshold_help(base, lang),
)
spec = NeedSpec(base.indicator, float(threshold), base.direction, base.interventions, base.min_level)

table = need_table(spec, records, context, scope)
sentence = need_sentence(spec, need_counts(table), lang, scope_text)
st.markdown(f"**{components.escape_markdown(sentence)}**")

found, map_measure = nood_components.map_controls(lang)
ranked = ranked_missing(table, spec)
if found:
    nood_components.found_gemeente(found, spec, table, ranked, lang)
members = scope["gm_code"] if scope_text else None
classified = nood_components.map_classes(map_measure, spec, table, gemeenten["gm_code"], members, lang)
summary = gemeente_summary(records, gemeenten["gm_code"])
# Zoomed on the chosen region or provincie, so its gemeenten are readable; the whole country otherwise.
center, zoom = (
    maps.view_for_bounds(maps.region_bounds(data.gemeenten_geo(), scope["gm_code"]), height_px=520)
    if scope_text
    else (None, None)
)
left, right = st.columns([3, 2], gap="medium")
with left:
    components.map_widget(
        [
            maps.choropleth_group(data.geometry_url(), classified, summary, gemeenten, lang),
            maps.selection_group(data.layers().gemeenten, found),
        ],
        key="noodkaart",
        height=520,
        selectable=False,
        center=center,
        zoom=zoom,
    )
    components.source_line(lang)
with right:
    nood_components.legend(classified, found, map_measure, lang)

st.subheader(t("nood.table", lang))
if ranked.empty:
    st.info(t("nood.table.empty", lang))
else:
    shown = display_table(ranked, spec, lang)
    indicator_column = {
        indicator_title(spec.indicator, lang): partial(format_value, spec.indicator, lang=lang)
    }
    st.dataframe(for_display(shown, lang, indicator_column), hide_index=True, width="stretch")
    lines = need_files.need_provenance(spec, sentence, table_source, lang)
    components.offer_download(
        None,
        t("nood.download", lang),
        need_files.table_download(f"nood_en_aanbod_{scenario}", shown, lines, lang),
        key="nood_download",
    )
    if "valpreventie" in spec.interventions:
        # The next question in that meeting: what would valpreventie cost and save here, and who saves?
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

st.subheader(t("nood.percap", lang))
st.caption(t("nood.percap.intro", lang))
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
# Within a chosen area the national row would compare filtered-away initiatives: only shown for all of NL.
per_capita = per_capita_by(records, context, scope, by, percap_level, with_total=scope_text is None)
st.plotly_chart(
    per_capita_figure(per_capita, value, by, percap_level, lang), width="stretch", key="nood_percap_chart"
)
percap_shown = nood_components.percap_table(
    per_capita_display(per_capita, by, percap_level, lang), per_capita, scope, by, lang
)
percap_lines = nood_components.money_lines(
    need_files.per_capita_provenance(percap_level, table_source, lang), lang
)
components.offer_download(
    None,
    t("nood.percap.download", lang),
    need_files.table_download(f"per_inwoner_{by}", percap_shown, percap_lines, lang),
    key="nood_percap_download",
)
st.caption(t("nood.sources", lang))
