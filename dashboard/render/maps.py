"""Folium layers for the map page: offline, escaped, and split so that filter changes never remount the map.

The base ``folium.Map`` is identical on every rerun (streamlit-folium hashes its script to decide whether to
remount); everything that depends on filters or the selection is a ``FeatureGroup`` handed to ``st_folium``
through ``feature_group_to_add``. Leaflet comes from our own static folder, never a CDN, and no tile layer is
added unless the user asks for a basemap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import folium
import geopandas as gpd
import pandas as pd
import shapely
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from dashboard.analysis.areas import NO_INITIATIVE
from dashboard.analysis.measures import LEVEL_COLORS, UNKNOWN_COLOR, Classified
from dashboard.core.schema import UNKNOWN_LEVEL
from dashboard.i18n import insurer, label, t
from dashboard.render import plaintext
from dashboard.render.mapjs import (
    NAME_COLUMN,
    ChoroplethData,
    CodedChoropleth,
    CodedLines,
    MapBehaviour,
    RawHtml,
    TipColumn,
)
from geo.boundaries import internal_borders
from geo.encode import encode_lines

NL_CENTER: Final = (52.2, 5.3)
NL_ZOOM: Final = 7
LEAFLET_JS: Final = "app/static/leaflet/leaflet.js"
LEAFLET_CSS: Final = "app/static/leaflet/leaflet.css"
GEOMETRY_PATH: Final = "app/static/geo/gemeenten.json"
# Light sea-blue behind the gemeenten instead of Leaflet's default grey, which reads as "no data".
# Leaflet tooltips never wrap; long level names would run past the map's edge and be cut off.
_BACKGROUND_CSS: Final = (
    "<style>.leaflet-container{background:#eef3f7;font-size:15px}"
    # The map fills its frame, so a page may size the frame to the screen (CSS) and the map follows.
    "#map_div{height:100vh !important}"
    # At most 45% of the map's width: Leaflet puts a tooltip on the side of the pointer that faces the map's
    # centre, so one that narrow always stays inside the map.
    ".leaflet-tooltip{white-space:normal;min-width:min(14rem,40vw);max-width:min(22rem,45vw);font-size:15px}"
    ".leaflet-tooltip th{text-align:left;padding-right:.5rem;vertical-align:top}</style>"
)
OSM_TILES: Final = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


class ZoomableMap(folium.Map):
    """folium's Map, minus the viewport lock: its header forbids pinch-zoom (maximum-scale=1, user-scalable=no),
    which shuts out people who enlarge the page to read it (WCAG 1.4.4)."""

    # folium's MacroElement.render returns nothing; branca annotates Element.render as returning str.
    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        super().render(**kwargs)
        header = _figure(self).header
        name = self.get_name()
        if name in header._children:
            text = header._children[name].render()
            header._children[name] = RawHtml(_VIEWPORT_LOCK.sub("", text))


def _figure(element: Element) -> Figure:
    """The HTML document a map is rendered into (branca types get_root() as a plain Element)."""
    root = element.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"expected a branca Figure as root, got {type(root).__name__}")
    return root


class MetricScale(MacroElement):
    """Leaflet's scale bar in kilometres only (its default adds miles, which nobody here reads)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "L.control.scale({metric: true, imperial: false}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )


_VIEWPORT_LOCK: Final = re.compile(r",\s*maximum-scale=1\.0,\s*user-scalable=no")


def asset_urls(base_url_path: str = "") -> tuple[str, str]:
    """Absolute paths of the self-hosted Leaflet script and stylesheet, honouring server.baseUrlPath."""
    prefix = "/" + base_url_path.strip("/") if base_url_path.strip("/") else ""
    return f"{prefix}/{LEAFLET_JS}", f"{prefix}/{LEAFLET_CSS}"


def base_map(base_url_path: str = "", basemap: bool = False, lang: str = "nl") -> folium.Map:
    """The constant part of the map. Build a fresh one every rerun: st_folium adds feature groups into it."""
    js_url, css_url = asset_urls(base_url_path)
    m = ZoomableMap(
        location=NL_CENTER,
        zoom_start=NL_ZOOM,
        tiles=None,
        min_zoom=6,
        max_zoom=13,
        zoom_snap=0.5,
    )
    MetricScale().add_to(m)
    # Instance attributes shadow folium's class-level CDN lists for this map only (the class lists are
    # process-wide; mutating them would leak into every other session).
    m.default_js = [("leaflet", js_url)]
    m.default_css = [("leaflet_css", css_url)]
    _figure(m).header.add_child(RawHtml(_BACKGROUND_CSS))
    MapBehaviour().add_to(m)
    if basemap:
        attribution = f"&copy; {plaintext.html(t('map.osm.attribution', lang))}"
        folium.TileLayer(OSM_TILES, attr=attribution, name="OpenStreetMap", opacity=0.5).add_to(m)
    return m


def escape(value: object) -> str:
    """HTML-escape a user-supplied value before it reaches a tooltip (Leaflet inserts tooltips as HTML)."""
    return plaintext.html(value)


def geometry_url(base_url_path: str = "") -> str:
    """Where the browser fetches the encoded gemeente coverage (static serving, honouring baseUrlPath)."""
    prefix = "/" + base_url_path.strip("/") if base_url_path.strip("/") else ""
    return f"{prefix}/{GEOMETRY_PATH}"


def _style(
    fill: str, stroke: str = "#555555", weight: float = 0.6, dash: str | None = None
) -> dict[str, Any]:
    return {"fillColor": fill, "fillOpacity": 0.85, "color": stroke, "weight": weight, "dashArray": dash}


def choropleth_group(
    geometry: str,
    classified: Classified,
    summary: pd.DataFrame,
    gemeenten: pd.DataFrame,
    lang: str = "nl",
    with_levels: bool = True,
) -> folium.FeatureGroup:
    """Gemeenten filled by ``classified``; wijk-only gemeenten keep a white fill with a dashed level outline.

    ``geometry`` is the URL of the encoded coverage (``geometry_url``), which also carries the names: a rerun
    sends only style indices and the tooltip texts that change with the filters, as indices into their distinct
    values. Tooltip texts are set as text in the browser, so they are not HTML-escaped here.
    """
    return choropleth_of(geometry, choropleth_data(classified, summary, gemeenten, lang, with_levels))


def choropleth_of(geometry: str, data: ChoroplethData) -> folium.FeatureGroup:
    """The feature group for precomputed (cached) choropleth data."""
    group = folium.FeatureGroup(name="gemeenten")
    CodedChoropleth(geometry, data).add_to(group)
    return group


def choropleth_data(
    classified: Classified,
    summary: pd.DataFrame,
    gemeenten: pd.DataFrame,
    lang: str = "nl",
    with_levels: bool = True,
) -> ChoroplethData:
    """What the choropleth sends for one filter state (pure; the app caches it per state)."""
    codes = sorted(classified.by_gemeente.index)
    klass = classified.by_gemeente.reindex(codes)
    rows = summary.set_index("gm_code").reindex(codes)
    info = gemeenten.set_index("gm_code").reindex(codes)
    # Context (outside the selection) gets a faint outline too, so the selection's own borders stand out.
    styles = [_style(c.color) if c.counted else _style(c.color, "#c3c8cf", 0.4) for c in classified.classes]
    index_of = {c.code: i for i, c in enumerate(classified.classes)}
    style_index = [index_of[k] for k in klass]
    uncounted = {c.code for c in classified.classes if not c.counted}
    context = [k in uncounted for k in klass]
    if with_levels:
        # A context gemeente is never drawn as wijk-only: its figures belong to another view.
        wijk_only = rows["alleen_wijk"].astype(bool).to_numpy() & ~pd.Series(context, dtype=bool).to_numpy()
        wijk_level = rows["hoogste_niveau_wijk"].to_numpy()
        extra: dict[tuple[str, str], int] = {}
        for i in (i for i, flag in enumerate(wijk_only) if flag):
            key = (klass.iloc[i], wijk_level[i])
            if key not in extra:
                extra[key] = len(styles)
                fill = styles[index_of[key[0]]]["fillColor"]
                styles.append(_style(fill, LEVEL_COLORS.get(key[1], UNKNOWN_COLOR), 2.5, "4 3"))
            style_index[i] = extra[key]
        labels_of = classified.label_of()
        labels = [
            t("map.tooltip.gemeente", lang),
            t("map.tooltip.regio", lang),
            classified.title,
            t("map.tooltip.niveau", lang),
            t("map.tooltip.n", lang),
        ]
        # Each fact once: the level row only where it adds to the measure's own row (wijk-only, another
        # measure); outside the selection no figures at all (a null value draws no row).
        level_texts = []
        for i, (flag, top, wijk) in enumerate(
            zip(wijk_only, rows["hoogste_niveau"], wijk_level, strict=True)
        ):
            text = _level_text(bool(flag), str(top), str(wijk), lang)
            level_texts.append(None if context[i] or text == labels_of[klass.iloc[i]] else text)
        counts = [None if context[i] else int(n) for i, n in enumerate(rows["n_initiatieven"])]
        columns = [
            NAME_COLUMN,
            TipColumn.of(info["regio_naam"].tolist()),
            TipColumn.of([labels_of[k] for k in klass]),
            TipColumn.of(level_texts),
            TipColumn.of(counts),
        ]
    else:
        labels = [
            t("map.tooltip.gemeente", lang),
            t("map.tooltip.regio", lang),
            t("map.border.zorgkantoor", lang),
        ]
        columns = [
            NAME_COLUMN,
            TipColumn.of(info["regio_naam"].tolist()),
            TipColumn.of([insurer(v, lang) for v in info["zorgverzekeraar"]]),
        ]
    return ChoroplethData(tuple(codes), tuple(styles), tuple(style_index), tuple(labels), tuple(columns))


def _level_text(wijk_only: bool, highest: str, highest_wijk: str, lang: str) -> str:
    if wijk_only:
        return t("map.tooltip.wijk_only", lang, level=label("level", highest_wijk, lang))
    if highest == NO_INITIATIVE:
        return t("map.class.geen_initiatief", lang)
    return label("level", highest, lang)


@dataclass(frozen=True)
class BorderLines:
    """Region borders, each stretch once, encoded for the browser, with the region(s) on either side."""

    encoded: tuple[tuple[str, ...], ...]
    sides: tuple[tuple[str, ...], ...]  # region codes on either side (one code = outer border)
    names: Mapping[str, str]
    insurers: Mapping[str, str]


def border_lines(regions: gpd.GeoDataFrame) -> BorderLines:
    """Encode a region layer's borders once (the app caches the result per layer)."""
    borders = internal_borders(regions)
    insurers = (
        dict(zip(regions["code"], regions["zorgverzekeraar"], strict=True))
        if "zorgverzekeraar" in regions
        else {}
    )
    return BorderLines(
        encoded=tuple(tuple(encode_lines(geom)) for geom in borders.geometry),
        sides=tuple(tuple(codes.split(" | ")) for codes in borders["codes"]),
        names=dict(zip(regions["code"], regions["naam"], strict=True)),
        insurers=insurers,
    )


def border_layer(
    lines: BorderLines, kind: str, color: str, weight: float, lang: str = "nl", dash: str | None = None
) -> folium.FeatureGroup:
    """Region borders as lines (never a second set of filled polygons), with names and insurer on hover."""
    labels = [t(f"map.border.{kind}", lang)]
    with_insurer = bool(lines.insurers)
    if with_insurer:
        labels.append(t("map.border.zorgkantoor", lang))
    entries = []
    for encoded, sides in zip(lines.encoded, lines.sides, strict=True):
        tip = [" | ".join(lines.names[c] for c in sides)]
        if with_insurer:
            tip.append(" | ".join(insurer(lines.insurers[c], lang) for c in sides))
        entries.append((encoded, tip))
    group = folium.FeatureGroup(name=kind)
    CodedLines(entries, labels, {"color": color, "weight": weight, "dashArray": dash}).add_to(group)
    return group


def borders_group(
    regions: gpd.GeoDataFrame, kind: str, color: str, weight: float, lang: str = "nl", dash: str | None = None
) -> folium.FeatureGroup:
    """``border_layer`` for a region layer that is not cached (e.g. a subset); encodes on every call."""
    return border_layer(border_lines(regions), kind, color, weight, lang, dash)


def selection_group(gemeenten: gpd.GeoDataFrame, gm_code: str | None) -> folium.FeatureGroup:
    """A thick outline around the selected gemeente (empty group when nothing is selected)."""
    group = folium.FeatureGroup(name="selectie")
    if gm_code is None:
        return group
    chosen = gemeenten.loc[gemeenten["gm_code"] == gm_code, ["gm_code", "geometry"]]
    if len(chosen):
        folium.GeoJson(
            chosen.__geo_interface__,
            style_function=_selection_style,
            interactive=False,
        ).add_to(group)
    return group


def _selection_style(_feature: dict[str, Any]) -> dict[str, Any]:
    return {"color": "#d7191c", "weight": 5, "fill": False}


def marker_points(records: pd.DataFrame, centroids: Mapping[str, tuple[float, float]]) -> pd.DataFrame:
    """One point per initiative at the mean of its gemeenten's centres; co-located points are fanned out."""
    rows = []
    for rec in records.itertuples(index=False):
        codes: tuple[str, ...] = rec.gemeenten  # type: ignore[assignment]  # pandas-stubs: a cell is a scalar
        points = [centroids[c] for c in codes if c in centroids]
        if not points:
            continue
        lon = sum(p[0] for p in points) / len(points)
        lat = sum(p[1] for p in points) / len(points)
        rows.append(
            (rec.id, rec.naam, rec.samenwerkingsniveau, bool(rec.preventiecoalitie), rec.reikwijdte, lon, lat)
        )
    out = pd.DataFrame(rows, columns=["id", "naam", "niveau", "coalitie", "reikwijdte", "lon", "lat"])
    return _fan_out(out)


def _fan_out(points: pd.DataFrame, step: float = 0.012) -> pd.DataFrame:
    """Spread points that share a location on a small spiral so each stays visible and clickable."""
    if points.empty:
        return points
    key = points["lon"].round(5).astype(str) + "," + points["lat"].round(5).astype(str)
    order = points.groupby(key).cumcount()
    angle = order * 2.4  # golden angle in radians keeps the spiral even
    radius = step * order.map(math.sqrt)
    out = points.copy()
    out["lon"] = points["lon"] + radius * angle.map(math.cos) * 1.6  # longitude degrees are shorter here
    out["lat"] = points["lat"] + radius * angle.map(math.sin)
    return out


def markers_group(points: pd.DataFrame, lang: str = "nl") -> folium.FeatureGroup:
    """All initiatives as ONE GeoJSON point layer; preventiecoalities larger with a thick dark ring."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(p["lon"], 5), round(p["lat"], 5)]},
            "properties": {
                "naam": escape(p["naam"]),
                "niveau": escape(label("level", p["niveau"], lang)),
                "soort": escape(
                    t("map.marker.coalitie", lang) if p["coalitie"] else label("reach", p["reikwijdte"], lang)
                ),
                "_coalitie": bool(p["coalitie"]),
                "_unknown": p["niveau"] == UNKNOWN_LEVEL,
            },
        }
        for p in points.to_dict("records")
    ]
    group = folium.FeatureGroup(name="initiatieven")
    if not features:
        return group
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name="initiatieven",
        marker=folium.CircleMarker(radius=5),
        style_function=_marker_style,
        tooltip=folium.GeoJsonTooltip(
            fields=["naam", "niveau", "soort"],
            aliases=[t("map.marker.naam", lang), t("map.tooltip.niveau", lang), t("map.marker.soort", lang)],
            sticky=True,
        ),
    ).add_to(group)
    return group


def _marker_style(feature: dict[str, Any]) -> dict[str, Any]:
    props = feature["properties"]
    if props["_coalitie"]:
        return {
            "radius": 8,
            "color": "#000000",
            "weight": 3,
            "fill": True,
            "fillColor": "#f28e2b",
            "fillOpacity": 1,
        }
    fill = "#bdbdbd" if props["_unknown"] else "#d62728"
    return {
        "radius": 5,
        "color": "#ffffff",
        "weight": 1.5,
        "fill": True,
        "fillColor": fill,
        "fillOpacity": 0.95,
    }


def clicked_point(returned: Mapping[str, Any] | None) -> tuple[float, float] | None:
    """(lon, lat) of the last click in st_folium's returned dict, or None when there was no click."""
    if not returned:
        return None
    clicked = returned.get("last_object_clicked") or returned.get("last_clicked")
    if not isinstance(clicked, Mapping):
        return None
    lat, lng = clicked.get("lat"), clicked.get("lng")
    if not isinstance(lat, int | float) or not isinstance(lng, int | float):
        return None
    if not (math.isfinite(lat) and math.isfinite(lng)):
        return None
    return float(lng), float(lat)


def gemeente_at(gemeenten: gpd.GeoDataFrame, lon: float, lat: float) -> str | None:
    """The gemeente containing the point (server-side point in polygon), or None for sea/abroad."""
    point = shapely.Point(lon, lat)
    hits = gemeenten.sindex.query(point, predicate="intersects")
    if len(hits) == 0:
        return None
    return str(gemeenten.iloc[int(hits[0])]["gm_code"])


def centroids(gemeenten: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    return dict(zip(gemeenten["gm_code"], zip(gemeenten["lon"], gemeenten["lat"], strict=True), strict=True))


def legend_rows(classified: Classified) -> list[tuple[str, str, int | None]]:
    """(colour, label, count) per class, in legend order; a context class has no count."""
    counts = classified.counts()
    return [(c.color, c.label, counts.get(c.code)) for c in classified.classes]


def legend_html(classified: Classified, lang: str = "nl", extra: Iterable[tuple[str, str]] = ()) -> str:
    """A text legend (colour swatch + label + count) rendered by Streamlit, not by branca/d3 from a CDN."""
    items = "".join(
        f'<li><span class="pk-swatch" style="background:{color}"></span>{escape(text)}'
        + (f' <span class="pk-count">({count})</span>' if count is not None else "")
        + "</li>"
        for color, text, count in legend_rows(classified)
    )
    items += "".join(
        f'<li><span class="pk-swatch pk-{kind}"></span>{escape(text)}</li>' for kind, text in extra
    )
    # The map counts gemeenten, the charts beside it initiatives: the legend says which (issue 21.8).
    unit = f'<div class="pk-count">{escape(t("map.legend.unit", lang))}</div>' if classified.counts() else ""
    return (
        f'<div class="pk-legend" role="group" aria-label="{escape(t("map.legend", lang))}">'
        f"<strong>{escape(classified.title)}</strong>{unit}<ul>{items}</ul></div>"
    )


# --------------------------------------------------------------------------------------------------------------
# A region's view: the map fitted to its bounds, its gaps outlined

GAP_COLOR: Final = "#D55E00"  # Okabe–Ito vermillion, apart from the viridis fills and the black region line
MIN_ZOOM: Final = 6.0
MAX_ZOOM: Final = 12.0
TILE_PX: Final = 256
# Legend swatches for the region views' extra outlines (added to components.LEGEND_CSS).
OUTLINE_LEGEND_CSS: Final = """<style>
.pk-swatch.pk-gap{background:rgba(213,94,0,.12);border:3px dashed #D55E00}
.pk-swatch.pk-regioline{background:#fff;border:3px solid #000}
.pk-swatch.pk-selected{background:#fff;border:3px solid #d7191c}
</style>"""


def view_for_bounds(
    bounds: tuple[float, float, float, float], width_px: int = 800, height_px: int = 560
) -> tuple[tuple[float, float], float]:
    """Leaflet centre (lat, lon) and zoom (half steps) that fit (minx, miny, maxx, maxy) in the map.

    Web Mercator: one tile of 256 px spans 360° of longitude at zoom 0; latitude spans by the Mercator y.
    A 15% margin keeps the outline off the map's edge.
    """
    minx, miny, maxx, maxy = bounds
    center = ((miny + maxy) / 2, (minx + maxx) / 2)

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    lon_span = max(maxx - minx, 1e-6)
    lat_span = max(merc(maxy) - merc(miny), 1e-6)
    zoom_x = math.log2(width_px * 0.85 * 360 / (TILE_PX * lon_span))
    zoom_y = math.log2(height_px * 0.85 * 2 * math.pi / (TILE_PX * lat_span))
    zoom = math.floor(min(zoom_x, zoom_y) * 2) / 2
    return center, min(MAX_ZOOM, max(MIN_ZOOM, zoom))


def gaps_group(
    gemeenten_geo: gpd.GeoDataFrame, gm_codes: Collection[str], lang: str = "nl"
) -> folium.FeatureGroup:
    """A thick dashed vermillion outline around every gap gemeente (tooltip: name and why)."""
    group = folium.FeatureGroup(name="hiaten")
    chosen = gemeenten_geo.loc[gemeenten_geo["gm_code"].isin(set(gm_codes)), ["gm_naam", "geometry"]]
    if chosen.empty:
        return group
    data = chosen.assign(gm_naam=chosen["gm_naam"].map(escape))
    folium.GeoJson(
        data.__geo_interface__,
        name="hiaten",
        style_function=lambda _f: {
            "color": GAP_COLOR,
            "weight": 4,
            "dashArray": "8 5",
            "fill": True,
            "fillColor": GAP_COLOR,
            "fillOpacity": 0.12,
        },
        tooltip=folium.GeoJsonTooltip(fields=["gm_naam"], aliases=[t("mijnregio.gap.tooltip", lang)]),
    ).add_to(group)
    return group


def view_of(
    gemeenten_geo: gpd.GeoDataFrame, gm_codes: Collection[str] | None
) -> tuple[tuple[float, float] | None, float | None]:
    """Centre and zoom that open the map on these gemeenten; with none, (None, None): the map's own view of
    the whole country."""
    if not gm_codes:
        return None, None
    return view_for_bounds(region_bounds(gemeenten_geo, gm_codes))


def region_bounds(
    gemeenten_geo: gpd.GeoDataFrame, gm_codes: Collection[str]
) -> tuple[float, float, float, float]:
    rows = gemeenten_geo.loc[gemeenten_geo["gm_code"].isin(set(gm_codes))]
    minx, miny, maxx, maxy = rows.total_bounds
    return float(minx), float(miny), float(maxx), float(maxy)
