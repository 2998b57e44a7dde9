"""Gemeente code and name normalisation: one function, many spellings, never a guess."""

from __future__ import annotations

import math
import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.codes import (
    GemeenteResolver,
    Resolution,
    default_resolver,
    load_crosswalk,
    normalise_gm_code,
    normalise_name,
)
from geo.regions import load_indeling


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("GM0363", "GM0363"),
        ("gm0363", "GM0363"),
        ("0363", "GM0363"),
        ("363", "GM0363"),
        (363, "GM0363"),
        (363.0, "GM0363"),
        ("  GM0363 ", "GM0363"),
        ("GM 0363", "GM0363"),
        ("363.0", "GM0363"),
        ("14", "GM0014"),
        (363.5, None),
        ("GM12345", None),
        ("Amsterdam", None),
        ("", None),
        (None, None),
        (math.nan, None),
        (pd.NA, None),
        (True, None),
        (-363, None),
    ],
)
def test_normalise_gm_code(value, expected):
    assert normalise_gm_code(value) == expected


@given(st.integers(min_value=0, max_value=9999))
@settings(deadline=None, max_examples=200)
def test_normalise_gm_code_spellings_agree(number):
    expected = f"GM{number:04d}"
    spellings = [number, float(number), str(number), f"{number:04d}", f"gm{number:04d}", f" GM{number:04d} "]
    assert {normalise_gm_code(spelling) for spelling in spellings} == {expected}


OK_CASES = [
    ("GM0363", "GM0363"),
    ("gm0363", "GM0363"),
    ("0363", "GM0363"),
    ("363", "GM0363"),
    (363, "GM0363"),
    (363.0, "GM0363"),
    (" Amsterdam ", "GM0363"),
    ("AMSTERDAM", "GM0363"),
    ("'s-Gravenhage", "GM0518"),
    ("s Gravenhage", "GM0518"),
    ("’s-Gravenhage", "GM0518"),
    ("Den Haag", "GM0518"),
    ("den  haag", "GM0518"),
    ("'s-Hertogenbosch", "GM0796"),
    ("Den Bosch", "GM0796"),
    ("Súdwest-Fryslân", "GM1900"),
    ("Sudwest Fryslan", "GM1900"),
    ("Nuenen, Gerwen en Nederwetten", "GM0820"),
    ("Nuenen", "GM0820"),
    ("Bergen (NH.)", "GM0373"),
    ("Bergen NH", "GM0373"),
    ("Bergen (Noord-Holland)", "GM0373"),
    ("Bergen (L.)", "GM0893"),
    ("bergen l", "GM0893"),
    ("Hengelo (O.)", "GM0164"),
    ("Hengelo", "GM0164"),
    ("Rijswijk (ZH.)", "GM0603"),
    ("Rijswijk", "GM0603"),
    ("Beek (L.)", "GM0888"),
    ("Beek", "GM0888"),
    ("Laren (NH.)", "GM0417"),
    ("Laren", "GM0417"),
    ("Middelburg (Z.)", "GM0687"),
    ("Middelburg", "GM0687"),
    ("Stein (L.)", "GM0971"),
    ("Stein", "GM0971"),
    ("Groningen (gemeente)", "GM0014"),
    ("Groningen", "GM0014"),
    ("Gemeente Utrecht", "GM0344"),
    ("Leidschendam Voorburg", "GM1916"),
    ("Bergen op Zoom", "GM0748"),
    ("Beekdaelen", "GM1954"),
]


@pytest.mark.parametrize(("value", "code"), OK_CASES)
def test_resolve_ok(resolver, value, code):
    result = resolver.resolve(value)
    assert (result.status, result.codes, result.code, result.message) == ("ok", (code,), code, "")


@pytest.mark.parametrize("value", ["Bergen", "bergen", "Gemeente Bergen"])
def test_bergen_is_ambiguous_never_guessed(resolver, value):
    result = resolver.resolve(value)
    assert result.status == "ambiguous"
    assert result.code is None and result.codes == ()
    assert set(result.candidates) == {"GM0373", "GM0893"}
    assert "Bergen (NH.)" in result.message and "Bergen (L.)" in result.message


@pytest.mark.parametrize("value", ["Weesp", "GM0457", "457", "weesp"])
def test_weesp_is_mapped_to_amsterdam(resolver, value):
    result = resolver.resolve(value)
    assert (result.status, result.code) == ("mapped", "GM0363")
    assert "Weesp (GM0457)" in result.message and "Amsterdam (GM0363)" in result.message
    assert "2022" in result.message


@pytest.mark.parametrize(
    ("value", "code"),
    [("Heerhugowaard", "GM1980"), ("Appingedam", "GM1979"), ("GM0501", "GM1992"), ("Uden", "GM1991")],
)
def test_old_gemeenten_map_to_their_successor(resolver, value, code):
    result = resolver.resolve(value)
    assert (result.status, result.code) == ("mapped", code)
    assert result.message


@pytest.mark.parametrize("value", ["Haaren", "GM0788", 788])
def test_haaren_is_split_over_four_successors(resolver, value):
    result = resolver.resolve(value)
    assert result.status == "split"
    assert result.code is None
    assert set(result.codes) == {"GM0865", "GM0824", "GM0855", "GM0757"}
    assert len(result.shares) == 4 and sum(result.shares) == pytest.approx(1.0, abs=0.01)
    assert result.shares == tuple(sorted(result.shares, reverse=True))
    for name in ("Vught", "Oisterwijk", "Tilburg", "Boxtel"):
        assert name in result.message


def test_unknown_name_gets_suggestions(resolver):
    result = resolver.resolve("Amsterdm")
    assert result.status == "unknown" and result.code is None
    assert result.candidates[0] == "Amsterdam" and len(result.candidates) <= 3
    assert "Bedoelt u" in result.message and "Amsterdam" in result.message


@pytest.mark.parametrize("value", ["Xyzzyqq", "GM9999", "GM12345", "12.345"])
def test_unknown_without_match(resolver, value):
    result = resolver.resolve(value)
    assert result.status == "unknown" and result.code is None and result.message


@pytest.mark.parametrize("value", ["", "   ", None, math.nan, pd.NA])
def test_empty(resolver, value):
    result = resolver.resolve(value)
    assert result.status == "empty" and result.code is None and result.message


def test_every_2025_name_and_code_resolves_to_itself(resolver):
    indeling = load_indeling()
    assert len(resolver.names) == 342
    for code, name in zip(indeling["gm_code"], indeling["gm_naam"], strict=True):
        assert resolver.resolve(code).code == code
        assert resolver.resolve(name).code == code, name
        assert resolver.resolve(name.upper().replace("-", " ")).code == code, name
        assert resolver.name(code) == name


def test_names_are_distinct_after_normalisation(resolver):
    keys = [normalise_name(name) for name in resolver.names.values()]
    assert len(set(keys)) == len(keys)


def test_names_sorted_by_name(resolver):
    names = list(resolver.names.values())
    assert names == sorted(names, key=normalise_name)


def test_every_crosswalk_code_resolves_into_2025(resolver):
    crosswalk = load_crosswalk()
    current = set(resolver.names)
    assert set(crosswalk["gm_code_2025"]) <= current
    for code, name in zip(crosswalk["gm_code"], crosswalk["gm_naam"], strict=True):
        by_code, by_name = resolver.resolve(code), resolver.resolve(name)
        assert by_code.status in {"ok", "mapped", "split"}
        assert set(by_code.codes) <= current
        assert by_name.codes == by_code.codes, name


def test_current_name_wins_over_dissolved_namesake():
    gemeenten = pd.DataFrame({"gm_code": ["GM0001", "GM0002"], "gm_naam": ["Oudstad", "Nieuwstad"]})
    crosswalk = pd.DataFrame(
        {
            "gm_code": ["GM0900"],
            "gm_naam": ["Oudstad"],
            "valid_to_vintage": ["2021"],
            "gm_code_2025": ["GM0002"],
            "gm_naam_2025": ["Nieuwstad"],
            "area_share": ["1.0"],
            "change_vintage": ["2022"],
            "legal_date": ["2022-01-01"],
        }
    )
    resolver = GemeenteResolver(gemeenten, crosswalk)
    assert resolver.resolve("Oudstad") == Resolution("Oudstad", "ok", codes=("GM0001",))
    assert resolver.resolve("GM0900").code == "GM0002"


def test_name_of_unknown_code_raises(resolver):
    with pytest.raises(KeyError):
        resolver.name("GM9999")


def test_default_resolver_is_cached():
    assert default_resolver() is default_resolver()


def _mangle(name: str, upper: bool, separator: str) -> str:
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    plain = plain.replace("-", separator).replace("'", "").replace(" ", separator)
    return f"  {plain.upper() if upper else plain.lower()} "


@given(st.data())
@settings(deadline=None, max_examples=150)
def test_mangled_names_resolve_to_the_same_gemeente(data):
    resolver = default_resolver()
    code, name = data.draw(st.sampled_from(sorted(resolver.names.items())))
    mangled = _mangle(name, data.draw(st.booleans()), data.draw(st.sampled_from([" ", "-", "  ", ""])))
    assert resolver.resolve(mangled).code == code, mangled
