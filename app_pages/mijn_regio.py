"""Mijn regio: a gemeente's or VNG–ZN region's profile, its initiatives, a comparison with the Netherlands
and the gaps, for municipalities checking their region. The choice lives in the URL (?gemeente= / ?regio=) through the app's shared URL layer."""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import components, data, gala_components, profile_components, search, share_components
from dashboard.ui import region_components as regions
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)
dataset = data.active_dataset()
filters = filters_from_state(st.session_state)

st.title(t("mijnregio.title", lang))
components.dataset_notice(dataset, lang)

choice = search.place_search("mr_keuze", t("mijnregio.pick", lang), lang)
if choice is None:
    st.info(t("mijnregio.intro", lang), icon=":material/travel_explore:")
    st.stop()

view = regions.region_view(dataset, filters, choice, lang)
profile = view.profile

st.header(components.escape_markdown(view.place), anchor=False)
share_components.report_button(choice.kind, choice.code, lang)
regions.place_facts(view, lang)
profile_components.population_section(profile, lang)

# ---- map and gaps
st.subheader(components.say("mijnregio.gaps.title", lang, regio=profile.regio_naam), anchor=False)
left, right = st.columns([3, 2], gap="medium")
with right:
    gap_rows = regions.gaps_list(dataset, filters, view, lang)
with left:
    regions.region_map(view, gap_rows, lang)
with right:
    regions.region_legend(view, lang)

# ---- initiatives
regions.initiatives(view, lang)

# ---- comparison with the Netherlands
regions.comparison(dataset, filters, view, lang)

# ---- GALA per gemeente, money beside cooperation, similar gemeenten
gala_components.section(profile, filters, dataset, lang)
profile_components.money_section(profile, filters, dataset, lang)
if profile.gm_code is not None:
    profile_components.similar_section(profile.gm_code, filters, dataset, lang)
