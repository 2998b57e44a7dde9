"""Preventiekaart: router only. Shared sidebar filters, then the chosen page."""

from pathlib import Path

import streamlit as st
from streamlit.errors import FragmentHandledException

from dashboard.i18n import t
from dashboard.ui import components, data, share_components
from dashboard.ui.sidebar import current_lang, render_sidebar
from geo.regions import RegionTableError

# (script in app_pages/ and its nav.<script> title, material icon, URL path); the first is the start page.
PAGES = (
    ("kaart", "map", "kaart"),
    ("grafieken", "bar_chart", "grafieken"),
    ("mijn_regio", "location_city", "mijn_regio"),
    ("regios", "hub", "regios"),
    ("nood", "crisis_alert", "nood_aanbod"),
    ("valpreventie", "elderly", "valpreventie"),
    ("gegevens", "table", "gegevens"),
    ("register", "edit_note", "register"),
    ("wijzigingen", "history", "wijzigingen"),
    ("over", "info", "over"),
    ("rapport", "picture_as_pdf", "rapport"),
    ("presentatie", "slideshow", "presentatie"),
)

st.set_page_config(
    page_title="Preventiekaart",
    page_icon=str(Path(__file__).parent / "static" / "favicon.png"),
    layout="wide",
)


def main() -> None:
    components.file_problems_banner(current_lang(st.session_state))
    try:
        gemeenten = data.gemeenten_table()
    except RegionTableError as error:
        components.region_table_error(error, current_lang(st.session_state))
    applied_link = share_components.sync_url_start(data.active_dataset().records, gemeenten)
    lang = current_lang(st.session_state)
    components.dropdown_texts(lang)
    components.streamlit_texts(lang)
    pages = [
        st.Page(
            f"app_pages/{script}.py",
            title=t(f"nav.{script}", lang),
            icon=f":material/{icon}:",
            url_path=url_path,
            default=index == 0,
        )
        for index, (script, icon, url_path) in enumerate(PAGES)
    ]
    page = st.navigation(pages)
    components.interrupted_upload_notice(lang, page.url_path)
    dataset = data.active_dataset()
    render_sidebar(dataset.records, gemeenten, dataset.rounds, dataset.can_confirm)
    share_components.after_sidebar(page, applied_link, dataset.source == "upload")
    page.run()
    share_components.sync_url_end(page, dataset.source == "upload")


try:
    main()
except FragmentHandledException:
    pass  # a fragment's failure was shown (and logged) where it happened
except Exception:  # every failure gets the Dutch error page; the traceback goes to the log
    components.error_page(current_lang(st.session_state))
