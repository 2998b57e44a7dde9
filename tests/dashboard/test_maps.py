import json
import re

import folium
import pytest
from streamlit_folium import _get_feature_group_string, _get_map_string

from dashboard import maps
from dashboard.areas import gemeente_summary
from dashboard.measures import classify
from geo.boundaries import load_layers
from tests.dashboard.records_factory import make_records

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def layers():
    return load_layers()


@pytest.fixture(scope="module")
def features(layers):
    return maps.gemeente_features(layers.gemeenten)


def _all_urls(m: folium.Map) -> list[str]:
    html = m.get_root().render()
    return re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)


def test_base_map_loads_only_local_assets():
    m = maps.base_map()
    m.get_root().render()
    assert m.default_js == [("leaflet", "/app/static/leaflet/leaflet.js")]
    assert m.default_css == [("leaflet_css", "/app/static/leaflet/leaflet.css")]
    for url in _all_urls(m):
        assert url.startswith("/app/static/"), url
    # The override is per map: folium's class-level lists (shared by every session) stay untouched.
    assert any("cdn" in src for _, src in folium.Map.default_js)


def test_asset_urls_follow_base_url_path():
    assert maps.asset_urls("preventie/")[0] == "/preventie/app/static/leaflet/leaflet.js"
    assert maps.asset_urls("")[1] == "/app/static/leaflet/leaflet.css"


def test_base_map_is_identical_between_reruns():
    # streamlit-folium remounts (and resets the zoom) when the base map's script changes.
    first, second = maps.base_map(), maps.base_map()
    strip = lambda s: re.sub(r"[0-9a-f]{32}", "", s)  # noqa: E731 - element ids differ per object
    assert strip(_get_map_string(first)) == strip(_get_map_string(second))


def test_no_tiles_unless_basemap_requested():
    assert "tile.openstreetmap" not in maps.base_map().get_root().render()
    assert "tile.openstreetmap" in maps.base_map(basemap=True).get_root().render()


def test_vendored_leaflet_matches_the_package():
    from pathlib import Path

    js_lib = pytest.importorskip("js_lib_leaflet")
    package = Path(js_lib.__file__).parent / "static" / "js_lib_leaflet"
    ours = Path(__file__).resolve().parents[2] / "static" / "leaflet"
    for name in ("leaflet.js", "leaflet.css"):
        assert (ours / name).read_bytes() == (package / name).read_bytes()


def test_features_cover_all_gemeenten(features):
    assert len(features) == 342
    assert len({f["properties"]["gm_code"] for f in features}) == 342


def test_choropleth_escapes_names_and_colours_by_class(layers, features):
    gemeenten = layers.gemeenten.drop(columns="geometry").copy()
    gemeenten.loc[gemeenten["gm_code"] == "GM0363", "gm_naam"] = XSS
    records = make_records({"gemeenten": ("GM0363",), "samenwerkingsniveau": "formeel"})
    summary = gemeente_summary(records, gemeenten["gm_code"])
    classified = classify("niveau", summary)
    group = maps.choropleth_group(features, classified, summary, gemeenten)
    js = _get_feature_group_string(group, maps.base_map())
    assert "<img" not in js
    data = next(iter(group._children.values())).data
    amsterdam = next(f for f in data["features"] if f["properties"]["gm_code"] == "GM0363")
    assert amsterdam["properties"]["naam"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert amsterdam["properties"]["_fill"] == classified.color_of()["formeel"]


def test_markers_are_one_geojson_layer_and_escaped(layers):
    records = make_records(
        *({"naam": XSS if i == 0 else f"I{i}", "gemeenten": ("GM0363",)} for i in range(120))
    )
    points = maps.marker_points(records, maps.centroids(layers.gemeenten))
    group = maps.markers_group(points)
    children = list(group._children.values())
    assert len(children) == 1 and isinstance(children[0], folium.GeoJson)
    assert len(children[0].data["features"]) == 120
    assert XSS not in json.dumps(children[0].data)
    # Co-located initiatives are fanned out so each one stays visible.
    assert len({(p.lon, p.lat) for p in points.itertuples()}) == 120


def test_borders_are_lines_with_region_tooltip(layers):
    group = maps.borders_group(layers.regios, "regio", "#000", 2)
    geojson = next(iter(group._children.values())).data
    kinds = {f["geometry"]["type"] for f in geojson["features"]}
    assert kinds <= {"LineString", "MultiLineString"}
    assert len(geojson["features"]) == 31
    assert {"naam", "zorgkantoor"} <= set(geojson["features"][0]["properties"])


@pytest.mark.parametrize(
    ("returned", "expected"),
    [
        (None, None),
        ({}, None),
        ({"last_object_clicked": None}, None),
        ({"last_object_clicked": {"lat": 52.37, "lng": 4.89}}, (4.89, 52.37)),
        ({"last_object_clicked": {"lat": "52", "lng": 4.89}}, None),
        ({"last_object_clicked": {"lat": float("nan"), "lng": 4.89}}, None),
        ({"last_object_clicked": "junk"}, None),
    ],
)
def test_clicked_point(returned, expected):
    assert maps.clicked_point(returned) == expected


def test_gemeente_at_resolves_points(layers):
    gm = layers.gemeenten
    assert maps.gemeente_at(gm, 4.8952, 52.3702) == "GM0363"  # Dam square, Amsterdam
    assert maps.gemeente_at(gm, 5.1214, 52.0907) == "GM0344"  # Utrecht Domtoren
    assert maps.gemeente_at(gm, 3.0, 53.0) is None  # North Sea
    # Every gemeente's own representative point resolves to that gemeente.
    for row in gm.sample(40, random_state=1).itertuples():
        assert maps.gemeente_at(gm, row.lon, row.lat) == row.gm_code


def test_legend_html_lists_every_class_with_count():
    records = make_records({"gemeenten": ("GM1",), "samenwerkingsniveau": "apart"})
    classified = classify("niveau", gemeente_summary(records, ["GM1", "GM2"]))
    html = maps.legend_html(classified)
    assert html.count("<li>") == 8
    assert "gemeente en zorgverzekeraar apart betrokken" in html and "(1)" in html
