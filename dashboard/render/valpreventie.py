"""Figures of the fall-prevention estimate: who saves (bars) and which figure moves the result (tornado).

Pure: the estimate in, plotly figures out; the same numbers go into the PDF section (``ValpreventieSection``).
Colour-blind safe (Okabe–Ito), values written out on the bars in the user's number format.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import plotly.graph_objects as go

from dashboard.analysis import valpreventie as vp
from dashboard.i18n import t
from dashboard.i18n.formats import plotly_separators
from dashboard.render import valpreventie_text as text
from dashboard.render.charts import BAR_COLOR, FONT_FAMILY, FONT_SIZE, REGION_COLOR, TEXT_COLOR, TITLE_SIZE

LOW_COLOR: Final = REGION_COLOR  # Okabe–Ito orange: the low end
HIGH_COLOR: Final = BAR_COLOR  # Okabe–Ito blue: the high end
FINANCIER_COLORS: Final = {"zvw": "#0072B2", "wlz": "#009E73", "wmo": "#E69F00"}


def _layout(fig: go.Figure, title: str, lang: str, height: int) -> go.Figure:
    fig.update_layout(
        title={"text": html.escape(title), "font": {"size": TITLE_SIZE - 4}, "x": 0, "xanchor": "left"},
        font={"family": FONT_FAMILY, "size": FONT_SIZE - 2, "color": TEXT_COLOR},
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        height=height,
        margin={"l": 10, "r": 30, "t": 70, "b": 50},
        separators=plotly_separators(lang),
        legend={"orientation": "h", "x": 0, "y": -0.15, "xanchor": "left", "yanchor": "top"},
    )
    fig.update_xaxes(automargin=True, gridcolor="#dddddd", zerolinecolor="#888888")
    fig.update_yaxes(automargin=True)
    return fig


def financier_figure(per_financier: Mapping[str, float], lang: str = "nl") -> go.Figure:
    """Care costs avoided per financier, largest on top, with the amount written on each bar."""
    codes = list(vp.FINANCIERS)
    labels = [t(f"vp.financier.{code}", lang) for code in codes]
    values = [per_financier[code] for code in codes]
    fig = go.Figure(
        go.Bar(
            x=values,
            y=labels,
            orientation="h",
            marker={"color": [FINANCIER_COLORS[c] for c in codes], "line": {"color": "#333333", "width": 1}},
            text=[text.euro(v, lang) for v in values],
            textposition="auto",
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickprefix="€ ", tickformat=",.0f", nticks=4, tickangle=0)
    return _layout(fig, t("vp.chart.financiers", lang), lang, 300)


def tornado_labels(swings: Sequence[vp.Swing], lang: str = "nl") -> list[str]:
    return [text.parameter_label(s.naam, lang) + ("" if s.uit_bron else " *") for s in swings]


def tornado_figure(swings: Sequence[vp.Swing], central: float, lang: str = "nl") -> go.Figure:
    """One bar per parameter from the net result at its low value to that at its high value, widest on top."""
    labels = tornado_labels(swings, lang)
    fig = go.Figure()
    for end, color in (("laag", LOW_COLOR), ("hoog", HIGH_COLOR)):
        values = [s.netto_laag if end == "laag" else s.netto_hoog for s in swings]
        inputs = [
            text.format_unit(s.eenheid, s.laag_waarde if end == "laag" else s.hoog_waarde, lang)
            for s in swings
        ]
        fig.add_trace(
            go.Bar(
                name=t(f"vp.chart.tornado.{'low' if end == 'laag' else 'high'}", lang),
                y=labels,
                x=[v - central for v in values],
                base=central,
                orientation="h",
                marker={"color": color, "line": {"color": "#333333", "width": 1}},
                customdata=[[text.euro(v, lang), i] for v, i in zip(values, inputs, strict=True)],
                hovertemplate="%{y}: %{customdata[1]} → %{customdata[0]}<extra></extra>",
            )
        )
    fig.add_vline(x=central, line={"color": "#1a1a1a", "width": 2, "dash": "dash"})
    fig.update_layout(barmode="overlay")
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(
        title=t("vp.chart.tornado.axis", lang), tickprefix="€ ", tickformat=",.0f", nticks=6, tickangle=0
    )
    fig = _layout(fig, t("vp.chart.tornado", lang), lang, 190 + 48 * max(1, len(swings)))
    # The legend under the axis title, not beside it.
    fig.update_layout(legend={"y": -0.22 - 0.5 / max(1, len(swings))}, margin={"b": 110})
    return fig


@dataclass(frozen=True)
class ValpreventieSection:
    """The estimate as the region report prints it (texts already in the user's language)."""

    title: str
    sentences: tuple[str, ...]
    results: tuple[tuple[str, str, str, str], ...]  # label, estimate, low, high
    parameters: tuple[tuple[str, str, str, str, str], ...]  # description, value, range, source, year/origin
    swings: tuple[tuple[str, float, float], ...]  # label, net at low, net at high
    central: float


def section(
    area: vp.Area,
    programma_naam: str,
    params: Mapping[str, vp.Parameter],
    result: vp.Estimate,
    result_band: vp.Band,
    swings: Sequence[vp.Swing],
    lang: str = "nl",
) -> ValpreventieSection:
    rows = text.result_rows(result, result_band, lang)
    return ValpreventieSection(
        title=t("vp.report.title", lang) + f" — {area.naam}",
        sentences=(
            t("vp.disclaimer", lang).replace("**", ""),
            text.situation_sentence(area, result, lang),
            text.result_sentence(area, programma_naam, result, lang),
            t("vp.financiers.note", lang).replace("**", ""),
        ),
        results=tuple(
            (r.label, r.shown(r.schatting, lang), r.shown(r.laag, lang), r.shown(r.hoog, lang)) for r in rows
        ),
        parameters=tuple(
            (
                row["omschrijving"],
                row["waarde"],
                row["bandbreedte"],
                row["bron"] + (f" {row['url']}" if row["url"] else ""),
                f"{row['jaar']} · {row['herkomst']}" if row["jaar"] else row["herkomst"],
            )
            for row in text.parameter_rows(params, lang)
        ),
        swings=tuple(
            (label, s.netto_laag, s.netto_hoog)
            for label, s in zip(tornado_labels(swings, lang), swings, strict=True)
        ),
        central=result.netto,
    )
