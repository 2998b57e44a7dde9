"""Register page: sign in, the initiatives to confirm for your organisation, add/edit/withdraw initiatives,
import a file, the peiljaar round, the history. Never stops before the form: a busy or unreachable database is
a message beside what was typed (dashboard.ui.register_components)."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import register_components as rc
from dashboard.ui.sidebar import current_lang

lang = current_lang(st.session_state)
st.title(t("register.title", lang))
st.markdown(t("register.intro", lang))

view = rc.register_view(lang)
if view.actor is None:
    rc.sign_in_form(view, lang)
    st.stop()

rc.signed_in_bar(view, lang)
tabs = rc.tabs(view, lang)
with tabs["edit"]:
    entry = rc.pick_initiative(view, lang)
    rc.initiative_form(view, entry, lang)
    rc.withdraw_form(view, entry, lang)
with tabs["confirm"]:
    rc.section(view, rc.confirm_section, view, lang)
with tabs["import"]:
    rc.import_section(view, lang)
with tabs["year"]:
    rc.section(view, rc.round_section, view, lang)
with tabs["history"]:
    rc.section(view, rc.history, view, lang)
if "withdrawn" in tabs:
    with tabs["withdrawn"]:
        rc.withdrawn_list(view, lang)
