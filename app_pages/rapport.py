"""Region report: choose a VNG–ZN region or a gemeente and download its PDF report."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import components, data, search
from dashboard.ui.share_components import report_button
from dashboard.ui.sidebar import current_lang

lang = current_lang(st.session_state)

st.title(t("rapport.title", lang))
components.dataset_notice(data.active_dataset(), lang)
st.markdown(t("rapport.intro", lang))

choice = search.place_search("rapport_keuze", t("rapport.pick", lang), lang)
if choice is None:
    st.info(t("rapport.none", lang), icon=":material/travel_explore:")
else:
    report_button(choice.kind, choice.code, lang)
