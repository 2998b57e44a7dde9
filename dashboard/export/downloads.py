"""Downloads of a chart: its numbers as CSV and the figure as PNG, both carrying their provenance.

Provenance lines say what the numbers are: "voorbeelddata" when example rows are in the selection, the peiljaar,
the source ("Bron van de initiatieven: <file>", plus RIVM where its figures are used), the active filters and the counting
rule. The CSV holds exactly the table the chart draws (every cell through ``export.safe_cell``); the PNG is
rendered by kaleido in Debian's chromium only when the user clicks (a render takes seconds), with the
provenance printed under the chart.

All functions here are pure; ``dashboard.components.chart_block`` lays a chart out with them.
"""

from __future__ import annotations

import copy
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import pandas as pd
import plotly.graph_objects as go

from dashboard.core.filters import Filters
from dashboard.export.tabular import csv_cell, csv_writer
from dashboard.i18n import label, t
from dashboard.i18n.formats import fmt_plain
from dashboard.render import plaintext

DEFAULT_CHROMIUM: Final = "/usr/bin/chromium"
# choreographer (kaleido's browser driver) reads the same variable.
CHROMIUM_ENV: Final = "BROWSER_PATH"
PNG_WIDTH: Final = 1400
PNG_SCALE: Final = 1
PNG_TIMEOUT_S: Final = 60
FOOTER_LINE_PX: Final = 22
# Filter fields whose values are canonical codes with an i18n label kind.
_LABEL_KINDS: Final = {
    "niveaus": "level",
    "interventies": "intervention",
    "partijen": "party",
    "reikwijdte": "reach",
}
# Filter field -> its sidebar title key where the two differ.
_SIDEBAR_TITLE: Final = {"preventiecoalitie": "coalitie"}


# ----------------------------------------------------------------------------------------------------------------
# Provenance


def describe_filters(filters: Filters, lang: str = "nl", names: Mapping[str, str] | None = None) -> str:
    """The active filters except the year (it has its own line) as readable text; "geen" when none."""
    names = names or {}
    parts = []
    for field, value in filters.active().items():
        if field == "jaar":
            continue
        if field == "preventiecoalitie":
            shown = t(f"sidebar.coalitie.{'ja' if value else 'nee'}", lang)
        else:
            kind = _LABEL_KINDS.get(field)
            items = [label(kind, v, lang) if kind else names.get(v, v) for v in value]
            shown = ", ".join(items)
        parts.append(f"{t(f'sidebar.{_SIDEBAR_TITLE.get(field, field)}', lang)}: {shown}")
    return "; ".join(parts) if parts else t("dl.filters.none", lang)


def source_label(records: pd.DataFrame, fallback: str) -> str:
    """The files the records came from, by name only (a server path says nothing and should not leak)."""
    names = sorted({Path(str(name)).name for name in records["bronbestand"] if str(name)}, key=str.casefold)
    return ", ".join(names) if names else Path(fallback).name


def provenance_lines(
    *,
    file_name: str,
    is_example: bool,
    filters: Filters,
    lang: str = "nl",
    names: Mapping[str, str] | None = None,
    extra: Sequence[str] = (),
) -> list[str]:
    """The lines every download carries, in the user's language."""
    lines = []
    if is_example:
        lines.append(t("dl.example", lang))
    year = filters.jaar
    lines.append(t("dl.peiljaar", lang, year=year) if year is not None else t("dl.peiljaar.all", lang))
    lines.append(t("dl.source", lang, file=file_name))
    # RIVM is a source only where its figures are used: the example data's totals (and, via ``extra``, the
    # published totals of the years chart); a user's own file is credited to that file alone.
    if is_example:
        lines.append(t("dl.source.example", lang))
    lines.append(t("dl.filters", lang, filters=describe_filters(filters, lang, names)))
    lines.extend(extra)
    lines.append(t("dl.rule", lang))
    return lines


# ----------------------------------------------------------------------------------------------------------------
# CSV

_CSV_HEADERS: Final = ("code", "label", "value", "n", "base", "scope", "source", "jaar")


def _csv_value(value: object, lang: str) -> str:
    # Dutch Excel reads "33,3" as a number and "33.3" as text or a date.
    if isinstance(value, float) and not value.is_integer():
        return fmt_plain(value, lang)
    return csv_cell(value)


def chart_csv_bytes(
    table: pd.DataFrame,
    provenance: Sequence[str],
    lang: str = "nl",
    percent: bool = True,
    scope_names: Mapping[str, str] | None = None,
) -> bytes:
    """Provenance lines, an empty line, then the chart's table (UTF-8 with BOM, ";", as Dutch Excel opens it).

    ``value`` is headed "percentage" or "aantal" so the file says which it is.
    """
    columns = [c for c in _CSV_HEADERS if c in table.columns]
    header = [
        t("dl.col.pct" if percent else "dl.col.count", lang) if c == "value" else t(f"dl.col.{c}", lang)
        for c in columns
    ]
    scope_names = scope_names or {}
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer)
    for line in provenance:
        writer.writerow([csv_cell(line)])
    writer.writerow([])
    writer.writerow([csv_cell(h) for h in header])
    for record in table[columns].to_dict(orient="records"):
        row = []
        for column in columns:
            value = record[column]
            if column == "scope":
                value = scope_names.get(str(value), value)
            row.append(_csv_value(value, lang))
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8-sig")


# ----------------------------------------------------------------------------------------------------------------
# PNG


def chromium_path() -> Path | None:
    """Debian's chromium (or ``$BROWSER_PATH``) when it is an executable file, else None."""
    path = Path(os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM)
    return path if path.is_file() and os.access(path, os.X_OK) else None


def png_unavailable_reason(lang: str = "nl") -> str | None:
    """Why a PNG cannot be made here (no chromium, no kaleido), or None when it can."""
    if chromium_path() is None:
        return t("dl.png.no_chromium", lang, path=os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM)
    try:
        import kaleido  # noqa: F401  (only needed for this download; optional for the rest of the app)
    except ImportError:
        return t("dl.png.no_kaleido", lang)
    return None


def figure_with_provenance(fig: go.Figure, lines: Sequence[str]) -> go.Figure:
    """A copy of ``fig`` with the provenance printed under the plot (a PNG travels without its web page)."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))
    height = int(out.layout.height or 500)
    extra = FOOTER_LINE_PX * len(lines) + 20
    bottom = int(out.layout.margin.b or 60)
    out.update_layout(height=height + extra, margin={"b": bottom + extra})
    out.add_annotation(
        text="<br>".join(plaintext.plotly(line) for line in lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-(bottom + 10),
        xanchor="left",
        yanchor="top",
        align="left",
        showarrow=False,
        font={"size": 14, "color": "#333333"},
    )
    return out


def figure_png(
    fig: go.Figure, lines: Sequence[str] = (), width: int = PNG_WIDTH, scale: int = PNG_SCALE
) -> bytes:
    """The figure (with provenance) as PNG, rendered by kaleido in chromium; no MathJax (it would come from a
    CDN). Raises RuntimeError when chromium is missing."""
    import kaleido

    path = chromium_path()
    if path is None:
        raise RuntimeError(t("dl.png.no_chromium", "en", path=DEFAULT_CHROMIUM))
    full = figure_with_provenance(fig, lines) if lines else fig
    opts = {"format": "png", "width": width, "height": int(full.layout.height or 600), "scale": scale}
    return kaleido.calc_fig_sync(
        full, opts=opts, kopts={"path": str(path), "mathjax": False, "timeout": PNG_TIMEOUT_S}
    )


def display_table(
    table: pd.DataFrame, lang: str = "nl", percent: bool = True, scope_names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The chart's table with headers in the user's language (the accessible version of the chart)."""
    columns = [c for c in ("scope", "label", "value", "n", "base", "jaar") if c in table.columns]
    out = table[columns].copy()
    if "scope" in out.columns:
        out["scope"] = out["scope"].map(lambda s: (scope_names or {}).get(s, s))
    headers = {
        c: t("dl.col.pct" if percent else "dl.col.count", lang) if c == "value" else t(f"dl.col.{c}", lang)
        for c in columns
    }
    return out.rename(columns=headers)


# ----------------------------------------------------------------------------------------------------------------
# Streamlit


def plotly_config(file_stem: str) -> dict[str, object]:
    """Plotly's own toolbar (bundled with Streamlit, no CDN): no logo, PNG button names the file."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": file_stem, "scale": 2},
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    }
