"""VNG–ZN regions: the regional work structure of gemeenten and zorgverzekeraars, and its region table."""

import streamlit as st

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify_regions
from dashboard.i18n import t
from dashboard.render import maps
from dashboard.render.tables import for_display, region_table
from dashboard.ui import components, data, profile_components
from dashboard.ui.sidebar import current_lang

lang = current_lang(st.session_state)
gemeenten = data.gemeenten_table()
geo_layers = data.layers()

st.title(t("regios.title", lang))
st.markdown(t("regios.intro", lang))

classified = classify_regions(gemeenten, data.region_colors(), t("regios.legend", lang))
summary = gemeente_summary(data.active_dataset().records.iloc[0:0], gemeenten["gm_code"])
groups = [
    maps.choropleth_group(data.geometry_url(), classified, summary, gemeenten, lang, with_levels=False),
    maps.border_layer(data.border_lines("regio"), "regio", "#222222", 2.5, lang),
]
left, right = st.columns([3, 2], gap="medium")
with left:
    components.map_widget(groups, key="regiokaart", selectable=False)
    components.source_line(lang)
with right:
    st.subheader(t("regios.table", lang))
    st.dataframe(
        for_display(region_table(geo_layers.regios, gemeenten, lang), lang),
        hide_index=True,
        width="stretch",
        height=560,
    )
st.caption(t("regios.caveat", lang))

st.subheader(t("money.iza.title", lang))
profile_components.iza_table(lang)
