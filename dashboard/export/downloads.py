"""Downloads of a chart: its numbers as CSV (exactly the table the chart draws) and the figure as PNG.

Both go through ``export.writer`` and carry the provenance block (``render.provenance``); the PNG is rendered
only when the user clicks (a render takes seconds).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import pandas as pd

from dashboard.export import writer
from dashboard.i18n import t

_CSV_HEADERS: Final = ("code", "label", "value", "n", "base", "scope", "source", "jaar")


def _headers(columns: Sequence[str], lang: str, percent: bool) -> list[str]:
    """``value`` is headed "percentage" or "aantal" so the file says which it is."""
    return [
        t("dl.col.pct" if percent else "dl.col.count", lang) if c == "value" else t(f"dl.col.{c}", lang)
        for c in columns
    ]


def chart_csv_bytes(
    table: pd.DataFrame,
    provenance: Sequence[str],
    lang: str = "nl",
    percent: bool = True,
    scope_names: Mapping[str, str] | None = None,
) -> bytes:
    """Provenance block, then the chart's table."""
    columns = [c for c in _CSV_HEADERS if c in table.columns]
    shown = table[columns].copy()
    if "scope" in shown.columns:
        shown["scope"] = shown["scope"].map(lambda s: (scope_names or {}).get(str(s), s))
    rows = shown.itertuples(index=False, name=None)
    return writer.csv_bytes(_headers(columns, lang, percent), rows, provenance, lang)


def display_table(
    table: pd.DataFrame, lang: str = "nl", percent: bool = True, scope_names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The chart's table with headers in the user's language (the accessible version of the chart)."""
    columns = [c for c in ("scope", "label", "value", "n", "base", "jaar") if c in table.columns]
    out = table[columns].copy()
    if "scope" in out.columns:
        out["scope"] = out["scope"].map(lambda s: (scope_names or {}).get(s, s))
    return out.rename(columns=dict(zip(columns, _headers(columns, lang, percent), strict=True)))


def plotly_config(file_stem: str) -> dict[str, object]:
    """Plotly's own toolbar (bundled with Streamlit, no CDN): no logo, PNG button names the file."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": file_stem, "scale": 2},
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    }
