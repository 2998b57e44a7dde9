"""The map in English: what its layers send to the iframe (tooltip labels and texts, marker and border tips),
the legend beside it and the optional basemap's credit. The page scan cannot look inside the iframe; the
builders' output can be read here without a browser."""

from __future__ import annotations

import json

import pytest
from folium import GeoJsonTooltip

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify
from dashboard.i18n import insurer
from dashboard.render import maps
from geo.boundaries import load_layers
from geo.regions import load_region_table
from tests.dashboard.records_factory import make_records
from tests.pages.test_english_everywhere import dutch_words

# Midden-Holland's care office is not confirmed in the sources: the shipped table says so in Dutch.
UNVERIFIED = "GM0513"  # Gouda


@pytest.fixture(scope="module")
def layers():
    return load_layers(load_region_table())


def _dutch(texts) -> list[str]:
    return [
        text for text in texts if dutch_words(text) or "te controleren" in text or text in ("None", "nan")
    ]


def _tooltip(layer) -> GeoJsonTooltip:
    return next(child for child in layer._children.values() if isinstance(child, GeoJsonTooltip))


def _choropleth_texts(group) -> list[str]:
    payload = json.loads(next(iter(group._children.values())).data.payload)
    texts = [str(v) for column in payload["cols"] for v in column.get("v", ()) if v is not None]
    return payload["labels"] + texts


@pytest.mark.parametrize("with_levels", [True, False])
def test_choropleth_tooltips_are_english(layers, with_levels):
    gemeenten = layers.gemeenten.drop(columns="geometry")
    records = make_records(
        {"gemeenten": ("GM0363",), "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM0344",), "reikwijdte": "wijk", "samenwerkingsniveau": "informeel"},
    )
    summary = gemeente_summary(records, gemeenten["gm_code"])
    classified = classify("niveau", summary, "en")
    group = maps.choropleth_group(maps.geometry_url(), classified, summary, gemeenten, "en", with_levels)
    texts = _choropleth_texts(group)
    assert _dutch(texts) == []
    assert "Municipality" in texts and "VNG–ZN region" in texts
    if not with_levels:
        tip = next(iter(group._children.values())).data.tooltip_of(UNVERIFIED, "Gouda")
        assert tip[2] == "unknown (to be checked)"


def test_border_tooltips_are_english(layers):
    group = maps.border_layer(maps.border_lines(layers.regios), "regio", "#000", 2, "en")
    layer = next(iter(group._children.values()))
    tips = [text for line in json.loads(layer.lines) for text in line["t"]]
    assert json.loads(layer.labels) == ["VNG–ZN region", "Care office (designated 2015)"]
    assert _dutch(tips) == []
    assert any("unknown (to be checked)" in tip for tip in tips)


def test_marker_tooltips_are_english(layers):
    records = make_records(
        {"naam": "Samen Gezond", "gemeenten": ("GM0363",), "samenwerkingsniveau": "onbekend"},
        {"naam": "Coalitie", "gemeenten": ("GM0344",), "preventiecoalitie": True},
        {"naam": "Wijk", "gemeenten": ("GM0599",), "reikwijdte": "wijk", "samenwerkingsniveau": "geen"},
    )
    group = maps.markers_group(maps.marker_points(records, maps.centroids(layers.gemeenten)), "en")
    layer = next(iter(group._children.values()))
    shown = [
        text
        for f in layer.data["features"]
        for key, text in f["properties"].items()
        if key in ("niveau", "soort")
    ]
    assert _dutch([*shown, *_tooltip(layer).aliases]) == []
    assert "prevention coalition" in shown and "neighbourhood" in shown
    assert _tooltip(layer).aliases == ["Initiative", "Highest level", "Kind"]


def test_legend_is_english_with_an_english_name_for_screen_readers(layers):
    records = make_records({"gemeenten": ("GM0363",), "samenwerkingsniveau": "apart"})
    classified = classify("niveau", gemeente_summary(records, layers.gemeenten["gm_code"]), "en")
    html = maps.legend_html(classified, "en", [("gap", "municipality without an initiative")])
    assert 'aria-label="Legend"' in html
    assert _dutch(html.replace("<", "\n<").splitlines()) == []


def test_gap_outline_and_basemap_credit_are_english(layers):
    gaps = maps.gaps_group(layers.gemeenten, ["GM0363"], "en")
    assert _tooltip(next(iter(gaps._children.values()))).aliases == ["Gap"]
    assert "OpenStreetMap contributors" in maps.base_map(basemap=True, lang="en").get_root().render()
    assert "OpenStreetMap-bijdragers" in maps.base_map(basemap=True).get_root().render()


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        ("onbekend (te controleren)", "onbekend (te controleren)", "unknown (to be checked)"),
        ("onbekend", "onbekend", "unknown"),
        ("Zilveren Kruis (Achmea)", "Zilveren Kruis (Achmea)", "Zilveren Kruis (Achmea)"),
    ],
)
def test_the_region_tables_own_unknown_insurer_is_translated_and_names_are_not(value, nl, en):
    assert (insurer(value, "nl"), insurer(value, "en")) == (nl, en)


def test_region_table_names_the_unconfirmed_care_office_in_english(layers):
    from dashboard.render.tables import region_table

    gemeenten = layers.gemeenten.drop(columns="geometry")
    english = region_table(layers.regios, gemeenten, "en").set_index("VNG–ZN region")
    dutch = region_table(layers.regios, gemeenten, "nl").set_index("VNG–ZN-regio")
    assert english.loc["Midden-Holland", "Care office (designated 2015)"] == "unknown (to be checked)"
    assert dutch.loc["Midden-Holland", "Zorgkantoor (aanwijzing 2015)"] == "onbekend (te controleren)"
