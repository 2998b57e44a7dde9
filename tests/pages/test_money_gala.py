"""The new sections through app.py, in Dutch and English: the gemeente profile's inhabitants and need, GALA per
gemeente, money beside cooperation, similar gemeenten; Nood en aanbod's search box and money map; the GALA
slide; the SPUK IZA table on the regions page."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import open_app, open_in

MIJN = "app_pages/mijn_regio.py"
NOOD = "app_pages/nood.py"


def _frame(at: AppTest, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def _html(at: AppTest, marker: str) -> str:
    return next(h.proto.body for h in at.get("html") if marker in h.proto.body)


def test_gemeente_profile_shows_inhabitants_need_money_gala_and_similar_gemeenten():
    at = open_app(MIJN, query={"gemeente": "GM1883", "jaar": "2020"})
    subheaders = [s.value for s in at.subheader]
    for expected in (
        "Inwoners en nood",
        "GALA: vijf ketenaanpakken per gemeente",
        "Geld naast samenwerking: Brede SPUK",
        "Vergelijkbare gemeenten",
    ):
        assert expected in subheaders
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Inwoners"] == "92.650"
    assert metrics["Brede SPUK 2025 per inwoner"] == "€ 21,13"
    assert metrics["65-plussers (schatting)"] == "24.089 (26%)"
    assert metrics["% eenpersoonshuishoudens"] == "42%"
    money = _frame(at, "Geld en samenwerking").set_index("Geld en samenwerking")
    assert list(money.columns) == [
        "Gemeente Sittard-Geleen",
        "Regio Zuid-Limburg",
        "Provincie Limburg",
        "Nederland",
    ]
    assert money.at["Brede SPUK 2026", "Gemeente Sittard-Geleen"] == "€ 1.666.620"
    assert money.at["Brede SPUK 2025", "Nederland"] == "€ 310.475.334"
    # Said plainly: not spent on the initiatives; IZA regions are not the zorgkantoorregio's.
    assert any("**niet** wat aan de getoonde initiatieven is besteed" in m.value for m in at.markdown)
    assert any("mandaatgemeente van IZA-regio Zuid\\-Limburg" in i.value for i in at.info)
    assert any("**niet** de zorgkantoorregio's" in w.value for w in at.warning)
    health = _frame(at, "Gezondheidscijfer")
    assert list(health.columns) == [
        "Gezondheidscijfer",
        "Sittard-Geleen",
        "Mediaan van de gemeenten met een cijfer",
    ]
    matrix = _html(at, "pk-gala-blocks")
    assert "16 van 16 gemeenten" in matrix and "Sittard-Geleen" in matrix
    similar = _frame(at, "Afstand")
    assert len(similar) == 11 and similar.iloc[0]["Gemeente"] == "Sittard-Geleen (gekozen)"
    keys = {b.key for b in at.get("download_button")}
    assert {"mr_gala_download", "mr_money_download", "iza_download_mr", "mr_similar_download"} <= keys


def test_similar_gemeenten_follow_the_criteria_switched_on():
    at = open_app(MIJN, query={"gemeente": "GM0363"})
    before = list(_frame(at, "Afstand")["Gemeente"])
    at.pills(key="mr_vergelijk_op").set_value(["inwoners"]).run()
    assert not at.exception
    after = list(_frame(at, "Afstand")["Gemeente"])
    assert after != before and len(after) == 11
    at.pills(key="mr_vergelijk_op").set_value([]).run()
    assert any("Zet minstens één kenmerk aan" in i.value for i in at.info)
    assert not any("Afstand" in d.value.columns for d in at.dataframe)


def test_gala_section_switches_between_region_and_provincie():
    at = open_app(MIJN, query={"gemeente": "GM1883", "jaar": "2020"})
    radio = at.radio(key="mr_gala_gebied")
    # The options are markdown: the region's name comes through the guard (a "-" escaped, shown as typed).
    assert list(radio.options) == ["Regio Zuid\\-Limburg", "Provincie Limburg"]
    radio.set_value("PV31").run()
    assert not at.exception
    assert any(m.value.startswith("**Provincie Limburg**: 0 van 31 gemeenten") for m in at.markdown)
    assert "van 31 gemeenten" in _html(at, "pk-gala-blocks")


def test_region_profile_has_totals_and_lists_mandates_without_claiming_membership():
    at = open_app(MIJN, query={"regio": "ZK31"})
    assert "Inwoners in Regio Zuid\\-Limburg" in [s.value for s in at.subheader]
    assert {m.label: m.value for m in at.metric}["Inwoners"] == "600.290"  # the region's total
    assert not any("Afstand" in d.value.columns for d in at.dataframe)  # similar gemeenten: a gemeente's view
    money = _frame(at, "Geld en samenwerking")
    assert list(money.columns)[1] == "Regio Zuid-Limburg"
    assert any(
        "mandaatgemeente in Regio Zuid\\-Limburg" in m.value and "Sittard" in m.value for m in at.markdown
    )


@pytest.mark.parametrize("lang", ["en"])
def test_the_profile_sections_in_english(lang):
    at = open_in(MIJN, lang, {"gemeente": "GM1883", "jaar": "2020"})
    subheaders = [s.value for s in at.subheader]
    assert "Money beside cooperation: Brede SPUK" in subheaders
    assert "Similar municipalities" in subheaders
    assert "Inhabitants and need" in subheaders
    assert {m.label: m.value for m in at.metric}["Inhabitants"] == "92,650"
    money = _frame(at, "Money and cooperation").set_index("Money and cooperation")
    assert money.at["Brede SPUK 2026", "Municipality of Sittard-Geleen"] == "€ 1,666,620"
    matrix = _html(at, "pk-gala-blocks")
    assert "16 of 16 municipalities" in matrix and "✗ gap" in matrix
    assert any("**not** the zorgkantoor regions" in w.value for w in at.warning)


def test_nood_find_box_selects_a_gemeente_and_says_what_the_page_knows_of_it():
    at = open_app(NOOD, query={"regio": "ZK31"})
    box = at.selectbox(key="nood_zoek")
    assert box.label == "Zoek uw gemeente"
    assert all(str(option).endswith("(gemeente)") or "→" in str(option) for option in box.options[:50])
    box.set_value("GM1883").run()
    assert not at.exception
    assert at.query_params["gemeente"] == "GM1883"
    found = next(i.value for i in at.info if "Sittard" in i.value)
    assert "% 65\\-plussers" in found and "Brede SPUK 2025: € 1.957.364" in found
    assert "niet besteed aan de getoonde initiatieven" in found
    legend = _html(at, "pk-legend")
    assert "gekozen gemeente" in legend
    # A gemeente outside the filtered region: the filter that would hide it is dropped.
    at.selectbox(key="nood_zoek").set_value("GM0363").run()
    assert at.query_params.get("regio") is None and at.query_params["gemeente"] == "GM0363"


def test_nood_map_shows_the_brede_spuk_per_inwoner_with_a_legend_in_euros():
    at = open_app(NOOD)
    at.selectbox(key="nood_kaartmaat").set_value("spuk_inwoner_2025").run()
    assert not at.exception
    legend = _html(at, "pk-legend")
    assert "Brede SPUK 2025 in € per inwoner (bevolking CBS 1-1-2024)" in legend
    assert "lager dan € 13" in legend and "€ 19 of hoger" in legend
    counts = [int(n) for n in __import__("re").findall(r'pk-count">\((\d+)\)', legend)]
    assert sum(counts) == 342
    assert any("niet** wat aan de getoonde initiatieven" in c.value for c in at.caption)
    at.selectbox(key="nood_kaartmaat").set_value("spuk_65plus_2026").run()
    assert "Brede SPUK 2026 in € per 65-plusser (schatting, CBS 2024)" in _html(at, "pk-legend")


def test_nood_in_english_has_the_box_and_the_money_map():
    at = open_in(NOOD, "en")
    assert at.selectbox(key="nood_zoek").label == "Find your municipality"
    options = at.selectbox(key="nood_kaartmaat").options
    assert options[0] == "Need and offer (the question above)" and "Brede SPUK 2025 per inhabitant" in options
    at.selectbox(key="nood_kaartmaat").set_value("spuk_inwoner_2026").run()
    assert "Brede SPUK 2026 in € per inhabitant" in _html(at, "pk-legend")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ({"regio": "ZK23"}, "GALA-aanbod in Regio Utrecht"),
        ({"provincie": "PV30"}, "GALA-aanbod in Provincie Noord\\-Brabant"),
        ({"regio": "ZK23", "taal": "en"}, "GALA offer in Region Utrecht"),
    ],
)
def test_gala_slide_for_a_region_or_a_provincie(query, title):
    at = open_app(query={"presentatie": "1", "dia": "6", "jaar": "2020", **query})
    assert at.title[0].value == title
    matrix = _html(at, "pk-gala-blocks")
    tables = matrix.count("<table")
    assert tables == (3 if "provincie" in query else 2)  # split into blocks that fit a screen
    assert "pk-gala" in _html(at, "font-size:20px")


def test_gala_slide_without_an_area_shows_the_national_picture_and_a_chooser():
    at = open_app(query={"presentatie": "1", "dia": "6"})
    assert at.title[0].value == "Nederland: hoogste samenwerkingsniveau per gemeente"
    at.selectbox(key="dia_regio").set_value("ZK31").run()
    assert at.title[0].value == "GALA-aanbod in Regio Zuid\\-Limburg"


@pytest.mark.parametrize(("lang", "caveat"), [("nl", "**niet gepubliceerd**"), ("en", "**not published**")])
def test_regions_page_shows_the_iza_table_with_its_caveat(lang, caveat):
    at = open_in("app_pages/regios.py", lang)
    iza = _frame(at, "IZA-regio" if lang == "nl" else "IZA region")
    assert len(iza) == 42
    assert any(caveat in w.value for w in at.warning)
    row = iza.set_index(iza.columns[0]).loc["Zuid-Limburg"]
    assert row.iloc[1] == 5_823_733


def test_nood_per_area_table_has_the_brede_spuk_per_inwoner_beside_its_coverage():
    at = open_app(NOOD)
    at.radio(key="nood_per").set_value("provincie").run()
    table = _frame(at, "Brede SPUK 2025 per inwoner (€)")
    assert len(table) == 13  # twelve provincies and Nederland
    nl = table.iloc[-1]
    assert nl["Brede SPUK 2025 per inwoner (€)"] == pytest.approx(17.30, abs=0.005)
    assert nl["Brede SPUK 2026 per inwoner (€)"] == pytest.approx(14.74, abs=0.005)
    assert any("niet** wat aan de getoonde initiatieven" in c.value for c in at.caption)
