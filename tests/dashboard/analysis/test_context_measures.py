import math

import numpy as np
import pandas as pd
import pytest

from dashboard.analysis.context_measures import (
    CONTEXT_MEASURES,
    NEED_COLORS,
    NEED_MEASURES,
    NOT_PUBLISHED_COLOR,
    OUTSIDE,
    SEQUENTIAL,
    bin_codes,
    class_edges,
    classify_context,
    classify_need,
    measure_label,
    need_classified,
)
from dashboard.analysis.measures import LEVEL_COLORS, MEASURES, UNKNOWN_COLOR
from dashboard.analysis.need import NEED_NO_OFFER, NOT_PUBLISHED, NeedSpec, need_table
from dashboard.ingest.context import INDICATORS, load_context
from geo.regions import load_indeling
from tests.dashboard.records_factory import make_records


@pytest.fixture(scope="module")
def context() -> pd.DataFrame:
    return load_context(load_indeling()["gm_code"])


def _luminance(hex_color: str) -> float:
    rgb = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_palette_is_sequential_and_grey_is_outside_it():
    lum = [_luminance(c) for c in SEQUENTIAL]
    assert lum == sorted(lum, reverse=True)
    assert NOT_PUBLISHED_COLOR == UNKNOWN_COLOR and NOT_PUBLISHED_COLOR not in SEQUENTIAL


def test_measure_codes_do_not_clash_with_the_map_measures():
    assert not set(CONTEXT_MEASURES) & set(MEASURES)
    assert not set(NEED_MEASURES) & set(MEASURES)
    assert set(CONTEXT_MEASURES) == set(INDICATORS)


def test_bin_codes_by_hand():
    values = pd.Series([5.0, 10.0, 15.0, 20.0, 25.0, math.nan])
    assert bin_codes(values, (10.0, 20.0)).tolist() == ["k1", "k2", "k2", "k3", "k3", NOT_PUBLISHED]


def test_edges_fixed_for_counts_quintiles_for_percentages():
    assert class_edges(pd.Series([1.0, 1e6]), "inwoners") == (20_000, 50_000, 100_000, 250_000)
    values = pd.Series([float(v) for v in range(1, 101)] + [math.nan])
    edges = class_edges(values, "pct_overgewicht")
    assert edges == tuple(round(float(q), 1) for q in np.quantile(range(1, 101), [0.2, 0.4, 0.6, 0.8]))
    # All equal: one class, never two classes with the same bounds.
    assert class_edges(pd.Series([7.0, 7.0, math.nan]), "pct_overgewicht") == ()


@pytest.mark.parametrize("measure", CONTEXT_MEASURES)
def test_every_gemeente_gets_a_class_and_missing_is_not_published(context, measure):
    c = classify_context(measure, context, "nl")
    assert len(c.by_gemeente) == 342 and c.by_gemeente.index.is_unique
    assert set(c.by_gemeente) <= {k.code for k in c.classes}
    assert c.counts()[NOT_PUBLISHED] == int(context[measure].isna().sum())
    assert c.classes[-1].label == "niet gepubliceerd" and c.classes[-1].color == NOT_PUBLISHED_COLOR
    assert sum(c.counts().values()) == 342


def test_legend_title_and_labels(context):
    c = classify_context("pct_overgewicht", context, "nl")
    assert c.title == "% overgewicht (incl. obesitas), 16–25 jaar, 2024"
    labels = [k.label for k in c.classes]
    assert labels[0].startswith("lager dan ") and labels[0].endswith("%")
    assert labels[-2].endswith("% of hoger")
    assert " tot " in labels[1] and "," in labels[1]  # Dutch decimal comma
    assert c.counts()[NOT_PUBLISHED] == 23
    wadden = c.by_gemeente[["GM0060", "GM0088", "GM0093", "GM0096"]]
    assert (wadden == NOT_PUBLISHED).all()
    en = classify_context("inwoners_65plus_est", context, "en")
    assert "estimate" in en.title and en.classes[0].label == "below 5,000"


def test_classify_context_rejects_unknown(context):
    with pytest.raises(ValueError, match="unknown"):
        classify_context("niveau", context)


@pytest.mark.parametrize("measure", NEED_MEASURES)
def test_need_measures_classify_every_gemeente(context, measure):
    records = make_records({"gemeenten": ("GM0363",), "interventies": ("valpreventie", "gli")})
    c = classify_need(measure, records, context, "nl")
    assert c.measure == measure and len(c.by_gemeente) == 342
    assert set(c.by_gemeente) <= {k.code for k in c.classes}
    assert {k.code: k.color for k in c.classes} == NEED_COLORS
    assert not set(NEED_COLORS.values()) & set(LEVEL_COLORS.values())


def test_default_need_measure_is_top_quartile_of_65plus(context):
    c = classify_need("nood_ouderen_valpreventie", make_records(), context, "nl")
    assert c.title == "≥ 25% 65-plussers zonder valpreventie"
    # Without any initiative every gemeente at or above the top quartile lacks the offer.
    assert c.counts()[NEED_NO_OFFER] == int((context["pct_65plus"] >= 25).sum())


def test_need_map_outside_the_area_has_its_own_class(context):
    spec = NeedSpec("pct_65plus", 25)
    inside = context[context["gm_code"].isin(["GM0363", "GM0060"])]
    c = need_classified(spec, need_table(spec, make_records(), inside), context["gm_code"], "nl")
    assert c.counts()[OUTSIDE] == 340 and c.classes[-1].label == "buiten het gekozen gebied"
    assert c.by_gemeente["GM0060"] == NEED_NO_OFFER  # Ameland: 25% 65+, no initiative


def test_measure_labels():
    assert measure_label("pct_65plus", "nl") == "% 65-plussers (van alle inwoners), 2024"
    assert measure_label("nood_afstemming", "en") == "Need: no alignment (level 5–6)"
    with pytest.raises(ValueError, match="unknown"):
        measure_label("niveau")
