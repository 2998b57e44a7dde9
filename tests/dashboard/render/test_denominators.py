"""Every n printed next to a chart is that chart's denominator (issue 21.6), read from the figure itself: the
bars of a share chart are whole multiples of 1/n, a count chart's bars add up to n, and the CSV's base is the
same n. For the PDF report's matplotlib charts and for the app's plotly charts, national and compared."""

from __future__ import annotations

import csv
import io
import re

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from dashboard.analysis import region_profile as rp
from dashboard.analysis.chart_data import CHART_KINDS
from dashboard.core.filters import Filters, apply_filters
from dashboard.export.downloads import chart_csv_bytes
from dashboard.ingest.validation import data_path, load_path
from dashboard.render import chart_views, report
from geo.boundaries import load_layers


@pytest.fixture(scope="module")
def shipped():
    return load_path(data_path()).records, load_layers().gemeenten


def _whole_share_of(value: float, n: int) -> bool:
    """``value`` (a percentage with one decimal) is k/n for a whole k."""
    if n == 0:
        return value == 0
    return any(abs(100 * k / n - value) <= 0.051 for k in range(n + 1))


SCOPES = [("regio", "ZK31"), ("gemeente", "GM0917"), ("regio", "ZK02"), ("gemeente", "GM0363")]


@pytest.mark.parametrize("year", [2020, 2019, None])
@pytest.mark.parametrize("scope", SCOPES)
def test_the_report_charts_print_their_own_denominators(shipped, scope, year):
    records, geo = shipped
    gemeenten = pd.DataFrame(geo.drop(columns="geometry"))
    filters = Filters(jaar=year)
    profile = rp.profile(gemeenten, rp.Choice(scope[0], scope[1]))
    filtered = apply_filters(records, filters, gemeenten)
    nl = apply_filters(records, filters.without_area(), gemeenten)
    scope_records = rp.scope_records(filtered, profile)
    charts = report.report_charts(scope_records, nl, "Regio X", "nl")
    for chart in charts[:2]:
        ax = chart.axes[0]
        found = re.search(r"n = (\d+), Nederland (\d+)", ax.get_title(loc="left"))
        assert found, ax.get_title(loc="left")
        for container, n in zip(ax.containers, (int(found.group(1)), int(found.group(2))), strict=True):
            widths = [round(bar.get_width(), 1) for bar in container]
            assert all(_whole_share_of(w, n) for w in widths), (ax.get_title(loc="left"), widths)
        # The legend sits clear of every bar (it covered the longest ones).
        canvas = FigureCanvasAgg(chart)
        canvas.draw()
        legend = ax.get_legend().get_window_extent()
        for container in ax.containers:
            for bar in container:
                assert not legend.overlaps(bar.get_window_extent()), ax.get_title(loc="left")
    levels = charts[2].axes[0]
    n = int(re.search(r"n = (\d+)", levels.get_title(loc="left")).group(1))
    assert sum(bar.get_width() for bar in levels.containers[0]) == n


def _printed_n(figure) -> list[int]:
    texts = [figure.layout.title.text or ""] + [trace.name or "" for trace in figure.data]
    return [int(m) for text in texts for m in re.findall(r"n[ \u00a0]=[ \u00a0](\d+)", text)]


@pytest.mark.parametrize("kind", [k for k in CHART_KINDS if k != "jaren"])
@pytest.mark.parametrize("area", ["ZK31", "ZK02", None])
def test_the_app_charts_print_their_own_denominators_in_figure_and_csv(shipped, kind, area):
    records, geo = shipped
    gemeenten = pd.DataFrame(geo.drop(columns="geometry"))
    nl = apply_filters(records, Filters(jaar=2020), gemeenten)
    if area is None:
        view = chart_views.national(kind, nl, "nl")
        traces = [(view.figure.data[0], _printed_n(view.figure)[0])]
    else:
        region = apply_filters(records, Filters(jaar=2020, regios=(area,)), gemeenten)
        view = chart_views.compared(kind, region, nl, "Regio X", "nl")
        printed = _printed_n(view.figure)
        assert len(printed) == 2, printed  # one n per scope, in its legend entry
        traces = list(zip(view.figure.data, printed, strict=True))
    for trace, n in traces:
        values = list(trace.x)
        if view.percent:
            assert all(_whole_share_of(v, n) for v in values), (kind, n, values)
        else:
            assert sum(values) == n, (kind, n, values)
    rows = list(
        csv.reader(
            io.StringIO(chart_csv_bytes(view.table, [], "nl", view.percent).decode("utf-8-sig")),
            delimiter=";",
        )
    )
    header = next(i for i, row in enumerate(rows) if "basis" in row)
    bases = {int(row[rows[header].index("basis")]) for row in rows[header + 1 :] if row}
    assert bases <= {n for _, n in traces}, (bases, traces)
