"""Plotly figures of the chart tables (pure: frames in, figures out; no Streamlit).

Made for a projector in a meeting room: 18 px text, bars with dark outlines (the light viridis steps vanish on
a white screen otherwise), the count in the title and n/base on hover. Colours are colour-blind safe: the map's
viridis steps for levels, Okabe–Ito blue and orange elsewhere. Text that may come from a user's file or region
table goes through `plaintext.plotly` (plotly renders a subset of HTML and LaTeX in labels).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Final

import pandas as pd
import plotly.graph_objects as go

from dashboard.analysis import chart_data
from dashboard.analysis.aggregate import Base, pct
from dashboard.analysis.measures import LEVEL_COLORS, UNKNOWN_COLOR
from dashboard.core import schema
from dashboard.i18n import t, tn
from dashboard.i18n.formats import fmt_pct, plotly_separators
from dashboard.render import plaintext

FONT_FAMILY: Final = "Source Sans Pro, Arial, sans-serif"
FONT_SIZE: Final = 18
TITLE_SIZE: Final = 24
SUBTITLE_SIZE: Final = 17
TEXT_COLOR: Final = "#1a1a1a"
BAR_COLOR: Final = "#0072B2"  # Okabe–Ito blue
REGION_COLOR: Final = "#E69F00"  # Okabe–Ito orange: apart from the blue for every colour vision
NL_COLOR: Final = "#0072B2"
RIVM_COLOR: Final = "#56B4E9"  # Okabe–Ito sky blue
OUTLINE: Final = {"color": "#333333", "width": 1}
LABEL_WIDTH: Final = 30
BAR_HEIGHT_PX: Final = 56


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    """Long labels over several lines (plotly's <br>) so the bars keep their width on a 4:3 projector."""
    lines = textwrap.wrap(text, width=width, break_long_words=False) or [text]
    return "<br>".join(plaintext.plotly(line) for line in lines)


def count_axis(top: float) -> dict[str, object]:
    """Axis settings that show counts as whole numbers only (no "0,5 initiatieven" ticks on small counts)."""
    if top <= 10:
        return {"dtick": 1, "tick0": 0, "tickformat": "d"}
    return {"tickformat": "d", "rangemode": "nonnegative"}


def with_n(title: str, n: int, lang: str = "nl") -> str:
    """``title`` with its base and unit, "(n = 81 initiatieven)", kept on one line when the title wraps."""
    return f"{title} ({tn('chart.n', n, lang).replace(' ', NBSP)})"


NBSP: Final = "\u00a0"


# A title longer than this many characters is set on two or more lines: plotly never wraps a title, and at
# 24 px a long one ran past a laptop's chart (issue 21.14).
TITLE_WIDTH: Final = 58


def wrap_title(title: str, width: int = TITLE_WIDTH) -> str:
    """``title`` (already plotly-safe text: escaped data, our own <br>) over lines of at most ``width``
    characters, broken at spaces only (an escaped entity holds no space, so none is cut)."""
    lines = []
    for part in title.split("<br>"):
        lines += textwrap.wrap(part, width=width, break_long_words=False, break_on_hyphens=False) or [part]
    return "<br>".join(lines)


def _title_margin(title: str, subtitle: str | None) -> int:
    return (110 if subtitle else 80) + 28 * title.count("<br>")


def with_area(fig: go.Figure, area: str) -> go.Figure:
    """The figure's title with the area it shows ("… — Regio Zuid-Limburg"), so a downloaded PNG says where its
    numbers are from (``area`` is plain text from the region table: escaped here)."""
    plain = str(fig.layout.title.text or "").replace("<br>", " ")
    title = wrap_title(f"{plain} — {plaintext.plotly(area)}")
    subtitle = fig.layout.title.subtitle.text if fig.layout.title.subtitle else None
    fig.update_layout(title_text=title, margin_t=_title_margin(title, subtitle))
    return fig


def _layout(fig: go.Figure, title: str, lang: str, height: int, subtitle: str | None = None) -> go.Figure:
    title = wrap_title(title)
    fig.update_layout(
        title={
            "text": title,
            "font": {"size": TITLE_SIZE},
            "x": 0,
            "xanchor": "left",
            **({"subtitle": {"text": subtitle, "font": {"size": SUBTITLE_SIZE}}} if subtitle else {}),
        },
        font={"family": FONT_FAMILY, "size": FONT_SIZE, "color": TEXT_COLOR},
        hoverlabel={"font": {"size": FONT_SIZE}},
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        height=height,
        margin={"l": 10, "r": 30, "t": _title_margin(title, subtitle), "b": 60},
        separators=plotly_separators(lang),
        # Legends sit right of the plot: never over the title, the axis or a PNG's provenance footer.
        legend={
            "font": {"size": FONT_SIZE},
            "orientation": "v",
            "x": 1.02,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
            "traceorder": "normal",
        },
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


# The open-year note in a figure: dark amber, readable on white (contrast 7.3:1) and not a data colour.
NOTE_COLOR = "#7a4100"
NOTE_LINE_PX = 20


def with_note(fig: go.Figure, lines: Sequence[str]) -> go.Figure:
    """A copy of ``fig`` whose subtitle starts with ``lines`` (plain text: the open-year note), so a chart of a
    peiljaar still being filled says so in the figure itself, on the page and in its PNG."""
    if not lines:
        return fig
    noted = go.Figure(fig)
    title = noted.layout.title
    existing = title.subtitle.text if title.subtitle is not None and title.subtitle.text else ""
    note = "<br>".join(f'<span style="color:{NOTE_COLOR}">{plaintext.plotly(line)}</span>' for line in lines)
    noted.update_layout(
        title={
            "subtitle": {
                "text": note + ("<br>" + existing if existing else ""),
                "font": {"size": SUBTITLE_SIZE},
            }
        },
        margin={"t": (noted.layout.margin.t or 80) + NOTE_LINE_PX * len(lines) + (0 if existing else 20)},
    )
    return noted


def _bar_colors(colors: str | Sequence[str] | None, n: int) -> str | list[str]:
    if colors is None:
        return BAR_COLOR
    if isinstance(colors, str):
        return colors
    return list(colors)[:n]


def _hover(table: pd.DataFrame, lang: str, percent: bool) -> list[str]:
    if percent:
        return [
            t("chart.hover.pct", lang, pct=fmt_pct(v, lang), n=n, base=b)
            for v, n, b in zip(table["value"], table["n"], table["base"], strict=True)
        ]
    return [tn("chart.hover.count", int(n), lang) for n in table["n"]]


def _value_text(table: pd.DataFrame, lang: str, percent: bool) -> list[str]:
    if percent:
        return [fmt_pct(v, lang, 0) for v in table["value"]]
    return [str(int(v)) for v in table["value"]]


def _value_range(values: pd.Series, percent: bool) -> list[float]:
    top = float(values.max()) if len(values) else 0.0
    if percent:
        return [0, max(10.0, min(100.0, top) * 1.15)]
    return [0, max(1.0, top * 1.18)]


def is_empty(table: pd.DataFrame) -> bool:
    """A chart table without initiatives behind it (no rows, or every base zero)."""
    return table.empty or int(table["base"].max()) == 0


def bar_figure(
    table: pd.DataFrame,
    title: str,
    lang: str = "nl",
    colors: str | Sequence[str] | None = None,
    percent: bool = True,
    subtitle: str | None = None,
    patterns: Sequence[str] | None = None,
) -> go.Figure:
    """Horizontal bars of a chart table, first row on top; the base in the title, n of base on hover."""
    if is_empty(table):
        return empty_figure(lang, title)
    fig = go.Figure(
        go.Bar(
            x=table["value"].tolist(),
            y=[wrap_label(text) for text in table["label"]],
            orientation="h",
            marker={
                "color": _bar_colors(colors, len(table)),
                "line": OUTLINE,
                **({"pattern": {"shape": list(patterns), "fgcolor": "#555555"}} if patterns else {}),
            },
            text=_value_text(table, lang, percent),
            textposition="outside",
            textfont={"size": FONT_SIZE},
            cliponaxis=False,
            customdata=_hover(table, lang, percent),
            hovertemplate="%{y}<br>%{customdata}<extra></extra>",
            name="",
        )
    )
    fig.update_xaxes(
        range=_value_range(table["value"], percent),
        ticksuffix="%" if percent else "",
        **({} if percent else count_axis(float(table["value"].max()) if len(table) else 1.0)),
        gridcolor="#dddddd",
        tickfont={"size": FONT_SIZE},
        zeroline=True,
        zerolinecolor="#333333",
    )
    fig.update_yaxes(autorange="reversed", tickfont={"size": FONT_SIZE}, automargin=True)
    fig.update_layout(bargap=0.25, showlegend=False)
    height = max(360, 170 + BAR_HEIGHT_PX * len(table))
    return _layout(fig, with_n(title, int(table["base"].iloc[0]), lang), lang, height, subtitle)


def empty_figure(lang: str = "nl", title: str | None = None) -> go.Figure:
    """A figure that says, in the user's language, that the selection holds no initiatives."""
    fig = go.Figure()
    fig.add_annotation(
        text=t("empty.selection", lang),
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": TITLE_SIZE, "color": "#444444"},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, title or "", lang, 300)


def parties_figure(records: pd.DataFrame, lang: str = "nl") -> go.Figure:
    return bar_figure(chart_data.parties_table(records, lang), t("chart.parties.title", lang), lang)


def interventions_figure(records: pd.DataFrame, base: Base = "offering", lang: str = "nl") -> go.Figure:
    n_offer, n_all = chart_data.offering_any(records)
    subtitle = t(
        f"chart.interventions.base.{base}",
        lang,
        n=n_offer,
        total=n_all,
        pct=fmt_pct(pct(n_offer, n_all), lang),
    )
    table = chart_data.interventions_table(records, base, lang)
    return bar_figure(table, t("chart.interventions.title", lang), lang, subtitle=subtitle)


def gli_programs_figure(records: pd.DataFrame, lang: str = "nl") -> go.Figure:
    table = chart_data.gli_programs_table(records, lang)
    return bar_figure(
        table, t("chart.gli.title", lang), lang, subtitle=t("chart.gli.subtitle", lang), colors="#009E73"
    )


def level_colors(codes: Sequence[str]) -> list[str]:
    """The map's colour of each level code ("onbekend" grey, outside the viridis scale)."""
    return [LEVEL_COLORS.get(code, UNKNOWN_COLOR) for code in codes]


def afstemming_text(records: pd.DataFrame, lang: str = "nl") -> str:
    n, known, share = chart_data.afstemming(records)
    return t("chart.levels.afstemming", lang, n=n, known=known, pct=fmt_pct(share, lang))


def levels_figure(records: pd.DataFrame, lang: str = "nl") -> go.Figure:
    """Count per level on the scale (same colours as the map); levels 5–6, "afstemming", shaded and counted
    in the subtitle; "onbekend" hatched and set apart below a dashed line, never as a level under "geen"."""
    table = chart_data.levels_table(records, lang)
    title = t("chart.levels.title", lang)
    if is_empty(table):
        return empty_figure(lang, title)
    codes = table["code"].tolist()
    fig = bar_figure(
        table,
        title,
        lang,
        colors=level_colors(codes),
        percent=False,
        subtitle=afstemming_text(records, lang),
        patterns=["/" if code == schema.UNKNOWN_LEVEL else "" for code in codes],
    )
    first, last = codes.index(schema.AFSTEMMING_LEVELS[0]), codes.index(schema.AFSTEMMING_LEVELS[-1])
    fig.add_shape(
        type="rect",
        xref="paper",
        x0=0,
        x1=1,
        yref="y",
        y0=first - 0.5,
        y1=last + 0.5,
        fillcolor="rgba(0, 114, 178, 0.12)",
        line={"width": 0},
        layer="below",
    )
    unknown = codes.index(schema.UNKNOWN_LEVEL)
    fig.add_shape(
        type="line",
        xref="paper",
        x0=0,
        x1=1,
        yref="y",
        y0=unknown - 0.5,
        y1=unknown - 0.5,
        line={"color": "#666666", "width": 1.5, "dash": "dash"},
    )
    return fig


def years_figure(records: pd.DataFrame, lang: str = "nl") -> go.Figure:
    """Initiatives per year: RIVM's published totals next to the loaded data's counts."""
    table = chart_data.years_table(records, lang)
    fig = go.Figure()
    for source, color in ((chart_data.SOURCE_RIVM, RIVM_COLOR), (chart_data.SOURCE_DATA, BAR_COLOR)):
        rows = table[table["source"] == source]
        if rows.empty:
            continue
        fig.add_bar(
            x=rows["code"].tolist(),
            y=rows["value"].tolist(),
            name=t(f"chart.years.legend.{source}", lang),
            marker={"color": color, "line": OUTLINE},
            text=[str(v) for v in rows["value"]],
            textposition="outside",
            textfont={"size": FONT_SIZE},
            cliponaxis=False,
            customdata=rows["label"].tolist(),
            hovertemplate="%{customdata}: %{y}<extra></extra>",
        )
    fig.update_xaxes(type="category", tickfont={"size": FONT_SIZE}, categoryorder="category ascending")
    top = float(table["value"].max()) if len(table) else 1.0
    fig.update_yaxes(
        range=[0, top * 1.18], gridcolor="#dddddd", tickfont={"size": FONT_SIZE}, **count_axis(top)
    )
    fig.update_layout(barmode="group", bargap=0.3)
    return _layout(fig, t("chart.years.title", lang), lang, 480, t("chart.years.subtitle", lang))


def level_mix_figure(records: pd.DataFrame, lang: str = "nl") -> go.Figure:
    """Per data year the level mix as a 100% stacked bar (map colours, "onbekend" last)."""
    table = chart_data.level_mix_by_year_table(records, lang)
    title = t("chart.levelmix.title", lang)
    if table.empty:
        return empty_figure(lang, title)
    fig = go.Figure()
    for code in (*schema.RANKED_LEVELS, schema.UNKNOWN_LEVEL):
        rows = table[table["code"] == code]
        fig.add_bar(
            x=rows["value"].tolist(),
            y=[str(year) for year in rows["jaar"]],
            orientation="h",
            name=wrap_label(rows["label"].iloc[0], 24),
            text=[fmt_pct(v, lang, 0) if v >= 5 else "" for v in rows["value"]],
            textposition="inside",
            insidetextanchor="middle",
            marker={
                "color": LEVEL_COLORS.get(code, UNKNOWN_COLOR),
                "line": OUTLINE,
                "pattern": {"shape": "/" if code == schema.UNKNOWN_LEVEL else "", "fgcolor": "#555555"},
            },
            customdata=[
                t("chart.hover.pct", lang, pct=fmt_pct(v, lang), n=n, base=b)
                for v, n, b in zip(rows["value"], rows["n"], rows["base"], strict=True)
            ],
            hovertemplate="%{fullData.name}<br>%{customdata}<extra></extra>",
        )
    fig.update_xaxes(range=[0, 100], ticksuffix="%", gridcolor="#dddddd", tickfont={"size": FONT_SIZE})
    fig.update_yaxes(type="category", autorange="reversed", tickfont={"size": FONT_SIZE})
    fig.update_layout(barmode="stack")
    height = 420 + 70 * table["jaar"].nunique()
    return _layout(fig, title, lang, height)


def compare_figure(
    table_region: pd.DataFrame,
    table_nl: pd.DataFrame,
    region_name: str,
    lang: str = "nl",
    title: str | None = None,
    percent: bool = True,
) -> go.Figure:
    """Grouped bars of the same chart table for a region (orange) and for Nederland (blue), NL's order."""
    title = title or t("chart.compare.title", lang, region=plaintext.plotly(region_name))
    if is_empty(table_region) and is_empty(table_nl):
        return empty_figure(lang, title)
    order = table_nl["code"].tolist()
    labels = dict(zip(table_nl["code"], table_nl["label"], strict=True))
    fig = go.Figure()
    scopes = (
        (table_region, plaintext.plotly(region_name), REGION_COLOR),
        (table_nl, t("chart.nl", lang), NL_COLOR),
    )
    for table, name, color in scopes:
        rows = table.set_index("code").reindex(order)
        rows[["value", "n", "base"]] = rows[["value", "n", "base"]].fillna(0)
        rows["label"] = [labels[code] for code in order]
        base = int(rows["base"].max()) if len(rows) else 0
        fig.add_bar(
            x=rows["value"].tolist(),
            y=[wrap_label(labels[code]) for code in order],
            orientation="h",
            name=f"{name} ({tn('chart.n', base, lang)})",
            marker={"color": color, "line": OUTLINE},
            text=_value_text(rows, lang, percent),
            textposition="outside",
            textfont={"size": FONT_SIZE - 2},
            cliponaxis=False,
            customdata=_hover(rows, lang, percent),
            hovertemplate="%{fullData.name}<br>%{y}<br>%{customdata}<extra></extra>",
        )
    values = pd.concat([table_region["value"], table_nl["value"]])
    fig.update_xaxes(
        range=_value_range(values, percent),
        ticksuffix="%" if percent else "",
        gridcolor="#dddddd",
        tickfont={"size": FONT_SIZE},
    )
    fig.update_yaxes(autorange="reversed", tickfont={"size": FONT_SIZE}, automargin=True)
    fig.update_layout(barmode="group", bargap=0.2, bargroupgap=0.05)
    height = max(420, 200 + 2 * 38 * len(order))
    return _layout(fig, title, lang, height)


TITLE_KEYS: Final = {
    "partijen": "chart.parties.title",
    "interventies": "chart.interventions.title",
    "gli": "chart.gli.title",
    "niveaus": "chart.levels.title",
    "jaren": "chart.years.title",
}


def chart_title(kind: str, lang: str = "nl", compare: bool = False) -> str:
    """The chart's title; comparisons show levels as shares, so their title says so."""
    if compare and kind == "niveaus":
        return t("chart.levels.title.pct", lang)
    return t(TITLE_KEYS[kind], lang)


def chart_figure(kind: str, records: pd.DataFrame, lang: str = "nl", base: Base = "offering") -> go.Figure:
    """The national figure of one chart kind (``chart_data.CHART_KINDS``)."""
    if kind == "partijen":
        return parties_figure(records, lang)
    if kind == "interventies":
        return interventions_figure(records, base, lang)
    if kind == "gli":
        return gli_programs_figure(records, lang)
    if kind == "niveaus":
        return levels_figure(records, lang)
    if kind == "jaren":
        return years_figure(records, lang)
    raise ValueError(f"unknown chart kind: {kind}")


def alt_text(table: pd.DataFrame, title: str, lang: str = "nl", percent: bool = True) -> str:
    """A one-line text version of a chart for screen readers (the image itself says nothing to them)."""
    if is_empty(table):
        return f"{title}: {t('empty.selection', lang)}"
    values = _value_text(table, lang, percent)
    parts = [f"{text} {value}" for text, value in zip(table["label"], values, strict=True)]
    return f"{title}: " + "; ".join(parts)
