import json
import re

import folium
import geopandas as gpd
import pytest
import shapely
from streamlit_folium import _get_feature_group_string, _get_map_string

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import LEVEL_COLORS, classify
from dashboard.i18n import label
from dashboard.render import maps
from dashboard.render.mapjs import TipColumn, code_digest, js_json
from geo.boundaries import load_layers
from geo.encode import decode
from tests.dashboard.records_factory import make_records

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def layers():
    return load_layers()


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
    ours = Path(__file__).resolve().parents[3] / "static" / "leaflet"
    for name in ("leaflet.js", "leaflet.css"):
        assert (ours / name).read_bytes() == (package / name).read_bytes()


def _choropleth(group):
    return next(iter(group._children.values()))


def test_choropleth_sends_styles_and_texts_not_geometry(layers):
    gemeenten = layers.gemeenten.drop(columns="geometry")
    records = make_records({"gemeenten": ("GM0363",), "samenwerkingsniveau": "formeel"})
    summary = gemeente_summary(records, gemeenten["gm_code"])
    classified = classify("niveau", summary)
    group = maps.choropleth_group(maps.geometry_url(), classified, summary, gemeenten)
    js = _get_feature_group_string(group, maps.base_map())
    data = _choropleth(group).data
    payload = json.loads(data.payload)
    assert len(data.codes) == 342 and len(payload["s"]) == 342
    assert all(len(c["i"]) == 342 for c in payload["cols"] if "i" in c)
    assert data.style_of("GM0363")["fillColor"] == classified.color_of()["formeel"]
    assert data.tooltip_of("GM0363", "Amsterdam")[:3] == ["Amsterdam", "Amsterdam", label("level", "formeel")]
    assert "/app/static/geo/gemeenten.json" in js
    # No coordinates and no names travel with a rerun: the coverage (with the names) is fetched once.
    assert "coordinates" not in js.replace("coordinates:", "") and "Zaanstad" not in js
    # Distinct texts once, then indices: a rerun is a few KB, not one text list per gemeente.
    assert len(js) < 20_000
    assert payload["digest"] == code_digest(gemeenten["gm_code"])


def test_wijk_only_gemeente_gets_dashed_outline_in_level_colour(layers):
    gemeenten = layers.gemeenten.drop(columns="geometry")
    records = make_records({"gemeenten": ("GM0344",), "reikwijdte": "wijk", "samenwerkingsniveau": "formeel"})
    summary = gemeente_summary(records, gemeenten["gm_code"])
    layer = _choropleth(
        maps.choropleth_group(maps.geometry_url(), classify("niveau", summary), summary, gemeenten)
    )
    style = layer.data.style_of("GM0344")
    assert style["fillColor"] == "#ffffff" and style["dashArray"] == "4 3"
    assert style["color"] == LEVEL_COLORS["formeel"]


def _full_page_with_name(layers, name):
    # Region names may come from a replacement region table (PREVENTIEKAART_REGIO): user-supplied text.
    gemeenten = layers.gemeenten.drop(columns="geometry").copy()
    gemeenten.loc[gemeenten["gm_code"] == "GM0363", "regio_naam"] = name
    summary = gemeente_summary(make_records().iloc[0:0], gemeenten["gm_code"])
    group = maps.choropleth_group(maps.geometry_url(), classify("niveau", summary), summary, gemeenten)
    m = maps.base_map()
    group.add_to(m)
    return group, m.get_root().render()  # the full-page render re-parses scripts with Jinja


@pytest.mark.parametrize("name", [XSS, "{{ 7*7 }}", "{% raw %}", "</script><script>alert(1)</script>"])
def test_hostile_names_reach_the_browser_as_inert_data(layers, name):
    """Tooltips are set with textContent; the JSON survives branca's Jinja pass and <script> embedding."""
    _, baseline = _full_page_with_name(layers, "Amsterdam")
    group, html = _full_page_with_name(layers, name)
    # Data never closes a script element early (inside <script>, "<img ..." or "<script>" is inert text) ...
    assert html.count("</script>") == baseline.count("</script>")
    # ... and reaches the browser unchanged: not evaluated by Jinja ({{ 7*7 }} stays text), not escaped twice.
    assert _choropleth(group).data.tooltip_of("GM0363")[1] == name
    assert "textContent" in html and "innerHTML" not in html


def test_js_json_round_trips_and_defuses_template_and_script_syntax():
    for value in ["a{{b", "{%x%}", "{#c#}", "</script>", {"k": ["{{{"]}]:
        text = js_json(value)
        assert json.loads(text) == value
        assert not any(seq in text for seq in ("{{", "{%", "{#", "</"))


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
    # Leaflet draws circle markers unfilled unless the style says fill: true.
    styles = [children[0].style_function(f) for f in children[0].data["features"]]
    assert all(s["fill"] is True and s["fillColor"] for s in styles)
    # Co-located initiatives are fanned out so each one stays visible.
    assert len({(p.lon, p.lat) for p in points.itertuples()}) == 120


def test_borders_are_encoded_lines_each_once_with_region_and_insurer(layers):
    lines = maps.border_lines(layers.regios)
    # Every region appears on at least one border stretch; shared stretches name both sides.
    assert {code for sides in lines.sides for code in sides} == set(layers.regios["code"])
    assert any(len(sides) == 2 for sides in lines.sides)
    # Decoded, the borders lie on the regions' boundaries.
    union = shapely.union_all(shapely.boundary(layers.regios.geometry.values))
    for encoded in lines.encoded[:20]:
        for part in encoded:
            assert shapely.LineString(decode(part)).distance(union) < 1e-6
    group = maps.border_layer(lines, "regio", "#000", 2)
    payload = json.loads(next(iter(group._children.values())).lines)
    assert payload[0]["t"][1].count("|") == payload[0]["t"][0].count("|")  # insurer per side
    assert "Zorgkantoor (aanwijzing 2015)" in next(iter(group._children.values())).labels


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


def test_map_page_allows_pinch_zoom():
    html = maps.base_map().get_root().render()
    assert 'name="viewport"' in html
    assert "user-scalable=no" not in html and "maximum-scale" not in html


def test_per_feature_arrays_fit_the_coverage_the_browser_fetches(layers):
    """The browser applies sorted-code arrays only when the coverage's ids give the same digest."""
    from geo.paths import BROWSER_GEMEENTEN_FILE

    coverage = json.loads(BROWSER_GEMEENTEN_FILE.read_text())
    ids = [f["id"] for f in coverage["features"]]
    assert code_digest(ids) == code_digest(layers.gemeenten["gm_code"])
    assert code_digest(ids) != code_digest(ids[1:])
    names = {f["id"]: f["n"] for f in coverage["features"]}
    assert names == dict(zip(layers.gemeenten["gm_code"], layers.gemeenten["gm_naam"], strict=True))


def test_tip_columns_send_each_distinct_text_once():
    column = TipColumn.of(["a", "b", "a", None, "a"])
    assert column.values == ("a", "b", None) and column.index == (0, 1, 0, 2, 0)
    assert column.to_json() == {"v": ["a", "b", None], "i": [0, 1, 0, 2, 0]}


def test_view_for_bounds_fits_and_zooms_in_on_smaller_areas():
    center, zoom = maps.view_for_bounds((4.7, 52.2, 5.1, 52.5))
    assert center == pytest.approx((52.35, 4.9))
    small = maps.view_for_bounds((4.85, 52.33, 4.95, 52.38))[1]
    nl = maps.view_for_bounds((3.3, 50.7, 7.2, 53.6))[1]
    assert nl < zoom < small
    assert nl >= maps.MIN_ZOOM and small <= maps.MAX_ZOOM
    assert zoom * 2 == int(zoom * 2)  # half steps (the map snaps to 0.5)
    assert maps.view_for_bounds((5.0, 52.0, 5.0, 52.0))[1] == maps.MAX_ZOOM


def test_view_of_opens_on_the_gemeenten_or_leaves_the_country_view(layers):
    amsterdam_amstelveen = ("GM0363", "GM0362")
    bounds = maps.region_bounds(layers.gemeenten, amsterdam_amstelveen)
    assert maps.view_of(layers.gemeenten, amsterdam_amstelveen) == maps.view_for_bounds(bounds)
    assert maps.view_of(layers.gemeenten, ()) == maps.view_of(layers.gemeenten, None) == (None, None)


def test_gaps_group_outlines_the_gaps_with_escaped_names():
    geo = gpd.GeoDataFrame(
        {"gm_code": ["GM0001", "GM0002"], "gm_naam": ["<b>Aadorp</b>", "Beekstad"]},
        geometry=[shapely.box(5, 52, 5.1, 52.1), shapely.box(5.1, 52, 5.2, 52.1)],
        crs=4326,
    )
    group = maps.gaps_group(geo, {"GM0001"})
    (layer,) = [c for c in group._children.values() if type(c).__name__ == "GeoJson"]
    features = layer.data["features"]
    assert len(features) == 1
    assert features[0]["properties"]["gm_naam"] == "&lt;b&gt;Aadorp&lt;/b&gt;"
    assert not maps.gaps_group(geo, set())._children
    assert maps.region_bounds(geo, ["GM0001", "GM0002"]) == pytest.approx((5.0, 52.0, 5.2, 52.1))
