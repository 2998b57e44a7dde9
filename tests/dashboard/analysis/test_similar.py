"""Vergelijkbare gemeenten: a pure choice (same input, same 10), criteria that can be switched off, areas from
the shipped boundaries in an equal-area projection."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.analysis.similar import (
    CRITERIA,
    N_SIMILAR,
    areas_km2,
    chosen_criteria,
    gemeente_features,
    similar_gemeenten,
)
from dashboard.ingest.context import load_context
from geo.boundaries import load_layers


@pytest.fixture(scope="module")
def geo():
    return load_layers().gemeenten


@pytest.fixture(scope="module")
def features(geo):
    return gemeente_features(load_context(geo["gm_code"]), areas_km2(geo))


def test_areas_come_from_the_shipped_boundaries_in_an_equal_area_projection(geo):
    areas = areas_km2(geo)
    assert len(areas) == 342 and (areas > 0).all()
    # CBS: Amsterdam 219 km² in total (land and inland water); the simplified outline is within 2%.
    assert areas["GM0363"] == pytest.approx(219.3, rel=0.02)
    # RD New (the Dutch grid) distorts area by less than 0.03% here: both agree.
    rd = pd.Series(geo.to_crs(28992).area.to_numpy() / 1e6, index=geo["gm_code"].to_numpy())
    assert ((areas / rd - 1).abs() < 3e-4).all()


def test_features_have_the_four_criteria_for_every_gemeente(features):
    assert list(features.columns) == ["gm_code", "gm_naam", *CRITERIA, "oppervlakte_km2"]
    assert features[list(CRITERIA)].notna().all().all()
    amsterdam = features.set_index("gm_code").loc["GM0363"]
    assert amsterdam["dichtheid"] == pytest.approx(931_298 / amsterdam["oppervlakte_km2"])


def test_amsterdam_is_most_like_the_other_big_cities(features):
    ranked = similar_gemeenten(features, "GM0363")
    assert len(ranked) == N_SIMILAR
    assert "GM0363" not in set(ranked["gm_code"])
    assert {"GM0599", "GM0518", "GM0344"} <= set(ranked["gm_code"])  # Rotterdam, Den Haag, Utrecht
    assert ranked["afstand"].is_monotonic_increasing


def test_switching_a_criterion_off_changes_the_list(features):
    everything = similar_gemeenten(features, "GM1883")
    size_only = similar_gemeenten(features, "GM1883", ["inwoners"])
    assert list(everything["gm_code"]) != list(size_only["gm_code"])
    # On inwoners alone the nearest are those closest in size (on a log scale).
    inwoners = features.set_index("gm_code")["inwoners"]
    gaps = (
        (np.log10(inwoners.drop("GM1883")) - math.log10(inwoners["GM1883"])).abs().sort_values(kind="stable")
    )
    assert set(size_only["gm_code"]) == set(gaps.index[:N_SIMILAR])


def test_no_criterion_or_an_unknown_one_is_refused(features):
    with pytest.raises(ValueError):
        similar_gemeenten(features, "GM0363", [])
    with pytest.raises(ValueError):
        chosen_criteria(["inwoners", "inkomen"])
    with pytest.raises(KeyError):
        similar_gemeenten(features, "GM9999")
    assert chosen_criteria(["dichtheid", "inwoners"]) == ("inwoners", "dichtheid")  # fixed order


def test_a_gemeente_without_a_chosen_figure_is_left_out_or_gets_no_list():
    frame = pd.DataFrame(
        {
            "gm_code": ["A", "B", "C", "D"],
            "gm_naam": ["a", "b", "c", "d"],
            "inwoners": [1000.0, 1100.0, float("nan"), 5000.0],
            "pct_65plus": [20.0, 21.0, 20.0, 25.0],
            "dichtheid": [100.0, 110.0, 100.0, 900.0],
            "pct_eenpersoonshuishoudens": [30.0, 31.0, 30.0, 40.0],
        }
    )
    assert list(similar_gemeenten(frame, "A")["gm_code"]) == ["B", "D"]  # C has no inwoners
    assert list(similar_gemeenten(frame, "A", ["pct_65plus"])["gm_code"]) == ["C", "B", "D"]  # now it has all
    assert similar_gemeenten(frame, "C").empty


# --------------------------------------------------------------------------------------------------------------
# Properties over generated gemeenten

_value = st.floats(min_value=1.0, max_value=1e6, allow_nan=False, allow_infinity=False)
_pct = st.floats(min_value=0.0, max_value=100.0, allow_nan=False, allow_infinity=False)


@st.composite
def _frames(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(min_value=2, max_value=40))
    return pd.DataFrame(
        {
            "gm_code": [f"GM{i:04d}" for i in range(n)],
            "gm_naam": [f"G{i}" for i in range(n)],
            "inwoners": draw(st.lists(_value, min_size=n, max_size=n)),
            "pct_65plus": draw(st.lists(_pct, min_size=n, max_size=n)),
            "dichtheid": draw(st.lists(_value, min_size=n, max_size=n)),
            "pct_eenpersoonshuishoudens": draw(st.lists(_pct, min_size=n, max_size=n)),
        }
    )


_criteria = st.sets(st.sampled_from(CRITERIA), min_size=1)


@settings(deadline=None, max_examples=150)
@given(frame=_frames(), criteria=_criteria, data=st.data())
def test_same_input_same_list_whatever_the_row_order(frame, criteria, data):
    code = data.draw(st.sampled_from(list(frame["gm_code"])))
    first = similar_gemeenten(frame, code, criteria)
    assert first.equals(similar_gemeenten(frame.copy(), code, criteria))
    shuffled = frame.sample(frac=1, random_state=data.draw(st.integers(0, 2**32 - 1))).reset_index(drop=True)
    again = similar_gemeenten(shuffled, code, criteria)
    assert list(again["gm_code"]) == list(first["gm_code"])
    assert len(first) == min(N_SIMILAR, len(frame) - 1)
    assert code not in set(first["gm_code"])
    # Nearest first; equally far: by code.
    assert list(first.itertuples(index=False)) == sorted(
        first.itertuples(index=False), key=lambda r: (r[1], r[0])
    )


@settings(deadline=None, max_examples=150)
@given(frame=_frames(), criteria=_criteria, data=st.data())
def test_a_criterion_switched_off_has_no_influence(frame, criteria, data):
    code = data.draw(st.sampled_from(list(frame["gm_code"])))
    off = [c for c in CRITERIA if c not in criteria]
    changed = frame.copy()
    for column in off:
        changed[column] = data.draw(st.permutations(list(frame[column])))
    assert similar_gemeenten(changed, code, criteria).equals(similar_gemeenten(frame, code, criteria))


@settings(deadline=None, max_examples=100)
@given(frame=_frames(), criteria=_criteria, data=st.data())
def test_a_twin_is_at_distance_zero_and_comes_first(frame, criteria, data):
    code = data.draw(st.sampled_from(list(frame["gm_code"])))
    twin = frame[frame["gm_code"] == code].assign(gm_code="GM9999", gm_naam="Tweeling")
    ranked = similar_gemeenten(pd.concat([frame, twin], ignore_index=True), code, criteria)
    assert ranked["afstand"].iloc[0] == 0.0
    # The twin is in the list at distance 0, unless ten others are just as near (ties go by code).
    if "GM9999" in set(ranked["gm_code"]):
        assert ranked.set_index("gm_code").at["GM9999", "afstand"] == 0.0
    else:
        assert len(ranked) == N_SIMILAR and (ranked["afstand"] == 0.0).all()
