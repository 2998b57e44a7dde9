"""The map view as a picture for a slide: made on the server with matplotlib (Agg), offline, like the PDF's map.

Gemeenten coloured by the measure shown (context outside the selection stays pale), the region borders, a text
legend with counts, a title and the source and reference-date lines. Pure: geometry and classes in, PNG out.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Collection, Sequence
from typing import Final

import geopandas as gpd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from dashboard.analysis.measures import Classified
from dashboard.render import plaintext

RD_CRS: Final = 28992
DPI: Final = 150
TEXT_COLOR: Final = "#1a1a1a"
EDGE: Final = "#555555"
REGION_EDGE: Final = "#d95f02"  # the map page's region line colour


def _wrap(text: str, width: int) -> str:
    """``text`` (names from a region table among it) as literal matplotlib text, over lines of ``width``."""
    text = plaintext.matplotlib(text)
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def map_png(
    gemeenten_geo: gpd.GeoDataFrame,
    classified: Classified,
    title: str,
    lines: Sequence[str],
    members: Collection[str] | None = None,
    regions: gpd.GeoDataFrame | None = None,
) -> bytes:
    """A 16:9 PNG of the map: whole country, zoomed to ``members`` when a selection is made."""
    shapes = gemeenten_geo.to_crs(RD_CRS)
    colors = classified.by_gemeente.map(classified.color_of())
    fig = Figure(figsize=(13.33, 7.5))
    FigureCanvasAgg(fig)
    # Map left, legend right, sources below: nothing overlaps, whatever the number of source lines.
    source_height = 0.03 + 0.022 * len(lines)
    ax = fig.add_axes((0.01, source_height + 0.02, 0.57, 0.86 - source_height))
    shapes.plot(ax=ax, color=shapes["gm_code"].map(colors).fillna("#ffffff"), edgecolor=EDGE, linewidth=0.25)
    if regions is not None and len(regions):
        regions.to_crs(RD_CRS).boundary.plot(ax=ax, color=REGION_EDGE, linewidth=1.2)
    if members is not None:
        inside = shapes[shapes["gm_code"].isin(list(members))]
        if len(inside):
            inside.dissolve().boundary.plot(ax=ax, color="black", linewidth=2)
            minx, miny, maxx, maxy = inside.total_bounds
            pad = max(maxx - minx, maxy - miny) * 0.12 + 2000
            ax.set_xlim(minx - pad, maxx + pad)
            ax.set_ylim(miny - pad, maxy + pad)
    ax.set_axis_off()
    ax.set_aspect("equal")
    counts = classified.counts()
    handles = [
        Patch(
            facecolor=c.color,
            edgecolor=EDGE,
            label=_wrap(f"{c.label} ({counts[c.code]})" if c.code in counts else c.label, 32),
        )
        for c in classified.classes
    ]
    fig.legend(
        handles=handles,
        title=_wrap(classified.title, 34),
        loc="upper left",
        bbox_to_anchor=(0.6, 0.88),
        frameon=False,
        fontsize=16,  # readable from the back of a room
        title_fontsize=17,
        alignment="left",
        labelcolor=TEXT_COLOR,
    )
    fig.suptitle(
        _wrap(title, 72),
        x=0.01,
        y=0.985,
        ha="left",
        va="top",
        fontsize=20,
        color=TEXT_COLOR,
        fontweight="bold",
    )
    fig.text(
        0.01,
        0.015,
        "\n".join(_wrap(line, 190) for line in lines),
        ha="left",
        va="bottom",
        fontsize=10.5,
        color="#333333",
    )
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()
