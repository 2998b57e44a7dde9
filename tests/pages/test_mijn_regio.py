"""The "Mijn regio" page through app.py: the link's choice, the profile, gaps, tables and the NL comparison.

Each run states the shared state it relies on (``_run``), so a test reads as the view it checks.
"""

import json

import pytest

from dashboard.analysis import aggregate, chart_data
from dashboard.analysis import region_profile as rp
from dashboard.i18n import tn
from dashboard.ingest.validation import load_bytes
from dashboard.ui import urlstate
from dashboard.ui.data import gemeenten_table
from tests.pages.apptest import open_app

PAGE = "app_pages/mijn_regio.py"


@pytest.fixture(scope="module")
def gemeenten():
    return gemeenten_table()


def _run(at, year, selected=None, regios=(), **state):
    at.session_state["f_jaar"] = year
    at.session_state["f_regios"] = list(regios)
    if selected:
        at.session_state["selected_gm"] = selected
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _text(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    return " ".join(parts).replace("\\", "")


def _specs(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def test_link_with_gemeente_opens_amsterdams_profile(latest):
    at = open_app(PAGE, query={"gemeente": "GM0363"})
    assert at.title[0].value == "Mijn regio"
    # Gemeente and region share the name: the heading says which one this is.
    assert [h.value for h in at.main.header] == ["Gemeente Amsterdam"]
    text = _text(at)
    assert "Zorgkantoor (aanwijzing 2015):** Zilveren Kruis" in text
    assert "Provincie:** Noord-Holland" in text and "GGD-regio:** GGD Amsterdam" in text
    assert "Gemeenten in de VNG–ZN-regio Amsterdam (2):** Amsterdam, Diemen" in text
    assert "trekker" not in text.lower()
    assert at.selectbox(key="mr_keuze").value == "GM0363"
    # The URL layer keeps the choice in the link.
    assert at.query_params["gemeente"] == "GM0363"
    own = latest[latest["gemeenten"].map(lambda g: "GM0363" in g)]
    region = rp.touching(latest, {"GM0363", "GM0384"})
    subheaders = [s.value for s in at.subheader]
    assert f"Initiatieven in Gemeente Amsterdam ({len(own)})" in subheaders
    assert f"Initiatieven in de regio Amsterdam ({len(region)})" in subheaders
    # Own and region initiatives as sortable tables with source links.
    frames = [d.value for d in at.dataframe]
    assert any(len(f) == len(own) and "Bron" in f.columns for f in frames)
    assert any(len(f) == len(region) for f in frames)


def test_a_gemeente_is_compared_as_itself_beside_its_region_and_nederland(latest, gemeenten):
    # Utrecht: gemeente and region share the name, and the region has initiatives the gemeente has not.
    at = open_app(PAGE, query={"gemeente": "GM0344"})
    members = set(gemeenten.loc[gemeenten["regio_code"] == "ZK23", "gm_code"])
    region = rp.touching(latest, members)
    own = rp.touching(latest, {"GM0344"})
    assert len(own) != len(region)  # else this test could not tell the gemeente from its region
    assert "Gemeente Utrecht vergeleken met Regio Utrecht en Nederland" in [s.value for s in at.subheader]
    table = next(d.value for d in at.dataframe if "Kengetal" in d.value.columns)
    assert list(table.columns) == ["Kengetal", "Gemeente Utrecht", "Regio Utrecht", "Nederland"]
    assert table.iloc[0].tolist() == ["Initiatieven", str(len(own)), str(len(region)), str(len(latest))]
    levels, parties, interventions = _specs(at)
    names = [trace["name"] for trace in levels["data"]]
    # The charts compare the gemeente itself (not its region under its name) with Nederland.
    assert names == [
        f"Gemeente Utrecht ({tn('chart.n', len(own), 'nl')})",
        f"Nederland ({tn('chart.n', len(latest), 'nl')})",
    ]
    assert levels["data"][1]["x"] == chart_data.levels_table(latest, percent=True)["value"].tolist()
    assert levels["data"][0]["x"] == chart_data.levels_table(own, percent=True)["value"].tolist()
    own_parties = dict(zip(parties["data"][0]["y"], parties["data"][0]["x"], strict=True))
    assert own_parties["gemeente"] == aggregate.parties_pct(own)["gemeente"]
    assert interventions["data"][1]["x"] == list(aggregate.interventions_pct(latest, "offering").values())
    charts = [b for b in at.get("download_button") if b.key.endswith(("_csv", "_png"))]
    assert len(charts) == 6  # CSV and PNG per chart


def test_link_with_regio_opens_the_region(gemeenten):
    at = open_app(PAGE, query={"regio": "ZK01"})
    assert [h.value for h in at.main.header] == ["Regio Amstelland en De Meerlanden"]
    members = gemeenten.loc[gemeenten["regio_code"] == "ZK01", "gm_naam"].sort_values(
        key=lambda s: s.str.casefold()
    )
    assert f"({len(members)}):** " + ", ".join(members) in _text(at)
    assert at.selectbox(key="mr_keuze").value == "ZK01"


def test_bad_code_in_the_link_is_ignored_with_a_notice():
    at = open_app(query={"gemeente": "GM9999<script>"})
    # The app's URL layer names what it could not use (on the first run, where it reads the link).
    assert any("GM9999" in w.value for w in at.warning)
    at.switch_page(PAGE).run()
    assert not at.exception
    assert not at.main.header
    assert any("Kies uw gemeente" in i.value for i in at.info)


def test_choosing_a_region_then_a_gemeente_updates_the_shared_state(year):
    at = open_app(PAGE)
    assert any("Kies uw gemeente" in i.value for i in at.info)
    at.selectbox(key="mr_keuze").set_value("ZK01")
    _run(at, year)
    assert [h.value for h in at.main.header] == ["Regio Amstelland en De Meerlanden"]
    # What the URL layer writes from this state: ?regio=ZK01 and no gemeente.
    state = {k: at.session_state[k] for k in ("f_regios", "selected_gm", "f_jaar") if k in at.session_state}
    query = urlstate.to_query(urlstate.from_session(state))
    assert query["regio"] == "ZK01" and "gemeente" not in query
    at.selectbox(key="mr_keuze").set_value("GM0363")
    _run(at, year, regios=["ZK01"])
    assert [h.value for h in at.main.header] == ["Gemeente Amsterdam"]
    assert at.session_state["selected_gm"] == "GM0363"
    assert at.session_state["f_regios"] == []  # a region filter that would hide Amsterdam is dropped


def test_gaps_are_listed(year, latest, gemeenten):
    at = open_app(PAGE, query={"regio": "ZK01"})
    at.radio(key="mr_hiaat").set_value("zonder_interventie")
    _run(at, year, regios=["ZK01"])
    at.selectbox(key="mr_interventie").set_value("diabetes")
    _run(at, year, regios=["ZK01"])
    expected = rp.gaps(latest, gemeenten, "ZK01", "zonder_interventie", "diabetes")
    text = _text(at)
    if expected.empty:
        assert any("elke gemeente" in s.value for s in at.success)
    else:
        assert f"{len(expected)} van de" in text
        for name in expected["gm_naam"]:
            assert f"- {name}" in text


def test_empty_selection_says_so(year):
    at = open_app(PAGE, query={"gemeente": "GM0363"})
    _run(at, year, selected="GM0363", f_niveaus=["geen"], f_coalitie="ja")
    assert [h.value for h in at.main.header] == ["Gemeente Amsterdam"]
    assert sum(i.value == "Geen initiatieven voor deze selectie." for i in at.info) == 2
    # Nederland is empty under these filters too, so each comparison chart carries the message.
    for spec in _specs(at):
        assert spec["layout"]["annotations"][0]["text"] == "Geen initiatieven voor deze selectie."


def test_an_uploaded_file_is_profiled_and_named_in_the_provenance():
    csv_text = (
        "id;naam;jaar;gemeenten;samenwerkingsniveau;partijen;interventies\n"
        "u1;Eigen initiatief;2020;Amsterdam;formele afspraken;gemeente;GLI\n"
        "u2;Ander initiatief;2020;Utrecht;geen;gemeente;\n"
    )
    upload = load_bytes(csv_text.encode(), "mijn_bestand.csv")
    assert not upload.rows_rejected
    at = open_app(PAGE, query={"gemeente": "GM0363"})
    _run(at, 2020, selected="GM0363", upload_result=upload)
    assert [h.value for h in at.main.header] == ["Gemeente Amsterdam"]
    assert "Initiatieven in Gemeente Amsterdam (1)" in [s.value for s in at.subheader]
    levels = _specs(at)[0]
    assert [trace["name"] for trace in levels["data"]] == [
        "Gemeente Amsterdam (n = 1 initiatief)",
        "Nederland (n = 2 initiatieven)",
    ]
    # The source in words, with the reader's own file by its name (issue 21.7).
    assert "Bron van de initiatieven: uw eigen bestand mijn_bestand.csv (2 initiatieven)" in _text(at)
    assert "voorbeelddata" not in _text(at).lower()


def test_region_report_can_be_made_from_the_profile():
    at = open_app(PAGE, query={"gemeente": "GM0363"})
    button = at.button(key="report_button_gemeente_GM0363")
    assert button.proto.label == "Maak regiorapport (PDF)"
    button.click().run()
    assert not at.exception
    assert "Download regiorapport (PDF)" in [b.proto.label for b in at.get("download_button")]


def test_the_region_map_legend_counts_only_the_regions_gemeenten():
    import re

    at = open_app(PAGE, query={"regio": "ZK01"})
    legend = " ".join(h.proto.body for h in at.get("html") if "pk-legend" in h.proto.body)
    counts = [int(n) for n in re.findall(r'pk-count">\((\d+)\)', legend)]
    members = gemeenten_table().query("regio_code == 'ZK01'")
    assert sum(counts) == len(members)  # not hundreds of "geen initiatief" from the rest of the country
    assert "buiten de selectie" in legend
