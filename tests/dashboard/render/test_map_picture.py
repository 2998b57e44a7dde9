"""The map as a PNG for a slide: made offline with matplotlib, with the measure, selection and sources."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from PIL import Image

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify
from dashboard.analysis.scope import scope_classified, selection_members
from dashboard.core.filters import Filters
from dashboard.export import downloads
from dashboard.render import charts
from geo.boundaries import load_layers
from geo.regions import load_region_table
from tests.dashboard.records_factory import make_records


@pytest.fixture(scope="module")
def layers():
    return load_layers(load_region_table())


def test_map_png_of_a_region_is_a_wide_picture_with_the_region_coloured(layers):
    gemeenten = pd.DataFrame(layers.gemeenten.drop(columns="geometry"))
    records = make_records({"gemeenten": ("GM0344",), "samenwerkingsniveau": "formeel"})
    members = selection_members(Filters(regios=("ZK23",)), gemeenten)
    classified = scope_classified(
        classify("niveau", gemeente_summary(records, gemeenten["gm_code"])), members
    )
    png = downloads.map_png_bytes(
        layers.gemeenten,
        classified,
        where="Regio Utrecht",
        year="2020",
        provenance=["Peiljaar: 2020", "Bron van de initiatieven: test.csv"],
        members=members,
        regions=layers.regios,
    )
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    assert width > height * 1.6  # 16:9, for a slide
    colours = {colour for _, colour in image.getcolors(maxcolors=1_000_000)}
    # The formal level's colour (Utrecht) and the pale context colour are both drawn.
    assert (0x44, 0x01, 0x54) in colours
    assert (0xE6, 0xE9, 0xED) in colours


def test_count_axes_show_whole_numbers_only():
    assert charts.count_axis(3) == {"dtick": 1, "tick0": 0, "tickformat": "d"}
    assert charts.count_axis(250)["tickformat"] == "d"


def test_an_english_map_png_has_english_title_legend_and_sources(layers, monkeypatch):
    """What the picture prints (title, legend, source lines), caught before matplotlib draws it."""
    from dashboard.render import map_picture, provenance
    from tests.pages.test_english_everywhere import dutch_words

    gemeenten = pd.DataFrame(layers.gemeenten.drop(columns="geometry"))
    records = make_records({"gemeenten": ("GM0344",), "samenwerkingsniveau": "formeel"})
    filters = Filters(jaar=2020, regios=("ZK23",))
    members = selection_members(filters, gemeenten)
    classified = scope_classified(
        classify("niveau", gemeente_summary(records, gemeenten["gm_code"]), "en"), members, "en"
    )
    lines = provenance.provenance_lines(
        source="test.csv",
        is_example=True,
        filters=filters,
        lang="en",
        names=provenance.area_names(gemeenten),
    )
    drawn: dict[str, object] = {}

    def capture(_geo, shown, title, source_lines, *_args):
        drawn.update(title=title, lines=source_lines, legend=[shown.title, *(c.label for c in shown.classes)])
        return b""

    monkeypatch.setattr(map_picture, "map_png", capture)
    downloads.map_png_bytes(
        layers.gemeenten, classified, where="Region Utrecht", year="2020", provenance=lines, lang="en"
    )
    texts = [drawn["title"], *drawn["lines"], *drawn["legend"]]
    assert [text for text in texts if dutch_words(text)] == []
    assert "reference year 2020" in drawn["title"]
    assert "outside the selection (context)" in drawn["legend"]


def test_a_map_png_prints_names_from_a_region_table_as_typed(layers):
    """Issue 21.2 in the PNG: matplotlib reads "$…$" as math, and math it cannot parse stops the picture."""
    gemeenten = pd.DataFrame(layers.gemeenten.drop(columns="geometry"))
    classified = classify("niveau", gemeente_summary(make_records(), gemeenten["gm_code"]))
    hostile = "Regio $\\frac{1}{0$ [klik](https://evil.example) $x^2$"
    png = downloads.map_png_bytes(
        layers.gemeenten, classified, where=hostile, year="2020", provenance=[f"Filters: {hostile}"]
    )
    assert Image.open(io.BytesIO(png)).size[0] > 1000
