"""Region report: choose a VNG–ZN region or a gemeente and download its PDF report."""

import streamlit as st

from dashboard import components, data
from dashboard import region_profile as rp
from dashboard.components import SELECTED_KEY
from dashboard.i18n import t
from dashboard.share_components import report_button
from dashboard.sidebar import FILTER_KEYS, current_lang

CHOICE_KEY = "rapport_keuze"
REGIOS_KEY = FILTER_KEYS["regios"]
lang = current_lang(st.session_state)
gemeenten = data.gemeenten_table()
gm_codes, regio_codes = set(gemeenten["gm_code"]), set(gemeenten["regio_code"])

st.title(t("rapport.title", lang))
components.dataset_notice(data.active_dataset(), lang)
st.markdown(t("rapport.intro", lang))

# The same shared choice as "Mijn regio" (selected gemeente or a single sidebar region), so the link carries it.
choice = rp.choice_from_state(
    st.session_state.get(SELECTED_KEY), st.session_state.get(REGIOS_KEY), gm_codes, regio_codes
)
st.session_state[CHOICE_KEY] = choice.code if choice else None


def _apply_choice() -> None:
    chosen = rp.decode_choice(st.session_state.get(CHOICE_KEY), gm_codes, regio_codes)
    selected, regios = rp.state_for_choice(chosen, st.session_state.get(REGIOS_KEY) or [], gemeenten)
    if selected is None:
        st.session_state.pop(SELECTED_KEY, None)
    else:
        st.session_state[SELECTED_KEY] = selected
    st.session_state[REGIOS_KEY] = regios


options = rp.choice_labels(gemeenten, t("mijnregio.option.regio", lang))
st.selectbox(
    t("rapport.pick", lang),
    list(options),
    key=CHOICE_KEY,
    index=None,
    format_func=options.get,
    placeholder=t("rapport.pick.placeholder", lang),
    on_change=_apply_choice,
)
if choice is None:
    st.info(t("rapport.none", lang), icon=":material/travel_explore:")
else:
    report_button(choice.kind, choice.code, lang)
