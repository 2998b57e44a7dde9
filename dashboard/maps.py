"""Folium layers for the map page: offline, escaped, and split so that filter changes never remount the map.

The base ``folium.Map`` is identical on every rerun (streamlit-folium hashes its script to decide whether to
remount); everything that depends on filters or the selection is a ``FeatureGroup`` handed to ``st_folium``
through ``feature_group_to_add``. Leaflet comes from our own static folder, never a CDN, and no tile layer is
added unless the user asks for a basemap.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable, Mapping
from typing import Any, Final

import folium
import geopandas as gpd
import pandas as pd
import shapely

from dashboard.areas import NO_INITIATIVE
from dashboard.i18n import label, t
from dashboard.measures import LEVEL_COLORS, UNKNOWN_COLOR, Classified
from dashboard.schema import UNKNOWN_LEVEL

NL_CENTER: Final = (52.2, 5.3)
NL_ZOOM: Final = 7
LEAFLET_JS: Final = "app/static/leaflet/leaflet.js"
LEAFLET_CSS: Final = "app/static/leaflet/leaflet.css"
# Light sea-blue behind the gemeenten instead of Leaflet's default grey, which reads as "no data".
_BACKGROUND_CSS: Final = "<style>.leaflet-container{background:#eef3f7;font-size:15px}</style>"
OSM_TILES: Final = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTR: Final = "&copy; OpenStreetMap-bijdragers"


def asset_urls(base_url_path: str = "") -> tuple[str, str]:
    """Absolute paths of the self-hosted Leaflet script and stylesheet, honouring server.baseUrlPath."""
    prefix = "/" + base_url_path.strip("/") if base_url_path.strip("/") else ""
    return f"{prefix}/{LEAFLET_JS}", f"{prefix}/{LEAFLET_CSS}"


def base_map(base_url_path: str = "", basemap: bool = False) -> folium.Map:
    """The constant part of the map. Build a fresh one every rerun: st_folium adds feature groups into it."""
    js_url, css_url = asset_urls(base_url_path)
    m = folium.Map(
        location=NL_CENTER,
        zoom_start=NL_ZOOM,
        tiles=None,
        min_zoom=6,
        max_zoom=13,
        zoom_snap=0.5,
        control_scale=True,
    )
    # Instance attributes shadow folium's class-level CDN lists for this map only (the class lists are
    # process-wide; mutating them would leak into every other session).
    m.default_js = [("leaflet", js_url)]
    m.default_css = [("leaflet_css", css_url)]
    m.get_root().header.add_child(folium.Element(_BACKGROUND_CSS))
    if basemap:
        folium.TileLayer(OSM_TILES, attr=OSM_ATTR, name="OpenStreetMap", opacity=0.5).add_to(m)
    return m


def escape(value: object) -> str:
    """HTML-escape a user-supplied value before it reaches a tooltip (Leaflet inserts tooltips as HTML)."""
    return html.escape("" if value is None else str(value), quote=True)


def gemeente_features(gemeenten: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Geometry of every gemeente as GeoJSON features, computed once and reused on every rerun."""
    geo = shapely.to_geojson(gemeenten.geometry.array)  # vectorised: far cheaper than per-row mapping
    return [
        {"type": "Feature", "id": code, "properties": {"gm_code": code}, "geometry": json.loads(g)}
        for code, g in zip(gemeenten["gm_code"], geo, strict=True)
    ]


def _fill_style(feature: dict[str, Any]) -> dict[str, Any]:
    props = feature["properties"]
    return {
        "fillColor": props["_fill"],
        "fillOpacity": 0.85,
        "color": props["_stroke"],
        "weight": props["_weight"],
        "dashArray": props["_dash"],
    }


def _highlight(_feature: dict[str, Any]) -> dict[str, Any]:
    return {"weight": 4, "color": "#000000", "fillOpacity": 0.95}


def choropleth_group(
    features: list[dict[str, Any]],
    classified: Classified,
    summary: pd.DataFrame,
    gemeenten: pd.DataFrame,
    lang: str = "nl",
    with_levels: bool = True,
) -> folium.FeatureGroup:
    """Gemeenten filled by ``classified``; wijk-only gemeenten keep a white fill with a dashed level outline."""
    colors, labels = classified.color_of(), classified.label_of()
    by_code = summary.set_index("gm_code")
    info = gemeenten.set_index("gm_code")
    out = []
    for feature in features:
        code = feature["properties"]["gm_code"]
        row = by_code.loc[code]
        klass = classified.by_gemeente[code]
        wijk_only = bool(row["alleen_wijk"])
        level_text = (
            label("level", row["hoogste_niveau"], lang) if row["hoogste_niveau"] != NO_INITIATIVE else ""
        )
        if wijk_only:
            level_text = t(
                "map.tooltip.wijk_only", lang, level=label("level", row["hoogste_niveau_wijk"], lang)
            )
        elif row["hoogste_niveau"] == NO_INITIATIVE:
            level_text = t("map.class.geen_initiatief", lang)
        props = {
            "gm_code": code,
            "naam": escape(info.at[code, "gm_naam"]),
            "regio": escape(info.at[code, "regio_naam"]),
            "niveau": escape(level_text),
            "klasse": escape(labels[klass]),
            "zorgkantoor": escape(info.at[code, "zorgverzekeraar"]),
            "n": int(row["n_initiatieven"]),
            "_fill": colors[klass],
            "_stroke": _wijk_stroke(row) if wijk_only else "#555555",
            "_weight": 2.5 if wijk_only else 0.6,
            "_dash": "4 3" if wijk_only else None,
        }
        out.append({**feature, "properties": props})
    if with_levels:
        fields = ["naam", "regio", "klasse", "niveau", "n"]
        aliases = [
            t("map.tooltip.gemeente", lang),
            t("map.tooltip.regio", lang),
            escape(classified.title),
            t("map.tooltip.niveau", lang),
            t("map.tooltip.n", lang),
        ]
    else:
        fields = ["naam", "regio", "zorgkantoor"]
        aliases = [
            t("map.tooltip.gemeente", lang),
            t("map.tooltip.regio", lang),
            t("map.border.zorgkantoor", lang),
        ]
    tooltip = folium.GeoJsonTooltip(fields=fields, aliases=aliases, sticky=True)
    group = folium.FeatureGroup(name="gemeenten")
    folium.GeoJson(
        {"type": "FeatureCollection", "features": out},
        name="gemeenten",
        style_function=_fill_style,
        highlight_function=_highlight,
        tooltip=tooltip,
        zoom_on_click=False,
    ).add_to(group)
    return group


def _wijk_stroke(row: pd.Series) -> str:
    return LEVEL_COLORS.get(row["hoogste_niveau_wijk"], UNKNOWN_COLOR)


def borders_group(
    regions: gpd.GeoDataFrame, kind: str, color: str, weight: float, lang: str = "nl", dash: str | None = None
) -> folium.FeatureGroup:
    """Region outlines as lines (never a second set of filled polygons), with name and insurer on hover."""
    lines = regions.copy()
    lines["geometry"] = lines.geometry.boundary
    has_insurer = "zorgverzekeraar" in lines.columns
    props = pd.DataFrame(
        {
            "naam": lines["naam"].map(escape),
            "code": lines["code"].map(escape),
            "zorgkantoor": lines["zorgverzekeraar"].map(escape) if has_insurer else "",
        }
    )
    data = gpd.GeoDataFrame(props, geometry=lines.geometry.to_numpy(), crs=regions.crs)
    fields, aliases = ["naam", "code"], [t(f"map.border.{kind}", lang), t("map.border.code", lang)]
    if has_insurer:
        fields.append("zorgkantoor")
        aliases.append(t("map.border.zorgkantoor", lang))
    group = folium.FeatureGroup(name=kind)
    folium.GeoJson(
        data.__geo_interface__,
        name=kind,
        style_function=lambda _f: {"color": color, "weight": weight, "dashArray": dash, "fill": False},
        highlight_function=lambda _f: {"weight": weight + 3},
        tooltip=folium.GeoJsonTooltip(fields=fields, aliases=aliases, sticky=True),
    ).add_to(group)
    return group


def selection_group(gemeenten: gpd.GeoDataFrame, gm_code: str | None) -> folium.FeatureGroup:
    """A thick outline around the selected gemeente (empty group when nothing is selected)."""
    group = folium.FeatureGroup(name="selectie")
    if gm_code is None:
        return group
    chosen = gemeenten.loc[gemeenten["gm_code"] == gm_code, ["gm_code", "geometry"]]
    if len(chosen):
        folium.GeoJson(
            chosen.__geo_interface__,
            style_function=lambda _f: {"color": "#d7191c", "weight": 5, "fill": False},
            interactive=False,
        ).add_to(group)
    return group


def marker_points(records: pd.DataFrame, centroids: Mapping[str, tuple[float, float]]) -> pd.DataFrame:
    """One point per initiative at the mean of its gemeenten's centres; co-located points are fanned out."""
    rows = []
    for rec in records.itertuples(index=False):
        points = [centroids[c] for c in rec.gemeenten if c in centroids]
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
            "geometry": {"type": "Point", "coordinates": [round(p.lon, 5), round(p.lat, 5)]},
            "properties": {
                "naam": escape(p.naam),
                "niveau": escape(label("level", p.niveau, lang)),
                "soort": escape(
                    t("map.marker.coalitie", lang) if p.coalitie else label("reach", p.reikwijdte, lang)
                ),
                "_coalitie": bool(p.coalitie),
                "_unknown": p.niveau == UNKNOWN_LEVEL,
            },
        }
        for p in points.itertuples(index=False)
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
        return {"radius": 8, "color": "#000000", "weight": 3, "fillColor": "#f28e2b", "fillOpacity": 1}
    fill = "#bdbdbd" if props["_unknown"] else "#d62728"
    return {"radius": 5, "color": "#ffffff", "weight": 1.5, "fillColor": fill, "fillOpacity": 0.95}


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


def legend_rows(classified: Classified) -> list[tuple[str, str, int]]:
    """(colour, label, count) per class, in legend order."""
    counts = classified.counts()
    return [(c.color, c.label, counts[c.code]) for c in classified.classes]


def legend_html(classified: Classified, lang: str = "nl", extra: Iterable[tuple[str, str]] = ()) -> str:
    """A text legend (colour swatch + label + count) rendered by Streamlit, not by branca/d3 from a CDN."""
    items = "".join(
        f'<li><span class="pk-swatch" style="background:{color}"></span>{escape(text)} '
        f'<span class="pk-count">({count})</span></li>'
        for color, text, count in legend_rows(classified)
    )
    items += "".join(
        f'<li><span class="pk-swatch pk-{kind}"></span>{escape(text)}</li>' for kind, text in extra
    )
    return (
        f'<div class="pk-legend" role="list" aria-label="{escape(t("map.legend", lang))}">'
        f"<strong>{escape(classified.title)}</strong><ul>{items}</ul></div>"
    )
