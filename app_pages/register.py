"""Register page: sign in, add/edit/withdraw initiatives, import a file, a new peiljaar, the history."""

import streamlit as st

from dashboard.i18n import t
from dashboard.register.errors import RegisterError
from dashboard.ui import data
from dashboard.ui import register_components as rc
from dashboard.ui.components import escape_markdown
from dashboard.ui.sidebar import current_lang

lang = current_lang(st.session_state)
st.title(t("register.title", lang))
st.markdown(t("register.intro", lang))

try:
    register = data.register()
    revision = register.revision()
except RegisterError as error:
    st.error(escape_markdown(error.text(lang)), icon=":material/cloud_off:")
    st.stop()

st.caption(t("register.count", lang, n=len(data.register_dataset().records), revision=revision))
rc.show_flash()
try:
    actor = rc.signed_in_actor(register, lang)
except RegisterError as error:
    # The session stays: the next rerun checks it again.
    st.error(escape_markdown(error.text(lang)), icon=":material/cloud_off:")
    st.stop()
if actor is None:
    rc.sign_in_form(register, lang)
    st.stop()

rc.signed_in_bar(register, actor, lang)
try:
    entries = data.register_entries(revision)
except RegisterError as error:
    st.error(escape_markdown(error.text(lang)), icon=":material/cloud_off:")
    st.stop()
editable = rc.editable_entries(register, actor, entries)
labels = ["edit", "import", "year", "history"] + (["withdrawn"] if actor.is_beheerder else [])
tabs = dict(zip(labels, st.tabs([t(f"register.tab.{name}", lang) for name in labels]), strict=True))
with tabs["edit"]:
    entry = rc.pick_initiative(editable, lang)
    rc.initiative_form(register, entry, data.gemeenten_table(), rc.data_default_year(entries), lang)
    if entry is not None:
        rc.withdraw_form(register, entry, lang)
with tabs["import"]:
    rc.import_section(register, lang)
with tabs["year"]:
    rc.new_year_section(register, entries, editable, lang)
with tabs["history"]:
    rc.history_section(register, revision, entries, lang)
if "withdrawn" in tabs:
    with tabs["withdrawn"]:
        rc.withdrawn_list(register, entries, lang)
