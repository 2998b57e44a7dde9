import pandas as pd
import pytest

from dashboard.analysis.areas import NO_INITIATIVE, gemeente_summary
from dashboard.analysis.measures import (
    CATEGORICAL,
    LEVEL_COLORS,
    MEASURES,
    NONE_COLOR,
    UNKNOWN_COLOR,
    adjacent_colors,
    classify,
    classify_regions,
)
from dashboard.core.schema import RANKED_LEVELS
from tests.dashboard.records_factory import make_records


def _relative_luminance(hex_color: str) -> float:
    rgb = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_level_palette_is_ordered_light_to_dark():
    lum = [_relative_luminance(LEVEL_COLORS[level]) for level in RANKED_LEVELS]
    assert lum == sorted(lum, reverse=True)


def test_missing_and_no_initiative_are_outside_the_scale():
    colors = set(LEVEL_COLORS.values())
    assert UNKNOWN_COLOR not in colors and NONE_COLOR not in colors and UNKNOWN_COLOR != NONE_COLOR


@pytest.fixture
def summary():
    records = make_records(
        {"gemeenten": ("GM1",), "samenwerkingsniveau": "formeel", "interventies": ("gli",)},
        {"gemeenten": ("GM1", "GM2"), "samenwerkingsniveau": "onbekend", "preventiecoalitie": True},
        {"gemeenten": ("GM1",)},
        {"gemeenten": ("GM1",)},
        {"gemeenten": ("GM1",)},
    )
    return gemeente_summary(records, ["GM1", "GM2", "GM3"])


def test_level_measure_legend_has_labels_and_counts(summary):
    c = classify("niveau", summary)
    assert [k.code for k in c.classes] == [*RANKED_LEVELS, "onbekend", NO_INITIATIVE]
    counts = c.counts()
    assert counts["formeel"] == 1 and counts["onbekend"] == 1 and counts[NO_INITIATIVE] == 1
    assert sum(counts.values()) == 3
    assert c.label_of()["geen"] == "geen van beide betrokken"
    assert c.label_of()[NO_INITIATIVE] == "geen initiatief"


def test_count_measure_bins(summary):
    c = classify("aantal", summary)
    assert c.by_gemeente.to_dict() == {"GM1": "5+", "GM2": "1", "GM3": "0"}


def test_flag_measures_separate_no_from_no_initiative(summary):
    gli = classify("gli", summary)
    assert gli.by_gemeente.to_dict() == {"GM1": "ja", "GM2": "nee", "GM3": NO_INITIATIVE}
    coalition = classify("coalitie", summary, "en")
    assert coalition.by_gemeente.to_dict() == {"GM1": "ja", "GM2": "ja", "GM3": NO_INITIATIVE}
    assert coalition.label_of()["ja"] == "yes"


def test_every_measure_classifies_every_gemeente(summary):
    for measure in MEASURES:
        c = classify(measure, summary)
        assert set(c.by_gemeente.index) == {"GM1", "GM2", "GM3"}
        assert set(c.by_gemeente) <= {k.code for k in c.classes}


def test_unknown_measure_raises(summary):
    with pytest.raises(ValueError):
        classify("nonsense", summary)


def test_adjacent_colors_differ_between_neighbours():
    ring = {str(i): {str((i - 1) % 9), str((i + 1) % 9), "hub"} for i in range(9)}
    ring["hub"] = {str(i) for i in range(9)}
    colors = adjacent_colors(list(ring), ring)
    assert all(colors[a] != colors[b] for a, ns in ring.items() for b in ns)
    assert set(colors.values()) <= set(CATEGORICAL)


def test_classify_regions_one_class_per_region():
    gm = pd.DataFrame(
        {"gm_code": ["A", "B", "C"], "regio_code": ["R1", "R1", "R2"], "regio_naam": ["Een", "Een", "Twee"]}
    )
    c = classify_regions(gm, {"R1": "#000000", "R2": "#ffffff"}, "Regio")
    assert [k.label for k in c.classes] == ["Een", "Twee"]
    assert c.counts() == {"R1": 2, "R2": 1}
