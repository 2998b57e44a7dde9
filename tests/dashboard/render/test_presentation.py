"""The area a national slide is scoped to, as its title names it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.render.presentation import MAX_NAMED_AREAS, scope_area


def test_no_filter_is_the_whole_country():
    assert scope_area((), ()) is None
    assert scope_area([], [], "en") is None


def test_one_or_a_few_areas_are_named_with_the_languages_list_and_plural():
    assert scope_area(["Amsterdam"], []) == "Regio Amsterdam"
    assert scope_area([], ["Limburg"], "en") == "Province Limburg"
    assert scope_area([], ["Limburg", "Noord-Brabant"]) == "Provincies Limburg en Noord-Brabant"
    assert (
        scope_area(["Zuid-Limburg", "'t Gooi", "Utrecht"], [], "en")
        == "Regions Zuid-Limburg, 't Gooi and Utrecht"
    )


def test_both_filters_name_both_because_the_slide_counts_their_intersection():
    assert scope_area(["Zuid-Limburg"], ["Limburg"]) == "Regio Zuid-Limburg · Provincie Limburg"


def test_more_areas_than_fit_a_title_are_counted():
    provincies = ["Groningen", "Fryslân", "Drenthe", "Overijssel"]
    assert scope_area([], provincies) == "4 provincies"
    assert scope_area(["A", "B", "C", "D", "E"], ["Limburg"], "en") == "5 regions · Province Limburg"


@settings(deadline=None)
@given(
    regios=st.lists(st.text(min_size=1, max_size=20), max_size=6),
    provincies=st.lists(st.text(min_size=1, max_size=20), max_size=6),
    lang=st.sampled_from(["nl", "en"]),
)
def test_every_named_area_is_in_the_title_or_counted(regios, provincies, lang):
    area = scope_area(regios, provincies, lang)
    assert (area is None) == (not regios and not provincies)
    for names in (regios, provincies):
        if 0 < len(names) <= MAX_NAMED_AREAS:
            assert all(name in area for name in names)
        elif names:
            assert str(len(names)) in area
