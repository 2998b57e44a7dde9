"""About: what the dashboard shows, the RIVM definitions, and every data source with its licence."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui.sidebar import current_lang

lang = current_lang(st.session_state)
st.title(t("over.title", lang))
st.markdown(t("over.body", lang))
st.subheader(t("over.sources", lang))
st.markdown(t("over.sources.body", lang))
