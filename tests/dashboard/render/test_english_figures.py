"""Every plotly figure the app draws speaks English to an English reader: titles, axis titles, legend entries,
hover texts, bar labels and annotations, walked from the figure's own JSON. The page scan
(tests/pages/test_english_everywhere.py) cannot see inside a chart; this is the same check one level down.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import plotly.graph_objects as go
import pytest

from dashboard.analysis import chart_data
from dashboard.analysis import valpreventie as vp
from dashboard.analysis.need import per_capita_by
from dashboard.cli import area_table
from dashboard.ingest.context import read_bevolking
from dashboard.ingest.validation import data_path, load_path
from dashboard.ingest.valpreventie import read_kengetallen
from dashboard.render import charts, need_tables
from dashboard.render import valpreventie as vp_render
from tests.pages.test_english_everywhere import dutch_words

# Keys whose strings a reader sees; the rest of a figure's JSON is colours, anchors and enum values.
_SHOWN = re.compile(r"(^|\.)(text|name|title|hovertemplate|customdata|ticktext|x|y)(\.|\[|$)")
_SKIP = re.compile(r"^layout\.template\.|\.(font|marker|line|textfont|hoverlabel)\.|\.(bdata|dtype)$")
_MISSING = re.compile(r"\b(None|nan|NaN|NaT|<NA>)\b")


def _strings(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def shown_strings(fig: go.Figure) -> list[tuple[str, str]]:
    return [(p, s) for p, s in _strings(fig.to_dict()) if _SHOWN.search(p) and not _SKIP.search(p)]


def _dutch(fig: go.Figure) -> list[str]:
    """Texts with a Dutch function word, or a missing value printed as such. One word is enough here: chart
    labels are short, and names (regions, programmes) carry none of these words."""
    return [f"{p}: {s[:100]!r}" for p, s in shown_strings(fig) if dutch_words(s) or _MISSING.search(s)]


@pytest.fixture(scope="module")
def records():
    return load_path(data_path()).records


@pytest.fixture(scope="module")
def estimate():
    area = vp.resolve_area(area_table(), "gemeente", "GM1900")
    n65 = vp.inwoners_65plus(read_bevolking(), area.members)
    params = vp.parameters_for(read_kengetallen(), "in_balans", {"bereik": 0.05})
    return vp.estimate(n65, params, 3), vp.sensitivity(n65, params, 3)


def _chart_figures(records) -> dict[str, Callable[[str], go.Figure]]:
    latest = records[records["jaar"] == records["jaar"].max()]
    region = latest[latest["gemeenten"].map(lambda codes: "GM0363" in codes)]
    figures: dict[str, Callable[[str], go.Figure]] = {
        f"chart {kind}": (lambda lang, kind=kind: charts.chart_figure(kind, latest, lang))
        for kind in ("partijen", "interventies", "gli", "niveaus", "jaren")
    }
    figures["interventions of all"] = lambda lang: charts.interventions_figure(latest, "all", lang)
    figures["level mix"] = lambda lang: charts.level_mix_figure(records, lang)
    figures["empty"] = lambda lang: charts.empty_figure(lang, charts.chart_title("partijen", lang))
    for kind in ("partijen", "interventies", "niveaus"):
        figures[f"compare {kind}"] = lambda lang, kind=kind: charts.compare_figure(
            chart_data.chart_table(kind, region, lang),
            chart_data.chart_table(kind, latest, lang),
            "Amsterdam",
            lang,
            title=charts.chart_title(kind, lang, compare=True),
        )
    return figures


@pytest.fixture(scope="module")
def figures(records, estimate, need_context_shipped) -> dict[str, Callable[[str], go.Figure]]:
    result, swings = estimate
    context, gemeenten = need_context_shipped
    shown = _chart_figures(records)
    shown["financiers"] = lambda lang: vp_render.financier_figure(result.baten_per_financier, lang)
    shown["tornado"] = lambda lang: vp_render.tornado_figure(swings, result.netto, lang)
    for by in ("regio", "provincie"):
        table = per_capita_by(records, context, gemeenten, by, "informeel", with_total=True)
        shown[f"per capita {by}"] = lambda lang, table=table, by=by: need_tables.per_capita_figure(
            table, "per_100k", by, "informeel", lang
        )
    return shown


@pytest.fixture(scope="module")
def need_context_shipped():
    from dashboard.ingest.context import load_context
    from geo.boundaries import load_layers
    from geo.regions import load_region_table

    gemeenten = load_layers(load_region_table()).gemeenten.drop(columns="geometry")
    return load_context(gemeenten["gm_code"]), gemeenten


def test_every_figure_is_english_for_an_english_reader(figures):
    found = {name: _dutch(build("en")) for name, build in figures.items()}
    assert {name: texts for name, texts in found.items() if texts} == {}


def test_the_check_sees_the_dutch_figures(figures):
    """Not vacuous: the walk reaches titles, axes, legends and hover texts, and in Dutch finds Dutch."""
    dutch = [name for name, build in figures.items() if _dutch(build("nl"))]
    assert len(dutch) >= len(figures) // 2
    paths = {re.sub(r"\[\d+\]", "[]", p) for build in figures.values() for p, _ in shown_strings(build("en"))}
    for expected in ("layout.title.text", "data[].name", "data[].customdata[]", "layout.xaxis.title.text"):
        assert expected in paths


def test_missing_values_and_dutch_words_are_caught():
    fig = go.Figure(go.Bar(x=[1], y=["nan"], name="Aantal voor het jaar"))
    assert len(_dutch(fig)) == 2
