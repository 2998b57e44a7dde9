"""VNG–ZN regions: the regional work structure of gemeenten and zorgverzekeraars, and its region table."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import profile_components
from dashboard.ui import region_components as regions
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)

st.title(t("regios.title", lang))
st.markdown(t("regios.intro", lang))

left, right = st.columns([3, 2], gap="medium")
with left:
    regions.regions_map(filters_from_state(st.session_state), lang)
with right:
    st.subheader(t("regios.table", lang))
    regions.regions_table(lang)
st.caption(t("regios.caveat", lang))

st.subheader(t("money.iza.title", lang))
profile_components.iza_table(lang)
