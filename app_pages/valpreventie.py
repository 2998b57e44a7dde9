"""Valpreventie: what a fall-prevention programme would cost and save in a gemeente, region or provincie, and
who saves, in three steps. A schatting op basis van gepubliceerde kengetallen; every figure is editable and a
changed one travels in the link (?vp_waarden=)."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import valpreventie_components as steps
from dashboard.ui.sidebar import current_lang

lang = current_lang(st.session_state)
steps.follow_language(lang)

st.title(t("vp.title", lang))
st.info(t("vp.disclaimer", lang), icon=":material/calculate:")

area = steps.area_choice(lang)
if area is None:
    st.markdown(t("vp.intro", lang))
    st.stop()
n65 = steps.inhabitants_65plus(area)

# ---- step 1: situatie
st.header(t("vp.step.situatie", lang))
steps.situation_step(area, n65, lang)

# ---- step 2: aanpak
st.header(t("vp.step.aanpak", lang))
approach = steps.approach_step(n65, lang)

# ---- step 3: kosten en baten
st.header(t("vp.step.kosten_baten", lang))
outcome = steps.outcome(n65, approach, lang)
if outcome is None:
    st.stop()
steps.result_summary(area, approach, outcome, lang)

st.subheader(t("vp.financiers", lang))
steps.financiers(approach, outcome, lang)
steps.tornado(outcome, lang)

st.subheader(t("vp.table.params", lang))
steps.parameter_table(approach, lang)
steps.downloads(area, approach, outcome, lang)
