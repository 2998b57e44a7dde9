"""Canonical names of the zorgverzekeraars, so that "Achmea", "zilveren kruis" and "Zilveren Kruis (Achmea)"
count as one insurer on the map and in the statistics.

Brands (labels) are mapped to the concern name that the region table (zorgkantoor per region) uses, because
that is the level at which insurers make agreements with gemeenten. Two deliberate choices:

- De Friesland is kept apart from Zilveren Kruis although both belong to Achmea: in Friesland it still acts
  under its own name and the region table lists it separately.
- Salland and Eno are one company (Salland merged into Eno and the concern later took the name Salland again),
  so both map to "Salland".

Only unambiguous brand names are listed; anything else is kept as the user wrote it (whitespace tidied).
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Final

ZILVEREN_KRUIS: Final = "Zilveren Kruis (Achmea)"
DE_FRIESLAND: Final = "De Friesland (Achmea)"

# Canonical names in the order the UI lists them (market share, roughly).
INSURERS: Final = (
    ZILVEREN_KRUIS,
    "CZ",
    "VGZ",
    "Menzis",
    "DSW",
    "Zorg en Zekerheid",
    DE_FRIESLAND,
    "Salland",
    "ONVZ",
    "a.s.r.",
    "Caresq",
)

# Brand or spelling -> canonical name. Keys are compared after `_key` (case, accents, punctuation and spaces
# ignored), so "Coöperatie VGZ", "VGZ" and "vgz" need one entry only once the generic words are dropped.
_ALIASES: Final[dict[str, str]] = {
    # Achmea
    "Zilveren Kruis": ZILVEREN_KRUIS,
    "Zilveren Kruis Achmea": ZILVEREN_KRUIS,
    "Achmea": ZILVEREN_KRUIS,
    "Achmea (Zilveren Kruis)": ZILVEREN_KRUIS,
    "Achmea Zorgkantoor": ZILVEREN_KRUIS,
    "Interpolis": ZILVEREN_KRUIS,
    "FBTO": ZILVEREN_KRUIS,
    "Avéro Achmea": ZILVEREN_KRUIS,
    "Agis": ZILVEREN_KRUIS,
    "De Friesland": DE_FRIESLAND,
    "Achmea (De Friesland)": DE_FRIESLAND,
    "Zorgkantoor Friesland": DE_FRIESLAND,
    # CZ
    "CZ groep": "CZ",
    "OHRA": "CZ",
    "CZdirect": "CZ",
    # VGZ
    "Coöperatie VGZ": "VGZ",
    "VGZ (Univé)": "VGZ",
    "Univé": "VGZ",
    "IZZ": "VGZ",
    "IZA": "VGZ",
    "Zekur": "VGZ",
    "Bewuzt": "VGZ",
    # Menzis
    "Anderzorg": "Menzis",
    # DSW
    "Stad Holland": "DSW",
    "inTwente": "DSW",
    # Zorg en Zekerheid ("&" disappears in the key, so "Zorg & Zekerheid" needs its own entry)
    "Zorg & Zekerheid": "Zorg en Zekerheid",
    "ZenZ": "Zorg en Zekerheid",
    "AZVZ": "Zorg en Zekerheid",
    # Salland / Eno
    "Eno": "Salland",
    "Salland/Eno": "Salland",
    "Hollandzorg": "Salland",
    # ONVZ
    "VvAA": "ONVZ",
    "PNOzorg": "ONVZ",
    # a.s.r.
    "ASR": "a.s.r.",
    "De Amersfoortse": "a.s.r.",
    "Ditzo": "a.s.r.",
}

# Words that say "this is an insurer" without naming one; dropped before comparing so that
# "Menzis Zorgverzekeraar" and "VGZ Zorgkantoor B.V." find their concern.
_GENERIC_WORDS: Final = frozenset(
    {
        "zorgverzekeraar",
        "zorgverzekeraars",
        "zorgverzekeringen",
        "zorgverzekering",
        "zorgkantoor",
        "verzekeringen",
        "stichting",
        "cooperatie",
        "owm",
        "bv",
        "nv",
        "ua",
    }
)


def _words(text: str) -> list[str]:
    """Lower-case words without accents; punctuation splits words except inside abbreviations like B.V."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Dots and slashes glue abbreviations ("b.v.", "a.s.r."); other punctuation separates words.
    cleaned = "".join(ch if ch.isalnum() or ch.isspace() else ("" if ch in "./'" else " ") for ch in plain)
    return cleaned.split()


def _key(text: str) -> str:
    words = _words(text)
    kept = [word for word in words if word not in _GENERIC_WORDS]
    return "".join(kept or words)


_LOOKUP: Final[dict[str, str]] = {
    **{_key(name): name for name in INSURERS},
    **{_key(alias): name for alias, name in _ALIASES.items()},
}


def canonical_insurer(name: str) -> str:
    """The canonical name of an insurer or brand; an unknown name comes back stripped (never dropped)."""
    tidy = " ".join(str(name).split())
    return _LOOKUP.get(_key(tidy), tidy)


def is_known_insurer(name: str) -> bool:
    return _key(" ".join(str(name).split())) in _LOOKUP


def likely_meant(name: str) -> str | None:
    """For an unknown name that is a near miss of a known insurer or brand ("Zilvern Kruis"), that insurer's
    canonical name; None for a known name or one that resembles none (an insurer we do not list)."""
    if is_known_insurer(name):
        return None
    close = difflib.get_close_matches(_key(name), list(_LOOKUP), n=1, cutoff=0.8)
    return _LOOKUP[close[0]] if close else None


def insurer_aliases() -> dict[str, str]:
    """Alias -> canonical name, for the template's list of allowed values."""
    return dict(_ALIASES)
