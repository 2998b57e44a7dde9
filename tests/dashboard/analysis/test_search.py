"""The place chooser's options: every gemeente under the spellings people type, built on the resolver."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analysis.search import KINDS, matches, place_options, plain_spelling
from geo.boundaries import load_layers
from geo.codes import default_resolver
from geo.regions import load_region_table


@pytest.fixture(scope="module")
def gemeenten():
    return pd.DataFrame(load_layers(load_region_table()).gemeenten.drop(columns="geometry"))


@pytest.fixture(scope="module")
def options(gemeenten):
    return place_options(gemeenten, default_resolver(), "nl")


def _codes(options, typed: str) -> set[tuple[str, str]]:
    return {(option.kind, option.code) for option in matches(options, typed)}


def test_plain_spelling():
    assert plain_spelling("Súdwest-Fryslân") == "Sudwest Fryslan"
    assert plain_spelling("'s-Hertogenbosch") == "s Hertogenbosch"
    assert plain_spelling("Nuenen, Gerwen en Nederwetten") == "Nuenen, Gerwen en Nederwetten"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("den bosch", "GM0796"),
        ("s hertogenbosch", "GM0796"),
        ("nuenen", "GM0820"),
        ("sudwest fryslan", "GM1900"),
        ("den haag", "GM0518"),
        ("s gravenhage", "GM0518"),
        ("appingedam", "GM1979"),  # merged into Eemsdelta in 2021
        ("weesp", "GM0363"),  # merged into Amsterdam in 2022
    ],
)
def test_typed_spellings_find_the_gemeente(options, typed, code):
    assert ("gemeente", code) in _codes(options, typed)


def test_every_gemeente_is_found_by_its_plain_spelling(options, gemeenten):
    for code, name in zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True):
        assert ("gemeente", code) in _codes(options, plain_spelling(name).lower()), name
        assert ("gemeente", code) in _codes(options, name), name


def test_every_alias_resolves_to_its_gemeente_through_the_resolver(options):
    resolver = default_resolver()
    for option in options.values():
        if option.kind == "gemeente" and "→" in option.label and option.note is None:
            alias = option.label.split(" → ")[0]
            assert resolver.resolve(alias).code == option.code, option.label


def test_a_region_name_offers_region_and_gemeente_each_labelled(options):
    found = matches(options, "utrecht")
    labels = {option.label for option in found}
    assert "Utrecht (gemeente)" in labels
    assert "Utrecht (VNG–ZN-regio)" in labels
    kinds = {(o.kind, o.label) for o in found if o.label.startswith("Utrecht (")}
    assert {k for k, _ in kinds} == {"gemeente", "regio"}


@pytest.fixture(scope="module")
def with_provincies(gemeenten):
    return place_options(gemeenten, default_resolver(), "nl", KINDS)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Limburg", "PV31"),
        ("noord-brabant", "PV30"),
        ("noord brabant", "PV30"),
        ("Fryslân", "PV21"),
        ("fryslan", "PV21"),
        ("Friesland", "PV21"),  # the everyday name
        ("zuid holland", "PV28"),
    ],
)
def test_a_chooser_that_offers_provincies_finds_them_as_people_type_them(with_provincies, typed, code):
    assert ("provincie", code) in _codes(with_provincies, typed)


def test_every_provincie_is_found_by_its_name_and_labelled_as_one(with_provincies, gemeenten):
    for code, name in set(zip(gemeenten["pv_code"], gemeenten["pv_naam"], strict=True)):
        assert with_provincies[code].label == f"{name} (provincie)"
        assert ("provincie", code) in _codes(with_provincies, plain_spelling(name).lower())
    # Friesland: the region and the provincie, each labelled.
    labels = {option.label for option in matches(with_provincies, "friesland")}
    assert {"Friesland (VNG–ZN-regio)", "Friesland → Fryslân (provincie)"} <= labels


def test_choosers_for_one_gemeente_or_region_offer_no_provincies(options):
    assert not {option for option in options.values() if option.kind == "provincie"}
    assert ("provincie", "PV30") not in _codes(options, "noord-brabant")


def test_old_names_say_where_they_went(options):
    (haaren_vught,) = [o for o in options.values() if o.label.startswith("Haaren") and "Vught" in o.label]
    assert haaren_vught.note is not None and "Haaren" in haaren_vught.note and "Vught" in haaren_vught.note
    assert haaren_vught.code == "GM0865"
    # Haaren was split: each successor is offered.
    assert len([o for o in options.values() if o.label.startswith("Haaren (tot 2021)")]) >= 2


def test_option_values_are_unique_and_main_values_are_codes(options, gemeenten):
    assert len(options) == len(set(options))
    for code in gemeenten["gm_code"]:
        assert options[code].kind == "gemeente"
    english = place_options(gemeenten, default_resolver(), "en", kinds=("regio",))
    assert all(o.kind == "regio" and o.label.endswith("(VNG–ZN region)") for o in english.values())


@pytest.mark.parametrize(
    ("typed", "kind", "code"),
    [
        ("'s Hertogenbosch", "gemeente", "GM0796"),  # the apostrophe kept, a space for the hyphen
        ("Sittard Geleen", "gemeente", "GM1883"),
        ("Zuidwest Friesland", "gemeente", "GM1900"),  # the Dutch name of Súdwest-Fryslân
        ("Zuidwest-Friesland", "gemeente", "GM1900"),
        ("Noordoost Friesland", "gemeente", "GM1970"),
        ("Zuid Limburg", "regio", "ZK31"),  # a region's name with a space for its hyphen
        ("Noord Brabant", "provincie", "PV30"),
    ],
)
def test_every_chooser_finds_names_typed_with_spaces_for_hyphens_and_in_dutch(
    with_provincies, typed, kind, code
):
    """Issue 21.13: these found nothing in any chooser."""
    assert (kind, code) in _codes(with_provincies, typed)
