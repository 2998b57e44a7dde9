"""Presentation mode through app.py: every slide renders, next/previous move, chrome is hidden, ?dia= is kept."""

from __future__ import annotations

import json
import re

from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.render import presentation
from tests.pages.apptest import open_app


def _css(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def _title(at: AppTest) -> str:
    """The title as shown: names from data reach its markdown escaped ("Noord\\-Brabant")."""
    return at.title[0].value.replace("\\", "")


def test_link_opens_presentation_mode_without_chrome_and_steps_through_every_slide():
    at = open_app(query={"presentatie": "1", "regio": "ZK02", "jaar": "2020"})
    assert not at.exception
    css = _css(at)
    assert '[data-testid="stSidebar"]' in css and "display: none" in css
    assert "font-size: 24px" in css
    # The region filter scopes the national slide's counts: its title names the region, not the country.
    assert _title(at) == "Regio Amsterdam: hoogste samenwerkingsniveau per gemeente"
    assert at.query_params.get("presentatie") is None  # the page path now says it
    assert at.query_params["regio"] == "ZK02"
    seen = [_title(at)]
    for expected in range(2, len(presentation.SLIDES) + 1):
        at.button(key="dia_volgende").click().run()
        assert not at.exception
        assert at.session_state["dia"] == expected
        assert at.query_params["dia"] == str(expected)
        assert f"dia {expected} van {len(presentation.SLIDES)}" in [m.value for m in at.markdown]
        seen.append(_title(at))
    assert seen == [
        "Regio Amsterdam: hoogste samenwerkingsniveau per gemeente",
        "Regio Amsterdam",
        # The chart slides name the area their counts are of (issue 21.14).
        "Wie doet er mee in Regio Amsterdam?",
        "Welke interventies worden aangeboden in Regio Amsterdam?",
        "Gaten in regio Amsterdam",
        "GALA-aanbod in Regio Amsterdam",
        seen[-1],
    ]
    assert re.fullmatch(r"Wat is er veranderd in Amsterdam sinds \d+ \w+ \d{4}\?", seen[-1])
    assert at.button(key="dia_volgende").disabled
    at.button(key="dia_vorige").click().run()
    assert at.session_state["dia"] == 6 and at.query_params["dia"] == "6"


def test_slides_follow_the_filters_and_charts_carry_data():
    at = open_app(query={"presentatie": "1", "jaar": "2020", "niveau": "formeel", "dia": "3"})
    assert _title(at) == "Wie doet er mee in Nederland?"
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["data"][0]["type"] == "bar"
    assert any("formele afspraken" in c.value for c in at.caption)  # the filter line on the slide
    at.button(key="dia_volgende").click().run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Welzijn op Recept" in json.dumps(spec["data"])


def test_region_slide_without_a_region_shows_the_national_picture_and_a_chooser():
    at = open_app(query={"presentatie": "1", "dia": "2", "taal": "en"})
    # Never an empty slide: the national map and its figures, and a way to choose the region.
    assert _title(at) == "The Netherlands: highest collaboration level per municipality"
    assert any("No region chosen yet" in i.value for i in at.info)
    assert any("municipalities have at least one" in m.value for m in at.markdown)
    at.selectbox(key="dia_regio").set_value("ZK02").run()
    assert not at.exception
    assert _title(at) == "Region Amsterdam"
    assert at.query_params["regio"] == "ZK02" and at.query_params["dia"] == "2"


def _covered_total(at: AppTest) -> str:
    return next(
        m.value for m in at.markdown if "gemeenten hebben er minstens" in m.value or "at least one" in m.value
    )


def test_national_slide_names_the_provincie_its_counts_are_scoped_to():
    country = open_app(query={"presentatie": "1"})
    assert _title(country) == "Nederland: hoogste samenwerkingsniveau per gemeente"
    at = open_app(query={"presentatie": "1", "provincie": "PV31"})
    assert not at.exception
    assert _title(at) == "Provincie Limburg: hoogste samenwerkingsniveau per gemeente"
    # The title and the counts beside the map speak of the same area (Limburg has fewer gemeenten than the
    # country).
    assert _covered_total(at) != _covered_total(country)
    assert "van de 31 gemeenten" in _covered_total(at)
    english = open_app(query={"presentatie": "1", "provincie": "PV30,PV21", "taal": "en"})
    assert (
        _title(english) == "Provinces Noord-Brabant and Fryslân: highest collaboration level per municipality"
    )


def test_region_slide_without_a_region_shows_the_scoped_national_picture_by_its_name():
    # A provincie filter is no region choice: the region slide falls back on the national picture, scoped.
    at = open_app(query={"presentatie": "1", "dia": "2", "provincie": "PV31"})
    (note,) = [i.value for i in at.info if "Nog geen regio gekozen" in i.value]
    assert (
        "Provincie Limburg" in note and "landelijke" not in note
    )  # the picture is Limburg's, not the country's
    assert _title(at) == "Provincie Limburg: hoogste samenwerkingsniveau per gemeente"


def test_other_slides_keep_their_own_titles_under_a_scope():
    at = open_app(query={"presentatie": "1", "dia": "3", "provincie": "PV31"})
    assert _title(at) == "Wie doet er mee in Provincie Limburg?"
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["text"].replace("<br>", " ").endswith("— Provincie Limburg")


def test_deck_script_handles_clicker_keys_and_is_fixed_code():
    at = open_app(query={"presentatie": "1"})
    script = next(h.proto.body for h in at.get("html") if "pkDeck" in h.proto.body)
    for key in ("PageDown", "PageUp", '" "', '"b"', '"."'):
        assert key in script
    assert "Volledig scherm" in script and "requestFullscreen" in script


def test_gaps_slide_lists_gemeenten_and_buttons_have_arrow_keys():
    at = open_app(query={"presentatie": "1", "dia": "5", "regio": "ZK13", "jaar": "2020"})
    texts = "\n".join(m.value for m in at.markdown)
    assert "Zonder initiatief:" in texts
    assert at.button(key="dia_vorige").proto.shortcut.lower() == "left"
    assert at.button(key="dia_volgende").proto.shortcut.lower() == "right"


def test_stop_returns_to_the_map():
    at = open_app(query={"presentatie": "1"})
    at.button(key="dia_stop").click().run()
    assert not at.exception
    assert _title(at) == t("kaart.title", "nl")
    assert '[data-testid="stSidebar"]' not in _css(at)
    assert at.sidebar.multiselect  # the sidebar is drawn again
    assert "dia" not in at.query_params


def _map_view(at: AppTest) -> tuple[list[float] | None, float | None]:
    """The (center, zoom) the slide's map is opened with, as the component gets them."""
    found: list = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        for child in children.values() if isinstance(children, dict) else ():
            if type(child).__name__ == "UnknownElement" and hasattr(child.proto, "json_args"):
                found.append(json.loads(child.proto.json_args))
            walk(child)

    walk(at._tree)
    (args,) = found
    return args["center"], args["zoom"]


def test_scoped_national_slide_opens_on_the_selection_and_the_plain_one_on_the_country():
    # No view given: the base map's own, which shows the whole country.
    assert _map_view(open_app("app_pages/presentatie.py", {"presentatie": "1"})) == (None, None)
    center, zoom = _map_view(open_app("app_pages/presentatie.py", {"presentatie": "1", "regio": "ZK23"}))
    assert zoom is not None and zoom >= 9  # a region fills the map instead of a speck on the country
    lat, lng = center
    assert 51.9 < lat < 52.3 and 4.8 < lng < 5.6  # the Utrecht region


def test_stoppen_returns_to_the_map_with_the_same_view():
    """Issue 21.10: Stoppen dropped the peiljaar (the map then showed the latest year in other colours)."""
    query = {
        "presentatie": "1",
        "jaar": "2019",
        "maat": "gli",
        "regio": "ZK23",
        "niveau": "formeel,informeel",
        "lagen": "regio,ggd",
        "dia": "3",
    }
    at = open_app(query=query)
    at.button(key="dia_stop").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Samenwerking in preventie op de kaart"
    assert at.session_state["f_jaar"] == 2019
    assert at.sidebar.selectbox(key="f_jaar").value == 2019
    assert list(at.session_state["f_regios"]) == ["ZK23"]
    assert list(at.session_state["f_niveaus"]) == ["formeel", "informeel"]
    assert dict(at.query_params) == {
        "jaar": "2019",
        "maat": "gli",
        "regio": "ZK23",
        "niveau": "formeel,informeel",
        "lagen": "regio,ggd",
    }
