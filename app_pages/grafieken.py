"""Charts: involved parties, intervention uptake, GLI programmes, collaboration levels and the years; any of
them for a region or provincie side by side with the Netherlands."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import chart_components as charts
from dashboard.ui import components, data
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)
dataset = data.active_dataset()
filters = filters_from_state(st.session_state)

st.title(t("grafieken.title", lang))
components.dataset_notice(dataset, lang)
st.caption(t("grafieken.rule", lang))

controls = st.columns([3, 2])
kind = charts.kind_control(controls[0], lang)
area = charts.compare_control(controls[1], filters, lang)
base = components.intervention_base("basis", lang) if kind == "interventies" else "offering"

if area is None:
    charts.national_chart(dataset, filters, kind, base, lang)
else:
    charts.compared_chart(dataset, filters, kind, area, base, lang)
