"""A chart as a page shows it: the figure, the table behind it (download, accessible table, alt text), its title.

Pure: records in, views out. The pages get these through ``dashboard.ui.data.derived``, so a view is built once
per data, filter state and choice, and shared: nothing that draws or downloads a view may change it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import pandas as pd
import plotly.graph_objects as go

from dashboard.analysis import chart_data
from dashboard.analysis.aggregate import Base
from dashboard.i18n import t
from dashboard.render import charts, plaintext


@dataclass(frozen=True, eq=False)
class ChartView:
    figure: go.Figure
    table: pd.DataFrame
    title: str  # plain text: the chart's alt text starts with it
    percent: bool = True
    scope_names: Mapping[str, str] | None = field(default=None)


def with_note(view: ChartView, lines: Sequence[str]) -> ChartView:
    """``view`` with the open-year note in its figure (`charts.with_note`); the same view without lines."""
    return replace(view, figure=charts.with_note(view.figure, lines)) if lines else view


def national(
    kind: str, records: pd.DataFrame, lang: str, base: Base = "offering", area: str | None = None
) -> ChartView:
    """One chart kind (``chart_data.CHART_KINDS``) of ``records`` on its own; ``area`` (the sidebar's region or
    provincie by name, or Nederland) goes into the title, so the chart and its PNG say where they are about."""
    figure = charts.chart_figure(kind, records, lang, base)
    return ChartView(
        charts.with_area(figure, area) if area else figure,
        chart_data.drawn_table(kind, records, lang, base),
        charts.chart_title(kind, lang),
        percent=kind not in ("niveaus", "jaren"),
    )


def level_mix(records: pd.DataFrame, lang: str) -> ChartView:
    """The level mix per data year (shown under the years chart)."""
    return ChartView(
        charts.level_mix_figure(records, lang),
        chart_data.level_mix_by_year_table(records, lang),
        t("chart.levelmix.title", lang),
    )


def compared(
    kind: str,
    region_records: pd.DataFrame,
    nl_records: pd.DataFrame,
    region_name: str,
    lang: str,
    base: Base = "offering",
    percent: bool = True,
) -> ChartView:
    """One chart kind for a region, provincie or gemeente next to Nederland."""
    table_region = chart_data.chart_table(kind, region_records, lang, base)
    table_nl = chart_data.chart_table(kind, nl_records, lang, base)
    chart = charts.chart_title(kind, lang, True)
    title = t("chart.compare.title.kind", lang, chart=chart, region=region_name)  # plain: the alt text
    shown = t("chart.compare.title.kind", lang, chart=chart, region=plaintext.plotly(region_name))
    return ChartView(
        charts.compare_figure(table_region, table_nl, region_name, lang, title=shown, percent=percent),
        chart_data.compare_table(table_region, table_nl),
        title,
        percent=percent,
        scope_names={"region": region_name, "nl": t("chart.nl", lang)},
    )
