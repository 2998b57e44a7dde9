"""The charts page through app.py: the drawn numbers (plotly spec) equal the statistics of the filtered data.

Each run states the sidebar filters it relies on (``_run``), so a test reads as the view it checks.
"""

import json

from dashboard.analysis import aggregate, chart_data
from dashboard.analysis.measures import LEVEL_COLORS, UNKNOWN_COLOR
from dashboard.analysis.region_profile import touching
from dashboard.core.schema import PARTIES, RANKED_LEVELS
from tests.pages.apptest import open_app

PAGE = "app_pages/grafieken.py"


def _flat(text: str) -> str:
    """A plotly title or legend as read: line breaks and no-break spaces as plain spaces."""
    return " ".join(text.replace("<br>", " ").replace("\u00a0", " ").split())


def _run(at, year, **state):
    at.session_state["f_jaar"] = year
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def _specs(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _captions(at) -> str:
    # Captions hold markdown-escaped text (file names come from users).
    return " ".join(c.value.replace("\\", "") for c in at.caption)


def _x_by_label(trace: dict) -> dict[str, float]:
    return dict(zip((y.replace("<br>", " ") for y in trace["y"]), trace["x"], strict=True))


def test_default_chart_is_parties_with_the_national_percentages(app, latest):
    at = app(PAGE)
    assert at.title[0].value == "Grafieken"
    assert "Telregel" in _captions(at)
    (spec,) = _specs(at)
    assert (
        _flat(spec["layout"]["title"]["text"])
        == f"Betrokken partijen (% van de initiatieven) (n = {len(latest)} initiatieven) — Nederland"
    )
    trace = spec["data"][0]
    assert trace["y"][:2] == ["gemeente", "zorgverzekeraar"]
    expected = aggregate.parties_pct(latest)
    assert sorted(trace["x"]) == sorted(expected[p] for p in PARTIES)
    assert _x_by_label(trace)["GGD"] == expected["ggd"]
    assert spec["layout"]["font"]["size"] >= 16
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Gegevens als CSV", "Grafiek als PNG"]
    # The provenance goes with the chart on screen as well.
    assert "Bron van de initiatieven: " in _captions(at)
    assert "De totalen van de voorbeelddata volgen de RIVM-factsheet 2020." in _captions(at)


def test_interventions_base_switch(app, latest, year):
    at = app(PAGE)
    at.segmented_control(key="grafiek").set_value("interventies")
    _run(at, year)
    offering = _specs(at)[0]["data"][0]["x"]
    assert offering == list(aggregate.interventions_pct(latest, "offering").values())
    at.radio(key="basis").set_value("all")
    _run(at, year)
    spec = _specs(at)[0]
    assert spec["data"][0]["x"] == list(aggregate.interventions_pct(latest, "all").values())
    assert _flat(spec["layout"]["title"]["text"]).endswith(f"(n = {len(latest)} initiatieven) — Nederland")


def test_levels_in_map_colours_with_afstemming(app, latest, year):
    at = app(PAGE)
    at.segmented_control(key="grafiek").set_value("niveaus")
    _run(at, year)
    spec = _specs(at)[0]
    trace = spec["data"][0]
    counts = aggregate.level_counts(latest)
    assert trace["x"] == [counts[c] for c in RANKED_LEVELS] + [counts["onbekend"]]
    assert trace["marker"]["color"] == [LEVEL_COLORS[c] for c in RANKED_LEVELS] + [UNKNOWN_COLOR]
    n, known, _ = chart_data.afstemming(latest)
    assert f"{n} van de {known}" in spec["layout"]["title"]["subtitle"]["text"]


def test_years_ignore_the_year_filter_and_show_rivm_totals(app, records, year):
    at = app(PAGE)
    at.segmented_control(key="grafiek").set_value("jaren")
    _run(at, year)
    years, mix = _specs(at)
    rivm, loaded = years["data"]
    assert rivm["y"] == [71, 81, 95, 116]
    per_year = records.groupby("jaar")["id"].nunique()
    assert loaded["x"] == [str(y) for y in per_year.index] and loaded["y"] == per_year.tolist()
    assert len(mix["data"]) == 7
    assert "Peiljaar: alle jaren" in _captions(at)
    assert "Gepubliceerde totalen 2017–2020: RIVM-factsheets (als zodanig getoond)." in _captions(at)


def test_compare_a_region_with_nederland(app, latest, year):
    at = app(PAGE)
    at.selectbox(key="vergelijk").set_value("ZK02")
    _run(at, year)
    spec = _specs(at)[0]
    region, nl = spec["data"]
    in_region = touching(latest, {"GM0363", "GM0384"})
    assert _flat(region["name"]) == f"Amsterdam (n = {len(in_region)} initiatieven)"
    assert _flat(nl["name"]) == f"Nederland (n = {len(latest)} initiatieven)"
    assert _x_by_label(region)["gemeente"] == aggregate.parties_pct(in_region)["gemeente"]
    assert "Amsterdam en Nederland" in _flat(spec["layout"]["title"]["text"])


def test_compare_a_provincie_for_levels(app, latest, year):
    at = app(PAGE)
    at.segmented_control(key="grafiek").set_value("niveaus")
    _run(at, year)
    at.selectbox(key="vergelijk").set_value("PV27")  # Noord-Holland
    # The sidebar's own region filter does not narrow "Nederland" in a comparison.
    _run(at, year, f_regios=["ZK02"])
    spec = _specs(at)[0]
    region, nl = spec["data"]
    assert region["name"].startswith("Noord-Holland (n = ")
    # Levels compare as shares of all initiatives, never raw counts.
    assert nl["x"] == chart_data.levels_table(latest, percent=True)["value"].tolist()


def test_empty_selection_says_so(app, year):
    # Preventiecoalities always have level 6, so none has level 1.
    at = _run(app(PAGE), year, f_niveaus=["geen"], f_coalitie="ja")
    assert any(i.value == "Geen initiatieven voor deze selectie." for i in at.info)
    spec = _specs(at)[0]
    assert spec["layout"]["annotations"][0]["text"] == "Geen initiatieven voor deze selectie."
    assert not at.exception


def test_english(app, year):
    at = _run(app(PAGE), year, taal="en")
    assert at.title[0].value == "Charts"
    trace = _specs(at)[0]["data"][0]
    assert trace["y"][:2] == ["municipality", "health insurer"]


def test_without_chromium_the_png_control_explains_why(app, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nergens/chromium")
    at = app(PAGE)
    png = next(b for b in at.get("download_button") if b.label == "Grafiek als PNG")
    assert png.proto.disabled
    assert "chromium ontbreekt" in _captions(at)
    # The chart and its CSV are unaffected.
    assert _specs(at)[0]["data"]


def test_the_comparison_starts_on_the_region_the_sidebar_already_has():
    """Issue 21.14: with one region in the sidebar, "Vergelijk met Nederland" asked for it again."""
    at = open_app("app_pages/grafieken.py", query={"regio": "ZK31"})
    assert at.selectbox(key="vergelijk").value == "ZK31"
    (spec,) = _specs(at)
    assert "Zuid-Limburg en Nederland" in _flat(spec["layout"]["title"]["text"])
    assert open_app("app_pages/grafieken.py").selectbox(key="vergelijk").value is None
