"""Wijzigingen: the public change log. What changed in the register since the last vaststelling (or a date the
reader picks), by which organisation, old → new per field, for the sidebar's area or a chosen gemeente."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import changes_components as log
from dashboard.ui import components, data
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)
components.compact_page()
st.title(t("changes.title", lang))
st.markdown(t("changes.intro", lang))

revision = log.revision_or_stop(lang)
place_col, since_col, kinds_col = st.columns([3, 4, 3], vertical_alignment="top")
with place_col:
    log.place_chooser(lang)
with since_col:
    since = log.since_chooser(revision, lang)
with kinds_col:
    kinds = log.kinds_chooser(lang)
place = log.area(filters_from_state(st.session_state), lang)
components.dataset_notice(data.register_dataset(), lang, compact=True)
log.change_log(revision, log.selection(place, since, kinds), place, lang)
