"""Figures: exactly the table's numbers, map colours for levels, projector-sized text, the empty message."""

import pytest

from dashboard.analysis import chart_data
from dashboard.analysis.measures import LEVEL_COLORS, UNKNOWN_COLOR
from dashboard.core.schema import RANKED_LEVELS
from dashboard.i18n.formats import fmt_decimal, fmt_pct
from dashboard.render import charts
from tests.dashboard.records_factory import make_records

EMPTY_NL = "Geen initiatieven voor deze selectie."


@pytest.fixture
def records():
    return make_records(
        {
            "partijen": ("gemeente", "huisarts"),
            "zorgverzekeraars": ("CZ",),
            "interventies": ("welzijn_op_recept", "gli"),
            "gli_programmas": ("cool",),
            "samenwerkingsniveau": "formeel",
        },
        {"partijen": ("gemeente",), "interventies": ("gli",), "samenwerkingsniveau": "informeel"},
        {"partijen": ("welzijn",), "samenwerkingsniveau": "geen", "jaar": 2019},
        {"partijen": ("gemeente",), "samenwerkingsniveau": "onbekend"},
    )


def _flat(text: str) -> str:
    """A plotly title or legend as read: line breaks and no-break spaces as plain spaces."""
    return " ".join(text.replace("<br>", " ").replace("\u00a0", " ").split())


def _annotations(fig) -> list[str]:
    return [a.text for a in fig.layout.annotations]


def test_bar_figure_draws_the_table_with_n_in_title_and_counts_on_hover(records):
    table = chart_data.parties_table(records)
    fig = charts.bar_figure(table, "Partijen", "nl")
    (bar,) = fig.data
    assert bar.type == "bar" and bar.orientation == "h"
    assert list(bar.x) == table["value"].tolist()
    assert bar.y[2] == "huisarts en<br>praktijkondersteuner"
    assert _flat(fig.layout.title.text) == "Partijen (n = 4 initiatieven)"
    assert bar.customdata[0] == "75% (3 van 4)"
    assert bar.text[0] == "75%"
    assert fig.layout.yaxis.autorange == "reversed"  # first row on top
    assert fig.layout.separators == ",."


def test_text_is_projector_sized(records):
    for fig in (charts.parties_figure(records), charts.levels_figure(records), charts.years_figure(records)):
        assert fig.layout.font.size >= 16
        assert fig.layout.title.font.size >= 16
        assert fig.layout.xaxis.tickfont.size >= 16 and fig.layout.yaxis.tickfont.size >= 16


def test_percentages_with_a_decimal_comma_on_hover():
    records = make_records({"partijen": ("gemeente",)}, {"partijen": ()}, {"partijen": ()})
    fig = charts.parties_figure(records)
    assert fig.data[0].customdata[0] == "33,3% (1 van 3)"
    assert charts.parties_figure(records, "en").data[0].customdata[0] == "33.3% (1 of 3)"


def test_levels_figure_uses_the_map_palette_and_calls_out_afstemming(records):
    fig = charts.levels_figure(records)
    bar = fig.data[0]
    assert list(bar.marker.color) == [LEVEL_COLORS[c] for c in RANKED_LEVELS] + [UNKNOWN_COLOR]
    assert list(bar.x) == [1, 0, 0, 0, 1, 1, 1]
    assert bar.y[-1] == "onbekend (geen gegevens)"
    assert list(bar.marker.pattern.shape)[-1] == "/"
    assert "2 van de 3 initiatieven met bekend niveau (66,7%)" in fig.layout.title.subtitle.text
    shapes = {s.type: s for s in fig.layout.shapes}
    # The afstemming band spans levels 5–6 (rows 4 and 5); a dashed line sets "onbekend" apart.
    assert (shapes["rect"].y0, shapes["rect"].y1) == (3.5, 5.5)
    assert shapes["line"].y0 == 5.5


def test_interventions_subtitle_states_the_base(records):
    offering = charts.interventions_figure(records, "offering")
    assert _flat(offering.layout.title.text).endswith("(n = 2 initiatieven)")
    assert "2 initiatieven die minstens één" in offering.layout.title.subtitle.text
    every = charts.interventions_figure(records, "all")
    assert _flat(every.layout.title.text).endswith("(n = 4 initiatieven)")
    assert list(every.data[0].x) == [25.0, 50.0, 0.0, 0.0, 0.0]


def test_gli_figure(records):
    fig = charts.gli_programs_figure(records)
    # Two initiatives offer GLI; one names CooL, the other no programme.
    assert list(fig.data[0].x) == [0.0, 50.0, 0.0, 0.0, 0.0]
    assert _flat(fig.layout.title.text) == "GLI naar programma (n = 2 initiatieven)"


def test_years_figure_shows_rivm_totals_next_to_the_data(records):
    fig = charts.years_figure(records)
    rivm, loaded = fig.data
    assert list(rivm.x) == ["2017", "2018", "2019", "2020"] and list(rivm.y) == [71, 81, 95, 116]
    assert list(loaded.x) == ["2019", "2020"] and list(loaded.y) == [1, 3]
    # National totals beside the selection's counts say that they are national (issue 21.8).
    assert rivm.name == "RIVM, heel Nederland (gepubliceerd totaal)"
    assert loaded.name == "gegevens: deze selectie"


def test_level_mix_figure_one_trace_per_level(records):
    fig = charts.level_mix_figure(records)
    assert len(fig.data) == 7
    assert [t.marker.color for t in fig.data] == [LEVEL_COLORS[c] for c in RANKED_LEVELS] + [UNKNOWN_COLOR]
    per_year = {}
    for trace in fig.data:
        for year, value in zip(trace.y, trace.x, strict=True):
            per_year[year] = per_year.get(year, 0) + value
    # Shares have one decimal each: three thirds add up to 99.9.
    assert per_year == {"2019": 100.0, "2020": pytest.approx(100.0, abs=0.2)}


def test_compare_figure_puts_region_next_to_nederland(records):
    region = chart_data.parties_table(records.iloc[:1])
    nl = chart_data.parties_table(records)
    fig = charts.compare_figure(region, nl, "Regio <b>Zuid</b>", "nl")
    assert len(fig.data) == 2
    assert fig.data[0].name == "Regio &lt;b&gt;Zuid&lt;/b&gt; (n = 1 initiatief)"
    assert fig.data[1].name == "Nederland (n = 4 initiatieven)"
    # Both follow Nederland's order, so equal rows line up.
    assert list(fig.data[0].y) == list(fig.data[1].y)
    assert list(fig.data[1].x) == nl["value"].tolist()
    assert fig.data[0].x[0] == 100.0
    assert fig.layout.barmode == "group"


def test_compare_with_an_empty_region_draws_zeros_for_it(records):
    nl = chart_data.parties_table(records)
    fig = charts.compare_figure(chart_data.parties_table(records.iloc[0:0]), nl, "Leeg", "nl")
    assert set(fig.data[0].x) == {0.0} and fig.data[0].name == "Leeg (n = 0 initiatieven)"


def test_empty_selection_shows_the_dutch_message_never_an_error():
    empty = make_records()
    for kind in ("partijen", "interventies", "gli", "niveaus"):
        fig = charts.chart_figure(kind, empty)
        assert EMPTY_NL in _annotations(fig), kind
        assert not fig.data
    assert EMPTY_NL in _annotations(charts.level_mix_figure(empty))
    assert EMPTY_NL in _annotations(
        charts.compare_figure(chart_data.parties_table(empty), chart_data.parties_table(empty), "X")
    )
    assert "No initiatives for this selection." in _annotations(charts.empty_figure("en"))
    # The years chart still has RIVM's published totals to show.
    assert len(charts.years_figure(empty).data) == 1


def test_english_labels(records):
    fig = charts.parties_figure(records, "en")
    assert fig.data[0].y[0] == "municipality"
    assert fig.layout.title.text.startswith("Parties involved")


def test_only_plain_bar_traces_no_cdn_maps(records):
    for kind in chart_data.CHART_KINDS:
        for trace in charts.chart_figure(kind, records).data:
            assert trace.type == "bar"


def test_alt_text_and_number_formats(records):
    table = chart_data.levels_table(records)
    text = charts.alt_text(table, "Niveaus", "nl", percent=False)
    assert text.startswith("Niveaus: 1 geen van beide betrokken 1;")
    assert charts.alt_text(chart_data.levels_table(make_records()), "X") == f"X: {EMPTY_NL}"
    assert fmt_decimal(33.333) == "33,3"
    assert fmt_decimal(92.0) == "92"
    assert fmt_pct(4.5, "en") == "4.5%"
    assert charts.wrap_label("kennisinstituten/universiteiten") == "kennisinstituten/universiteiten"
