import json

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.boundaries import load_gemeenten
from geo.encode import FORMAT, browser_geometry, decode, encode_coords, encode_polygonal
from geo.paths import BROWSER_GEMEENTEN_FILE


def test_known_polyline_example():
    # The worked example of Google's format documentation (lat/lng pairs, here given as lon/lat).
    coords = np.array([[-120.2, 38.5], [-120.95, 40.7], [-126.453, 43.252]])
    assert encode_coords(coords) == "_p~iF~ps|U_ulLnnqC_mqNvxq`@"


@settings(deadline=None, max_examples=200)
@given(
    st.lists(
        st.tuples(st.floats(-180, 180, allow_nan=False), st.floats(-90, 90, allow_nan=False)),
        min_size=1,
        max_size=50,
    )
)
def test_round_trip_to_five_decimals(points):
    coords = np.round(np.array(points), 5)
    assert np.allclose(decode(encode_coords(coords)), coords, atol=1e-9)


def test_browser_file_is_the_shipped_coverage_exactly():
    gemeenten = load_gemeenten()
    shipped = BROWSER_GEMEENTEN_FILE.read_text()
    assert shipped == browser_geometry(gemeenten), "run python -m geo build"
    data = json.loads(shipped)
    assert data["format"] == FORMAT and len(data["features"]) == 342
    # Decoding gives back every gemeente's geometry vertex for vertex.
    for feature, geom in zip(data["features"], gemeenten.geometry, strict=True):
        polygons = [
            shapely.Polygon(decode(rings[0]), [decode(r) for r in rings[1:]]) for rings in feature["p"]
        ]
        assert shapely.equals_exact(
            shapely.MultiPolygon(polygons), shapely.MultiPolygon(shapely.get_parts(geom)), 1e-9
        )


def test_browser_file_is_much_smaller_than_geojson():
    from geo.paths import GEMEENTEN_FILE

    assert BROWSER_GEMEENTEN_FILE.stat().st_size < GEMEENTEN_FILE.stat().st_size / 3


def test_encode_polygonal_keeps_holes():
    square = shapely.Polygon([(0, 0), (1, 0), (1, 1), (0, 1)], [[(0.2, 0.2), (0.4, 0.2), (0.4, 0.4)]])
    rings = encode_polygonal(square)
    assert len(rings) == 1 and len(rings[0]) == 2
