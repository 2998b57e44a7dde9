"""The fall-prevention page's area in the shared, linked state: which place a state shows, and the state that
shows a place (pure: a plain gemeente table, no Streamlit)."""

from __future__ import annotations

import pytest

from dashboard.cli import area_table
from dashboard.ui.valpreventie_state import area_from_state, area_kind_of, state_for_area

GEMEENTEN = area_table()


def test_the_selected_gemeente_wins_then_a_single_region_then_a_single_provincie():
    assert area_from_state("GM0363", ["ZK31"], ["PV26"], GEMEENTEN).code == "GM0363"
    region = area_from_state(None, ["ZK31"], ["PV26"], GEMEENTEN)
    assert (region.kind, region.code) == ("regio", "ZK31")
    provincie = area_from_state(None, [], ["PV26"], GEMEENTEN)
    assert (provincie.kind, provincie.naam) == ("provincie", "Utrecht")
    assert set(provincie.members) == set(GEMEENTEN.loc[GEMEENTEN["pv_code"] == "PV26", "gm_code"])


@pytest.mark.parametrize(
    ("selected", "regios", "provincies"),
    [(None, [], []), (None, ["ZK31", "ZK02"], []), ("GM9999", [], ["PV99"]), (3, "ZK31", None)],
)
def test_no_single_place_is_no_area(selected, regios, provincies):
    assert area_from_state(selected, regios, provincies, GEMEENTEN) is None


def test_a_gemeente_keeps_the_filters_that_contain_it_and_drops_the_others():
    # Amsterdam (GM0363) is in ZK02 and Noord-Holland (PV27).
    assert state_for_area("GM0363", ["ZK02"], ["PV27"], GEMEENTEN) == ("GM0363", ["ZK02"], ["PV27"])
    assert state_for_area("GM0363", ["ZK31"], ["PV26"], GEMEENTEN) == ("GM0363", [], [])


def test_a_region_or_provincie_becomes_the_only_filter_of_its_kind():
    assert state_for_area("ZK31", ["ZK02"], ["PV27"], GEMEENTEN) == (None, ["ZK31"], [])
    assert state_for_area("PV26", ["ZK02"], [], GEMEENTEN) == (None, [], ["PV26"])
    assert state_for_area("onbekend", ["ZK02"], ["PV27"], GEMEENTEN) == (None, ["ZK02"], ["PV27"])


def test_codes_of_each_kind_are_told_apart():
    assert [area_kind_of(code, GEMEENTEN) for code in ("GM0363", "ZK31", "PV26", "XX")] == [
        "gemeente",
        "regio",
        "provincie",
        None,
    ]
