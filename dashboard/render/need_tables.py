"""Need beside offer, shown: the ranked table, the per-capita table and its bar chart (builders, no I/O).

The numbers come from ``analysis.need``; here they get labelled columns in the user's language and a figure.
"""

from __future__ import annotations

from typing import Final, Literal

import pandas as pd
import plotly.graph_objects as go

from dashboard.analysis.need import NATIONAL_CODE, By, NeedSpec
from dashboard.core.schema import LEVEL_RANK
from dashboard.i18n import label, t
from dashboard.i18n.formats import fmt_decimal, plotly_separators
from dashboard.ingest.context import indicator_title
from dashboard.render import plaintext


def display_table(ranked: pd.DataFrame, spec: NeedSpec, lang: str = "nl") -> pd.DataFrame:
    """The ranked list with labelled columns; numbers stay numbers so the table sorts correctly."""
    columns = {
        "rang": t("need.col.rang", lang),
        "gm_naam": t("table.gemeente", lang),
        "regio_naam": t("table.regio", lang),
        "pv_naam": t("sidebar.provincies", lang),
        "waarde": indicator_title(spec.indicator, lang),
        "inwoners": t("need.col.inwoners", lang),
        "inwoners_65plus_est": t("need.col.inwoners_65plus_est", lang),
        "n_initiatieven": t("need.col.n_initiatieven", lang),
        "hoogste_niveau": t("need.col.hoogste_niveau", lang),
    }
    present = [c for c in columns if c in ranked.columns]
    if spec.indicator in ("inwoners", "inwoners_65plus_est"):
        present.remove(spec.indicator)  # already the value column
    table = ranked[present].copy()
    table["hoogste_niveau"] = table["hoogste_niveau"].map(lambda code: _level_text(code, lang))
    return table.rename(columns=columns).reset_index(drop=True)


def _level_text(code: str, lang: str) -> str:
    return (
        label("level", code, lang) if code in LEVEL_RANK or code == "onbekend" else t("need.level.none", lang)
    )


# --------------------------------------------------------------------------------------------------------------
# Per capita


def percap_label(value: str, min_level: str | None, lang: str = "nl") -> str:
    """Column/axis name of a per-capita value; coverage names carry the level floor."""
    if value == "per_100k":
        return t("need.percap.per_100k", lang)
    if min_level is None:
        return t(f"need.percap.{value}_any", lang)
    return t(f"need.percap.{value}", lang, level=label("level", min_level, lang))


def per_capita_display(table: pd.DataFrame, by: By, min_level: str | None, lang: str = "nl") -> pd.DataFrame:
    """Labelled columns; ratios rounded to one decimal."""
    names = table["naam"].where(table["code"] != NATIONAL_CODE, t("need.percap.total", lang))
    return pd.DataFrame(
        {
            t(f"need.percap.by.{by}", lang): names,
            t("need.percap.n_gemeenten", lang): table["n_gemeenten"],
            t("need.col.inwoners", lang): table["inwoners"].round(0).astype("Int64"),
            t("need.percap.n_initiatieven", lang): table["n_initiatieven"],
            percap_label("per_100k", min_level, lang): table["per_100k"].round(1),
            percap_label("inwoners_gedekt", min_level, lang): table["inwoners_gedekt"]
            .round(0)
            .astype("Int64"),
            percap_label("pct_gedekt", min_level, lang): table["pct_gedekt"].round(1),
        }
    )


PerCapitaValue = Literal["per_100k", "pct_gedekt"]
PER_CAPITA_VALUES: Final[tuple[PerCapitaValue, ...]] = ("per_100k", "pct_gedekt")
BAR_COLOR: Final = "#0072B2"  # Okabe–Ito blue
TOTAL_COLOR: Final = "#D55E00"


def per_capita_figure(
    table: pd.DataFrame, value: PerCapitaValue, by: By, min_level: str | None = None, lang: str = "nl"
) -> go.Figure:
    """Horizontal bars per area (highest on top); the national value, when present, as a dashed line."""
    areas = table[table["code"] != NATIONAL_CODE].sort_values(value, ascending=True)
    title = percap_label(value, min_level, lang)
    places = 1
    fig = go.Figure(
        go.Bar(
            x=areas[value],
            y=[plaintext.plotly(name) for name in areas["naam"]],
            orientation="h",
            marker_color=BAR_COLOR,
            text=[fmt_decimal(v, lang, places, fixed=True) if pd.notna(v) else "" for v in areas[value]],
            textposition="outside",
            hovertemplate="%{y}: %{x:.1f}<extra></extra>",
        )
    )
    national = table.loc[table["code"] == NATIONAL_CODE, value]
    if len(national) and pd.notna(national.iloc[0]):
        fig.add_vline(
            x=float(national.iloc[0]),
            line_dash="dash",
            line_color=TOTAL_COLOR,
            annotation_text=t(
                "need.percap.total_line",
                lang,
                value=fmt_decimal(float(national.iloc[0]), lang, 1, fixed=True),
            ),
            annotation_position="bottom right",
        )
    fig.update_layout(
        title=title,
        xaxis_title=title,
        yaxis_title=t(f"need.percap.by.{by}", lang),
        height=max(360, 24 * len(areas) + 140),
        margin={"l": 10, "r": 40, "t": 60, "b": 40},
        separators=plotly_separators(lang),
        showlegend=False,
    )
    return fig
