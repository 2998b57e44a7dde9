"""Shareable views through the real app: a link sets the sidebar before it renders, the URL follows the view."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard.ui import share_components
from tests.pages.apptest import open_app


def _warnings(at: AppTest) -> str:
    return "\n".join(w.value for w in at.warning)


def test_link_sets_the_sidebar_and_map_widgets_before_they_render():
    at = open_app(
        query={
            "jaar": "2019",
            "niveau": "formeel,informeel",
            "regio": "zk02",
            "maat": "aantal",
            "lagen": "regio,ggd",
        }
    )
    assert at.selectbox(key="f_jaar").value == 2019
    assert at.multiselect(key="f_niveaus").value == ["formeel", "informeel"]
    assert at.multiselect(key="f_regios").value == ["ZK02"]
    assert at.selectbox(key="maat").value == "aantal"
    groups = {g.label: g.value for g in at.get("button_group")}
    assert groups["Lagen"] == ["regio", "ggd"]
    # The address bar holds the canonical view (code in upper case, as the app writes it).
    assert at.query_params == {
        "jaar": "2019",
        "niveau": "formeel,informeel",
        "regio": "ZK02",
        "maat": "aantal",
        "lagen": "regio,ggd",
    }
    assert "ongeldig" not in _warnings(at)


def test_bad_parts_are_ignored_with_a_notice_and_dropped_from_the_url():
    at = open_app(query={"jaar": "1850", "niveau": "formeel,<b>x</b>", "onzin": "1", "gemeente": "GM9999"})
    warnings = _warnings(at)
    assert "‘onzin’" in warnings and "‘1850’" in warnings and "GM9999" in warnings
    assert "<b>" not in warnings  # markdown/HTML in a link is shown inert (escaped)
    assert at.selectbox(key="f_jaar").value == 2020  # the latest year, as without a link
    assert at.multiselect(key="f_niveaus").value == ["formeel"]
    assert at.query_params == {"jaar": "2020", "niveau": "formeel"}
    # The notice stays while the view is the one the link described, and goes once the user changes it.
    at.run()
    assert "onzin" in _warnings(at)
    at.multiselect(key="f_niveaus").set_value(["informeel"]).run()
    assert "onzin" not in _warnings(at)


def test_widget_changes_are_written_back_to_the_url():
    at = open_app()
    assert at.query_params == {"jaar": "2020"}
    at.multiselect(key="f_partijen").set_value(["huisarts", "ggd"]).run()
    at.selectbox(key="f_coalitie").set_value("ja").run()
    assert at.query_params == {"jaar": "2020", "partij": "huisarts,ggd", "coalitie": "ja"}
    # The link's code box (and Streamlit's code highlighter with it) is drawn only once the expander is opened.
    assert len(at.sidebar.code) == 0
    at.session_state[share_components.LINK_OPEN_KEY] = True
    at.run()
    link = at.sidebar.code[0].value
    assert link.endswith("?jaar=2020&partij=huisarts%2Cggd&coalitie=ja")


def test_page_switch_clears_the_query_and_the_app_restores_it_and_keeps_the_measure():
    at = open_app(query={"maat": "gli", "niveau": "formeel"})
    at.query_params.clear()  # what the browser does on navigation
    at.switch_page("app_pages/regios.py").run()
    assert not at.exception
    assert at.query_params == {"jaar": "2020", "niveau": "formeel", "maat": "gli"}
    at.run()
    at.query_params.clear()
    at.switch_page("app_pages/kaart.py").run()
    assert at.selectbox(key="maat").value == "gli"
    assert at.multiselect(key="f_niveaus").value == ["formeel"]


def test_english_link_and_upload_flag_notice():
    at = open_app(query={"taal": "en", "bron": "upload"})
    assert at.radio(key="taal").value == "en"
    assert at.selectbox(key="f_jaar").label == "Year"
    assert "This link was made with an uploaded file; you are now seeing the server's data" in _warnings(at)
    assert at.query_params == {"jaar": "2020", "taal": "en"}  # no upload here, so no flag


def test_selected_gemeente_from_link():
    at = open_app(query={"gemeente": "GM0363"})
    assert at.session_state["selected_gm"] == "GM0363"
    assert "Amsterdam" in [s.value for s in at.subheader]
    assert at.query_params["gemeente"] == "GM0363"


def test_report_page_builds_the_pdf_for_the_linked_region():
    at = open_app(query={"regio": "ZK02", "jaar": "2020"})
    at.switch_page("app_pages/rapport.py").run()
    assert not at.exception
    assert at.selectbox(key="rapport_keuze").value == "ZK02"
    at.button(key="report_button_regio_ZK02").click().run()
    assert not at.exception
    (download,) = at.get("download_button")
    assert download.proto.label == "Download regiorapport (PDF)"
    assert any("pagina's" in c.value for c in at.main.caption)
    # Choosing a gemeente moves the shared selection (and so the link) to it.
    at.selectbox(key="rapport_keuze").set_value("GM0363").run()
    assert at.session_state["selected_gm"] == "GM0363"
    assert at.query_params["gemeente"] == "GM0363"
    assert at.button(key="report_button_gemeente_GM0363").proto.label == "Maak regiorapport (PDF)"


def test_view_of_an_upload_is_flagged_in_the_link():
    from dashboard.ingest.validation import data_path, load_path
    from dashboard.ui.data import UPLOAD_KEY

    at = open_app(**{UPLOAD_KEY: load_path(data_path()), share_components.LINK_OPEN_KEY: True})
    assert at.query_params["bron"] == "upload"
    captions = [c.value for c in at.sidebar.caption]
    assert "U bekijkt een eigen bestand: wie de link opent, ziet de gegevens van de server." in captions
    assert "bron=upload" in at.sidebar.code[0].value


def test_report_of_an_earlier_upload_is_not_offered_for_a_new_one_with_the_same_name():
    from dashboard.ingest.validation import load_bytes
    from dashboard.ui.data import _UPLOAD_ID_KEY, UPLOAD_KEY

    def upload(level: str):
        csv = f"id,naam,jaar,gemeenten,samenwerkingsniveau\nu1,Eigen,2020,Amsterdam,{level}\n"
        return load_bytes(csv.encode(), "mijn.csv")

    at = open_app(
        query={"gemeente": "GM0363", "jaar": "2020"}, **{UPLOAD_KEY: upload("formeel"), _UPLOAD_ID_KEY: "a"}
    )
    at.switch_page("app_pages/rapport.py").run()
    at.button(key="report_button_gemeente_GM0363").click().run()
    assert "Download regiorapport (PDF)" in [b.proto.label for b in at.get("download_button")]
    # The user corrects the file and uploads it again under the same name.
    at.session_state[UPLOAD_KEY] = upload("geen")
    at.session_state[_UPLOAD_ID_KEY] = "b"
    at.run()
    assert "Download regiorapport (PDF)" not in [b.proto.label for b in at.get("download_button")]
