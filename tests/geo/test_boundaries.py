"""The shipped gemeente coverage and the layers dissolved from it."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
import shapely

from geo.boundaries import GEMEENTE_LAYER_COLUMNS, dissolve, internal_borders, load_gemeenten, region_outlines
from geo.paths import GEMEENTEN_FILE
from geo.regions import load_indeling

RD_NEW = "EPSG:28992"
MAX_FILE_BYTES = 350_000
AREA_TOLERANCE_M2 = 1.0


def test_shipped_file_is_small_and_compact():
    raw = GEMEENTEN_FILE.read_bytes()
    assert len(raw) <= MAX_FILE_BYTES
    collection = json.loads(raw)
    assert len(collection["features"]) == 342
    assert {tuple(sorted(feature["properties"])) for feature in collection["features"]} == {
        ("gm_code", "gm_naam")
    }
    assert b"\n " not in raw and b", " not in raw[:1000]


def test_shipped_coordinates_have_five_decimals():
    coordinates = shapely.get_coordinates(load_gemeenten().geometry.values)
    assert np.array_equal(coordinates, np.round(coordinates, 5))


def test_gemeenten_match_the_indeling():
    gemeenten = load_gemeenten()
    assert len(gemeenten) == 342 and gemeenten["gm_code"].is_unique
    assert gemeenten.crs.to_epsg() == 4326
    indeling = load_indeling()
    assert dict(zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True)) == dict(
        zip(indeling["gm_code"], indeling["gm_naam"], strict=True)
    )


def test_shipped_coverage_is_valid():
    geometries = load_gemeenten().geometry.values
    assert shapely.is_valid(geometries).all()
    assert not shapely.is_empty(geometries).any()
    assert shapely.coverage_is_valid(geometries)


def test_no_overlaps_between_gemeenten(gemeenten_rd):
    union = shapely.union_all(gemeenten_rd.geometry.values)
    assert gemeenten_rd.area.sum() - union.area == pytest.approx(0, abs=AREA_TOLERANCE_M2)


def _holes(geometry: shapely.Geometry) -> list[shapely.Polygon]:
    return [shapely.Polygon(ring) for part in shapely.get_parts(geometry) for ring in part.interiors]


def test_no_gaps_between_gemeenten(gemeenten_rd, source_gemeenten):
    # A sliver between two neighbours is a hole in the national union that the source does not have
    # (the source's own holes are the Belgian enclaves of Baarle-Hertog).
    source_holes = shapely.union_all(
        _holes(shapely.union_all(source_gemeenten.to_crs(RD_NEW).geometry.values))
    )
    new_holes = [
        hole
        for hole in _holes(shapely.union_all(gemeenten_rd.geometry.values))
        if not hole.intersects(source_holes)
    ]
    assert new_holes == []


def test_simplified_shapes_stay_close_to_the_source(gemeenten_rd, source_gemeenten):
    source = source_gemeenten.to_crs(RD_NEW)
    assert list(source["gm_code"]) == list(gemeenten_rd["gm_code"])
    shipped, original = gemeenten_rd.geometry.values, source.geometry.values
    iou = shapely.area(shapely.intersection(shipped, original)) / shapely.area(
        shapely.union(shipped, original)
    )
    assert iou.min() > 0.85
    assert np.median(iou) > 0.97
    national = shapely.union_all(shipped).area / shapely.union_all(original).area
    assert national == pytest.approx(1, abs=0.01)


def test_layer_counts(layers):
    assert len(layers.gemeenten) == 342
    assert (len(layers.provincies), len(layers.ggd_regios), len(layers.regios)) == (12, 25, 31)
    for layer in (layers.provincies, layers.ggd_regios, layers.regios):
        assert layer["code"].is_unique
        assert layer["n_gemeenten"].sum() == 342
        assert shapely.is_valid(layer.geometry.values).all()


def test_gemeente_layer_columns(layers):
    frame = layers.gemeenten
    for column in [*GEMEENTE_LAYER_COLUMNS, "lon", "lat", "geometry"]:
        assert column in frame.columns
    assert frame["gm_code"].is_unique
    assert frame["geverifieerd"].dtype == bool
    for column in ("pv_code", "ggd_code", "regio_code"):
        assert (frame[column] != "").all()


def test_each_gemeente_in_exactly_one_region_of_each_kind(layers):
    frame = layers.gemeenten
    for layer, column in (
        (layers.provincies, "pv_code"),
        (layers.ggd_regios, "ggd_code"),
        (layers.regios, "regio_code"),
    ):
        counts = frame.groupby(column).size()
        assert counts.to_dict() == dict(zip(layer["code"], layer["n_gemeenten"], strict=True))
    points = shapely.points(frame["lon"], frame["lat"])
    for layer, column in ((layers.provincies, "pv_code"), (layers.regios, "regio_code")):
        polygons = np.asarray(layer.geometry.to_numpy(), dtype=object)
        hits = shapely.contains(polygons[:, None], points[None, :])
        assert (hits.sum(axis=0) == 1).all()
        assert (layer["code"].to_numpy()[hits.argmax(axis=0)] == frame[column].to_numpy()).all()


def test_representative_points_lie_in_their_gemeente(layers):
    frame = layers.gemeenten
    points = shapely.points(frame["lon"], frame["lat"])
    assert shapely.contains(frame.geometry.values, points).all()


@pytest.mark.parametrize(
    ("name", "column"), [("provincies", "pv_code"), ("ggd_regios", "ggd_code"), ("regios", "regio_code")]
)
def test_dissolved_regions_equal_the_union_of_their_members(layers, name, column):
    regions = getattr(layers, name).to_crs(RD_NEW)
    members = layers.gemeenten.to_crs(RD_NEW)
    for code, geometry in zip(regions["code"], regions.geometry, strict=True):
        expected = shapely.union_all(members.geometry[members[column] == code].values)
        assert shapely.symmetric_difference(geometry, expected).area < AREA_TOLERANCE_M2, code


def test_regions_do_not_overlap(layers):
    for layer in (layers.provincies, layers.ggd_regios, layers.regios):
        projected = layer.to_crs(RD_NEW)
        union = shapely.union_all(projected.geometry.values)
        assert projected.area.sum() - union.area == pytest.approx(0, abs=AREA_TOLERANCE_M2)


def test_regios_carry_the_region_table(layers):
    regios = layers.regios.set_index("code")
    assert regios.loc["ZK33", "zorgverzekeraar"] == "DSW"
    assert not regios.loc["ZK18", "geverifieerd"]
    assert {"zorgverzekeraar", "rol", "geverifieerd", "n_gemeenten"} <= set(regios.columns)


def test_dissolve_falls_back_when_not_a_coverage():
    overlapping = load_gemeenten().head(2).copy()
    overlapping["geometry"] = shapely.buffer(overlapping.geometry.values, 0.01)
    mapping = pd.DataFrame({"gm_code": overlapping["gm_code"], "code": "X", "naam": "Samen"})
    result = dissolve(overlapping, mapping, "code", "naam")
    expected = shapely.union_all(overlapping.geometry.values)
    assert shapely.symmetric_difference(result.geometry.iloc[0], expected).area < 1e-12
    assert list(result.columns) == ["code", "naam", "n_gemeenten", "geometry"]


def test_region_outlines(layers):
    outlines = region_outlines(layers.regios)
    assert len(outlines) == 31 and set(outlines.geom_type) == {"MultiLineString"}
    assert list(outlines["code"]) == list(layers.regios["code"])
    expected = shapely.length(shapely.boundary(layers.regios.geometry.values))
    assert np.allclose(shapely.length(outlines.geometry.values), expected)


def test_internal_borders_draw_every_stretch_once(layers):
    borders = internal_borders(layers.regios)
    assert set(borders.geom_type) == {"LineString"}
    assert set(borders["n_regios"]) == {1, 2}
    # Shared stretches appear twice in the outlines and once here; the outer border once in both.
    outline_length = shapely.length(shapely.boundary(layers.regios.geometry.values)).sum()
    lengths = shapely.length(borders.geometry.values)
    shared = lengths[borders["n_regios"] == 2].sum()
    outer = lengths[borders["n_regios"] == 1].sum()
    assert 2 * shared + outer == pytest.approx(outline_length, rel=1e-9)
    national = shapely.boundary(shapely.union_all(layers.regios.geometry.values))
    assert outer == pytest.approx(national.length, rel=1e-9)


def test_internal_borders_name_true_neighbours(layers):
    borders = internal_borders(layers.regios)
    regions = layers.regios.set_index("code")
    for codes, line in zip(borders["codes"], borders.geometry, strict=True):
        for code in codes.split(" | "):
            assert regions.loc[code, "geometry"].boundary.distance(line) < 1e-9
    amsterdam = borders[borders["codes"].str.contains("ZK02")]
    assert set(" | ".join(amsterdam["namen"]).split(" | ")) >= {"Amsterdam", "Amstelland en De Meerlanden"}
