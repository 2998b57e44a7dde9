"""Preventiekaart: router only. Shared sidebar filters, then the chosen page."""

from pathlib import Path

import streamlit as st

from dashboard import data, share_components
from dashboard.i18n import t
from dashboard.sidebar import current_lang, render_sidebar

st.set_page_config(
    page_title="Preventiekaart",
    page_icon=str(Path(__file__).parent / "static" / "favicon.png"),
    layout="wide",
)

applied_link = share_components.sync_url_start(data.active_dataset().records, data.gemeenten_table())
lang = current_lang(st.session_state)
pages = [
    st.Page(
        "app_pages/kaart.py",
        title=t("nav.kaart", lang),
        icon=":material/map:",
        url_path="kaart",
        default=True,
    ),
    st.Page(
        "app_pages/grafieken.py",
        title=t("nav.grafieken", lang),
        icon=":material/bar_chart:",
        url_path="grafieken",
    ),
    st.Page(
        "app_pages/mijn_regio.py",
        title=t("nav.mijn_regio", lang),
        icon=":material/location_city:",
        url_path="mijn_regio",
    ),
    st.Page("app_pages/regios.py", title=t("nav.regios", lang), icon=":material/hub:", url_path="regios"),
    st.Page(
        "app_pages/nood.py", title=t("nav.nood", lang), icon=":material/crisis_alert:", url_path="nood_aanbod"
    ),
    st.Page(
        "app_pages/gegevens.py", title=t("nav.gegevens", lang), icon=":material/table:", url_path="gegevens"
    ),
    st.Page("app_pages/over.py", title=t("nav.over", lang), icon=":material/info:", url_path="over"),
    st.Page(
        "app_pages/rapport.py",
        title=t("nav.rapport", lang),
        icon=":material/picture_as_pdf:",
        url_path="rapport",
    ),
    st.Page(
        "app_pages/presentatie.py",
        title=t("nav.presentatie", lang),
        icon=":material/slideshow:",
        url_path="presentatie",
    ),
]
page = st.navigation(pages)
dataset = data.active_dataset()
render_sidebar(dataset.records, data.gemeenten_table())
share_components.after_sidebar(page, applied_link, dataset.source == "upload")
page.run()
share_components.sync_url_end(page, dataset.source == "upload")
