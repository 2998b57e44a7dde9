"""Nood en aanbod: where need (population, young-adult health) is high and the filtered offer is missing.

The area follows the sidebar's provincie/region filters; the ranked list is exported with its provenance.
"""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import components, data, nood_components
from dashboard.ui import need_components as need
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)
dataset = data.active_dataset()
filters = filters_from_state(st.session_state)
state = data.filter_state(dataset, filters)
source = need.table_source(dataset, filters, lang)

st.title(t("nood.title", lang))
components.dataset_notice(dataset, lang)
st.markdown(t("nood.intro", lang))

asked = need.question(filters, lang)
view = need.need_view(dataset, filters, asked.spec, lang)
st.markdown(f"**{components.escape_markdown(view.sentence)}**")
found, map_measure = nood_components.map_controls(lang)
if found:
    nood_components.found_gemeente(found, asked.spec, view.table, view.ranked, lang)
need.need_map(state, view, lang, found=found, measure=map_measure)

st.subheader(t("nood.table", lang))
need.ranked_list(view, asked, source, lang)

st.subheader(t("nood.percap", lang))
st.caption(t("nood.percap.intro", lang))
need.per_capita(dataset, filters, source, lang)
st.caption(t("nood.sources", lang))
