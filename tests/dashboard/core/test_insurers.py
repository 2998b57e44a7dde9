"""Canonical insurer names: brands and spellings map to the concern, unknown names are kept."""

from __future__ import annotations

import pytest

from dashboard.core.insurers import (
    INSURERS,
    canonical_insurer,
    insurer_aliases,
    is_known_insurer,
    likely_meant,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Achmea", "Zilveren Kruis (Achmea)"),
        ("zilveren kruis", "Zilveren Kruis (Achmea)"),
        ("ZILVEREN KRUIS ACHMEA", "Zilveren Kruis (Achmea)"),
        ("Achmea (De Friesland)", "De Friesland (Achmea)"),
        ("De Friesland Zorgverzekeraar", "De Friesland (Achmea)"),
        ("Coöperatie VGZ", "VGZ"),
        ("Cooperatie VGZ U.A.", "VGZ"),
        ("Univé", "VGZ"),
        ("unive", "VGZ"),
        ("VGZ Zorgkantoor B.V.", "VGZ"),
        ("CZ zorgkantoor B.V.", "CZ"),
        ("Stichting Zorgkantoor Menzis", "Menzis"),
        ("Zorg & Zekerheid", "Zorg en Zekerheid"),
        ("OWM Zorgverzekeraar Zorg en Zekerheid U.A.", "Zorg en Zekerheid"),
        ("Eno", "Salland"),
        ("Salland Zorgverzekeringen", "Salland"),
        ("asr", "a.s.r."),
        ("A.S.R.", "a.s.r."),
        ("  dsw  ", "DSW"),
    ],
)
def test_aliases_map_to_the_concern(given, expected):
    assert canonical_insurer(given) == expected
    assert is_known_insurer(given)


def test_canonical_names_map_to_themselves():
    for name in INSURERS:
        assert canonical_insurer(name) == name


def test_every_alias_points_at_a_canonical_name():
    assert set(insurer_aliases().values()) <= set(INSURERS)


def test_unknown_name_is_kept_stripped():
    assert canonical_insurer("  Nieuwe   Verzekeraar ") == "Nieuwe Verzekeraar"
    assert not is_known_insurer("Nieuwe Verzekeraar")
    # A generic word alone names no insurer.
    assert canonical_insurer("zorgverzekeraar") == "zorgverzekeraar"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Zilvern Kruis", "Zilveren Kruis (Achmea)"),
        ("Menzies", "Menzis"),
        ("Zorg en Zekerhied", "Zorg en Zekerheid"),
    ],
)
def test_near_misses_suggest_the_insurer(given, expected):
    assert likely_meant(given) == expected


@pytest.mark.parametrize("given", ["CZ", "Achmea", "Univé", "Caresq", "Stad Holland"])
def test_known_or_unrelated_names_suggest_nothing(given):
    assert likely_meant(given) is None
