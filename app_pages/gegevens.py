"""Data page: which records the dashboard shows, upload your own file, see accepted and rejected rows."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import changes_components, components, data
from dashboard.ui import upload_components as upload
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)

st.title(t("gegevens.title", lang))
st.markdown(t("gegevens.intro", lang))

st.subheader(t("gegevens.template", lang))
upload.template_downloads(st.columns(2), lang)

st.subheader(t("gegevens.upload", lang))
dataset = upload.upload_section(lang)

report = data.validation_report()
st.subheader(components.say("gegevens.report", lang, file=data.shown_name(report)), anchor=False)
components.dataset_notice(dataset, lang)
upload.validation_report(report, lang)

st.subheader(t("gegevens.records", lang))
upload.shown_records(dataset, filters_from_state(st.session_state), lang)

st.subheader(t("opendata.ui.title", lang))
changes_components.open_data_links(lang)
